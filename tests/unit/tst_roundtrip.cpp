// Property test: random tables (random Unicode, quotes, delimiters, line breaks, empty cells) survive
// write -> import -> export -> import -> export: the cells come back as they were, and the second
// export is byte-identical to the first.
#include "../CsvTestSupport.h"
#include "../TestSupport.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/Exporter.h"

#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomTables_data();
    void randomTables();
};

namespace {

QString randomCell(QRandomGenerator& random)
{
    static const char32_t pieces[] = { U'a', U'Z', U'0', U'7', U' ', U',', U';', U'\t', U'|', U'"', U'\'',
        U'\n', U'\r', U'=', U'+', U'-', U'@', U'é', U'ß', U'Ł', U'Ж', U'λ', U'王', U'さ', U'😀', U'\u0301',
        U'\u00a0', U'\u2028', U'\ufeff', U'€', U'ﬁ' };
    const int length = random.bounded(5) == 0 ? 0 : random.bounded(1, 24);
    QString cell;
    for (int i = 0; i < length; ++i)
        cell += QString::fromUcs4(&pieces[random.bounded(int(std::size(pieces)))], 1);
    return cell;
}

QList<QStringList> exportedRows(const QString& path)
{
    return CsvTestSupport::readCsvFile(path, CsvSniffer::sniff(path, { {}, {}, true }).dialect);
}

} // namespace

void TestRoundTrip::randomTables_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRoundTrip::randomTables()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const char delimiter = ",;\t|"[random.bounded(4)];
    const int columns = random.bounded(1, 7);
    const int rows = random.bounded(0, 60);

    QList<QStringList> table;
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers.append(
            QStringLiteral("Col %1 %2").arg(c).arg(randomCell(random).simplified().remove(u'"')).trimmed());
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row.append(randomCell(random));
        table.append(row);
    }

    const QString source = dir.filePath(QStringLiteral("source.csv"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(file, source, { delimiter, false });
        for (const QStringList& row : QList<QStringList> { headers } + table) {
            for (const QString& cell : row)
                writer.writeField(cell.toUtf8());
            writer.endRow();
        }
        writer.flush();
    }

    // First import: the dialect is given (a random table can be ambiguous to sniff); later ones sniff.
    Workspace first(dir.filePath(QStringLiteral("first.leadsync")));
    ImportPlan plan = ImportPlan::prepare(source, { "UTF-8", delimiter, true }, ColumnStore(first).list());
    plan.dedupe = DedupeMode::None;
    Importer(first, plan).run();
    const QString export1 = dir.filePath(QStringLiteral("export1.csv"));
    ExportPlan exportPlan;
    exportPlan.path = export1;
    Exporter(first, exportPlan).run();

    // The cells come back as they were (formulas neutralised with an apostrophe), rows whose every
    // cell is empty being the only ones an import skips.
    QList<QStringList> expected;
    for (const QStringList& row : table) {
        if (row.join(QString()).isEmpty())
            continue;
        // The built-in fields come first: empty, but for the pipeline's stage and source.
        QStringList cells(11);
        cells += { QStringLiteral("new"), {}, {}, {}, {}, QStringLiteral("import"), {}, {} };
        for (const QString& cell : row)
            cells.append(CsvWriter::isFormula(cell.toUtf8()) ? u'\'' + cell : cell);
        expected.append(cells);
    }
    QList<QStringList> got = exportedRows(export1);
    QVERIFY(!got.isEmpty());
    QCOMPARE(got.takeFirst().mid(19), headers);
    QCOMPARE(got, expected);

    Workspace second(dir.filePath(QStringLiteral("second.leadsync")));
    importFile(second, export1, DedupeMode::None);
    const QString export2 = dir.filePath(QStringLiteral("export2.csv"));
    exportPlan.path = export2;
    Exporter(second, exportPlan).run();
    QFile a(export1), b(export2);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "leads/ColumnStore.h"
#include "tst_roundtrip.moc"
