#include "CsvSniffer.h"

#include "CsvParser.h"
#include "Error.h"
#include "TextDecoder.h"
#include "leads/FieldCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <uchardet.h>

#include <memory>

namespace LeadSync {

namespace {

constexpr qsizetype kSampleSize = 1 << 20;
constexpr int kSniffRecords = 50;

// The first complete records of a decoded sample. The parser emits a record only at its line break,
// so a record cut off by the end of a partial sample is never among them.
QList<QStringList> sampleRecords(QByteArrayView utf8, char delimiter, bool wholeFile, int limit)
{
    QList<QStringList> rows;
    CsvParser parser(delimiter);
    const auto collect = [&rows, limit](const CsvRecord& record) {
        QStringList row;
        for (qsizetype i = 0; i < record.size(); ++i)
            row.append(QString::fromUtf8(record.field(i)));
        rows.append(row);
        return rows.size() < limit;
    };
    if (parser.feed(utf8, collect) && wholeFile)
        parser.finish(collect);
    return rows;
}

// Blank header names become "Column N"; a repeated name gets " (2)", " (3)"...: nothing is dropped.
QStringList uniqueHeaders(const QStringList& raw)
{
    QStringList result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString base = raw[i].trimmed().isEmpty()
            ? QCoreApplication::translate("LeadSync::CsvSniffer", "Column %1").arg(i + 1)
            : raw[i].trimmed();
        QString name = base;
        for (int n = 2; seen.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        seen.insert(name.toCaseFolded());
        result.append(name);
    }
    return result;
}

// Whether the sample reads as Western European text in Windows-1252: every non-ASCII character a
// Latin letter or the punctuation such files carry (euro, smart quotes, dashes, guillemets...).
bool readsAsWindows1252(QByteArrayView sample)
{
    static const QString punctuation = QStringLiteral("€‚„…†‡‰‹›‘’“”•–—™¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷");
    QStringDecoder decoder("WINDOWS-1252");
    const QString text = decoder.decode(sample);
    if (decoder.hasError())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80 || punctuation.contains(c)
            || (c.isLetter() && c.script() == QChar::Script_Latin);
    });
}

// The Windows code page of an ISO 8859 part's script, for a sample that holds bytes 0x80-0x9F:
// C1 control characters in ISO 8859, never found in real text, but letters and punctuation in the
// Windows code pages (ś is 0x9C in Windows-1250). Empty when there is none.
QByteArray windowsCodePageOf(const QByteArray& iso8859)
{
    static const QHash<QByteArray, QByteArray> pages = {
        { "ISO-8859-2", "WINDOWS-1250" },
        { "ISO-8859-5", "WINDOWS-1251" },
        { "ISO-8859-7", "WINDOWS-1253" },
        { "ISO-8859-9", "WINDOWS-1254" },
        { "ISO-8859-8", "WINDOWS-1255" },
        { "ISO-8859-6", "WINDOWS-1256" },
        { "ISO-8859-13", "WINDOWS-1257" },
    };
    return pages.value(iso8859);
}

// The most common number of fields among the rows, and how many rows have it (the wider on a tie).
std::pair<qsizetype, int> modalWidth(const QList<QStringList>& rows)
{
    QHash<qsizetype, int> widths;
    for (const QStringList& row : rows)
        ++widths[row.size()];
    qsizetype modal = 1;
    int modalCount = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.value() > modalCount || (it.value() == modalCount && it.key() > modal)) {
            modal = it.key();
            modalCount = it.value();
        }
    }
    return { modal, modalCount };
}

bool looksLikeValue(const QString& cell)
{
    static const QRegularExpression value(
        QStringLiteral(R"(^(\S+@\S+\.\S+|https?://.*|www\..*|[-+(]?[\d][\d\s().,/:+-]*)$)"));
    return value.match(cell.trimmed()).hasMatch();
}

} // namespace

