#pragma once

#include "SendSchedule.h"
#include "SendingWindow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace LeadSync {

class Workspace;

// The user's own mailbox, which outreach mail is sent from: its SMTP account (the password is in the
// keychain or the environment variable passwordEnv names, never in the workspace), its time zone, the
// window it may send in and its pace (caps and gap).
struct Mailbox
{
    qint64 id = 0;
    QString name;
    QString fromName;
    QString fromAddress;
    QUrl smtpUrl; // smtps://host:465 (TLS) or smtp://host:587 (STARTTLS, required but on loopback)
    QString smtpUser; // empty: fromAddress
    QString passwordEnv;
    QTimeZone zone;
    SendingWindow window;
    int dailyCap = 50;
    int hourlyCap = 0;
    int gapMinSeconds = 90;
    int gapMaxSeconds = 240;
    QString unsubscribeUrl; // https; empty: a mailto: List-Unsubscribe only

    MailboxPace pace() const { return { zone, dailyCap, hourlyCap, gapMinSeconds, gapMaxSeconds }; }
    // "Name <address>", or the address.
    QString from() const;
    // Whether the server is this machine (then plain SMTP without TLS is allowed).
    bool isLoopback() const;
};

// The mailboxes of a workspace. Throws Error naming the field or the mailbox.
class MailboxStore final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::MailboxStore)

public:
    explicit MailboxStore(Workspace& workspace);

    // Checks a mailbox before it is saved: a From address, an smtp/smtps URL with a host, TLS unless
    // loopback, a zone, caps and a gap that make sense, an https unsubscribe URL.
    static void validate(const Mailbox& mailbox);
    // Adds the mailbox, or replaces the one of the same name. Returns its id.
    qint64 save(const Mailbox& mailbox, qint64 now);
    QList<Mailbox> list() const;
    std::optional<Mailbox> find(const QString& name) const;
    std::optional<Mailbox> find(qint64 id) const;

private:
    std::optional<Mailbox> findWhere(const char* column, const QVariant& value) const;

    Workspace& m_workspace;
};

// "Ana Example <ana@example.com>" or "ana@example.com" into a name and an address; throws Error.
std::pair<QString, QString> parseFrom(const QString& text);

} // namespace LeadSync
