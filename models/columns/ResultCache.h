#pragma once

#include "CellComputer.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace LeadSync {

class SqlQuery;
class Workspace;

// The answers of AI and webhook columns, by request (exec_cache, keyed by CellRequest::cacheKey):
// the same request is answered from here instead of paid for again. Read on the runner's connection,
// stored by the result writer in its transaction.
class ResultCache final
{
public:
    explicit ResultCache(Workspace& workspace);
    ~ResultCache();
    ResultCache(const ResultCache&) = delete;
    ResultCache& operator=(const ResultCache&) = delete;

    struct Entry
    {
        QList<std::pair<QString, QString>> values;
        qint64 tokensIn = 0;
        qint64 tokensOut = 0;
    };
    std::optional<Entry> find(const QByteArray& key);
    // Keeps a done outcome's values and token counts under key.
    static void store(Workspace& workspace, const QByteArray& key, const CellOutcome& outcome, qint64 at);

private:
    Workspace& m_workspace;
    std::unique_ptr<SqlQuery> m_read; // prepared once: every cell asks
};

} // namespace LeadSync
