// A workspace is a file a user may receive from someone else: what it holds must never run as SQL.
// And writes that race (an undo against a newer value) must not lose each other.
#include "../TestSupport.h"
#include "Error.h"
#include "columns/ColumnRunner.h"
#include "columns/ReplacedCells.h"
#include "columns/RunHistory.h"
#include "leads/SavedView.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestWorkspaceSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void identifiersAreOnlyColumns();
    void craftedColumnNameRefusesTheWorkspace();
    void craftedSavedViewIsRefusedByName();
    void craftedRunValuesCannotRunSql();
    void attachAndSecondStatementsAreRefused();
    void undoNeverOverwritesANewerValue();

private:
    void exec(const QString& sql, const QVariantList& values = {});
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspaceSafety::init()
{
    m_workspace = std::make_unique<Workspace>(path("w.leadsync"));
    writeFile(path("leads.csv"), "first_name,email,company\nAna,ana@x.io,Acme\nBo,bo@y.io,Beta\n");
    QCOMPARE(importFile(*m_workspace, path("leads.csv")).imported, 2);
    QVERIFY(SearchIndex(*m_workspace).catchUp());
}

// A column run's writer retires on its own thread: it must have closed its connection before the
// files go, or the next test's new file would meet this one's -wal and -shm ("database disk image is
// malformed", seen once under load).
void TestWorkspaceSafety::cleanup()
{
    m_workspace.reset();
    WorkspaceWriter::waitForRetired();
    for (const char* suffix : { "", "-wal", "-shm" })
        QFile::remove(path("w.leadsync") + QLatin1String(suffix));
}

void TestWorkspaceSafety::exec(const QString& sql, const QVariantList& values)
{
    SqlQuery query(m_workspace->database(), sql);
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
}

void TestWorkspaceSafety::identifiersAreOnlyColumns()
{
    QCOMPARE(SqlIdentifier::of(u"email").quoted(), QByteArray("\"email\""));
    QCOMPARE(SqlIdentifier::customColumn(42).quoted(), QByteArray("\"c42\""));
    QCOMPARE(SqlIdentifier::of(u"c7").sortIndex(Qt::DescendingOrder), QByteArray("\"leads_sort_c7\""));
    QCOMPARE(SqlIdentifier::of(u"c7").sortIndex(Qt::AscendingOrder), QByteArray("\"leads_sort_c7_asc\""));
    for (const char* bad : { "", "c", "c0", "c07", "C7", "e mail", "email\"", "email; DROP TABLE leads",
             "c1 COLLATE x", "leads", "sqlite_master", "c99999999999999999999" })
        QVERIFY2(!SqlIdentifier::parse(QString::fromLatin1(bad)), bad);
    QVERIFY_THROWS_EXCEPTION(Error, selectExpression(QStringLiteral("id) FROM leads; --")));
    QVERIFY_THROWS_EXCEPTION(Error, selectExpression(QStringLiteral("cell_state_1 OR 1")));
}

void TestWorkspaceSafety::craftedColumnNameRefusesTheWorkspace()
{
    const QString evil = path("evil.db");
    exec(QStringLiteral("INSERT INTO columns (sql_name, display_name, kind, position) VALUES (?, 'Evil', "
                        "'text', 99)"),
        { QStringLiteral("c1 TEXT); ATTACH DATABASE '%1' AS x; --").arg(evil) });
    try {
        ColumnStore(*m_workspace).list();
        QFAIL("a crafted column name was accepted");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"Evil") && error.message().contains(u"invalid SQL name"),
            qPrintable(error.message()));
    }
    // A built-in row renamed to a custom-looking name is refused too.
    exec(QStringLiteral("DELETE FROM columns WHERE display_name = 'Evil'"));
    exec(QStringLiteral("UPDATE columns SET sql_name = 'c5' WHERE sql_name = 'email'"));
    QVERIFY_THROWS_EXCEPTION(Error, ColumnStore(*m_workspace).list());
    QVERIFY(!QFile::exists(evil));
}

