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
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw JobCancelled();
    }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace LeadSync
