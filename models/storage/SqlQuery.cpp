#include "SqlQuery.h"
#include "Workspace.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace LeadSync {

namespace {
Error queryError(const QSqlQuery& query)
{
    return Error(QCoreApplication::translate("LeadSync::SqlQuery", "Database error: %1 (in: %2)")
                     .arg(query.lastError().text(), query.lastQuery().left(120)));
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw queryError(m_query);
}

void SqlQuery::exec()
{
    if (!m_query.exec())
        throw queryError(m_query);
}

CachedQuery::CachedQuery(Workspace& workspace, const QString& sql)
    : m_query(workspace.cachedQuery(sql))
{ }

} // namespace LeadSync