void TestWorkspaceSafety::craftedSavedViewIsRefusedByName()
{
    const QString evil = path("evil.db");
    const QString sort = QStringLiteral("company) ; ATTACH DATABASE '%1' AS x; --").arg(evil);
    exec(QStringLiteral("INSERT INTO saved_views (name, definition) VALUES ('Trap', ?)"),
        { QStringLiteral(R"({"sort": "%1", "conditions": []})").arg(sort) });
    exec(QStringLiteral("INSERT INTO saved_views (name, definition) VALUES ('Trap 2', ?)"),
        { QStringLiteral(R"({"conditions": [{"column": "email = '' OR 1", "op": "=", "value": "x"}]})") });
    SavedView good { QStringLiteral("Good"), {}, { QStringLiteral("email") } };
    good.query.sortColumn = QStringLiteral("company");
    SavedView::save(*m_workspace, good);

    QStringList refused;
    const SavedViews views = SavedView::list(*m_workspace, &refused);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().name, QStringLiteral("Good"));
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused.first().contains(u"\"Trap\""), qPrintable(refused.first()));
    QVERIFY_THROWS_EXCEPTION(Error, SavedView::find(*m_workspace, QStringLiteral("Trap 2")));
    QVERIFY(!QFile::exists(evil));
}

void TestWorkspaceSafety::craftedRunValuesCannotRunSql()
{
    ColumnStore(*m_workspace)
        .add(QStringLiteral("Pitch"), QStringLiteral("template"),
            QJsonObject { { QStringLiteral("template"), QStringLiteral("Hi {{first_name}}") } });
    waitForRun(ColumnRunner(m_workspace->path(), QStringLiteral("Pitch")).run({}));
    // A column name that is SQL, in what the run replaced, is refused, and nothing changes.
    ReplacedCells crafted;
    crafted.append(1, "email = 'x', first_name", "", "Hi Ana");
    exec(QStringLiteral("UPDATE run_reverts SET cells = ?"), { crafted.packed() });
    const Column column = *findColumn(ColumnStore(*m_workspace).list(), u"Pitch");
    QVERIFY_THROWS_EXCEPTION(
        Error, m_workspace->transact([&] { RunHistory::revertLastRun(*m_workspace, column, {}); }));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT email FROM leads WHERE id = 1")),
        QStringLiteral("ana@x.io"));
    // Bytes that are not what a run replaced (cut short here) are an error naming the run.
    ReplacedCells cut;
    cut.append(1, column.sqlName.toUtf8(), "", "Hi Ana");
    exec(QStringLiteral("UPDATE run_reverts SET cells = ?"), { cut.packed().chopped(2) });
    try {
        m_workspace->transact([&] { RunHistory::revertLastRun(*m_workspace, column, {}); });
        QFAIL("a damaged record was read");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"run 1 ") && error.message().contains(u"damaged"),
            qPrintable(error.message()));
    }
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT %1 FROM leads WHERE id = 1").arg(column.sqlName)),
        QStringLiteral("Hi Ana"));
}

void TestWorkspaceSafety::attachAndSecondStatementsAreRefused()
{
    const QString other = path("other.db");
    QVERIFY_THROWS_EXCEPTION(Error, exec(QStringLiteral("ATTACH DATABASE ? AS other"), { other }));
    QVERIFY(!QFile::exists(other));
    QVERIFY_THROWS_EXCEPTION(Error, SqliteStatement(m_workspace->handle(), "SELECT 1; DELETE FROM leads"));
    // A double-quoted name that is no column is an error, not the string it spells.
    QVERIFY_THROWS_EXCEPTION(Error, exec(QStringLiteral("SELECT \"c404\" FROM leads")));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), 2);
}

// An undo carries the value it expects to replace: a value written since (a column run, the CLI) is
// kept and the undo reports it.
void TestWorkspaceSafety::undoNeverOverwritesANewerValue()
{
    LeadWriter writer(*m_workspace);
    const LeadEdits edit { { 1, QStringLiteral("company"), QStringLiteral("Acme"),
        QStringLiteral("Acme Inc") } };
    QVERIFY(writer.write(edit).isEmpty());
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT company FROM leads WHERE id = 1")),
        QStringLiteral("Acme Inc"));
    exec(QStringLiteral("UPDATE leads SET company = 'Acme GmbH' WHERE id = 1"));
    QCOMPARE(writer.write(reversed(edit)), reversed(edit));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT company FROM leads WHERE id = 1")),
        QStringLiteral("Acme GmbH"));
    // Without the newer value, the undo goes through, and the history has both edits.
    exec(QStringLiteral("UPDATE leads SET company = 'Acme Inc' WHERE id = 1"));
    QVERIFY(writer.write(reversed(edit)).isEmpty());
    QCOMPARE(
        text(*m_workspace, QStringLiteral("SELECT company FROM leads WHERE id = 1")), QStringLiteral("Acme"));
    // The search index follows the one cell writer.
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'acme'")),
        1);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'inc'")),
        0);
}

QTEST_GUILESS_MAIN(TestWorkspaceSafety)
#include "leads/ColumnStore.h"
#include "tst_workspacesafety.moc"
