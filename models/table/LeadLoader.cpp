#include "LeadLoader.h"

#include "Error.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QMetaObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScopedValueRollback>

#include <sqlite3.h>

#include <algorithm>
#include <bit>

namespace LeadSync {

namespace {

// SQLite calls the progress handler every this many virtual machine instructions.
constexpr int kProgressInstructions = 1000;
// Instructions per lead of CREATE INDEX on a sort key, counted with that handler over a million
// leads: 12 for the ascending key's CASE, 10 for the plain key (descending). An estimate: the bar
// stops at 99% until the index is there.
constexpr qint64 kIndexInstructionsPerLead[] = { 12, 10 };

} // namespace

LeadLoader::LeadLoader(QString workspacePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
{ }

LeadLoader::~LeadLoader() = default;

void LeadLoader::ensureOpen()
{
    if (m_workspace)
        return;
    m_workspace = std::make_unique<Workspace>(m_path); // on the loader's thread: the connection is its own
    sqlite3_progress_handler(m_workspace->handle(), kProgressInstructions, &LeadLoader::onProgress, this);
    // leadsync_matched(id): whether the current search matches that lead (see readMatches()).
    const int created = sqlite3_create_function_v2(
        m_workspace->handle(), "leadsync_matched", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, &m_matches,
        [](sqlite3_context* context, int, sqlite3_value** arguments) {
            const auto* matches = static_cast<const Matches*>(sqlite3_user_data(context));
            sqlite3_result_int(context, matches->contains(sqlite3_value_int64(arguments[0])) ? 1 : 0);
        },
        nullptr, nullptr, nullptr);
    if (created != SQLITE_OK)
        throw Error(QString::fromUtf8(sqlite3_errmsg(m_workspace->handle())));
}

bool LeadLoader::Matches::contains(qint64 id) const
{
    const auto word = quint64(id) / 64;
    return id >= 0 && word < words.size() && (words[word] >> (quint64(id) % 64) & 1) != 0;
}

namespace {

LeadRow rowOf(const SqliteStatement& select, qsizetype columnCount)
{
    LeadRow row { select.columnInt(0), {} };
    row.values.reserve(columnCount);
    for (int column = 1; column <= columnCount; ++column)
        row.values.append(QString::fromUtf8(select.columnText(column)));
    return row;
}

// "SELECT id, <columns>" (columns: select expressions; none, ids only).
QByteArray selectClause(const QByteArrayList& columns)
{
    return "SELECT id" + (columns.isEmpty() ? QByteArray() : ", " + columns.join(", "));
}

void bindFilter(SqliteStatement& statement, const LeadFilter& filter, int& parameter)
{
    for (const QByteArray& value : filter.parameters)
        statement.bindText(parameter++, value);
}

} // namespace

int LeadLoader::onProgress(void* context)
{
    auto* loader = static_cast<LeadLoader*>(context);
    if (!loader->m_interruptible)
        return 0;
    if (loader->m_latest.load() != loader->m_generation)
        return 1; // SQLITE_INTERRUPT: a newer query is waiting
    if (loader->m_previewSteps && (--*loader->m_previewSteps < 0 || loader->m_previewDeadline.hasExpired()))
        return 1; // a preview gives up (see previewRows())
    if (loader->m_indexExpectedSteps > 0) {
        const int percent
            = int(std::min<qint64>(99, ++loader->m_indexSteps * 100 / loader->m_indexExpectedSteps));
        if (percent != loader->m_indexPercent) {
            loader->m_indexPercent = percent;
            Q_EMIT loader->sortIndexProgress(loader->m_generation, percent);
        }
    }
    return 0;
}

void LeadLoader::report(const QString& message)
{
    if (m_latest.load() == m_generation)
        Q_EMIT failed(message);
}

std::pair<qint64, qint64> LeadLoader::idRange()
{
    // Each bound its own query: SQLite reads min() or max() from the end of the rowid tree only when it
    // is the query's one aggregate; "min(id), max(id)" together scan the table.
    SqliteStatement bounds(m_workspace->handle(),
        "SELECT COALESCE((SELECT min(id) FROM leads), 0), COALESCE((SELECT max(id) FROM leads), -1)");
    bounds.step();
    return { bounds.columnInt(0), bounds.columnInt(1) };
}

Workspace& LeadLoader::workspace()
{
    ensureOpen();
    return *m_workspace;
}

QByteArray LeadLoader::sortExpression() const
{
    if (m_query.sortColumn == u"id")
        return "id";
    // An index on (key, id) orders the rows and covers the key scan.
    return SqlIdentifier::of(m_query.sortColumn).sortKey(m_query.sortOrder);
}

// Rows after (key, id) in the current order. Spelled out rather than as the row value
// (expr, id) > (?, ?): SQLite turns only this form into a range search on the sort index; the row
// value made every slice scan the index from its start, a quadratic count (43 s for a million rows).
QByteArray LeadLoader::keysetCondition() const
{
    const QByteArray op = m_query.sortOrder == Qt::AscendingOrder ? ">" : "<";
    if (m_query.sortColumn == u"id")
        return "id " + op + " ?";
    const QByteArray key = sortExpression();
    return "(" + key + " " + op + "= ? AND (" + key + " " + op + " ? OR id " + op + " ?))";
}

void LeadLoader::bindKeyset(
    SqliteStatement& statement, int& parameter, const QByteArray& key, qint64 id) const
{
    if (m_query.sortColumn != u"id") {
        statement.bindText(parameter++, key);
        statement.bindText(parameter++, key);
    }
    statement.bindInt(parameter++, id);
}

void LeadLoader::ensureSortIndex()
{
    if (m_query.sortColumn == u"id")
        return;
    // Sorting by a column needs an index on exactly the sort expression; made once, on first use.
    const SqlIdentifier column = SqlIdentifier::of(m_query.sortColumn);
    const QByteArray index = column.sortIndex(m_query.sortOrder);
    SqliteStatement exists(
        m_workspace->handle(), "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
    const QByteArray unquoted = index.mid(1, index.size() - 2);
    exists.bindText(1, unquoted);
    if (exists.step())
        return;
    const auto [first, last] = idRange();
    m_indexExpectedSteps = std::max<qint64>(1,
        (last - first + 1) * kIndexInstructionsPerLead[m_query.sortOrder == Qt::AscendingOrder ? 0 : 1]
            / kProgressInstructions);
    m_indexSteps = 0;
    m_indexPercent = 0;
    Q_EMIT sortIndexProgress(m_generation, 0);
    // Interrupted by a newer query, SQLite rolls the statement back: no half-built index stays.
    const auto building = qScopeGuard([this] { m_indexExpectedSteps = 0; });
    sqliteRun(m_workspace->handle(), column.sortIndexDefinition(m_query.sortOrder));
    Q_EMIT sortIndexProgress(m_generation, 100);
}

void LeadLoader::setQuery(quint64 generation, const LeadQuery& query, const QStringList& columns)
{
    try {
        ensureOpen();
        m_generation = generation;
        const QScopedValueRollback interruptible(m_interruptible, true);
        m_query = query;
        m_selectColumns.clear();
        for (const QString& column : columns)
            m_selectColumns.append(selectExpression(column));
        m_ordered.reset(); // bound to the parameters replaced below
        m_orderedIds.clear();
        m_filter = LeadFilter::build(query.conditions, query.searchText);
        m_matchedFilter = LeadFilter::build(query.conditions);
        const bool searching = !query.searchText.trimmed().isEmpty();
        if (searching)
            m_matchedFilter.sql = "(" + m_matchedFilter.sql + ") AND leadsync_matched(id)";
        m_materialised = searching || (query.sortColumn != u"id" && !query.conditions.isEmpty());
        readMatches();
        m_anchors.clear();
        m_scanned = 0;
        m_scanDone = false;
        m_previewTried = false;
        m_pending.clear();
        ensureSortIndex();
        // Queued, so the first page, asked for right after the query, is served before them.
        queueEstimate(generation);
        queueScan(generation);
    } catch (const Error& error) {
        report(error.message());
    }
}

void LeadLoader::queueEstimate(quint64 generation)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            try {
                const QScopedValueRollback interruptible(m_interruptible, true);
                if (const std::optional<int> estimate = estimateRowCount())
                    Q_EMIT rowCountEstimated(generation, *estimate);
            } catch (const Error& error) {
                report(error.message());
            }
        },
        Qt::QueuedConnection);
}

