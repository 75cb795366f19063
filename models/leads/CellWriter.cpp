#include "CellWriter.h"

#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

namespace LeadSync {

// The C API rather than QSqlQuery: a column run writes a million cells through here.
struct CellWriter::Statements
{
    SqliteStatement read;
    SqliteStatement update;
    bool indexed = false;
};

CellWriter::CellWriter(Workspace& workspace)
    : m_workspace(workspace)
    , m_search(workspace)
{ }

CellWriter::~CellWriter() = default;

CellWriter::Statements& CellWriter::statementsFor(const SqlIdentifier& column)
{
    std::unique_ptr<Statements>& statements = m_statements[column.name()];
    if (!statements) {
        const QByteArray name = column.quoted();
        statements.reset(new Statements {
            SqliteStatement(m_workspace.handle(), QByteArray("SELECT " + name + " FROM leads WHERE id = ?")),
            SqliteStatement(m_workspace.handle(),
                QByteArray("UPDATE leads SET " + name + " = ?1, updated_at = ?2 WHERE id = ?3")),
            SearchIndex::indexesColumn(column.name()),
        });
    }
    return *statements;
}

CellWriter::Outcome CellWriter::write(qint64 leadId, const SqlIdentifier& column, const QString& value,
    qint64 at, const std::optional<QString>& expected, QString* previous)
{
    Statements& statements = statementsFor(column);
    // Read and write in the caller's write transaction: nothing can come in between.
    statements.read.bindInt(1, leadId);
    const bool found = statements.read.step();
    const QString current = found ? QString::fromUtf8(statements.read.columnText(0)) : QString();
    statements.read.reset();
    if (!found)
        return Outcome::NoLead;
    if (previous)
        *previous = current;
    if (expected && current != *expected)
        return Outcome::Conflict;
    if (current == value)
        return Outcome::Unchanged;
    const bool reindex = statements.indexed && m_search.isIndexed(leadId);
    if (reindex)
        m_search.removeLead(leadId);
    const QByteArray text = value.toUtf8();
    statements.update.bindText(1, text); // an empty view binds '': lead columns are never NULL
    statements.update.bindInt(2, at);
    statements.update.bindInt(3, leadId);
    statements.update.step();
    statements.update.reset();
    if (reindex)
        m_search.addLead(leadId);
    return Outcome::Written;
}

} // namespace LeadSync
