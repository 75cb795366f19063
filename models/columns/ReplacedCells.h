#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace LeadSync {

// A cell a run wrote: what it held before, and what the run wrote.
struct ReplacedCell
{
    qint64 leadId = 0;
    QByteArray sqlName;
    QByteArray before;
    QByteArray written;
};

// The cells a batch of a run wrote, packed into one value for a row of run_reverts: a row a cell cost
// the writer's thread a B-tree insert per cell. Packed by hand rather than as JSON or QDataStream:
// appending to one buffer costs next to nothing, and the values are any bytes, with no escaping.
// The format: for each cell, in the order written, the lead's id, then the column's SQL name, the
// value before and the value written, each as its length and its bytes; ids and lengths are unsigned
// LEB128 varints.
class ReplacedCells final
{
public:
    void append(qint64 leadId, QByteArrayView sqlName, QByteArrayView before, QByteArrayView written);
    bool isEmpty() const { return m_packed.isEmpty(); }
    const QByteArray& packed() const { return m_packed; }

    // The cells of packed, in the order they were written. Throws Error naming the run when the
    // bytes are not such a list (a file edited by hand, or damaged).
    static QList<ReplacedCell> unpack(QByteArrayView packed, qint64 runId);

private:
    void appendNumber(quint64 number);
    void appendBytes(QByteArrayView bytes);

    QByteArray m_packed;
};

} // namespace LeadSync
