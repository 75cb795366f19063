#include "DirectSend.h"

#include "Error.h"
#include "MailMessage.h"
#include "Mailbox.h"
#include "OptOutList.h"
#include "leads/LeadHistory.h"
#include "pipeline/Pipeline.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

namespace LeadSync {

DirectSend::DirectSend(Workspace& workspace, OutreachEngine::Write write)
    : m_workspace(workspace)
    , m_write(std::move(write))
{ }

DirectSend::Result DirectSend::send(
    const Request& request, const OutreachEngine::PasswordLookup& password, const QDateTime& now)
{
    Result result;
    if (request.subject.trimmed().isEmpty() || request.body.trimmed().isEmpty()) {
        result.refused = tr("A message needs a subject and a body.");
        return result;
    }
    const QList<Mailbox> mailboxes = MailboxStore(m_workspace).list();
    std::optional<Mailbox> mailbox;
    if (!request.mailbox.isEmpty())
        mailbox = MailboxStore(m_workspace).find(request.mailbox);
    else if (mailboxes.size() == 1)
        mailbox = mailboxes.first();
    if (!mailbox)
        throw Error(request.mailbox.isEmpty()
                ? tr("Name the mailbox to send from: the workspace has %n mailbox(es).", nullptr,
                    int(mailboxes.size()))
                : tr("There is no mailbox \"%1\".").arg(request.mailbox));

    SqlQuery lead(m_workspace.database(),
        QStringLiteral("SELECT trim(email), trim(first_name || ' ' || last_name) FROM leads WHERE id = ?"));
    lead.bind(request.leadId);
    lead.exec();
    if (!lead.next())
        throw Error(tr("There is no lead %1.").arg(request.leadId));
    const QString email = lead.value(0).toString();
    const QString name = lead.value(1).toString();
    lead.finish();
    if (email.isEmpty())
        result.refused = tr("Lead %1 has no email.").arg(request.leadId);
    else if (OptOutList(m_workspace).contains(email))
        result.refused = tr("%1 opted out.").arg(email);
    SqlQuery bounced(m_workspace.database(),
        QStringLiteral(
            "SELECT 1 FROM lead_events WHERE lead_id = ? AND kind = 'outreach' AND field = 'bounced'"));
    bounced.bind(request.leadId);
    bounced.exec();
    if (result.refused.isEmpty() && bounced.next())
        result.refused = tr("%1 bounced before.").arg(email);
    bounced.finish();
    if (!result.refused.isEmpty())
        return result;
    const std::optional<QByteArray> secret = password ? password(*mailbox) : QByteArray();
    if (!secret)
        throw Error(tr("Mailbox %1: its password was not found.").arg(mailbox->name));

    MailMessage mail = mailbox->newMessage(email, now);
    mail.toName = name;
    mail.subject = request.subject.trimmed();
    mail.body = request.body;

    // The caps are checked again in the transaction that claims: two requests at once cannot both pass.
    result.messageId = mail.messageId;
    const qint64 at = now.toMSecsSinceEpoch();
    m_write([&](Workspace& workspace) {
        const QDateTime allowed = OutreachEngine(workspace, {}).nextSendAllowed(*mailbox, now);
        if (!allowed.isValid() || allowed > now.addSecs(1)) {
            result.refused = allowed.isValid()
                ? tr("Mailbox %1 has reached its caps; it may send again at %2.")
                      .arg(mailbox->name, allowed.toUTC().toString(Qt::ISODate))
                : tr("Mailbox %1 has reached its caps.").arg(mailbox->name);
            result.notBefore = allowed;
            return;
        }
        SqlQuery claim(workspace.database(),
            QStringLiteral("INSERT INTO direct_messages (mailbox_id, lead_id, message_id, subject, body, "
                           "claimed_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
            { QVariant(mailbox->id), QVariant(request.leadId), QVariant(QString::fromLatin1(mail.messageId)),
                QVariant(mail.subject), QVariant(mail.body), QVariant(at) })
            claim.bind(value);
        claim.exec();
        result.id = claim.lastInsertId().toLongLong();
        LeadHistory(workspace).record(request.leadId, at, LeadEvent::Kind::Outreach,
            QStringLiteral("claimed"), {}, tr("one-off message: %1").arg(mail.subject));
    });
    if (!result.refused.isEmpty())
        return result;
    result.smtp = SmtpSender(*mailbox, *secret).send(mail.toAddress, mail.render());
    m_write([&](Workspace& workspace) {
        QString state = QStringLiteral("failed");
        if (result.smtp.outcome == SmtpResult::Outcome::Sent)
            state = QStringLiteral("sent");
        else if (result.smtp.outcome == SmtpResult::Outcome::Unknown)
            state = QStringLiteral("unknown"); // handed over, answer lost: never sent again by itself
        SqlQuery update(workspace.database(),
            QStringLiteral("UPDATE direct_messages SET state = ?, reason = ?, sent_at = ? WHERE id = ?"));
        update.bind(state);
        update.bind(result.smtp.reason);
        update.bind(state == u"sent" ? QVariant(at) : QVariant());
        update.bind(result.id);
        update.exec();
        LeadHistory(workspace).record(request.leadId, at, LeadEvent::Kind::Outreach, state, {},
            tr("one-off message %1: %2").arg(mail.subject, result.smtp.reason));
        if (state == u"sent")
            Pipeline(workspace).messageSent(request.leadId, at);
    });
    return result;
}

} // namespace LeadSync
