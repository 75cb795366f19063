#include "CellWriter.h"

#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <sqlite3.h>

namespace LeadSync {

// The C API rather than QSqlQuery: a column run writes a million cells through here.
struct CellWriter::Statements
{
    SqliteStatement read;
    SqliteStatement update;
    SqliteStatement swap;
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
            // Compared as the bytes of their text, as write() compares them: not by the column's
            // affinity or collation.
            SqliteStatement(m_workspace.handle(),
                QByteArray("UPDATE leads SET " + name + " = ?1, updated_at = ?2 WHERE id = ?3 AND CAST("
                    + name + " AS BLOB) = CAST(?4 AS BLOB) AND CAST(" + name
                    + " AS BLOB) <> CAST(?1 AS BLOB)")),
            SearchIndex::indexesColumn(column.name()),
        });
    }
    return *statements;
}

CellWriter::Outcome CellWriter::write(qint64 leadId, const SqlIdentifier& column, const QString& value,
    qint64 at, const std::optional<QString>& expected, QString* previous)
{
    QByteArray held;
    const Outcome outcome = writeUtf8(leadId, column, value.toUtf8(), at,
        expected ? std::optional(expected->toUtf8()) : std::nullopt, previous ? &held : nullptr);
    if (previous)
        *previous = QString::fromUtf8(held);
    return outcome;
}

CellWriter::Outcome CellWriter::writeUtf8(qint64 leadId, const SqlIdentifier& column, const QByteArray& text,
    qint64 at, const std::optional<QByteArray>& expected, QByteArray* previous)
{
    Statements& statements = statementsFor(column);
    if (expected && !statements.indexed) {
        // The usual case of a column run, in one statement: written when the cell still holds what
        // the run read, and something else. Otherwise (no such lead, an edit, the same value) the
        // read below tells which. A column in the search index is taken out of it first, so it goes
        // the long way.
        statements.swap.bindText(1, text);
        statements.swap.bindInt(2, at);
        statements.swap.bindInt(3, leadId);
        statements.swap.bindText(4, *expected);
        statements.swap.step();
        statements.swap.reset();
        if (sqlite3_changes(m_workspace.handle()) == 1) {
            if (previous)
                *previous = *expected;
            return Outcome::Written;
        }
    }
    // Read and write in the caller's write transaction: nothing can come in between.
    statements.read.bindInt(1, leadId);
    const bool found = statements.read.step();
    const QByteArray current = found ? statements.read.columnText(0).toByteArray() : QByteArray();
    statements.read.reset();
    if (!found)
        return Outcome::NoLead;
    if (previous)
        *previous = current;
    if (expected && current != *expected)
        return Outcome::Conflict;
    if (current == text)
        return Outcome::Unchanged;
    const bool reindex = statements.indexed && m_search.isIndexed(leadId);
    if (reindex)
        m_search.removeLead(leadId);
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
