#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace LeadSync {

class Cli;

// leadsync-cli stage|pipeline|sales|clean|serve: the pipeline, the contacts and the local API
// (decision 0017).
class PipelineCli final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::PipelineCli)

public:
    explicit PipelineCli(Cli& cli);

    // arguments: the command and its arguments. Returns the exit code.
    int run(const QStringList& arguments);

private:
    int moveLead(const QStringList& arguments);
    int summary(const QStringList& arguments);
    int sales(const QStringList& arguments);
    int clean(const QStringList& arguments);
    int serve(const QStringList& arguments);

    Cli& m_cli;
};

} // namespace LeadSync
