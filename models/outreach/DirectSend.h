#pragma once

#include "OutreachEngine.h"

#include <QCoreApplication>

namespace LeadSync {

// A one-off message to a lead, outside any sequence (the local API's POST /send), sent the engine's
// way: refused for a lead without an email, opted out or bounced; sent only when the mailbox's caps
// and gap allow it now; claimed (with its Message-ID) before it is handed to the server, so it is
// never sent twice; each outcome in the lead's history. The sending window does not apply: this is a
// message the user asked for now.
class DirectSend final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::DirectSend)

public:
    struct Request
    {
        qint64 leadId = 0;
        QString mailbox; // a name; empty: the workspace's only mailbox
        QString subject;
        QString body;
    };
    struct Result
    {
        // Why it was not sent (no email, opted out, bounced, the caps); empty when it was handed to the
        // server (smtp says how that went).
        QString refused;
        QDateTime notBefore; // when only the caps stood in the way: the time they allow it
        qint64 id = 0; // direct_messages.id
        QByteArray messageId;
        SmtpResult smtp;
    };

    DirectSend(Workspace& workspace, OutreachEngine::Write write);

    // Sends, or says why not; throws Error for a missing lead or mailbox, or the mailbox's password.
    Result send(const Request& request, const OutreachEngine::PasswordLookup& password, const QDateTime& now);

private:
    Workspace& m_workspace;
    OutreachEngine::Write m_write;
};

} // namespace LeadSync
