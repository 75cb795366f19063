#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace LeadSync {

class Workspace;

// The one writer of a workspace in this process: every write (the user's edits and undo, imports,
// column results and run history, campaign and view changes, the search index's catch-up) runs on
// its thread and connection, one after another in the order given. Nothing in the process then waits
// on SQLite's lock for another of its own connections, and no write can fail with "database is
// locked" because a sibling holds the file.
//
// A short write runs in one transaction. A long write (an import, indexing) commits in batches and
// calls Workspace::betweenTransactions() between two, where the short writes queued meanwhile run:
// an edit made during a million-row import waits for the end of the current batch (about two
// seconds at most), not for the import. Long writes run one after another.
//
// Between processes (the desktop app and a CLI from cron), writes still meet SQLite's lock; they
// wait and retry there (Workspace::onBusy) and a long writer pauses between batches.
// See docs/decisions/0013-one-writer.md.
class WorkspaceWriter final
{
public:
    using Write = std::function<void(Workspace&)>;
    using Done = std::function<void(const QString& error)>;

    // The writer of the workspace at path, shared by everyone in this process who writes it. It opens
    // its connection on its first write. When the last holder lets it go, it retires: it writes what
    // was queued and ends on its own thread, and the holder does not wait (the GUI thread never
    // does). A writer of the same path asked for meanwhile is a new one, queued behind the SQLite
    // lock like any other connection.
    static std::shared_ptr<WorkspaceWriter> of(const QString& path);
    // Waits until every retired writer has written its queue and ended: at exit, so that no write
    // is cut off.
    static void waitForRetired();

    ~WorkspaceWriter();
    WorkspaceWriter(const WorkspaceWriter&) = delete;
    WorkspaceWriter& operator=(const WorkspaceWriter&) = delete;

    const QString& path() const { return m_path; }
    // Whether a retired writer has written its queue and ended.
    bool hasEnded() const { return m_ended; }

    // Queues write (one transaction, rolled back when it throws Error) and returns at once. Then done
    // runs on context's thread with the error message, empty on success, unless context is gone by
    // then. Called on context's thread.
    void post(Write write, QObject* context, Done done);
    // Queues write (one transaction) and waits for it; rethrows its Error. Not on the writer's thread.
    void run(const Write& write);
    // Queues write (one transaction) and returns at once; the future's get() waits for it and rethrows
    // its Error. For a worker thread that goes on computing while its last results are written.
    std::future<void> submit(Write write);
    // Queues a long write, which manages its own transactions, and waits for it; rethrows its Error.
    void runLong(const Write& write);

private:
    explicit WorkspaceWriter(QString path);
    // The last holder let go: stop taking writes, finish the queue, and be deleted later.
    void retire();

    struct Task
    {
        Write write;
        bool isLong = false;
        std::function<void(std::exception_ptr)> finish;
    };

    void enqueue(Task task);
    std::future<void> queue(Write write, bool isLong);
    void loop();
    void execute(Task& task);
    // On the writer's thread, inside a long write: runs the short writes queued so far.
    void runQueuedShortWrites();

    QString m_path;
    std::unique_ptr<Workspace> m_workspace; // the writer's thread only
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false;
    bool m_inShortWrites = false; // the writer's thread only
    std::atomic_bool m_ended = false; // the thread has written its queue and closed its connection
    std::thread m_thread;
};

} // namespace LeadSync
