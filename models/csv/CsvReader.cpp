#include "CsvReader.h"

#include "Error.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace LeadSync {

namespace {

// The file cannot be opened, sought or read.
Error cannotRead(const QFile& file)
{
    return Error(QCoreApplication::translate("LeadSync::CsvReader", "Cannot read %1: %2")
                     .arg(file.fileName(), file.errorString()));
}

// Records parsed ahead of the handler, copied out of the parser's reused record.
struct Batch
{
    // A batch is handed over at this many records or bytes, whichever comes first.
    static constexpr size_t kRecords = 1024;
    static constexpr size_t kBytes = 256 * 1024;

    std::vector<CsvRecord> records; // the first `used` are this batch's; the rest keep their capacity
    size_t used = 0;
    size_t bytes = 0;
    qint64 bytesRead = 0; // of the file, when the batch was handed over

    void add(const CsvRecord& record, const CsvReader::Digest& digest)
    {
        if (used == records.size())
            records.push_back(record);
        else
            records[used] = record;
        if (digest)
            records[used].setDigest(digest(record));
        ++used;
        bytes += size_t(record.byteSize());
    }
    bool full() const { return used >= kRecords || bytes >= kBytes; }
};

// The file is read, decoded and parsed on a thread of its own while the caller's thread runs the
// handler: an import's handler is SQLite's insert, and on a two-core laptop the parse and the
// records' digests (the email's hash), a fifth of an import's time in perf, then cost it nothing.
// Batches go round between the two threads, kInFlight of them: memory stays bounded whatever the
// file's size.
class ParseAhead final
{
public:
    static constexpr int kInFlight = 4;

    ParseAhead()
    {
        m_batches.resize(kInFlight);
        for (Batch& batch : m_batches)
            m_free.push_back(&batch);
    }

    // The parsing thread's side. Returns the batch to fill, or nullptr once the reader has stopped.
    Batch* emptyBatch()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopped || !m_free.empty(); });
        if (m_stopped)
            return nullptr;
        Batch* batch = m_free.back();
        m_free.pop_back();
        batch->used = 0;
        batch->bytes = 0;
        return batch;
    }
    void hand(Batch* batch)
    {
        const std::lock_guard lock(m_mutex);
        m_full.push_back(batch);
        m_wake.notify_all();
    }
    // The end of the parse: error is null when the file was read to its end.
    void end(std::exception_ptr error)
    {
        const std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_ended = true;
        m_wake.notify_all();
    }

    // The handler's side. The next batch in file order, or nullptr after the last (then the parse's
    // error, if any, is thrown).
    Batch* fullBatch()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_ended || !m_full.empty(); });
        if (!m_full.empty()) {
            Batch* batch = m_full.front();
            m_full.pop_front();
            return batch;
        }
        if (m_error)
            std::rethrow_exception(m_error);
        return nullptr;
    }
    void recycle(Batch* batch)
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(batch);
        m_wake.notify_all();
    }
    // The handler stopped, or threw: the parsing thread ends at its next batch.
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_wake.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Batch> m_batches;
    std::vector<Batch*> m_free;
    std::deque<Batch*> m_full;
    bool m_stopped = false;
    bool m_ended = false;
    std::exception_ptr m_error;
};

