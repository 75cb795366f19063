// LeadTableModel over a real 100k-lead workspace, checked by QAbstractItemModelTester and against SQL.
#include "../TestSupport.h"
#include "leads/SearchIndex.h"
#include "table/LeadLoader.h"
#include "table/LeadTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsInTheBackground();
    void jumpsToAnyRow();
    void sortsByAnyColumn();
    void emptyValuesSortLast();
    void filtersAndSearches();
    void filtersUnderASort();
    void searchesInEveryOrder();
    void readsTheFirstPageBeforeOrdering();
    void estimatesTheCountFirst();
    void buildsASortIndexWithProgress();
    void cancelsASortIndexBuild();
    void dropsStaleGenerations();
    void cacheIsBounded();
    void readsIdsOfRowsNotLoaded();
    void columnsChangeKeepsWhatStillApplies();

private:
    // The value the model shows at (row, column) once its page is loaded.
    QString shown(int row, int column);
    // The same cell computed by plain SQL, with OFFSET as the (slow but obvious) oracle.
    QString expected(
        const QString& orderBy, int row, const QString& column, const QString& where = QStringLiteral("1"));
    int column(const char* sqlName) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LeadTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    static constexpr int kRows = 100000;
};

void TestLeadTableModel::initTestCase()
{
    const QString csv = m_dir.filePath(QStringLiteral("leads.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("first_name,email,company,country,notes\n");
    const char* countries[] = { "Germany", "France", "Spain", "Poland", "Japan", "Brazil", "Canada" };
    for (int i = 0; i < kRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        // Every 13th lead has no company (a sort puts them last).
        const QByteArray company
            = i % 13 == 0 ? QByteArray() : "Company " + QByteArray::number((i * 7919) % kRows);
        file.write(QByteArray("Name " + n + ",p" + n + "@example.com," + company + "," + countries[i % 7]
            + "," + (i % 97 == 0 ? "met at Acme expo" : "") + "\n"));
    }
    file.close();
    m_path = m_dir.filePath(QStringLiteral("w.leadsync"));
    m_workspace = std::make_unique<Workspace>(m_path);
    QCOMPARE(importFile(*m_workspace, csv).imported, kRows);
    SearchIndex(*m_workspace).catchUp();
}

void TestLeadTableModel::init()
{
    m_model = std::make_unique<LeadTableModel>(m_path, ColumnStore(*m_workspace).list());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLeadTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

int TestLeadTableModel::column(const char* sqlName) const
{
    const ColumnList& columns = m_model->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].sqlName == QLatin1String(sqlName))
            return i;
    }
    qFatal("no column %s", sqlName);
}

QString TestLeadTableModel::shown(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    // Asking again on every try: a request may have been replaced by a later one meanwhile.
    if (!QTest::qWaitFor([&] { return m_model->data(index).isValid() && m_model->isLoaded(row); }, 10000))
        return QStringLiteral("<not loaded>");
    return m_model->data(index).toString();
}

QString TestLeadTableModel::expected(
    const QString& orderBy, int row, const QString& column, const QString& where)
{
    return text(*m_workspace,
        QStringLiteral("SELECT COALESCE(%1, '') FROM leads WHERE %2 ORDER BY %3 LIMIT 1 OFFSET %4")
            .arg(column, where, orderBy)
            .arg(row));
}

void TestLeadTableModel::countsInTheBackground()
{
    QSignalSpy counted(m_model.get(), &LeadTableModel::rowCountKnown);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), kRows, 10000);
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(counted.first().first().toInt(), kRows);
    QVERIFY(m_model->isRowCountKnown());
    QCOMPARE(m_model->headerData(column("email"), Qt::Horizontal).toString(), QStringLiteral("Email"));
}

void TestLeadTableModel::jumpsToAnyRow()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), kRows, 10000);
    const int email = column("email");
    for (const int row : { 0, 1, 99, 100, 999, 1000, 1001, 54321, 98999, 99000, kRows - 1 })
        QCOMPARE(shown(row, email), expected(QStringLiteral("id"), row, QStringLiteral("email")));
    QVERIFY(m_model->leadId(kRows - 1) > 0);
}

