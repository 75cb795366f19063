#include "ReplySync.h"

#include "Error.h"
#include "ImapClient.h"
#include "ReplyActions.h"
#include "leads/LeadHistory.h"
#include "outreach/OptOutList.h"
#include "pipeline/Pipeline.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace LeadSync {

namespace {

void record(Workspace& workspace, qint64 leadId, qint64 at, const QString& what, const QString& details)
{
    LeadHistory(workspace).record(leadId, at, LeadEvent::Kind::Outreach, what, {}, details);
}

// The lead a mail is about, and the message of ours it answers, if it names one.
struct Match
{
    qint64 leadId = 0;
    qint64 messageId = 0;
};

Match byMessageIds(Workspace& workspace, const QByteArrayList& ids)
{
    CachedQuery select(workspace,
        QStringLiteral(
            "SELECT m.id, e.lead_id FROM messages m JOIN enrollments e ON e.id = m.enrollment_id WHERE "
            "m.message_id = ? UNION ALL SELECT NULL, lead_id FROM direct_messages WHERE message_id = ?"));
    for (auto id = ids.crbegin(); id != ids.crend(); ++id) { // the message answered is the last named
        select->bind(QString::fromUtf8(*id));
        select->bind(QString::fromUtf8(*id)); // a one-off message (DirectSend): the lead only
        select->exec();
        if (select->next())
            return { select->value(1).toLongLong(), select->value(0).toLongLong() };
    }
    return {};
}

// A reply in a new thread is still a reply: the sender is an enrolled lead. Else, for a sequence that
// stops for the whole company, a colleague at the same domain.
Match byAddress(Workspace& workspace, const QString& address)
{
    if (address.isEmpty())
        return {};
    CachedQuery lead(workspace,
        QStringLiteral(
            "SELECT e.lead_id FROM enrollments e JOIN leads l ON l.id = e.lead_id WHERE lower(trim(l.email)) "
            "= ? UNION ALL SELECT d.lead_id FROM direct_messages d JOIN leads l ON l.id = d.lead_id WHERE "
            "lower(trim(l.email)) = ? LIMIT 1"));
    lead->bind(address);
    lead->bind(address);
    lead->exec();
    if (lead->next())
        return { lead->value(0).toLongLong(), 0 };
    QString domain = address.mid(address.lastIndexOf(u'@') + 1);
    domain.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    CachedQuery colleague(workspace,
        QStringLiteral(
            "SELECT e.lead_id FROM enrollments e JOIN sequences s ON s.id = e.sequence_id JOIN leads l ON "
            "l.id = e.lead_id WHERE json_extract(s.spec, '$.stop_on_company_reply') = 1 AND e.state = "
            "'active' AND lower(trim(l.email)) LIKE ? ESCAPE '\\' ORDER BY e.id LIMIT 1"));
    colleague->bind(QString(QStringLiteral("%@") + domain));
    colleague->exec();
    return colleague->next() ? Match { colleague->value(0).toLongLong(), 0 } : Match {};
}

// The lead's sequences stop: active enrollments end with the reason, their planned messages are cancelled.
void stopLead(Workspace& workspace, qint64 leadId, const QString& reason)
{
    CachedQuery cancel(workspace,
        QStringLiteral(
            "UPDATE messages SET state = 'cancelled', reason = ? WHERE state IN ('planned', 'retry') AND "
            "enrollment_id IN (SELECT id FROM enrollments WHERE lead_id = ? AND state = 'active')"));
    cancel->bind(reason);
    cancel->bind(leadId);
    cancel->exec();
    CachedQuery stop(workspace,
        QStringLiteral(
            "UPDATE enrollments SET state = 'stopped', reason = ? WHERE lead_id = ? AND state = 'active'"));
    stop->bind(reason);
    stop->bind(leadId);
    stop->exec();
}

// Without an AI provider: a transparent rule set in English, German and Russian (the class and the
// words that decided it). Unmatched replies are "ambiguous" for the user to look at.
std::pair<QString, QString> classify(const QString& text)
{
    static const std::pair<const char*, QRegularExpression> rules[] = {
        { "not_interested",
            QRegularExpression(
                QStringLiteral("not interested|no,? thanks|no thank you|not a fit|not for us|kein interesse|"
                               "nicht interessiert|kein bedarf|не интересно|не интересует|нам не нужно"),
                QRegularExpression::CaseInsensitiveOption) },
        { "interested",
            QRegularExpression(
                QStringLiteral("interested|sounds good|let'?s (?:talk|chat|meet)|happy to (?:talk|chat)|"
                               "book a|schedule|call me|gerne|interessiert|klingt gut|termin|"
                               "интересно|давайте созвон|созвонимся|готов(?:а)? обсудить"),
                QRegularExpression::CaseInsensitiveOption) },
        { "question", QRegularExpression(QStringLiteral("\\?")) },
    };
    for (const auto& [name, pattern] : rules) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            return { QString::fromLatin1(name), ReplySync::tr("rule-based: \"%1\"").arg(match.captured(0)) };
    }
    return { QStringLiteral("ambiguous"), ReplySync::tr("rule-based: no rule matched") };
}

} // namespace

