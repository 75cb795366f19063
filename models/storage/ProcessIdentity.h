#pragma once

#include <QtGlobal>

namespace LeadSync {

// A process as a lease names it: its PID and its start time. A PID alone is not enough, since the
// system hands it to another program once the process is gone; with the start time, a reused PID is
// told apart. Used to tell a run (or, next, a send batch) that is still going in another process
// from one that a process left behind when it died (kill -9, a power loss).
struct ProcessIdentity
{
    qint64 pid = 0;
    qint64 started = 0; // in clock ticks since boot (Linux /proc); 0 where it cannot be known

    static ProcessIdentity current();

    // Whether the process that had this identity still runs. Where start times cannot be read, a PID
    // that exists counts as alive when its heartbeat (epoch ms, 0: none) is recent; the lease holder
    // renews it every kHeartbeatMs.
    bool isAlive(qint64 heartbeatMs, qint64 nowMs) const;

    static constexpr qint64 kHeartbeatMs = 10000;
    static constexpr qint64 kHeartbeatTimeoutMs = 3 * kHeartbeatMs;
};

} // namespace LeadSync
