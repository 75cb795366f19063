#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace LeadSync;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaDetection_data();
    void formulaDetection();
    void quoting();
    void quotingAtEveryPlace();
    void escapingCanBeTurnedOff();
    void oneEmptyFieldIsNotABlankLine();
    void largeFieldsGrowTheBuffer();
};

namespace {
// The rows as CSV; escaped, when given, receives how many fields were escaped.
QByteArray writeRows(
    const QList<QByteArrayList>& rows, CsvWriter::Options options = {}, qint64* escaped = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, QStringLiteral("memory"), options);
    for (const QByteArrayList& row : rows) {
        for (const QByteArray& field : row)
            writer.writeField(field);
        writer.endRow();
    }
    writer.flush();
    if (escaped)
        *escaped = writer.escapedFields();
    return buffer.data();
}
} // namespace

void TestCsvWriter::formulaDetection_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("formula");
    QTest::newRow("equals") << QByteArray("=SUM(A1:A3)") << true;
    QTest::newRow("at") << QByteArray("@SUM(1)") << true;
    QTest::newRow("tab") << QByteArray("\tx") << true;
    QTest::newRow("cr") << QByteArray("\rx") << true;
    QTest::newRow("plus formula") << QByteArray("+1+cmd|' /C calc'!A0") << true;
    QTest::newRow("minus formula") << QByteArray("-2+3") << true;
    QTest::newRow("minus word") << QByteArray("-HYPERLINK(\"x\")") << true;
    QTest::newRow("short plus digits") << QByteArray("+12-3") << true;
    QTest::newRow("negative number") << QByteArray("-5") << false;
    QTest::newRow("decimal") << QByteArray("-5.25") << false;
    QTest::newRow("exponent") << QByteArray("+1.5e3") << false;
    QTest::newRow("phone") << QByteArray("+1 555 0100") << false;
    QTest::newRow("phone punctuated") << QByteArray("+44 (20) 7946-0958") << false;
    QTest::newRow("phone extension") << QByteArray("+86 (103) 413164 ext. 465") << false;
    QTest::newRow("phone x extension") << QByteArray("+1 555 010 0100 x12") << false;
    QTest::newRow("phone bad suffix") << QByteArray("+1 555 010 0100 !") << true;
    QTest::newRow("plain text") << QByteArray("Acme, Inc.") << false;
    QTest::newRow("inner equals") << QByteArray("a=b") << false;
    // A bullet line of notes is prose: no spreadsheet runs it. A sign and a space before formula syntax
    // (a call, DDE, a reference, a comparison) is still a formula.
    QTest::newRow("bullet") << QByteArray("- called on Monday") << false;
    QTest::newRow("bullet with parentheses") << QByteArray("- call back (after 3pm)") << false;
    QTest::newRow("plus bullet") << QByteArray("+ liked the demo") << false;
    QTest::newRow("tab bullet") << QByteArray("-\tsent the deck") << false;
    QTest::newRow("bullet call") << QByteArray("- HYPERLINK(\"http://evil\")") << true;
    QTest::newRow("bullet dde") << QByteArray("- 2+3+cmd|' /C calc'!A0") << true;
    QTest::newRow("bullet comparison") << QByteArray("+ 1=1") << true;
    QTest::newRow("dash word") << QByteArray("-called") << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCsvWriter::formulaDetection()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, formula);
    QCOMPARE(CsvWriter::isFormula(cell), formula);
    qint64 escaped = -1;
    const QByteArray written = writeRows({ { cell, cell } }, {}, &escaped);
    QCOMPARE(written.startsWith("'") || written.startsWith("\"'"), formula);
    QCOMPARE(escaped, formula ? 2 : 0); // counted, for the export's summary
}

void TestCsvWriter::quoting()
{
    QCOMPARE(writeRows({ { "a", "b,c", "say \"hi\"", "two\nlines", "cr\rhere", "" } }),
        QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\r\n"));
    QCOMPARE(writeRows({ { "=1,2" } }), QByteArray("\"'=1,2\"\r\n"));
    QCOMPARE(writeRows({ { "a;b", "c" } }, { ';', true }), QByteArray("\"a;b\";c\r\n"));
}

// A byte that needs quotes is found wherever it is in the field, with every delimiter, and no other
// byte value makes a field quoted.
void TestCsvWriter::quotingAtEveryPlace()
{
    for (const char delimiter : { ',', ';', '\t', '|' }) {
        QList<QByteArrayList> rows;
        QByteArray expected;
        for (int length = 1; length <= 19; ++length) {
            for (int at = 0; at < length; ++at) {
                for (int byte = 1; byte < 256; ++byte) {
                    QByteArray field(length, 'a');
                    field[at] = char(byte);
                    rows.append({ field });
                    const bool quoted = byte == delimiter || byte == '"' || byte == '\n' || byte == '\r';
                    expected += quoted ? '"' + QByteArray(field).replace('"', "\"\"") + '"' : field;
                    expected += "\r\n";
                }
            }
        }
        QCOMPARE(writeRows(rows, { delimiter, false }), expected);
    }
}

void TestCsvWriter::escapingCanBeTurnedOff()
{
    QCOMPARE(writeRows({ { "=1+1", "@x" } }, { ',', false }), QByteArray("=1+1,@x\r\n"));
    QCOMPARE(writeRows({ { "=1+1", "@x" } }), QByteArray("'=1+1,'@x\r\n"));
}

void TestCsvWriter::oneEmptyFieldIsNotABlankLine()
{
    QCOMPARE(writeRows({ { "x" }, { "" }, { "y" } }), QByteArray("x\r\n\"\"\r\ny\r\n"));
    QCOMPARE(writeRows({ { "", "" } }), QByteArray(",\r\n"));
}

void TestCsvWriter::largeFieldsGrowTheBuffer()
{
    const QByteArray big(3 << 20, 'q');
    const QByteArray quotes(2 << 20, '"');
    const QByteArray written = writeRows({ { "a", big }, { quotes } });
    QCOMPARE(written, QByteArray("a," + big + "\r\n\"" + QByteArray(4 << 20, '"') + "\"\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