void LeadLoader::queueScan(quint64 generation)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            try {
                const QScopedValueRollback interruptible(m_interruptible, true);
                scanSlice(generation);
            } catch (const Error& error) {
                report(error.message());
            }
        },
        Qt::QueuedConnection);
}

void LeadLoader::scanSlice(quint64 generation)
{
    if (generation != m_generation || m_scanDone)
        return;
    m_scanDone = m_materialised ? orderSlice() : anchorSlice() < kScanSlice;
    if (m_scanDone)
        m_ordered.reset(); // ends its read of the workspace
    servePending();
    if (m_scanDone) {
        Q_EMIT rowCountKnown(generation, int(m_scanned));
        return;
    }
    // The next slice after the page requests that came in meanwhile.
    queueScan(generation);
}

int LeadLoader::anchorSlice()
{
    const bool continuing = m_scanned > 0;
    const QByteArray direction = m_query.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    SqliteStatement scan(m_workspace->handle(),
        QByteArray("SELECT " + sortExpression() + ", id FROM leads WHERE (" + m_filter.sql + ")"
            + (continuing ? " AND " + keysetCondition() : QByteArray()) + " ORDER BY " + sortExpression()
            + direction + ", id" + direction + " LIMIT ?"));
    int parameter = 1;
    bindFilter(scan, m_filter, parameter);
    if (continuing)
        bindKeyset(scan, parameter, m_lastScannedKey, m_lastScannedId);
    scan.bindInt(parameter, kScanSlice);
    int rows = 0;
    while (scan.step()) {
        ++rows;
        ++m_scanned;
        m_lastScannedKey = scan.columnText(0).toByteArray();
        m_lastScannedId = scan.columnInt(1);
        if (m_scanned % kAnchorStride == 0)
            m_anchors.append({ m_lastScannedKey, m_lastScannedId });
    }
    return rows;
}

