#include "Outbox.h"

#include "Mailbox.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

namespace LeadSync {

namespace {
QDateTime utcOrNull(const QVariant& ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}
} // namespace

Outbox::Outbox(Workspace& workspace)
    : m_workspace(workspace)
{ }

QList<OutboxEntry> Outbox::list(Show show, qint64 limit) const
{
    QString where;
    QString order = QStringLiteral("m.planned_at IS NULL, m.planned_at, m.id");
    switch (show) {
    case Show::All:
        break;
    case Show::Upcoming:
        where = QStringLiteral("WHERE m.state IN ('planned', 'retry', 'claimed')");
        break;
    case Show::Attention:
        where = QStringLiteral("WHERE m.state IN ('failed', 'unknown', 'skipped')");
        order = QStringLiteral("m.id DESC");
        break;
    case Show::Sent:
        where = QStringLiteral("WHERE m.state = 'sent'");
        order = QStringLiteral("m.sent_at DESC, m.id DESC");
        break;
    }
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT m.id, e.lead_id, l.email, s.name, b.name, m.step, m.variant, m.planned_at, "
                       "m.sent_at, m.state, m.reason, m.subject FROM messages m JOIN enrollments e ON e.id = "
                       "m.enrollment_id JOIN sequences s ON s.id = e.sequence_id JOIN mailboxes b ON b.id = "
                       "s.mailbox_id JOIN leads l ON l.id = e.lead_id %1 ORDER BY %2 LIMIT ?")
            .arg(where, order));
    select.bind(limit);
    select.exec();
    QList<OutboxEntry> entries;
    while (select.next()) {
        entries.append(
            { select.value(0).toLongLong(), select.value(1).toLongLong(), select.value(2).toString(),
                select.value(3).toString(), select.value(4).toString(), select.value(5).toInt(),
                select.value(6).toInt(), utcOrNull(select.value(7)), utcOrNull(select.value(8)),
                select.value(9).toString(), select.value(10).toString(), select.value(11).toString() });
    }
    select.finish();
    return entries;
}

QList<Outbox::MailboxDay> Outbox::today(const QDateTime& now) const
{
    QList<MailboxDay> days;
    SqlQuery sent(m_workspace.database(),
        QStringLiteral("SELECT COUNT(*) FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN "
                       "sequences s ON s.id = e.sequence_id WHERE s.mailbox_id = ? AND m.state IN ('sent', "
                       "'unknown', 'claimed') AND COALESCE(m.sent_at, m.claimed_at) >= ?"));
    SqlQuery due(m_workspace.database(),
        QStringLiteral("SELECT COUNT(*) FROM messages m JOIN enrollments e ON e.id = "
                       "m.enrollment_id JOIN sequences s ON s.id = e.sequence_id WHERE s.mailbox_id = ? AND "
                       "s.paused = 0 AND m.state IN ('planned', 'retry') AND m.planned_at IS NOT NULL AND "
                       "m.planned_at < ?"));
    SqlQuery next(m_workspace.database(),
        QStringLiteral(
            "SELECT MIN(m.planned_at) FROM messages m JOIN enrollments e ON e.id = m.enrollment_id "
            "JOIN sequences s ON s.id = e.sequence_id WHERE s.mailbox_id = ? AND s.paused = 0 AND "
            "m.state IN ('planned', 'retry')"));
    for (const Mailbox& mailbox : MailboxStore(m_workspace).list()) {
        const QDate date = now.toTimeZone(mailbox.zone).date();
        MailboxDay day { mailbox.name, 0, mailbox.dailyCap, 0, {} };
        sent.bind(mailbox.id);
        sent.bind(date.startOfDay(mailbox.zone).toMSecsSinceEpoch());
        sent.exec();
        if (sent.next())
            day.sentToday = sent.value(0).toLongLong();
        sent.finish();
        due.bind(mailbox.id);
        due.bind(date.addDays(1).startOfDay(mailbox.zone).toMSecsSinceEpoch());
        due.exec();
        if (due.next())
            day.dueToday = due.value(0).toLongLong();
        due.finish();
        next.bind(mailbox.id);
        next.exec();
        if (next.next())
            day.nextSend = utcOrNull(next.value(0));
        next.finish();
        days.append(day);
    }
    return days;
}

QHash<qint64, Outbox::SequenceCounts> Outbox::sequenceCounts() const
{
    QHash<qint64, SequenceCounts> counts;
    SqlQuery enrollments(m_workspace.database(),
        QStringLiteral("SELECT sequence_id, SUM(state = 'active'), SUM(state = 'finished'), SUM(state IN "
                       "('stopped', 'removed')) FROM enrollments GROUP BY sequence_id"));
    enrollments.exec();
    while (enrollments.next()) {
        SequenceCounts& count = counts[enrollments.value(0).toLongLong()];
        count.active = enrollments.value(1).toLongLong();
        count.finished = enrollments.value(2).toLongLong();
        count.stopped = enrollments.value(3).toLongLong();
    }
    enrollments.finish();
    SqlQuery sent(m_workspace.database(),
        QStringLiteral("SELECT e.sequence_id, COUNT(*) FROM messages m JOIN enrollments e ON e.id = "
                       "m.enrollment_id WHERE m.state = 'sent' GROUP BY e.sequence_id"));
    sent.exec();
    while (sent.next())
        counts[sent.value(0).toLongLong()].sent = sent.value(1).toLongLong();
    sent.finish();
    return counts;
}

} // namespace LeadSync
