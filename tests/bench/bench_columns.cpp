// Runs an AI column over 10,000 leads against a local OpenAI-compatible server that answers every
// request in 50 ms, at concurrency 32, as the desktop app does: the runner on its own thread, the
// server on another, and a 5 ms heartbeat timer on the main (GUI) thread. Prints the throughput
// against the ideal (32 / 0.05 s = 640 cells/s), the longest stall of the main thread, and resident
// memory before, during and after.
#include "../HttpTestServer.h"
#include "columns/ColumnRunner.h"
#include "leads/ColumnStore.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace LeadSync;

namespace {

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kCells = 10000;
    constexpr int kConcurrency = 32;
    constexpr int kLatencyMs = 50;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.leadsync"));

    // The server, on its own thread: its work must not count against the runner's.
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    HttpTestServer* server = nullptr;
    QMetaObject::invokeMethod(
        &serverContext,
        [&server] {
            const QByteArray reply = HttpTestServer::chatCompletion(
                QStringLiteral("A short, specific opening line for this lead."), 60, 12);
            server = new HttpTestServer([reply](const HttpTestServer::Request&) -> HttpTestServer::Reply {
                return { 200, {}, reply, kLatencyMs, false };
            });
            server->setKeepRequests(false);
        },
        Qt::BlockingQueuedConnection);

    {
        Workspace workspace(path);
        workspace.transact([&] {
            SqliteStatement insert(workspace.handle(),
                "INSERT INTO leads (first_name, company, title, created_at, updated_at) VALUES (?, ?, ?, 0, "
                "0)");
            for (int i = 0; i < kCells; ++i) {
                const QByteArray name = "Name" + QByteArray::number(i);
                const QByteArray company = "Company " + QByteArray::number(i % 997);
                insert.bindText(1, name);
                insert.bindText(2, company);
                insert.bindText(3, "Head of Growth");
                insert.step();
                insert.reset();
            }
        });
        ColumnSpec spec;
        spec.kind = ColumnSpec::Kind::Ai;
        spec.templateText = aiPresetPrompt(QStringLiteral("icebreaker"));
        spec.model = QStringLiteral("gpt-4o-mini");
        spec.baseUrl = server->url("/v1");
        spec.concurrency = kConcurrency;
        ColumnStore(workspace).add(QStringLiteral("Icebreaker"), spec.kindName(), spec.toJson());
    }

    const qint64 rssBefore = statusKiB("VmRSS:");
    QThread runnerThread;
    runnerThread.start();
    ColumnRunner* runner = nullptr;
    QObject runnerContext;
    runnerContext.moveToThread(&runnerThread);
    QMetaObject::invokeMethod(
        &runnerContext, [&] { runner = new ColumnRunner(path, QStringLiteral("Icebreaker")); },
        Qt::BlockingQueuedConnection);

    // The main thread only keeps time, as the GUI would only draw.
    QElapsedTimer clock;
    qint64 lastBeat = 0;
    qint64 worstStall = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = clock.elapsed();
        worstStall = std::max(worstStall, now - lastBeat - 5);
        lastBeat = now;
    });
    qint64 rssMidway = 0;
    QObject::connect(
        runner, &ColumnRunner::progress, &heartbeat,
        [&](const RunStats& stats) {
            if (rssMidway == 0 && stats.finished() >= kCells / 2)
                rssMidway = statusKiB("VmRSS:");
        },
        Qt::QueuedConnection);
    RunStats result;
    QEventLoop loop;
    clock.start();
    heartbeat.start(5);
    QMetaObject::invokeMethod(&runnerContext, [&] {
        QCoro::connect(runner->run({}), &runnerContext, [&](const RunStats& stats) {
            result = stats;
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
    });
    loop.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    heartbeat.stop();
    const qint64 rssAfter = statusKiB("VmRSS:");
    QMetaObject::invokeMethod(
        &runnerContext, [runner] { delete runner; }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &serverContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
    runnerThread.quit();
    serverThread.quit();
    runnerThread.wait();
    serverThread.wait();

    const double ideal = double(kConcurrency) * 1000.0 / kLatencyMs;
    const double throughput = double(result.done) / seconds;
    std::printf(
        "AI column, %d cells, server latency %d ms, concurrency %d\n", kCells, kLatencyMs, kConcurrency);
    std::printf("  done %lld, failed %lld, in %.2f s\n", static_cast<long long>(result.done),
        static_cast<long long>(result.failed), seconds);
    std::printf("  throughput             %7.1f cells/s   ideal %.0f   ratio %.3f  (target >= 0.95)\n",
        throughput, ideal, throughput / ideal);
    std::printf("  worst GUI-thread stall %7lld ms        (target <= 50; 5 ms heartbeat)\n",
        static_cast<long long>(worstStall));
    std::printf("  resident memory        %7lld MB before, %lld MB halfway, %lld MB after (flat: target)\n",
        static_cast<long long>(rssBefore / 1024), static_cast<long long>(rssMidway / 1024),
        static_cast<long long>(rssAfter / 1024));
    return result.done == kCells ? 0 : 1;
}
