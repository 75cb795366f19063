#pragma once

#include "campaigns/CampaignStore.h"
#include "leads/Column.h"
#include "leads/LeadEdit.h"
#include "leads/LeadQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace LeadSync {

class LeadLoader;
class LeadWriter;
class WorkspaceWriter;
class Workspace;

// The lead table as a Qt model, for a workspace of any size: it never loads the whole table.
//
// Pages of kPageSize rows around what the view asks for are loaded by a LeadLoader on its own thread
// and connection, kept in an LRU cache of kMaxPages pages, and shown as a placeholder until they
// arrive. While a page is on its way, only the latest other page asked for waits (fast scrolling
// collapses to where it stopped). The row count arrives in the background; a sort or filter starts a
// new generation, and answers to an older one are dropped.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 64;

    LeadTableModel(const QString& workspacePath, ColumnList columns, QObject* parent = nullptr);
    ~LeadTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // An edit in a view is not written here: it becomes editRequested(), which the window turns into
    // an undoable command that calls applyEdits().
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ColumnList& columns() const { return m_columns; }
    const LeadQuery& query() const { return m_query; }
    // Replaces the filter, search and sort at once.
    void setQuery(const LeadQuery& query);
    // The workspace's columns changed (one added or deleted): the rows are read again with them. A
    // deleted column no longer filters or sorts.
    void setColumns(const ColumnList& columns);
    // Orders by a column (its SQL name; "id" is the import order), keeping the filter.
    void setSort(const QString& sqlName, Qt::SortOrder order);
    // Replaces the filter and search, keeping the sort.
    void setFilter(const QList<LeadCondition>& conditions, const QString& searchText);
    // Reloads everything (after an import or an edit elsewhere).
    void reload();
    // Reads the campaigns again (campaignsChanged), after a change made outside changeCampaigns().
    void readCampaigns();
    // Shows the edits at once in the loaded rows and has the writer thread save them.
    void applyEdits(const LeadEdits& edits);
    // Has the writer insert or delete whole leads (see StoredLead); the table reloads when done.
    void insertLeads(const StoredLeads& leads);
    void deleteLeads(const StoredLeads& leads);

    // Work for the loader's or the writer's thread, given that thread's connection, which returns
    // what to do with its result back on the model's thread, which is the receiver's (skipped when
    // the receiver is gone).
    using Continuation = std::function<void()>;
    using WorkspaceTask = std::function<Continuation(Workspace&)>;
    // A read on the loader's thread, after the pages already asked for. Errors go to loadFailed().
    void read(QObject* receiver, WorkspaceTask task) const;
    // A change on the writer's thread in one transaction, after the edits already given. Errors go to
    // editFailed().
    void write(QObject* receiver, WorkspaceTask task);

    // The ids of the leads at the rows in rowRanges (inclusive, in order), loaded or not, read on the
    // loader's thread; done() runs on receiver's thread. Errors go to loadFailed().
    void readLeadIds(const QList<std::pair<int, int>>& rowRanges, QObject* receiver,
        const std::function<void(const QList<qint64>&)>& done) const;
    // The same rows with the values of the given columns (SQL names), as the workspace holds them.
    void readRows(const QList<std::pair<int, int>>& rowRanges, const QStringList& columns, QObject* receiver,
        const std::function<void(const LeadRows&)>& done) const;

    // The workspace's campaigns, as last read (campaignsChanged() when that changes).
    const CampaignList& campaigns() const { return m_campaigns; }
    // Applies a campaign change, or reverts it when undo, then refreshes the rows and the campaigns.
    void changeCampaigns(const CampaignChangePtr& change, bool undo);
    // Reads the loaded rows again in place (selection and scroll position stay), or reloads when the
    // rows shown may have changed too.
    void refreshLoadedRows();

    // A computed cell's status: done, failed, skipped, or empty (not run, or not loaded yet).
    QString cellStatus(const QModelIndex& index) const;
    // What the cell's status says to a person: "Failed: reason", "Skipped: reason", a done cell's
    // reason (an email verdict's), or empty.
    QString cellStatusText(const QModelIndex& index) const;

    // Back to the order before the last sort, stopping the build of the index that sort needs.
    void cancelSort();
    bool isSortIndexBuilding() const { return m_sortIndexBuilding; }

    bool isRowCountKnown() const { return m_rowCountKnown; }
    // Whether rowCount() is, until the count is known, an estimate from a sample (within a few
    // percent); otherwise it is the rows loaded so far.
    bool isRowCountEstimated() const { return m_rowCountEstimated && !m_rowCountKnown; }
    // The id of the lead at row, or 0 while its page is not loaded.
    qint64 leadId(int row) const;
    // Whether row's page is loaded.
    bool isLoaded(int row) const;
    // The lead at row when its page is loaded (asking for the page otherwise).
    std::optional<LeadRow> loadedRow(int row) const;

Q_SIGNALS:
    void rowCountKnown(int rowCount);
    void rowCountEstimated(int rowCount);
    // The first sort by a column builds its index: percent done; 100 when built or given up.
    void sortIndexProgress(int percent);
    void loadFailed(const QString& message);
    void editRequested(const LeadSync::LeadEdits& edits);
    void editsSaved(const LeadSync::LeadEdits& edits);
    void editFailed(const QString& message);
    void leadsInserted(const LeadSync::StoredLeads& leads);
    void leadsDeleted(const LeadSync::StoredLeads& leads);
    void campaignsChanged();

private:
    void start();
    void requestPage(int page) const;
    void onPageLoaded(quint64 generation, int firstRow, const LeadSync::LeadRows& rows);
    void onRowCountKnown(quint64 generation, int rowCount);
    void onRowCountEstimated(quint64 generation, int rowCount);
    void resizeRows(int rowCount);
    const LeadRow* rowAt(int row) const;
    // A cell state as loaded ("status:reason") as a person reads it; see cellStatusText().
    static QString stateText(const QString& state);
    void patchLoadedRows(const LeadEdits& edits);
    void storeLeads(const StoredLeads& leads, void (LeadWriter::*change)(const StoredLeads&),
        void (LeadTableModel::*done)(const StoredLeads&));

    ColumnList m_columns;
    LeadQuery m_query;
    QThread m_thread;
    LeadLoader* m_loader = nullptr;
    std::shared_ptr<WorkspaceWriter> m_writer;
    quint64 m_generation = 0;
    QHash<int, int> m_stateIndex; // computed column -> the index of its state in a row's values
    CampaignList m_campaigns;
    int m_rowCount = 0;
    bool m_rowCountKnown = false;
    bool m_rowCountEstimated = false;
    bool m_sortIndexBuilding = false;
    QString m_previousSortColumn = QStringLiteral("id");
    Qt::SortOrder m_previousSortOrder = Qt::AscendingOrder;
    mutable QHash<int, LeadRows> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable int m_pageInFlight = -1;
    mutable int m_pageWaiting = -1;
};

} // namespace LeadSync
