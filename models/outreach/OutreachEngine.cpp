#include "OutreachEngine.h"

#include "Error.h"
#include "LeadTimeZone.h"
#include "MailMessage.h"
#include "Mailbox.h"
#include "OptOutList.h"
#include "SendSchedule.h"
#include "columns/Template.h"
#include "leads/ColumnStore.h"
#include "leads/LeadHistory.h"
#include "pipeline/Pipeline.h"
#include "storage/ProcessIdentity.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

#include <QSet>

#include <map>
#include <optional>

namespace LeadSync {

namespace {

// Sends counted for the caps: two days cover any mailbox's local day and any hour.
constexpr qint64 kCapLookBackMs = 2 * 24 * 3600 * 1000LL;

void record(LeadHistory& history, qint64 leadId, qint64 at, const QString& what, const QString& details)
{
    history.record(leadId, at, LeadEvent::Kind::Outreach, what, {}, details);
}

void record(Workspace& workspace, qint64 leadId, qint64 at, const QString& what, const QString& details)
{
    LeadHistory history(workspace);
    record(history, leadId, at, what, details);
}

QDateTime utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// Leads' values by SQL name and by display name, as templates refer to them; one statement, prepared
// once, for all the leads of a tick. Only the columns wanted are read (those the templates name, and
// what the address, the name and the zone come from).
class LeadReader final
{
public:
    LeadReader(Workspace& workspace, const ColumnList& columns, const QSet<QString>& wanted)
    {
        QByteArrayList expressions;
        for (const Column& column : columns) {
            if (wanted.contains(column.sqlName) || wanted.contains(column.displayName)) {
                m_columns.append(column);
                expressions.append(selectExpression(column.sqlName));
            }
        }
        if (expressions.isEmpty())
            expressions.append("id");
        m_select = std::make_unique<SqliteStatement>(
            workspace.handle(), QByteArray("SELECT " + expressions.join(", ") + " FROM leads WHERE id = ?"));
    }

