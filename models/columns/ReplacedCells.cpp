#include "ReplacedCells.h"

#include "Error.h"

#include <QCoreApplication>

#include <optional>

namespace LeadSync {

void ReplacedCells::append(
    qint64 leadId, QByteArrayView sqlName, QByteArrayView before, QByteArrayView written)
{
    appendNumber(quint64(leadId));
    appendBytes(sqlName);
    appendBytes(before);
    appendBytes(written);
}

void ReplacedCells::appendNumber(quint64 number)
{
    do {
        const char low = char(number & 0x7f);
        number >>= 7;
        m_packed.append(number != 0 ? char(low | 0x80) : low);
    } while (number != 0);
}

void ReplacedCells::appendBytes(QByteArrayView bytes)
{
    appendNumber(quint64(bytes.size()));
    m_packed.append(bytes);
}

QList<ReplacedCell> ReplacedCells::unpack(QByteArrayView packed, qint64 runId)
{
    qsizetype at = 0;
    const auto number = [&]() -> std::optional<quint64> {
        quint64 value = 0;
        for (int shift = 0; shift < 64 && at < packed.size(); shift += 7) {
            const auto byte = quint8(packed[at++]);
            value |= quint64(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        return std::nullopt;
    };
    const auto bytes = [&]() -> std::optional<QByteArray> {
        const std::optional<quint64> size = number();
        if (!size || *size > quint64(packed.size() - at))
            return std::nullopt;
        const QByteArray value = packed.sliced(at, qsizetype(*size)).toByteArray();
        at += qsizetype(*size);
        return value;
    };
    QList<ReplacedCell> cells;
    while (at < packed.size()) {
        const std::optional<quint64> leadId = number();
        std::optional<QByteArray> sqlName;
        std::optional<QByteArray> before;
        std::optional<QByteArray> written;
        if (!leadId || !(sqlName = bytes()) || !(before = bytes()) || !(written = bytes()))
            throw Error(QCoreApplication::translate("LeadSync::ColumnRunner",
                "What run %1 replaced cannot be read (byte %2 of %3): the workspace was changed "
                "outside LeadSync or is damaged.")
                            .arg(runId)
                            .arg(at)
                            .arg(packed.size()));
        cells.append({ qint64(*leadId), *sqlName, *before, *written });
    }
    return cells;
}

} // namespace LeadSync
