#pragma once

#include "CsvDialect.h"
#include "CsvParser.h"

#include <QString>

#include <functional>

namespace LeadSync {

// Streams a CSV file through the decoder and the parser in fixed-size chunks: memory stays the same
// whatever the file's size. One path serves the preview, the import and the tests. The file is parsed
// on a thread of its own, a few batches of records ahead; the handler runs on the caller's thread, in
// file order.
class CsvReader final
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;
    // Computes a record's digest on the parsing thread, ahead of the handler (see CsvRecord::digest):
    // per-record work the handler would otherwise do on its own thread.
    using Digest = std::function<size_t(const CsvRecord&)>;
    // Called on the handler's thread with the record after the one the handler gets next, so the
    // handler can warm what it will need (a cache line, by its digest).
    using Lookahead = std::function<void(const CsvRecord& next)>;

    CsvReader(QString path, CsvDialect dialect);

    // Calls handler for every record, the header row included. Returns false when the handler
    // stopped early. The records before a fault in the file reach the handler first. Throws Error naming the
    // file and line for unreadable, undecodable or binary input and for an unterminated quoted field.
    bool read(const CsvParser::Handler& handler, const Progress& progress = {}, const Digest& digest = {},
        const Lookahead& lookahead = {}) const;

    static constexpr qsizetype kChunkSize = 1 << 20;

private:
    QString m_path;
    CsvDialect m_dialect;
};

} // namespace LeadSync
