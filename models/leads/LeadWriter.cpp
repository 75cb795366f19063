#include "LeadWriter.h"

#include "Error.h"
#include "SearchIndex.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QSet>

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

void LeadWriter::write(const LeadEdits& edits)
{
    try {
        if (!m_workspace)
            m_workspace = std::make_unique<Workspace>(m_path);
        const ColumnList columns = m_workspace->columns();
        sqliteExec(m_workspace->handle(), "BEGIN IMMEDIATE");
        try {
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
            sqliteExec(m_workspace->handle(), "COMMIT");
        } catch (...) {
            sqlite3_exec(m_workspace->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        Q_EMIT written(edits);
    } catch (const Error& error) {
        Q_EMIT failed(edits, error.message());
    }
}

} // namespace LeadSync
