#pragma once

#include "CsvRecord.h"

#include <QByteArrayView>

#include <array>
#include <functional>
#include <limits>

namespace LeadSync {

// An RFC 4180 state machine over UTF-8 text fed in chunks of any size.
// Accepts LF, CRLF and lone CR line endings, delimiters, doubled quotes and line breaks inside
// quoted fields, and a missing final newline; skips blank lines. Lenient where real exports are
// sloppy and no data is lost by it: a quote inside an unquoted field, or text after a closing quote,
// is kept as literal text. Only an unterminated quoted field is an error (see hasOpenQuote()).
//
// Written by hand rather than taken from a library because it is the import's hot loop: it works on
// bytes and hands out views, so UTF-8 input reaches SQLite without a single QString conversion.
class CsvParser final
{
public:
    // Called per record; returning false stops the parse.
    using Handler = std::function<bool(const CsvRecord&)>;

    // A field longer than maxFieldBytes stops the parse (see fieldTooLong()).
    explicit CsvParser(char delimiter, qsizetype maxFieldBytes = std::numeric_limits<qsizetype>::max());

    // Parses the next chunk. Returns false when the handler stopped the parse.
    bool feed(QByteArrayView chunk, const Handler& handler);
    // Ends the input: emits a final record that had no line break. Returns false when stopped.
    bool finish(const Handler& handler);

    // After the whole input: true when a quoted field was never closed.
    bool hasOpenQuote() const { return m_state == State::Quoted; }
    // Whether the parse stopped at a field longer than the limit (recordLine() is its record's line).
    bool fieldTooLong() const { return m_fieldTooLong; }
    // The line where the current record started.
    qint64 recordLine() const { return m_record.m_line; }
    // The physical line at the current position (1-based).
    qint64 currentLine() const { return m_line; }

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCR };

    void endField() { m_record.m_ends.push_back(qsizetype(m_record.m_data.size())); }
    // Whether the field being read is past the limit.
    bool overLimit();
    bool endRecord(const Handler& handler);

    std::array<bool, 256> m_stops {}; // bytes that end an unquoted run: delimiter, CR, LF
    char m_delimiter;
    qsizetype m_maxFieldBytes;
    bool m_fieldTooLong = false;
    State m_state = State::RecordStart;
    bool m_firstFieldQuoted = false;
    bool m_crInQuotes = false;
    qint64 m_line = 1;
    CsvRecord m_record;
};

} // namespace LeadSync
