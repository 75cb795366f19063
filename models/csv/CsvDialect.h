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

// Why the sniffer decided what it did, and how sure it is, for the import wizard to show.
struct CsvDetection
{
    enum class EncodingBasis {
        Chosen, // the user's choice
        ByteOrderMark, // certain
        ValidUtf8, // certain: non-ASCII text that is valid UTF-8 is UTF-8 in practice
        AsciiOnly, // certain: every ASCII-compatible encoding reads the sample the same
        Statistical, // a guess from letter statistics (uchardet), to check in the preview
    };
    enum class HeaderBasis {
        Chosen,
        KnownFieldName, // a cell of the first row names a lead field (evidence: that cell)
        NoValues, // no cell of the first row looks like data
        ValueInFirstRow, // a cell looks like data, so the first row is data (evidence: that cell)
    };
    enum class LineEndings { None, Lf, CrLf, Cr, Mixed };

    EncodingBasis encoding = EncodingBasis::Chosen;
    bool delimiterChosen = false;
    int sampledRecords = 0; // records read with the delimiter (at most 50)
    int recordsOfModalWidth = 0; // of which have the most common number of fields
    qsizetype modalWidth = 0;
    HeaderBasis header = HeaderBasis::Chosen;
    QString headerEvidence;
    LineEndings lineEndings = LineEndings::None;
};

// What sniffing a file found: its dialect, the header (generated names when it has none)
// and the first data rows, decoded, for a preview.
struct CsvSniff
{
    CsvDialect dialect;
    QStringList headers;
    QList<QStringList> previewRows;
    CsvDetection detection;
};

} // namespace LeadSync
