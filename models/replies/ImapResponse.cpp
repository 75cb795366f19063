#include "ImapResponse.h"

#include "Error.h"

#include <QCoreApplication>

namespace LeadSync {

namespace {

Error malformed(const char* what)
{
    return Error(
        QCoreApplication::translate("LeadSync::ImapReader", "The IMAP server sent a malformed response: %1.")
            .arg(QLatin1String(what)));
}

// Parses one response from a buffer that holds all of it. `at` moves along.
class Parser final
{
public:
    explicit Parser(QByteArrayView data)
        : m_data(data)
    { }

    ImapResponse response()
    {
        ImapResponse response;
        response.tag = atom();
        if (response.tag.isEmpty())
            throw malformed("no tag");
        if (response.tag == "+") {
            skipSpace();
            response.text = restOfLine();
            return response;
        }
        skipSpace();
        // "* 23 EXISTS" and "* 12 FETCH (...)" start with a number; "* OK [...] text" with a status.
        const qsizetype mark = m_at;
        const QByteArray first = atom().toUpper();
        if (first == "OK" || first == "NO" || first == "BAD" || first == "BYE" || first == "PREAUTH") {
            response.status = first;
            skipSpace();
            if (peek() == '[') {
                ++m_at;
                const qsizetype close = m_data.indexOf(']', m_at);
                const qsizetype end = lineEnd();
                if (close < 0 || close > end)
                    throw malformed("an unclosed response code");
                response.code = m_data.sliced(m_at, close - m_at).toByteArray();
                m_at = close + 1;
                skipSpace();
            }
            response.text = restOfLine();
            return response;
        }
        m_at = mark;
        while (!atLineEnd()) {
            response.values.append(value());
            skipSpace();
        }
        expectLineEnd();
        return response;
    }

private:
    char peek() const { return m_at < m_data.size() ? m_data[m_at] : '\0'; }
    bool atLineEnd() const
    {
        return m_at + 1 < m_data.size() && m_data[m_at] == '\r' && m_data[m_at + 1] == '\n';
    }
    qsizetype lineEnd() const
    {
        const qsizetype end = m_data.indexOf("\r\n", m_at);
        return end < 0 ? m_data.size() : end;
    }
    void skipSpace()
    {
        while (peek() == ' ')
            ++m_at;
    }
    void expectLineEnd()
    {
        if (!atLineEnd())
            throw malformed("text after the response");
        m_at += 2;
    }
    QByteArray restOfLine()
    {
        const qsizetype end = lineEnd();
        QByteArray text = m_data.sliced(m_at, end - m_at).toByteArray();
        m_at = end;
        expectLineEnd();
        return text;
    }

    // Up to a space, a parenthesis or the line's end; a section specifier's brackets (and the
    // spaces and parentheses in them) belong to the atom: BODY[HEADER.FIELDS (FROM TO)]<0.100>.
    QByteArray atom()
    {
        const qsizetype start = m_at;
        int brackets = 0;
        while (m_at < m_data.size()) {
            const char c = m_data[m_at];
            if (c == '\r' || c == '\n')
                break;
            if (brackets == 0 && (c == ' ' || c == '(' || c == ')'))
                break;
            if (c == '[')
                ++brackets;
            else if (c == ']' && brackets > 0)
                --brackets;
            ++m_at;
        }
        return m_data.sliced(start, m_at - start).toByteArray();
    }

    ImapValue value(int depth = 0)
    {
        if (depth > 64)
            throw malformed("lists nested too deep");
        ImapValue value;
        const char c = peek();
        if (c == '(') {
            ++m_at;
            value.type = ImapValue::Type::List;
            for (;;) {
                skipSpace();
                if (peek() == ')') {
                    ++m_at;
                    return value;
                }
                if (m_at >= m_data.size() || atLineEnd())
                    throw malformed("an unclosed list");
                value.items.append(this->value(depth + 1));
            }
        }
        if (c == '"') {
            ++m_at;
            value.type = ImapValue::Type::String;
            for (;;) {
                if (m_at >= m_data.size() || atLineEnd())
                    throw malformed("an unclosed quoted string");
                const char d = m_data[m_at++];
                if (d == '"')
                    return value;
                if (d == '\\') {
                    if (m_at >= m_data.size())
                        throw malformed("an unclosed quoted string");
                    value.bytes.append(m_data[m_at++]);
                } else {
                    value.bytes.append(d);
                }
            }
        }
        if (c == '{' || (c == '~' && m_at + 1 < m_data.size() && m_data[m_at + 1] == '{')) {
            m_at += c == '~' ? 2 : 1; // literal8 (RFC 3516) reads the same
            const qsizetype close = m_data.indexOf('}', m_at);
            if (close < 0)
                throw malformed("an unclosed literal size");
            bool ok = false;
            const qint64 size = m_data.sliced(m_at, close - m_at).toLongLong(&ok);
            if (!ok || size < 0 || size > ImapReader::kMaxResponse)
                throw malformed("a literal size that is no number");
            m_at = close + 1;
            expectLineEnd();
            if (m_at + size > m_data.size())
                throw malformed("a literal shorter than its size");
            value.type = ImapValue::Type::String;
            value.bytes = m_data.sliced(m_at, size).toByteArray();
            m_at += size;
            return value;
        }
        value.bytes = atom();
        if (value.bytes.isEmpty())
            throw malformed("an empty value");
        return value;
    }

    QByteArrayView m_data;
    qsizetype m_at = 0;
};

// Where the response that starts the buffer ends (after its last CRLF), or -1 when more bytes are
// needed: a line that ends with a literal's {n} goes on after n bytes.
qsizetype responseEnd(const QByteArray& buffer)
{
    qsizetype at = 0;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n", at);
        if (end < 0)
            return -1;
        if (end > 0 && buffer[end - 1] == '}') {
            const qsizetype open = buffer.lastIndexOf('{', end - 1);
            bool ok = false;
            const qint64 size = open >= at ? buffer.mid(open + 1, end - 1 - open - 1).toLongLong(&ok) : -1;
            if (ok && size >= 0) {
                if (size > ImapReader::kMaxResponse)
                    throw malformed("a literal too large");
                at = end + 2 + size;
                if (at > buffer.size())
                    return -1;
                continue;
            }
        }
        return end + 2;
    }
}

} // namespace

const ImapValue* ImapValue::find(QByteArrayView name) const
{
    for (qsizetype i = 0; i + 1 < items.size(); ++i) {
        if (items[i].type == Type::Atom && items[i].bytes.compare(name, Qt::CaseInsensitive) == 0)
            return &items[i + 1];
    }
    return nullptr;
}

std::optional<ImapResponse> ImapReader::next()
{
    const qsizetype end = responseEnd(m_buffer);
    if (end < 0) {
        if (m_buffer.size() > kMaxResponse)
            throw malformed("a response too long");
        return std::nullopt;
    }
    const QByteArray data = m_buffer.left(end);
    m_buffer.remove(0, end);
    return Parser(data).response();
}

} // namespace LeadSync