QByteArray CsvSniffer::detectEncoding(QByteArrayView sample, bool sampleIsWholeFile, qsizetype* bomLength)
{
    *bomLength = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return "UTF-8";
    }
    if (sample.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return "UTF-16LE";
    }
    if (sample.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return "UTF-16BE";
    }
    if (sample.contains('\0'))
        return {};
    qsizetype consumed = 0;
    TextDecoder utf8("UTF-8");
    utf8.decode(sample, &consumed);
    if (utf8.problem() == TextDecoder::Problem::None && (consumed == sample.size() || !sampleIsWholeFile))
        return "UTF-8";

    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size()));
    uchardet_data_end(detector.get());
    QByteArray name = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    // Files labelled Latin-1 are in practice Windows-1252 (smart quotes, the euro sign in 0x80-0x9F);
    // the WHATWG Encoding Standard decodes them the same way. Anything undetected or unknown falls
    // back to Windows-1252 too, the encoding of Excel's "CSV" on Western systems.
    if (name.isEmpty() || name == "ISO-8859-1" || name == "ISO-8859-15" || name == "ASCII" || name == "UTF-8"
        || !TextDecoder::isKnownEncoding(name))
        return "WINDOWS-1252";
    const bool hasC1 = std::any_of(
        sample.begin(), sample.end(), [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
    if (const QByteArray windows = windowsCodePageOf(name); hasC1 && !windows.isEmpty())
        name = windows;
    // uchardet guesses from letter statistics, which a few words do not give: a short Spanish or
    // German file may come back as a Baltic or Nordic code page ("Iñaki" read as "Iņaki"). Such a
    // rare answer is taken only when Windows-1252 cannot read the bytes as Western text; the
    // desktop wizard shows the encoding with a live preview, and the CLI prints it.
    static const QSet<QByteArray> common = { "WINDOWS-1250", "ISO-8859-2", "WINDOWS-1251", "KOI8-R", "KOI8-U",
        "IBM866", "ISO-8859-5", "MAC-CYRILLIC", "WINDOWS-1253", "ISO-8859-7", "WINDOWS-1254", "ISO-8859-9",
        "WINDOWS-1255", "ISO-8859-8", "WINDOWS-1256", "ISO-8859-6", "SHIFT_JIS", "EUC-JP", "ISO-2022-JP",
        "GB18030", "BIG5", "EUC-KR", "EUC-TW", "TIS-620", "WINDOWS-874", "WINDOWS-1258", "UTF-16", "UTF-32" };
    if (!common.contains(name) && readsAsWindows1252(sample))
        return "WINDOWS-1252";
    return name;
}

char CsvSniffer::detectDelimiter(QByteArrayView utf8Sample, bool sampleIsWholeFile)
{
    char best = ',';
    double bestScore = 0;
    qsizetype bestWidth = 1;
    for (const char candidate : { ',', ';', '\t', '|' }) {
        const QList<QStringList> rows
            = sampleRecords(utf8Sample, candidate, sampleIsWholeFile, kSniffRecords);
        if (rows.isEmpty())
            continue;
        const auto [modal, modalCount] = modalWidth(rows);
        if (modal < 2)
            continue;
        const double score = double(modalCount) / double(rows.size());
        if (score > bestScore || (score == bestScore && modal > bestWidth)) {
            best = candidate;
            bestScore = score;
            bestWidth = modal;
        }
    }
    return best;
}

bool CsvSniffer::looksLikeHeader(const QStringList& firstRow)
{
    return headerBasis(firstRow).first != CsvDetection::HeaderBasis::ValueInFirstRow;
}

std::pair<CsvDetection::HeaderBasis, QString> CsvSniffer::headerBasis(const QStringList& firstRow)
{
    // A header if any cell names a known field; otherwise, unless a cell looks like data.
    for (const QString& cell : firstRow) {
        if (!FieldCatalog::fieldForHeader(cell).isEmpty())
            return { CsvDetection::HeaderBasis::KnownFieldName, cell.trimmed() };
    }
    for (const QString& cell : firstRow) {
        if (looksLikeValue(cell))
            return { CsvDetection::HeaderBasis::ValueInFirstRow, cell.trimmed() };
    }
    return { CsvDetection::HeaderBasis::NoValues, {} };
}

CsvDetection::LineEndings CsvSniffer::lineEndings(QByteArrayView utf8Sample)
{
    qsizetype lf = 0;
    qsizetype crlf = 0;
    qsizetype cr = 0;
    for (qsizetype i = 0; i < utf8Sample.size(); ++i) {
        if (utf8Sample[i] == '\n') {
            ++lf;
        } else if (utf8Sample[i] == '\r') {
            const bool pair = i + 1 < utf8Sample.size() && utf8Sample[i + 1] == '\n';
            ++(pair ? crlf : cr);
            i += pair ? 1 : 0;
        }
    }
    using LineEndings = CsvDetection::LineEndings;
    const int kinds = int(lf > 0) + int(crlf > 0) + int(cr > 0);
    if (kinds == 0)
        return LineEndings::None;
    if (kinds > 1)
        return LineEndings::Mixed;
    return lf > 0 ? LineEndings::Lf : crlf > 0 ? LineEndings::CrLf : LineEndings::Cr;
}

CsvSniff CsvSniffer::sniff(const QString& path, const Overrides& overrides, int previewRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("LeadSync::CsvSniffer", "Cannot read %1: %2")
                        .arg(path, file.errorString()));
    const QByteArray sample = file.read(kSampleSize);
    const bool wholeFile = file.atEnd();

    CsvSniff result;
    CsvDialect& dialect = result.dialect;
    CsvDetection& detection = result.detection;
    const QByteArray detected = detectEncoding(sample, wholeFile, &dialect.bomLength);
    if (overrides.encoding.isEmpty()) {
        if (detected.isEmpty())
            throw Error(QCoreApplication::translate(
                "LeadSync::CsvSniffer", "%1 is not a text file (it contains binary data).")
                            .arg(path));
        dialect.encoding = detected;
        const bool ascii
            = std::all_of(sample.cbegin(), sample.cend(), [](char c) { return uchar(c) < 0x80; });
        using Basis = CsvDetection::EncodingBasis;
        detection.encoding = dialect.bomLength > 0 ? Basis::ByteOrderMark
            : ascii                                ? Basis::AsciiOnly
            : detected == "UTF-8"                  ? Basis::ValidUtf8
                                                   : Basis::Statistical;
    } else {
        if (!TextDecoder::isKnownEncoding(overrides.encoding))
            throw Error(QCoreApplication::translate("LeadSync::CsvSniffer", "Unknown encoding \"%1\".")
                            .arg(QString::fromLatin1(overrides.encoding)));
        dialect.encoding = overrides.encoding;
        // A BOM is skipped only when it belongs to the chosen encoding.
        if (TextDecoder::isUtf8(overrides.encoding) != (detected == "UTF-8"))
            dialect.bomLength = 0;
    }

    TextDecoder decoder(dialect.encoding);
    qsizetype consumed = 0;
    const QByteArray utf8
        = decoder.decode(QByteArrayView(sample).sliced(dialect.bomLength), &consumed).toByteArray();
    dialect.delimiter = overrides.delimiter.value_or(detectDelimiter(utf8, wholeFile));
    detection.delimiterChosen = overrides.delimiter.has_value();
    const QList<QStringList> sniffed = sampleRecords(utf8, dialect.delimiter, wholeFile, kSniffRecords);
    detection.sampledRecords = int(sniffed.size());
    std::tie(detection.modalWidth, detection.recordsOfModalWidth) = modalWidth(sniffed);
    detection.lineEndings = lineEndings(utf8);

    QList<QStringList> rows = sampleRecords(utf8, dialect.delimiter, wholeFile, previewRows + 1);
    if (rows.isEmpty() && wholeFile)
        throw Error(QCoreApplication::translate(
            "LeadSync::CsvSniffer", "%1 is empty: it has no header and no rows to import.")
                        .arg(path));
    const QStringList first = rows.value(0);
    if (overrides.hasHeader) {
        dialect.hasHeader = *overrides.hasHeader;
    } else {
        std::tie(detection.header, detection.headerEvidence) = headerBasis(first);
        dialect.hasHeader = detection.header != CsvDetection::HeaderBasis::ValueInFirstRow;
    }
    if (dialect.hasHeader && !rows.isEmpty())
        result.headers = uniqueHeaders(rows.takeFirst());
    else
        result.headers = uniqueHeaders(QStringList(first.size(), QString()));
    result.previewRows = rows.mid(0, previewRows);
    return result;
}

} // namespace LeadSync
