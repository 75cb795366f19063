#include "Exporter.h"

#include "CsvWriter.h"
#include "Error.h"
#include "ExportProfile.h"
#include "OutputFile.h"
#include "leads/ColumnStore.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>
#include <vector>

namespace LeadSync {

namespace {

// CSV bytes of one reader's rows, quoted on that reader's thread, a block's worth.
struct CsvBlock
{
    std::vector<char> bytes;
    qint64 chunk = 0; // the chunk of the id range it belongs to (see ChunkPlan)
    bool endsChunk = false;

    void clear()
    {
        bytes.clear(); // keeps its capacity for the next rows
        endsChunk = false;
    }

    static constexpr size_t kBytes = 1 << 20;
};

// Writes the readers' blocks of CSV to the file on a thread of its own, while the readers' threads
// step SQLite and quote the next rows. Measured with perf on a million leads, stepping SQLite and
// reading its cells took about half of an export, quoting the cells a quarter and writing the file
// (the kernel's copy into the page cache) the rest: with two readers, each doing half the rows, and
// the writing beside them, two cores share the work. Each reader has three blocks of its own going
// around (one being filled, two waiting or being written), so memory stays at a few MiB whatever the
// export's size, and a reader ahead of the file never takes the blocks of the reader the file waits
// for. With two readers, the chunks of the id range alternate between them: the writer takes a
// reader's blocks until one ends a chunk, then the blocks of the next chunk, whoever read it.
class BlockWriterThread final
{
public:
    BlockWriterThread(CsvWriter& writer, OutputFile& file, int readers)
        : m_writer(writer)
        , m_file(file)
        , m_blocks(size_t(kBlocksPerReader * readers))
        , m_empty(size_t(readers))
        , m_full(size_t(readers))
    {
        for (size_t i = 0; i < m_blocks.size(); ++i)
            m_empty[i / kBlocksPerReader].push_back(&m_blocks[i]);
        m_thread = std::thread([this] { loop(); });
    }

    ~BlockWriterThread()
    {
        stop();
        m_thread.join();
    }

    BlockWriterThread(const BlockWriterThread&) = delete;
    BlockWriterThread& operator=(const BlockWriterThread&) = delete;

    // An empty block of the reader's to fill; waits while all of them are queued. Rethrows the first
    // Error of the writer or of another reader; null once stopped.
    CsvBlock* emptyBlock(int reader)
    {
        std::unique_lock lock(m_mutex);
        std::vector<CsvBlock*>& empty = m_empty[size_t(reader)];
        m_wake.wait(lock, [&] { return !empty.empty() || m_error || m_stop; });
        if (m_error)
            std::rethrow_exception(m_error);
        if (m_stop)
            return nullptr;
        CsvBlock* block = empty.back();
        empty.pop_back();
        return block;
    }

    void write(int reader, CsvBlock& block)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_full[size_t(reader)].push_back(&block);
        }
        m_wake.notify_all();
    }

    // A reader's Error: the writing stops, and the other threads get it.
    void fail(std::exception_ptr error)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::move(error);
        }
        m_wake.notify_all();
    }

    // Waits until every block handed over is written. Rethrows the first Error.
    void finish()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] {
            size_t empty = 0;
            for (const std::vector<CsvBlock*>& blocks : m_empty)
                empty += blocks.size();
            return empty == m_blocks.size() || m_error;
        });
        if (m_error)
            std::rethrow_exception(m_error);
    }

    // Ends the writing, and wakes a reader waiting for a block.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
    }

private:
    static constexpr int kBlocksPerReader = 3;

    void loop()
    {
        qint64 chunk = 0; // the chunk whose blocks come next in the file
        while (true) {
            CsvBlock* block = nullptr;
            size_t owner = 0;
            {
                std::unique_lock lock(m_mutex);
                // A reader takes its chunks in order, so the next chunk's block is first in some queue.
                const auto next = [&] {
                    for (owner = 0; owner < m_full.size(); ++owner) {
                        if (!m_full[owner].empty() && m_full[owner].front()->chunk == chunk)
                            return true;
                    }
                    return false;
                };
                m_wake.wait(lock, [&] { return next() || m_stop; });
                if (m_stop)
                    return;
                block = m_full[owner].front();
                m_full[owner].pop_front();
            }
            try {
                if (!m_failed) {
                    m_writer.writeRaw(QByteArrayView(block->bytes.data(), qsizetype(block->bytes.size())));
                    m_file.startWriteback();
                }
            } catch (...) {
                m_failed = true; // from now on, blocks are only given back
                fail(std::current_exception());
            }
            if (block->endsChunk)
                ++chunk;
            block->clear();
            {
                const std::lock_guard lock(m_mutex);
                m_empty[owner].push_back(block);
            }
            m_wake.notify_all();
        }
    }

    CsvWriter& m_writer;
    OutputFile& m_file;
    std::vector<CsvBlock> m_blocks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<std::vector<CsvBlock*>> m_empty; // per reader
    std::vector<std::deque<CsvBlock*>> m_full; // per reader, in file order
    std::exception_ptr m_error;
    bool m_stop = false;
    bool m_failed = false; // the writer's thread only
    std::thread m_thread; // last: it starts when everything it uses is ready
};