    // Empty when there is no such lead.
    QHash<QString, QString> values(qint64 leadId)
    {
        m_select->bindInt(1, leadId);
        QHash<QString, QString> values;
        if (m_select->step()) {
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                const QString value = QString::fromUtf8(m_select->columnText(int(i)));
                values.insert(m_columns[i].sqlName, value);
                values.insert(m_columns[i].displayName, value);
            }
            values.insert(QStringLiteral("id"), QString::number(leadId));
        }
        m_select->reset();
        return values;
    }

private:
    ColumnList m_columns;
    std::unique_ptr<SqliteStatement> m_select;
};

// The fields a lead's zone comes from.
QSet<QString> zoneFields()
{
    return { QStringLiteral("time_zone"), QStringLiteral("country") };
}

QTimeZone zoneOf(const SequenceSpec& spec, const QHash<QString, QString>& lead, const Mailbox& mailbox)
{
    if (spec.timeZone != u"lead")
        return QTimeZone(spec.timeZone.toUtf8());
    return leadTimeZone(
        lead.value(QStringLiteral("time_zone")), lead.value(QStringLiteral("country")), mailbox.zone);
}

// The first instant at or after due inside the sequence's window (lead's zone), the mailbox's window
// (its zone) and free in its schedule.
QDateTime planFor(const QDateTime& due, const SequenceSpec& spec, const QTimeZone& leadZone,
    const Mailbox& mailbox, const SendSchedule& schedule, quint64 seed)
{
    QDateTime at = due;
    for (int move = 0; move < 1000; ++move) {
        at = planSend(at, spec.window, leadZone, schedule, seed);
        if (!at.isValid() || mailbox.window.contains(at, mailbox.zone))
            return at;
        at = mailbox.window.nextOpen(at, mailbox.zone);
        if (!at.isValid())
            return at;
    }
    return {};
}

// The mailbox's sends (made, and with planned, those planned) for its caps and gap.
SendSchedule scheduleOf(Workspace& workspace, const Mailbox& mailbox, const QDateTime& now, bool withPlanned)
{
    SendSchedule schedule(mailbox.pace());
    CachedQuery sent(workspace,
        QStringLiteral(
            "SELECT m.sent_at FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN sequences s "
            "ON "
            "s.id = e.sequence_id WHERE s.mailbox_id = ? AND m.state IN ('sent', 'unknown', 'claimed') AND "
            "COALESCE(m.sent_at, m.claimed_at) >= ? UNION ALL SELECT COALESCE(sent_at, claimed_at) FROM "
            "direct_messages WHERE mailbox_id = ? AND state IN ('sent', 'unknown', 'claimed') AND "
            "COALESCE(sent_at, claimed_at) >= ?"));
    for (int i = 0; i < 2; ++i) { // the sequences' messages, then the one-off ones
        sent->bind(mailbox.id);
        sent->bind(now.toMSecsSinceEpoch() - kCapLookBackMs);
    }
    sent->exec();
    while (sent->next())
        schedule.add(utcOf(sent->value(0).toLongLong()));
    if (withPlanned) {
        CachedQuery planned(workspace,
            QStringLiteral("SELECT m.planned_at FROM messages m JOIN enrollments e ON e.id = m.enrollment_id "
                           "JOIN sequences s ON s.id = e.sequence_id WHERE s.mailbox_id = ? AND m.state IN "
                           "('planned', 'retry') AND m.planned_at >= ?"));
        planned->bind(mailbox.id);
        planned->bind(now.toMSecsSinceEpoch());
        planned->exec();
        while (planned->next())
            schedule.add(utcOf(planned->value(0).toLongLong()));
    }
    return schedule;
}

QString domainOf(const QString& email)
{
    return email.mid(email.lastIndexOf(u'@') + 1).trimmed().toLower();
}

// Why the enrolled lead must not get its next message (empty: it may): every check the engine makes
// again in the transaction that claims the message.
QString ineligibility(
    Workspace& workspace, qint64 enrollmentId, const QString& email, const Sequence& sequence)
{
    CachedQuery enrollment(workspace,
        QStringLiteral(
            "SELECT e.state, e.enrolled_at, e.lead_id, s.paused FROM enrollments e JOIN sequences s ON "
            "s.id = e.sequence_id WHERE e.id = ?"));
    enrollment->bind(enrollmentId);
    enrollment->exec();
    if (!enrollment->next())
        return OutreachEngine::tr("the lead was deleted");
    if (enrollment->value(0).toString() != u"active")
        return OutreachEngine::tr("no longer enrolled");
    if (enrollment->value(3).toBool())
        return OutreachEngine::tr("the sequence is paused");
    const qint64 since = enrollment->value(1).toLongLong();
    const qint64 leadId = enrollment->value(2).toLongLong();
    if (email.trimmed().isEmpty())
        return OutreachEngine::tr("the lead has no email");
    if (OptOutList(workspace).contains(email))
        return OutreachEngine::tr("opted out");
    CachedQuery stop(workspace,
        QStringLiteral("SELECT field FROM lead_events WHERE lead_id = ? AND kind = 'outreach' AND field IN "
                       "('replied', 'bounced', 'opted_out') AND at >= ? ORDER BY at LIMIT 1"));
    stop->bind(leadId);
    stop->bind(since);
    stop->exec();
    if (stop->next()) {
        const QString event = stop->value(0).toString();
        return event == u"replied" ? OutreachEngine::tr("the lead replied")
            : event == u"bounced"  ? OutreachEngine::tr("the lead bounced")
                                   : OutreachEngine::tr("the lead opted out");
    }
    if (sequence.spec.stopOnCompanyReply) {
        CachedQuery company(workspace,
            QStringLiteral(
                "SELECT l.email FROM lead_events ev JOIN leads l ON l.id = ev.lead_id WHERE ev.kind = "
                "'outreach' AND ev.field = 'replied' AND ev.at >= ? AND ev.lead_id <> ? AND l.email LIKE ? "
                "ESCAPE '\\' LIMIT 1"));
        company->bind(since);
        company->bind(leadId);
        QString pattern = domainOf(email);
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        company->bind(QString(QStringLiteral("%@") + pattern));
        company->exec();
        if (company->next())
            return OutreachEngine::tr("%1 at the same company replied").arg(company->value(0).toString());
    }
    return {};
}

void setPlannedAt(Workspace& workspace, qint64 messageId, const QDateTime& at)
{
    CachedQuery plan(workspace,
        QStringLiteral("UPDATE messages SET planned_at = ? WHERE id = ? AND state IN ('planned', 'retry')"));
    plan->bind(
        at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant()); // NULL: no day of the window is left
    plan->bind(messageId);
    plan->exec();
}

void setMessageState(Workspace& workspace, qint64 messageId, const QString& state, const QString& reason)
{
    CachedQuery update(workspace, QStringLiteral("UPDATE messages SET state = ?, reason = ? WHERE id = ?"));
    update->bind(state);
    update->bind(reason);
    update->bind(messageId);
    update->exec();
}

void stopEnrollment(Workspace& workspace, qint64 enrollmentId, const QString& reason)
{
    CachedQuery stop(workspace,
        QStringLiteral(
            "UPDATE enrollments SET state = 'stopped', reason = ? WHERE id = ? AND state = 'active'"));
    stop->bind(reason);
    stop->bind(enrollmentId);
    stop->exec();
}

// The rendered text, or the names of the empty fields it needs (without a fallback).
std::pair<QString, QStringList> render(const QString& text, const QHash<QString, QString>& lead)
{
    const Template parsed(text);
    QStringList missing;
    for (const Template::Reference& reference : parsed.references()) {
        if (lead.value(reference.name.trimmed()).trimmed().isEmpty() && reference.fallback.isEmpty())
            missing.append(reference.name.trimmed());
    }
    return { parsed.render([&lead](const QString& name) { return lead.value(name.trimmed()); }), missing };
}

} // namespace

QDateTime OutreachEngine::nextSendAllowed(const Mailbox& mailbox, const QDateTime& now) const
{
    return scheduleOf(m_workspace, mailbox, now, false).nextSlot(now, quint64(now.toMSecsSinceEpoch()));
}

