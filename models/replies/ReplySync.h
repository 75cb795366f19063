#pragma once

#include <optional>

#include "ReceivedMail.h"
#include "ReplyAssistant.h"
#include "outreach/Mailbox.h"
#include "outreach/OutreachEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace LeadSync {

class Workspace;

// Reads what arrived in the mailboxes' inboxes since the last sync (docs/decisions/0016-replies.md)
// and acts on what concerns an enrolled lead:
// - a reply stops the lead's sequences at once and is stored;
// - a permanent bounce stops them and marks the address as bounced (a transient one is noted);
// - an automatic reply pushes the lead's next messages to the day it says, else by a few days;
// - an unsubscribe request opts the address out.
// Each is an event in the lead's history. Mail that matches no lead is not stored. Runs where the
// engine's tick runs (a worker thread, the CLI), reading on `workspace` and writing through `write`.
class ReplySync final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::ReplySync)

public:
    struct Options
    {
        OutreachEngine::PasswordLookup password; // as for sending: the mailbox's secret
        int lookBackDays = 14; // a folder read for the first time (or renumbered): this far back
        int autoReplyPauseDays = 7; // an automatic reply without a return date
        int timeoutMs = 30000;
        const std::atomic_bool* cancel = nullptr;
        // Classifies new replies when it has a provider; else the rule set's class stays.
        const ReplyAssistant* assistant = nullptr;
    };
    struct Result
    {
        qint64 fetched = 0;
        qint64 replies = 0;
        qint64 bounces = 0;
        qint64 autoReplies = 0;
        qint64 unsubscribes = 0;
        qint64 ignored = 0;
        qint64 answered = 0; // interested replies answered by themselves (auto-send sequences)
        QStringList problems; // a mailbox that could not be read, and why
        QSet<QString> failedMailboxes; // their names: they send nothing this tick
        // The replies stored by this sync: id, subject, text (for the AI provider's class).
        QList<std::tuple<qint64, QString, QString>> stored;
    };

    ReplySync(Workspace& workspace, OutreachEngine::Write write);

    Result sync(const QDateTime& now, const Options& options);

    // A reply the user records by hand (the local API's POST /reply: a call, a form, another inbox),
    // handled as if it had been synced into mailbox: recognised (an unsubscribe request, an automatic
    // reply), stored, classified by the rules, the lead's sequences stopped, its history and stage
    // updated. Returns the reply's id, or 0 when the same reply was recorded before. Without a
    // receivedAt (received now), the same subject and text from the lead is the same reply: a client
    // that sends it again, a second later, does not store it twice.
    qint64 recordByHand(qint64 leadId, const Mailbox& mailbox, const QString& subject, const QString& text,
        const std::optional<QDateTime>& receivedAt, const QDateTime& now);

private:
    // Inside the write transaction: what the mail means for the lead it matches (knownLead, else by
    // its Message-IDs and sender), if any.
    static void apply(Workspace& workspace, const Mailbox& mailbox, const ReceivedMail& mail,
        const QByteArray& storedId, const QDateTime& now, const Options& options, Result& result,
        qint64 knownLead = 0);

    Workspace& m_workspace;
    OutreachEngine::Write m_write;
};

} // namespace LeadSync
