#include "ReplyActions.h"

#include "Error.h"
#include "ReplyAssistant.h"
#include "leads/LeadHistory.h"
#include "outreach/MailMessage.h"
#include "outreach/Mailbox.h"
#include "outreach/SmtpSender.h"
#include "pipeline/Pipeline.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QTimeZone>

namespace LeadSync {

namespace {

const QString kBookingLinkKey = QStringLiteral("replies.booking_link");

// A reply and what answering it needs.
struct Stored
{
    qint64 leadId = 0;
    qint64 mailboxId = 0;
    QString messageId;
    QString ourMessageId; // the message of ours it answered
    QString from;
    QString subject;
    QString replyClass;
    QString draft;
    QString state;
    QString firstName;
};

Stored load(Workspace& workspace, qint64 replyId)
{
    SqlQuery select(workspace.database(),
        QStringLiteral(
            "SELECT r.lead_id, r.mailbox_id, r.message_id, COALESCE(m.message_id, ''), r.from_address, "
            "r.subject, r.class, r.draft, r.state, l.first_name FROM replies r JOIN leads l ON l.id = "
            "r.lead_id LEFT JOIN messages m ON m.id = r.in_reply_to WHERE r.id = ? AND r.kind NOT IN "
            "('bounce', 'soft_bounce')"));
    select.bind(replyId);
    select.exec();
    if (!select.next())
        throw Error(ReplyActions::tr("There is no reply %1.").arg(replyId));
    Stored stored { select.value(0).toLongLong(), select.value(1).toLongLong(), select.value(2).toString(),
        select.value(3).toString(), select.value(4).toString(), select.value(5).toString(),
        select.value(6).toString(), select.value(7).toString(), select.value(8).toString(),
        select.value(9).toString() };
    select.finish();
    return stored;
}

void record(
    Workspace& workspace, qint64 leadId, const QDateTime& now, const QString& what, const QString& details)
{
    LeadHistory(workspace).record(
        leadId, now.toMSecsSinceEpoch(), LeadEvent::Kind::Outreach, what, {}, details);
}

void update(Workspace& workspace, qint64 replyId, const char* assignments, const QVariantList& values)
{
    SqlQuery query(workspace.database(),
        QStringLiteral("UPDATE replies SET %1 WHERE id = ?").arg(QLatin1String(assignments)));
    for (const QVariant& value : values)
        query.bind(value);
    query.bind(replyId);
    query.exec();
}

} // namespace

const QStringList& ReplyActions::classes()
{
    static const QStringList all { QStringLiteral("interested"), QStringLiteral("not_interested"),
        QStringLiteral("question"), QStringLiteral("unsubscribe"), QStringLiteral("out_of_office"),
        QStringLiteral("ambiguous") };
    return all;
}

QString ReplyActions::bookingLink(Workspace& workspace)
{
    return workspace.metaValue(kBookingLinkKey);
}

void ReplyActions::setBookingLink(Workspace& workspace, const QString& url)
{
    const QUrl link(url.trimmed(), QUrl::StrictMode);
    if (!url.trimmed().isEmpty()
        && (!link.isValid() || (link.scheme() != u"https" && link.scheme() != u"http")))
        throw Error(tr("The booking link must be an http(s) URL, not \"%1\".").arg(url));
    workspace.setMetaValue(kBookingLinkKey, url.trimmed());
}

QList<StoredReply> ReplyActions::list(
    Workspace& workspace, const QString& replyClass, qint64 limit, qint64 mailboxId)
{
    SqlQuery select(workspace.database(),
        QStringLiteral(
            "SELECT id, lead_id, mailbox_id, from_address, received_at, subject, text, class, reason, draft, "
            "state FROM replies WHERE kind NOT IN ('bounce', 'soft_bounce') AND (? = '' OR class = ?) AND (? "
            "= 0 "
            "OR mailbox_id = ?) ORDER BY received_at DESC, id DESC LIMIT ?"));
    const QString wanted = replyClass.isNull() ? QStringLiteral("") : replyClass; // never NULL
    select.bind(wanted);
    select.bind(wanted);
    select.bind(mailboxId);
    select.bind(mailboxId);
    select.bind(limit);
    select.exec();
    QList<StoredReply> replies;
    while (select.next())
        replies.append({ select.value(0).toLongLong(), select.value(1).toLongLong(),
            select.value(2).toLongLong(), select.value(3).toString(),
            QDateTime::fromMSecsSinceEpoch(select.value(4).toLongLong(), QTimeZone::utc()),
            select.value(5).toString(), select.value(6).toString(), select.value(7).toString(),
            select.value(8).toString(), select.value(9).toString(), select.value(10).toString() });
    select.finish();
    return replies;
}

qint64 ReplyActions::unhandled(Workspace& workspace)
{
    SqlQuery count(workspace.database(),
        QStringLiteral(
            "SELECT COUNT(*) FROM replies WHERE kind IN ('reply', 'unsubscribe') AND state = 'new'"));
    count.exec();
    const qint64 n = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return n;
}

ReplyActions::ReplyActions(Workspace& workspace, OutreachEngine::Write write)
    : m_workspace(workspace)
    , m_write(std::move(write))
{ }

void ReplyActions::classify(qint64 replyId, const QString& replyClass, const QDateTime& now)
{
    if (!classes().contains(replyClass))
        throw Error(tr("\"%1\" is not a class; the classes are %2.")
                        .arg(replyClass, classes().join(QStringLiteral(", "))));
    m_write([&](Workspace& workspace) {
        const Stored stored = load(workspace, replyId);
        update(workspace, replyId, "class = ?, reason = ?, class_by_user = 1",
            { replyClass, tr("corrected by the user (was %1)").arg(stored.replyClass) });
        record(workspace, stored.leadId, now, QStringLiteral("reply_classified"),
            tr("%1 -> %2").arg(stored.replyClass, replyClass));
        Pipeline(workspace).replyClassified(stored.leadId, replyClass, now.toMSecsSinceEpoch());
    });
}

QString ReplyActions::draft(qint64 replyId, const QDateTime& now, const ReplyAssistant* assistant)
{
    const Stored stored = load(m_workspace, replyId);
    const std::optional<Mailbox> mailbox = MailboxStore(m_workspace).find(stored.mailboxId);
    const QString signature = mailbox && !mailbox->fromName.isEmpty() ? mailbox->fromName : QString();
    const QString link = bookingLink(m_workspace);
    QString text;
    if (assistant && assistant->isConfigured()) {
        // Asked outside any transaction: a provider may take seconds.
        QHash<QString, QString> lead;
        SqlQuery fields(m_workspace.database(),
            QStringLiteral("SELECT first_name, last_name, company, title FROM leads WHERE id = ?"));
        fields.bind(stored.leadId);
        fields.exec();
        static const char* const names[] = { "first_name", "last_name", "company", "title" };
        if (fields.next()) {
            for (int i = 0; i < 4; ++i)
                lead.insert(QLatin1String(names[i]), fields.value(i).toString());
        }
        fields.finish();
        SqlQuery reply(m_workspace.database(), QStringLiteral("SELECT text FROM replies WHERE id = ?"));
        reply.bind(replyId);
        reply.exec();
        const QString replyText = reply.next() ? reply.value(0).toString() : QString();
        reply.finish();
        QString error;
        const std::optional<QString> drafted
            = assistant->draft(stored.replyClass, stored.subject, replyText, lead, link, signature, &error);
        if (!drafted)
            throw Error(tr("Reply %1 was not drafted: %2").arg(replyId).arg(error));
        text = *drafted;
    } else {
        const QString hello = stored.firstName.isEmpty() ? tr("Hi,") : tr("Hi %1,").arg(stored.firstName);
        QString middle;
        if (stored.replyClass == u"interested") {
            middle = link.isEmpty() ? tr("Great to hear. When would suit you for a short call?")
                                    : tr("Great to hear. Pick a time that suits you here: %1").arg(link);
        } else if (stored.replyClass == u"question") {
            middle = tr("Thanks for your question. I'll check and get back to you shortly.");
        } else if (stored.replyClass == u"not_interested") {
            middle = tr("Understood, thank you for letting me know. I won't follow up further.");
        } else {
            middle = tr("Thanks for getting back to me.");
        }
        text = QStringList { hello, middle,
            signature.isEmpty() ? tr("Best regards") : tr("Best regards,\n%1").arg(signature) }
                   .join(QStringLiteral("\n\n"));
    }
    m_write([&](Workspace& workspace) {
        update(workspace, replyId, "draft = ?", { text });
        record(workspace, stored.leadId, now, QStringLiteral("reply_drafted"), stored.subject);
    });
    return text;
}

SmtpResult ReplyActions::send(
    qint64 replyId, const QString& text, const OutreachEngine::PasswordLookup& password, const QDateTime& now)
{
    const Stored stored = load(m_workspace, replyId);
    const QString body = text.trimmed().isEmpty() ? stored.draft : text;
    if (body.trimmed().isEmpty())
        throw Error(tr("Reply %1 has no answer to send: draft one, or give the text.").arg(replyId));
    const std::optional<Mailbox> mailbox = MailboxStore(m_workspace).find(stored.mailboxId);
    if (!mailbox)
        throw Error(tr("Reply %1 came to a mailbox that no longer exists.").arg(replyId));
    const std::optional<QByteArray> secret = password ? password(*mailbox) : QByteArray();
    if (!secret)
        throw Error(tr("Mailbox %1: its password was not found.").arg(mailbox->name));
    MailMessage mail = mailbox->newMessage(stored.from, now);
    mail.subject = stored.subject.startsWith(u"Re:", Qt::CaseInsensitive) ? stored.subject
                                                                          : tr("Re: %1").arg(stored.subject);
    mail.body = body;
    if (!stored.ourMessageId.isEmpty())
        mail.references.append(stored.ourMessageId.toUtf8());
    if (!stored.messageId.startsWith(u"sha1:"))
        mail.references.append(stored.messageId.toUtf8()); // the last: the one answered
    // Claimed first, with its Message-ID: a second send, here or in another process, finds it taken.
    bool claimed = false;
    m_write([&](Workspace& workspace) {
        SqlQuery claim(workspace.database(),
            QStringLiteral("UPDATE replies SET state = 'sending', answer_id = ?, draft = ? WHERE id = ? AND "
                           "state = 'new'"));
        claim.bind(QString::fromLatin1(mail.messageId));
        claim.bind(body);
        claim.bind(replyId);
        claim.exec();
        claimed = claim.numRowsAffected() == 1;
    });
    if (!claimed)
        throw Error(tr("Reply %1 was answered or discarded already (%2).").arg(replyId).arg(stored.state));
    const SmtpResult result = SmtpSender(*mailbox, *secret).send(mail.toAddress, mail.render());
    m_write([&](Workspace& workspace) {
        switch (result.outcome) {
        case SmtpResult::Outcome::Sent:
            update(workspace, replyId, "state = 'answered', answered_at = ?", { now.toMSecsSinceEpoch() });
            record(workspace, stored.leadId, now, QStringLiteral("reply_sent"), mail.subject);
            break;
        case SmtpResult::Outcome::Unknown:
            // Handed over, answer lost: never sent again by itself.
            update(workspace, replyId, "state = 'unknown'", {});
            record(workspace, stored.leadId, now, QStringLiteral("unknown"), result.reason);
            break;
        default:
            update(workspace, replyId, "state = 'new'", {}); // not sent: it can be tried again
            break;
        }
    });
    return result;
}

void ReplyActions::discard(qint64 replyId, const QDateTime& now)
{
    m_write([&](Workspace& workspace) {
        const Stored stored = load(workspace, replyId);
        update(workspace, replyId, "state = 'discarded', draft = ''", {});
        record(workspace, stored.leadId, now, QStringLiteral("reply_discarded"), stored.subject);
    });
}

} // namespace LeadSync
