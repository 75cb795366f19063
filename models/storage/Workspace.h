#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace LeadSync {
class SqlQuery;
class SqliteStatement;
class WalCheckpointer;
} // namespace LeadSync

namespace LeadSync {

// One connection to a workspace file: an SQLite database in WAL mode holding the leads, their
// columns and the import history. Opening creates the file if needed and applies the numbered
// migrations from resources (PRAGMA user_version). A Workspace belongs to the thread that opened it;
// a worker opens its own Workspace on the same path.
class Workspace final
{
public:
    // Opens (and creates or migrates) the workspace at path. Throws Error naming the file.
    explicit Workspace(const QString& path);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // The workspace used when none is given: <AppDataLocation>/workspace.leadsync.
    static QString defaultPath();
    // The schema version this build creates and understands.
    static int schemaVersion();

    const QString& path() const { return m_path; }
    QSqlDatabase database() const;
    // The native handle for the bulk paths; owned by the QSqlDatabase connection.
    sqlite3* handle() const { return m_handle; }

    // Bulk writes (an import) write each page once instead of twice (into the WAL, then into the file)
    // when the workspace briefly leaves WAL for a rollback journal, which is still atomic: a crash
    // leaves a hot journal that the next open rolls back. SQLite allows that switch only while this
    // is the workspace's only connection; otherwise the write stays in WAL mode, slower but concurrent.
    // Returns whether the switch happened; endBulkWrite() goes back to WAL. Outside a transaction only.
    bool beginBulkWrite();
    void endBulkWrite();

    // For the workspace's writer (WorkspaceWriter): from now on, the write-ahead log is copied back
    // into the file by a WalCheckpointer on its own thread, woken after each commit that leaves the
    // log at kCheckpointFrames or more, instead of inside that commit on this connection's thread.
    void checkpointInBackground();
    // The background checkpointer, once started.
    WalCheckpointer* checkpointer() const { return m_checkpointer.get(); }
    // SQLite's default for its automatic checkpoint: 1000 pages, 16 MiB of log here.
    static constexpr int kCheckpointFrames = 1000;

    // Runs work in one write transaction (BEGIN IMMEDIATE), rolled back when it throws; inside a
    // transaction already, in a savepoint rolled back when it throws.
    void transact(const std::function<void()>& work);

    // A long writer (an import, indexing) calls this between two of its transactions, outside any:
    // the writes queued meanwhile for this workspace in this process run then (see WorkspaceWriter).
    void betweenTransactions();
    void setBetweenTransactions(std::function<void()> hook) { m_betweenTransactions = std::move(hook); }

    // A statement prepared once on this connection and kept: use it through CachedQuery.
    SqlQuery& cachedQuery(const QString& sql);
    // The same with the SQLite C API, for the hottest paths (history events, the opt-out check); reset
    // it after use.
    SqliteStatement& cachedStatement(const QByteArray& sql);

    QString metaValue(const QString& key) const;
    void setMetaValue(const QString& key, const QString& value);

    // "wal", or "delete" during a bulk write.
    QByteArray journalMode() const;

    // How long a write waits for another connection's lock before it fails (see onBusy()).
    static constexpr qint64 kBusyWaitMs = 60000;

private:
    void migrate();
    static int onBusy(void* self, int count);
    static int onWalCommit(void* self, sqlite3* db, const char* name, int frames);

    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
    bool m_waitWhenBusy = true;
    QElapsedTimer m_busySince;
    std::function<void()> m_betweenTransactions;
    QHash<QString, std::shared_ptr<SqlQuery>> m_cachedQueries;
    QHash<QByteArray, std::shared_ptr<SqliteStatement>> m_cachedStatements;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // stopped before the connection closes
};

} // namespace LeadSync
