#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace LeadSync {

// Leaves a trace when the process dies of a fatal signal (a segmentation fault, an abort, a bus or
// floating-point error, an illegal instruction): a short report in a folder of the user's data,
// with the version, the signal, a backtrace and the last actions the user took, and no lead data.
// The next start offers it. The handler does only what a signal handler may (write(), no
// allocation) into buffers made ready at install time; written by hand because no library on the
// platform (Debian 12 has no crashpad or breakpad package) does this for a desktop Qt app.
class CrashHandler final
{
public:
    // <AppDataLocation>/crash-reports: where the desktop app and the CLI leave their reports.
    static QString defaultFolder();
    // Installs the handler for this process; reports go to folder (made if needed).
    static void install(const QString& folder, const QString& version);
    // Remembers an action the user took (a menu command, a job) for the report: the last 16 are kept.
    static void recordAction(QStringView action);
    // The reports in folder that have not been offered yet; marks them offered.
    static QStringList takeNewReports(const QString& folder);
};

} // namespace LeadSync
