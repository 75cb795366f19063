#pragma once

#include "leads/LeadFilter.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace LeadSync {

class Cli;

// The options that pick leads, one parser for every command that takes them: --where (repeatable,
// ANDed), --search (every word as a prefix) and --limit.
class LeadOptions final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::LeadOptions)

public:
    // limitHelp: what --limit counts ("At most N leads."); empty: no --limit.
    explicit LeadOptions(bool filters, const QString& limitHelp = {});

    void addTo(QCommandLineParser& parser) const;

    // The --where conditions over columns; throws Error naming a condition that cannot be read.
    QList<LeadCondition> conditions(const QCommandLineParser& parser, const ColumnList& columns) const;
    // The --search text, or nullopt when not given.
    std::optional<QString> search(const QCommandLineParser& parser) const;
    // The --limit (-1 when not given); nullopt after telling cli's error stream it is not a number.
    std::optional<qint64> limit(const QCommandLineParser& parser, Cli& cli) const;

private:
    bool m_filters;
    QCommandLineOption m_where;
    QCommandLineOption m_search;
    std::optional<QCommandLineOption> m_limit;
};

} // namespace LeadSync
