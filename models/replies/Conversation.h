#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace LeadSync {

class Workspace;

// A lead's exchange with the consultant, oldest first: the messages the sequences sent, the replies
// that came back (bounces aside), and the answers sent to them.
struct ConversationEntry
{
    QDateTime at; // UTC
    bool outgoing = false;
    QString who; // the sender's address; for outgoing messages the sequence and step
    QString subject;
    QString text;
};

QList<ConversationEntry> conversationOf(Workspace& workspace, qint64 leadId);

} // namespace LeadSync
