#include "ResultCache.h"

#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LeadSync {

ResultCache::ResultCache(Workspace& workspace)
    : m_workspace(workspace)
{ }

ResultCache::~ResultCache() = default;

std::optional<ResultCache::Entry> ResultCache::find(const QByteArray& key)
{
    if (!m_read)
        m_read = std::make_unique<SqlQuery>(m_workspace.database(),
            QStringLiteral("SELECT outputs, tokens_in, tokens_out FROM exec_cache WHERE key = ?"));
    m_read->bind(key);
    m_read->exec();
    if (!m_read->next())
        return std::nullopt;
    Entry entry;
    const QJsonArray outputs = QJsonDocument::fromJson(m_read->value(0).toByteArray()).array();
    for (const QJsonValue& output : outputs)
        entry.values.append({ output.toArray().at(0).toString(), output.toArray().at(1).toString() });
    entry.tokensIn = m_read->value(1).toLongLong();
    entry.tokensOut = m_read->value(2).toLongLong();
    return entry;
}

void ResultCache::store(Workspace& workspace, const QByteArray& key, const CellOutcome& outcome, qint64 at)
{
    QJsonArray outputs;
    for (const auto& [sqlName, value] : outcome.values)
        outputs.append(QJsonArray { sqlName, value });
    SqlQuery insert(workspace.database(),
        QStringLiteral("INSERT OR REPLACE INTO exec_cache (key, outputs, tokens_in, tokens_out, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(key);
    insert.bind(QString::fromUtf8(QJsonDocument(outputs).toJson(QJsonDocument::Compact)));
    insert.bind(outcome.tokensIn);
    insert.bind(outcome.tokensOut);
    insert.bind(at);
    insert.exec();
}

} // namespace LeadSync
