#include "Column.h"

#include "FieldCatalog.h"
#include "storage/SqlIdentifier.h"

#include <QCoreApplication>

namespace LeadSync {

const ColumnList& systemColumns()
{
    static const ColumnList columns = {
        { 0, QStringLiteral("id"), QCoreApplication::translate("LeadSync::Column", "ID"),
            QStringLiteral("number"), 0, true, true },
        { 0, QStringLiteral("created_at"), QCoreApplication::translate("LeadSync::Column", "Created at"),
            QStringLiteral("date"), 0, true, true },
        { 0, QStringLiteral("updated_at"), QCoreApplication::translate("LeadSync::Column", "Updated at"),
            QStringLiteral("date"), 0, true, true },
        campaignsColumn(),
        { 0, QStringLiteral("messages_sent"),
            QCoreApplication::translate("LeadSync::Column", "Messages sent"), QStringLiteral("number"), 0,
            true, true },
        { 0, QStringLiteral("replies"), QCoreApplication::translate("LeadSync::Column", "Replies"),
            QStringLiteral("number"), 0, true, true },
        { 0, QStringLiteral("activity"), QCoreApplication::translate("LeadSync::Column", "Activity"),
            QStringLiteral("number"), 0, true, true },
        { 0, QStringLiteral("hours_since_reply"),
            QCoreApplication::translate("LeadSync::Column", "Hours since reply"), QStringLiteral("elapsed"),
            0, true, true },
        { 0, QStringLiteral("hours_since_sent"),
            QCoreApplication::translate("LeadSync::Column", "Hours since sent"), QStringLiteral("elapsed"), 0,
            true, true },
    };
    return columns;
}

bool isElapsedColumn(QStringView sqlName)
{
    return sqlName == u"hours_since_reply" || sqlName == u"hours_since_sent";
}

const Column& campaignsColumn()
{
    static const Column column { 0, QStringLiteral("campaigns"),
        QCoreApplication::translate("LeadSync::Column", "Campaigns"), QStringLiteral("campaigns"), 0, true,
        true };
    return column;
}

bool isManagedField(QStringView sqlName)
{
    return sqlName == u"stage" || sqlName == u"score" || sqlName == u"recommendation"
        || sqlName == u"score_reason";
}

QString cellStateName(qint64 columnId)
{
    return QStringLiteral("cell_state_%1").arg(columnId);
}

QByteArray selectExpression(const QString& sqlName)
{
    static const QLatin1StringView statePrefix("cell_state_");
    if (sqlName.startsWith(statePrefix)) {
        bool isNumber = false;
        const qint64 columnId = QStringView(sqlName).mid(statePrefix.size()).toLongLong(&isNumber);
        if (!isNumber || columnId <= 0)
            SqlIdentifier::of(sqlName); // throws: no such column
        return "COALESCE((SELECT status || ':' || reason FROM cell_states WHERE column_id = "
            + QByteArray::number(columnId) + " AND lead_id = leads.id), '')";
    }
    if (sqlName == u"created_at" || sqlName == u"updated_at")
        return "strftime('%Y-%m-%dT%H:%M:%fZ', " + SqlIdentifier::of(sqlName).quoted()
            + " / 1000.0, 'unixepoch')";
    // Derived from the lead's history (lead_events, by its lead index): the outreach messages sent and
    // the replies, their sum (the activity), and the hours since the last of each, to one decimal.
    const auto outreach = [](const char* aggregate, const char* what) -> QByteArray {
        return QByteArray("(SELECT ") + aggregate
            + " FROM lead_events WHERE lead_id = leads.id AND kind = 'outreach' AND field " + what + ")";
    };
    if (sqlName == u"messages_sent")
        return outreach("COUNT(*)", "= 'sent'");
    if (sqlName == u"replies")
        return outreach("COUNT(*)", "= 'replied'");
    if (sqlName == u"activity")
        return outreach("COUNT(*)", "IN ('sent', 'replied')");
    if (sqlName == u"hours_since_reply" || sqlName == u"hours_since_sent")
        return "COALESCE("
            + outreach("ROUND(((julianday('now') - 2440587.5) * 86400000.0 - MAX(at)) / 3600000.0, 1)",
                sqlName == u"hours_since_reply" ? "= 'replied'" : "= 'sent'")
            + ", '')";
    if (sqlName == u"campaigns")
        return "(SELECT COALESCE(group_concat(name, ', '), '') FROM (SELECT c.name FROM lead_campaigns lc "
               "JOIN campaigns c ON c.id = lc.campaign_id WHERE lc.lead_id = leads.id ORDER BY c.name "
               "COLLATE NOCASE))";
    return SqlIdentifier::of(sqlName).quoted();
}

const Column* findColumn(const ColumnList& columns, QStringView name)
{
    const QString key = FieldCatalog::normalise(name);
    for (const ColumnList* list : { &columns, &systemColumns() }) {
        for (const Column& column : *list) {
            if (FieldCatalog::normalise(column.sqlName) == key
                || FieldCatalog::normalise(column.displayName) == key)
                return &column;
        }
    }
    return nullptr;
}

} // namespace LeadSync