// The parsing thread: the file's records, batch after batch, into ahead.
void parse(QFile& file, const CsvDialect& dialect, const CsvReader::Digest& digest, ParseAhead& ahead)
{
    const QString path = file.fileName();
    if (dialect.bomLength > 0 && !file.seek(dialect.bomLength))
        throw cannotRead(file);

    Batch* batch = ahead.emptyBatch();
    qint64 bytesRead = 0;
    // Returning false stops the parse once the reader has stopped.
    const CsvParser::Handler addToBatch = [&](const CsvRecord& record) {
        batch->add(record, digest);
        if (!batch->full())
            return true;
        batch->bytesRead = bytesRead;
        ahead.hand(batch);
        batch = ahead.emptyBatch();
        return batch != nullptr;
    };
    const auto handOver = [&] {
        batch->bytesRead = bytesRead;
        ahead.hand(batch);
    };

    TextDecoder decoder(dialect.encoding);
    CsvParser parser(dialect.delimiter, dialect.maxFieldBytes);
    // A split multi-byte character at a chunk's end is carried to the front of the next chunk.
    QByteArray buffer(CsvReader::kChunkSize + 8, Qt::Uninitialized);
    qsizetype carried = 0;
    while (true) {
        const qint64 got = file.read(buffer.data() + carried, CsvReader::kChunkSize);
        if (got < 0)
            throw cannotRead(file);
        if (got == 0)
            break;
        bytesRead = file.pos();
        const qsizetype size = carried + qsizetype(got);
        qsizetype consumed = 0;
        const QByteArrayView text = decoder.decode(QByteArrayView(buffer.constData(), size), &consumed);
        if (!parser.feed(text, addToBatch)) {
            if (parser.fieldTooLong()) {
                handOver(); // the records before it reach the handler, then the error
                throw Error(QCoreApplication::translate("LeadSync::CsvReader",
                    "%1:%2: a field here is longer than %3 MiB; a quote opened on this line is probably "
                    "never closed. (Raise the limit with --max-field-mib if the field is real.)")
                                .arg(path)
                                .arg(parser.recordLine())
                                .arg(double(dialect.maxFieldBytes) / (1 << 20)));
            }
            return; // the reader has stopped
        }
        switch (decoder.problem()) {
        case TextDecoder::Problem::None:
            break;
        case TextDecoder::Problem::Undecodable:
            handOver();
            throw Error(QCoreApplication::translate("LeadSync::CsvReader",
                "%1:%2: the bytes here are not valid %3 text; choose the file's encoding.")
                            .arg(path)
                            .arg(parser.currentLine())
                            .arg(QString::fromLatin1(dialect.encoding)));
        case TextDecoder::Problem::Binary:
            handOver();
            throw Error(QCoreApplication::translate(
                "LeadSync::CsvReader", "%1:%2: binary data (a NUL byte); this is not a text file.")
                            .arg(path)
                            .arg(parser.currentLine()));
        }
        carried = size - consumed;
        std::memmove(buffer.data(), buffer.constData() + consumed, size_t(carried));
    }
    handOver();
    if (carried > 0)
        throw Error(
            QCoreApplication::translate("LeadSync::CsvReader", "%1:%2: the file ends inside a %3 character.")
                .arg(path)
                .arg(parser.currentLine())
                .arg(QString::fromLatin1(dialect.encoding)));
    if (parser.hasOpenQuote())
        throw Error(QCoreApplication::translate(
            "LeadSync::CsvReader", "%1:%2: a quoted field opened on this line is never closed.")
                        .arg(path)
                        .arg(parser.recordLine()));
    batch = ahead.emptyBatch();
    if (batch && parser.finish(addToBatch))
        handOver();
}

} // namespace

CsvReader::CsvReader(QString path, CsvDialect dialect)
    : m_path(std::move(path))
    , m_dialect(std::move(dialect))
{ }

bool CsvReader::read(const CsvParser::Handler& handler, const Progress& progress, const Digest& digest,
    const Lookahead& lookahead) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw cannotRead(file);
    const qint64 total = file.size();
    ParseAhead ahead;
    std::jthread parsing([&] {
        try {
            parse(file, m_dialect, digest, ahead);
            ahead.end({});
        } catch (...) {
            ahead.end(std::current_exception());
        }
    });
    const auto stopParsing = qScopeGuard([&ahead] { ahead.stop(); }); // before the thread is joined
    qint64 reported = -1;
    while (Batch* batch = ahead.fullBatch()) {
        for (size_t i = 0; i < batch->used; ++i) {
            if (lookahead && i + 1 < batch->used)
                lookahead(batch->records[i + 1]);
            if (!handler(batch->records[i]))
                return false;
        }
        const qint64 done = batch->bytesRead;
        ahead.recycle(batch);
        if (progress && done != reported) {
            reported = done;
            progress(done, total);
        }
    }
    return true;
}

} // namespace LeadSync
