#include "CsvWriter.h"

#include "Error.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace LeadSync {

namespace {
constexpr size_t kBufferSize = 1 << 20;
} // namespace

CsvWriter::CsvWriter(QIODevice& device, QString path, Options options)
    : m_device(device)
    , m_path(std::move(path))
    , m_options(options)
{
    m_buffer.resize(kBufferSize);
    for (const char c : { m_options.delimiter, '"', '\n', '\r' })
        m_quoted[uchar(c)] = true;
    for (const char c : { '=', '@', '\t', '\r', '+', '-' })
        m_formulaStart[uchar(c)] = true;
}

CsvWriter::CsvWriter(QIODevice& device, QString path)
    : CsvWriter(device, std::move(path), Options {})
{ }

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A signed decimal number: [+-](digits[.digits]|.digits)([eE][+-]digits).
bool isSignedNumber(QByteArrayView text)
{
    qsizetype i = 1;
    const qsizetype n = text.size();
    qsizetype digits = 0;
    for (; i < n && isDigit(text[i]); ++i)
        ++digits;
    if (i < n && text[i] == '.')
        for (++i; i < n && isDigit(text[i]); ++i)
            ++digits;
    if (digits == 0)
        return false;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        const qsizetype exponentStart = i;
        while (i < n && isDigit(text[i]))
            ++i;
        if (i == exponentStart)
            return false;
    }
    return i == n;
}

// An international phone number: + and a digit, then digits, spaces and ( ) . - with at least
// 7 digits in all, and an optional extension after the last digit ("ext. 12", "x12", "#12").
bool isPhoneNumber(QByteArrayView text)
{
    if (text.size() < 2 || text[0] != '+' || !isDigit(text[1]))
        return false;
    qsizetype digits = 0;
    qsizetype afterLastDigit = 0;
    for (qsizetype i = 1; i < text.size() && (isDigit(text[i]) || QByteArrayView(" ().-").contains(text[i]));
         ++i) {
        if (isDigit(text[i])) {
            ++digits;
            afterLastDigit = i + 1;
        }
    }
    QByteArrayView extension = text.sliced(afterLastDigit).trimmed();
    if (digits < 7)
        return false;
    if (extension.isEmpty())
        return true;
    for (const char* marker : { "ext.", "ext", "x", "#" }) {
        const QByteArrayView prefix(marker);
        if (extension.size() > prefix.size()
            && qstrnicmp(extension.data(), prefix.data(), size_t(prefix.size())) == 0) {
            extension = extension.sliced(prefix.size()).trimmed();
            return !extension.isEmpty() && std::all_of(extension.begin(), extension.end(), isDigit);
        }
    }
    return false;
}

// A sign, a space, then words: a bullet line of notes. A spreadsheet cannot run it: no function call
// ("HYPERLINK(" - a name right before a parenthesis), no DDE ("cmd|"), no reference ("Sheet!A1") and
// no comparison, which is all a formula after a sign could do. Such text is left as written.
bool isBulletProse(QByteArrayView text)
{
    if (text.size() < 3 || (text[1] != ' ' && text[1] != '\t'))
        return false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '|' || c == '!' || c == '=')
            return false;
        const char before = text[i - 1];
        if (c == '(' && (isDigit(before) || std::isalpha(uchar(before)) || before == '_' || before == '.'))
            return false;
    }
    return true;
}

} // namespace

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
        // Data, not a formula: a signed number ("-5", "+1.5e3"), an international phone number,
        // perhaps with an extension ("+1 555 0100", "+44 (20) 7946-0958 ext. 12"), or a line of
        // prose after a bullet ("- called on Monday").
        return !isSignedNumber(utf8) && !isPhoneNumber(utf8) && !isBulletProse(utf8);
    default:
        return false;
    }
}

void CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes <= qsizetype(m_buffer.size()))
        return;
    flush();
    if (bytes > qsizetype(m_buffer.size()))
        m_buffer.resize(size_t(bytes));
}

void CsvWriter::writeField(QByteArrayView utf8)
{
    // Worst case: delimiter, two quotes, an apostrophe, and every byte a doubled quote.
    reserve(2 * utf8.size() + 4);
    char* out = m_buffer.data() + m_used;
    if (m_fieldsInRow++ > 0)
        *out++ = m_options.delimiter;
    const bool escape = m_options.formulaEscape && !utf8.isEmpty() && m_formulaStart[uchar(utf8.front())]
        && isFormula(utf8);
    const bool quote = std::any_of(utf8.begin(), utf8.end(), [this](char c) { return m_quoted[uchar(c)]; });
    if (quote)
        *out++ = '"';
    if (escape) {
        *out++ = '\'';
        ++m_escaped;
    }
    if (!quote) {
        if (!utf8.isEmpty()) // an empty view may have a null data pointer, which memcpy must not get
            std::memcpy(out, utf8.data(), size_t(utf8.size()));
        out += utf8.size();
    } else {
        for (const char c : utf8) {
            if (c == '"')
                *out++ = '"';
            *out++ = c;
        }
        *out++ = '"';
    }
    m_used = out - m_buffer.data();
}

void CsvWriter::endRow()
{
    reserve(4);
    // A row of one empty field would be a blank line, which readers skip: write it as "".
    if (m_fieldsInRow == 1 && m_used == m_rowStart) {
        m_buffer[size_t(m_used++)] = '"';
        m_buffer[size_t(m_used++)] = '"';
    }
    m_buffer[size_t(m_used++)] = '\r';
    m_buffer[size_t(m_used++)] = '\n';
    m_fieldsInRow = 0;
    m_rowStart = m_used;
}

void CsvWriter::writeRaw(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    reserve(bytes.size());
    std::memcpy(m_buffer.data() + m_used, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
    m_rowStart = m_used;
}

void CsvWriter::flush()
{
    if (m_used > 0 && m_device.write(m_buffer.data(), m_used) != m_used)
        throw Error(QCoreApplication::translate("LeadSync::CsvWriter", "Cannot write %1: %2")
                        .arg(m_path, m_device.errorString()));
    // A row in progress keeps its place relative to the buffer's start.
    m_rowStart -= m_used;
    m_used = 0;
}

} // namespace LeadSync
