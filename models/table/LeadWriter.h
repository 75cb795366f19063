#pragma once

#include "leads/LeadEdit.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace LeadSync {

class Workspace;

// The table's changes to whole leads and cells: the user's edits, undo and redo, new and deleted
// leads, keeping the history and the full-text index in step. It runs on the workspace's writer
// (WorkspaceWriter), inside the transaction of the write it is part of; throws Error.
class LeadWriter final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::LeadWriter)

public:
    explicit LeadWriter(Workspace& workspace);

    // Writes the edits; returns the conditional ones (undo, redo) left undone because their cell had
    // changed since.
    LeadEdits write(const LeadEdits& edits);
    // Inserts the leads (with their stored id and columns, or as new empty leads, whose id it sets).
    void insertLeads(const StoredLeads& leads);
    // Deletes the leads, keeping every column of each, and its related rows, in `leads` first.
    void deleteLeads(const StoredLeads& leads);

private:
    void insertRecord(const QString& table, const QSqlRecord& record);

    Workspace& m_workspace;
};

} // namespace LeadSync
