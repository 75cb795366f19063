// The importer against real workspace files: atomicity, dedupe, mapping, rejects, memory.
#include "../TestSupport.h"
#include "Error.h"
#include "leads/LeadFilter.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"

#include <QTemporaryDir>

#include <QTest>
#include <thread>

using namespace LeadSync;
using namespace TestSupport;

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void valuesAreKeptExactly();
    void aliasesAndUserMapping();
    void mapsOntoExistingColumns();
    void errorRollsBackEverything();
    void cancelRollsBackEverything();
    void committedBatchesAreTakenBack_data();
    void committedBatchesAreTakenBack();
    void indexesComeBackAfterALargeImport();
    void unfinishedImportIsTakenBackWithWhatRefersToIt_data();
    void unfinishedImportIsTakenBackWithWhatRefersToIt();
    void undoingALargeImportCanBeCancelled();
    void dedupeMergesWithoutOverwriting();
    void dedupeNoneKeepsAll();
    void mergedLeadsStaySearchable();
    void skipBadRowsWritesRejects();
    void cellStatesAreKeyedByLeadOnUpgrade();
    void reopensWithSchema();
    void searchIndexIsRebuiltOnUpgrade_data();
    void searchIndexIsRebuiltOnUpgrade();
    void searchIndexBufferFollowsItsSize();
#ifndef LEADSYNC_SANITIZE
    // Resident memory under AddressSanitizer is its shadow memory and quarantine, not the program's:
    // this test runs in the default configuration only.
    void memoryStaysFlat();
#endif

private:
    QString path(const char* name) const
    {
        return m_dir->filePath(QString::fromLatin1(name));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

#ifndef LEADSYNC_SANITIZE
// Peak resident memory of this process, in KiB.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        qFatal("no /proc/self/status");
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    qFatal("no VmHWM");
}
#endif

