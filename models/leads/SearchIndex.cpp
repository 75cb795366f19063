#include "SearchIndex.h"

#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

namespace LeadSync {

namespace {
constexpr qint64 kBatch = 50000;
constexpr char kKey[] = "fts_indexed_upto";
#define LEADSYNC_FTS_COLUMNS "first_name, last_name, email, company, title, notes"
} // namespace

SearchIndex::SearchIndex(Workspace& workspace)
    : m_workspace(workspace)
{ }

qint64 SearchIndex::indexedUpTo() const
{
    if (!m_indexedUpTo)
        m_indexedUpTo = m_workspace.metaValue(QString::fromLatin1(kKey)).toLongLong();
    return *m_indexedUpTo;
}

void SearchIndex::setIndexedUpTo(qint64 leadId)
{
    m_workspace.setMetaValue(QString::fromLatin1(kKey), QString::number(leadId));
    m_indexedUpTo = leadId;
}

qint64 SearchIndex::pendingCount() const
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT count(*) FROM leads WHERE id > ?"));
    query.bind(indexedUpTo());
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

bool SearchIndex::catchUp(const JobObserver& observer)
{
    m_indexedUpTo.reset(); // another connection may have moved the mark since this object read it
    const qint64 total = pendingCount();
    sqlite3* db = m_workspace.handle();
    SqliteStatement maxId(db, "SELECT COALESCE(MAX(id), 0) FROM leads");
    maxId.step();
    const qint64 last = maxId.columnInt(0);
    SqliteStatement insert(db,
        "INSERT INTO leads_fts (rowid, " LEADSYNC_FTS_COLUMNS ") SELECT id, " LEADSYNC_FTS_COLUMNS
        " FROM leads WHERE id > ?1 AND id <= ?2");
    SqliteStatement counted(db, "SELECT count(*) FROM leads WHERE id > ?1 AND id <= ?2");
    qint64 done = 0;
    for (qint64 from = indexedUpTo(); from < last; from += kBatch) {
        if (observer.isCancelled())
            return false;
        const qint64 to = std::min(from + kBatch, last);
        sqliteExec(db, "BEGIN IMMEDIATE");
        try {
            insert.bindInt(1, from);
            insert.bindInt(2, to);
            insert.step();
            insert.reset();
            setIndexedUpTo(to);
            sqliteExec(db, "COMMIT");
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        counted.bindInt(1, from);
        counted.bindInt(2, to);
        counted.step();
        done += counted.columnInt(0);
        counted.reset();
        observer.report(done, total);
        m_workspace.betweenTransactions();
    }
    return true;
}

bool SearchIndex::isIndexed(qint64 leadId) const
{
    return leadId <= indexedUpTo();
}

void SearchIndex::removeLead(qint64 leadId)
{
    execForLead(QStringLiteral("INSERT INTO leads_fts (leads_fts, rowid, " LEADSYNC_FTS_COLUMNS ") "
                               "SELECT 'delete', id, " LEADSYNC_FTS_COLUMNS " FROM leads WHERE id = ?"),
        leadId);
}

void SearchIndex::addLead(qint64 leadId)
{
    execForLead(QStringLiteral("INSERT INTO leads_fts (rowid, " LEADSYNC_FTS_COLUMNS ") "
                               "SELECT id, " LEADSYNC_FTS_COLUMNS " FROM leads WHERE id = ?"),
        leadId);
}

void SearchIndex::execForLead(const QString& sql, qint64 leadId)
{
    SqlQuery query(m_workspace.database(), sql);
    query.bind(leadId);
    query.exec();
}

void SearchIndex::prepareForInserts()
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM leads"));
    query.exec();
    query.next();
    const qint64 maxId = query.value(0).toLongLong();
    if (maxId < indexedUpTo())
        setIndexedUpTo(maxId);
}

bool SearchIndex::indexesColumn(const QString& sqlName)
{
    static const QStringList columns = QString::fromLatin1(LEADSYNC_FTS_COLUMNS).split(QStringLiteral(", "));
    return columns.contains(sqlName);
}

QString SearchIndex::matchExpression(const QString& userText)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    QStringList terms;
    for (QString word : userText.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*"));
    return terms.join(u' ');
}

} // namespace LeadSync
