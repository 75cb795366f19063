// The exporter reads rows on the caller's thread and writes the CSV on a thread of its own (decision
// 0019): every row arrives whole and in order however the blocks fall, a cell larger than a block
// included; a failing device stops the export with its error; a cancel leaves the target as it was.
// A large export in id order reads with two connections, which see one snapshot while another
// connection commits.
#include "../CsvTestSupport.h"
#include "../TestSupport.h"
#include "Error.h"
#include "csv/CsvWriter.h"
#include "csv/Exporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace LeadSync;
using namespace TestSupport;

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesEveryRowInOrder();
    void stopsOnAFailingDevice();
    void cancelLeavesTheTargetAsItWas();
    void readsOneSnapshotWhileWritten();
    void readsAloneWhereChunksWouldRepeatWork();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Imports rows leads, each with a note that needs quoting; the note of the lead in the middle is
    // three MiB, larger than the blocks the rows travel in.
    void importLeads(Workspace& workspace, int rows) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExporter::importLeads(Workspace& workspace, int rows) const
{
    const QString source = path(QStringLiteral("leads.csv"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    CsvWriter writer(file, source, { ',', false });
    for (const char* header : { "First name", "Email", "Notes" })
        writer.writeField(header);
    writer.endRow();
    for (int i = 0; i < rows; ++i) {
        writer.writeField(QByteArray("Lead " + QByteArray::number(i)));
        writer.writeField(QByteArray("lead" + QByteArray::number(i) + "@example.com"));
        writer.writeField(
            QByteArray("Met at \"Expo\", row " + QByteArray::number(i) + ".\nCall back").repeated(1 + i % 7));
        writer.endRow();
    }
    writer.flush();
    file.close();
    QCOMPARE(importFile(workspace, source).imported, rows);
    // Larger than the importer takes in a field: written in SQL.
    SqlQuery big(workspace.database(),
        QStringLiteral(
            "UPDATE leads SET notes = printf('%.*c', 3145728, 'x') WHERE id = (SELECT min(id) + ? FROM "
            "leads)"));
    big.bind(rows / 2);
    big.exec();
}

void TestExporter::writesEveryRowInOrder()
{
    Workspace workspace(path(QStringLiteral("w.leadsync")));
    constexpr int kRows = 20000; // about 4 MiB of notes: several blocks
    importLeads(workspace, kRows);
    ExportPlan plan;
    plan.path = path(QStringLiteral("out.csv"));
    plan.columns = { "email", "notes", "first_name" };
    qint64 lastDone = 0;
    QCOMPARE(Exporter(workspace, plan).run({ [&lastDone](qint64 done, qint64) { lastDone = done; } }), kRows);
    QCOMPARE(lastDone, kRows);

    CsvDialect dialect;
    dialect.maxFieldBytes = 4 << 20;
    QList<QStringList> got = CsvTestSupport::readCsvFile(plan.path, dialect);
    QCOMPARE(got.takeFirst(),
        QStringList({ QStringLiteral("Email"), QStringLiteral("Notes"), QStringLiteral("First name") }));
    QList<QStringList> expected;
    SqlQuery select(
        workspace.database(), QStringLiteral("SELECT email, notes, first_name FROM leads ORDER BY id"));
    select.exec();
    while (select.next())
        expected.append(
            { select.value(0).toString(), select.value(1).toString(), select.value(2).toString() });
    QCOMPARE(expected.size(), kRows);
    QCOMPARE(got.size(), kRows);
    for (int i = 0; i < kRows; ++i) // row by row: a mismatch names its row, not a 4 MiB list
        QCOMPARE(got[i], expected[i]);
    QCOMPARE(got[kRows / 2][1].size(), 3 << 20);
}

void TestExporter::stopsOnAFailingDevice()
{
    Workspace workspace(path(QStringLiteral("w.leadsync")));
    importLeads(workspace, 5000);
    ExportPlan plan;
    plan.path = QStringLiteral("/dev/full"); // every write fails with ENOSPC
    try {
        Exporter(workspace, plan).run();
        QFAIL("the export to /dev/full succeeded");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"/dev/full"), qPrintable(error.message()));
    }
}