void TestLeadTableModel::sortsByAnyColumn()
{
    const int company = column("company");
    m_model->sort(company, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(m_model->rowCount(), kRows);
    const QString order = QStringLiteral("COALESCE(company, '') COLLATE NOCASE DESC, id DESC");
    for (const int row : { 0, 1500, 77777, kRows - 1 })
        QCOMPARE(shown(row, company), expected(order, row, QStringLiteral("company")));
    m_model->sort(column("first_name"), Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(shown(31337, column("email")),
        expected(QStringLiteral("first_name = '', first_name COLLATE NOCASE, id"), 31337,
            QStringLiteral("email")));
}

void TestLeadTableModel::emptyValuesSortLast()
{
    // Leads without a company: at the end whichever way the column is sorted.
    const qint64 empty
        = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE company = ''"));
    QVERIFY(empty > 0);
    const int company = column("company");
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        m_model->sort(company, order);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
        QCOMPARE(m_model->rowCount(), kRows);
        QVERIFY(!shown(0, company).isEmpty());
        QVERIFY(!shown(int(kRows - empty - 1), company).isEmpty());
        QCOMPARE(shown(int(kRows - empty), company), QString());
        QCOMPARE(shown(kRows - 1, company), QString());
        const QString direction
            = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString sql = QStringLiteral("company = '', company COLLATE NOCASE %1, id %1").arg(direction);
        for (const int row : { 1, 4242, int(kRows - empty - 1), int(kRows - empty + 1) })
            QCOMPARE(shown(row, column("email")), expected(sql, row, QStringLiteral("email")));
    }
}

void TestLeadTableModel::filtersAndSearches()
{
    const QList<LeadCondition> spain { LeadCondition::parse(
        QStringLiteral("country = spain"), m_model->columns()) };
    m_model->setFilter(spain, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(m_model->rowCount(),
        int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE country = 'Spain'"))));
    QCOMPARE(shown(5000, column("email")),
        expected(QStringLiteral("id"), 5000, QStringLiteral("email"), QStringLiteral("country = 'Spain'")));

    m_model->setFilter(spain, QStringLiteral("acm"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    const QString where = QStringLiteral("country = 'Spain' AND notes LIKE '%Acme%'");
    QCOMPARE(m_model->rowCount(),
        int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE ") + where)));
    QVERIFY(m_model->rowCount() > 100);
    QCOMPARE(shown(m_model->rowCount() - 1, column("email")),
        expected(QStringLiteral("id"), m_model->rowCount() - 1, QStringLiteral("email"), where));

    m_model->setFilter({}, QStringLiteral("nobody-matches-this"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(m_model->rowCount(), 0);
}

// Sorted with a condition, the matches are read once and ordered (not walked along the sort index):
// the same rows as SQL's ORDER BY, both ways, including empty values last and selections by id.
void TestLeadTableModel::filtersUnderASort()
{
    const QString where = QStringLiteral("country = 'Germany'");
    const int germans
        = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE ") + where));
    const int company = column("company");
    m_model->setFilter(
        { LeadCondition::parse(QStringLiteral("country = germany"), m_model->columns()) }, QString());
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        m_model->sort(company, order);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
        QCOMPARE(m_model->rowCount(), germans);
        const QString direction
            = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString sql = QStringLiteral("company = '', company COLLATE NOCASE %1, id %1").arg(direction);
        for (const int row : { 0, 1, 999, 1000, 7001, germans - 1 }) {
            QCOMPARE(shown(row, column("email")), expected(sql, row, QStringLiteral("email"), where));
            QCOMPARE(shown(row, company), expected(sql, row, QStringLiteral("company"), where));
        }
        QCOMPARE(shown(germans - 1, company), QString());
    }
    QList<qint64> ids;
    bool done = false;
    m_model->readLeadIds({ { 10, 11 }, { germans - 2, germans - 1 } }, this, [&](const QList<qint64>& read) {
        ids = read;
        done = true;
    });
    QTRY_VERIFY(done);
    QList<qint64> inSqlOrder;
    for (const int row : { 10, 11, germans - 2, germans - 1 })
        inSqlOrder.append(expected(QStringLiteral("company = '', company COLLATE NOCASE DESC, id DESC"), row,
            QStringLiteral("id"), where)
                              .toLongLong());
    QCOMPARE(ids, inSqlOrder);
}

// A search reads its matches once into a bit set. Sorted with many matches, the sort index is walked
// against it; by id, the set is the order itself; with a condition, the matches are read and ordered.
// Every way gives SQL's rows and count, both directions, and an estimate that is the count.
void TestLeadTableModel::searchesInEveryOrder()
{
    // "compan" matches every lead with a company ("Company 123"), far more than the walk's threshold;
    // "acme" matches the leads met at the Acme expo, fewer.
    const QList<std::pair<QString, QString>> searches { { QStringLiteral("compan"),
                                                            QStringLiteral("company <> ''") },
        { QStringLiteral("acme"), QStringLiteral("notes LIKE '%acme%'") } };
    QVERIFY(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE company <> ''"))
        > LeadLoader::kWalkSortIndexAbove);
    QVERIFY(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE notes LIKE '%acme%'"))
        < LeadLoader::kWalkSortIndexAbove);
    const QList<LeadCondition> germany { LeadCondition::parse(
        QStringLiteral("country = germany"), m_model->columns()) };
    const int company = column("company");
    const int email = column("email");
    for (const auto& [search, matching] : searches) {
        for (const bool withCondition : { false, true }) {
            const QString where
                = matching + (withCondition ? QStringLiteral(" AND country = 'Germany'") : QString());
            const int count
                = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE ") + where));
            QVERIFY(count > 100);
            m_model->setFilter(withCondition ? germany : QList<LeadCondition>(), search);
            for (const QString& sortColumn : { QStringLiteral("company"), QStringLiteral("id") }) {
                for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                    QSignalSpy estimated(m_model.get(), &LeadTableModel::rowCountEstimated);
                    m_model->setSort(sortColumn, order);
                    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
                    QCOMPARE(m_model->rowCount(), count);
                    if (!withCondition) {
                        QCOMPARE(estimated.size(), 1);
                        QCOMPARE(estimated.first().first().toInt(), count);
                    }
                    const QString direction
                        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                    const QString sql = sortColumn == u"id"
                        ? QStringLiteral("id %1").arg(direction)
                        : QStringLiteral("company = '', company COLLATE NOCASE %1, id %1").arg(direction);
                    for (const int row : { 0, 1, 99, 999, 1000, count / 2, count - 1 }) {
                        if (row < count)
                            QCOMPARE(shown(row, email), expected(sql, row, QStringLiteral("email"), where));
                    }
                    QCOMPARE(shown(count - 1, company),
                        expected(sql, count - 1, QStringLiteral("company"), where));
                }
            }
        }
    }
}

// Sorted with a condition, the first page is read along the sort index at once, before the matches
// are ordered (the loader answers it within fetchPage, while its count is still to come), and it holds
// the same rows as the ordered matches.
void TestLeadTableModel::readsTheFirstPageBeforeOrdering()
{
    LeadLoader loader(m_path);
    QList<std::pair<int, LeadRows>> pages;
    bool counted = false;
    connect(&loader, &LeadLoader::pageLoaded, this, [&](quint64, int firstRow, const LeadRows& rows) {
        pages.append({ firstRow, rows });
    });
    connect(&loader, &LeadLoader::rowCountKnown, this, [&] { counted = true; });
    LeadQuery query;
    query.conditions = { LeadCondition::parse(QStringLiteral("country = germany"), m_model->columns()) };
    query.sortColumn = QStringLiteral("company");
    const QString where = QStringLiteral("country = 'Germany'");
    for (const QString& search : { QString(), QStringLiteral("compan") }) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            pages.clear();
            counted = false;
            query.searchText = search;
            query.sortOrder = order;
            const quint64 generation = 1 + quint64(order) + (search.isEmpty() ? 0 : 2);
            loader.supersede(generation);
            loader.setQuery(generation, query, { QStringLiteral("email") });
            loader.fetchPage(generation, 20, 50);
            QVERIFY(!counted);
            QCOMPARE(pages.size(), 1);
            QCOMPARE(pages.first().first, 20);
            const LeadRows rows = pages.first().second;
            QCOMPARE(rows.size(), 50);
            const QString direction
                = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            const QString sql
                = QStringLiteral("company = '', company COLLATE NOCASE %1, id %1").arg(direction);
            const QString matching
                = where + (search.isEmpty() ? QString() : QStringLiteral(" AND company <> ''"));
            for (const int row : { 0, 1, 49 })
                QCOMPARE(
                    QString::number(rows[row].id), expected(sql, 20 + row, QStringLiteral("id"), matching));
            QCOMPARE(rows[49].values.first(), expected(sql, 69, QStringLiteral("email"), matching));
            QTRY_VERIFY(counted);
        }
    }
}

// Before the count, a sample's estimate within 3% sizes the table, when the sample holds enough
// matches; a rare match is not guessed at.
void TestLeadTableModel::estimatesTheCountFirst()
{
    QSignalSpy estimated(m_model.get(), &LeadTableModel::rowCountEstimated);
    const QString where = QStringLiteral("country = 'Poland'");
    const int exact = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE ") + where));
    m_model->setFilter(
        { LeadCondition::parse(QStringLiteral("country = poland"), m_model->columns()) }, QString());
    QTRY_COMPARE(estimated.size(), 1);
    const int estimate = estimated.first().first().toInt();
    QVERIFY2(std::abs(estimate - exact) <= exact * 3 / 100,
        qPrintable(QStringLiteral("estimate %1, count %2").arg(estimate).arg(exact)));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(m_model->rowCount(), exact);
    QVERIFY(!m_model->isRowCountEstimated());

    // 1 lead in 97 has the note: about 500 in the sample, too few for a 3% estimate.
    estimated.clear();
    m_model->setFilter(
        { LeadCondition::parse(QStringLiteral("notes contains acme"), m_model->columns()) }, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(estimated.size(), 0);
    QCOMPARE(m_model->rowCount(),
        int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE notes LIKE '%acme%'"))));
}

// The first sort by a column builds its index on the loader's thread and says how far it is.
void TestLeadTableModel::buildsASortIndexWithProgress()
{
    const QString index
        = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'leads_sort_notes'");
    QCOMPARE(scalar(*m_workspace, index), 0);
    QSignalSpy progress(m_model.get(), &LeadTableModel::sortIndexProgress);
    m_model->sort(column("notes"), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().first().toInt(), 0);
    QCOMPARE(progress.last().first().toInt(), 100);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].first().toInt() >= progress[i - 1].first().toInt());
    QVERIFY(!m_model->isSortIndexBuilding());
    QCOMPARE(scalar(*m_workspace, index), 1);
    // Built once: the next sort by it says nothing.
    progress.clear();
    m_model->sort(column("email"), Qt::DescendingOrder);
    m_model->sort(column("notes"), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QVERIFY(std::none_of(progress.cbegin(), progress.cend(),
        [](const QList<QVariant>& signal) { return signal.first().toInt() < 100; }));
}

// Cancelled while its index is being built, a sort leaves no index and no error, and the rows are
// back in the order before.
void TestLeadTableModel::cancelsASortIndexBuild()
{
    QSignalSpy failed(m_model.get(), &LeadTableModel::loadFailed);
    m_model->sort(column("company"), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    const QString index
        = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'leads_sort_first_name'");
    QCOMPARE(scalar(*m_workspace, index), 0);
    m_model->sort(column("first_name"), Qt::DescendingOrder);
    m_model->cancelSort();
    QCOMPARE(m_model->query().sortColumn, QStringLiteral("company"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(m_model->rowCount(), kRows);
    QCOMPARE(shown(0, column("email")),
        expected(QStringLiteral("company COLLATE NOCASE DESC, id DESC"), 0, QStringLiteral("email")));
    QVERIFY(!m_model->isSortIndexBuilding());
    QCOMPARE(scalar(*m_workspace, index), 0);
    QCOMPARE(failed.size(), 0);
}

void TestLeadTableModel::dropsStaleGenerations()
{
    QSignalSpy counted(m_model.get(), &LeadTableModel::rowCountKnown);
    // Three queries in a row: only the last one's answers may land.
    m_model->sort(column("company"), Qt::AscendingOrder);
    m_model->setFilter(
        { LeadCondition::parse(QStringLiteral("country = japan"), m_model->columns()) }, QString());
    m_model->sort(column("email"), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QTest::qWait(200);
    QCOMPARE(counted.size(), 1);
    const QString where = QStringLiteral("country = 'Japan'");
    QCOMPARE(m_model->rowCount(),
        int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE ") + where)));
    QCOMPARE(shown(0, column("email")),
        expected(QStringLiteral("COALESCE(email, '') COLLATE NOCASE DESC, id DESC"), 0,
            QStringLiteral("email"), where));
}

void TestLeadTableModel::cacheIsBounded()
{
    // The tester re-checks every index of the 100k-row model on each change (seconds per page):
    // this test is about the cache, and the other tests keep the tester attached.
    m_tester.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), kRows, 10000);
    for (int page = 0; page < 2 * LeadTableModel::kMaxPages; ++page)
        QVERIFY(shown(page * 700, 0) != QStringLiteral("<not loaded>"));
    int loaded = 0;
    for (int page = 0; page < kRows / LeadTableModel::kPageSize; ++page)
        loaded += m_model->isLoaded(page * LeadTableModel::kPageSize) ? 1 : 0;
    QCOMPARE(loaded, LeadTableModel::kMaxPages);
}

// A selection reaching far past the loaded pages: the ids come from the loader, in row order.
void TestLeadTableModel::readsIdsOfRowsNotLoaded()
{
    m_model->setSort(QStringLiteral("company"), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 20000);
    QVERIFY(!m_model->isLoaded(90000));
    QList<qint64> ids;
    bool done = false;
    m_model->readLeadIds({ { 500, 502 }, { 90000, 90001 } }, this, [&](const QList<qint64>& read) {
        ids = read;
        done = true;
    });
    QTRY_VERIFY(done);
    QList<qint64> inSqlOrder;
    for (const int row : { 500, 501, 502, 90000, 90001 })
        inSqlOrder.append(
            expected(QStringLiteral("company COLLATE NOCASE DESC, id DESC"), row, QStringLiteral("id"))
                .toLongLong());
    QCOMPARE(ids, inSqlOrder);
}

// New columns (one added or deleted): the filter and sort stay, except what names a column that is gone.
void TestLeadTableModel::columnsChangeKeepsWhatStillApplies()
{
    const ColumnList all = m_model->columns();
    m_model->setSort(QStringLiteral("company"), Qt::DescendingOrder);
    m_model->setFilter({ LeadCondition::parse(QStringLiteral("country = spain"), all) }, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    const int spain = m_model->rowCount();
    ColumnList fewer = all;
    fewer.removeIf([](const Column& column) { return column.sqlName == u"title"; });
    m_model->setColumns(fewer);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QCOMPARE(m_model->columnCount(), int(all.size()) - 1);
    QCOMPARE(m_model->rowCount(), spain);
    QCOMPARE(m_model->query().sortColumn, QStringLiteral("company"));
    fewer.removeIf(
        [](const Column& column) { return column.sqlName == u"country" || column.sqlName == u"company"; });
    m_model->setColumns(fewer);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowCountKnown(), 10000);
    QVERIFY(m_model->query().conditions.isEmpty());
    QCOMPARE(m_model->query().sortColumn, QStringLiteral("id"));
    QCOMPARE(m_model->rowCount(), int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"))));
}

QTEST_GUILESS_MAIN(TestLeadTableModel)
#include "leads/ColumnStore.h"
#include "tst_leadtablemodel.moc"