// Writes a CSV of count leads, row by row, so the test itself never holds the file in memory.
void writeManyRows(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("first_name,last_name,email,company,notes\n");
    for (int i = 0; i < count; ++i) {
        file.write(QByteArray("Name" + QByteArray::number(i) + ",Müller,person" + QByteArray::number(i)
            + "@example.com,\"Company, " + QByteArray::number(i % 977) + "\",\"a note\nover two lines\"\n"));
    }
}

} // namespace

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImporter::valuesAreKeptExactly()
{
    writeFile(
        path("in.csv"), "first_name,phone,Zip,Amount,email\n Ana ,+1 (555) 010-0100,00501,1e5,ANA@X.COM\n");
    Workspace workspace(path("w.leadsync"));
    const ImportResult result = importFile(workspace, path("in.csv"));
    QCOMPARE(result.imported, 1);
    QCOMPARE(text(workspace, QStringLiteral("SELECT first_name FROM leads")), QStringLiteral(" Ana "));
    QCOMPARE(text(workspace, QStringLiteral("SELECT phone FROM leads")), QStringLiteral("+1 (555) 010-0100"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT typeof(c20) || ':' || c20 FROM leads")),
        QStringLiteral("text:00501"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT typeof(c21) || ':' || c21 FROM leads")),
        QStringLiteral("text:1e5"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT email FROM leads")), QStringLiteral("ANA@X.COM"));
}

void TestImporter::aliasesAndUserMapping()
{
    writeFile(path("in.csv"),
        "Given name,E-mail Address,Organization,Job Title,Person Linkedin Url,Mail,Size,Junk\n"
        "Ana,ana@x.com,Acme,CEO,https://linkedin.com/in/ana,other@x.com,50,zzz\n");
    Workspace workspace(path("w.leadsync"));
    const ImportPlan plan = ImportPlan::prepare(path("in.csv"), {}, ColumnStore(workspace).list(),
        { { QStringLiteral("Size"), QStringLiteral("Company size") },
            { QStringLiteral("junk"), QStringLiteral("skip") } });
    using Kind = ImportTarget::Kind;
    const QList<ImportTarget> expected = {
        { Kind::Field, QStringLiteral("first_name") },
        { Kind::Field, QStringLiteral("email") },
        { Kind::Field, QStringLiteral("company") },
        { Kind::Field, QStringLiteral("title") },
        { Kind::Field, QStringLiteral("linkedin_url") },
        { Kind::NewColumn, QStringLiteral("Mail") },
        { Kind::NewColumn, QStringLiteral("Company size") },
        { Kind::Skip, QString() },
    };
    QCOMPARE(plan.targets, expected);
    Importer(workspace, plan).run();
    QCOMPARE(text(workspace, QStringLiteral("SELECT display_name FROM columns WHERE sql_name = 'c21'")),
        QStringLiteral("Company size"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT c21 || '/' || c20 || '/' || linkedin_url FROM leads")),
        QStringLiteral("50/other@x.com/https://linkedin.com/in/ana"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM columns WHERE builtin = 0")), 2);

    try {
        ImportPlan::prepare(path("in.csv"), {}, ColumnStore(workspace).list(),
            { { QStringLiteral("Nope"), QStringLiteral("email") } });
        QFAIL("a mapping of a missing header was accepted");
    } catch (const Error& error) {
        QVERIFY(error.message().contains(QStringLiteral("\"Nope=email\"")));
    }
}

void TestImporter::mapsOntoExistingColumns()
{
    writeFile(path("a.csv"), "email,Lead Score\na@x.com,10\n");
    writeFile(path("b.csv"), "EMAIL,lead score,Lead-Score\nb@x.com,20,30\n");
    Workspace workspace(path("w.leadsync"));
    importFile(workspace, path("a.csv"));
    importFile(workspace, path("b.csv"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM columns WHERE builtin = 0")), 2);
    QCOMPARE(
        text(workspace, QStringLiteral("SELECT group_concat(c20, ',') FROM leads")), QStringLiteral("10,20"));
    QCOMPARE(text(workspace,
                 QStringLiteral("SELECT display_name FROM columns WHERE builtin = 0 ORDER BY id DESC")),
        QStringLiteral("Lead-Score"));
}

void TestImporter::errorRollsBackEverything()
{
    writeFile(path("good.csv"), "email,first_name\na@x.com,Ana\n");
    QByteArray bad = "email,first_name,Brand new column\n";
    for (int i = 0; i < 48; ++i)
        bad += "user" + QByteArray::number(i) + "@x.com,U,v\n";
    bad += "late@x.com,Late,v,EXTRA\n"; // line 50: one field too many
    writeFile(path("bad.csv"), bad);

    Workspace workspace(path("w.leadsync"));
    importFile(workspace, path("good.csv"));
    const auto snapshot = [&workspace] {
        return QStringList { QString::number(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads"))),
            QString::number(scalar(workspace, QStringLiteral("SELECT count(*) FROM columns"))),
            QString::number(scalar(workspace, QStringLiteral("SELECT count(*) FROM imports"))),
            text(workspace, QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('leads')")),
            QString::fromLatin1(workspace.journalMode()) };
    };
    const QStringList before = snapshot();
    try {
        importFile(workspace, path("bad.csv"));
        QFAIL("a row with too many fields was accepted");
    } catch (const Error& error) {
        QVERIFY2(
            error.message().contains(path("bad.csv") + QStringLiteral(":50:")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("4 fields but the header has 3")),
            qPrintable(error.message()));
    }
    QCOMPARE(snapshot(), before);
    QCOMPARE(before.last(), QStringLiteral("wal"));
}

void TestImporter::cancelRollsBackEverything()
{
    Workspace workspace(path("w.leadsync"));
    std::atomic_bool cancel = false;
    qint64 progressCalls = 0;
    const JobObserver observer { [&](qint64 done, qint64 total) {
                                    QVERIFY(done <= total);
                                    ++progressCalls;
                                    cancel = true; // cancel after the first chunk
                                },
        &cancel };
    writeManyRows(path("big.csv"), 40000);
    const ImportResult result = importFile(workspace, path("big.csv"), DedupeMode::Email, {}, observer);
    QVERIFY(result.cancelled);
    QCOMPARE(progressCalls, 1);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM imports")), 0);
    // Not cancelled, the same import goes through.
    QCOMPARE(importFile(workspace, path("big.csv")).imported, 40000);
}

void TestImporter::committedBatchesAreTakenBack_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("error on the last line") << false;
    QTest::newRow("cancel") << true;
}

// An import that commits a batch every 1024 rows, merges into an existing lead (filling its empty
// cells), makes a column and indexes: when it fails at its end, or is cancelled after several batches,
// all of it is taken back, and the workspace is as it was.
void TestImporter::committedBatchesAreTakenBack()
{
    QFETCH(bool, cancel);
    writeFile(path("first.csv"), "email,first_name,title\nkept@x.com,Kept,\n");
    QByteArray csv = "email,first_name,title,Brand new column\n";
    csv += "kept@x.com,Other name,CEO,v\n"; // merges: fills title and the new column, keeps the name
    const int rows = cancel ? 10000 : 5000;
    for (int i = 0; i < rows; ++i)
        csv += "user" + QByteArray::number(i) + "@x.com,U" + QByteArray::number(i) + ",,v\n";
    if (!cancel)
        csv += "late@x.com,Late,x,v,EXTRA\n"; // line 5003: one field too many
    writeFile(path("batched.csv"), csv);

    Workspace workspace(path("w.leadsync"));
    importFile(workspace, path("first.csv"));
    QVERIFY(SearchIndex(workspace).catchUp());
    const auto snapshot = [&workspace] {
        return QStringList { QString::number(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads"))),
            QString::number(scalar(workspace, QStringLiteral("SELECT count(*) FROM imports"))),
            text(workspace, QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('leads')")),
            text(workspace,
                QStringLiteral("SELECT first_name || '|' || title FROM leads WHERE email = 'kept@x.com'")),
            QString::number(scalar(
                workspace, QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'ceo'"))),
            QString::fromLatin1(workspace.journalMode()), leadIndexes(workspace) };
    };
    sqliteRun(workspace.handle(),
        SqlIdentifier::of(QStringLiteral("company")).sortIndexDefinition(Qt::AscendingOrder));
    const QStringList before = snapshot();
    QVERIFY(before.last().contains(u"leads_sort_company_asc"));

    ImportPlan plan = ImportPlan::prepare(path("batched.csv"), {}, ColumnStore(workspace).list());
    plan.commitEveryMs = 0; // a batch every 1024 rows
    // The cancel comes once several batches are committed: seen from another connection, as the
    // desktop app's table would see them.
    std::atomic_bool stop = false;
    std::atomic_bool finished = false;
    std::thread watcher([&] {
        Workspace other(path("w.leadsync"));
        while (cancel && !finished && !stop) {
            stop = scalar(other, QStringLiteral("SELECT count(*) FROM leads")) > 3000;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    const JobObserver observer { {}, &stop };
    bool failed = false;
    try {
        const ImportResult result = Importer(workspace, plan).run(observer);
        QCOMPARE(result.cancelled, cancel);
    } catch (const Error& error) {
        failed = true;
        QVERIFY2(error.message().contains(u":5003:"), qPrintable(error.message()));
    }
    finished = true;
    watcher.join();
    QCOMPARE(failed, !cancel);
    QCOMPARE(stop.load(), cancel);
    QCOMPARE(snapshot(), before);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_merges")), 0);
}

// A file as large as the table it goes into is loaded without the table's secondary indexes, which
// are built again after it: afterwards they are all there, as they were, and used; a small file
// into a large table keeps them all along.
void TestImporter::indexesComeBackAfterALargeImport()
{
    Workspace workspace(path("w.leadsync"));
    writeFile(path("first.csv"), "email,first_name,company\nana@x.com,Ana,Acme\n");
    importFile(workspace, path("first.csv"));
    sqliteRun(workspace.handle(),
        SqlIdentifier::of(QStringLiteral("company")).sortIndexDefinition(Qt::DescendingOrder));
    const QString before = leadIndexes(workspace);
    QVERIFY(before.contains(u"leads_email_key") && before.contains(u"leads_stage")
        && before.contains(u"leads_sort_company"));

    writeManyRows(path("big.csv"), 20000);
    // Seen from another connection, as the desktop app would see the workspace during the import.
    Workspace other(path("w.leadsync"));
    bool sawThemDropped = false;
    const JobObserver observer { [&](qint64, qint64) {
                                    if (!leadIndexes(other).contains(u"leads_email_key"))
                                        sawThemDropped = true;
                                },
        nullptr };
    ImportPlan plan = ImportPlan::prepare(path("big.csv"), {}, ColumnStore(workspace).list());
    plan.commitEveryMs = 0; // a batch every 1024 rows, each visible to the other connection
    QCOMPARE(Importer(workspace, plan).run(observer).imported, 20000);
    QVERIFY2(sawThemDropped, "the indexes were kept up to date row by row");
    QCOMPARE(leadIndexes(workspace), before);
    QCOMPARE(workspace.metaValue(QStringLiteral("deferred_indexes")), QString());
    SqliteStatement queryPlan(workspace.handle(),
        "EXPLAIN QUERY PLAN SELECT id FROM leads WHERE lower(trim(email)) = 'ana@x.com' AND email <> ''");
    QVERIFY(queryPlan.step());
    const QByteArray detail = queryPlan.columnText(3).toByteArray();
    QVERIFY2(detail.contains("leads_email_key"), detail.constData());

    // Twenty leads into twenty thousand: the indexes stay.
    QByteArray few = "email,first_name\n";
    for (int i = 0; i < 20; ++i)
        few += "few" + QByteArray::number(i) + "@x.com,Few\n";
    writeFile(path("few.csv"), few);
    sawThemDropped = false;
    QCOMPARE(importFile(workspace, path("few.csv"), DedupeMode::Email, {}, observer).imported, 20);
    QVERIFY(!sawThemDropped);
    QCOMPARE(leadIndexes(workspace), before);
}

void TestImporter::unfinishedImportIsTakenBackWithWhatRefersToIt_data()
{
    QTest::addColumn<bool>("referenced");
    QTest::newRow("nothing refers to its leads (foreign keys off)") << false;
    QTest::newRow("a campaign and an edit refer to one (cascades)") << true;
}

// An unfinished import (its process died, or it was cancelled) is taken back whole: its leads, the
// cells it filled in a lead it merged into, its journal; and what refers to its leads, when something
// does, goes with them. Foreign keys are on again after, and no row refers to a lead that is gone.
void TestImporter::unfinishedImportIsTakenBackWithWhatRefersToIt()
{
    QFETCH(bool, referenced);
    writeFile(path("a.csv"), "email,company\nana@x.com,\n");
    writeFile(path("b.csv"), "email,company\nana@x.com,Acme\nbo@x.com,Beta\ncy@x.com,Gamma\n");
    Workspace workspace(path("w.leadsync"));
    importFile(workspace, path("a.csv"));
    const ImportResult second = importFile(workspace, path("b.csv"));
    QCOMPARE(second.merged, 1);
    SqlQuery unfinished(workspace.database(),
        QStringLiteral("UPDATE imports SET state = 'running', owner_pid = 0 WHERE id = ?"));
    unfinished.bind(second.importId);
    unfinished.exec();
    if (referenced) {
        SqlQuery refer(workspace.database(),
            QStringLiteral("INSERT INTO campaigns (id, name, created_at) VALUES (1, 'Q4', 1);"));
        refer.exec();
        for (const QString& sql :
            { QStringLiteral("INSERT INTO lead_campaigns (campaign_id, lead_id, added_at) SELECT 1, id, 1 "
                             "FROM leads WHERE email = 'bo@x.com'"),
                QStringLiteral("INSERT INTO lead_events (lead_id, at, kind) SELECT id, 1, 'edit' FROM leads "
                               "WHERE email = 'cy@x.com'") }) {
            SqlQuery insert(workspace.database(), sql);
            insert.exec();
        }
    }
    Importer::takeBack(workspace, second.importId);
    QCOMPARE(text(workspace, QStringLiteral("SELECT group_concat(email || '/' || company) FROM leads")),
        QStringLiteral("ana@x.com/"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM imports")), 1);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_merges")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM lead_campaigns")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM lead_events WHERE kind = 'edit'")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("PRAGMA foreign_keys")), 1);
}

// Undoing a large import (Edit › Undo Import): its leads go a range of ids a step, with progress, the
// secondary indexes set aside and built again, the search index in step; a cancel changes nothing.
void TestImporter::undoingALargeImportCanBeCancelled()
{
    Workspace workspace(path("w.leadsync"));
    writeFile(path("first.csv"), "email,first_name,company\nana@x.com,Ana,\n");
    importFile(workspace, path("first.csv"));
    sqliteRun(workspace.handle(),
        SqlIdentifier::of(QStringLiteral("company")).sortIndexDefinition(Qt::AscendingOrder));
    const QString indexes = leadIndexes(workspace);
    writeManyRows(path("big.csv"), 20000);
    QFile big(path("big.csv"));
    QVERIFY(big.open(QIODevice::Append));
    big.write("Ana,Berg,ana@x.com,Acme Merged,\n");
    big.close();
    const ImportResult imported = importFile(workspace, path("big.csv"));
    QCOMPARE(imported.imported, 20000);
    QCOMPARE(imported.merged, 1);
    QVERIFY(SearchIndex(workspace).catchUp());
    const auto company
        = [&workspace] { return text(workspace, QStringLiteral("SELECT company FROM leads WHERE id = 1")); };

    std::atomic_bool cancel = false;
    int reports = 0;
    const JobObserver cancelling { [&](qint64 done, qint64) {
                                      ++reports;
                                      cancel = done > 0;
                                  },
        &cancel };
    QVERIFY(!Importer::takeBack(workspace, imported.importId, cancelling));
    QCOMPARE(reports, 1);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 20001);
    QCOMPARE(company(), QStringLiteral("Acme Merged"));
    QCOMPARE(leadIndexes(workspace), indexes);
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("person19999")).size(), 1);
    QCOMPARE(text(workspace, QStringLiteral("SELECT group_concat(state) FROM imports")),
        QStringLiteral("done,done"));

    QList<std::pair<qint64, qint64>> progress;
    const JobObserver watching { [&](qint64 done, qint64 total) {
                                    progress.append({ done, total });
                                },
        nullptr };
    QVERIFY(Importer::takeBack(workspace, imported.importId, watching));
    QVERIFY(progress.size() >= 3); // two ranges of ids, the indexes built again, the merged cell
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].first > progress[i - 1].first && progress[i].second == progress[0].second);
    QCOMPARE(progress.last().first, progress.last().second);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 1);
    QCOMPARE(company(), QString());
    QCOMPARE(leadIndexes(workspace), indexes);
    QCOMPARE(workspace.metaValue(QStringLiteral("deferred_indexes")), QString());
    QVERIFY(LeadFilter::matchingIds(workspace, {}, QStringLiteral("person19999")).isEmpty());
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("ana")), QList<qint64> { 1 });
    sqliteExec(workspace.handle(), "INSERT INTO leads_fts (leads_fts) VALUES ('integrity-check')");
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM imports")), 1);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM import_merges")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("PRAGMA foreign_keys")), 1);
}

void TestImporter::dedupeMergesWithoutOverwriting()
{
    writeFile(path("a.csv"), "email,first_name,company,title\n Ana@X.com ,Ana,,CEO\nbo@x.com,Bo,Zeta,\n");
    writeFile(path("b.csv"),
        "email,first_name,company,title,city\n"
        "ana@x.com,Anna,Acme,CTO,Berlin\n"
        "new@x.com,New,,,\n"
        "NEW@x.com,,NewCo,,Paris\n"
        ",NoMail,,,\n"
        ",NoMail,,,\n");
    Workspace workspace(path("w.leadsync"));
    importFile(workspace, path("a.csv"));
    const ImportResult result = importFile(workspace, path("b.csv"));
    QCOMPARE(result.read, 5);
    QCOMPARE(result.imported, 3); // new@x.com and the two leads without email
    QCOMPARE(result.merged, 2);
    QCOMPARE(text(workspace,
                 QStringLiteral("SELECT first_name || '|' || company || '|' || title || '|' || city "
                                "FROM leads WHERE email LIKE '%ana@x.com%'")),
        QStringLiteral("Ana|Acme|CEO|Berlin"));
    QCOMPARE(text(workspace,
                 QStringLiteral("SELECT first_name || '|' || company || '|' || city FROM leads "
                                "WHERE email = 'new@x.com'")),
        QStringLiteral("New|NewCo|Paris"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 5);
}

void TestImporter::dedupeNoneKeepsAll()
{
    writeFile(path("a.csv"), "email,first_name\na@x.com,A\nA@X.COM,B\n");
    Workspace workspace(path("w.leadsync"));
    const ImportResult result = importFile(workspace, path("a.csv"), DedupeMode::None);
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.merged, 0);
}

void TestImporter::mergedLeadsStaySearchable()
{
    writeFile(path("a.csv"), "email,company\na@x.com,\n");
    writeFile(path("b.csv"), "email,company\na@x.com,Quokka Labs\n");
    Workspace workspace(path("w.leadsync"));
    SearchIndex search(workspace);
    importFile(workspace, path("a.csv"));
    QCOMPARE(search.pendingCount(), 1);
    QVERIFY(search.catchUp());
    QCOMPARE(search.pendingCount(), 0);
    importFile(workspace, path("b.csv"));
    const LeadFilter filter = LeadFilter::build({}, QStringLiteral("quok"));
    SqlQuery query(
        workspace.database(), QString::fromLatin1("SELECT count(*) FROM leads WHERE " + filter.sql));
    for (const QByteArray& parameter : filter.parameters)
        query.bind(QString::fromUtf8(parameter));
    query.exec();
    query.next();
    QCOMPARE(query.value(0).toInt(), 1);
    // The index stays consistent with its content table after the merge.
    SqlQuery check(
        workspace.database(), QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('integrity-check')"));
    check.exec();
}

void TestImporter::skipBadRowsWritesRejects()
{
    writeFile(path("in.csv"),
        "email,first_name\na@x.com,A\nb@x.com,B,EXTRA\nc@x.com\n\"d@x.com\",\"D\",\"x\",\"y\"\n");
    Workspace workspace(path("w.leadsync"));
    const ImportResult result = importFile(workspace, path("in.csv"), DedupeMode::Email, {}, {}, true);
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.rejected, 2);
    QCOMPARE(result.rejections.size(), 2);
    QCOMPARE(result.rejections[0].line, 3);
    QCOMPARE(result.rejections[1].line, 5);
    QCOMPARE(result.rejectsPath, path("in.rejects.csv"));
    QFile rejects(result.rejectsPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QCOMPARE(rejects.readAll(),
        QByteArray("Line,Reason,email,first_name\r\n"
                   "3,the row has 3 fields but the header has 2,b@x.com,B,EXTRA\r\n"
                   "5,the row has 4 fields but the header has 2,d@x.com,D,x,y\r\n"));
    // The short row was padded: c@x.com has an empty first name.
    QCOMPARE(text(workspace, QStringLiteral("SELECT quote(first_name) FROM leads WHERE email = 'c@x.com'")),
        QStringLiteral("''"));
}

// A workspace of schema 9 has a full-text index with the token counts of every field (docsize), one of
// schema 10 an index with the tokens' positions: the upgrade makes the index again without either,
// and the catch-up fills it so that a search finds the same leads as before.
void TestImporter::searchIndexIsRebuiltOnUpgrade_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("with sizes") << 9;
    QTest::newRow("with positions") << 10;
}

void TestImporter::searchIndexIsRebuiltOnUpgrade()
{
    QFETCH(int, version);
    const QString file = path(version == 9 ? "old9.leadsync" : "old10.leadsync");
    writeOldWorkspace(file, version,
        "INSERT INTO leads (first_name, email, company, created_at, updated_at) VALUES "
        "('Ana', 'ana@quokka.com', 'Quokka Labs', 1, 1), ('Bo', 'bo@x.com', 'Wombat', 1, 1);"
        "INSERT INTO leads_fts (leads_fts) VALUES ('rebuild');"
        "UPDATE meta SET value = '2' WHERE key = 'fts_indexed_upto';");
    Workspace workspace(file);
    QCOMPARE(scalar(workspace,
                 QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'leads_fts_docsize'")),
        0);
    QVERIFY(text(workspace, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'leads_fts'"))
                .contains(u"detail = none"));
    SearchIndex search(workspace);
    QCOMPARE(search.pendingCount(), 2);
    QVERIFY(LeadFilter::matchingIds(workspace, {}, QStringLiteral("quok")).isEmpty());
    QList<std::pair<qint64, qint64>> reports;
    QVERIFY(search.catchUp({ [&reports](qint64 done, qint64 total) { reports.append({ done, total }); } }));
    QCOMPARE(reports, (QList<std::pair<qint64, qint64>> { { 2, 2 } })); // one batch, every lead
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("quok")), QList<qint64>({ 1 }));
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("bo@x.com")), QList<qint64>({ 2 }));
    QVERIFY(LeadFilter::matchingIds(workspace, {}, QStringLiteral("x@bo")).isEmpty());
    SqlQuery check(
        workspace.database(), QStringLiteral("INSERT INTO leads_fts (leads_fts) VALUES ('integrity-check')"));
    check.exec();
}

// FTS5's buffer of pending tokens is 8 MB for an index of 2M leads and more (fewer segments to merge),
// its default of 1 MB below, where the larger one was slower.
void TestImporter::searchIndexBufferFollowsItsSize()
{
    writeFile(path("few.csv"), "email,first_name\na@x.com,Ana\nb@x.com,Bo\n");
    Workspace workspace(path("w.leadsync"));
    importFile(workspace, path("few.csv"));
    SearchIndex search(workspace);
    const QString bufferSql
        = QStringLiteral("SELECT COALESCE(max(v), 0) FROM leads_fts_config WHERE k = 'hashsize'");
    QVERIFY(search.catchUp());
    QCOMPARE(scalar(workspace, bufferSql), 0); // FTS5's default, never written

    sqliteExec(workspace.handle(),
        "INSERT INTO leads (id, first_name, email, created_at, updated_at) VALUES (2000000, 'Far', "
        "'far@x.com', 1, 1)");
    QVERIFY(search.catchUp());
    QCOMPARE(scalar(workspace, bufferSql), 8 << 20);
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("far@x")), QList<qint64>({ 2000000 }));

    workspace.transact([&] {
        search.removeLead(2000000);
        sqliteExec(workspace.handle(), "DELETE FROM leads WHERE id = 2000000");
    });
    writeFile(path("one.csv"), "email,first_name\nc@x.com,Cy\n");
    importFile(workspace, path("one.csv"));
    QVERIFY(search.catchUp());
    QCOMPARE(scalar(workspace, bufferSql), 1 << 20);
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("cy")), QList<qint64>({ 3 }));
}

