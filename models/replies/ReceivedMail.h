#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace LeadSync {

// A message read from the user's inbox, parsed with GMime, and what it is before any classifier:
// a delivery status notification (a bounce), an automatic reply, a request to unsubscribe, or a reply.
struct ReceivedMail
{
    enum class Kind { Reply, Bounce, AutoReply, Unsubscribe };

    QByteArray messageId; // without brackets; empty when it has none
    QByteArrayList references; // In-Reply-To and References, without brackets
    QString fromAddress; // lower case
    QString fromName;
    QString subject;
    QDateTime date; // UTC; null when it has none
    QString text; // the plain text, without the quoted history

    Kind kind = Kind::Reply;
    // A bounce: permanent (5.x.x), the recipient it names, and the Message-ID of the message that
    // bounced (from the returned headers), when the report gives them.
    bool permanent = false;
    QString bouncedAddress;
    QByteArray bouncedMessageId;
    QString status; // "5.1.1"
    // An automatic reply: the day it says the sender is back, when it says one.
    std::optional<QDate> backOn;

    // Throws Error when the bytes are not a message at all.
    static ReceivedMail parse(const QByteArray& raw, const QDate& today);
    // The text above the quoted history ("On ... wrote:", "> ", "-----Original Message-----").
    static QString withoutQuotedHistory(const QString& text);
};

} // namespace LeadSync
