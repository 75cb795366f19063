// One writer per workspace per process (WorkspaceWriter): writes queue instead of meeting SQLite's
// lock, a long import lets short writes through between its batches, and each write's failure stays
// its own.
#include "../TestSupport.h"
#include "Error.h"
#include "leads/LeadEdit.h"
#include "storage/SqliteStatement.h"
#include "storage/WalCheckpointer.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadWriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace LeadSync;
using namespace TestSupport;

class TestWorkspaceWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneWriterPerWorkspace();
    void writesRunInOrderAndFailuresStayTheirOwn();
    void threadsQueueInsteadOfFailing();
    void editsGoThroughDuringALongImport();
    void cancelledImportKeepsTheEditsMadeMeanwhile();
    void contextGoneBeforeTheWriteEnds();
    void lastHolderDoesNotWait();
    void checkpointsInTheBackground();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // A write that sets the company of a lead, as an edit in the table does.
    static WorkspaceWriter::Write setCompany(qint64 leadId, const char* company)
    {
        return [leadId, company](Workspace& workspace) {
            LeadWriter(workspace).write(
                { { leadId, QStringLiteral("company"), {}, QString::fromLatin1(company) } });
        };
    }
    // Writes a CSV of rows leads (lead0@example.com, ...).
    QString bigCsv(int rows) const;
    qint64 count(const QString& sql) const;
    // Imports csv through the writer in batches of 20 ms; started turns true at its first progress.
    static ImportResult importInBatches(WorkspaceWriter& writer, const QString& csv,
        std::atomic_bool& started, const std::atomic_bool* cancel);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestWorkspaceWriter::init()
{
    m_path = path("w.leadsync");
    QFile::remove(m_path);
    Workspace workspace(m_path);
    writeFile(path("seed.csv"), "first_name,email,company\nAna,ana@x.io,Acme\nBo,bo@y.io,Beta\n");
    QCOMPARE(importFile(workspace, path("seed.csv")).imported, 2);
}

// The test's writer retires on its own thread when the test lets it go: it must have closed its
// connection before the files go, or the next test's new file would meet this one's -shm, still
// mapped, and read the old file's pages ("no such table: leads", once in twenty runs under load).
void TestWorkspaceWriter::cleanup()
{
    WorkspaceWriter::waitForRetired();
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(m_path + QLatin1String(suffix));
}

QString TestWorkspaceWriter::bigCsv(int rows) const
{
    QByteArray csv = "first_name,last_name,email,company,notes\n";
    csv.reserve(rows * 80);
    for (int i = 0; i < rows; ++i)
        csv += "Lead" + QByteArray::number(i) + ",Person,lead" + QByteArray::number(i)
            + "@example.com,Company " + QByteArray::number(i % 997) + ",some notes about the lead\n";
    const QString file = path("big.csv");
    writeFile(file, csv);
    return file;
}

qint64 TestWorkspaceWriter::count(const QString& sql) const
{
    Workspace workspace(m_path);
    return scalar(workspace, sql);
}

ImportResult TestWorkspaceWriter::importInBatches(
    WorkspaceWriter& writer, const QString& csv, std::atomic_bool& started, const std::atomic_bool* cancel)
{
    JobObserver observer;
    observer.cancel = cancel;
    observer.progress = [&started](qint64 done, qint64) { started = done > 0; };
    ImportResult result;
    writer.runLong([&](Workspace& workspace) {
        ImportPlan plan = ImportPlan::prepare(csv, {}, ColumnStore(workspace).list());
        plan.commitEveryMs = 20;
        result = Importer(workspace, plan).run(observer);
    });
    return result;
}

void TestWorkspaceWriter::oneWriterPerWorkspace()
{
    std::shared_ptr<WorkspaceWriter> first = WorkspaceWriter::of(m_path);
    QCOMPARE(WorkspaceWriter::of(m_path), first);
    QCOMPARE(WorkspaceWriter::of(QDir(m_dir.path()).filePath(QStringLiteral("./w.leadsync"))), first);
    QVERIFY(WorkspaceWriter::of(path("other.leadsync")) != first);
    const std::weak_ptr<WorkspaceWriter> weak = first;
    first->run([](Workspace&) {}); // its connection is open
    first.reset();
    QVERIFY(weak.expired()); // the last holder let go: the writer ended
}