OutreachEngine::Write OutreachEngine::transactionsOn(Workspace& workspace)
{
    return [&workspace](
               const std::function<void(Workspace&)>& work) { workspace.transact([&] { work(workspace); }); };
}

OutreachEngine::Write OutreachEngine::within(Workspace& workspace)
{
    return [&workspace](const std::function<void(Workspace&)>& work) { work(workspace); };
}

OutreachEngine::Write OutreachEngine::through(const std::shared_ptr<WorkspaceWriter>& writer)
{
    return [writer](const std::function<void(Workspace&)>& work) { writer->run(work); };
}

OutreachEngine::OutreachEngine(Workspace& workspace, Write write)
    : m_workspace(workspace)
    , m_write(std::move(write))
{ }

// Enrolling is written for large lists (100,000 leads in about a second): it reads only the fields it
// needs, with the SQLite C API, looks up who is already enrolled or bounced once for all, and writes
// with statements prepared once.
OutreachEngine::EnrollResult OutreachEngine::enroll(
    const Sequence& sequence, const QList<qint64>& leadIds, const QDateTime& now, bool dryRun)
{
    const std::optional<Mailbox> mailbox = MailboxStore(m_workspace).find(sequence.mailboxId);
    if (!mailbox)
        throw Error(tr("Sequence %1 has no mailbox.").arg(sequence.spec.name));
    // The fields read: the address, what the zone comes from, and the email verification columns (a
    // lead they call invalid is not enrolled).
    QByteArrayList fields { "email", "''", "country" };
    for (const Column& column : ColumnStore(m_workspace).list()) {
        if (column.sqlName == u"time_zone" || column.displayName == u"time_zone")
            fields[1] = selectExpression(column.sqlName);
        if (column.kind == u"email")
            fields.append(selectExpression(column.sqlName));
    }
    // The lead ids a query lists (its parameter: the sequence, if it has one).
    const auto idsOf = [&sequence](Workspace& workspace, QByteArrayView sql) {
        SqliteStatement select(workspace.handle(), sql);
        if (sql.contains('?'))
            select.bindInt(1, sequence.id);
        QSet<qint64> ids;
        while (select.step())
            ids.insert(select.columnInt(0));
        return ids;
    };
    EnrollResult result;
    const qint64 at = now.toMSecsSinceEpoch();
    const SequenceStep& first = sequence.spec.steps.first();
    const QByteArray sequenceName = sequence.spec.name.toUtf8();
    const auto enrollAll = [&](Workspace& workspace) {
        SendSchedule schedule = scheduleOf(workspace, *mailbox, now, true);
        const OptOutList optOuts(workspace);
        LeadHistory history(workspace);
        const QSet<qint64> already
            = idsOf(workspace, "SELECT lead_id FROM enrollments WHERE sequence_id = ?");
        const QSet<qint64> bounced = idsOf(
            workspace, "SELECT lead_id FROM lead_events WHERE kind = 'outreach' AND field = 'bounced'");
        SqliteStatement read(
            workspace.handle(), QByteArray("SELECT " + fields.join(", ") + " FROM leads WHERE id = ?"));
        SqliteStatement enrollment(workspace.handle(),
            "INSERT INTO enrollments (id, sequence_id, lead_id, enrolled_at) VALUES (?, ?, ?, ?)");
        SqliteStatement message(workspace.handle(),
            "INSERT INTO messages (id, enrollment_id, step, variant, planned_at) VALUES (?, ?, 0, ?, ?)");
        // The ids are chosen here, as SQLite would (the largest plus one; this transaction is the only
        // writer): a message's id is its gap's seed, needed to plan it before it is written.
        const auto lastId = [&workspace](QByteArrayView sql) {
            SqliteStatement select(workspace.handle(), sql);
            select.step();
            return select.columnInt(0);
        };
        qint64 enrollmentId = lastId("SELECT COALESCE(MAX(id), 0) FROM enrollments");
        qint64 messageId = lastId("SELECT COALESCE(MAX(id), 0) FROM messages");
        const auto skip = [&result](const char* reason) { ++result.skipped[QString::fromLatin1(reason)]; };
        QHash<QString, QString> lead; // the fields the zone comes from
        for (const qint64 leadId : leadIds) {
            read.bindInt(1, leadId);
            if (!read.step()) {
                read.reset();
                continue; // deleted meanwhile
            }
            const QString email = QString::fromUtf8(read.columnText(0)).trimmed();
            lead.insert(QStringLiteral("time_zone"), QString::fromUtf8(read.columnText(1)));
            lead.insert(QStringLiteral("country"), QString::fromUtf8(read.columnText(2)));
            bool invalid = false;
            for (int column = 3; column < fields.size(); ++column)
                invalid = invalid || read.columnText(column).startsWith("invalid");
            read.reset();
            if (email.isEmpty()) {
                skip("no email");
            } else if (invalid) {
                skip("email invalid");
            } else if (optOuts.contains(email)) {
                skip("opted out");
            } else if (already.contains(leadId)) {
                skip("already enrolled");
            } else if (bounced.contains(leadId)) {
                skip("bounced before");
            } else if (dryRun) {
                ++result.enrolled;
            } else {
                enrollment.bindInt(1, ++enrollmentId);
                enrollment.bindInt(2, sequence.id);
                enrollment.bindInt(3, leadId);
                enrollment.bindInt(4, at);
                enrollment.step();
                enrollment.reset();
                const QTimeZone zone = zoneOf(sequence.spec, lead, *mailbox);
                const QDateTime planned = planFor(first.after.after(now, zone), sequence.spec, zone, *mailbox,
                    schedule, quint64(++messageId));
                message.bindInt(1, messageId);
                message.bindInt(2, enrollmentId);
                message.bindInt(3, SequenceSpec::variantFor(leadId, 0, first.variants.size()));
                if (planned.isValid()) {
                    schedule.add(planned);
                    message.bindInt(4, planned.toMSecsSinceEpoch());
                } else {
                    message.bindNull(4); // no day of the window is left
                }
                message.step();
                message.reset();
                record(history, leadId, at, QStringLiteral("enrolled"), sequence.spec.name);
                record(history, leadId, at, QStringLiteral("planned"),
                    tr("%1, step 1, at %2").arg(sequence.spec.name, planned.toUTC().toString(Qt::ISODate)));
                ++result.enrolled;
            }
        }
    };
    if (dryRun)
        enrollAll(m_workspace);
    else
        m_write(enrollAll);
    return result;
}