// The matches of a sorted view with column conditions, or of a search, in order, stepped a slice at
// a time between page requests. The ids take 8 bytes a match; a page is then read by id.
bool LeadLoader::orderSlice()
{
    // A slice ends early once a page asked for is read, so the first page does not wait for 50,000
    // matches (a second, for a search walking the sort index of ten million leads).
    const auto pageReady = [this] {
        return std::any_of(
            m_pending.cbegin(), m_pending.cend(), [this](const PendingPage& page) { return isReady(page); });
    };
    if (m_query.sortColumn == u"id" && m_query.conditions.isEmpty()) {
        // A search by id: the bit set is the answer, in order (483,483 ids in about a millisecond).
        m_orderedIds.reserve(size_t(m_matches.count));
        for (size_t word = 0; word < m_matches.words.size(); ++word) {
            for (quint64 bits = m_matches.words[word]; bits != 0; bits &= bits - 1)
                m_orderedIds.push_back(qint64(word * 64 + size_t(std::countr_zero(bits))));
        }
        if (m_query.sortOrder == Qt::DescendingOrder)
            std::reverse(m_orderedIds.begin(), m_orderedIds.end());
        m_scanned = qint64(m_orderedIds.size());
        return true;
    }
    if (!m_ordered) {
        const auto [sql, filter] = orderedStatement();
        m_ordered = std::make_unique<SqliteStatement>(m_workspace->handle(), sql);
        int parameter = 1;
        bindFilter(*m_ordered, *filter, parameter);
    }
    for (int rows = 0; rows < kScanSlice; ++rows) {
        if (!m_ordered->step())
            return true;
        m_orderedIds.push_back(m_ordered->columnInt(0));
        ++m_scanned;
        if (rows % kAnchorStride == 0 && pageReady())
            break;
    }
    return false;
}

