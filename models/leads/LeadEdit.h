#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <memory>

namespace LeadSync {

// One change of one lead's field: what it was and what it becomes. A list of them is one user action
// (an edit in a cell, a bulk edit over a selection), undone and redone as a whole.
struct LeadEdit
{
    qint64 leadId = 0;
    QString sqlName;
    QString oldValue;
    QString newValue;
    // Write only if the cell still holds oldValue (compare-and-set). A new edit is the user's latest
    // word and overwrites; an undo or redo must not overwrite what was written since (by a column
    // run, another window, the CLI), so those are conditional.
    bool ifUnchanged = false;

    friend bool operator==(const LeadEdit&, const LeadEdit&) = default;
};

using LeadEdits = QList<LeadEdit>;

// The same edits the other way round (for undo), each conditional on the value the edit wrote.
inline LeadEdits reversed(const LeadEdits& edits)
{
    LeadEdits result;
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        result.append({ it->leadId, it->sqlName, it->newValue, it->oldValue, true });
    return result;
}

// A whole lead as stored, for adding and deleting with exact undo: the writer fills in the id of a
// new lead, and before deleting a lead every column of it (timestamps and import source included)
// and the rows that belong to it (campaign memberships, history), so putting it back restores it as
// it was. Shared between an undo command and the writer thread, which alone reads and writes it, in
// the order the commands were given.
struct StoredLead
{
    qint64 id = 0; // 0: a new lead, the id is assigned on insert
    QSqlRecord lead; // empty: a new, empty lead
    QList<std::pair<QString, QSqlRecord>> related; // (table, row)
};

using StoredLeads = std::shared_ptr<QList<StoredLead>>;

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::LeadEdits)
Q_DECLARE_METATYPE(LeadSync::StoredLeads)