qint64 OutreachEngine::unenroll(const Sequence& sequence, const QList<qint64>& leadIds, const QDateTime& now)
{
    qint64 removed = 0;
    m_write([&](Workspace& workspace) {
        CachedQuery enrollment(workspace,
            QStringLiteral(
                "UPDATE enrollments SET state = 'removed', reason = 'unenrolled' WHERE sequence_id = ? "
                "AND lead_id = ? AND state = 'active' RETURNING id"));
        CachedQuery cancel(workspace,
            QStringLiteral(
                "UPDATE messages SET state = 'cancelled', reason = 'unenrolled' WHERE enrollment_id = ? "
                "AND state IN ('planned', 'retry')"));
        for (const qint64 leadId : leadIds) {
            enrollment->bind(sequence.id);
            enrollment->bind(leadId);
            enrollment->exec();
            if (!enrollment->next())
                continue;
            cancel->bind(enrollment->value(0).toLongLong());
            cancel->exec();
            record(workspace, leadId, now.toMSecsSinceEpoch(), QStringLiteral("removed"), sequence.spec.name);
            ++removed;
        }
    });
    return removed;
}

// A claim whose process is gone (kill -9, a power loss between the claim and the outcome): whether
// the server got the message is not known, so it becomes "unknown" for the user, never resent.
void OutreachEngine::recoverAbandonedClaims(const QDateTime& now)
{
    m_write([&](Workspace& workspace) {
        CachedQuery claimed(workspace,
            QStringLiteral(
                "SELECT m.id, m.owner_pid, m.owner_started, e.lead_id FROM messages m JOIN enrollments e "
                "ON e.id = m.enrollment_id WHERE m.state = 'claimed'"));
        claimed->exec();
        QList<std::pair<qint64, qint64>> abandoned;
        while (claimed->next()) {
            const ProcessIdentity owner { claimed->value(1).toLongLong(), claimed->value(2).toLongLong() };
            // A claim lasts one SMTP transaction: its owner's heartbeat is the claim time itself.
            if (!owner.isAlive(now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()))
                abandoned.append({ claimed->value(0).toLongLong(), claimed->value(3).toLongLong() });
        }
        CachedQuery mark(workspace,
            QStringLiteral(
                "UPDATE messages SET state = 'unknown', reason = ? WHERE id = ? AND state = 'claimed'"));
        const QString reason
            = tr("the sending process ended during the send; check the Sent folder, then mark "
                 "it sent or send it again");
        for (const auto& [messageId, leadId] : abandoned) {
            mark->bind(reason);
            mark->bind(messageId);
            mark->exec();
            record(workspace, leadId, now.toMSecsSinceEpoch(), QStringLiteral("unknown"), reason);
        }
    });
}

QList<OutreachEngine::Due> OutreachEngine::dueMessages(qint64 mailboxId, const QDateTime& now) const
{
    CachedQuery select(m_workspace,
        QStringLiteral(
            "SELECT m.id, m.enrollment_id, e.lead_id, e.sequence_id, m.step, m.planned_at FROM messages m "
            "JOIN enrollments e ON e.id = m.enrollment_id JOIN sequences s ON s.id = e.sequence_id WHERE "
            "s.mailbox_id = ? AND s.paused = 0 AND m.state IN ('planned', 'retry') AND m.planned_at <= ? "
            "ORDER BY m.planned_at, m.id"));
    select->bind(mailboxId);
    select->bind(now.toMSecsSinceEpoch());
    select->exec();
    QList<Due> due;
    while (select->next())
        due.append({ select->value(0).toLongLong(), select->value(1).toLongLong(),
            select->value(2).toLongLong(), select->value(3).toLongLong(), select->value(4).toInt(),
            utcOf(select->value(5).toLongLong()) });
    return due;
}

