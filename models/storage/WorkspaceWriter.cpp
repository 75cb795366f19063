#include "WorkspaceWriter.h"

#include "Error.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QPromise>

#include <future>

namespace LeadSync {

namespace {

QString messageOf(const std::exception_ptr& error)
{
    try {
        std::rethrow_exception(error);
    } catch (const Error& known) {
        return known.message();
    } catch (const std::exception& other) {
        return QString::fromLocal8Bit(other.what());
    } catch (...) {
        return QCoreApplication::translate(
            "LeadSync::WorkspaceWriter", "An unknown error stopped the write.");
    }
}

// The writers whose last holder let go, still writing their queues; deleted once ended.
struct Retired
{
    std::mutex mutex;
    std::vector<WorkspaceWriter*> writers;

    // Deletes the writers that have ended (or all, waiting for each, when wait).
    void sweep(bool wait);
    // At exit, a writer still writing is waited for rather than cut off.
    ~Retired() { sweep(true); }
};

Retired& retired()
{
    static Retired list;
    return list;
}

} // namespace

std::shared_ptr<WorkspaceWriter> WorkspaceWriter::of(const QString& path)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<WorkspaceWriter>> writers;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    const QString key = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    const std::lock_guard lock(mutex);
    std::shared_ptr<WorkspaceWriter> writer = writers.value(key).lock();
    if (!writer) {
        writer = std::shared_ptr<WorkspaceWriter>(
            new WorkspaceWriter(key), [](WorkspaceWriter* last) { last->retire(); });
        writers.insert(key, writer);
    }
    return writer;
}

void WorkspaceWriter::retire()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    Retired& list = retired();
    list.sweep(false);
    const std::lock_guard lock(list.mutex);
    list.writers.push_back(this);
}

void Retired::sweep(bool wait)
{
    std::vector<WorkspaceWriter*> done;
    {
        const std::lock_guard lock(mutex);
        const auto ended = std::partition(writers.begin(), writers.end(),
            [wait](const WorkspaceWriter* writer) { return !wait && !writer->hasEnded(); });
        done.assign(ended, writers.end());
        writers.erase(ended, writers.end());
    }
    for (WorkspaceWriter* writer : done)
        delete writer; // joins its thread, which has ended or is finishing its queue
}

void WorkspaceWriter::waitForRetired()
{
    retired().sweep(true);
}

WorkspaceWriter::WorkspaceWriter(QString path)
    : m_path(std::move(path))
    , m_thread([this] { loop(); })
{ }

WorkspaceWriter::~WorkspaceWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    // The last holder lets go on its own thread, never inside a write (writes hold no writer).
    Q_ASSERT(std::this_thread::get_id() != m_thread.get_id());
    m_thread.join();
}

void WorkspaceWriter::enqueue(Task task)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void WorkspaceWriter::post(Write write, QObject* context, Done done)
{
    // The watcher belongs to context: gone with it, it no longer hears of the write (QFutureWatcher
    // is what makes that safe across threads).
    auto* watcher = new QFutureWatcher<void>(context);
    auto error = std::make_shared<QString>();
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, watcher, [watcher, error, done = std::move(done)] {
            watcher->deleteLater();
            if (done)
                done(*error);
        });
    auto promise = std::make_shared<QPromise<void>>();
    watcher->setFuture(promise->future());
    promise->start();
    enqueue({ std::move(write), false, [promise, error](const std::exception_ptr& failure) {
                 if (failure)
                     *error = messageOf(failure);
                 promise->finish();
             } });
}

std::future<void> WorkspaceWriter::queue(Write write, bool isLong)
{
    Q_ASSERT(std::this_thread::get_id() != m_thread.get_id());
    auto promise = std::make_shared<std::promise<void>>();
    std::future<void> done = promise->get_future();
    enqueue({ std::move(write), isLong, [promise](const std::exception_ptr& failure) {
                 if (failure)
                     promise->set_exception(failure);
                 else
                     promise->set_value();
             } });
    return done;
}

void WorkspaceWriter::run(const Write& write)
{
    queue(write, false).get();
}

std::future<void> WorkspaceWriter::submit(Write write)
{
    return queue(std::move(write), false);
}

void WorkspaceWriter::runLong(const Write& write)
{
    queue(write, true).get();
}

void WorkspaceWriter::loop()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and everything queued is written
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        execute(task);
    }
    m_workspace.reset(); // the connection closes on the thread that opened it
    m_ended = true;
}

void WorkspaceWriter::execute(Task& task)
{
    std::exception_ptr failure;
    try {
        if (!m_workspace) {
            m_workspace = std::make_unique<Workspace>(m_path);
            m_workspace->setBetweenTransactions([this] { runQueuedShortWrites(); });
            m_workspace->checkpointInBackground();
        }
        Workspace& workspace = *m_workspace;
        if (task.isLong)
            task.write(workspace);
        else
            workspace.transact([&task, &workspace] { task.write(workspace); });
    } catch (...) {
        failure = std::current_exception();
    }
    task.finish(failure);
}

void WorkspaceWriter::runQueuedShortWrites()
{
    if (m_inShortWrites)
        return;
    m_inShortWrites = true;
    for (;;) {
        Task task;
        {
            const std::lock_guard lock(m_mutex);
            const auto found = std::find_if(
                m_queue.begin(), m_queue.end(), [](const Task& queued) { return !queued.isLong; });
            if (found == m_queue.end())
                break;
            task = std::move(*found);
            m_queue.erase(found);
        }
        execute(task);
    }
    m_inShortWrites = false;
}

} // namespace LeadSync