void TestWorkspaceWriter::writesRunInOrderAndFailuresStayTheirOwn()
{
    const std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    QStringList order;
    QStringList errors;
    writer->post(setCompany(1, "First"), this, [&](const QString& error) {
        order.append(QStringLiteral("first"));
        errors.append(error);
    });
    writer->post(
        [](Workspace& workspace) {
            LeadWriter(workspace).write({ { 2, QStringLiteral("company"), {}, QStringLiteral("Half") } });
            throw Error(QStringLiteral("the second write failed"));
        },
        this,
        [&](const QString& error) {
            order.append(QStringLiteral("second"));
            errors.append(error);
        });
    writer->post(setCompany(1, "Third"), this, [&](const QString& error) {
        order.append(QStringLiteral("third"));
        errors.append(error);
    });
    QTRY_COMPARE(
        order, (QStringList { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") }));
    QCOMPARE(errors, (QStringList { QString(), QStringLiteral("the second write failed"), QString() }));
    // The failed write rolled back as a whole; the ones around it stayed.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads WHERE id = 2 AND company = 'Beta'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads WHERE id = 1 AND company = 'Third'")), 1);
    // run() hands the Error back to the caller.
    QVERIFY_THROWS_EXCEPTION(Error, writer->run([](Workspace&) { throw Error(QStringLiteral("refused")); }));
    // A workspace that cannot be opened fails each write with the reason, and the writer goes on.
    const std::shared_ptr<WorkspaceWriter> broken = WorkspaceWriter::of(m_dir.path());
    try {
        broken->run([](Workspace&) {});
        QFAIL("a folder opened as a workspace");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(m_dir.path()), qPrintable(error.message()));
    }
}

// Four threads write the same cell 200 times each at once: every write lands, none meets a lock.
void TestWorkspaceWriter::threadsQueueInsteadOfFailing()
{
    const std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    writer->run([](Workspace& workspace) {
        SqlQuery(workspace.database(), QStringLiteral("UPDATE leads SET notes = '0' WHERE id = 1")).exec();
    });
    std::atomic_int failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&writer, &failures] {
            for (int i = 0; i < 200; ++i) {
                try {
                    writer->run([](Workspace& workspace) {
                        SqlQuery(workspace.database(),
                            QStringLiteral(
                                "UPDATE leads SET notes = CAST(notes AS INTEGER) + 1 WHERE id = 1"))
                            .exec();
                    });
                } catch (const Error&) {
                    ++failures;
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(count(QStringLiteral("SELECT CAST(notes AS INTEGER) FROM leads WHERE id = 1")), 800);
}

// The case: an edit in the table during a large import. Before the one writer, the edit
// waited for the import's whole transaction and failed after the busy timeout; now it lands between
// two of the import's batches, while the import goes on.
void TestWorkspaceWriter::editsGoThroughDuringALongImport()
{
    const QString csv = bigCsv(300000);
    const std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    std::atomic_bool importStarted = false;
    std::atomic_bool importDone = false;
    ImportResult result;
    std::thread import([&] {
        result = importInBatches(*writer, csv, importStarted, nullptr);
        importDone = true;
    });
    QTRY_VERIFY(importStarted.load());
    QElapsedTimer waited;
    waited.start();
    QString error = QStringLiteral("<not written>");
    bool landedDuringImport = false;
    writer->post(setCompany(1, "Edited"), this, [&](const QString& message) {
        error = message;
        landedDuringImport = !importDone;
    });
    QTRY_VERIFY_WITH_TIMEOUT(error != u"<not written>", 30000);
    const qint64 editMs = waited.elapsed();
    import.join();
    QCOMPARE(error, QString());
    QVERIFY2(landedDuringImport,
        qPrintable(QStringLiteral("the edit waited %1 ms, for the whole import").arg(editMs)));
    QCOMPARE(result.imported, 300000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads")), 300002);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads WHERE id = 1 AND company = 'Edited'")), 1);
}

// Cancelling an import takes all of it back, and only it: an edit that went through between two of
// its batches stays.
void TestWorkspaceWriter::cancelledImportKeepsTheEditsMadeMeanwhile()
{
    const QString csv = bigCsv(300000);
    const std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    std::atomic_bool cancel = false;
    std::atomic_bool importStarted = false;
    ImportResult result;
    std::thread import([&] { result = importInBatches(*writer, csv, importStarted, &cancel); });
    QTRY_VERIFY(importStarted.load());
    bool written = false;
    writer->post(
        setCompany(2, "Kept"), this, [&written](const QString& error) { written = error.isEmpty(); });
    QTRY_VERIFY(written);
    cancel = true;
    import.join();
    QVERIFY(result.cancelled);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads WHERE id = 2 AND company = 'Kept'")), 1);
}

// A window closed while its write is queued: the write still lands, and its callback is dropped.
void TestWorkspaceWriter::contextGoneBeforeTheWriteEnds()
{
    const std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    std::atomic_bool release = false;
    writer->post(
        [&release](Workspace&) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        },
        this, {});
    bool called = false;
    auto* context = new QObject;
    writer->post(setCompany(1, "Late"), context, [&called](const QString&) { called = true; });
    delete context;
    release = true;
    writer->run([](Workspace&) {}); // after the queued ones
    QTest::qWait(50);
    QVERIFY(!called);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM leads WHERE id = 1 AND company = 'Late'")), 1);
}

// Closing a workspace whose writer is still busy (a write waiting for another process's lock) must
// not freeze the window: letting go of the writer returns at once, and the write still lands before
// the process ends (waitForRetired()).
void TestWorkspaceWriter::lastHolderDoesNotWait()
{
    std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    std::atomic_bool release = false;
    writer->post(
        [&release](Workspace& workspace) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            setCompany(2, "Written late")(workspace);
        },
        this, {});
    QElapsedTimer timer;
    timer.start();
    writer.reset();
    QVERIFY2(timer.elapsed() < 500, qPrintable(QStringLiteral("let go after %1 ms").arg(timer.elapsed())));
    release = true;
    WorkspaceWriter::waitForRetired();
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM leads WHERE id = 2 AND company = 'Written late'")), 1);
}

