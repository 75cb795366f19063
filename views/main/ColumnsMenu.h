#pragma once

#include "columns/ColumnSpec.h"
#include "leads/Column.h"
#include "leads/LeadQuery.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMainWindow;
class QMenu;
class QUndoStack;

namespace LeadSync {

class AutoRun;
class ColumnEditor;
class ColumnRunPanel;
class JobQueue;
class LeadTableModel;
class PricesDialog;
class TableActions;

// The Columns menu and what hangs off it: adding and editing a column in the column editor, deleting
// it, the model prices, running a computed column (on empty, all, selected, failed or stale cells),
// resuming an interrupted run and reverting the last one (a job with progress and Cancel); with the run panel
// in the status bar and the columns that run by themselves.
class ColumnsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnsMenu)

public:
    ColumnsMenu(TableActions* actions, QUndoStack* undoStack, QMainWindow* window);

    ColumnRunPanel* runPanel() const { return m_runPanel; }
    // The window's queue of background jobs, where a revert runs.
    void setJobQueue(JobQueue* jobs) { m_jobs = jobs; }
    // The workspace the table shows now, and its model.
    void setWorkspace(const QString& path, LeadTableModel* model);
    // Reads the resumable runs (the status bar tells of them) and the columns that run by themselves.
    void workspaceOpened();
    // The next workspaceOpened() follows an import: the columns that run by themselves fill the new rows.
    void runOnNewRowsAfterOpen();
    // Makes the menu anew, as it is about to show.
    void fill(QMenu* menu);
    // The toolbar's Run menu: each computed column, run on its empty cells in the view.
    void fillRunMenu(QMenu* menu);
    ColumnEditor* addColumn() { return openColumnEditor(); }

    // Opens the column editor on a new column, or on existing (a column and its settings); saving it
    // adds or changes the column (columnsChanged()).
    ColumnEditor* openColumnEditor(const std::optional<std::pair<Column, ColumnSpec>>& existing = {});
    // Opens the model prices (read from the workspace in the background); saving writes them back.
    PricesDialog* openPricesDialog();
    // The lead the detail panel shows, for the column editor's preview.
    void showLead(const std::optional<LeadRow>& lead);
    // Scores the selected leads (or every lead in view) with the workspace's analysis column, made with
    // the rules when there is none, as a run of that column (its plan, progress and cancel).
    void analyseLeads(bool allInView);

Q_SIGNALS:
    // A column was added, changed or deleted: the workspace's columns now.
    void columnsChanged(const LeadSync::ColumnList& columns);
    // The column editor opened and wants the current lead (showLead()).
    void previewLeadWanted();

private:
    void editColumn(const Column& column);
    void deleteColumn(const Column& column);
    void revertColumn(const Column& column);
    void startRevert(const Column& column);
    void readResumableRuns(bool announce);
    void readAutoRunColumns();

    TableActions* m_actions;
    QUndoStack* m_undoStack;
    QMainWindow* m_window;
    ColumnRunPanel* m_runPanel;
    AutoRun* m_autoRun;
    JobQueue* m_jobs = nullptr;
    QString m_workspacePath;
    QPointer<LeadTableModel> m_model;
    QPointer<ColumnEditor> m_columnEditor;
    QStringList m_resumableColumns;
    bool m_autoRunAfterOpen = false;
};

} // namespace LeadSync
