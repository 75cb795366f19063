#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QString>

namespace LeadSync {

// One outreach email as it goes on the wire, built with GMime (decision 0014): RFC 2047 UTF-8 subject
// and display names, a quoted-printable UTF-8 text body, CRLF line ends, a Date, the Message-ID
// chosen before sending, In-Reply-To and References for a threaded step, and List-Unsubscribe (a
// mailto:, and with an https URL also List-Unsubscribe-Post for RFC 8058 one-click), kept on one line.
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body;
    QDateTime date;
    QByteArray messageId; // without angle brackets
    QByteArrayList references; // the thread's earlier Message-IDs, oldest first; the last is replied to
    QString unsubscribeMailto; // an address
    QString unsubscribeUrl; // https, or empty

    // The message, ready for SMTP DATA (before dot-stuffing, which the transport does).
    QByteArray render() const;
    // A new, unique Message-ID (without brackets) at the sender's domain.
    static QByteArray newMessageId(const QString& fromAddress);
};

} // namespace LeadSync
