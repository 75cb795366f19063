#pragma once

#include "leads/Column.h"
#include "leads/LeadFilter.h"
#include "leads/LeadQuery.h"

#include <QDeadlineTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace LeadSync {

class SqliteStatement;
class Workspace;

// Loads the lead table's rows for LeadTableModel, on its own thread with its own connection.
//
// Rows are addressed by position in the current order without OFFSET (which reads and discards every
// row before the one asked for: 63 ms at 90% of a million rows). After setQuery() the loader scans the
// sort keys once, in slices between page requests, and keeps every kAnchorStride-th (key, id) as an
// anchor; a page at row N is one keyset query from the anchor before it, reading at most
// kAnchorStride + page size rows. The same scan counts the rows. Every result carries the generation
// of the query it answers, so the model drops answers to a query it has replaced.
//
// A sorted view with column conditions, and any search, is ordered differently (see orderSlice()):
// the matches are found once, in order, and their ids kept. A search first reads the full-text
// index's matches into a bit set (readMatches()), which gives its count at once and lets a sorted
// view walk the sort index testing each lead against that set, without a read of the table.
//
// Before the exact count, the loader estimates it from a sample of the leads (estimateRowCount()),
// so the scroll bar and the status bar are right within a few percent at once.
//
// The first sort by a column builds its index (about a second a million leads), reporting progress;
// a newer query (supersede()) interrupts that build, or a scan, in the middle.
class LeadLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadLoader)

public:
    static constexpr int kAnchorStride = 1000;
    static constexpr int kScanSlice = 50000;
    // A search with more matches than this, in a sorted view, walks the sort index (see orderedStatement()).
    static constexpr qint64 kWalkSortIndexAbove = 5000;
    // The estimate's sample: this many strata of the id range, this many consecutive ids read in
    // each; given only when at least kEstimateMinMatches leads of the sample match.
    static constexpr int kEstimateStrata = 500;
    static constexpr int kEstimateRun = 100;
    static constexpr int kEstimateMinMatches = 1000;
    // A page within the first kPreviewRows rows of a sorted view with conditions is read before its
    // matches are ordered, if the sort index gives it within kPreviewSteps progress steps of SQLite's
    // virtual machine, and within kPreviewMs for a cold disk (see previewRows()).
    static constexpr int kPreviewRows = 1000;
    static constexpr int kPreviewSteps = 30;
    static constexpr int kPreviewMs = 250;

    explicit LeadLoader(QString workspacePath, QObject* parent = nullptr);
    ~LeadLoader() override;

    // The loader's own connection, for other reads on its thread (opened on first use; throws Error).
    Workspace& workspace();
    // Called on any thread when the query of that generation is coming: the loader's own work on an
    // older query (building a sort index, scanning) stops at its next step.
    void supersede(quint64 generation) { m_latest.store(generation); }
    // The leads at the given rows (inclusive ranges, in order) of the query of that generation, with
    // the values of the given columns (SQL names; none: ids only); throws Error when the query has
    // changed since.
    LeadRows rowsAt(
        quint64 generation, const QList<std::pair<int, int>>& rowRanges, const QStringList& columns);

public Q_SLOTS:
    void setQuery(quint64 generation, const LeadSync::LeadQuery& query, const QStringList& columns);
    void fetchPage(quint64 generation, int firstRow, int rowCount);

Q_SIGNALS:
    void pageLoaded(quint64 generation, int firstRow, const LeadSync::LeadRows& rows);
    void rowCountKnown(quint64 generation, int rowCount);
    // An estimate of the row count, before rowCountKnown(); not sent when the sample is too thin.
    void rowCountEstimated(quint64 generation, int rowCount);
    // The index the query's sort needs is being built: percent done (from SQLite's progress), then 100.
    void sortIndexProgress(quint64 generation, int percent);
    void failed(const QString& message);

private:
    struct Anchor
    {
        QByteArray key; // the sort key (unused when sorting by id)
        qint64 id = 0;
    };
    struct PendingPage
    {
        int firstRow = 0;
        int rowCount = 0;
    };

    void ensureOpen();
    static int onProgress(void* loader);
    // Reports an error, unless it interrupted work on a query that has been replaced.
    void report(const QString& message);
    std::pair<qint64, qint64> idRange();
    void ensureSortIndex();
    void queueScan(quint64 generation);
    void queueEstimate(quint64 generation);
    void scanSlice(quint64 generation);
    // One slice of the scan of the sort keys (anchors): the rows read.
    int anchorSlice();
    // One slice of the ordered matches: whether they are all read.
    bool orderSlice();
    // The statement that reads the ordered matches, and the filter whose parameters it takes.
    std::pair<QByteArray, const LeadFilter*> orderedStatement() const;
    QByteArray sortIndexWalk() const;
    void readMatches();
    bool isReady(const PendingPage& page) const;
    std::optional<int> estimateRowCount();
    void bindKeyset(SqliteStatement& statement, int& parameter, const QByteArray& key, qint64 id) const;
    void servePending();
    std::optional<LeadRows> previewRows(const PendingPage& page);
    bool walksSortIndex() const;
    // The rows from firstRow on, with the values of columns (select expressions; none: ids only).
    LeadRows readRows(int firstRow, int rowCount, const QByteArrayList& columns);
    QByteArray sortExpression() const;
    QByteArray keysetCondition() const;

    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    quint64 m_generation = 0;
    LeadQuery m_query;
    QByteArrayList m_selectColumns;
    // The query's conditions and search, as SQL; and the same with the search tested against
    // m_matches (leadsync_matched(id)), for reads that do not start from the full-text index.
    LeadFilter m_filter;
    LeadFilter m_matchedFilter;
    // A search's matches: bit (id % 64) of word (id / 64) is set for each matching lead.
    struct Matches
    {
        std::vector<quint64> words;
        qint64 count = 0;
        bool contains(qint64 id) const;
    };
    Matches m_matches;
    // Sorted with column conditions, or searching: every match's id, in order, read by m_ordered (or,
    // for a search by id without conditions, from m_matches).
    bool m_materialised = false;
    std::vector<qint64> m_orderedIds;
    std::unique_ptr<SqliteStatement> m_ordered;
    // m_anchors[k - 1] is the row just before row k * kAnchorStride.
    QList<Anchor> m_anchors;
    qint64 m_scanned = 0;
    QByteArray m_lastScannedKey;
    qint64 m_lastScannedId = 0;
    bool m_scanDone = false;
    QList<PendingPage> m_pending;
    bool m_previewTried = false;
    // While a preview runs: the steps it has left (none otherwise), and its deadline.
    std::optional<int> m_previewSteps;
    QDeadlineTimer m_previewDeadline { QDeadlineTimer::Forever };
    std::atomic<quint64> m_latest = 0;
    // Set while the loader works on its query (not while it serves another reader of workspace()).
    bool m_interruptible = false;
    qint64 m_indexSteps = 0;
    qint64 m_indexExpectedSteps = 0; // while a sort index is built
    int m_indexPercent = -1;
};

} // namespace LeadSync
