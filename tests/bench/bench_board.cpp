// Pipeline board benchmark: the board over a workspace of a million leads (tests/bench/bench_board.sh
// spreads them over the stages), against QSqlQueryModel reading the same columns on the same file,
// in the same run.
//
//   bench_board WORKSPACE
//
// Prints: the time from opening the board to the first page of every column shown, and to the counts;
// the longest stall of the GUI thread meanwhile; then the reference (a QSqlQueryModel per stage and a
// GROUP BY count, as a plain Qt board would read them) and the ratio.
#include "leads/ColumnStore.h"
#include "pipeline/PipelineBoard.h"
#include "storage/Workspace.h"
#include "table/LeadTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTimer>

#include <cstdio>

using namespace LeadSync;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_board WORKSPACE\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    ColumnList columns;
    {
        Workspace workspace(path);
        columns = ColumnStore(workspace).list();
    }
    LeadTableModel model(path, columns);
    {
        QEventLoop ready;
        QObject::connect(&model, &LeadTableModel::rowCountKnown, &ready, &QEventLoop::quit);
        ready.exec(); // the table's own first load is done: the board's reads are not queued behind it
    }
    PipelineBoard board;
    board.resize(1200, 700);
    board.setModel(&model);
    board.show();

    // The GUI thread's longest stall, from a 5 ms heartbeat.
    QElapsedTimer beat;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(
        &heartbeat, &QTimer::timeout, [&] { longestStall = std::max(longestStall, beat.restart() - 5); });
    QElapsedTimer clock;
    double cardsMs = 0;
    double countsMs = 0;
    QEventLoop loop;
    QObject::connect(
        &board, &PipelineBoard::cardsShown, [&] { cardsMs = double(clock.nsecsElapsed()) / 1e6; });
    QObject::connect(&board, &PipelineBoard::loaded, [&] {
        countsMs = double(clock.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    beat.start();
    heartbeat.start();
    clock.start();
    board.reload();
    loop.exec();
    heartbeat.stop();
    qint64 cards = 0;
    for (Stage stage : Stages::all())
        cards += board.column(stage)->count();

    // The reference: what a board on QSqlQueryModel would read, on the GUI thread.
    QElapsedTimer reference;
    reference.start();
    {
        Workspace workspace(path);
        for (Stage stage : Stages::all()) {
            QSqlQueryModel stageModel;
            stageModel.setQuery(
                QStringLiteral("SELECT id, first_name, last_name, company, score FROM leads WHERE "
                               "stage = '%1' ORDER BY id")
                    .arg(Stages::name(stage)),
                workspace.database());
            stageModel.rowCount();
        }
        QSqlQuery counts(workspace.database());
        counts.exec(QStringLiteral("SELECT stage, count(*) FROM leads GROUP BY stage"));
        while (counts.next()) { }
    }
    const double referenceMs = double(reference.nsecsElapsed()) / 1e6;

    std::printf("board: first page of every column %.1f ms (target <= 100), counts %.1f ms, %lld cards, "
                "longest GUI stall %lld ms\n",
        cardsMs, countsMs, static_cast<long long>(cards), static_cast<long long>(longestStall));
    std::printf("QSqlQueryModel per stage + GROUP BY count, on the GUI thread: %.1f ms\n", referenceMs);
    std::printf("ratio board (counts in) / reference: %.2f\n", countsMs / referenceMs);
    return 0;
}
