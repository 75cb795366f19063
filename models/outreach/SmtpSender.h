#pragma once

#include "Mailbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

typedef void CURL;

namespace LeadSync {

// What became of one message handed to SMTP. The distinction that matters is whether the server may
// have it: a message whose DATA went out in full but whose answer never came (a timeout, a dropped
// connection) may have been delivered, and is never sent again by itself.
struct SmtpResult
{
    enum class Outcome {
        Sent, // 2xx after DATA
        Temporary, // not handed over (connection, TLS, authentication, a 4xx): try again later
        Permanent, // a 5xx for the message: never retried
        RecipientRefused, // a 5xx on RCPT: the address does not take mail
        Unknown, // handed over, answer lost: the server may have it
        Cancelled, // stopped before it was handed over
    };
    Outcome outcome = Outcome::Temporary;
    int code = 0; // the server's last reply code, 0 without one
    QString reason; // the server's reply, or what failed before there was one
    // Where it failed: dns, connection, tls, authentication, sender, recipient, message; empty when sent.
    QString stage;
};

// Submits messages through a mailbox's SMTP server with libcurl's easy interface (decision 0014),
// one recipient per message, reusing the connection between sends. TLS is required (smtps://, or
// STARTTLS on smtp://), except to a server on this machine. Blocking: used on a worker thread.
class SmtpSender final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::SmtpSender)

public:
    struct Limits
    {
        int connectTimeoutMs = 30000;
        int timeoutMs = 120000; // the whole transaction
    };

    // password: the password, or for an OAuth mailbox (Mailbox::usesOAuth) its access token.
    SmtpSender(Mailbox mailbox, QByteArray password, Limits limits);
    SmtpSender(Mailbox mailbox, QByteArray password);
    ~SmtpSender();
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;

    // Sends message (rendered, CRLF) to one address. cancel is checked while it runs.
    SmtpResult send(const QString& to, const QByteArray& message, const std::atomic_bool* cancel = nullptr);

    // "Test mailbox": connects, authenticates and sends one short message to the mailbox's own address,
    // within 30 seconds. The result's stage says where it failed (dns, tls, authentication, sender...).
    static SmtpResult test(const Mailbox& mailbox, const QByteArray& password, const QDateTime& now,
        const std::atomic_bool* cancel = nullptr);

private:
    Mailbox m_mailbox;
    QByteArray m_password;
    Limits m_limits;
    CURL* m_curl = nullptr;
};

} // namespace LeadSync
