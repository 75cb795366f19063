#include "LeadRecord.h"

#include "leads/ColumnStore.h"
#include "leads/LeadHistory.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QTimeZone>

namespace LeadSync::LeadRecord {

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoOrNull(const QVariant& ms)
{
    return isoOrNull(
        ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc()));
}

std::optional<QJsonObject> fields(Workspace& workspace, qint64 leadId)
{
    return fields(workspace, leadId, ColumnStore(workspace).list());
}

std::optional<QJsonObject> fields(Workspace& workspace, qint64 leadId, ColumnList columns)
{
    const QStringList activity { QStringLiteral("messages_sent"), QStringLiteral("replies") };
    for (const QString& name : activity)
        columns.append(*findColumn(columns, name));
    const std::optional<QStringList> values = ColumnStore(workspace).values(leadId, columns);
    if (!values)
        return std::nullopt;
    QJsonObject lead { { QStringLiteral("id"), leadId } };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (activity.contains(columns[i].sqlName))
            lead.insert(columns[i].sqlName, values->at(i).toLongLong());
        else
            lead.insert(columns[i].builtin ? columns[i].sqlName : columns[i].displayName, values->at(i));
    }
    return lead;
}

std::optional<QJsonObject> full(Workspace& workspace, qint64 leadId)
{
    const std::optional<QJsonObject> lead = fields(workspace, leadId);
    if (!lead)
        return std::nullopt;
    SqlQuery messages(workspace.database(),
        QStringLiteral(
            "SELECT s.name, m.step, m.variant, m.subject, m.message_id, m.state, m.reason, m.planned_at, "
            "m.sent_at FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN sequences s ON "
            "s.id = e.sequence_id WHERE e.lead_id = ? ORDER BY m.id"));
    messages.bind(leadId);
    messages.exec();
    QJsonArray messageArray;
    while (messages.next())
        messageArray.append(QJsonObject { { QStringLiteral("sequence"), messages.value(0).toString() },
            { QStringLiteral("step"), messages.value(1).toInt() + 1 },
            { QStringLiteral("variant"), messages.value(2).toInt() },
            { QStringLiteral("subject"), messages.value(3).toString() },
            { QStringLiteral("message_id"), messages.value(4).toString() },
            { QStringLiteral("state"), messages.value(5).toString() },
            { QStringLiteral("reason"), messages.value(6).toString() },
            { QStringLiteral("planned_at"), isoOrNull(messages.value(7)) },
            { QStringLiteral("sent_at"), isoOrNull(messages.value(8)) } });
    QJsonArray events;
    for (const LeadEvent& event : LeadHistory(workspace).events(leadId)) {
        static const char* const kinds[]
            = { "created", "imported", "edit", "campaign_added", "campaign_removed", "outreach", "stage" };
        const QString kind = event.kind == LeadEvent::Kind::Outreach
            ? event.field
            : QString::fromLatin1(kinds[int(event.kind)]);
        QString details = event.newValue;
        if (event.kind == LeadEvent::Kind::Edited)
            details = QStringLiteral("%1: %2 -> %3").arg(event.field, event.oldValue, event.newValue);
        else if (event.kind == LeadEvent::Kind::Stage)
            details = QStringLiteral("%1 -> %2 by %3").arg(event.oldValue, event.newValue, event.field);
        events.append(QJsonObject { { QStringLiteral("time"), isoOrNull(event.at) },
            { QStringLiteral("kind"), kind }, { QStringLiteral("details"), details } });
    }
    return QJsonObject { { QStringLiteral("lead"), *lead }, { QStringLiteral("messages"), messageArray },
        { QStringLiteral("events"), events } };
}

} // namespace LeadSync::LeadRecord
