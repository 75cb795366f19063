// Golden-file tests of the CSV sniffer and reader: tests/data/csv/<case>/{input.csv,expected.json},
// written by tests/data/csv/make_cases.py.
#include "../CsvTestSupport.h"
#include "Error.h"
#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace LeadSync;
using namespace CsvTestSupport;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenCases_data();
    void goldenCases();
    void chunkBoundaries();
    void largeFileStreams();
    void unclosedQuoteFailsEarly();
    void parsesAheadOnItsOwnThread();
    void stopsWhereTheHandlerStops();
    void deliversTheRecordsBeforeAFault();
};

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

CsvSniffer::Overrides overridesFrom(const QJsonObject& options)
{
    CsvSniffer::Overrides overrides;
    if (options.contains(QStringLiteral("encoding")))
        overrides.encoding = options.value(QStringLiteral("encoding")).toString().toLatin1();
    if (options.contains(QStringLiteral("delimiter")))
        overrides.delimiter = options.value(QStringLiteral("delimiter")).toString().toLatin1().at(0);
    if (options.contains(QStringLiteral("header")))
        overrides.hasHeader = options.value(QStringLiteral("header")).toBool();
    return overrides;
}

// A CSV of a header and `rows` records "name <i>,<i>", several of the reader's chunks long.
QString writeNumberedRows(const QTemporaryDir& dir, int rows, const QByteArray& tail = {})
{
    const QString path = dir.filePath(QStringLiteral("numbered.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("name,number\n");
    for (int i = 0; i < rows; ++i)
        file.write("name " + QByteArray::number(i) + ',' + QByteArray::number(i) + '\n');
    file.write(tail);
    return path;
}

} // namespace

void TestCsvReader::goldenCases_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(LEADSYNC_TEST_DATA "/csv"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 20);
    for (const QString& name : cases)
        QTest::addRow("%s", qPrintable(name)) << root.filePath(name);
}

void TestCsvReader::goldenCases()
{
    QFETCH(QString, folder);
    const QJsonObject expected = readJson(folder + QStringLiteral("/expected.json"));
    const QString input = folder + QStringLiteral("/input.csv");
    const CsvSniffer::Overrides overrides
        = overridesFrom(expected.value(QStringLiteral("options")).toObject());

    if (expected.contains(QStringLiteral("error"))) {
        const QString fragment = expected.value(QStringLiteral("error")).toString();
        try {
            const CsvSniff sniff = CsvSniffer::sniff(input, overrides);
            readCsvFile(input, sniff.dialect);
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
            QVERIFY2(error.message().contains(input), qPrintable(error.message()));
            return;
        }
        QFAIL("the reader accepted input it must reject");
    }

    const CsvSniff sniff = CsvSniffer::sniff(input, overrides);
    QCOMPARE(QString::fromLatin1(sniff.dialect.encoding).toUpper(),
        expected.value(QStringLiteral("encoding")).toString().toUpper());
    QCOMPARE(QString(QLatin1Char(sniff.dialect.delimiter)),
        expected.value(QStringLiteral("delimiter")).toString());
    QCOMPARE(sniff.dialect.hasHeader, expected.value(QStringLiteral("header")).toBool());
    QCOMPARE(sniff.headers, expected.value(QStringLiteral("headers")).toVariant().toStringList());

    QList<QStringList> rows = readCsvFile(input, sniff.dialect);
    if (sniff.dialect.hasHeader)
        rows.removeFirst();
    QList<QStringList> expectedRows;
    for (const QJsonValue& row : expected.value(QStringLiteral("rows")).toArray())
        expectedRows.append(row.toVariant().toStringList());
    QCOMPARE(rows, expectedRows);
    QCOMPARE(sniff.previewRows, expectedRows.mid(0, 20));
}

// Every way of cutting the input into chunks gives the same records (a split inside a quoted field,
// between CR and LF, or inside a multi-byte character must not matter).
void TestCsvReader::chunkBoundaries()
{
    const QByteArray text
        = QByteArrayLiteral("a,b\r\n\"x,\"\"y\"\"\r\nz\",\xc3\xa9t\xc3\xa9\r\n\r\nlast,\"\"\rend,1");
    const auto parse = [](const QList<QByteArrayView>& chunks) { return parseInChunks(',', chunks); };
    const QList<QByteArrayList> whole = parse({ text });
    const QList<QByteArrayList> expected
        = { { "a", "b" }, { "x,\"y\"\r\nz", "\xc3\xa9t\xc3\xa9" }, { "last", "" }, { "end", "1" } };
    QCOMPARE(whole, expected);
    for (qsizetype cut = 1; cut < text.size(); ++cut)
        QCOMPARE(parse({ QByteArrayView(text).first(cut), QByteArrayView(text).sliced(cut) }), expected);
}

