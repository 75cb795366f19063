#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace LeadSync {

// QSqlQuery that prepares on construction and throws Error on failure, so callers read as
// straight-line code and a failed statement can never be mistaken for an empty result.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    void bind(const QVariant& value) { m_query.addBindValue(value); }
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlRecord record() const { return m_query.record(); }
    // Ends a read before its last row (keeping the statement prepared): an unfinished read holds its
    // snapshot, and a write on the same connection after another process's commit would then fail.
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
};

class Workspace;

// A statement prepared once per connection and kept by it (Workspace::cachedQuery), for the hot paths
// that run the same statements for every lead or message. Finished when this object goes, so a read
// never holds its snapshot into the next write. Two at once must not share one statement.
class CachedQuery final
{
public:
    CachedQuery(Workspace& workspace, const QString& sql);
    ~CachedQuery() { m_query.finish(); }
    CachedQuery(const CachedQuery&) = delete;
    CachedQuery& operator=(const CachedQuery&) = delete;

    SqlQuery* operator->() const { return &m_query; }

private:
    SqlQuery& m_query;
};

} // namespace LeadSync