ReplySync::ReplySync(Workspace& workspace, OutreachEngine::Write write)
    : m_workspace(workspace)
    , m_write(std::move(write))
{ }

void ReplySync::apply(Workspace& workspace, const Mailbox& mailbox, const ReceivedMail& mail,
    const QByteArray& storedId, const QDateTime& now, const Options& options, Result& result,
    qint64 knownLead)
{
    Match match = knownLead != 0                  ? Match { knownLead, 0 }
        : mail.kind == ReceivedMail::Kind::Bounce ? byMessageIds(workspace,
              mail.bouncedMessageId.isEmpty() ? mail.references : QByteArrayList { mail.bouncedMessageId })
                                                  : byMessageIds(workspace, mail.references);
    if (match.leadId == 0)
        match = byAddress(
            workspace, mail.kind == ReceivedMail::Kind::Bounce ? mail.bouncedAddress : mail.fromAddress);
    if (match.leadId == 0) {
        ++result.ignored; // not about a lead: never stored
        return;
    }
    const qint64 at = now.toMSecsSinceEpoch();
    static const char* const kinds[] = { "reply", "bounce", "auto_reply", "unsubscribe" };
    const QString kind = mail.kind == ReceivedMail::Kind::Bounce && !mail.permanent
        ? QStringLiteral("soft_bounce")
        : QString::fromLatin1(kinds[int(mail.kind)]);
    // Text columns are never NULL: empty, not null, strings.
    QString replyClass = QStringLiteral("");
    QString reason = QStringLiteral("");
    switch (mail.kind) {
    case ReceivedMail::Kind::Reply:
        std::tie(replyClass, reason) = classify(mail.text);
        break;
    case ReceivedMail::Kind::Unsubscribe:
        replyClass = QStringLiteral("unsubscribe");
        break;
    case ReceivedMail::Kind::AutoReply:
        replyClass = QStringLiteral("out_of_office");
        break;
    case ReceivedMail::Kind::Bounce:
        break;
    }
    CachedQuery insert(workspace,
        QStringLiteral(
            "INSERT INTO replies (mailbox_id, lead_id, message_id, in_reply_to, kind, from_address, "
            "received_at, subject, text, class, reason, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
    for (const QVariant& value : { QVariant(mailbox.id), QVariant(match.leadId),
             QVariant(QString::fromUtf8(storedId)), match.messageId ? QVariant(match.messageId) : QVariant(),
             QVariant(kind), QVariant(mail.fromAddress),
             QVariant(mail.date.isValid() ? mail.date.toMSecsSinceEpoch() : at), QVariant(mail.subject),
             QVariant(mail.text), QVariant(replyClass), QVariant(reason), QVariant(at) })
        insert->bind(value);
    insert->exec();
    if (mail.kind == ReceivedMail::Kind::Reply)
        result.stored.append({ insert->lastInsertId().toLongLong(), mail.subject, mail.text });
    const QString who = mail.fromName.isEmpty()
        ? mail.fromAddress
        : QStringLiteral("%1 <%2>").arg(mail.fromName, mail.fromAddress);
    switch (mail.kind) {
    case ReceivedMail::Kind::Reply:
        record(workspace, match.leadId, at, QStringLiteral("replied"), tr("%1: %2").arg(who, mail.subject));
        stopLead(workspace, match.leadId, tr("the lead replied"));
        Pipeline(workspace).replyClassified(match.leadId, replyClass, at);
        ++result.replies;
        break;
    case ReceivedMail::Kind::Unsubscribe:
        OptOutList(workspace).add({ mail.fromAddress }, tr("an unsubscribe reply"), at);
        record(
            workspace, match.leadId, at, QStringLiteral("opted_out"), tr("%1 asked to unsubscribe").arg(who));
        stopLead(workspace, match.leadId, tr("the lead opted out"));
        ++result.unsubscribes;
        break;
    case ReceivedMail::Kind::Bounce:
        if (mail.permanent) {
            record(workspace, match.leadId, at, QStringLiteral("bounced"),
                tr("%1 bounced (%2)").arg(mail.bouncedAddress, mail.status));
            stopLead(workspace, match.leadId, tr("the address bounced"));
        } else {
            record(workspace, match.leadId, at, QStringLiteral("bounce_transient"),
                tr("%1 could not be delivered for now (%2)").arg(mail.bouncedAddress, mail.status));
        }
        ++result.bounces;
        break;
    case ReceivedMail::Kind::AutoReply: {
        // Paused, not stopped: the next messages wait until the lead is back.
        const QDate until
            = mail.backOn.value_or(now.toTimeZone(mailbox.zone).date().addDays(options.autoReplyPauseDays));
        CachedQuery pause(workspace,
            QStringLiteral(
                "UPDATE messages SET planned_at = MAX(planned_at, ?) WHERE state IN ('planned', 'retry') AND "
                "enrollment_id IN (SELECT id FROM enrollments WHERE lead_id = ? AND state = 'active')"));
        pause->bind(until.startOfDay(mailbox.zone).toMSecsSinceEpoch());
        pause->bind(match.leadId);
        pause->exec();
        record(workspace, match.leadId, at, QStringLiteral("auto_reply"),
            mail.backOn
                ? tr("%1 is away until %2").arg(who, until.toString(Qt::ISODate))
                : tr("%1 is away; the next messages wait until %2").arg(who, until.toString(Qt::ISODate)));
        ++result.autoReplies;
        break;
    }
    }
}

qint64 ReplySync::recordByHand(qint64 leadId, const Mailbox& mailbox, const QString& subject,
    const QString& text, const std::optional<QDateTime>& receivedAt, const QDateTime& now)
{
    SqlQuery lead(
        m_workspace.database(), QStringLiteral("SELECT lower(trim(email)) FROM leads WHERE id = ?"));
    lead.bind(leadId);
    lead.exec();
    if (!lead.next())
        throw Error(tr("There is no lead %1.").arg(leadId));
    const QString from = lead.value(0).toString();
    lead.finish();
    // Read as a synced message is read, so the same rules recognise what it is.
    const QDateTime at = receivedAt.value_or(now);
    const QByteArray head = "From: <" + from.toUtf8() + ">\r\nSubject: " + subject.simplified().toUtf8();
    const QByteArray date = "\r\nDate: " + at.toUTC().toString(Qt::RFC2822Date).toUtf8();
    const QByteArray rest = "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + text.toUtf8();
    const QByteArray raw = head + date + rest;
    const ReceivedMail mail = ReceivedMail::parse(raw, at.date());
    // The same text from the same lead is one reply however often it is sent: at the same time when
    // the time is given, at all when it is not (the time of the call would tell a retry apart).
    const QByteArray storedId = "manual:"
        + QCryptographicHash::hash(
            QByteArray(QByteArray::number(leadId) + '\n' + (receivedAt ? raw : head + rest)),
            QCryptographicHash::Sha1)
              .toHex();
    qint64 id = 0;
    m_write([&](Workspace& workspace) {
        const auto stored = [&] {
            CachedQuery select(
                workspace, QStringLiteral("SELECT id FROM replies WHERE mailbox_id = ? AND message_id = ?"));
            select->bind(mailbox.id);
            select->bind(QString::fromLatin1(storedId));
            select->exec();
            return select->next() ? select->value(0).toLongLong() : 0;
        };
        if (stored() != 0)
            return;
        Result result;
        apply(workspace, mailbox, mail, storedId, now, {}, result, leadId);
        id = stored();
    });
    return id;
}

ReplySync::Result ReplySync::sync(const QDateTime& now, const Options& options)
{
    Result result;
    for (const Mailbox& mailbox : MailboxStore(m_workspace).list()) {
        if (mailbox.imapUrl.isEmpty())
            continue;
        try {
            const std::optional<QByteArray> secret
                = options.password ? options.password(mailbox) : QByteArray();
            if (!secret)
                throw Error(tr("its password was not found"));
            ImapClient client(options.timeoutMs, options.cancel);
            client.connectTo(mailbox.imapUrl, mailbox.imapLogin(), *secret, mailbox.usesOAuth());
            for (const QString& folder : mailbox.imapFolders) {
                const ImapClient::Folder status = client.examine(folder);
                quint32 validity = 0;
                quint32 lastUid = 0;
                {
                    SqlQuery stored(m_workspace.database(),
                        QStringLiteral("SELECT uid_validity, last_uid FROM imap_folders WHERE mailbox_id = ? "
                                       "AND folder = ?"));
                    stored.bind(mailbox.id);
                    stored.bind(folder);
                    stored.exec();
                    if (stored.next()) {
                        validity = stored.value(0).toUInt();
                        lastUid = stored.value(1).toUInt();
                    }
                    stored.finish();
                }
                // A folder read for the first time, or renumbered by the server: the look-back again
                // (what was stored before is known by its Message-ID).
                const QList<quint32> uids = validity == status.uidValidity
                    ? client.uidsFrom(lastUid + 1)
                    : client.searchSince(now.date().addDays(-options.lookBackDays));
                const QList<ImapClient::Message> messages = client.fetch(uids);
                result.fetched += messages.size();
                m_write([&](Workspace& workspace) {
                    quint32 last = validity == status.uidValidity ? lastUid : 0;
                    CachedQuery known(workspace,
                        QStringLiteral("SELECT 1 FROM replies WHERE mailbox_id = ? AND message_id = ?"));
                    for (const ImapClient::Message& message : messages) {
                        last = std::max(last, message.uid);
                        ReceivedMail mail;
                        try {
                            mail = ReceivedMail::parse(message.raw, now.toTimeZone(mailbox.zone).date());
                        } catch (const Error&) {
                            ++result.ignored; // not a message: nothing to act on
                            continue;
                        }
                        const QByteArray storedId = mail.messageId.isEmpty() ? "sha1:"
                                + QCryptographicHash::hash(message.raw, QCryptographicHash::Sha1).toHex()
                                                                             : mail.messageId;
                        known->bind(mailbox.id);
                        known->bind(QString::fromUtf8(storedId));
                        known->exec();
                        const bool seen = known->next();
                        known->finish();
                        if (!seen)
                            apply(workspace, mailbox, mail, storedId, now, options, result);
                    }
                    CachedQuery save(workspace,
                        QStringLiteral(
                            "INSERT INTO imap_folders (mailbox_id, folder, uid_validity, last_uid) VALUES "
                            "(?, "
                            "?, ?, ?) ON CONFLICT (mailbox_id, folder) DO UPDATE SET uid_validity = "
                            "excluded.uid_validity, last_uid = excluded.last_uid"));
                    save->bind(mailbox.id);
                    save->bind(folder);
                    save->bind(status.uidValidity);
                    save->bind(std::max(last, status.uidNext > 0 ? status.uidNext - 1 : last));
                    save->exec();
                });
            }
            client.logout();
        } catch (const Error& error) {
            result.failedMailboxes.insert(mailbox.name);
            result.problems.append(
                tr("Mailbox %1: replies were not read: %2").arg(mailbox.name, error.message()));
        }
    }
    // The AI provider's class for the new replies, asked outside any transaction; a failure leaves
    // "ambiguous" with the reason. A class the user set meanwhile stays.
    if (options.assistant && options.assistant->isConfigured()) {
        for (const auto& [id, subject, text] : std::as_const(result.stored)) {
            // Named, not a structured binding: clang 14 cannot capture one in the lambda below.
            const std::pair<QString, QString> classified = options.assistant->classify(subject, text);
            m_write([&, id = id](Workspace& workspace) {
                CachedQuery update(workspace,
                    QStringLiteral(
                        "UPDATE replies SET class = ?, reason = ? WHERE id = ? AND class_by_user = 0"));
                update->bind(classified.first);
                update->bind(classified.second);
                update->bind(id);
                update->exec();
                if (update->numRowsAffected() == 1) {
                    CachedQuery lead(workspace, QStringLiteral("SELECT lead_id FROM replies WHERE id = ?"));
                    lead->bind(id);
                    lead->exec();
                    lead->next();
                    Pipeline(workspace).replyClassified(
                        lead->value(0).toLongLong(), classified.first, now.toMSecsSinceEpoch());
                }
            });
        }
    }
    // Sequences that answer interested replies by themselves: the draft goes out at once, claimed and
    // threaded as any answer.
    for (const auto& [id, subject, text] : std::as_const(result.stored)) {
        SqlQuery automatic(m_workspace.database(),
            QStringLiteral(
                "SELECT 1 FROM replies r JOIN enrollments e ON e.lead_id = r.lead_id JOIN sequences s ON "
                "s.id = e.sequence_id WHERE r.id = ? AND r.class = 'interested' AND r.state = 'new' AND "
                "json_extract(s.spec, '$.auto_send_interested') = 1 LIMIT 1"));
        automatic.bind(id);
        automatic.exec();
        const bool send = automatic.next();
        automatic.finish();
        if (!send)
            continue;
        try {
            ReplyActions actions(m_workspace, m_write);
            actions.draft(id, now, options.assistant);
            if (actions.send(id, {}, options.password, now).outcome == SmtpResult::Outcome::Sent)
                ++result.answered;
        } catch (const Error& error) {
            result.problems.append(error.message());
        }
    }
    return result;
}

} // namespace LeadSync