// A file of several chunks: records that straddle the chunk boundary and line numbers stay right.
void TestCsvReader::largeFileStreams()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,notes\n");
    const int rows = 100000;
    for (int i = 0; i < rows; ++i)
        file.write(QByteArray("Zo\xc3\xab " + QByteArray::number(i) + ",\"two\nlines, \"\"quoted\"\"\"\n"));
    file.close();
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 2 * CsvReader::kChunkSize);

    const CsvSniff sniff = CsvSniffer::sniff(path);
    qint64 count = 0;
    qint64 lastProgress = 0;
    CsvReader(path, sniff.dialect)
        .read(
            [&count](const CsvRecord& record) {
                if (count > 0) {
                    // Each data record spans two lines; the header is line 1.
                    if (record.line() != 2 * count
                        || record.field(0) != QByteArray("Zo\xc3\xab " + QByteArray::number(count - 1))
                        || record.field(1) != "two\nlines, \"quoted\"")
                        qFatal("record %lld is wrong", count);
                }
                ++count;
                return true;
            },
            [&lastProgress](qint64 done, qint64) { lastProgress = done; });
    QCOMPARE(count, rows + 1);
    QCOMPARE(lastProgress, size);
}

// A quote opened near the start and never closed: the reader stops at the field limit, naming the
// line, instead of reading the whole file into one field first. A raised limit reads it.
void TestCsvReader::unclosedQuoteFailsEarly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.csv"));
    QByteArray text = "first_name,notes\nAna,ok\nBo,\"never closed\n";
    const QByteArray line = "Cy,some notes that go on and on\n";
    while (text.size() < 3 * (1 << 20))
        text += line;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    CsvDialect dialect = CsvSniffer::sniff(path).dialect;
    qint64 records = 0;
    try {
        CsvReader(path, dialect).read([&records](const CsvRecord&) { return ++records > 0; });
        QFAIL("an unclosed quote was read past the field limit");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(path + QStringLiteral(":3:")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"1 MiB"), qPrintable(error.message()));
    }
    QCOMPARE(records, 2); // the header and Ana: nothing after the open quote
    dialect.maxFieldBytes = 8 << 20;
    QVERIFY_THROWS_EXCEPTION(Error, CsvReader(path, dialect).read([](const CsvRecord&) { return true; }));
}

// The file is parsed on another thread, where each record's digest is computed; the handler runs on
// the caller's thread, in file order, with the digest, and the lookahead sees the record that comes
// next before the handler gets it.
void TestCsvReader::parsesAheadOnItsOwnThread()
{
    QTemporaryDir dir;
    constexpr int kRows = 200000;
    const QString path = writeNumberedRows(dir, kRows);
    QVERIFY(QFileInfo(path).size() > 2 * CsvReader::kChunkSize);
    const auto caller = std::this_thread::get_id();
    std::atomic<int> digestsOnTheCaller = 0;
    qint64 count = 0;
    qint64 aheadLine = 0; // the line of the record the lookahead saw last
    qint64 announced = 0; // aheadLine at the handler's previous call: this record, unless a batch began
    int lookaheadsMissed = 0;
    const bool complete = CsvReader(path, CsvSniffer::sniff(path).dialect)
                              .read(
                                  [&](const CsvRecord& record) {
                                      if (std::this_thread::get_id() != caller)
                                          qFatal("the handler ran on another thread");
                                      if (record.line() != count + 1
                                          || record.digest() != size_t(record.field(1).toLongLong() + 7))
                                          qFatal("record %lld is wrong", count);
                                      // Every record but the first of a batch was seen by the lookahead.
                                      if (announced != record.line())
                                          ++lookaheadsMissed;
                                      announced = aheadLine;
                                      ++count;
                                      return true;
                                  },
                                  {},
                                  [&](const CsvRecord& record) {
                                      if (std::this_thread::get_id() == caller)
                                          ++digestsOnTheCaller;
                                      return size_t(record.field(1).toLongLong() + 7); // the header: 7
                                  },
                                  [&](const CsvRecord& next) { aheadLine = next.line(); });
    QVERIFY(complete);
    QCOMPARE(count, kRows + 1);
    QCOMPARE(digestsOnTheCaller.load(), 0);
    QVERIFY2(lookaheadsMissed < count / 100, qPrintable(QString::number(lookaheadsMissed)));
}

// A handler that stops, or throws, ends the read there, with the parsing thread ahead of it.
void TestCsvReader::stopsWhereTheHandlerStops()
{
    QTemporaryDir dir;
    const QString path = writeNumberedRows(dir, 200000);
    const CsvDialect dialect = CsvSniffer::sniff(path).dialect;
    qint64 count = 0;
    QVERIFY(!CsvReader(path, dialect).read([&count](const CsvRecord&) { return ++count < 10; }));
    QCOMPARE(count, 10);
    count = 0;
    QVERIFY_THROWS_EXCEPTION(Error, CsvReader(path, dialect).read([&count](const CsvRecord& record) {
        if (++count == 5000)
            throw Error(QString::number(record.line()));
        return true;
    }));
    QCOMPARE(count, 5000);
}

// Bytes that are not UTF-8 on line 150,002: every record before that line reaches the handler, then
// the error names it.
void TestCsvReader::deliversTheRecordsBeforeAFault()
{
    QTemporaryDir dir;
    constexpr int kRows = 150000;
    const QString path = writeNumberedRows(dir, kRows, "bad \xff\xfe,1\nafter,2\n");
    CsvDialect dialect = CsvSniffer::sniff(path).dialect;
    dialect.encoding = "UTF-8";
    qint64 count = 0;
    try {
        CsvReader(path, dialect).read([&count](const CsvRecord& record) {
            if (record.line() != ++count)
                qFatal("record %lld is wrong", count);
            return true;
        });
        QFAIL("bytes that are not UTF-8 were read");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(path + QStringLiteral(":150002:")), qPrintable(error.message()));
    }
    QCOMPARE(count, kRows + 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