// Schema 12 keys a cell's state by its lead first: deleting a lead finds its states by key (it
// scanned every state before), and the upgrade keeps every state whose lead and column exist.
void TestImporter::cellStatesAreKeyedByLeadOnUpgrade()
{
    const QString file = path("old11.leadsync");
    writeOldWorkspace(file, 11,
        "INSERT INTO leads (first_name, created_at, updated_at) VALUES ('Ana', 1, 1), ('Bo', 1, 1);"
        "INSERT INTO columns (id, sql_name, display_name, kind, position) VALUES (40, 'c40', 'Greeting', "
        "'template', 40), (41, 'c41', 'Domain', 'webhook', 41);"
        "INSERT INTO cell_states (column_id, lead_id, status, reason, input_hash, updated_at) VALUES "
        "(40, 1, 'done', '', x'01', 5), (40, 2, 'failed', 'HTTP 500', x'02', 6), (41, 1, 'skipped', "
        "'no domain', NULL, 7), (40, 9, 'done', '', x'03', 8);");
    Workspace workspace(file);
    QCOMPARE(text(workspace,
                 QStringLiteral("SELECT group_concat(column_id || ':' || lead_id || ':' || status || ':' || "
                                "reason || ':' || quote(input_hash), ' ') FROM (SELECT * FROM cell_states "
                                "ORDER BY column_id, lead_id)")),
        QStringLiteral("40:1:done::X'01' 40:2:failed:HTTP 500:X'02' 41:1:skipped:no domain:NULL"));
    // What the trigger that deletes a lead's states with it runs (ON DELETE CASCADE before schema 13).
    SqliteStatement plan(workspace.handle(), "EXPLAIN QUERY PLAN DELETE FROM cell_states WHERE lead_id = 1");
    QByteArray steps;
    while (plan.step())
        steps += plan.columnText(3).toByteArray() + '\n';
    QVERIFY2(steps.contains("SEARCH cell_states USING PRIMARY KEY (lead_id=?)"), steps.constData());
    sqliteExec(workspace.handle(), "DELETE FROM leads WHERE id = 1");
    QCOMPARE(
        text(workspace, QStringLiteral("SELECT group_concat(column_id || ':' || lead_id) FROM cell_states")),
        QStringLiteral("40:2"));
}