OutreachEngine::TickResult OutreachEngine::tick(const QDateTime& now, const TickOptions& options)
{
    TickResult result;
    if (!options.dryRun)
        recoverAbandonedClaims(now);
    QHash<qint64, Sequence> sequences;
    QSet<QString> wanted = zoneFields()
        + QSet<QString> { QStringLiteral("email"), QStringLiteral("first_name"),
              QStringLiteral("last_name") };
    for (const Sequence& sequence : SequenceStore(m_workspace).list()) {
        sequences.insert(sequence.id, sequence);
        for (const SequenceStep& step : sequence.spec.steps) {
            for (const StepVariant& variant : step.variants) {
                for (const QString& text : { variant.subject, variant.body }) {
                    for (const Template::Reference& reference : Template(text).references())
                        wanted.insert(reference.name.trimmed());
                }
            }
        }
    }
    LeadReader reader(m_workspace, ColumnStore(m_workspace).list(), wanted);
    // Claims a batch in one transaction, sends it, and records its outcomes in the transaction that
    // claims the next batch (or in one of their own after the mailbox's last batch): one commit per
    // batch. A mailbox with a gap sends one message a tick anyway; without one (a bulk send), up to
    // kClaimBatch go per claim. Killed during a batch, or before its outcomes are written, every
    // claimed message becomes "unknown", never resent.
    QList<Ready> batch;
    QList<Ready> sent; // sent, their outcomes not written yet
    std::unique_ptr<SmtpSender> sender;
    // The mailbox's sends made and planned, read once a tick, for planning each next step.
    std::optional<SendSchedule> ahead;
    std::optional<QByteArray> password;
    const auto recordSent = [&](Workspace& workspace, const Mailbox& mailbox) {
        for (const Ready& ready : std::as_const(sent)) {
            if (ready.claimed)
                recordOutcome(workspace, ready, mailbox, *ahead, now, result);
        }
    };
    const auto sendBatch = [&](const Mailbox& mailbox) {
        if (batch.isEmpty())
            return;
        m_write([&](Workspace& workspace) {
            recordSent(workspace, mailbox);
            for (Ready& ready : batch)
                ready.claimed = claim(workspace, ready, now);
        });
        for (Ready& ready : batch) {
            if (!ready.claimed)
                continue;
            if (options.cancel && options.cancel->load()) {
                ready.sent.outcome = SmtpResult::Outcome::Cancelled;
                continue;
            }
            if (!sender)
                sender = std::make_unique<SmtpSender>(mailbox, password.value_or(QByteArray()), options.smtp);
            const QByteArray message = ready.outgoing.mail.render();
            ready.sent = sender->send(ready.outgoing.mail.toAddress, message, options.cancel);
            // An expired access token: refreshed once, and the message (not handed over) sent with it.
            if (ready.sent.stage == u"authentication" && mailbox.usesOAuth() && options.renew) {
                if (const std::optional<QByteArray> renewed = options.renew(mailbox)) {
                    password = renewed;
                    sender = std::make_unique<SmtpSender>(mailbox, *renewed, options.smtp);
                    ready.sent = sender->send(ready.outgoing.mail.toAddress, message, options.cancel);
                }
            }
        }
        sent = std::exchange(batch, {});
    };
    // The mailbox is done: its last outcomes are written.
    const auto finishMailbox = [&](const Mailbox& mailbox) {
        sendBatch(mailbox);
        if (!sent.isEmpty())
            m_write([&](Workspace& workspace) { recordSent(workspace, mailbox); });
        sent.clear();
    };
    for (const Mailbox& mailbox : MailboxStore(m_workspace).list()) {
        const QList<Due> due = dueMessages(mailbox.id, now);
        if (due.isEmpty())
            continue;
        password = options.password ? options.password(mailbox) : QByteArray();
        if (!password && !options.dryRun) {
            // Without its password the mailbox would fail every message; its messages wait, and go
            // (spread from then) once the password is there.
            result.withoutPassword.append(mailbox.name);
            continue;
        }
        SendSchedule schedule = scheduleOf(m_workspace, mailbox, now, false);
        ahead.emplace(scheduleOf(m_workspace, mailbox, now, true));
        sender.reset();
        const qsizetype batchSize = mailbox.gapMaxSeconds == 0 ? kClaimBatch : 1;
        for (const Due& message : due) {
            if (options.cancel && options.cancel->load())
                break;
            const Sequence& sequence = sequences[message.sequenceId];
            const QHash<QString, QString> lead = reader.values(message.leadId);
            const QTimeZone zone = zoneOf(sequence.spec, lead, mailbox);
            // Not now (the gap, a cap, a window, or a backlog after a sleep): planned again, from now.
            const QDateTime slot = planFor(now, sequence.spec, zone, mailbox, schedule, quint64(message.id));
            if (slot != now) {
                if (slot.isValid())
                    schedule.add(slot);
                if (!options.dryRun && slot != message.plannedAt)
                    m_write([&](Workspace& workspace) { setPlannedAt(workspace, message.id, slot); });
                continue;
            }
            Outgoing outgoing = prepare(message, sequence, lead, mailbox, now);
            if (!outgoing.reason.isEmpty()) {
                ++result.skipped;
                if (!options.dryRun)
                    skip(message, sequence, outgoing, now);
                continue;
            }
            if (options.dryRun) {
                result.wouldSend.append(
                    QStringLiteral("%1: %2").arg(message.leadId).arg(outgoing.mail.subject));
                schedule.add(now);
                continue;
            }
            schedule.add(now);
            batch.append({ message, &sequence, zone, std::move(outgoing), {}, false });
            if (batch.size() >= batchSize)
                sendBatch(mailbox);
        }
        finishMailbox(mailbox);
    }
    CachedQuery next(m_workspace,
        QStringLiteral(
            "SELECT MIN(m.planned_at) FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN "
            "sequences s ON s.id = e.sequence_id WHERE m.state IN ('planned', 'retry') AND s.paused = 0"));
    next->exec();
    if (next->next() && !next->value(0).isNull())
        result.nextDue = utcOf(next->value(0).toLongLong());
    return result;
}