// A sorted search without conditions, with enough matches that walking the sort index finds a page
// sooner than reading and ordering them all.
bool LeadLoader::walksSortIndex() const
{
    return m_query.sortColumn != u"id" && m_query.conditions.isEmpty()
        && m_matches.count > kWalkSortIndexAbove;
}

// - A search with many matches and no conditions, sorted: the sort index is walked in order and each
//   lead tested against the bit set, from the index alone. The first page is there at once, and 10M
//   index entries take about half a second. (Testing "id IN (the full-text matches)" instead probed a
//   temporary B-tree per entry and read the table: 15 s for "acme" in ten million leads.)
// - Column conditions, sorted: walking the sort index would test them lead by lead, a random read of
//   the table per index entry (9.2 s for "country = Germany" sorted by company in a million leads).
//   The unary + keeps SQLite from ordering by that index: it reads the table once in storage order,
//   or from a condition's index or the full-text matches, and sorts the matches (0.43 s for the same
//   view). The same for a search with few matches, read from the full-text index.
// - A search by id with conditions: read from the full-text matches, already in id order.
// The leads along the sort index, in order, that m_matchedFilter takes (its parameters to bind).
QByteArray LeadLoader::sortIndexWalk() const
{
    const QByteArray direction = m_query.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    return " FROM leads INDEXED BY " + SqlIdentifier::of(m_query.sortColumn).sortIndex(m_query.sortOrder)
        + " WHERE (" + m_matchedFilter.sql + ") ORDER BY " + sortExpression() + direction + ", id"
        + direction;
}

std::pair<QByteArray, const LeadFilter*> LeadLoader::orderedStatement() const
{
    const QByteArray direction = m_query.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    if (m_query.sortColumn == u"id")
        return { "SELECT id FROM leads WHERE (" + m_filter.sql + ") ORDER BY id" + direction, &m_filter };
    if (walksSortIndex()) {
        return { "SELECT id" + sortIndexWalk(), &m_matchedFilter };
    }
    return { "SELECT id FROM leads WHERE (" + m_filter.sql + ") ORDER BY +(" + sortExpression() + ")"
            + direction + ", +id" + direction,
        &m_filter };
}

// The search's matches, read once from the full-text index into m_matches: 67 ms for the 483,483
// leads matching "acme" in ten million (most of it FTS5 merging the doclists of the words starting
// with "acme", before its first row), a bit a lead id in memory (1.2 MB at ten million).
//
// The full-text index holds exactly the indexed leads: every path that deletes a lead or changes an
// indexed field updates it in the same transaction (SearchIndex::removeLead and addLead), so a match is
// a lead; one deleted since is left out of its page, as in any materialised view.
void LeadLoader::readMatches()
{
    m_matches = {};
    if (m_query.searchText.trimmed().isEmpty())
        return;
    SqliteStatement select(m_workspace->handle(), SearchIndex::matchingRowidsSql());
    const QByteArray text = m_query.searchText.toUtf8();
    for (int i = 1; i <= SearchIndex::kTextParameters; ++i)
        select.bindText(i, text);
    while (select.step()) {
        const auto id = quint64(select.columnInt(0));
        const auto word = id / 64;
        if (word >= m_matches.words.size())
            m_matches.words.resize(std::max<size_t>(word + 1, m_matches.words.size() * 2));
        m_matches.words[word] |= quint64(1) << (id % 64);
        ++m_matches.count;
    }
}

