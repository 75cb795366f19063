#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace LeadSync {

// How a CSV file is written: what the sniffer detected, after the user's overrides.
struct CsvDialect
{
    QByteArray encoding = "UTF-8"; // a QStringDecoder name
    qsizetype bomLength = 0; // bytes of byte-order mark to skip
    char delimiter = ',';
    bool hasHeader = true;
    // The longest field the reader accepts. Real cells stay far below it; a quote opened and never
    // closed near the start of a file would otherwise pull the whole file into one field before the
    // error. The CLI's --max-field-mib raises it.
    qsizetype maxFieldBytes = kDefaultMaxFieldBytes;

    static constexpr qsizetype kDefaultMaxFieldBytes = 1 << 20;
};

// What sniffing a file found: its dialect, the header (generated names when it has none)
// and the first data rows, decoded, for a preview.
struct CsvSniff
{
    CsvDialect dialect;
    QStringList headers;
    QList<QStringList> previewRows;
};

} // namespace LeadSync