// What to send: the step's variant rendered for the lead, threaded after the earlier steps when it has
// no subject of its own; or why not (the lead is no longer eligible, a field it needs is empty).
OutreachEngine::Outgoing OutreachEngine::prepare(const Due& message, const Sequence& sequence,
    const QHash<QString, QString>& lead, const Mailbox& mailbox, const QDateTime& now) const
{
    Outgoing outgoing;
    const SequenceStep& step = sequence.spec.steps.value(message.step);
    outgoing.variant = SequenceSpec::variantFor(message.leadId, message.step, step.variants.size());
    const StepVariant variant = step.variants.value(outgoing.variant);
    CachedQuery earlier(m_workspace,
        QStringLiteral(
            "SELECT message_id, subject FROM messages WHERE enrollment_id = ? AND step < ? AND state = "
            "'sent' ORDER BY step"));
    earlier->bind(message.enrollmentId);
    earlier->bind(message.step);
    earlier->exec();
    QString threadSubject;
    QByteArrayList references;
    while (earlier->next()) {
        references.append(earlier->value(0).toByteArray());
        if (threadSubject.isEmpty())
            threadSubject = earlier->value(1).toString();
    }
    Draft draft = compose(variant, lead, mailbox, threadSubject, now);
    MailMessage& mail = outgoing.mail;
    mail = std::move(draft.mail);
    QStringList& missing = draft.missing;
    if (variant.subject.trimmed().isEmpty())
        mail.references = references; // a step with its own subject starts a new thread
    outgoing.reason = ineligibility(m_workspace, message.enrollmentId, mail.toAddress, sequence);
    if (outgoing.reason.isEmpty() && variant.subject.trimmed().isEmpty() && references.isEmpty())
        outgoing.reason = tr("the step replies in the thread of an earlier step, and none was sent");
    if (outgoing.reason.isEmpty() && !missing.isEmpty()) {
        missing.removeDuplicates();
        outgoing.reason = tr("%1 is empty").arg(missing.join(QStringLiteral(", ")));
        outgoing.fixable = true;
    }
    return outgoing;
}

OutreachEngine::Draft OutreachEngine::compose(const StepVariant& variant, const QHash<QString, QString>& lead,
    const Mailbox& mailbox, const QString& threadSubject, const QDateTime& now)
{
    Draft draft;
    auto [body, missing] = render(variant.body, lead);
    auto [subject, missingInSubject] = render(variant.subject, lead);
    draft.missing = missing + missingInSubject;
    if (variant.subject.trimmed().isEmpty())
        subject = threadSubject.startsWith(u"Re:", Qt::CaseInsensitive)
            ? threadSubject
            : QStringLiteral("Re: ") + threadSubject;
    MailMessage& mail = draft.mail;
    mail = mailbox.newMessage(lead.value(QStringLiteral("email")).trimmed(), now);
    mail.toName
        = QStringList { lead.value(QStringLiteral("first_name")), lead.value(QStringLiteral("last_name")) }
              .join(u' ')
              .trimmed();
    mail.subject = subject;
    mail.body = body;
    return draft;
}

// Not sent, with the reason. A lead that stops the sequence (a reply, an opt-out) ends its enrollment;
// an empty field can be fixed and the message planned again.
void OutreachEngine::skip(
    const Due& message, const Sequence& sequence, const Outgoing& outgoing, const QDateTime& now)
{
    m_write([&](Workspace& workspace) {
        setMessageState(workspace, message.id, QStringLiteral("skipped"), outgoing.reason);
        if (!outgoing.fixable)
            stopEnrollment(workspace, message.enrollmentId, outgoing.reason);
        record(workspace, message.leadId, now.toMSecsSinceEpoch(), QStringLiteral("skipped"),
            tr("%1, step %2: %3").arg(sequence.spec.name).arg(message.step + 1).arg(outgoing.reason));
    });
}

