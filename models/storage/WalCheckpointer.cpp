#include "WalCheckpointer.h"

#include <sqlite3.h>

namespace LeadSync {

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(path.toUtf8())
    , m_thread([this] { loop(); })
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_all();
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_requested && !m_busy; });
}

void WalCheckpointer::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_requested; });
        if (m_stopping)
            return; // a round left undone is the next connection's, or the last one's at its close
        m_requested = false;
        m_busy = true;
        lock.unlock();
        checkpoint();
        lock.lock();
        m_busy = false;
        m_wake.notify_all();
    }
}

void WalCheckpointer::checkpoint()
{
    sqlite3* db = nullptr;
    // No mutex of SQLite's own: the connection lives and dies on this thread.
    int rc = sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        // As the writer's connection: the log is synced before a checkpoint, the file after it.
        sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
        int logFrames = 0;
        int copied = 0;
        rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc == SQLITE_OK)
            m_checkpointed = copied;
    }
    sqlite3_close(db); // a no-op on null
    // Busy: another connection (another process's) was checkpointing; the next round goes on.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        m_failed = true;
}

} // namespace LeadSync
