#include "LeadOptions.h"

#include "Cli.h"

#include <QCommandLineParser>

namespace LeadSync {

LeadOptions::LeadOptions(bool filters, const QString& limitHelp)
    : m_filters(filters)
    , m_where(QStringLiteral("where"),
          tr("A condition, COLUMN OP VALUE; repeat to AND; \"A OR B\" for either (OP: = != < > <= >= "
             "contains, does not contain, starts with, ends with, is one of, is empty, is not empty)."),
          QStringLiteral("condition"))
    , m_search(
          QStringLiteral("search"), tr("Full-text search (every word as a prefix)."), QStringLiteral("text"))
{
    if (!limitHelp.isEmpty())
        m_limit.emplace(QStringLiteral("limit"), limitHelp, QStringLiteral("N"));
}

void LeadOptions::addTo(QCommandLineParser& parser) const
{
    if (m_filters)
        parser.addOptions({ m_where, m_search });
    if (m_limit)
        parser.addOption(*m_limit);
}

QList<LeadCondition> LeadOptions::conditions(
    const QCommandLineParser& parser, const ColumnList& columns) const
{
    QList<LeadCondition> conditions;
    for (const QString& condition : parser.values(m_where))
        conditions.append(LeadCondition::parseAny(condition, columns));
    return conditions;
}

std::optional<QString> LeadOptions::search(const QCommandLineParser& parser) const
{
    return parser.isSet(m_search) ? std::optional(parser.value(m_search)) : std::nullopt;
}

std::optional<qint64> LeadOptions::limit(const QCommandLineParser& parser, Cli& cli) const
{
    if (!m_limit || !parser.isSet(*m_limit))
        return -1;
    bool ok = false;
    const qint64 limit = parser.value(*m_limit).toLongLong(&ok);
    if (!ok || limit < 0) {
        cli.err() << "leadsync-cli: " << tr("--limit takes a whole number.") << '\n';
        return std::nullopt;
    }
    return limit;
}

} // namespace LeadSync
