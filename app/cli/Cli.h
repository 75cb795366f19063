#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <functional>
#include <memory>

class QCommandLineParser;

namespace LeadSync {

class Workspace;

// leadsync-cli: parses the command line, runs one command on the workspace and returns the exit code.
// Exit codes are part of the contract scripts rely on (see kExit* below and README.md).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::Cli)

public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitUsage = 1;
    static constexpr int kExitInput = 2; // bad input; the workspace is unchanged
    static constexpr int kExitRejected = 3; // imported, with rejected rows (--skip-bad-rows)
    static constexpr int kExitCancelled = 130; // interrupted (Ctrl+C); the workspace is unchanged

    explicit Cli(QStringList arguments, const std::atomic_bool* cancel = nullptr);
    ~Cli();

    int run();

    // For the command classes (ColumnCli):
    // Parses a command's own options; returns false (after printing why) on a usage error.
    // With orMore, at least that many positional arguments.
    bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, int positionals,
        const QString& argumentName = QStringLiteral("FILE"), bool orMore = false);
    Workspace& workspace();
    // The clock of this command (--now, or the current time), UTC.
    const QDateTime& now() const { return m_now; }
    QTextStream& out() { return m_out; }
    // A list command: each entry's line, or with --json a JSON array of the entries' values.
    int printList(
        const QStringList& arguments, const std::function<QList<std::pair<QJsonValue, QString>>()>& entries);
    QTextStream& err() { return m_err; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    const std::atomic_bool* cancelFlag() const { return m_cancel; }
    // A long command's progress, as a percentage on the error stream when it is a terminal.
    void progress(qint64 done, qint64 total);

private:
    int runImport(const QStringList& arguments);
    int runUndoImport(const QStringList& arguments);
    int runExport(const QStringList& arguments);
    int runLeads(const QStringList& arguments);
    int runColumns(const QStringList& arguments);

    QStringList m_arguments;
    const std::atomic_bool* m_cancel;
    QString m_workspacePath;
    QDateTime m_now;
    std::unique_ptr<Workspace> m_workspace;
    QTextStream m_out;
    QTextStream m_err;
    bool m_progressOnTerminal = false;
    int m_lastPercent = -1;
};

} // namespace LeadSync