bool OutreachEngine::claim(Workspace& workspace, const Ready& ready, const QDateTime& now)
{
    const Due& message = ready.message;
    const qint64 at = now.toMSecsSinceEpoch();
    const ProcessIdentity self = ProcessIdentity::current();
    if (!ineligibility(workspace, message.enrollmentId, ready.outgoing.mail.toAddress, *ready.sequence)
             .isEmpty())
        return false;
    CachedQuery claim(workspace,
        QStringLiteral(
            "UPDATE messages SET state = 'claimed', claimed_at = ?, owner_pid = ?, owner_started = ?, "
            "message_id = ?, subject = ?, body = ?, variant = ?, attempts = attempts + 1 WHERE id = ? AND "
            "state "
            "IN ('planned', 'retry') AND planned_at <= ?"));
    for (const QVariant& value : { QVariant(at), QVariant(self.pid), QVariant(self.started),
             QVariant(QString::fromLatin1(ready.outgoing.mail.messageId)),
             QVariant(ready.outgoing.mail.subject), QVariant(ready.outgoing.mail.body),
             QVariant(ready.outgoing.variant), QVariant(message.id), QVariant(at) })
        claim->bind(value);
    claim->exec();
    if (claim->numRowsAffected() != 1)
        return false;
    record(workspace, message.leadId, at, QStringLiteral("claimed"),
        tr("%1, step %2, %3")
            .arg(ready.sequence->spec.name)
            .arg(message.step + 1)
            .arg(QString::fromLatin1(ready.outgoing.mail.messageId)));
    return true;
}

void OutreachEngine::recordOutcome(Workspace& workspace, const Ready& ready, const Mailbox& mailbox,
    SendSchedule& ahead, const QDateTime& now, TickResult& result)
{
    const Due& message = ready.message;
    const Sequence& sequence = *ready.sequence;
    const SmtpResult& sent = ready.sent;
    const QTimeZone& zone = ready.zone;
    const qint64 at = now.toMSecsSinceEpoch();
    {
        CachedQuery attempts(workspace, QStringLiteral("SELECT attempts FROM messages WHERE id = ?"));
        attempts->bind(message.id);
        attempts->exec();
        attempts->next();
        const qsizetype tries = attempts->value(0).toInt();
        QString state = QStringLiteral("failed");
        QDateTime planned = now;
        switch (sent.outcome) {
        case SmtpResult::Outcome::Sent:
            state = QStringLiteral("sent");
            ++result.sent;
            break;
        case SmtpResult::Outcome::Unknown:
            state = QStringLiteral("unknown");
            ++result.unknown;
            break;
        case SmtpResult::Outcome::Cancelled:
            state = QStringLiteral("planned");
            break;
        case SmtpResult::Outcome::Temporary:
            if (tries <= qsizetype(std::size(kRetryMs))) {
                state = QStringLiteral("retry");
                planned = now.addMSecs(kRetryMs[tries - 1]);
                ++result.retry;
            } else {
                ++result.failed;
            }
            break;
        case SmtpResult::Outcome::Permanent:
        case SmtpResult::Outcome::RecipientRefused:
            ++result.failed;
            break;
        }
        setMessageState(workspace, message.id, state, sent.reason);
        setPlannedAt(workspace, message.id, planned);
        record(workspace, message.leadId, at, state,
            tr("%1, step %2: %3").arg(sequence.spec.name).arg(message.step + 1).arg(sent.reason));
        if (sent.outcome == SmtpResult::Outcome::Sent)
            Pipeline(workspace).messageSent(message.leadId, at);
        if (sent.outcome == SmtpResult::Outcome::RecipientRefused)
            stopEnrollment(
                workspace, message.enrollmentId, tr("the server refused the address: %1").arg(sent.reason));
        if (sent.outcome != SmtpResult::Outcome::Sent)
            return;
        CachedQuery sentAt(workspace, QStringLiteral("UPDATE messages SET sent_at = ? WHERE id = ?"));
        sentAt->bind(at);
        sentAt->bind(message.id);
        sentAt->exec();
        planNextStep(workspace, message, sequence, zone, mailbox, ahead, now);
    }
}

void OutreachEngine::planNextStep(Workspace& workspace, const Due& message, const Sequence& sequence,
    const QTimeZone& zone, const Mailbox& mailbox, SendSchedule& ahead, const QDateTime& now)
{
    const qint64 at = now.toMSecsSinceEpoch();
    const int next = message.step + 1;
    if (next >= sequence.spec.steps.size()) {
        CachedQuery finish(workspace,
            QStringLiteral("UPDATE enrollments SET state = 'finished' WHERE id = ? AND state = 'active'"));
        finish->bind(message.enrollmentId);
        finish->exec();
        record(workspace, message.leadId, at, QStringLiteral("finished"), sequence.spec.name);
        return;
    }
    const SequenceStep& following = sequence.spec.steps[next];
    CachedQuery insert(workspace,
        QStringLiteral("INSERT INTO messages (enrollment_id, step, variant) VALUES (?, ?, ?) ON CONFLICT "
                       "DO NOTHING RETURNING id"));
    insert->bind(message.enrollmentId);
    insert->bind(next);
    insert->bind(SequenceSpec::variantFor(message.leadId, next, following.variants.size()));
    insert->exec();
    if (!insert->next())
        return; // planned already
    const qint64 nextId = insert->value(0).toLongLong();
    const QDateTime when
        = planFor(following.after.after(now, zone), sequence.spec, zone, mailbox, ahead, quint64(nextId));
    if (when.isValid())
        ahead.add(when);
    setPlannedAt(workspace, nextId, when);
    record(workspace, message.leadId, at, QStringLiteral("planned"),
        tr("%1, step %2, at %3")
            .arg(sequence.spec.name)
            .arg(next + 1)
            .arg(when.toUTC().toString(Qt::ISODate)));
}

