#include "SendSchedule.h"

#include <algorithm>

namespace LeadSync {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
// A planner that cannot find a slot within this many moves has a window and caps that leave none.
constexpr int kMaxMoves = 10000;
// Each move of the schedule's search passes one send or one full day: enough for any real plan.
constexpr int kMaxSlotMoves = 10'000'000;
} // namespace

SendSchedule::SendSchedule(MailboxPace pace)
    : m_pace(std::move(pace))
{
    m_pace.gapMaxSeconds = std::max(m_pace.gapMinSeconds, m_pace.gapMaxSeconds);
}

void SendSchedule::add(const QDateTime& at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    m_sends.insert(std::upper_bound(m_sends.begin(), m_sends.end(), ms), ms);
}

qint64 SendSchedule::gapSeconds(quint64 seed) const
{
    const qint64 range = qint64(m_pace.gapMaxSeconds) - m_pace.gapMinSeconds;
    if (range <= 0)
        return m_pace.gapMinSeconds;
    // A fixed mix of the seed (splitmix64): the same message always gets the same gap, so a plan
    // computed twice (the app and a cron tick) agrees.
    quint64 z = seed + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return m_pace.gapMinSeconds + qint64(z % quint64(range + 1));
}

QDateTime SendSchedule::nextSlot(const QDateTime& earliest, quint64 seed) const
{
    const qint64 gap = gapSeconds(seed) * 1000;
    const qint64 from = earliest.toMSecsSinceEpoch();
    // Messages due at the same instant (an enrollment, a backlog) queue behind one another: the
    // search starts at the slot the last of them got. Without this, each one would walk again
    // through the sends planned for the ones before it (20,000 of them: 5.7 s instead of 0.1 s).
    qint64 at = std::max(from, m_lastSlot.value(from, from));
    for (int move = 0; move < kMaxSlotMoves; ++move) {
        // The gap to the sends on both sides: a message due now fits between sends made and planned
        // (a follow-up planned for next week does not hold up a first message due today).
        const auto after = std::lower_bound(m_sends.cbegin(), m_sends.cend(), at);
        if (after != m_sends.cbegin() && at < *std::prev(after) + gap) {
            at = *std::prev(after) + gap;
            continue;
        }
        if (after != m_sends.cend() && *after < at + gap) {
            at = *after + gap;
            continue;
        }
        // The hourly cap, over the 60 minutes that end with this send (sends at the same instant count).
        if (m_pace.hourlyCap > 0) {
            const auto first = std::upper_bound(m_sends.cbegin(), m_sends.cend(), at - kHourMs);
            const auto last = std::upper_bound(first, m_sends.cend(), at);
            if (std::distance(first, last) >= m_pace.hourlyCap) {
                at = *first + kHourMs;
                continue;
            }
        }
        // The daily cap, over the mailbox's local day.
        if (m_pace.dailyCap > 0) {
            const auto [dayStart, dayEnd] = dayAround(at);
            const auto first = std::lower_bound(m_sends.cbegin(), m_sends.cend(), dayStart);
            const auto last = std::lower_bound(first, m_sends.cend(), dayEnd);
            if (std::distance(first, last) >= m_pace.dailyCap) {
                at = dayEnd;
                continue;
            }
        }
        m_lastSlot.insert(from, at);
        return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    }
    return {};
}

// The mailbox's local day that holds `at`, as epoch ms [start, end); the last one is kept, as the
// planner asks about the same day many times in a row.
std::pair<qint64, qint64> SendSchedule::dayAround(qint64 at) const
{
    if (at < m_dayStart || at >= m_dayEnd) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toTimeZone(m_pace.zone).date();
        m_dayStart = localTime(day, QTime(0, 0), m_pace.zone).toMSecsSinceEpoch();
        m_dayEnd = localTime(day.addDays(1), QTime(0, 0), m_pace.zone).toMSecsSinceEpoch();
    }
    return { m_dayStart, m_dayEnd };
}

QDateTime planSend(const QDateTime& due, const SendingWindow& window, const QTimeZone& leadZone,
    const SendSchedule& schedule, quint64 seed)
{
    QDateTime at = due.toUTC();
    for (int move = 0; move < kMaxMoves; ++move) {
        const QDateTime open = window.nextOpen(at, leadZone);
        if (!open.isValid())
            return {};
        const QDateTime slot = schedule.nextSlot(open, seed);
        if (!slot.isValid() || slot == open)
            return slot;
        at = slot; // the mailbox pushed it on: inside the window again?
    }
    return {};
}

} // namespace LeadSync