// A stratified sample: the id range is cut into kEstimateStrata strata, and kEstimateRun consecutive
// ids at a random place in each are tested against the query's conditions and search. Ids deleted
// leads left behind count in neither the sample nor the range, so gaps do not bias it. Reading
// 50,000 ids takes about 15 ms in a million leads. With m matches in the sample the standard error
// is about 1/sqrt(m) of the count: with at least kEstimateMinMatches, 3%. A sample that covers every
// id is the count itself.
//
// A search is tested against its bit set (m_matchedFilter): "id IN (the full-text matches)" made
// SQLite drive the sample from the matches and test each against every stratum (320 ms for "acme" in
// a million). Without conditions, the search's count is the bit set's, known already.
std::optional<int> LeadLoader::estimateRowCount()
{
    if (!m_query.searchText.trimmed().isEmpty() && m_query.conditions.isEmpty())
        return int(m_matches.count);
    const auto [first, last] = idRange();
    const qint64 span = last - first + 1;
    const qint64 strata = std::min<qint64>(kEstimateStrata, span / kEstimateRun);
    if (strata < 2)
        return std::nullopt; // a few hundred ids: the count itself follows at once
    QByteArrayList ranges;
    for (qint64 i = 0; i < strata; ++i)
        ranges.append("id BETWEEN ? AND ?");
    SqliteStatement sample(m_workspace->handle(),
        QByteArray("SELECT count(*) FROM leads WHERE (" + ranges.join(" OR ") + ") AND ("
            + m_matchedFilter.sql + ")"));
    // Seeded by the query, so one query gives one estimate.
    QRandomGenerator random { quint32(m_generation) };
    const double stratum = double(span) / double(strata);
    int parameter = 1;
    for (qint64 i = 0; i < strata; ++i) {
        const qint64 start = first + qint64(double(i) * stratum + random.bounded(stratum - kEstimateRun));
        sample.bindInt(parameter++, start);
        sample.bindInt(parameter++, start + kEstimateRun - 1);
    }
    bindFilter(sample, m_matchedFilter, parameter);
    sample.step();
    const qint64 matches = sample.columnInt(0);
    const qint64 sampled = strata * kEstimateRun;
    if (sampled < span && matches < kEstimateMinMatches)
        return std::nullopt;
    return int(std::llround(double(matches) * double(span) / double(sampled)));
}

void LeadLoader::fetchPage(quint64 generation, int firstRow, int rowCount)
{
    if (generation != m_generation)
        return;
    m_pending.append({ firstRow, rowCount });
    try {
        servePending();
    } catch (const Error& error) {
        report(error.message());
    }
}

void LeadLoader::servePending()
{
    for (qsizetype i = 0; i < m_pending.size();) {
        const PendingPage page = m_pending[i];
        std::optional<LeadRows> rows;
        if (isReady(page))
            rows = readRows(page.firstRow, page.rowCount, m_selectColumns);
        else
            rows = previewRows(page);
        if (!rows) {
            ++i; // the scan has not reached it yet
            continue;
        }
        m_pending.removeAt(i);
        Q_EMIT pageLoaded(m_generation, page.firstRow, *rows);
    }
}

