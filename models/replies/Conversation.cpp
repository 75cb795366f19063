#include "Conversation.h"

#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace LeadSync {

QList<ConversationEntry> conversationOf(Workspace& workspace, qint64 leadId)
{
    QList<ConversationEntry> entries;
    const auto utc = [](const QVariant& ms) {
        return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
    };
    SqlQuery sent(workspace.database(),
        QStringLiteral(
            "SELECT m.sent_at, s.name, m.step, m.subject, m.body FROM messages m JOIN enrollments e ON "
            "e.id = m.enrollment_id JOIN sequences s ON s.id = e.sequence_id WHERE e.lead_id = ? AND "
            "m.state = 'sent'"));
    sent.bind(leadId);
    sent.exec();
    while (sent.next())
        entries.append({ utc(sent.value(0)), true,
            QCoreApplication::translate("LeadSync::Conversation", "%1, step %2")
                .arg(sent.value(1).toString())
                .arg(sent.value(2).toInt() + 1),
            sent.value(3).toString(), sent.value(4).toString() });
    sent.finish();
    SqlQuery replies(workspace.database(),
        QStringLiteral(
            "SELECT received_at, from_address, subject, text, state, answered_at, draft FROM replies WHERE "
            "lead_id = ? AND kind NOT IN ('bounce', 'soft_bounce')"));
    replies.bind(leadId);
    replies.exec();
    while (replies.next()) {
        entries.append({ utc(replies.value(0)), false, replies.value(1).toString(),
            replies.value(2).toString(), replies.value(3).toString() });
        if (replies.value(4).toString() == u"answered")
            entries.append({ utc(replies.value(5)), true,
                QCoreApplication::translate("LeadSync::Conversation", "your answer"),
                QCoreApplication::translate("LeadSync::Conversation", "Re: %1")
                    .arg(replies.value(2).toString()),
                replies.value(6).toString() });
    }
    replies.finish();
    std::stable_sort(entries.begin(), entries.end(),
        [](const ConversationEntry& a, const ConversationEntry& b) { return a.at < b.at; });
    return entries;
}

} // namespace LeadSync
