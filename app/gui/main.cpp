#include "columns/ColumnRunSession.h"
#include "diagnostics/CrashHandler.h"
#include "main/MainWindow.h"
#include "outreach/OutreachController.h"
#include "settings/Language.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadSync"));
    QApplication::setApplicationName(QStringLiteral("LeadSync"));
    QApplication::setApplicationDisplayName(QStringLiteral("LeadSync"));
    QApplication::setApplicationVersion(QStringLiteral(LEADSYNC_VERSION));
    LeadSync::Language::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "LeadSync: your lead lists, on your laptop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main", "The workspace to open (default: the last one)."),
        QStringLiteral("path"));
    parser.addOption(workspaceOption);
    parser.process(app);

    // The workspace given, else the last one, else the default; a workspace that does not exist yet
    // starts with the bundled sample leads, so a first start shows a populated table.
    QString path = parser.value(workspaceOption);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("workspace/last")).toString();
    if (path.isEmpty() || (!parser.isSet(workspaceOption) && !QFileInfo::exists(path)))
        path = LeadSync::Workspace::defaultPath();

    // A crash leaves a report in the data folder; the next start offers it.
    const QString reports = LeadSync::CrashHandler::defaultFolder();
    LeadSync::CrashHandler::install(reports, QApplication::applicationVersion());

    const int status = [&path, &reports] {
        LeadSync::MainWindow window;
        window.show();
        window.openWorkspace(path, QStringLiteral(":/leadsync/sample/sample_leads.csv"));
        window.offerCrashReports(LeadSync::CrashHandler::takeNewReports(reports));
        return QApplication::exec();
    }();
    // The window is gone: a column run still ending (cancelled when the window closed) is waited for
    // here, so it finishes its last write instead of being cut off.
    LeadSync::ColumnRunSession::waitForReleased();
    // A send cancelled at exit records its outcome.
    LeadSync::OutreachController::waitForTicks();
    // And the edits still queued for the workspace are written.
    LeadSync::WorkspaceWriter::waitForRetired();
    return status;
}