// Before a sorted view with conditions has its matches ordered (2 s for "country = Germany" sorted by
// company in ten million leads, 0.19 s in a million), a page near the top is read by walking the sort
// index and testing each lead, for at most kPreviewSteps progress steps: with "country = Germany"
// (6% of the leads) the first page of 100 rows takes 11 steps, 11 ms in a million leads. With rare
// matches the walk gives up, once for the query, and the page waits for the ordered matches. The
// budget counts the walk's work rather than time, so that a busy machine (a build, a column run on
// the other core) gets the same first page as an idle one; kPreviewMs caps it only where each step
// waits on a cold disk. Both orders are (sort key, id), so the rows are the same.
// Any error here leaves the page to the ordered matches, whose read reports it.
std::optional<LeadRows> LeadLoader::previewRows(const PendingPage& page)
{
    if (m_previewTried || m_ordered || !m_orderedIds.empty() || m_query.sortColumn == u"id"
        || walksSortIndex() || page.firstRow + page.rowCount > kPreviewRows)
        return std::nullopt;
    m_previewTried = true;
    const QScopedValueRollback interruptible(m_interruptible, true);
    const QScopedValueRollback steps(m_previewSteps, std::optional(kPreviewSteps));
    const QScopedValueRollback deadline(m_previewDeadline, QDeadlineTimer(kPreviewMs));
    try {
        SqliteStatement select(
            m_workspace->handle(), QByteArray(selectClause(m_selectColumns) + sortIndexWalk() + " LIMIT ?"));
        int parameter = 1;
        bindFilter(select, m_matchedFilter, parameter);
        select.bindInt(parameter, page.firstRow + page.rowCount);
        LeadRows rows;
        for (int index = 0; select.step(); ++index) {
            if (index >= page.firstRow)
                rows.append(rowOf(select, m_selectColumns.size()));
        }
        return rows;
    } catch (const Error&) {
        return std::nullopt;
    }
}

bool LeadLoader::isReady(const PendingPage& page) const
{
    if (m_scanDone)
        return true;
    if (m_materialised)
        return qsizetype(page.firstRow) + page.rowCount <= qsizetype(m_orderedIds.size());
    return page.firstRow / kAnchorStride <= m_anchors.size();
}

LeadRows LeadLoader::rowsAt(
    quint64 generation, const QList<std::pair<int, int>>& rowRanges, const QStringList& columns)
{
    if (generation != m_generation)
        throw Error(tr("The table changed while the selection was read; select the rows again."));
    QByteArrayList expressions;
    for (const QString& column : columns)
        expressions.append(selectExpression(column));
    LeadRows rows;
    for (const auto& [first, last] : rowRanges)
        rows.append(readRows(first, last - first + 1, expressions));
    return rows;
}

LeadRows LeadLoader::readRows(int firstRow, int rowCount, const QByteArrayList& columns)
{
    const QByteArray selected = selectClause(columns);
    LeadRows rows;
    if (m_materialised) {
        // A lead deleted since the scan is left out, as a keyset read would.
        SqliteStatement select(m_workspace->handle(), QByteArray(selected + " FROM leads WHERE id = ?"));
        const qsizetype end
            = std::min<qsizetype>(qsizetype(firstRow) + rowCount, qsizetype(m_orderedIds.size()));
        for (qsizetype i = firstRow; i < end; ++i) {
            select.bindInt(1, m_orderedIds[size_t(i)]);
            if (select.step())
                rows.append(rowOf(select, columns.size()));
            select.reset();
        }
        return rows;
    }
    const int anchor = std::min<int>(firstRow / kAnchorStride, int(m_anchors.size()));
    const int skip = firstRow - anchor * kAnchorStride;
    const QByteArray direction = m_query.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    SqliteStatement select(m_workspace->handle(),
        QByteArray(selected + " FROM leads WHERE (" + m_filter.sql + ")"
            + (anchor > 0 ? " AND " + keysetCondition() : QByteArray()) + " ORDER BY " + sortExpression()
            + direction + ", id" + direction + " LIMIT ?"));
    int parameter = 1;
    bindFilter(select, m_filter, parameter);
    if (anchor > 0)
        bindKeyset(select, parameter, m_anchors[anchor - 1].key, m_anchors[anchor - 1].id);
    select.bindInt(parameter, skip + rowCount);
    for (int index = 0; select.step(); ++index) {
        if (index >= skip)
            rows.append(rowOf(select, columns.size()));
    }
    return rows;
}

} // namespace LeadSync