void TestImporter::reopensWithSchema()
{
    {
        Workspace workspace(path("w.leadsync"));
        QCOMPARE(scalar(workspace, QStringLiteral("PRAGMA user_version")), Workspace::schemaVersion());
    }
    Workspace again(path("w.leadsync"));
    QCOMPARE(ColumnStore(again).list().size(), 19); // 11 fields and the pipeline's 8
    writeFile(
        path("not-a-db.leadsync"), "this is not an SQLite database, just text that is long enough to fail");
    try {
        Workspace broken(path("not-a-db.leadsync"));
        QFAIL("opened a file that is not a workspace");
    } catch (const Error& error) {
        QVERIFY(error.message().contains(path("not-a-db.leadsync")));
    }
}

#ifndef LEADSYNC_SANITIZE
// Memory does not grow with the file: a file ten times larger peaks at (almost) the same RSS.
void TestImporter::memoryStaysFlat()
{
    writeManyRows(path("small.csv"), 30000);
    {
        Workspace workspace(path("small.leadsync"));
        QCOMPARE(importFile(workspace, path("small.csv"), DedupeMode::None).imported, 30000);
    }
    const qint64 afterSmall = peakRssKiB();
    writeManyRows(path("large.csv"), 300000);
    {
        Workspace workspace(path("large.leadsync"));
        QCOMPARE(importFile(workspace, path("large.csv"), DedupeMode::None).imported, 300000);
    }
    const qint64 growth = peakRssKiB() - afterSmall;
    qInfo("peak RSS %lld KiB after 30k rows, +%lld KiB for 300k rows (file %lld KiB)", afterSmall, growth,
        QFileInfo(path("large.csv")).size() / 1024);
    QVERIFY2(growth < 8 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
}
#endif

QTEST_GUILESS_MAIN(TestImporter)
#include "leads/ColumnStore.h"
#include "tst_importer.moc"
