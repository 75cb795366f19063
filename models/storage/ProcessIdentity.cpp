#include "ProcessIdentity.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace LeadSync {

namespace {

// Field 22 of /proc/PID/stat, the start time in ticks since boot; 0 when there is no such process
// or no /proc. The second field (the command) may hold spaces and parentheses: fields are counted
// from its closing parenthesis.
qint64 startTimeOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = text.mid(close + 2).split(' '); // from field 3, the state
    return fields.size() > 19 ? fields[19].toLongLong() : 0;
}

} // namespace

ProcessIdentity ProcessIdentity::current()
{
    const qint64 pid = ::getpid();
    return { pid, startTimeOf(pid) };
}

bool ProcessIdentity::isAlive(qint64 heartbeatMs, qint64 nowMs) const
{
    if (pid <= 0)
        return false;
    if (started != 0) {
        const qint64 now = startTimeOf(pid);
        if (now != 0 || QFile::exists(QStringLiteral("/proc/self/stat")))
            return now == started; // /proc answers: the same process, or gone
    }
    // No start times here: the PID must exist (EPERM: it does, owned by someone else), and the
    // heartbeat be recent.
    const bool exists = ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
    return exists && heartbeatMs > 0 && nowMs - heartbeatMs < kHeartbeatTimeoutMs;
}

} // namespace LeadSync
