#include "Cli.h"
#include "diagnostics/CrashHandler.h"
#include "storage/WorkspaceWriter.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace {
std::atomic_bool interrupted = false;

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSync"));
    QCoreApplication::setApplicationName(QStringLiteral("LeadSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADSYNC_VERSION));
    // A crash leaves a report that the desktop app offers at its next start.
    LeadSync::CrashHandler::install(
        LeadSync::CrashHandler::defaultFolder(), QStringLiteral(LEADSYNC_VERSION));
    // Ctrl+C during an import or export cancels it cleanly: the transaction rolls back.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const int status = LeadSync::Cli(QCoreApplication::arguments(), &interrupted).run();
    LeadSync::WorkspaceWriter::waitForRetired(); // the writes the command queued are written
    return status;
}
