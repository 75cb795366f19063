#pragma once

#include "outreach/OutreachEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace LeadSync {

class ReplyAssistant;
class Workspace;

// A reply as the inbox lists it.
struct StoredReply
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 mailboxId = 0;
    QString from;
    QDateTime receivedAt;
    QString subject;
    QString text;
    QString replyClass;
    QString reason;
    QString draft;
    QString state; // new, sending, answered, unknown, discarded
};

// What the consultant does with a reply: correct its class, draft an answer, send it (threaded under
// the lead's message, claimed before it is sent, as the engine sends), or discard it. Each is an
// event in the lead's history. Throws Error naming the reply or what is wrong.
class ReplyActions final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::ReplyActions)

public:
    static const QStringList&
    classes(); // interested, not_interested, question, unsubscribe, out_of_office, ambiguous

    // The consultant's settings for drafts, kept in the workspace: the booking link (Calendly or any URL).
    static QString bookingLink(Workspace& workspace);
    static void setBookingLink(Workspace& workspace, const QString& url);

    ReplyActions(Workspace& workspace, OutreachEngine::Write write);

    // The replies (bounces aside), newest first; replyClass empty: all; mailboxId 0: every mailbox's.
    // At most limit.
    static QList<StoredReply> list(
        Workspace& workspace, const QString& replyClass, qint64 limit, qint64 mailboxId = 0);
    // How many wait for the consultant (new, not answered nor discarded).
    static qint64 unhandled(Workspace& workspace);

    void classify(qint64 replyId, const QString& replyClass, const QDateTime& now);
    // A drafted answer: by the AI provider when the assistant has one (from the offer text, the lead
    // and the reply), else from the reply's class: the booking link for "interested", a promise to
    // come back for a question (never an invented answer), a short polite close for
    // "not_interested". Stored on the reply and returned; a provider's failure throws, the draft
    // unchanged.
    QString draft(qint64 replyId, const QDateTime& now, const ReplyAssistant* assistant = nullptr);
    // Sends text (or the stored draft) to the reply's sender, in its thread; caps do not apply to
    // answers. password: the mailbox's secret.
    SmtpResult send(qint64 replyId, const QString& text, const OutreachEngine::PasswordLookup& password,
        const QDateTime& now);
    void discard(qint64 replyId, const QDateTime& now);

private:
    Workspace& m_workspace;
    OutreachEngine::Write m_write;
};

} // namespace LeadSync
