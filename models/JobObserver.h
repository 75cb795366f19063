#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace LeadSync {

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

} // namespace LeadSync
