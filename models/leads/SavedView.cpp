#include "SavedView.h"

#include "Error.h"
#include "leads/ColumnStore.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LeadSync {

QByteArray SavedView::toJson() const
{
    QJsonArray conditions;
    for (const LeadCondition& condition : query.conditions)
        conditions.append(QJsonObject { { QStringLiteral("column"), condition.sqlName },
            { QStringLiteral("op"), LeadCondition::operatorText(condition.op) },
            { QStringLiteral("value"), condition.value },
            { QStringLiteral("or"), condition.orWithPrevious } });
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("conditions"), conditions },
                             { QStringLiteral("search"), query.searchText },
                             { QStringLiteral("sort"), query.sortColumn },
                             { QStringLiteral("descending"), query.sortOrder == Qt::DescendingOrder },
                             { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
                         })
        .toJson(QJsonDocument::Compact);
}

SavedView SavedView::fromJson(const QString& name, const QByteArray& json, const ColumnList& columns)
{
    const auto fail = [&name] {
        return Error(
            QCoreApplication::translate("LeadSync::SavedView", "The saved view \"%1\" cannot be read.")
                .arg(name));
    };
    // Each name must be exactly a column's SQL name (or id, the import order, for the sort).
    const auto checked = [&name, &columns](const QString& sqlName, bool sorting) {
        const Column* column = findColumn(columns, sqlName);
        const bool known = (sorting && sqlName == u"id")
            || (column && column->sqlName == sqlName && !(sorting && column->kind == u"campaigns"));
        if (!known)
            throw Error(QCoreApplication::translate(
                "LeadSync::SavedView", "The saved view \"%1\" names no column \"%2\"; it was not used.")
                            .arg(name, sqlName.left(80)));
        return sqlName;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw fail();
    const QJsonObject object = document.object();
    SavedView view;
    view.name = name;
    for (const QJsonValue& value : object.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        const std::optional<LeadCondition::Op> op
            = LeadCondition::operatorFromText(condition.value(QStringLiteral("op")).toString());
        if (!op)
            throw fail();
        view.query.conditions.append({ checked(condition.value(QStringLiteral("column")).toString(), false),
            *op, condition.value(QStringLiteral("value")).toString(),
            condition.value(QStringLiteral("or")).toBool() });
    }
    view.query.searchText = object.value(QStringLiteral("search")).toString();
    view.query.sortColumn
        = checked(object.value(QStringLiteral("sort")).toString(QStringLiteral("id")), true);
    view.query.sortOrder
        = object.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    for (const QJsonValue& column : object.value(QStringLiteral("columns")).toArray())
        view.columns.append(checked(column.toString(), false));
    return view;
}

QList<SavedView> SavedView::list(Workspace& workspace, QStringList* refused)
{
    const ColumnList columns = ColumnStore(workspace).list();
    SqlQuery query(workspace.database(),
        QStringLiteral("SELECT name, definition FROM saved_views ORDER BY name COLLATE NOCASE"));
    query.exec();
    QList<SavedView> views;
    while (query.next()) {
        try {
            views.append(fromJson(query.value(0).toString(), query.value(1).toByteArray(), columns));
        } catch (const Error& error) {
            if (refused)
                refused->append(error.message());
        }
    }
    return views;
}

void SavedView::save(Workspace& workspace, const SavedView& view)
{
    if (view.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("LeadSync::SavedView", "A saved view needs a name."));
    remove(workspace, view.name);
    SqlQuery insert(
        workspace.database(), QStringLiteral("INSERT INTO saved_views (name, definition) VALUES (?, ?)"));
    insert.bind(view.name.trimmed());
    insert.bind(QString::fromUtf8(view.toJson()));
    insert.exec();
}

void SavedView::remove(Workspace& workspace, const QString& name)
{
    SqlQuery remove(workspace.database(), QStringLiteral("DELETE FROM saved_views WHERE name = ?"));
    remove.bind(name.trimmed());
    remove.exec();
}

SavedView SavedView::find(Workspace& workspace, const QString& name)
{
    SqlQuery query(
        workspace.database(), QStringLiteral("SELECT name, definition FROM saved_views WHERE name = ?"));
    query.bind(name.trimmed());
    query.exec();
    if (!query.next())
        throw Error(
            QCoreApplication::translate("LeadSync::SavedView", "There is no saved view \"%1\".").arg(name));
    return fromJson(query.value(0).toString(), query.value(1).toByteArray(), ColumnStore(workspace).list());
}

} // namespace LeadSync
