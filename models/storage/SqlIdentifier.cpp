#include "SqlIdentifier.h"

#include "Error.h"

#include <QCoreApplication>

namespace LeadSync {

namespace {

// The columns of table `leads` that migrations 0001 and 0008 create. Custom columns are added as c<id>.
constexpr QLatin1StringView kSchemaColumns[] = {
    QLatin1StringView("id"),
    QLatin1StringView("first_name"),
    QLatin1StringView("last_name"),
    QLatin1StringView("email"),
    QLatin1StringView("phone"),
    QLatin1StringView("company"),
    QLatin1StringView("title"),
    QLatin1StringView("website"),
    QLatin1StringView("linkedin_url"),
    QLatin1StringView("city"),
    QLatin1StringView("country"),
    QLatin1StringView("notes"),
    QLatin1StringView("import_id"),
    QLatin1StringView("created_at"),
    QLatin1StringView("updated_at"),
    QLatin1StringView("stage"),
    QLatin1StringView("source"),
    QLatin1StringView("business_domain"),
    QLatin1StringView("score"),
    QLatin1StringView("recommendation"),
    QLatin1StringView("score_reason"),
    QLatin1StringView("telegram"),
    QLatin1StringView("contact_check"),
};

// c followed by a positive decimal number without leading zeros that fits in a qint64.
bool isCustomColumnName(QStringView name)
{
    if (name.size() < 2 || name.size() > 19 || name[0] != u'c' || name[1] == u'0')
        return false;
    return std::all_of(name.begin() + 1, name.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

SqlIdentifier SqlIdentifier::customColumn(qint64 id)
{
    Q_ASSERT(id > 0);
    return SqlIdentifier(QStringLiteral("c%1").arg(id));
}

std::optional<SqlIdentifier> SqlIdentifier::parse(QStringView name)
{
    if (isCustomColumnName(name))
        return SqlIdentifier(name.toString());
    for (const QLatin1StringView known : kSchemaColumns) {
        if (name == known)
            return SqlIdentifier(QString(known));
    }
    return std::nullopt;
}

SqlIdentifier SqlIdentifier::of(QStringView name)
{
    if (std::optional<SqlIdentifier> identifier = parse(name))
        return *identifier;
    throw Error(QCoreApplication::translate("LeadSync::SqlIdentifier", "There is no column \"%1\".")
                    .arg(name.left(80)));
}

// The name holds only [a-z0-9_] (see parse()), so it needs no escaping inside the quotes.
QByteArray SqlIdentifier::quoted() const
{
    return '"' + m_name.toLatin1() + '"';
}

QByteArray SqlIdentifier::sortKey(Qt::SortOrder order) const
{
    if (order == Qt::DescendingOrder)
        return quoted() + " COLLATE NOCASE";
    return "(CASE WHEN " + quoted() + " = '' THEN char(1114111) ELSE " + quoted() + " END) COLLATE NOCASE";
}

QByteArray SqlIdentifier::sortIndex(Qt::SortOrder order) const
{
    return "\"leads_sort_" + m_name.toLatin1() + (order == Qt::AscendingOrder ? "_asc\"" : "\"");
}

QByteArray SqlIdentifier::sortIndexDefinition(Qt::SortOrder order) const
{
    return "CREATE INDEX IF NOT EXISTS " + sortIndex(order) + " ON leads (" + sortKey(order) + ", id)";
}

bool SqlIdentifier::isCustomColumn() const
{
    return isCustomColumnName(m_name);
}

} // namespace LeadSync
