#pragma once

#include <QtGlobal>

#include <QCoroTask>

namespace LeadSync {

// A column's `rate`: requests spaced evenly at most perMinute a minute (0: no limit), counted over
// every worker of a run and every request a cell makes, retries and redirects included (a provider's
// per-minute limit counts them all). Each turn is booked when asked, so waiting workers go in order.
// Used on one thread.
class RateLimiter final
{
public:
    explicit RateLimiter(int perMinute = 0)
        : m_perMinute(perMinute)
    { }

    // Returns when the next request may start.
    QCoro::Task<> waitForTurn();

private:
    int m_perMinute;
    qint64 m_nextStartMs = 0;
};

} // namespace LeadSync
