#include "CsvParser.h"

namespace LeadSync {

CsvParser::CsvParser(char delimiter, qsizetype maxFieldBytes)
    : m_delimiter(delimiter)
    , m_maxFieldBytes(maxFieldBytes)
{
    m_stops[uchar(delimiter)] = true;
    m_stops[uchar('\n')] = true;
    m_stops[uchar('\r')] = true;
}

bool CsvParser::endRecord(const Handler& handler)
{
    endField();
    ++m_line;
    // A blank line is one empty, unquoted field: skipped. `""` alone on a line is a value.
    const bool blank = m_record.m_ends.size() == 1 && m_record.m_data.empty() && !m_firstFieldQuoted;
    return blank || handler(m_record);
}

bool CsvParser::overLimit()
{
    const qsizetype fieldStart = m_record.m_ends.empty() ? 0 : m_record.m_ends.back();
    m_fieldTooLong = qsizetype(m_record.m_data.size()) - fieldStart > m_maxFieldBytes;
    return m_fieldTooLong;
}

bool CsvParser::feed(QByteArrayView chunk, const Handler& handler)
{
    const char* p = chunk.data();
    const char* const end = p + chunk.size();
    while (p < end) {
        switch (m_state) {
        case State::AfterCR:
            m_state = State::RecordStart;
            if (*p == '\n')
                ++p;
            break;
        case State::RecordStart:
            m_record.m_data.clear();
            m_record.m_ends.clear();
            m_record.m_line = m_line;
            m_firstFieldQuoted = *p == '"';
            [[fallthrough]];
        case State::FieldStart:
            if (*p == '"') {
                ++p;
                m_crInQuotes = false;
                m_state = State::Quoted;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char* start = p;
            while (p < end && !m_stops[uchar(*p)])
                ++p;
            m_record.m_data.append(start, size_t(p - start));
            if (overLimit())
                return false;
            if (p == end)
                return true;
            const char stop = *p++;
            if (stop == m_delimiter) {
                endField();
                m_state = State::FieldStart;
            } else {
                m_state = stop == '\r' ? State::AfterCR : State::RecordStart;
                if (!endRecord(handler))
                    return false;
            }
            break;
        }
        case State::Quoted: {
            const char* start = p;
            for (; p < end && *p != '"'; ++p) {
                // Count line breaks inside the field so errors name the right line: CRLF is one.
                if (*p == '\n') {
                    m_line += m_crInQuotes ? 0 : 1;
                    m_crInQuotes = false;
                } else {
                    m_crInQuotes = *p == '\r';
                    m_line += m_crInQuotes ? 1 : 0;
                }
            }
            m_record.m_data.append(start, size_t(p - start));
            if (overLimit())
                return false;
            if (p < end) {
                ++p;
                m_state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char c = *p;
            if (c == '"') {
                m_record.m_data.push_back('"');
                ++p;
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                ++p;
                endField();
                m_state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                ++p;
                m_state = c == '\r' ? State::AfterCR : State::RecordStart;
                if (!endRecord(handler))
                    return false;
            } else {
                m_state = State::Unquoted; // text after the closing quote: kept as it is
            }
            break;
        }
        }
    }
    return true;
}

bool CsvParser::finish(const Handler& handler)
{
    switch (m_state) {
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        m_state = State::RecordStart;
        return endRecord(handler);
    case State::RecordStart:
    case State::AfterCR:
    case State::Quoted:
        break;
    }
    return true;
}

} // namespace LeadSync
