#pragma once

#include <QtGlobal>

#include <atomic>
#include <exception>
#include <functional>

namespace LeadSync {

// Thrown by work that stops because its observer was cancelled, to roll its transaction back; the
// work's entry point catches it and tells its caller that nothing changed.
struct JobCancelled final : std::exception
{ };

// How a long job (import, export, indexing) reports progress and learns it was cancelled.
// The job calls progress from its own thread; cancel is polled every few thousand rows.
struct JobObserver
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

// A job's progress in steps of its own choosing (bytes, leads, cells) toward a total known before it
// starts; after each advance a cancel throws JobCancelled, which the job's transaction rolls back.
class JobSteps final
{
public:
    explicit JobSteps(const JobObserver& observer, qint64 total = 0)
        : m_observer(observer)
        , m_total(total)
    { }
    void setTotal(qint64 total) { m_total = total; }
    // From here on the job goes to its end (what it committed already must not stay half done).
    void stopCancelling() { m_cancellable = false; }
    void advance(qint64 steps)
    {
        m_done += steps;
        m_observer.report(m_done, m_total);
        if (m_cancellable && m_observer.isCancelled())
            throw JobCancelled();
    }

private:
    const JobObserver& m_observer;
    qint64 m_total;
    qint64 m_done = 0;
    bool m_cancellable = true;
};

} // namespace LeadSync