void TestExporter::cancelLeavesTheTargetAsItWas()
{
    Workspace workspace(path(QStringLiteral("w.leadsync")));
    importLeads(workspace, 40000);
    writeFile(path(QStringLiteral("out.csv")), "the user's old file\n");
    ExportPlan plan;
    plan.path = path(QStringLiteral("out.csv"));
    std::atomic_bool cancel = false;
    qint64 reports = 0;
    const JobObserver observer { [&](qint64 done, qint64 total) {
                                    QCOMPARE(total, 40000);
                                    QVERIFY(done < total);
                                    ++reports;
                                    cancel = true;
                                },
        &cancel };
    QCOMPARE(Exporter(workspace, plan).run(observer), -1);
    QCOMPARE(reports, 1);
    QFile out(plan.path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("the user's old file\n"));
    // No temporary is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("out*") }, QDir::Files),
        QStringList { QStringLiteral("out.csv") });
}

// Another connection moves a token (the city "X") to another lead, commit after commit, while the
// workspace is exported again and again in both orders with two readers: each file holds exactly one
// token, as every commit leaves, and the leads in order. Two snapshots a few commits apart would show
// the token where each reader's chunks saw it: none, or two, half the time.
void TestExporter::readsOneSnapshotWhileWritten()
{
    const QString workspacePath = path(QStringLiteral("w.leadsync"));
    Workspace workspace(workspacePath);
    constexpr int kRows = 30000; // eight chunks of the id range
    importLeads(workspace, kRows);
    sqliteExec(workspace.handle(), "UPDATE leads SET city = CASE WHEN id = 1 THEN 'X' ELSE '' END");
    std::atomic_bool stop = false;
    std::atomic<int> commits = 0;
    std::jthread writer([&] {
        Workspace own(workspacePath);
        SqliteStatement move(own.handle(),
            "UPDATE leads SET city = CASE WHEN id = ?1 THEN 'X' ELSE '' END WHERE city = 'X' OR id = ?1");
        for (quint32 lead = 1; !stop;) {
            lead = 1 + (lead * 7919 + 104729) % kRows; // hops across the chunks
            move.bindInt(1, lead);
            move.step();
            move.reset();
            ++commits;
            std::this_thread::sleep_for(std::chrono::milliseconds(1)); // leaves the lock free at times
        }
    });
    const auto stopWriter = qScopeGuard([&stop] { stop = true; }); // before the writer is joined
    ExportPlan plan;
    plan.path = path(QStringLiteral("out.csv"));
    plan.columns = { "email", "city" };
    int twoReaders = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 0; twoReaders < 10; ++run) {
        QVERIFY2(clock.elapsed() < 120000, "the export found the write lock taken for two minutes");
        plan.sortOrder = run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        const int before = commits;
        Exporter exporter(workspace, plan);
        QCOMPARE(exporter.run(), kRows);
        twoReaders += exporter.readers() == 2;
        QList<QStringList> rows = CsvTestSupport::readCsvFile(plan.path, CsvDialect());
        rows.removeFirst();
        QCOMPARE(rows.size(), kRows);
        int tokens = 0;
        for (int i = 0; i < kRows; ++i) {
            const int lead = plan.sortOrder == Qt::AscendingOrder ? i : kRows - 1 - i;
            QCOMPARE(rows[i][0], QStringLiteral("lead%1@example.com").arg(lead));
            tokens += rows[i][1] == u"X";
        }
        QCOMPARE(tokens, 1);
        QVERIFY2(commits > before, "the writer did not commit during the export");
    }
}

// A search or a campaign condition is a subquery SQLite would build again for every chunk: such an
// export reads alone, as does a small one; the rows are the same.
void TestExporter::readsAloneWhereChunksWouldRepeatWork()
{
    Workspace workspace(path(QStringLiteral("w.leadsync")));
    importLeads(workspace, 30000);
    ExportPlan plan;
    plan.path = path(QStringLiteral("out.csv"));
    plan.columns = { "email" };
    const auto exported = [&](int readers) {
        Exporter exporter(workspace, plan);
        const qint64 rows = exporter.run();
        [&] { QCOMPARE(exporter.readers(), readers); }();
        return rows;
    };
    QCOMPARE(exported(2), 30000);
    plan.searchText = QStringLiteral("lead1");
    QCOMPARE(exported(1), 11111); // lead1, lead10..19, lead100..199, ..., lead10000..19999
    plan.searchText.clear();
    plan.conditions
        = { LeadCondition::parse(QStringLiteral("campaigns is empty"), ColumnStore(workspace).list()) };
    QCOMPARE(exported(1), 30000);
    plan.conditions = { LeadCondition::parse(
        QStringLiteral("email ends with 7@example.com"), ColumnStore(workspace).list()) };
    QCOMPARE(exported(2), 3000);
    plan.conditions.clear();
    plan.leadIds = { 1, 2, 3 };
    QCOMPARE(exported(1), 3);
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
