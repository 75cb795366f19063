#include "Workspace.h"

#include "SqliteStatement.h"

#include "Error.h"
#include "leads/SearchIndex.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>
#include <mutex>
#include <thread>

namespace LeadSync {

namespace {

// Migrations are resources named NNNN_title.sql; migration N brings the schema to user_version N.
const char* const kMigrations[] = {
    ":/leadsync/migrations/0001_initial.sql",
    ":/leadsync/migrations/0002_campaigns_history_views.sql",
    ":/leadsync/migrations/0003_executable_columns.sql",
    ":/leadsync/migrations/0004_write_safety.sql",
    ":/leadsync/migrations/0005_outreach.sql",
    ":/leadsync/migrations/0006_oauth.sql",
    ":/leadsync/migrations/0007_replies.sql",
    ":/leadsync/migrations/0008_pipeline.sql",
    ":/leadsync/migrations/0009_search_index.sql",
    ":/leadsync/migrations/0010_search_index_without_sizes.sql",
    ":/leadsync/migrations/0011_search_index_without_positions.sql",
    ":/leadsync/migrations/0012_cell_states_by_lead.sql",
    ":/leadsync/migrations/0013_column_run_writes.sql",
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("leadsync-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Workspace::Workspace(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(uniqueConnectionName())
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(
            QCoreApplication::translate("LeadSync::Workspace", "Cannot create the folder of workspace %1.")
                .arg(m_path));
    if (info.exists() && !info.isFile())
        throw Error(
            QCoreApplication::translate("LeadSync::Workspace", "Workspace %1 is not a file.").arg(m_path));

    // Before the process's first connection (later, SQLite refuses and nothing changes): no memory
    // statistics. Kept, they put every allocation of every connection under one global mutex, which
    // the loader's, the writer's and a column run's threads then contend on: a template column over a
    // million leads took 4-8% longer. LeadSync never reads them.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        throw Error(QCoreApplication::translate("LeadSync::Workspace", "Cannot open workspace %1: %2")
                        .arg(m_path, db.lastError().text()));
    m_handle = *static_cast<sqlite3* const*>(db.driver()->handle().data());
    // A workspace may come from someone else: its contents must not be able to reach beyond it.
    // No ATTACH (a crafted name would otherwise write another file), defensive mode (no writable
    // schema, no direct writes to the index's shadow tables), and a double-quoted name that is not a
    // column is an error instead of a string.
    sqlite3_limit(m_handle, SQLITE_LIMIT_ATTACHED, 0);
    for (const int option : { SQLITE_DBCONFIG_DEFENSIVE, SQLITE_DBCONFIG_DQS_DML, SQLITE_DBCONFIG_DQS_DDL })
        sqlite3_db_config(m_handle, option, option == SQLITE_DBCONFIG_DEFENSIVE ? 1 : 0, nullptr);
    // Before anything touches the file: opening while another process writes (an import in its
    // rollback-journal mode holds it exclusively) waits for its next pause instead of failing.
    sqlite3_busy_handler(m_handle, &Workspace::onBusy, this);

    try {
        // 16 KiB pages (for a new file; an existing one keeps its size): a lead row is about 230 bytes,
        // and whole-table scans (export, counting, indexing) run about 15% faster than with 4 KiB pages,
        // for a small cost on single-row writes. See docs/decisions/0003-workspace-storage.md.
        sqliteExec(m_handle, "PRAGMA page_size = 16384");
        // A file that is not an SQLite database fails here, on its first read. While another
        // connection writes in rollback-journal mode (an import's bulk write), SQLite answers "busy"
        // at once rather than call the busy handler (waiting could deadlock): wait for its next pause.
        for (int attempt = 0;; ++attempt) {
            try {
                sqliteExec(m_handle, "PRAGMA journal_mode = WAL");
                break;
            } catch (const Error&) {
                if (sqlite3_errcode(m_handle) != SQLITE_BUSY || !onBusy(this, attempt))
                    throw;
            }
        }
        // NORMAL is durable against application crashes in WAL mode; only a power loss can lose the
        // last commit, which is the usual trade-off of desktop apps for bulk write speed.
        sqliteExec(m_handle, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON");
        SearchIndex::registerFunctions(m_handle);
        migrate();
    } catch (const Error& error) {
        throw Error(QCoreApplication::translate("LeadSync::Workspace", "Cannot open workspace %1: %2")
                        .arg(m_path, error.message()));
    }
}

Workspace::~Workspace()
{
    m_checkpointer.reset(); // its round, if one is under way, ends first
    m_cachedQueries.clear(); // the statements go before their connection
    m_cachedStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.leadsync");
}

int Workspace::schemaVersion()
{
    return int(std::size(kMigrations));
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Workspace::migrate()
{
    SqlQuery versionQuery(database(), QStringLiteral("PRAGMA user_version"));
    versionQuery.exec();
    versionQuery.next();
    const int version = versionQuery.value(0).toInt();
    versionQuery.finish(); // an active read would keep a migration from dropping a table
    if (version > schemaVersion())
        throw Error(QCoreApplication::translate(
            "LeadSync::Workspace", "it was written by a newer LeadSync (schema %1, this build knows %2)")
                        .arg(version)
                        .arg(schemaVersion()));
    for (int next = version + 1; next <= schemaVersion(); ++next) {
        QFile file(QString::fromLatin1(kMigrations[next - 1]));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(
                QCoreApplication::translate("LeadSync::Workspace", "migration %1 is missing").arg(next));
        // One transaction per migration: a failed migration leaves the previous version intact.
        sqliteExec(m_handle, "BEGIN IMMEDIATE");
        try {
            sqliteExecScript(m_handle, file.readAll());
            sqliteRun(m_handle, QByteArray("PRAGMA user_version = " + QByteArray::number(next)));
            sqliteExec(m_handle, "COMMIT");
        } catch (...) {
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

void Workspace::transact(const std::function<void()>& work)
{
    if (!sqlite3_get_autocommit(m_handle)) {
        // Inside the caller's transaction (the desktop app's writer runs every task in one): a
        // savepoint, so a failure undoes this part only and the caller's transaction goes on.
        sqliteExec(m_handle, "SAVEPOINT transact");
        try {
            work();
            sqliteExec(m_handle, "RELEASE transact");
        } catch (...) {
            sqlite3_exec(m_handle, "ROLLBACK TO transact; RELEASE transact", nullptr, nullptr, nullptr);
            throw;
        }
        return;
    }
    sqliteExec(m_handle, "BEGIN IMMEDIATE");
    try {
        work();
        sqliteExec(m_handle, "COMMIT");
    } catch (...) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

SqlQuery& Workspace::cachedQuery(const QString& sql)
{
    std::shared_ptr<SqlQuery>& query = m_cachedQueries[sql];
    if (!query)
        query = std::make_shared<SqlQuery>(database(), sql);
    return *query;
}

SqliteStatement& Workspace::cachedStatement(const QByteArray& sql)
{
    std::shared_ptr<SqliteStatement>& statement = m_cachedStatements[sql];
    if (!statement)
        statement = std::make_shared<SqliteStatement>(handle(), sql);
    statement->reset(); // a step that threw left it running
    return *statement;
}

void Workspace::betweenTransactions()
{
    if (m_betweenTransactions)
        m_betweenTransactions();
}

bool Workspace::beginBulkWrite()
{
    if (m_checkpointer)
        m_checkpointer->waitUntilIdle(); // its connection closed: this one may be the only one
    // No waiting for other connections: if there are any, the write simply stays in WAL mode.
    m_waitWhenBusy = false;
    const bool switched
        = sqlite3_exec(m_handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK
        && journalMode() == "delete";
    m_waitWhenBusy = true;
    return switched;
}

// Another connection (a thread of this process, or another process: the desktop app and the CLI from
// cron) holds the lock: wait and try again, 5 ms at first, doubling up to 30 ms, with jitter so two
// waiting writers do not wake in step, for up to kBusyWaitMs in all. Short steps, so a writer finds the
// pause an import makes between its batches (Importer: 60 ms every two seconds). SQLite's own
// busy_timeout gives up after the time set, 5 s here before; this waits as long as a writer may.
int Workspace::onBusy(void* self, int count)
{
    auto* workspace = static_cast<Workspace*>(self);
    if (!workspace->m_waitWhenBusy)
        return 0;
    if (count == 0)
        workspace->m_busySince.start();
    const qint64 step = std::min<qint64>(30, qint64(5) << std::min(count, 3));
    const auto delay = qint64(double(step) * (0.5 + QRandomGenerator::global()->generateDouble()));
    if (workspace->m_busySince.elapsed() + delay > kBusyWaitMs)
        return 0; // SQLITE_BUSY: the caller reports "the workspace is busy"
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    return 1;
}

void Workspace::checkpointInBackground()
{
    if (m_checkpointer)
        return;
    m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
    // Replaces SQLite's automatic checkpoint on this connection.
    sqlite3_wal_hook(m_handle, &Workspace::onWalCommit, this);
}

int Workspace::onWalCommit(void* self, sqlite3* db, const char* name, int frames)
{
    if (frames < kCheckpointFrames)
        return SQLITE_OK;
    WalCheckpointer& checkpointer = *static_cast<Workspace*>(self)->m_checkpointer;
    if (!checkpointer.failed())
        checkpointer.request();
    else
        sqlite3_wal_checkpoint(db, name); // as SQLite's own would, in this commit
    return SQLITE_OK;
}

void Workspace::endBulkWrite()
{
    sqliteExec(m_handle, "PRAGMA journal_mode = WAL");
}

QByteArray Workspace::journalMode() const
{
    SqliteStatement mode(m_handle, "PRAGMA journal_mode");
    mode.step();
    return mode.columnText(0).toByteArray().toLower();
}

QString Workspace::metaValue(const QString& key) const
{
    SqlQuery query(database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bind(key);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

void Workspace::setMetaValue(const QString& key, const QString& value)
{
    SqlQuery query(database(),
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(key);
    query.bind(value.isNull() ? QStringLiteral("") : value); // a null QString would bind as NULL
    query.exec();
}

} // namespace LeadSync
