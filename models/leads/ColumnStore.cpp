#include "ColumnStore.h"

#include "Error.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QVariant>

#include <optional>

namespace LeadSync {

// The messages keep the context they had in Workspace, so their translations stay.
ColumnList ColumnStore::list() const
{
    SqlQuery query(m_workspace.database(),
        QStringLiteral("SELECT id, sql_name, display_name, kind, position, builtin "
                       "FROM columns ORDER BY position, id"));
    query.exec();
    ColumnList result;
    while (query.next()) {
        Column column { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toInt(), query.value(5).toBool(), false };
        column.managed = column.builtin && isManagedField(column.sqlName);
        // Every name that SQL will be composed from is checked where it enters: a built-in column
        // names a column of the schema, a custom one is exactly c<its id>.
        const std::optional<SqlIdentifier> identifier = SqlIdentifier::parse(column.sqlName);
        const bool valid = identifier
            && (column.builtin ? !identifier->isCustomColumn()
                               : column.id > 0 && *identifier == SqlIdentifier::customColumn(column.id));
        if (!valid)
            throw Error(QCoreApplication::translate("LeadSync::Workspace",
                "Workspace %1 is damaged: its column \"%2\" has the invalid SQL name \"%3\".")
                            .arg(m_workspace.path(), column.displayName, column.sqlName.left(80)));
        result.append(column);
    }
    return result;
}

Column ColumnStore::add(const QString& displayName, const QString& kind, const QJsonObject& config)
{
    SqlQuery insert(m_workspace.database(),
        QStringLiteral("INSERT INTO columns (sql_name, display_name, kind, position, config) "
                       "SELECT 'pending', ?, ?, COALESCE(MAX(position), 0) + 1, ? "
                       "FROM columns"));
    insert.bind(displayName);
    insert.bind(kind);
    insert.bind(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    insert.exec();
    Column column;
    column.id = insert.lastInsertId().toLongLong();
    const SqlIdentifier identifier = SqlIdentifier::customColumn(column.id);
    column.sqlName = identifier.name();
    column.displayName = displayName;
    column.kind = kind;

    SqlQuery rename(m_workspace.database(),
        QStringLiteral("UPDATE columns SET sql_name = ? WHERE id = ? RETURNING position"));
    rename.bind(column.sqlName);
    rename.bind(column.id);
    rename.exec();
    rename.next();
    column.position = rename.value(0).toInt();
    sqliteRun(m_workspace.handle(),
        "ALTER TABLE leads ADD COLUMN " + identifier.quoted() + " TEXT NOT NULL DEFAULT ''");
    return column;
}

QJsonObject ColumnStore::config(qint64 columnId) const
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT config FROM columns WHERE id = ?"));
    query.bind(columnId);
    query.exec();
    return query.next() ? QJsonDocument::fromJson(query.value(0).toByteArray()).object() : QJsonObject();
}

void ColumnStore::setConfig(qint64 columnId, const QJsonObject& config)
{
    SqlQuery update(m_workspace.database(), QStringLiteral("UPDATE columns SET config = ? WHERE id = ?"));
    update.bind(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    update.bind(columnId);
    update.exec();
}

void ColumnStore::remove(const Column& column)
{
    if (column.builtin)
        throw Error(QCoreApplication::translate(
            "LeadSync::Workspace", "The built-in column \"%1\" cannot be deleted.")
                        .arg(column.displayName));
    // The sort index goes first: SQLite will not drop an indexed column.
    const SqlIdentifier identifier = SqlIdentifier::customColumn(column.id);
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
        sqliteRun(m_workspace.handle(), "DROP INDEX IF EXISTS " + identifier.sortIndex(order));
    sqliteRun(m_workspace.handle(), "ALTER TABLE leads DROP COLUMN " + identifier.quoted());
    SqlQuery remove(m_workspace.database(), QStringLiteral("DELETE FROM columns WHERE id = ?"));
    remove.bind(column.id);
    remove.exec();
}

std::optional<QStringList> ColumnStore::values(qint64 leadId, const ColumnList& columns) const
{
    QByteArrayList expressions;
    for (const Column& column : columns)
        expressions.append(selectExpression(column.sqlName));
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(QString::fromLatin1(expressions.join(", "))));
    select.bind(leadId);
    select.exec();
    if (!select.next())
        return std::nullopt;
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values.append(select.value(int(i)).toString());
    return values;
}

} // namespace LeadSync
