#pragma once

#include "MailMessage.h"
#include "SendSchedule.h"
#include "Sequence.h"
#include "SmtpSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace LeadSync {

class Workspace;
class WorkspaceWriter;

// The outreach engine (docs/decisions/0014-outreach.md): enrolling leads into sequences, planning
// each message's send time, and ticking: sending what is due, exactly once as far as a mail client
// can, and recording every state change in the lead's history.
//
// Reads go to the workspace given; every write goes through `write`, which runs a function in one
// transaction (the CLI's own connection, or the desktop app's WorkspaceWriter), so a claim and its
// checks are one transaction whoever else ticks at the same time.
class OutreachEngine final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::OutreachEngine)

public:
    using Write = std::function<void(const std::function<void(Workspace&)>&)>;
    // The three ways writes are made (for the engine, the reply sync and the reply actions alike):
    // each in a transaction of its own on a connection that is its process's only writer (the CLI);
    // inside the transaction already open on workspace (a task of the workspace's writer); or queued
    // on the workspace's writer and waited for (a worker thread of the desktop app).
    static Write transactionsOn(Workspace& workspace);
    static Write within(Workspace& workspace);
    static Write through(const std::shared_ptr<WorkspaceWriter>& writer);
    // The password of a mailbox (from the keychain or its environment variable); empty: none needed;
    // nullopt: the mailbox names one that cannot be found, and it does not send this tick.
    using PasswordLookup = std::function<std::optional<QByteArray>(const Mailbox&)>;

    OutreachEngine(Workspace& workspace, Write write);

    // The earliest time the mailbox's caps and gap let it send another message, from now.
    QDateTime nextSendAllowed(const Mailbox& mailbox, const QDateTime& now) const;

    struct EnrollResult
    {
        qint64 enrolled = 0;
        QMap<QString, qint64> skipped; // reason -> leads
    };
    // Enrolls the leads (a filter's, a view's, a campaign's, a selection's) into the sequence and plans
    // their first message. Skipped, with the reason: no email, an email column calls the address
    // invalid, opted out, already in this sequence, bounced before.
    // dryRun: counts only, writes nothing (the desktop app's confirmation).
    EnrollResult enroll(
        const Sequence& sequence, const QList<qint64>& leadIds, const QDateTime& now, bool dryRun = false);
    // Takes the leads out of the sequence; their messages not yet sent are cancelled. Returns how many.
    qint64 unenroll(const Sequence& sequence, const QList<qint64>& leadIds, const QDateTime& now);

    struct TickOptions
    {
        bool dryRun = false; // plan and report, send nothing
        SmtpSender::Limits smtp;
        PasswordLookup password;
        // An OAuth mailbox whose access token the server refused: a new one (nullopt: none).
        PasswordLookup renew;
        const std::atomic_bool* cancel = nullptr;
    };
    struct TickResult
    {
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 retry = 0;
        qint64 unknown = 0;
        qint64 skipped = 0;
        QDateTime nextDue; // null when nothing is planned
        QStringList wouldSend; // dry run: "lead id: subject"
        QStringList withoutPassword; // mailboxes with messages due whose password was not found
    };
    // Sends every message due at `now` that its mailbox's gap, caps and windows allow; re-plans the
    // rest from now (after a sleep, the backlog is spread, not sent in a burst).
    TickResult tick(const QDateTime& now, const TickOptions& options);

    // What the user decides for a message the engine left to them (failed, unknown, skipped) or one
    // still to go: send it again (planned from now, under the mailbox's pace), skip it (the lead goes
    // on to the next step), or mark it sent (the user found it in their Sent folder). Returns how many
    // messages changed; a message in another state is left as it is.
    enum class Resolution { Retry, Skip, MarkSent };
    qint64 resolve(const QList<qint64>& messageIds, Resolution resolution, const QDateTime& now);

    // A step's message for a lead: the variant's subject and body rendered for it, From, To and the
    // unsubscribe headers. threadSubject: the subject of the thread a step without a subject of its
    // own replies in. missing: the fields the templates need that are empty and have no fallback.
    struct Draft
    {
        MailMessage mail;
        QStringList missing;
    };
    static Draft compose(const StepVariant& variant, const QHash<QString, QString>& lead,
        const Mailbox& mailbox, const QString& threadSubject, const QDateTime& now);

    // Backoff of a temporary failure before try n (1-based): 5 min, 30 min, 2 h; then it fails.
    static constexpr qint64 kRetryMs[] = { 5 * 60000, 30 * 60000, 120 * 60000 };

private:
    // A message due now, and whose it is.
    struct Due
    {
        qint64 id = 0;
        qint64 enrollmentId = 0;
        qint64 leadId = 0;
        qint64 sequenceId = 0;
        int step = 0;
        QDateTime plannedAt;
    };
    // A message ready to go, or why it cannot (fixable: an empty field, not the lead's own state).
    struct Outgoing
    {
        MailMessage mail;
        int variant = 0;
        QString reason;
        bool fixable = false;
    };
    QList<Due> dueMessages(qint64 mailboxId, const QDateTime& now) const;
    void recoverAbandonedClaims(const QDateTime& now);
    Outgoing prepare(const Due& message, const Sequence& sequence, const QHash<QString, QString>& lead,
        const Mailbox& mailbox, const QDateTime& now) const;
    void skip(const Due& message, const Sequence& sequence, const Outgoing& outgoing, const QDateTime& now);
    // A message on its way: claimed (or not), then sent.
    struct Ready
    {
        Due message;
        const Sequence* sequence = nullptr;
        QTimeZone zone;
        Outgoing outgoing;
        SmtpResult sent;
        bool claimed = false;
    };
    // Inside the caller's transaction: the checks again and the message taken, with its Message-ID;
    // another process ticking at the same time finds it taken.
    static bool claim(Workspace& workspace, const Ready& ready, const QDateTime& now);
    // Inside the caller's transaction: sent (then the next step is planned, or the sequence is done for
    // the lead), retried later, failed, or unknown.
    // ahead: the mailbox's sends made and planned, where the next step's send is planned and added.
    static void recordOutcome(Workspace& workspace, const Ready& ready, const Mailbox& mailbox,
        SendSchedule& ahead, const QDateTime& now, TickResult& result);
    // Inside the caller's transaction, after the message's step was sent or skipped: the next step is
    // planned from now, or the lead's enrollment is finished.
    static void planNextStep(Workspace& workspace, const Due& message, const Sequence& sequence,
        const QTimeZone& zone, const Mailbox& mailbox, SendSchedule& ahead, const QDateTime& now);

    static constexpr qsizetype kClaimBatch = 20;

    Workspace& m_workspace;
    Write m_write;
};

} // namespace LeadSync
