#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace LeadSync {

class Cli;

// leadsync-cli column add|list|delete|run|revert: custom and executable columns.
class ColumnCli final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::ColumnCli)

public:
    explicit ColumnCli(Cli& cli);

    // arguments: "column", the subcommand, its arguments. Returns the exit code.
    int run(const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int runColumn(const QStringList& arguments);
    int revert(const QStringList& arguments);

    Cli& m_cli;
};

} // namespace LeadSync
