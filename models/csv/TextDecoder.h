#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace LeadSync {

// Turns the raw bytes of a file, chunk by chunk, into UTF-8 for the CSV parser.
// UTF-8 input is validated and passed through without a copy (the import's common case and hot path);
// every other encoding is decoded by QStringDecoder, which Debian's Qt backs with ICU for the legacy
// charsets (Windows-125x, ISO-8859-x, KOI8, Shift_JIS, ...). A NUL byte is refused as binary data.
class TextDecoder final
{
public:
    enum class Problem { None, Undecodable, Binary };

    // encoding: a name QStringDecoder knows ("UTF-8", "UTF-16LE", "windows-1252", ...).
    explicit TextDecoder(const QByteArray& encoding);

    static bool isKnownEncoding(const QByteArray& encoding);
    static bool isUtf8(const QByteArray& encoding);

    // Decodes data, which may end inside a multi-byte character. Returns the UTF-8 text of the
    // complete characters (valid until the next call) and sets consumed to the bytes it covers;
    // the caller passes the rest again, before the next bytes. On a problem, returns the text
    // before the offending bytes and problem() says what was wrong.
    QByteArrayView decode(QByteArrayView data, qsizetype* consumed);
    Problem problem() const { return m_problem; }

private:
    QByteArrayView decodeUtf8(QByteArrayView data, qsizetype* consumed);

    bool m_utf8 = false;
    QStringDecoder m_decoder;
    QByteArray m_output;
    Problem m_problem = Problem::None;
};

} // namespace LeadSync
