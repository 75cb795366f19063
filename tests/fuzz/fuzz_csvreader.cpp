// libFuzzer target for the CSV reading path: encoding detection, decoding and parsing.
// Beyond "no crash, no sanitizer report", it checks a property: cutting the input into two chunks at
// any point gives the same records as parsing it whole (chunk boundaries must never change data).
#include "../CsvTestSupport.h"
#include "csv/CsvSniffer.h"
#include "csv/TextDecoder.h"

#include <QByteArrayList>
#include <QList>

#include <cstdlib>

using namespace LeadSync;

namespace {

QByteArray decodeAll(const QByteArray& encoding, QByteArrayView data, qsizetype cut)
{
    TextDecoder decoder(encoding);
    QByteArray out;
    QByteArray pending;
    for (const QByteArrayView chunk : { data.first(cut), data.sliced(cut) }) {
        pending += chunk;
        qsizetype consumed = 0;
        out += decoder.decode(pending, &consumed);
        if (decoder.problem() != TextDecoder::Problem::None)
            return out + "<problem>";
        pending.remove(0, consumed);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    qsizetype bom = 0;
    const QByteArray encoding = CsvSniffer::detectEncoding(data, true, &bom);
    if (encoding.isEmpty())
        return 0;
    const QByteArrayView text = data.sliced(bom);
    const qsizetype cut = text.isEmpty() ? 0 : qsizetype(uchar(text.front())) % (text.size() + 1);
    if (TextDecoder::isUtf8(encoding)
        && decodeAll(encoding, text, cut) != decodeAll(encoding, text, text.size()))
        std::abort();

    const char delimiter = CsvSniffer::detectDelimiter(text, true);
    const QList<QByteArrayList> whole = CsvTestSupport::parseInChunks(delimiter, { text });
    if (CsvTestSupport::parseInChunks(delimiter, { text.first(cut), text.sliced(cut) }) != whole)
        std::abort();
    return 0;
}