// A commit that leaves the write-ahead log past SQLite's checkpoint size is copied into the file by
// the writer's background checkpointer; the log then starts over instead of growing, and a long write
// that wants the file alone (an import's rollback journal) still gets it.
void TestWorkspaceWriter::checkpointsInTheBackground()
{
    std::shared_ptr<WorkspaceWriter> writer = WorkspaceWriter::of(m_path);
    const qint64 fileBefore = QFileInfo(m_path).size();
    // 1300 rows of 16,000 bytes, a 16 KiB page each: more than kCheckpointFrames pages in one commit.
    constexpr int kRows = 1300;
    static_assert(kRows > Workspace::kCheckpointFrames);
    const auto fill = [](Workspace& workspace) {
        sqliteExec(workspace.handle(),
            "CREATE TABLE IF NOT EXISTS bulk (data BLOB); DELETE FROM bulk; WITH RECURSIVE n(i) AS "
            "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1300) INSERT INTO bulk SELECT "
            "zeroblob(16000) FROM n");
    };
    const auto checkpointed = [&writer] {
        int frames = -1;
        writer->run([&frames](Workspace& workspace) {
            if (WalCheckpointer* checkpointer = workspace.checkpointer()) {
                checkpointer->waitUntilIdle();
                frames = checkpointer->checkpointedFrames();
            }
        });
        return frames;
    };

    writer->run(fill);
    QCOMPARE_GE(checkpointed(), kRows);
    QCOMPARE_GE(QFileInfo(m_path).size(), fileBefore + qint64(kRows) * 16000);
    const qint64 logSize = QFileInfo(m_path + u"-wal").size();
    QCOMPARE_GE(logSize, qint64(kRows) * 16384);

    writer->run(fill);
    QCOMPARE_GE(checkpointed(), kRows);
    // Started over from its beginning, not appended to: about the same size, not twice.
    QCOMPARE_LT(QFileInfo(m_path + u"-wal").size(), logSize * 3 / 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bulk WHERE length(data) = 16000")), kRows);

    // Right after a commit that woke the checkpointer: the switch waits for its round to end.
    writer->run(fill);
    bool alone = false;
    writer->runLong([&alone](Workspace& workspace) {
        alone = workspace.beginBulkWrite();
        if (alone)
            workspace.endBulkWrite();
    });
    QVERIFY(alone);
}

QTEST_GUILESS_MAIN(TestWorkspaceWriter)
#include "tst_workspacewriter.moc"