qint64 OutreachEngine::resolve(const QList<qint64>& messageIds, Resolution resolution, const QDateTime& now)
{
    const ColumnList columns = ColumnStore(m_workspace).list();
    QHash<qint64, Sequence> sequences;
    for (const Sequence& sequence : SequenceStore(m_workspace).list())
        sequences.insert(sequence.id, sequence);
    QHash<qint64, Mailbox> mailboxes;
    for (const Mailbox& mailbox : MailboxStore(m_workspace).list())
        mailboxes.insert(mailbox.id, mailbox);
    qint64 changed = 0;
    const qint64 at = now.toMSecsSinceEpoch();
    m_write([&](Workspace& workspace) {
        LeadReader reader(workspace, columns, zoneFields());
        std::map<qint64, SendSchedule> ahead; // per mailbox
        CachedQuery select(workspace,
            QStringLiteral(
                "SELECT m.enrollment_id, e.lead_id, e.sequence_id, m.step, m.state, m.claimed_at, "
                "e.state, EXISTS (SELECT 1 FROM messages l WHERE l.enrollment_id = m.enrollment_id AND "
                "l.step > m.step) FROM messages m JOIN enrollments e ON e.id = m.enrollment_id "
                "WHERE m.id = ?"));
        for (const qint64 id : messageIds) {
            select->bind(id);
            select->exec();
            if (!select->next())
                continue;
            const Due message { id, select->value(0).toLongLong(), select->value(1).toLongLong(),
                select->value(2).toLongLong(), select->value(3).toInt(), {} };
            const QString state = select->value(4).toString();
            const QVariant claimedAt = select->value(5);
            const bool enrolled = select->value(6).toString() == u"active";
            const bool stepsAfter = select->value(7).toBool();
            select->finish();
            const Sequence& sequence = sequences[message.sequenceId];
            const Mailbox& mailbox = mailboxes[sequence.mailboxId];
            const QString where = tr("%1, step %2").arg(sequence.spec.name).arg(message.step + 1);
            const auto next = [&] {
                auto schedule = ahead.find(mailbox.id);
                if (schedule == ahead.end())
                    schedule = ahead.emplace(mailbox.id, scheduleOf(workspace, mailbox, now, true)).first;
                planNextStep(workspace, message, sequence,
                    zoneOf(sequence.spec, reader.values(message.leadId), mailbox), mailbox, schedule->second,
                    now);
            };
            switch (resolution) {
            case Resolution::Retry: {
                // A message stopped by the lead's own state (a reply, an opt-out) stays stopped; a
                // step the lead has gone past stays behind.
                if (!enrolled || stepsAfter
                    || !QStringList { QStringLiteral("failed"), QStringLiteral("unknown"),
                        QStringLiteral("skipped") }
                            .contains(state))
                    continue;
                CachedQuery retry(workspace,
                    QStringLiteral("UPDATE messages SET state = 'planned', reason = '', attempts = 0, "
                                   "planned_at = ?, claimed_at = NULL, owner_pid = NULL WHERE id = ?"));
                retry->bind(at);
                retry->bind(id);
                retry->exec();
                record(workspace, message.leadId, at, QStringLiteral("retried"),
                    tr("%1, by the user").arg(where));
                break;
            }
            case Resolution::Skip:
                if (!QStringList { QStringLiteral("planned"), QStringLiteral("retry"),
                        QStringLiteral("failed"), QStringLiteral("unknown"), QStringLiteral("skipped") }
                         .contains(state))
                    continue;
                setMessageState(workspace, id, QStringLiteral("skipped"), tr("skipped by the user"));
                record(workspace, message.leadId, at, QStringLiteral("skipped"),
                    tr("%1: skipped by the user").arg(where));
                if (enrolled)
                    next();
                break;
            case Resolution::MarkSent: {
                if (state != u"unknown")
                    continue;
                setMessageState(workspace, id, QStringLiteral("sent"), tr("marked sent by the user"));
                CachedQuery sentAt(workspace, QStringLiteral("UPDATE messages SET sent_at = ? WHERE id = ?"));
                sentAt->bind(claimedAt.isNull() ? QVariant(at) : claimedAt);
                sentAt->bind(id);
                sentAt->exec();
                record(workspace, message.leadId, at, QStringLiteral("sent"),
                    tr("%1: marked sent by the user").arg(where));
                Pipeline(workspace).messageSent(message.leadId, at);
                if (enrolled)
                    next();
                break;
            }
            }
            ++changed;
        }
    });
    return changed;
}

} // namespace LeadSync
