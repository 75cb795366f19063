#include "LeadWriter.h"

#include "Error.h"
#include "leads/CellWriter.h"
#include "leads/ColumnStore.h"
#include "leads/LeadHistory.h"
#include "leads/SearchIndex.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QSqlField>

#include <sqlite3.h>

namespace LeadSync {

namespace {
// The tables whose rows belong to a lead (by lead_id), kept with a deleted lead so undo restores them.
const QString kRelatedTables[] = { QStringLiteral("lead_campaigns"), QStringLiteral("lead_events") };
} // namespace

LeadWriter::LeadWriter(Workspace& workspace)
    : m_workspace(workspace)
{ }

// Table and field names come from a record read from the workspace itself, never from user text.
void LeadWriter::insertRecord(const QString& table, const QSqlRecord& record)
{
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    const QStringList marks(record.count(), QStringLiteral("?"));
    SqlQuery insert(m_workspace.database(),
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u", "), marks.join(u", ")));
    for (int i = 0; i < record.count(); ++i)
        insert.bind(record.value(i));
    insert.exec();
}

void LeadWriter::insertLeads(const StoredLeads& leads)
{
    SearchIndex search(m_workspace);
    search.prepareForInserts();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (StoredLead& lead : *leads) {
        if (lead.lead.isEmpty()) { // a new, empty lead
            SqlQuery insert(m_workspace.database(),
                QStringLiteral("INSERT INTO leads (created_at, updated_at, source) VALUES (?, ?, 'manual')"));
            insert.bind(now);
            insert.bind(now);
            insert.exec();
            lead.id = insert.lastInsertId().toLongLong();
            continue;
        }
        insertRecord(QStringLiteral("leads"), lead.lead);
        for (const auto& [table, row] : lead.related)
            insertRecord(table, row);
        if (search.isIndexed(lead.id))
            search.addLead(lead.id);
    }
}

void LeadWriter::deleteLeads(const StoredLeads& leads)
{
    SearchIndex search(m_workspace);
    for (StoredLead& lead : *leads) {
        SqlQuery select(m_workspace.database(), QStringLiteral("SELECT * FROM leads WHERE id = ?"));
        select.bind(lead.id);
        select.exec();
        if (!select.next())
            continue;
        lead.lead = select.record();
        lead.related.clear();
        for (const QString& table : kRelatedTables) {
            SqlQuery rows(
                m_workspace.database(), QStringLiteral("SELECT * FROM %1 WHERE lead_id = ?").arg(table));
            rows.bind(lead.id);
            rows.exec();
            while (rows.next())
                lead.related.append({ table, rows.record() });
        }
        if (search.isIndexed(lead.id))
            search.removeLead(lead.id);
        // The related rows go with the lead (ON DELETE CASCADE).
        SqlQuery remove(m_workspace.database(), QStringLiteral("DELETE FROM leads WHERE id = ?"));
        remove.bind(lead.id);
        remove.exec();
    }
}

LeadEdits LeadWriter::write(const LeadEdits& edits)
{
    LeadEdits conflicts;
    const ColumnList columns = ColumnStore(m_workspace).list();
    CellWriter cells(m_workspace);
    LeadHistory history(m_workspace);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const LeadEdit& edit : edits) {
        // Only the table's columns are editable: not the id or the timestamps.
        if (std::none_of(columns.cbegin(), columns.cend(),
                [&edit](const Column& column) { return column.sqlName == edit.sqlName; }))
            throw Error(tr("There is no column \"%1\" to edit.").arg(edit.sqlName));
        QString previous;
        const CellWriter::Outcome outcome = cells.write(edit.leadId, SqlIdentifier::of(edit.sqlName),
            edit.newValue, now, edit.ifUnchanged ? std::optional(edit.oldValue) : std::nullopt, &previous);
        switch (outcome) {
        case CellWriter::Outcome::Written:
            history.record(edit.leadId, now, LeadEvent::Kind::Edited, edit.sqlName, previous, edit.newValue);
            break;
        case CellWriter::Outcome::Conflict:
            conflicts.append(edit);
            break;
        case CellWriter::Outcome::Unchanged:
        case CellWriter::Outcome::NoLead: // deleted meanwhile
            break;
        }
    }
    return conflicts;
}

} // namespace LeadSync
