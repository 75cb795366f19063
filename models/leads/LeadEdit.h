#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadSync {

// One change of one lead's field: what it was and what it becomes. A list of them is one user action
// (an edit in a cell, a bulk edit over a selection), undone and redone as a whole.
struct LeadEdit
{
    qint64 leadId = 0;
    QString sqlName;
    QString oldValue;
    QString newValue;
};

using LeadEdits = QList<LeadEdit>;

// The same edits the other way round (for undo).
inline LeadEdits reversed(const LeadEdits& edits)
{
    LeadEdits result;
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        result.append({ it->leadId, it->sqlName, it->newValue, it->oldValue });
    return result;
}

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::LeadEdits)
