// A real crash of a real process: the report it leaves, and its offer at the next start.
#include "diagnostics/CrashHandler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace LeadSync;

class TestCrashHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCrashLeavesAReport_data();
    void aCrashLeavesAReport();
};

void TestCrashHandler::aCrashLeavesAReport_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("segmentation fault") << int(SIGSEGV) << QStringLiteral("SIGSEGV");
    QTest::newRow("abort") << int(SIGABRT) << QStringLiteral("SIGABRT");
}

void TestCrashHandler::aCrashLeavesAReport()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LEADSYNC_CRASH_FOLDER"), folder);
    environment.insert(QStringLiteral("LEADSYNC_CRASH_SIGNAL"), QString::number(signal));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QStringList reports = CrashHandler::takeNewReports(folder);
    QCOMPARE(reports.size(), 1);
    QFile file(reports.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY2(report.startsWith(u"LeadSync 9.9.9 crash report"), qPrintable(report));
    QVERIFY2(report.contains(u"Signal: " + name), qPrintable(report));
    // Symbols, not only addresses (the executables export theirs, -rdynamic).
    QVERIFY2(report.contains(u"Backtrace:\n") && report.contains(u"(main+"), qPrintable(report));
    const qsizetype first = report.indexOf(u"Import CSV");
    const qsizetype last = report.indexOf(u"Set Field of Selected Leads");
    QVERIFY2(first > 0 && last > first, qPrintable(report)); // oldest first, accelerators gone
    QVERIFY(!report.contains(u"&Set"));
    QVERIFY(!report.contains(u"Older")); // only the last 16 are kept
    QVERIFY(report.contains(u"Action 13"));
    // Offered once.
    QVERIFY(CrashHandler::takeNewReports(folder).isEmpty());
}

// The child: installs the handler, records what a user did, and crashes.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = qEnvironmentVariable("LEADSYNC_CRASH_FOLDER");
    if (!folder.isEmpty()) {
        CrashHandler::install(folder, QStringLiteral("9.9.9"));
        for (int i = 0; i < 5; ++i)
            CrashHandler::recordAction(QStringLiteral("Older %1").arg(i));
        CrashHandler::recordAction(u"&Import CSV…");
        for (int i = 0; i < 14; ++i)
            CrashHandler::recordAction(QStringLiteral("Action %1").arg(i));
        CrashHandler::recordAction(u"Set &Field of Selected Leads…");
        std::raise(qEnvironmentVariableIntValue("LEADSYNC_CRASH_SIGNAL"));
        return 0;
    }
    TestCrashHandler test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashhandler.moc"
