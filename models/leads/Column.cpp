#include "Column.h"

#include "FieldCatalog.h"

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
    };
    return columns;
}

const Column& campaignsColumn()
{
    static const Column column { 0, QStringLiteral("campaigns"),
        QCoreApplication::translate("LeadSync::Column", "Campaigns"), QStringLiteral("campaigns"), 0, true,
        true };
    return column;
}

QString cellStateName(qint64 columnId)
{
    return QStringLiteral("cell_state_%1").arg(columnId);
}

QByteArray selectExpression(const QString& sqlName)
{
    const QByteArray name = sqlName.toLatin1();
    if (name.startsWith("cell_state_")) // the number was formatted by cellStateName()
        return "COALESCE((SELECT status || ':' || reason FROM cell_states WHERE column_id = " + name.mid(11)
            + " AND lead_id = leads.id), '')";
    if (name == "created_at" || name == "updated_at")
        return "strftime('%Y-%m-%dT%H:%M:%fZ', " + name + " / 1000.0, 'unixepoch')";
    if (name == "campaigns")
        return "(SELECT COALESCE(group_concat(name, ', '), '') FROM (SELECT c.name FROM lead_campaigns lc "
               "JOIN campaigns c ON c.id = lc.campaign_id WHERE lc.lead_id = leads.id ORDER BY c.name "
               "COLLATE NOCASE))";
    return name;
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
