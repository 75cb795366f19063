#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

// Runs leadsync-cli as a separate process, the way scripts and cron do.
namespace TestSupport {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs leadsync-cli with arguments (--workspace included by the caller). Its data folder is dataHome,
// so the user's default workspace is never touched. Waited for with the event loop running: a test's
// own server on loopback answers meanwhile.
inline CliRun runCli(const QString& dataHome, const QStringList& arguments,
    const QList<std::pair<QString, QString>>& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    for (const auto& [name, value] : extraEnvironment)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEADSYNC_CLI), arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(120000))
        qFatal("leadsync-cli did not finish");
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace TestSupport
