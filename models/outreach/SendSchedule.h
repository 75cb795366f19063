#pragma once

#include "SendingWindow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace LeadSync {

// How fast a mailbox may send: a random gap between two sends (in [gapMinSeconds, gapMaxSeconds]),
// at most dailyCap a day (days in the mailbox's zone) and hourlyCap in any 60 minutes (0: no cap).
struct MailboxPace
{
    QTimeZone zone = QTimeZone::utc();
    int dailyCap = 0;
    int hourlyCap = 0;
    int gapMinSeconds = 0;
    int gapMaxSeconds = 0;
};

// The sends of one mailbox, made and planned, and where one more fits: the gap away from the sends
// on both sides, and under the caps. The planner asks it for every message in the order they are due, so the
// mailbox sends them in that order, and a backlog (after a sleep, or a large enrollment) is spread
// out instead of sent in a burst.
class SendSchedule final
{
public:
    explicit SendSchedule(MailboxPace pace);

    const MailboxPace& pace() const { return m_pace; }
    // A send made or planned at `at`.
    void add(const QDateTime& at);
    // The gap before a message's send: in the pace's range, the same for the same seed (the message).
    qint64 gapSeconds(quint64 seed) const;
    // The earliest instant at or after `earliest`, seed's gap away from the sends before and after
    // it, that stays under both caps.
    QDateTime nextSlot(const QDateTime& earliest, quint64 seed) const;

private:
    std::pair<qint64, qint64> dayAround(qint64 at) const;

    MailboxPace m_pace;
    QList<qint64> m_sends; // epoch ms, sorted
    mutable QHash<qint64, qint64> m_lastSlot; // earliest asked -> the slot it got last (sends only grow)
    mutable qint64 m_dayStart = 1;
    mutable qint64 m_dayEnd = 0;
};

// When a message may go out: the earliest instant at or after `due` that is inside the lead's window
// (in the lead's zone) and free in the mailbox's schedule. Null when the window has no day.
QDateTime planSend(const QDateTime& due, const SendingWindow& window, const QTimeZone& leadZone,
    const SendSchedule& schedule, quint64 seed);

} // namespace LeadSync
