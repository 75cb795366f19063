#include "LeadWriter.h"

#include "Error.h"
#include "SearchIndex.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QSet>
#include <QSqlRecord>

#include <sqlite3.h>

namespace LeadSync {

namespace {
// The columns leads_fts indexes (see the schema): an edit of one of them re-indexes the lead.
const QSet<QString> kIndexedColumns = { QStringLiteral("first_name"), QStringLiteral("last_name"),
    QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("title"), QStringLiteral("notes") };
} // namespace

LeadWriter::LeadWriter(QString workspacePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
{ }

LeadWriter::~LeadWriter() = default;

void LeadWriter::inTransaction(const std::function<void()>& work)
{
    if (!m_workspace)
        m_workspace = std::make_unique<Workspace>(m_path);
    sqliteExec(m_workspace->handle(), "BEGIN IMMEDIATE");
    try {
        work();
        sqliteExec(m_workspace->handle(), "COMMIT");
    } catch (...) {
        sqlite3_exec(m_workspace->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void LeadWriter::insertLeads(const StoredLeads& leads)
{
    try {
        inTransaction([this, &leads] {
            SearchIndex search(*m_workspace);
            search.prepareForInserts();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (StoredLead& lead : *leads) {
                if (lead.columns.isEmpty()) { // a new, empty lead
                    SqlQuery insert(m_workspace->database(),
                        QStringLiteral("INSERT INTO leads (created_at, updated_at) VALUES (?, ?)"));
                    insert.bind(now);
                    insert.bind(now);
                    insert.exec();
                    lead.id = insert.lastInsertId().toLongLong();
                    continue;
                }
                // Column names were read from the table itself by deleteLeads(), never typed by a user.
                QStringList marks(lead.columns.size(), QStringLiteral("?"));
                SqlQuery insert(m_workspace->database(),
                    QStringLiteral("INSERT INTO leads (%1) VALUES (%2)")
                        .arg(lead.columns.join(u", "), marks.join(u", ")));
                for (const QVariant& value : lead.values)
                    insert.bind(value);
                insert.exec();
                if (search.isIndexed(lead.id))
                    search.addLead(lead.id);
            }
        });
        Q_EMIT leadsInserted(leads);
    } catch (const Error& error) {
        Q_EMIT leadsFailed(error.message());
    }
}

void LeadWriter::deleteLeads(const StoredLeads& leads)
{
    try {
        inTransaction([this, &leads] {
            SearchIndex search(*m_workspace);
            for (StoredLead& lead : *leads) {
                SqlQuery select(m_workspace->database(), QStringLiteral("SELECT * FROM leads WHERE id = ?"));
                select.bind(lead.id);
                select.exec();
                if (!select.next())
                    continue;
                lead.columns.clear();
                lead.values.clear();
                const QSqlRecord record = select.record();
                for (int i = 0; i < record.count(); ++i) {
                    lead.columns.append(record.fieldName(i));
                    lead.values.append(record.value(i));
                }
                if (search.isIndexed(lead.id))
                    search.removeLead(lead.id);
                SqlQuery remove(m_workspace->database(), QStringLiteral("DELETE FROM leads WHERE id = ?"));
                remove.bind(lead.id);
                remove.exec();
            }
        });
        Q_EMIT leadsDeleted(leads);
    } catch (const Error& error) {
        Q_EMIT leadsFailed(error.message());
    }
}

void LeadWriter::write(const LeadEdits& edits)
{
    try {
        inTransaction([this, &edits] {
            const ColumnList columns = m_workspace->columns();
            SearchIndex search(*m_workspace);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const LeadEdit& edit : edits) {
                // Only the table's columns are editable: not the id or the timestamps.
                if (std::none_of(columns.cbegin(), columns.cend(),
                        [&edit](const Column& column) { return column.sqlName == edit.sqlName; }))
                    throw Error(tr("There is no column \"%1\" to edit.").arg(edit.sqlName));
                const bool reindex = kIndexedColumns.contains(edit.sqlName) && search.isIndexed(edit.leadId);
                if (reindex)
                    search.removeLead(edit.leadId);
                // The column name comes from the columns table, never from user text.
                SqlQuery update(m_workspace->database(),
                    QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ?").arg(edit.sqlName));
                update.bind(edit.newValue.isNull() ? QStringLiteral("") : edit.newValue); // never NULL
                update.bind(now);
                update.bind(edit.leadId);
                update.exec();
                if (reindex)
                    search.addLead(edit.leadId);
            }
        });
        Q_EMIT written(edits);
    } catch (const Error& error) {
        Q_EMIT failed(edits, error.message());
    }
}

} // namespace LeadSync