// Where a reader's CsvWriter puts its bytes: into the reader's blocks, each handed to the writing once
// it holds kBytes (the CsvWriter's own buffer delivers that much at a time), or at the end of a chunk.
class BlockDevice final : public QIODevice
{
public:
    BlockDevice(BlockWriterThread& writing, int reader)
        : m_writing(writing)
        , m_reader(reader)
    {
        open(QIODevice::WriteOnly);
    }

    // The chunk of the rows that come next.
    void startChunk(qint64 chunk) { m_chunk = chunk; }
    // Hands the rows so far over, ending a chunk; false once the writing has stopped.
    bool handOver(bool endsChunk)
    {
        if (!m_block && !(m_block = m_writing.emptyBlock(m_reader)))
            return false;
        m_block->chunk = m_chunk;
        m_block->endsChunk = endsChunk;
        m_writing.write(m_reader, *m_block);
        m_block = nullptr;
        return true;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!m_block && !(m_block = m_writing.emptyBlock(m_reader))) {
            setErrorString(QCoreApplication::translate("LeadSync::Exporter", "the export has stopped"));
            return -1;
        }
        m_block->bytes.insert(m_block->bytes.end(), data, data + size);
        if (m_block->bytes.size() >= CsvBlock::kBytes && !handOver(false))
            return -1;
        return size;
    }

private:
    BlockWriterThread& m_writing;
    const int m_reader;
    CsvBlock* m_block = nullptr;
    qint64 m_chunk = 0;
};

// Steps select to its end, writing each row through csv; after each row calls onRow(), which returns
// false to stop. Returns false when stopped.
template <typename OnRow> bool copyRows(SqliteStatement& select, int columns, CsvWriter& csv, OnRow onRow)
{
    while (select.step()) {
        for (int i = 0; i < columns; ++i)
            csv.writeField(select.columnText(i));
        csv.endRow();
        if (!onRow())
            return false;
    }
    return true;
}

// A connection of the export's own to the workspace's file, for the second reader and for the lock
// that gives both readers one snapshot (see Exporter::run()).
class Connection final
{
public:
    Connection(const char* path, int busyWaitMs)
    {
        // No mutex of SQLite's own around each call: the connection is used by one thread at a time
        // (opened here, read on the second reader's thread, closed here after it ends). With it, its
        // lock and unlock were a tenth of the second reader's samples, on every column read.
        const int rc = sqlite3_open_v2(path, &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK) {
            const QString message = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
            sqlite3_close_v2(m_db);
            throw Error(QCoreApplication::translate("LeadSync::Exporter", "Cannot open %1: %2")
                            .arg(QString::fromUtf8(path), message));
        }
        sqlite3_busy_timeout(m_db, busyWaitMs);
    }
    ~Connection() { sqlite3_close_v2(m_db); } // rolls back what is still open
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// The id range cut in chunks of kIds ids, in the export's order. Each reader takes the next chunk
// not taken when it is done with one, so a reader slowed down (the caller's also counts the rows, and
// the system may give it less time) does not hold the other back.
struct ChunkPlan
{
    static constexpr qint64 kIds = 4096; // about 1 MiB of CSV with the usual columns, a block's worth

    qint64 first = 0;
    qint64 last = -1;
    bool descending = false;
    std::atomic<qint64> next = 0;

    static qint64 count(qint64 first, qint64 last) { return last < first ? 0 : (last - first) / kIds + 1; }
    qint64 count() const { return count(first, last); }
    // The lowest and highest id of chunk k.
    std::pair<qint64, qint64> bounds(qint64 k) const
    {
        if (descending)
            return { std::max(first, last - (k + 1) * kIds + 1), last - k * kIds };
        return { first + k * kIds, std::min(last, first + (k + 1) * kIds - 1) };
    }
};

// Two readers need one snapshot of the workspace, and Debian's SQLite is built without
// sqlite3_snapshot_open: each reader begins its read transaction while a third connection holds the
// write lock, so no commit can land in between. The export reads alone (none) when a write keeps the
// lock longer than kLockWaitMs (an import's transaction, a column run's batch) or when the leads span
// fewer than kMinChunks chunks. On a single core the two readers take turns, which costs a few
// context switches a chunk: not worth a second way of exporting.
class SharedSnapshot final
{
public:
    static constexpr int kLockWaitMs = 200;
    static constexpr qint64 kMinChunks = 4;

