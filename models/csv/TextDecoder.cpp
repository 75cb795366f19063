#include "TextDecoder.h"

#include <cstring>

namespace LeadSync {

namespace {

// Length of the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one.
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Bytes at the end of data that begin a sequence running past the end (0 to 3).
qsizetype incompleteTail(QByteArrayView data)
{
    const qsizetype size = data.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = uchar(data[size - back]);
        if ((byte & 0xC0) != 0x80) // a lead byte (or ASCII): does its sequence fit?
            return sequenceLength(byte) > back ? back : 0;
    }
    return 0;
}

} // namespace

TextDecoder::TextDecoder(const QByteArray& encoding)
    : m_utf8(isUtf8(encoding))
    , m_decoder(m_utf8 ? QStringDecoder(QStringConverter::Utf8) : QStringDecoder(encoding.constData()))
{ }

bool TextDecoder::isUtf8(const QByteArray& encoding)
{
    const QByteArray name = encoding.toUpper();
    return name == "UTF-8" || name == "UTF8";
}

bool TextDecoder::isKnownEncoding(const QByteArray& encoding)
{
    return isUtf8(encoding) || QStringDecoder(encoding.constData()).isValid();
}

QByteArrayView TextDecoder::decode(QByteArrayView data, qsizetype* consumed)
{
    if (m_utf8)
        return decodeUtf8(data, consumed);

    *consumed = data.size(); // QStringDecoder keeps a split character in its own state
    const QString text = m_decoder.decode(data);
    qsizetype good = text.size();
    if (m_decoder.hasError()) {
        m_problem = Problem::Undecodable;
        good = text.indexOf(QChar::ReplacementCharacter);
    }
    if (const qsizetype nul = QStringView(text).left(good).indexOf(QChar(u'\0')); nul >= 0) {
        m_problem = Problem::Binary;
        good = nul;
    }
    m_output = QStringView(text).left(good).toUtf8();
    return m_output;
}

QByteArrayView TextDecoder::decodeUtf8(QByteArrayView data, qsizetype* consumed)
{
    const QByteArrayView complete = data.first(data.size() - incompleteTail(data));
    *consumed = complete.size();
    qsizetype good = complete.size();
    if (!complete.isValidUtf8()) {
        // Rare path: find the first byte that does not start a valid sequence.
        qsizetype i = 0;
        while (i < complete.size()) {
            const int length = sequenceLength(uchar(complete[i]));
            bool valid = length > 0 && i + length <= complete.size();
            for (int k = 1; valid && k < length; ++k)
                valid = (uchar(complete[i + k]) & 0xC0) == 0x80;
            if (valid && length >= 3) // overlong forms, surrogates, and code points past U+10FFFF
                valid = QByteArrayView(complete.data() + i, length).isValidUtf8();
            if (!valid)
                break;
            i += length;
        }
        good = i;
        m_problem = Problem::Undecodable;
    }
    if (const void* nul = good > 0 ? std::memchr(complete.data(), 0, size_t(good)) : nullptr) {
        good = static_cast<const char*>(nul) - complete.data();
        m_problem = Problem::Binary;
    }
    return complete.first(good);
}

} // namespace LeadSync
