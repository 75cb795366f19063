#include "CellWriter.h"

#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

namespace LeadSync {

struct CellWriter::Statements
{
    SqlQuery read;
    SqlQuery update;
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
        const QString name = QString::fromLatin1(column.quoted());
        statements.reset(new Statements {
            SqlQuery(m_workspace.database(), QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(name)),
            SqlQuery(m_workspace.database(),
                QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ?").arg(name)),
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
    statements.read.bind(leadId);
    statements.read.exec();
    if (!statements.read.next())
        return Outcome::NoLead;
    const QString current = statements.read.value(0).toString();
    if (previous)
        *previous = current;
    if (expected && current != *expected)
        return Outcome::Conflict;
    if (current == value)
        return Outcome::Unchanged;
    const bool reindex = statements.indexed && m_search.isIndexed(leadId);
    if (reindex)
        m_search.removeLead(leadId);
    statements.update.bind(value.isNull() ? QStringLiteral("") : value); // lead columns are never NULL
    statements.update.bind(at);
    statements.update.bind(leadId);
    statements.update.exec();
    if (reindex)
        m_search.addLead(leadId);
    return Outcome::Written;
}

} // namespace LeadSync