    explicit SharedSnapshot(const char* path)
        : second(path, Workspace::kBusyWaitMs)
    { }

    // Begins the read transactions of db (outside any transaction: the caller ends it) and of second.
    static std::unique_ptr<SharedSnapshot> begin(sqlite3* db, bool descending)
    {
        const char* path = sqlite3_db_filename(db, "main");
        if (!path || !*path || !sqlite3_get_autocommit(db))
            return nullptr;
        if (const auto [low, high] = idRange(db); ChunkPlan::count(low, high) < kMinChunks)
            return nullptr;
        const Connection lock(path, kLockWaitMs); // rolled back as it closes
        if (sqlite3_exec(lock.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return nullptr;
        auto shared = std::make_unique<SharedSnapshot>(path);
        sqliteExec(db, "BEGIN");
        try {
            // A first read: the transaction takes its snapshot.
            std::tie(shared->chunks.first, shared->chunks.last) = idRange(db);
            shared->chunks.descending = descending;
            sqliteExec(shared->second.handle(), "BEGIN");
            idRange(shared->second.handle());
        } catch (const Error&) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        return shared;
    }

    Connection second;
    ChunkPlan chunks;

private:
    static std::pair<qint64, qint64> idRange(sqlite3* db)
    {
        // Two subqueries: SQLite reads a lone min() or max() from the end of the table, but scans it for
        // both.
        SqliteStatement range(db, "SELECT (SELECT min(id) FROM leads), (SELECT max(id) FROM leads)");
        range.step();
        return { range.columnInt(0), range.columnInt(1) };
    }
};

// Binds the filter's parameters, from the first; they must outlive the statement's steps.
void bindParameters(SqliteStatement& statement, const LeadFilter& filter)
{
    for (int i = 0; i < filter.parameters.size(); ++i)
        statement.bindText(i + 1, filter.parameters[i]);
}

// One reader of the export: the rows of select quoted as CSV, on the caller's thread or its own.
struct Reader
{
    Reader(BlockWriterThread& writing, int reader, const ExportPlan& plan)
        : device(writing, reader)
        , csv(device, plan.path, { plan.delimiter, plan.formulaEscape })
    { }

    // All the rows of select, or with a plan, the chunks it takes (select's last two parameters, from
    // bounds, are a chunk's), each chunk's rows ending with a block so marked. Returns false when
    // stopped. Throws Error.
    template <typename OnRow>
    bool copy(SqliteStatement& select, int columns, ChunkPlan* plan, int bounds, OnRow onRow)
    {
        if (!plan) {
            if (!copyRows(select, columns, csv, onRow))
                return false;
            csv.flush();
            return device.handOver(false);
        }
        for (qint64 k = plan->next++; k < plan->count(); k = plan->next++) {
            device.startChunk(k);
            const auto [low, high] = plan->bounds(k);
            select.bindInt(bounds, low);
            select.bindInt(bounds + 1, high);
            const bool copied = copyRows(select, columns, csv, onRow);
            select.reset();
            if (!copied)
                return false;
            csv.flush();
            if (!device.handOver(true))
                return false;
        }
        return true;
    }

    BlockDevice device;
    CsvWriter csv;
};

} // namespace

void ExportPlan::apply(const ExportProfile& profile)
{
    bom = profile.bom;
    formulaEscape = profile.formulaEscape;
    delimiter = profile.delimiterFor(QLocale());
    headers = profile.headers;
}

Exporter::Exporter(Workspace& workspace, ExportPlan plan)
    : m_workspace(workspace)
    , m_plan(std::move(plan))
{ }

// The same order as the table's (see LeadLoader), which has made the index for it.
QByteArray Exporter::orderBy(const ColumnList& columns) const
{
    const QByteArray direction = m_plan.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    if (m_plan.sortColumn == u"id")
        return "id" + direction;
    const Column* column = findColumn(columns, m_plan.sortColumn);
    if (!column || column->sqlName != m_plan.sortColumn || column->readOnly)
        throw Error(QCoreApplication::translate("LeadSync::Exporter", "Cannot sort by \"%1\".")
                        .arg(m_plan.sortColumn));
    return SqlIdentifier::of(column->sqlName).sortKey(m_plan.sortOrder) + direction + ", id" + direction;
}

qint64 Exporter::run(const JobObserver& observer)
{
    const ColumnList all = ColumnStore(m_workspace).list();
    QByteArrayList names = m_plan.columns;
    if (names.isEmpty()) {
        for (const Column& column : all)
            names.append(column.sqlName.toLatin1());
    }
    QByteArrayList headers;
    QByteArrayList expressions;
    for (const QByteArray& name : names) {
        const Column* column = findColumn(all, QString::fromLatin1(name));
        if (!column || column->sqlName.toLatin1() != name)
            throw Error(
                QCoreApplication::translate("LeadSync::Exporter", "There is no column \"%1\" to export.")
                    .arg(QString::fromLatin1(name)));
        headers.append(m_plan.headers.value(column->sqlName, column->displayName).toUtf8());
        expressions.append(selectExpression(column->sqlName));
    }
    if (!m_plan.searchText.trimmed().isEmpty())
        SearchIndex(m_workspace).catchUp();

    LeadFilter filter = LeadFilter::build(m_plan.conditions, m_plan.searchText);
    if (!m_plan.leadIds.isEmpty()) {
        // Ids are numbers formatted here, never text from outside: safe to splice into the statement.
        QByteArrayList ids;
        for (const qint64 id : m_plan.leadIds)
            ids.append(QByteArray::number(id));
        filter.sql = "(" + filter.sql + ") AND id IN (" + ids.join(',') + ")";
    }
    const QByteArray where = " FROM leads WHERE " + filter.sql;
    const QByteArray selectSql = "SELECT " + expressions.join(", ") + where;
    sqlite3* db = m_workspace.handle();
    std::unique_ptr<SharedSnapshot> shared;
    if (m_plan.sortColumn == u"id" && m_plan.leadIds.isEmpty() && !filter.readsOtherTables)
        shared = SharedSnapshot::begin(db, m_plan.sortOrder == Qt::DescendingOrder);
    // Before the statements, so that it runs after them: ends the shared snapshot's read transaction.
    const auto endRead = qScopeGuard([db, &shared] {
        if (shared)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    });
    const QByteArray chunkBounds = shared ? QByteArray(" AND id BETWEEN ? AND ?") : QByteArray();
    const QByteArray statement = selectSql + chunkBounds + " ORDER BY " + orderBy(all);
    SqliteStatement select(db, statement);
    qint64 total = 0;
    if (observer.progress) {
        SqliteStatement count(db, QByteArray("SELECT count(*)" + where));
        bindParameters(count, filter);
        count.step();
        total = count.columnInt(0);
    }
    bindParameters(select, filter);

    OutputFile file(m_plan.path);
    CsvWriter writer(file.device(), m_plan.path, { m_plan.delimiter, m_plan.formulaEscape });
    if (m_plan.bom)
        writer.writeRaw("\xEF\xBB\xBF");
    for (const QByteArray& header : headers)
        writer.writeField(header);
    writer.endRow();

    const int columnCount = int(names.size());
    const int bounds = int(filter.parameters.size()) + 1;
    qint64 rows = 0;
    std::atomic<qint64> secondRows = 0;
    const auto onRow = [&] {
        if ((++rows & 0xFFF) == 0) { // every 4096 rows: a chunk of the id range (see ChunkPlan)
            if (observer.isCancelled())
                return false;
            observer.report(rows + secondRows.load(std::memory_order_relaxed), total);
        }
        return true;
    };
    qint64 escaped = 0;
    {
        BlockWriterThread writing(writer, file, shared ? 2 : 1);
        Reader first(writing, 0, m_plan);
        if (shared) {
            // The odd chunks, on a thread and connection of their own (see SharedSnapshot).
            qint64 secondEscaped = 0;
            std::jthread second([&] {
                try {
                    SqliteStatement chunk(shared->second.handle(), statement);
                    bindParameters(chunk, filter);
                    Reader reader(writing, 1, m_plan);
                    reader.copy(chunk, columnCount, &shared->chunks, bounds, [&secondRows] {
                        secondRows.fetch_add(1, std::memory_order_relaxed);
                        return true;
                    });
                    secondEscaped = reader.csv.escapedFields();
                } catch (...) {
                    writing.fail(std::current_exception());
                }
            });
            // On the way out early, the second reader may wait for a block: stopped before it is joined.
            auto stopSecond = qScopeGuard([&writing] { writing.stop(); });
            if (!first.copy(select, columnCount, &shared->chunks, bounds, onRow))
                return -1; // cancelled: the writing stops, and a regular file's temporary is discarded
            second.join(); // it has handed over its last chunk
            stopSecond.dismiss();
            escaped += secondEscaped;
        } else if (!first.copy(select, columnCount, nullptr, bounds, onRow)) {
            return -1;
        }
        writing.finish();
        escaped += first.csv.escapedFields();
    }
    rows += secondRows.load();
    writer.flush();
    file.commit();
    observer.report(rows, total);
    m_escapedCells = writer.escapedFields() + escaped;
    m_readers = shared ? 2 : 1;
    return rows;
}

} // namespace LeadSync
