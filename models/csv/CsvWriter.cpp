#include "CsvWriter.h"

#include "Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace LeadSync {

namespace {
constexpr size_t kBufferSize = 1 << 20;
} // namespace

CsvWriter::CsvWriter(QIODevice& device, QString path, Options options)
    : m_device(device)
    , m_path(std::move(path))
    , m_options(options)
{
    m_buffer.reserve(kBufferSize + 4096);
}

CsvWriter::CsvWriter(QIODevice& device, QString path)
    : CsvWriter(device, std::move(path), Options{})
{
}

bool CsvWriter::isFormula(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    switch (utf8.front()) {
    case '=':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '+':
    case '-':
        break;
    default:
        return false;
    }
    // Rare path: a signed number ("-5", "+1.5e3") or an international phone number, perhaps with an
    // extension ("+1 555 0100", "+44 (20) 7946-0958 ext. 12"), is data, not a formula.
    static const QRegularExpression number(QStringLiteral(R"(^[+-](\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+\d[\d ().-]*\d(\s*(ext\.?|x|#)\s*\d+)?$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(utf8);
    if (number.match(text).hasMatch())
        return false;
    if (phone.match(text).hasMatch()) {
        const auto digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        return digits < 7;
    }
    return true;
}

void CsvWriter::writeField(QByteArrayView utf8)
{
    if (m_fieldsInRow++ > 0)
        m_buffer.push_back(m_options.delimiter);
    const bool escape = m_options.formulaEscape && isFormula(utf8);
    bool quote = false;
    for (const char c : utf8) {
        if (c == m_options.delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (escape)
            m_buffer.push_back('\'');
        m_buffer.append(utf8.data(), size_t(utf8.size()));
    } else {
        m_buffer.push_back('"');
        if (escape)
            m_buffer.push_back('\'');
        for (const char c : utf8) {
            if (c == '"')
                m_buffer.push_back('"');
            m_buffer.push_back(c);
        }
        m_buffer.push_back('"');
    }
}

void CsvWriter::endRow()
{
    // A row of one empty field would be a blank line, which readers skip: write it as "".
    if (m_fieldsInRow == 1 && m_buffer.size() == size_t(m_rowStart))
        m_buffer.append("\"\"");
    m_buffer.append("\r\n");
    m_fieldsInRow = 0;
    if (m_buffer.size() >= kBufferSize)
        flush();
    m_rowStart = qsizetype(m_buffer.size());
}

void CsvWriter::writeRaw(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), size_t(bytes.size()));
    m_rowStart = qsizetype(m_buffer.size());
}

void CsvWriter::flush()
{
    if (!m_buffer.empty() && m_device.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        throw Error(QCoreApplication::translate("LeadSync::CsvWriter", "Cannot write %1: %2")
                        .arg(m_path, m_device.errorString()));
    m_buffer.clear();
    m_rowStart = 0;
}

} // namespace LeadSync
