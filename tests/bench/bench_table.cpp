// Lead table benchmark: LeadTableModel over a workspace of a million leads, against the stock
// QSqlQueryModel and plain OFFSET / LIKE queries on the same file, in the same run.
//
//   bench_table WORKSPACE            (make one with tests/bench/bench_table.sh)
//
// Prints: time to the first page, to the row count, to a jump to 90% and to the last row (default
// order, sorted, filtered), search; the longest stall of the GUI thread (a 5 ms heartbeat timer);
// resident memory; and the references' numbers with the ratios.
#include "leads/ColumnStore.h"
#include "leads/LeadFilter.h"
#include "storage/Workspace.h"
#include "table/LeadTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace LeadSync;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs an event loop until done() holds, checking whenever the model reports something; returns the
// milliseconds it took. Quitting on the model's own signals keeps polling out of the measurement.
double waitFor(LeadTableModel& model, const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    if (!done()) {
        QEventLoop loop;
        const auto check = [&] {
            if (done())
                loop.quit();
        };
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop, check);
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, check);
        QObject::connect(&model, &LeadTableModel::rowCountKnown, &loop, check);
        QObject::connect(&model, &LeadTableModel::rowCountEstimated, &loop, check);
        QTimer::singleShot(60000, &loop, [] { qFatal("timed out"); });
        loop.exec();
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double timeRow(LeadTableModel& model, int row)
{
    model.data(model.index(row, 2)); // asks for the page
    return waitFor(model, [&] { return model.isLoaded(row); });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_table WORKSPACE\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    ColumnList columns;
    {
        Workspace workspace(path);
        columns = ColumnStore(workspace).list();
    }

    // The GUI thread's heartbeat: the longest gap between two 5 ms ticks is the worst stall.
    QElapsedTimer beat;
    beat.start();
    qint64 worstStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(
        &heartbeat, &QTimer::timeout, [&] { worstStall = std::max(worstStall, beat.restart()); });
    heartbeat.start();

    const qint64 rssBefore = residentKiB();
    QElapsedTimer open;
    open.start();
    LeadTableModel model(path, columns);
    const double firstPage = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    const double counted = waitFor(model, [&] { return model.isRowCountKnown(); }) + firstPage;
    const int rows = model.rowCount();
    const double jump90 = timeRow(model, rows / 10 * 9);
    const double jumpEnd = timeRow(model, rows - 1);

    int company = 0;
    while (columns[company].sqlName != u"company")
        ++company;
    QElapsedTimer sortTimer;
    sortTimer.start();
    model.sort(company, Qt::DescendingOrder);
    const double sortFirst = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    const double sortCount = waitFor(model, [&] { return model.isRowCountKnown(); }) + sortFirst;
    const double sortEnd = timeRow(model, model.rowCount() - 1);

    // The time until the scroll bar has a size: the estimate, or the count when it comes first.
    const auto sized = [&] { return model.isRowCountEstimated() || model.isRowCountKnown(); };
    const QList<LeadCondition> germany { LeadCondition::parse(QStringLiteral("country = Germany"), columns) };
    QElapsedTimer filterTimer;
    filterTimer.start();
    model.setFilter(germany, QString());
    const double filterSized = waitFor(model, sized);
    const double filterFirst = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    waitFor(model, [&] { return model.isRowCountKnown(); });
    const double filterCount = double(filterTimer.nsecsElapsed()) / 1e6;
    const double filterEnd = timeRow(model, model.rowCount() - 1);

    model.setFilter({}, QStringLiteral("acme"));
    const double searchFirst = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    const double searchCount = waitFor(model, [&] { return model.isRowCountKnown(); }) + searchFirst;
    const int searchRows = model.rowCount();
    // The same search (still set) in the default order, by id: the usual case.
    model.setSort(QStringLiteral("id"), Qt::AscendingOrder);
    const double plainSearchFirst = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    const double plainSearchCount
        = waitFor(model, [&] { return model.isRowCountKnown(); }) + plainSearchFirst;
    // A typical prefix, a surname's (0.4% of the leads), by id and sorted.
    model.setFilter({}, QStringLiteral("schmi"));
    const double typicalFirst = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    const double typicalCount = waitFor(model, [&] { return model.isRowCountKnown(); }) + typicalFirst;
    const int typicalRows = model.rowCount();
    model.sort(company, Qt::DescendingOrder);
    const double typicalSortedFirst
        = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    const double typicalSortedCount
        = waitFor(model, [&] { return model.isRowCountKnown(); }) + typicalSortedFirst;
    model.setSort(QStringLiteral("id"), Qt::AscendingOrder);
    // The filter again, in the default order.
    filterTimer.restart();
    model.setFilter(germany, QString());
    const double plainFilterSized = waitFor(model, sized);
    const double plainFilterFirst = waitFor(model, [&] { return model.isLoaded(0) && model.rowCount() > 0; });
    waitFor(model, [&] { return model.isRowCountKnown(); });
    const double plainFilterCount = double(filterTimer.nsecsElapsed()) / 1e6;
    const int germans = model.rowCount();
    const qint64 rssModel = residentKiB();
    const qint64 stall = worstStall;
    heartbeat.stop();

    // References, on the same file.
    Workspace reference(path);
    QElapsedTimer timer;
    timer.start();
    auto stock = std::make_unique<QSqlQueryModel>();
    stock->setQuery(QStringLiteral("SELECT * FROM leads"), reference.database());
    const double stockFirst = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rssStockBefore = residentKiB();
    timer.restart();
    while (stock->canFetchMore())
        stock->fetchMore();
    const double stockAll = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rssStock = residentKiB() - rssStockBefore;
    stock.reset();

    const auto timeQuery = [&reference](const QString& sql) {
        QElapsedTimer t;
        t.start();
        QSqlQuery query(reference.database());
        query.setForwardOnly(true);
        query.exec(sql);
        int n = 0;
        while (query.next())
            ++n;
        return double(t.nsecsElapsed()) / 1e6;
    };
    const double offset90
        = timeQuery(QStringLiteral("SELECT * FROM leads ORDER BY id LIMIT 100 OFFSET %1").arg(rows / 10 * 9));
    const double like
        = timeQuery(QStringLiteral("SELECT id FROM leads WHERE company LIKE '%acme%' OR notes LIKE '%acme%' "
                                   "OR first_name LIKE '%acme%' OR last_name LIKE '%acme%' OR email LIKE "
                                   "'%acme%' OR title LIKE '%acme%'"));

    std::printf("LeadTableModel over %d leads\n", rows);
    std::printf("  first page on screen   %8.1f ms   (target <= 100)   QSqlQueryModel first rows %7.1f ms\n",
        firstPage, stockFirst);
    std::printf("  row count known        %8.1f ms\n", counted);
    std::printf("  jump to 90%%            %8.1f ms   (target <= 50)    OFFSET window at 90%%     %7.1f ms  "
                "ratio %.3f\n",
        jump90, offset90, jump90 / offset90);
    std::printf("  jump to last row       %8.1f ms   (target <= 50)    QSqlQueryModel to last row %6.0f ms  "
                "ratio %.4f\n",
        jumpEnd, stockAll, jumpEnd / stockAll);
    std::printf(
        "  sort by company        %8.1f ms first page, %.1f ms counted (target <= 1000), last row %.1f ms\n",
        sortFirst, sortCount, sortEnd);
    std::printf("  filter country=Germany, sorted by company: %.1f ms estimated, %.1f ms first page, %.1f ms "
                "counted (target <= 1000 per million), last row %.1f ms\n",
        filterSized, filterFirst, filterCount, filterEnd);
    std::printf(
        "  filter country=Germany (%d), by id: %.1f ms estimated, %.1f ms first page, %.1f ms counted\n",
        germans, plainFilterSized, plainFilterFirst, plainFilterCount);
    std::printf("  search 'acme' (%d)   %8.1f ms first page, %.1f ms counted (target <= 50)   LIKE "
                "'%%acme%%' %7.1f ms  "
                "ratio %.3f\n",
        searchRows, searchFirst, searchCount, like, searchCount / like);
    std::printf("  search 'acme', by id  %8.1f ms first page, %.1f ms counted (target <= 50)\n",
        plainSearchFirst, plainSearchCount);
    std::printf(
        "  search 'schmi' (%d), by id %.1f ms first page, %.1f ms counted; sorted %.1f ms first page, "
        "%.1f ms counted (target <= 50)\n",
        typicalRows, typicalFirst, typicalCount, typicalSortedFirst, typicalSortedCount);
    std::printf("  worst GUI-thread stall %8lld ms   (target <= 50)\n", stall);
    std::printf("  resident memory        %8lld MB   (model: +%lld MB; target <= 300)   QSqlQueryModel all "
                "rows: +%lld MB\n",
        rssModel / 1024, (rssModel - rssBefore) / 1024, rssStock / 1024);
    return 0;
}
