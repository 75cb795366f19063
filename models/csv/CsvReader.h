#pragma once

#include "CsvDialect.h"
#include "CsvParser.h"

#include <QString>

#include <functional>

namespace LeadSync {

// Streams a CSV file through the decoder and the parser in fixed-size chunks: memory stays the same
// whatever the file's size. One path serves the preview, the import and the tests.
class CsvReader final
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    CsvReader(QString path, CsvDialect dialect);

    // Calls handler for every record, the header row included. Returns false when the handler
    // stopped early. Throws Error naming the file and line for unreadable, undecodable or binary
    // input and for an unterminated quoted field.
    bool read(const CsvParser::Handler& handler, const Progress& progress = {}) const;

    static constexpr qsizetype kChunkSize = 1 << 20;

private:
    QString m_path;
    CsvDialect m_dialect;
};

} // namespace LeadSync
