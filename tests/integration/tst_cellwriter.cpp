// CellWriter's compare-and-set, on a real workspace: a column run's write lands only on the value it
// read, compared as text byte for byte, and says why it did not land; a column in the search index
// stays searchable under its new value.
#include "../TestSupport.h"
#include "leads/CellWriter.h"
#include "leads/LeadFilter.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestCellWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesOnlyOverWhatItRead();
    void comparesTheTextExactly();
    void keepsTheSearchIndexInStep();

private:
    QString cell(qint64 leadId, const QString& sqlName);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCellWriter::init()
{
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("w.leadsync")));
    const QString csv = m_dir.filePath(QStringLiteral("leads.csv"));
    writeFile(csv, "first_name,email,company\nAnna,anna@example.com,ACME\nBen,ben@example.com,Initech\n");
    QCOMPARE(importFile(*m_workspace, csv).imported, 2);
    SearchIndex(*m_workspace).catchUp();
}

void TestCellWriter::cleanup()
{
    m_workspace.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("w.leadsync")));
}

QString TestCellWriter::cell(qint64 leadId, const QString& sqlName)
{
    return text(*m_workspace, QStringLiteral("SELECT %1 FROM leads WHERE id = %2").arg(sqlName).arg(leadId));
}

void TestCellWriter::writesOnlyOverWhatItRead()
{
    const Column note = ColumnStore(*m_workspace).add(QStringLiteral("Note"));
    const SqlIdentifier column = SqlIdentifier::of(note.sqlName);
    CellWriter cells(*m_workspace);
    QString previous = QStringLiteral("unset");
    QCOMPARE(cells.write(1, column, QStringLiteral("Hi Anna"), 10, QString(), &previous),
        CellWriter::Outcome::Written);
    QCOMPARE(previous, QString());
    QCOMPARE(cell(1, note.sqlName), QStringLiteral("Hi Anna"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT updated_at FROM leads WHERE id = 1")), 10);
    // The cell changed since it was read: nothing written.
    QCOMPARE(cells.write(1, column, QStringLiteral("Hello"), 11, QString(), &previous),
        CellWriter::Outcome::Conflict);
    QCOMPARE(previous, QStringLiteral("Hi Anna"));
    QCOMPARE(cell(1, note.sqlName), QStringLiteral("Hi Anna"));
    // Only in case: still another value.
    QCOMPARE(cells.write(1, column, QStringLiteral("Hello"), 12, QStringLiteral("hi anna")),
        CellWriter::Outcome::Conflict);
    QCOMPARE(cells.write(1, column, QStringLiteral("Hi Anna"), 13, QStringLiteral("Hi Anna")),
        CellWriter::Outcome::Unchanged);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT updated_at FROM leads WHERE id = 1")), 10);
    QCOMPARE(cells.write(99, column, QStringLiteral("x"), 14, QString()), CellWriter::Outcome::NoLead);
    previous.clear();
    QCOMPARE(cells.write(1, column, QStringLiteral("Bye"), 15, QStringLiteral("Hi Anna"), &previous),
        CellWriter::Outcome::Written);
    QCOMPARE(previous, QStringLiteral("Hi Anna"));
    QCOMPARE(cell(1, note.sqlName), QStringLiteral("Bye"));
    // Without an expected value, a write always lands.
    QCOMPARE(cells.write(1, column, QStringLiteral("Over"), 16), CellWriter::Outcome::Written);
    QCOMPARE(cell(1, note.sqlName), QStringLiteral("Over"));
}

void TestCellWriter::comparesTheTextExactly()
{
    // What would be one value to a number, a case-blind or a space-trimming comparison is another.
    const Column amount = ColumnStore(*m_workspace).add(QStringLiteral("Amount"), QStringLiteral("number"));
    const SqlIdentifier column = SqlIdentifier::of(amount.sqlName);
    CellWriter cells(*m_workspace);
    QCOMPARE(cells.write(2, column, QStringLiteral("42"), 20, QString()), CellWriter::Outcome::Written);
    for (const QString& other : { QStringLiteral("042"), QStringLiteral("42.0"), QStringLiteral("42 ") }) {
        QCOMPARE(cells.write(2, column, QStringLiteral("43"), 21, other), CellWriter::Outcome::Conflict);
        QCOMPARE(cell(2, amount.sqlName), QStringLiteral("42"));
    }
    QCOMPARE(
        cells.write(2, column, QStringLiteral("43"), 22, QStringLiteral("42")), CellWriter::Outcome::Written);
    QCOMPARE(cell(2, amount.sqlName), QStringLiteral("43"));
}

void TestCellWriter::keepsTheSearchIndexInStep()
{
    const SqlIdentifier company = SqlIdentifier::of(QStringLiteral("company"));
    CellWriter cells(*m_workspace);
    QString previous;
    QCOMPARE(cells.write(1, company, QStringLiteral("Globex"), 30, QStringLiteral("ACME"), &previous),
        CellWriter::Outcome::Written);
    QCOMPARE(previous, QStringLiteral("ACME"));
    QCOMPARE(LeadFilter::matchingIds(*m_workspace, {}, QStringLiteral("globex")), QList<qint64> { 1 });
    QVERIFY(LeadFilter::matchingIds(*m_workspace, {}, QStringLiteral("acme")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCellWriter)
#include "tst_cellwriter.moc"
