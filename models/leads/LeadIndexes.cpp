#include "LeadIndexes.h"

#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QStringList>

namespace LeadSync::LeadIndexes {

namespace {

constexpr QLatin1StringView kMetaKey("deferred_indexes");
constexpr QLatin1StringView kSortPrefix("leads_sort_");
constexpr QLatin1StringView kAscendingSuffix("_asc");

} // namespace

// The stage and email key indexes as migration 0008 made them.
std::optional<QByteArray> definition(QStringView name)
{
    if (name == u"leads_stage")
        return QByteArray("CREATE INDEX IF NOT EXISTS leads_stage ON leads (stage)");
    if (name == u"leads_email_key")
        return QByteArray(
            "CREATE INDEX IF NOT EXISTS leads_email_key ON leads (lower(trim(email))) WHERE email <> ''");
    if (!name.startsWith(kSortPrefix))
        return std::nullopt;
    QStringView column = name.mid(kSortPrefix.size());
    const Qt::SortOrder order = column.endsWith(kAscendingSuffix) ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (order == Qt::AscendingOrder)
        column.chop(kAscendingSuffix.size());
    const std::optional<SqlIdentifier> identifier = SqlIdentifier::parse(column);
    if (!identifier)
        return std::nullopt;
    return identifier->sortIndexDefinition(order);
}

void defer(Workspace& workspace)
{
    SqliteStatement indexes(workspace.handle(),
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL");
    QStringList names;
    while (indexes.step()) {
        const QString name = QString::fromUtf8(indexes.columnText(0));
        if (definition(name))
            names.append(name);
    }
    if (names.isEmpty())
        return;
    // Added to what an earlier import set aside and has not built again yet.
    const QString recorded = workspace.metaValue(kMetaKey);
    workspace.setMetaValue(
        kMetaKey, recorded.isEmpty() ? names.join(u',') : recorded + u',' + names.join(u','));
    for (const QString& name : names)
        sqliteRun(workspace.handle(), "DROP INDEX \"" + name.toLatin1() + '"'); // a name definition() knows
}

void restore(Workspace& workspace)
{
    const QString recorded = workspace.metaValue(kMetaKey);
    if (recorded.isEmpty())
        return;
    workspace.transact([&] {
        for (const QString& name : recorded.split(u',', Qt::SkipEmptyParts)) {
            if (const std::optional<QByteArray> sql = definition(name))
                sqliteRun(workspace.handle(), *sql);
        }
        workspace.setMetaValue(kMetaKey, QString());
    });
}

} // namespace LeadSync::LeadIndexes
