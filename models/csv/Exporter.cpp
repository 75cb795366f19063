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

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace LeadSync {

namespace {

// Rows read from SQLite, a block's worth, with their cells' bytes copied: SQLite's pointers last only
// until its next step.
struct CellBlock
{
    std::vector<char> bytes = std::vector<char>(kBytes); // used up to used; grows for a larger cell
    size_t used = 0;
    std::vector<size_t> ends; // where each cell ends in bytes, row after row

    void append(QByteArrayView cell)
    {
        const auto size = size_t(cell.size());
        if (used + size > bytes.size())
            bytes.resize(std::max(2 * bytes.size(), used + size));
        if (size > 0) // an empty view may have a null data pointer, which memcpy must not get
            std::memcpy(bytes.data() + used, cell.data(), size);
        used += size;
        ends.push_back(used);
    }
    bool isFull() const { return used >= kBytes; }
    void clear()
    {
        used = 0;
        ends.clear(); // keeps its capacity for the next rows
    }

    static constexpr size_t kBytes = 1 << 20;
};

// Writes blocks of cells as CSV on a thread of its own, while the caller's thread steps SQLite for the
// next ones. Measured with perf on a million leads, stepping SQLite and reading its cells took about
// half of an export, quoting the cells and writing the file the other half: on two cores the export
// then takes about as long as its longer half instead of the sum. Three blocks go around (one being
// read, two waiting or being written), so memory stays at a few MiB whatever the export's size.
class CsvWriterThread final
{
public:
    CsvWriterThread(CsvWriter& writer, OutputFile& file, int columns)
        : m_writer(writer)
        , m_file(file)
        , m_columns(size_t(columns))
        , m_blocks(3)
    {
        for (CellBlock& block : m_blocks)
            m_empty.push_back(&block);
        m_thread = std::thread([this] { loop(); });
    }

    ~CsvWriterThread()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    CsvWriterThread(const CsvWriterThread&) = delete;
    CsvWriterThread& operator=(const CsvWriterThread&) = delete;

    // An empty block to fill; waits while every block is queued. Rethrows the writer's Error.
    CellBlock& emptyBlock()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return !m_empty.empty() || m_error; });
        if (m_error)
            std::rethrow_exception(m_error);
        CellBlock* block = m_empty.back();
        m_empty.pop_back();
        return *block;
    }

    void write(CellBlock& block)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_full.push_back(&block);
        }
        m_wake.notify_all();
    }

    // Waits until every block handed over is written. Rethrows the writer's Error.
    void finish()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_empty.size() == m_blocks.size() || m_error; });
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    void loop()
    {
        bool failed = false; // after an error, blocks are only given back
        while (true) {
            CellBlock* block = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_full.empty() || m_stop; });
                if (m_stop)
                    return;
                block = m_full.front();
                m_full.pop_front();
            }
            try {
                if (!failed) {
                    writeRows(*block);
                    m_file.startWriteback();
                }
            } catch (...) {
                failed = true;
                const std::lock_guard lock(m_mutex);
                m_error = std::current_exception();
            }
            block->clear();
            {
                const std::lock_guard lock(m_mutex);
                m_empty.push_back(block);
            }
            m_wake.notify_all();
        }
    }

    void writeRows(const CellBlock& block)
    {
        size_t begin = 0;
        size_t column = 0;
        for (const size_t end : block.ends) {
            m_writer.writeField(QByteArrayView(block.bytes.data() + begin, qsizetype(end - begin)));
            begin = end;
            if (++column == m_columns) {
                m_writer.endRow();
                column = 0;
            }
        }
    }

    CsvWriter& m_writer;
    OutputFile& m_file;
    const size_t m_columns;
    std::vector<CellBlock> m_blocks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<CellBlock*> m_empty;
    std::deque<CellBlock*> m_full;
    std::exception_ptr m_error;
    bool m_stop = false;
    std::thread m_thread; // last: it starts when everything it uses is ready
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
    SqliteStatement select(m_workspace.handle(),
        QByteArray("SELECT " + expressions.join(", ") + where + " ORDER BY " + orderBy(all)));
    qint64 total = 0;
    if (observer.progress) {
        SqliteStatement count(m_workspace.handle(), QByteArray("SELECT count(*)" + where));
        for (int i = 0; i < filter.parameters.size(); ++i)
            count.bindText(i + 1, filter.parameters[i]);
        count.step();
        total = count.columnInt(0);
    }
    for (int i = 0; i < filter.parameters.size(); ++i)
        select.bindText(i + 1, filter.parameters[i]);

    OutputFile file(m_plan.path);
    CsvWriter writer(file.device(), m_plan.path, { m_plan.delimiter, m_plan.formulaEscape });
    if (m_plan.bom)
        writer.writeRaw("\xEF\xBB\xBF");
    for (const QByteArray& header : headers)
        writer.writeField(header);
    writer.endRow();

    const int columnCount = int(names.size());
    qint64 rows = 0;
    {
        CsvWriterThread writing(writer, file, columnCount);
        CellBlock* block = &writing.emptyBlock();
        while (select.step()) {
            for (int i = 0; i < columnCount; ++i)
                block->append(select.columnText(i));
            if (block->isFull()) {
                writing.write(*block);
                block = &writing.emptyBlock();
            }
            if ((++rows & 0x3FFF) == 0) {
                if (observer.isCancelled())
                    return -1; // the writing stops, and a regular file's temporary is discarded
                observer.report(rows, total);
            }
        }
        writing.write(*block);
        writing.finish();
    }
    writer.flush();
    file.commit();
    observer.report(rows, total);
    m_escapedCells = writer.escapedFields();
    return rows;
}

} // namespace LeadSync
