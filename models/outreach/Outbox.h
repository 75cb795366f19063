#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace LeadSync {

class Workspace;

// One message of the outbox: to whom, from which sequence and step, when, and in what state.
struct OutboxEntry
{
    qint64 messageId = 0;
    qint64 leadId = 0;
    QString email;
    QString sequence;
    QString mailbox;
    int step = 0; // 0-based
    int variant = 0;
    QDateTime plannedAt; // null: no day of the window is left
    QDateTime sentAt;
    QString state; // see the messages table in 0005_outreach.sql
    QString reason;
    QString subject; // set once claimed
};

// What the outreach engine has planned, sent and left to the user, for the outbox of the desktop
// app, `leadsync-cli outreach queue` and the status bar. Reads only.
class Outbox final
{
public:
    explicit Outbox(Workspace& workspace);

    enum class Show {
        All, // every message, the next to go first
        Upcoming, // planned, retrying or being sent
        Attention, // failed, unknown or skipped: the user decides
        Sent, // the latest first
    };
    QList<OutboxEntry> list(Show show, qint64 limit) const;

    // A mailbox's day, counted in its own zone.
    struct MailboxDay
    {
        QString mailbox;
        qint64 sentToday = 0;
        int dailyCap = 0;
        qint64 dueToday = 0; // planned before the end of its day, in sequences not paused
        QDateTime nextSend; // null: nothing planned
    };
    QList<MailboxDay> today(const QDateTime& now) const;

    // A sequence's leads by the state of their enrollment, and its messages sent.
    struct SequenceCounts
    {
        qint64 active = 0;
        qint64 finished = 0;
        qint64 stopped = 0; // a reply, a bounce, an opt-out, a refused address; or removed
        qint64 sent = 0;
    };
    QHash<qint64, SequenceCounts> sequenceCounts() const; // by sequence id

private:
    Workspace& m_workspace;
};

} // namespace LeadSync
