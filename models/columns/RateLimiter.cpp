#include "RateLimiter.h"

#include <QDateTime>

#include <QCoroTimer>

#include <chrono>

namespace LeadSync {

QCoro::Task<> RateLimiter::waitForTurn()
{
    if (m_perMinute <= 0)
        co_return;
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const qint64 start = std::max(now(), m_nextStartMs);
    m_nextStartMs = start + 60000 / m_perMinute;
    // A coarse timer may fire a little early: wait until the start has really come.
    while (start > now())
        co_await QCoro::sleepFor(std::chrono::milliseconds(start - now()));
}

} // namespace LeadSync
