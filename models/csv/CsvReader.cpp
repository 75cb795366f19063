#include "CsvReader.h"

#include "Error.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace LeadSync {

CsvReader::CsvReader(QString path, CsvDialect dialect)
    : m_path(std::move(path))
    , m_dialect(std::move(dialect))
{ }

bool CsvReader::read(const CsvParser::Handler& handler, const Progress& progress) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("LeadSync::CsvReader", "Cannot read %1: %2")
                        .arg(m_path, file.errorString()));
    const qint64 total = file.size();
    if (m_dialect.bomLength > 0 && !file.seek(m_dialect.bomLength))
        throw Error(QCoreApplication::translate("LeadSync::CsvReader", "Cannot read %1: %2")
                        .arg(m_path, file.errorString()));

    TextDecoder decoder(m_dialect.encoding);
    CsvParser parser(m_dialect.delimiter, m_dialect.maxFieldBytes);
    // A split multi-byte character at a chunk's end is carried to the front of the next chunk.
    QByteArray buffer(kChunkSize + 8, Qt::Uninitialized);
    qsizetype carried = 0;
    while (true) {
        const qint64 got = file.read(buffer.data() + carried, kChunkSize);
        if (got < 0)
            throw Error(QCoreApplication::translate("LeadSync::CsvReader", "Cannot read %1: %2")
                            .arg(m_path, file.errorString()));
        if (got == 0)
            break;
        const qsizetype size = carried + qsizetype(got);
        qsizetype consumed = 0;
        const QByteArrayView text = decoder.decode(QByteArrayView(buffer.constData(), size), &consumed);
        if (!parser.feed(text, handler)) {
            if (parser.fieldTooLong())
                throw Error(QCoreApplication::translate("LeadSync::CsvReader",
                    "%1:%2: a field here is longer than %3 MiB; a quote opened on this line is probably "
                    "never closed. (Raise the limit with --max-field-mib if the field is real.)")
                                .arg(m_path)
                                .arg(parser.recordLine())
                                .arg(double(m_dialect.maxFieldBytes) / (1 << 20)));
            return false;
        }
        switch (decoder.problem()) {
        case TextDecoder::Problem::None:
            break;
        case TextDecoder::Problem::Undecodable:
            throw Error(QCoreApplication::translate("LeadSync::CsvReader",
                "%1:%2: the bytes here are not valid %3 text; choose the file's encoding.")
                            .arg(m_path)
                            .arg(parser.currentLine())
                            .arg(QString::fromLatin1(m_dialect.encoding)));
        case TextDecoder::Problem::Binary:
            throw Error(QCoreApplication::translate(
                "LeadSync::CsvReader", "%1:%2: binary data (a NUL byte); this is not a text file.")
                            .arg(m_path)
                            .arg(parser.currentLine()));
        }
        carried = size - consumed;
        std::memmove(buffer.data(), buffer.constData() + consumed, size_t(carried));
        if (progress)
            progress(file.pos(), total);
    }
    if (carried > 0)
        throw Error(
            QCoreApplication::translate("LeadSync::CsvReader", "%1:%2: the file ends inside a %3 character.")
                .arg(m_path)
                .arg(parser.currentLine())
                .arg(QString::fromLatin1(m_dialect.encoding)));
    if (parser.hasOpenQuote())
        throw Error(QCoreApplication::translate(
            "LeadSync::CsvReader", "%1:%2: a quoted field opened on this line is never closed.")
                        .arg(m_path)
                        .arg(parser.recordLine()));
    return parser.finish(handler);
}

} // namespace LeadSync
