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
