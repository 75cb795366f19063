#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace LeadSync {

class Cli;

// leadsync-cli mailbox|sequence|optout|enroll|unenroll|outreach|lead: outreach (decision 0014).
class OutreachCli final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::OutreachCli)

public:
    explicit OutreachCli(Cli& cli);

    // arguments: the command, the subcommand, its arguments. Returns the exit code.
    int run(const QStringList& arguments);

private:
    int addMailbox(const QStringList& arguments);
    int listMailboxes(const QStringList& arguments);
    int testMailbox(const QStringList& arguments);
    int addSequence(const QStringList& arguments);
    int listSequences(const QStringList& arguments);
    int showSequence(const QStringList& arguments);
    int pauseSequence(const QStringList& arguments, bool paused);
    int addOptOuts(const QStringList& arguments);
    int importOptOuts(const QStringList& arguments);
    int listOptOuts(const QStringList& arguments);
    int enroll(const QStringList& arguments, bool add);
    int tick(const QStringList& arguments);
    int queue(const QStringList& arguments);
    int syncReplies(const QStringList& arguments);
    int listReplies(const QStringList& arguments);
    int stats(const QStringList& arguments);
    int reply(const QStringList& arguments);
    int showLead(const QStringList& arguments);
    int unknown(const QStringList& arguments);

    Cli& m_cli;
};

} // namespace LeadSync
