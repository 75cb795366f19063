#pragma once

#include "MailMessage.h"
#include "SendSchedule.h"
#include "SendingWindow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace LeadSync {

class Workspace;

// How a mailbox signs in with OAuth 2 (XOAUTH2) instead of a password: the user's own OAuth client
// (its id; a secret, when the provider gives one, is kept with the tokens in the keychain) and the
// provider's endpoints. Presets fill them for Google and Microsoft.
struct OAuthSettings
{
    QString clientId; // empty: the mailbox signs in with a password
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope;

    // "google" or "microsoft": their endpoints and the scope that allows SMTP.
    static std::optional<OAuthSettings> preset(const QString& provider);
    bool operator==(const OAuthSettings&) const = default;
};

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
    OAuthSettings oauth; // its client id empty: a password (or none)
    // The inbox replies are read from: imaps://host:993 or imap://host:143 (STARTTLS); empty: none.
    // It signs in as the SMTP account does (the same secret), as imapUser or else the SMTP user.
    QUrl imapUrl;
    QString imapUser;
    QStringList imapFolders { QStringLiteral("INBOX") };

    bool usesOAuth() const { return !oauth.clientId.isEmpty(); }

    MailboxPace pace() const { return { zone, dailyCap, hourlyCap, gapMinSeconds, gapMaxSeconds }; }
    // "Name <address>", or the address.
    QString from() const;
    // Who the SMTP and IMAP servers know the mailbox as.
    QString smtpLogin() const { return smtpUser.isEmpty() ? fromAddress : smtpUser; }
    QString imapLogin() const { return imapUser.isEmpty() ? smtpLogin() : imapUser; }
    // Whether the server is this machine (then plain SMTP without TLS is allowed).
    bool isLoopback() const;
    // A message from this mailbox to address, written at now: its From, Date, a new Message-ID and
    // List-Unsubscribe (the mailbox's address and, when it has one, its one-click URL).
    MailMessage newMessage(const QString& toAddress, const QDateTime& now) const;
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

// Whether a host name or address is this machine.
bool isLoopbackHost(const QString& host);

// "Ana Example <ana@example.com>" or "ana@example.com" into a name and an address; throws Error.
std::pair<QString, QString> parseFrom(const QString& text);

} // namespace LeadSync
