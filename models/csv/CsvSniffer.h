#pragma once

#include "CsvDialect.h"

#include <QString>

#include <optional>
#include <utility>

namespace LeadSync {

// Detects a CSV file's encoding (BOM, then UTF-8 validity, then uchardet), delimiter (, ; TAB |),
// and header row from its first mebibyte. Each setting the caller gives is taken as it is.
class CsvSniffer final
{
public:
    struct Overrides
    {
        QByteArray encoding; // empty: detect
        std::optional<char> delimiter; // unset: detect
        std::optional<bool> hasHeader; // unset: detect
    };

    // Throws Error naming the file when it cannot be read or is not text.
    static CsvSniff sniff(const QString& path, const Overrides& overrides = {}, int previewRows = 20);

    // The encoding of a sample of raw bytes: BOM, else UTF-8 if valid, else uchardet's answer.
    // bomLength receives the BOM's size. Returns an empty name for binary data.
    static QByteArray detectEncoding(QByteArrayView sample, bool sampleIsWholeFile, qsizetype* bomLength);
    static char detectDelimiter(QByteArrayView utf8Sample, bool sampleIsWholeFile);
    static bool looksLikeHeader(const QStringList& firstRow);
    // The same decision with its reason (a KnownFieldName, NoValues or ValueInFirstRow basis).
    static std::pair<CsvDetection::HeaderBasis, QString> headerBasis(const QStringList& firstRow);
    static CsvDetection::LineEndings lineEndings(QByteArrayView utf8Sample);
};

} // namespace LeadSync
