// libFuzzer target for the IMAP response reader. Beyond "no crash, no sanitizer report", it checks
// a property: bytes arriving in two pieces, cut anywhere, give the same responses (or the same
// refusal) as all at once: where a read of the socket ends must never change what is read.
#include "Error.h"
#include "replies/ImapResponse.h"

#include <QByteArrayList>

#include <cstdlib>

using namespace LeadSync;

namespace {

void describe(const ImapValue& value, QByteArray& out)
{
    out += char('0' + int(value.type));
    out += QByteArray::number(value.bytes.size()) + ':' + value.bytes;
    for (const ImapValue& item : value.items)
        describe(item, out);
    out += ')';
}

// Every response read from the pieces, as text, then "!" when the reader refused the rest.
QByteArray readAll(const QList<QByteArrayView>& pieces)
{
    ImapReader reader;
    QByteArray out;
    try {
        for (const QByteArrayView piece : pieces) {
            reader.append(piece);
            while (std::optional<ImapResponse> response = reader.next()) {
                out += response->tag + '|' + response->status + '|' + response->code + '|' + response->text
                    + '|';
                for (const ImapValue& value : response->values)
                    describe(value, out);
                out += '\n';
            }
        }
    } catch (const Error&) {
        out += '!';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const QByteArray whole = readAll({ data });
    const qsizetype cut = data.isEmpty() ? 0 : qsizetype(uchar(data[0])) % (data.size() + 1);
    if (readAll({ data.first(cut), data.sliced(cut) }) != whole)
        std::abort();
    return 0;
}
