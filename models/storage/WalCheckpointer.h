#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace LeadSync {

// Copies a workspace's write-ahead log back into its file on a thread of its own, for the writer's
// connection (Workspace::checkpointInBackground). SQLite's automatic checkpoint runs inside the commit
// that fills the log past 1000 pages, on the committing thread: in a long write (a column run over a
// million leads) that was a second of the writer's five, the writer being the run's bound while the
// thread computing the cells waited on it. Here the writer only wakes this thread, which checkpoints
// on a connection of its own while the writer goes on: SQLite lets a checkpoint run beside a writer.
//
// Passive checkpoints only: one never waits on a reader or the writer, it copies what no reader
// still needs and leaves the rest for the next. Its connection is opened for each round and closed
// after, so that none is left open when the writer wants the file alone (Workspace::beginBulkWrite).
// See docs/decisions/0019-scale.md, "Column runs".
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(QString path);
    // Finishes the round under way, if any, and ends the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Asks for a round; returns at once. Requests made during a round bring one more round.
    void request();
    // Waits until no round is asked for or under way: its connection is closed then.
    void waitUntilIdle();
    // Whether a round failed other than by meeting another checkpoint (the file cannot be opened):
    // the writer then checkpoints on its own connection, as SQLite would, so the log cannot grow
    // without end.
    bool failed() const { return m_failed; }
    // How many of the log's frames the file held after the last round (SQLite's count: those copied
    // by earlier rounds too, until the writer starts the log over).
    int checkpointedFrames() const { return m_checkpointed; }

private:
    void loop();
    void checkpoint();

    const QByteArray m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_busy = false;
    bool m_stopping = false;
    std::atomic_bool m_failed = false;
    std::atomic_int m_checkpointed = 0;
    std::thread m_thread;
};

} // namespace LeadSync
