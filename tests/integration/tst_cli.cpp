// leadsync-cli end to end, through the real binary.
#include "../CliProcess.h"
#include "../HttpTestServer.h"
#include "../TestSupport.h"
#include "campaigns/CampaignStore.h"
#include "columns/ColumnRunner.h"
#include "columns/RunHistory.h"
#include "leads/SavedView.h"
#include "storage/SqliteStatement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using namespace LeadSync;
using namespace TestSupport;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndUsage();
    void importPrintsJsonSummary();
    void inputErrorChangesNothing();
    void skipBadRowsExitsThree();
    void exportFiltersAndEscapes();
    void exportToSpecialFiles();
    void exportBySavedViewAndCampaign();
    void executableColumnsEndToEnd();
    void killedRunIsResumedOnlyWhenItsProcessIsGone();
    void killedImportLeavesNothing();
    void aWriteWaitsForAnotherProcess();
    void aLongImportLetsOtherWritersIn();
    void webhookPresetFromTheCommandLine();
    void sampleRoundTrip();
    void leadsAndColumnsJson();

private:
    using Run = TestSupport::CliRun;
    Run cli(const QStringList& arguments, const char* workspace = "w.leadsync",
        const QList<std::pair<QString, QString>>& environment = {});
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    QByteArray read(const char* name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCli::Run TestCli::cli(const QStringList& arguments, const char* workspace,
    const QList<std::pair<QString, QString>>& extraEnvironment)
{
    return TestSupport::runCli(m_dir->filePath(QStringLiteral("xdg")),
        QStringList { QStringLiteral("--workspace"), path(workspace) } + arguments, extraEnvironment);
}

QByteArray TestCli::read(const char* name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void TestCli::versionAndUsage()
{
    Run run = cli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("leadsync-cli 0."));
    run = cli({ QStringLiteral("import") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("import needs one FILE argument"));
    QCOMPARE(cli({ QStringLiteral("leads"), QStringLiteral("extra") }).exitCode, 1);
    run = cli({ QStringLiteral("import"), path("x.csv"), QStringLiteral("--bogus") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("bogus"));
    run = cli({ QStringLiteral("frobnicate") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unknown command"));
    run = cli(
        { QStringLiteral("import"), path("x.csv"), QStringLiteral("--delimiter"), QStringLiteral("x") });
    QCOMPARE(run.exitCode, 1);
}

void TestCli::importPrintsJsonSummary()
{
    writeFile(path("in.csv"),
        "Work Email;Given name;Employees\r\nana@x.com;Ana;12\r\nANA@x.com;;\r\nbo@x.com;Bo;7");
    const Run run = cli({ QStringLiteral("import"), path("in.csv"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QStringLiteral("read")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("merged")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(summary.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    const QJsonObject columns = summary.value(QStringLiteral("columns")).toObject();
    QCOMPARE(columns.value(QStringLiteral("Work Email")).toString(), QStringLiteral("email"));
    QCOMPARE(columns.value(QStringLiteral("Given name")).toString(), QStringLiteral("first_name"));
    QCOMPARE(columns.value(QStringLiteral("Employees")).toString(), QStringLiteral("new"));
    QCOMPARE(summary.value(QStringLiteral("errors")).toArray().size(), 0);

    // A second import of a file with the same header maps onto the column it created.
    writeFile(path("more.csv"), "email,employees\ncy@x.com,3\n");
    const Run again = cli({ QStringLiteral("import"), path("more.csv"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(again.out)
                 .object()
                 .value(QStringLiteral("columns"))
                 .toObject()
                 .value(QStringLiteral("employees")),
        QJsonValue(QStringLiteral("Employees")));

    // Taken back: the latest import by default, or the one given; then nothing is left to undo.
    Run undo = cli({ QStringLiteral("undo-import") });
    QCOMPARE(undo.exitCode, 0);
    QVERIFY2(undo.out.startsWith("Import 2 (") && undo.out.contains("more.csv) undone: 1 leads deleted"),
        undo.out.constData());
    Workspace workspace(path("w.leadsync"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT group_concat(email) FROM leads")),
        QStringLiteral("ana@x.com,bo@x.com"));
    QCOMPARE(cli({ QStringLiteral("undo-import"), QStringLiteral("x") }).exitCode, 1);
    QCOMPARE(cli({ QStringLiteral("undo-import"), QStringLiteral("2") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("undo-import"), QStringLiteral("1") }).exitCode, 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 0);
    QVERIFY(!findColumn(ColumnStore(workspace).list(), u"Employees"));
    undo = cli({ QStringLiteral("undo-import") });
    QCOMPARE(undo.exitCode, 2);
    QVERIFY2(undo.err.contains("there is no import to undo"), undo.err.constData());
}

void TestCli::inputErrorChangesNothing()
{
    writeFile(path("good.csv"), "email\na@x.com\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("good.csv") }).exitCode, 0);
    const QByteArray before = cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out;

    writeFile(path("quote.csv"), "email,notes\nb@x.com,\"open\nc@x.com,x\n");
    Run run = cli({ QStringLiteral("import"), path("quote.csv") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QByteArray(path("quote.csv").toUtf8() + ":2:")), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);

    writeFile(path("wide.csv"), "email,notes\nb@x.com,x\nc@x.com,x,y\n");
    run = cli({ QStringLiteral("import"), path("wide.csv") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QByteArray(path("wide.csv").toUtf8() + ":3:")), run.err.constData());

    run = cli({ QStringLiteral("import"), path("missing.csv") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("does not exist"));

    writeFile(path("empty.csv"), "\xef\xbb\xbf\r\n\r\n");
    run = cli({ QStringLiteral("import"), path("empty.csv") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is empty"), run.err.constData());

    // The legacy encoding chosen is printed, so a wrong guess is seen at once.
    writeFile(path("short.csv"),
        "nombre;email\r\nI\xf1"
        "aki;i@x.es\r\n");
    run = cli({ QStringLiteral("import"), path("short.csv") }, "short.leadsync");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("WINDOWS-1252"), run.out.constData());

    writeFile(path("binary.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    run = cli({ QStringLiteral("import"), path("binary.csv") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("not a text file"));

    QCOMPARE(cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out, before);
}

void TestCli::skipBadRowsExitsThree()
{
    writeFile(path("wide.csv"), "email,notes\nb@x.com,x\nc@x.com,x,y\nd@x.com,z\n");
    const Run run = cli({ QStringLiteral("import"), path("wide.csv"), QStringLiteral("--skip-bad-rows"),
        QStringLiteral("--rejects"), path("bad.csv"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 3);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
    const QJsonObject error = summary.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("rejects_file")).toString(), path("bad.csv"));
    QVERIFY(read("bad.csv").contains("3,the row has 3 fields but the header has 2,c@x.com,x,y"));
}

// Standard output, a FIFO with its reader waiting, a character device and a symlink: each gets the
// CSV, and none is ever replaced by a regular file. (The character device is a pseudo-terminal made
// for the test, never the machine's /dev/null.)
void TestCli::exportToSpecialFiles()
{
    writeFile(path("in.csv"), "first_name,email\nAna,ana@x.com\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);
    const QByteArray expected = "First name,Email\r\nAna,ana@x.com\r\n";
    const QStringList columns { QStringLiteral("--columns"), QStringLiteral("first_name,email") };

    Run run = cli(QStringList { QStringLiteral("export"), QStringLiteral("-") } + columns);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
    QVERIFY(run.err.contains("Leads exported: 1"));

    const QByteArray fifo = QFile::encodeName(path("fifo"));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), { path("fifo") });
    QVERIFY(reader.waitForStarted());
    QCOMPARE(cli(QStringList { QStringLiteral("export"), path("fifo") } + columns).exitCode, 0);
    // cat ends at the end of the FIFO's data, possibly while the CLI was waited for.
    QVERIFY(reader.state() == QProcess::NotRunning || reader.waitForFinished(10000));
    QCOMPARE(reader.exitCode(), 0);
    QCOMPARE(reader.readAllStandardOutput(), expected);
    struct stat status
    { };
    QCOMPARE(::stat(fifo.constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));

    const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(terminal >= 0);
    QVERIFY(::grantpt(terminal) == 0 && ::unlockpt(terminal) == 0);
    const QString device = QString::fromLocal8Bit(::ptsname(terminal));
    termios raw {};
    {
        const int slave = ::open(::ptsname(terminal), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        QCOMPARE(::tcgetattr(slave, &raw), 0);
        ::cfmakeraw(&raw); // the bytes as written, without line-ending translation
        QCOMPARE(::tcsetattr(slave, TCSANOW, &raw), 0);
        ::close(slave);
    }
    QCOMPARE(cli(QStringList { QStringLiteral("export"), device } + columns).exitCode, 0);
    QByteArray got(expected.size(), '\0');
    qsizetype done = 0;
    while (done < got.size()) {
        const ssize_t n = ::read(terminal, got.data() + done, size_t(got.size() - done));
        QVERIFY(n > 0);
        done += n;
    }
    QCOMPARE(got, expected);
    QCOMPARE(::stat(QFile::encodeName(device).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
    ::close(terminal);

    writeFile(path("target.csv"), "old");
    QVERIFY(QFile::link(path("target.csv"), path("link.csv")));
    QCOMPARE(cli(QStringList { QStringLiteral("export"), path("link.csv") } + columns).exitCode, 0);
    QVERIFY(QFileInfo(path("link.csv")).isSymLink());
    QCOMPARE(read("target.csv"), expected);
}

void TestCli::exportFiltersAndEscapes()
{
    writeFile(path("in.csv"),
        "first_name,email,country,phone,notes\n"
        "Ana,ana@x.com,Germany,+1 555 0100,=HYPERLINK(\"http://evil\")\n"
        "Bo,bo@x.com,France,-5,@SUM(1)\n"
        "Cy,cy@acme.com,germany,,\"multi\nline, \"\"quoted\"\"\"\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);

    Run run = cli({ QStringLiteral("export"), path("all.csv") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("all.csv"),
        QByteArray(
            "First name,Last name,Email,Phone,Company,Title,Website,LinkedIn URL,City,Country,Notes,Stage,"
            "Business domain,Score,Recommendation,Score reason,Source,Telegram,Contact check\r\n"
            "Ana,,ana@x.com,+1 555 "
            "0100,,,,,,Germany,\"'=HYPERLINK(\"\"http://evil\"\")\",new,,,,,import,,\r\n"
            "Bo,,bo@x.com,-5,,,,,,France,'@SUM(1),new,,,,,import,,\r\n"
            "Cy,,cy@acme.com,,,,,,,germany,\"multi\nline, \"\"quoted\"\"\",new,,,,,import,,\r\n"));

    run = cli({ QStringLiteral("export"), path("de.csv"), QStringLiteral("--columns"),
        QStringLiteral("email, First name"), QStringLiteral("--where"), QStringLiteral("country = GERMANY"),
        QStringLiteral("--bom"), QStringLiteral("--no-formula-escape") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("de.csv"),
        QByteArray("\xEF\xBB\xBF"
                   "Email,First name\r\nana@x.com,Ana\r\ncy@acme.com,Cy\r\n"));

    // For a CRM: its header names, no formula escaping (it is not a spreadsheet); a delimiter chosen.
    run = cli({ QStringLiteral("export"), path("hubspot.csv"), QStringLiteral("--columns"),
        QStringLiteral("first_name,email,notes,stage"), QStringLiteral("--profile"),
        QStringLiteral("HubSpot"), QStringLiteral("--delimiter"), QStringLiteral(";"),
        QStringLiteral("--where"), QStringLiteral("first_name = Bo") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("hubspot.csv"),
        QByteArray("First Name;Email;Notes;Lifecycle Stage\r\nBo;bo@x.com;@SUM(1);new\r\n"));
    run = cli(
        { QStringLiteral("export"), path("sheets.csv"), QStringLiteral("--columns"), QStringLiteral("notes"),
            QStringLiteral("--profile"), QStringLiteral("sheets"), QStringLiteral("--delimiter"),
            QStringLiteral("tab"), QStringLiteral("--where"), QStringLiteral("first_name = Bo") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("sheets.csv"), QByteArray("Notes\r\n'@SUM(1)\r\n"));
    run = cli(
        { QStringLiteral("export"), path("x.csv"), QStringLiteral("--profile"), QStringLiteral("zoho") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("zoho"));

    run = cli({ QStringLiteral("export"), path("search.csv"), QStringLiteral("--columns"),
        QStringLiteral("email"), QStringLiteral("--search"), QStringLiteral("acm") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("search.csv"), QByteArray("Email\r\ncy@acme.com\r\n"));

    run = cli({ QStringLiteral("export"), path("x.csv"), QStringLiteral("--columns"),
        QStringLiteral("shoe size") });
    QCOMPARE(run.exitCode, 1);
    run = cli({ QStringLiteral("export"), path("x.csv"), QStringLiteral("--where"),
        QStringLiteral("shoe size > 3") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("shoe size"));
    QVERIFY(!QFile::exists(path("x.csv")));
}

// A view saved by the desktop app (here through the same SavedView code) drives an export: its
// filter, sort and columns; a campaign is a column and a condition like any other.
void TestCli::exportBySavedViewAndCampaign()
{
    writeFile(path("in.csv"),
        "first_name,email,country,company\n"
        "Ana,ana@x.com,Germany,Beta\nBo,bo@x.com,France,Acme\nCy,cy@x.com,Germany,acme\nDi,di@x.com,Germany,"
        "Core\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);
    {
        Workspace workspace(path("w.leadsync"));
        sqliteExec(workspace.handle(), "BEGIN");
        CampaignChange create { CampaignChange::Action::Create, 0, QStringLiteral("Q4"), {}, {}, 0, {} };
        CampaignStore(workspace).apply(create);
        CampaignChange assign { CampaignChange::Action::Assign, create.campaignId, {}, { 1, 3 }, {}, 0, {} };
        CampaignStore(workspace).apply(assign);
        SavedView view { QStringLiteral("Germans"), {},
            { QStringLiteral("company"), QStringLiteral("campaigns") } };
        view.query.conditions
            = { LeadCondition::parse(QStringLiteral("country = germany"), ColumnStore(workspace).list()) };
        view.query.sortColumn = QStringLiteral("company");
        view.query.sortOrder = Qt::DescendingOrder;
        SavedView::save(workspace, view);
        sqliteExec(workspace.handle(), "COMMIT");
    }
    Run run = cli(
        { QStringLiteral("export"), path("view.csv"), QStringLiteral("--view"), QStringLiteral("germans") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("view.csv"), QByteArray("Company,Campaigns\r\nCore,\r\nBeta,Q4\r\nacme,Q4\r\n"));

    run = cli({ QStringLiteral("export"), path("q4.csv"), QStringLiteral("--view"), QStringLiteral("Germans"),
        QStringLiteral("--where"), QStringLiteral("campaigns is empty"), QStringLiteral("--columns"),
        QStringLiteral("first_name") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read("q4.csv"), QByteArray("First name\r\nDi\r\n"));

    run = cli(
        { QStringLiteral("export"), path("none.csv"), QStringLiteral("--view"), QStringLiteral("Nope") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no saved view \"Nope\""));
}

// A real kill -9 of the CLI in the middle of a run: while the process lives its run is never offered
// for resume (from another process); once it is gone, the run is interrupted and --resume finishes it.
void TestCli::killedRunIsResumedOnlyWhenItsProcessIsGone()
{
    HttpTestServer server([](const HttpTestServer::Request& request) -> HttpTestServer::Reply {
        return { 200, {}, "{\"n\": \"" + request.path.mid(request.path.lastIndexOf('=') + 1) + "\"}", 150,
            false };
    });
    QByteArray csv = "first_name,email\n";
    for (int i = 1; i <= 20; ++i)
        csv += "Lead" + QByteArray::number(i) + ",l" + QByteArray::number(i) + "@x.com\n";
    writeFile(path("in.csv"), csv);
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Hook"),
                     QStringLiteral("--kind"), QStringLiteral("webhook"), QStringLiteral("--url"),
                     server.url("/hook?name={{first_name}}"), QStringLiteral("--method"),
                     QStringLiteral("GET"), QStringLiteral("--concurrency"), QStringLiteral("1") })
                 .exitCode,
        0);

    QProcess running;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    running.setProcessEnvironment(environment);
    running.start(QStringLiteral(LEADSYNC_CLI),
        { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("column"), QStringLiteral("run"),
            QStringLiteral("Hook") });
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 4, 20000);
    {
        Workspace workspace(path("w.leadsync"));
        QCOMPARE(RunHistory::columnsWithResumableRuns(workspace), QStringList());
    }
    Run resume = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Hook"),
        QStringLiteral("--resume") });
    QCOMPARE(resume.exitCode, 2); // nothing to resume while the run's process is alive
    Run remove = cli({ QStringLiteral("column"), QStringLiteral("delete"), QStringLiteral("Hook") });
    QCOMPARE(remove.exitCode, 2); // nor can its column be deleted
    QVERIFY2(remove.err.contains("cancel its run first"), remove.err.constData());
    running.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(running.waitForFinished(10000));
    {
        Workspace workspace(path("w.leadsync"));
        QCOMPARE(RunHistory::columnsWithResumableRuns(workspace), QStringList { QStringLiteral("Hook") });
        QVERIFY(scalar(workspace, QStringLiteral("SELECT count(*) FROM cell_states")) < 20);
    }
    resume = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Hook"),
        QStringLiteral("--resume") });
    QCOMPARE(resume.exitCode, 0);
    Workspace workspace(path("w.leadsync"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done'")), 20);
    QCOMPARE(RunHistory::columnsWithResumableRuns(workspace), QStringList());
}

// A real kill -9 in the middle of an import: the next open rolls the import back whole and builds
// the indexes it had set aside again.
void TestCli::killedImportLeavesNothing()
{
    writeFile(path("first.csv"), "first_name,email\nAna,ana@x.com\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("first.csv") }).exitCode, 0);
    QByteArray csv = "first_name,email,notes\n";
    const QByteArray notes(200, 'n');
    for (int i = 0; i < 400000; ++i)
        csv += "Lead" + QByteArray::number(i) + ",l" + QByteArray::number(i) + "@x.com," + notes + "\n";
    writeFile(path("big.csv"), csv);
    const QString indexes = [this] {
        Workspace workspace(path("w.leadsync"));
        return leadIndexes(workspace);
    }();
    QVERIFY(indexes.contains(u"leads_email_key"));
    QProcess importing;
    importing.start(QStringLiteral(LEADSYNC_CLI),
        { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("import"), path("big.csv") });
    // Killed once the import has written into the workspace (its journal exists).
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path("w.leadsync-journal")).size() > 0
            || QFileInfo(path("w.leadsync-wal")).size() > 1 << 20,
        20000);
    QVERIFY2(importing.state() == QProcess::Running, "the import ended before it could be killed");
    importing.kill();
    QVERIFY(importing.waitForFinished(10000));
    // The next command takes the interrupted import back, batches already committed included.
    QCOMPARE(cli({ QStringLiteral("leads"), QStringLiteral("--limit"), QStringLiteral("1") }).exitCode, 0);
    Workspace workspace(path("w.leadsync"));
    QCOMPARE(text(workspace, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 1);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM imports")), 1);
    // The indexes the import had set aside for its load are there again.
    QCOMPARE(leadIndexes(workspace), indexes);
}

// Another process (this test) holds the workspace's write lock for longer than SQLite's usual busy
// timeout: the CLI's write waits and goes through, instead of failing with "database is locked".
void TestCli::aWriteWaitsForAnotherProcess()
{
    writeFile(path("in.csv"), "first_name,email\nAna,ana@x.com\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);
    Workspace holder(path("w.leadsync"));
    sqliteExec(holder.handle(), "BEGIN IMMEDIATE");
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    writer.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    writer.start(QStringLiteral(LEADSYNC_CLI),
        { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("column"), QStringLiteral("add"),
            QStringLiteral("Priority"), QStringLiteral("--kind"), QStringLiteral("text") });
    QTest::qWait(6500);
    QCOMPARE(writer.state(), QProcess::Running); // still waiting, not failed
    sqliteExec(holder.handle(), "COMMIT");
    QVERIFY(writer.waitForFinished(20000));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QVERIFY(clock.elapsed() >= 6500);
    QVERIFY(findColumn(ColumnStore(holder).list(), u"Priority"));
}

// A long import in one process, short writes in another (this test, as the desktop app would make
// them): each write gets in between two of the import's batches, within about a second, while the
// import goes on; and the import still completes whole.
void TestCli::aLongImportLetsOtherWritersIn()
{
    writeFile(path("first.csv"), "email\nfirst@x.com\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("first.csv") }).exitCode, 0);
    QByteArray csv = "first_name,email\n";
    constexpr int kRows = 800000;
    for (int i = 0; i < kRows; ++i)
        csv += "N" + QByteArray::number(i) + ",l" + QByteArray::number(i) + "@x.com\n";
    writeFile(path("long.csv"), csv);
    QProcess importing;
    importing.start(QStringLiteral(LEADSYNC_CLI),
        { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("import"), path("long.csv"),
            QStringLiteral("--commit-every-ms"), QStringLiteral("200") });
    Workspace writer(path("w.leadsync"));
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(writer, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'running'")) == 1, 20000);
    int writesDuringTheImport = 0;
    qint64 longestWaitMs = 0;
    for (int i = 0; i < 5 && importing.state() == QProcess::Running; ++i) {
        QElapsedTimer clock;
        clock.start();
        writer.transact([&] { writer.setMetaValue(QStringLiteral("test_write"), QString::number(i)); });
        longestWaitMs = std::max(longestWaitMs, clock.elapsed());
        writesDuringTheImport += importing.state() == QProcess::Running ? 1 : 0;
    }
    QVERIFY(importing.waitForFinished(60000));
    QCOMPARE(importing.exitCode(), 0);
    QVERIFY2(writesDuringTheImport >= 2, qPrintable(QString::number(writesDuringTheImport)));
    QVERIFY2(longestWaitMs < 1500, qPrintable(QString::number(longestWaitMs)));
    QCOMPARE(scalar(writer, QStringLiteral("SELECT count(*) FROM leads")), kRows + 1);
    QCOMPARE(scalar(writer, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'done'")), 2);
}

void TestCli::executableColumnsEndToEnd()
{
    HttpTestServer server([](const HttpTestServer::Request& request) -> HttpTestServer::Reply {
        if (request.headers.value("authorization") != "Bearer sk-secret-123")
            return { 401, {}, R"({"error": {"message": "Incorrect API key provided"}})", 0, false };
        const QString prompt = HttpTestServer::promptOf(request);
        const QJsonObject content { { QStringLiteral("subject"), QString(QStringLiteral("Re: ") + prompt) } };
        const QJsonObject reply {
            { QStringLiteral("choices"),
                QJsonArray { QJsonObject { { QStringLiteral("message"),
                    QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                        { QStringLiteral("content"),
                            QString::fromUtf8(
                                QJsonDocument(content).toJson(QJsonDocument::Compact)) } } } } } },
            { QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), 1000 },
                    { QStringLiteral("completion_tokens"), 500 } } }
        };
        return { 200, {}, QJsonDocument(reply).toJson(QJsonDocument::Compact), 0, false };
    });
    writeFile(path("in.csv"), "first_name,email\nAna,ana@x.com\nBo,bo@x.com\n,nobody@x.com\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);
    Run run = cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Draft"),
        QStringLiteral("--kind"), QStringLiteral("ai"), QStringLiteral("--prompt"),
        QStringLiteral("Hi {{first_name}}"), QStringLiteral("--base-url"), server.url("/v1"),
        QStringLiteral("--model"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--api-key-env"),
        QStringLiteral("LEADSYNC_TEST_KEY"), QStringLiteral("--json-fields"),
        QStringLiteral("subject=Subject"), QStringLiteral("--requires"), QStringLiteral("first_name") });
    QCOMPARE(run.exitCode, 0);
    run = cli({ QStringLiteral("column"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray columns = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(columns.at(columns.size() - 2).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Subject"));
    const QJsonObject draft = columns.last().toObject();
    QCOMPARE(draft.value(QStringLiteral("kind")).toString(), QStringLiteral("ai"));
    QCOMPARE(draft.value(QStringLiteral("config")).toObject().value(QStringLiteral("api_key_env")).toString(),
        QStringLiteral("LEADSYNC_TEST_KEY"));

    // Without the key's variable: a clear error, nothing sent.
    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Draft") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("$LEADSYNC_TEST_KEY"));
    QVERIFY(server.requests().isEmpty());

    const QList<std::pair<QString, QString>> key { { QStringLiteral("LEADSYNC_TEST_KEY"),
        QStringLiteral("sk-secret-123") } };
    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Draft"),
                  QStringLiteral("--dry-run"), QStringLiteral("--json") },
        "w.leadsync", key);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(plan.value(QStringLiteral("targets")).toInt(), 3);
    QVERIFY(plan.value(QStringLiteral("request")).toString().contains(QStringLiteral("Hi Ana")));
    QVERIFY(plan.value(QStringLiteral("estimated_cost")).toDouble() > 0);
    QCOMPARE(plan.value(QStringLiteral("pricing")).toString(), QStringLiteral("priced"));
    QVERIFY(!run.out.contains("secret"));
    QVERIFY(server.requests().isEmpty());

    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Draft"),
                  QStringLiteral("--json") },
        "w.leadsync", key);
    QCOMPARE(run.exitCode, 0);
    QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("targets")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("done")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("skipped")).toInt(), 1); // no first name
    QCOMPARE(result.value(QStringLiteral("tokens_in")).toInt(), 2000);
    QCOMPARE(result.value(QStringLiteral("tokens_out")).toInt(), 1000);
    // gpt-4o-mini's bundled price: $0.15 in and $0.60 out per million tokens.
    QVERIFY(
        qAbs(result.value(QStringLiteral("cost")).toDouble() - (2000 * 0.15 + 1000 * 0.60) / 1e6) < 1e-12);
    QVERIFY(result.value(QStringLiteral("errors")).toArray().isEmpty());

    run = cli({ QStringLiteral("export"), path("out.csv"), QStringLiteral("--columns"),
        QStringLiteral("first_name,Subject") });
    QCOMPARE(read("out.csv"), QByteArray("First name,Subject\r\nAna,Re: Hi Ana\r\nBo,Re: Hi Bo\r\n,\r\n"));

    // leads --json: each computed cell with its status, and why a cell was skipped.
    const QJsonArray leads
        = QJsonDocument::fromJson(cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out).array();
    QCOMPARE(leads.at(0).toObject().value(QStringLiteral("Draft status")).toString(), QStringLiteral("done"));
    QCOMPARE(
        leads.at(0).toObject().value(QStringLiteral("Subject")).toString(), QStringLiteral("Re: Hi Ana"));
    QCOMPARE(
        leads.at(2).toObject().value(QStringLiteral("Draft status")).toString(), QStringLiteral("skipped"));
    QCOMPARE(leads.at(2).toObject().value(QStringLiteral("Draft reason")).toString(),
        QStringLiteral("missing first_name"));

    // Again, every cell: all from the cache, free.
    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Draft"),
                  QStringLiteral("--only"), QStringLiteral("all"), QStringLiteral("--json") },
        "w.leadsync", key);
    result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("cached")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("cost")).toDouble(), 0.0);
    QCOMPARE(server.requests().size(), 2);

    // A wrong key: the API's message per lead, exit code 3.
    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Draft"),
                  QStringLiteral("--only"), QStringLiteral("all"), QStringLiteral("--where"),
                  QStringLiteral("first_name = Ana"), QStringLiteral("--json") },
        "w.leadsync", { { QStringLiteral("LEADSYNC_TEST_KEY"), QStringLiteral("sk-wrong") } });
    QCOMPARE(run.exitCode, 0); // cached: the key is not part of what shapes an answer
    {
        Workspace workspace(path("w.leadsync"));
        SqlQuery forget(workspace.database(), QStringLiteral("DELETE FROM exec_cache"));
        forget.exec();
    }
    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Draft"),
                  QStringLiteral("--only"), QStringLiteral("all"), QStringLiteral("--where"),
                  QStringLiteral("first_name = Ana"), QStringLiteral("--json") },
        "w.leadsync", { { QStringLiteral("LEADSYNC_TEST_KEY"), QStringLiteral("sk-wrong") } });
    QCOMPARE(run.exitCode, 3);
    result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
        QStringLiteral("HTTP 401: Incorrect API key provided"));

    run = cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("X"),
        QStringLiteral("--kind"), QStringLiteral("magic") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("webhook"));
    run = cli(
        { QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Y"), QStringLiteral("--kind"),
            QStringLiteral("template"), QStringLiteral("--template"), QStringLiteral("{{shoe size}}") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("shoe size"));
    // A provider preset: its API and key variable, unless given.
    run = cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Local"),
        QStringLiteral("--kind"), QStringLiteral("ai"), QStringLiteral("--preset"),
        QStringLiteral("icebreaker"), QStringLiteral("--provider"), QStringLiteral("ollama"),
        QStringLiteral("--model"), QStringLiteral("llama3.1") });
    QCOMPARE(run.exitCode, 0);
    QJsonObject local = QJsonDocument::fromJson(
        cli({ QStringLiteral("column"), QStringLiteral("list"), QStringLiteral("--json") }).out)
                            .array()
                            .last()
                            .toObject()
                            .value(QStringLiteral("config"))
                            .toObject();
    QCOMPARE(local.value(QStringLiteral("base_url")).toString(), QStringLiteral("http://localhost:11434/v1"));
    QCOMPARE(local.value(QStringLiteral("api_key_env")).toString(), QString());
    QVERIFY(local.value(QStringLiteral("prompt"))
                .toString()
                .contains(QStringLiteral("{{first_name|the reader}}")));
    run = cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Z"),
        QStringLiteral("--kind"), QStringLiteral("ai"), QStringLiteral("--prompt"), QStringLiteral("x"),
        QStringLiteral("--provider"), QStringLiteral("skynet") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("lmstudio"));
    QCOMPARE(
        cli({ QStringLiteral("column"), QStringLiteral("delete"), QStringLiteral("Local") }).exitCode, 0);

    run = cli({ QStringLiteral("column"), QStringLiteral("delete"), QStringLiteral("Draft") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(
                 cli({ QStringLiteral("column"), QStringLiteral("list"), QStringLiteral("--json") }).out)
                 .array()
                 .size(),
        columns.size() - 1);
}

// --preset hunter makes the Hunter column (key in X-API-KEY, three mapped columns); --url adjusts it.
void TestCli::webhookPresetFromTheCommandLine()
{
    HttpTestServer server([](const HttpTestServer::Request& request) -> HttpTestServer::Reply {
        if (request.headers.value("x-api-key") != "hk-cli")
            return { 401, {}, R"({"errors": [{"id": "authentication_failed"}]})", 0, false };
        return { 200, {}, R"({"data": {"status": "accept_all", "score": 64, "accept_all": true}})", 0,
            false };
    });
    writeFile(path("in.csv"), "first_name,email\nAna,ana@x.com\nBo,\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("in.csv") }).exitCode, 0);
    Run run = cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Verified"),
        QStringLiteral("--kind"), QStringLiteral("webhook"), QStringLiteral("--preset"),
        QStringLiteral("hunters") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("apify, hunter, n8n"), run.err.constData());
    run = cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("Verified"),
        QStringLiteral("--kind"), QStringLiteral("webhook"), QStringLiteral("--preset"),
        QStringLiteral("hunter"), QStringLiteral("--url"),
        server.url("/v2/email-verifier?email={{email}}") });
    QCOMPARE(run.exitCode, 0);
    run = cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("Verified"),
                  QStringLiteral("--json") },
        "w.leadsync", { { QStringLiteral("HUNTER_API_KEY"), QStringLiteral("hk-cli") } });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("skipped")).toInt(), 1); // Bo has no email: required by the preset
    run = cli({ QStringLiteral("leads"), QStringLiteral("--json") });
    const QJsonObject ana = QJsonDocument::fromJson(run.out).array().first().toObject();
    QCOMPARE(ana.value(QStringLiteral("Hunter status")).toString(), QStringLiteral("accept_all"));
    QCOMPARE(ana.value(QStringLiteral("Hunter score")).toString(), QStringLiteral("64"));
    QCOMPARE(ana.value(QStringLiteral("Hunter accept all")).toString(), QStringLiteral("true"));
}

void TestCli::sampleRoundTrip()
{
    const QString sample = QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/sample/sample_leads.csv");
    QCOMPARE(cli({ QStringLiteral("import"), sample }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("export"), path("one.csv") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), path("one.csv") }, "second.leadsync").exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("export"), path("two.csv") }, "second.leadsync").exitCode, 0);
    QCOMPARE(read("two.csv"), read("one.csv"));
    QVERIFY(read("one.csv").size() > 50000);
}

void TestCli::leadsAndColumnsJson()
{
    writeFile(path("in.csv"), "email,first_name,Score\na@x.com,Ana,5\nb@x.com,,\n");
    QCOMPARE(cli({ QStringLiteral("--now"), QStringLiteral("2026-01-31T09:00:00Z"), QStringLiteral("import"),
                     path("in.csv") })
                 .exitCode,
        0);
    const QJsonArray leads
        = QJsonDocument::fromJson(cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out).array();
    QCOMPARE(leads.size(), 2);
    const QJsonObject first = leads.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("email")).toString(), QStringLiteral("a@x.com"));
    // Another tool's score (0-100) is not the pipeline's (0-1): it becomes a column of its own.
    QCOMPARE(first.value(QStringLiteral("Score (2)")).toString(), QStringLiteral("5"));
    QCOMPARE(first.value(QStringLiteral("score")).toString(), QString());
    QCOMPARE(first.value(QStringLiteral("stage")).toString(), QStringLiteral("new"));
    QCOMPARE(
        first.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-01-31T09:00:00.000Z"));
    QCOMPARE(leads.last().toObject().value(QStringLiteral("first_name")), QJsonValue(QString()));
    QCOMPARE(leads.last().toObject().value(QStringLiteral("Score (2)")), QJsonValue(QString()));
    QCOMPARE(QJsonDocument::fromJson(cli({ QStringLiteral("leads"), QStringLiteral("--json"),
                                             QStringLiteral("--limit"), QStringLiteral("1") })
                                         .out)
                 .array()
                 .size(),
        1);

    const QJsonArray columns
        = QJsonDocument::fromJson(cli({ QStringLiteral("columns"), QStringLiteral("--json") }).out).array();
    QCOMPARE(columns.size(), 20);
    const QJsonObject score = columns.last().toObject();
    QCOMPARE(score.value(QStringLiteral("display_name")).toString(), QStringLiteral("Score (2)"));
    QCOMPARE(score.value(QStringLiteral("builtin")).toBool(), false);
    QCOMPARE(
        columns.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("first_name"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "leads/ColumnStore.h"
#include "tst_cli.moc"
