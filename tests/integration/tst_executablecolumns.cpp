// Executable columns against real HTTP servers on loopback: an OpenAI-compatible chat completions
// server (with its errors: 429 and Retry-After, 500, 401, a stalled reply, malformed JSON) and a
// webhook. Prompt rendering, retries and backoff, concurrency, rate limit, cache, stale cells,
// resume after an interrupted run, revert, cancel.
#include "../HttpTestServer.h"
#include "../TestSupport.h"
#include "Error.h"
#include "JobObserver.h"
#include "columns/ColumnDefinition.h"
#include "columns/ColumnRunSession.h"
#include "columns/ColumnRunner.h"
#include "columns/HttpCall.h"
#include "columns/ReplacedCells.h"
#include "columns/RunHistory.h"
#include "storage/SqliteStatement.h"
#include "table/LeadTableModel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace LeadSync;
using namespace TestSupport;

namespace {

using Request = HttpTestServer::Request;
using Reply = HttpTestServer::Reply;

Reply apiError(int status, const char* message, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    return { status, headers,
        QByteArray(R"({"error": {"message": ")" + QByteArray(message) + R"(", "type": "api_error"}})"), 0,
        false };
}

// The user message of a chat completions request.

// Reverts the column's last run, without cancelling it: the cells restored.
qint64 revert(Workspace& workspace, const Column& column)
{
    const std::optional<qint64> restored = RunHistory::revertLastRun(workspace, column, {});
    if (!restored)
        throw Error(QStringLiteral("the revert stopped by itself"));
    return *restored;
}
} // namespace

class TestExecutableColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aiColumnFillsCellsAndCountsCost();
    void costIsPricedFreeOrUnknown();
    void jsonOutputFillsSeveralColumns();
    void retriesTransientErrorsHonouringRetryAfter();
    void permanentErrorsAndBadRepliesAreNotRetried();
    void stalledReplyTimesOut();
    void concurrencyIsNeverExceeded();
    void rateLimitIsKept();
    void cacheNeverPaysTwice();
    void staleCellsAreFound();
    void requiredInputsSkipRows();
    void stopsAfterFailuresInARow();
    void cancelledRunResumesAfterRestart();
    void revertRestoresThePreviousValues();
    void revertUndoesTheLastWriteFirst();
    void revertsARunKeptBeforeSchema13();
    void aRunNeverOverwritesAnEdit();
    void leadsDeletedDuringARunAreLeftOut();
    void cancelBeforeTheStartHolds();
    void redirectsNeverCarryTheKeyElsewhere();
    void unsafeRequestsAreRefused();
    void rateCountsRetries();
    void webhookMapsReplyPathsToColumns();
    void hunterPresetSendsTheKeyInItsHeader();
    void defineColumnChecksEverythingOrLeavesNothing();
    void templateColumnRendersLocally();
    void manyCellsAreReadAheadAndWrittenInBatches();
    void sessionRelaysProgressAtItsPace();
    void tableShowsFailedAndSkippedCells();

private:
    // A column of the given kind and settings, added to the workspace; returns its SQL name.
    QString addColumn(const QString& name, ColumnSpec spec);
    // Leads numbered first to last (those where keeps, an SQL condition on i), and a template column
    // "Greeting" saying "Hi {{first_name}}" to them: its SQL name.
    QString addGreetingOverLeads(int first, int last, const QString& where);
    static ColumnSpec greetingSpec();
    ColumnSpec aiSpec(const HttpTestServer& server) const;
    QString cell(qint64 leadId, const QString& sqlName);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    static constexpr int kLeads = 12;
};

void TestExecutableColumns::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.leadsync").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_workspace = std::make_unique<Workspace>(m_path);
    QByteArray csv = "first_name,email,company,title\n";
    for (int i = 1; i <= kLeads; ++i) {
        // Lead 3 has a quote and a line break in its company: the JSON body must stay valid.
        const QByteArray company = i == 3 ? QByteArray("\"Acme \"\"Labs\"\"\nEurope\"")
                                          : QByteArray("Company " + QByteArray::number(i));
        csv += "Name" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.io," + company + ","
            + (i % 4 == 0 ? "" : "CTO") + "\n";
    }
    writeFile(m_dir.filePath(QStringLiteral("leads.csv")), csv);
    QCOMPARE(importFile(*m_workspace, m_dir.filePath(QStringLiteral("leads.csv"))).imported, kLeads);
    SqlQuery price(m_workspace->database(),
        QStringLiteral("INSERT OR REPLACE INTO model_prices (model, input_usd, output_usd) VALUES "
                       "('test-model', 1.0, 2.0)"));
    price.exec();
}

void TestExecutableColumns::cleanup()
{
    m_workspace.reset();
}

QString TestExecutableColumns::addGreetingOverLeads(int first, int last, const QString& where)
{
    SqlQuery more(m_workspace->database(),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                       "INSERT INTO leads (id, first_name, created_at, updated_at) SELECT i, 'N' || i, 1, 1 "
                       "FROM n WHERE %3")
            .arg(first)
            .arg(last)
            .arg(where));
    more.exec();
    return addColumn(QStringLiteral("Greeting"), greetingSpec());
}

ColumnSpec TestExecutableColumns::greetingSpec()
{
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Template;
    spec.templateText = QStringLiteral("Hi {{first_name}}");
    return spec;
}

QString TestExecutableColumns::addColumn(const QString& name, ColumnSpec spec)
{
    for (const auto& [from, to] : spec.outputs) {
        if (!findColumn(ColumnStore(*m_workspace).list(), to))
            ColumnStore(*m_workspace).add(to);
    }
    return ColumnStore(*m_workspace).add(name, spec.kindName(), spec.toJson()).sqlName;
}

ColumnSpec TestExecutableColumns::aiSpec(const HttpTestServer& server) const
{
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Ai;
    spec.templateText = QStringLiteral("Write to {{first_name}} at {{company}}");
    spec.system = QStringLiteral("You write short emails.");
    spec.model = QStringLiteral("test-model");
    spec.baseUrl = server.url("/v1");
    spec.concurrency = 4;
    spec.maxAttempts = 3;
    spec.timeoutMs = 5000;
    return spec;
}

QString TestExecutableColumns::cell(qint64 leadId, const QString& sqlName)
{
    return text(*m_workspace, QStringLiteral("SELECT %1 FROM leads WHERE id = %2").arg(sqlName).arg(leadId));
}

void TestExecutableColumns::aiColumnFillsCellsAndCountsCost()
{
    HttpTestServer server([](const Request& request) -> Reply {
        if (request.path != "/v1/chat/completions" || request.method != "POST")
            return apiError(404, "no such route");
        return { 200, {},
            HttpTestServer::chatCompletion(
                QStringLiteral("Hello from ") + HttpTestServer::promptOf(request), 100, 20),
            0, false };
    });
    const QString pitch = addColumn(QStringLiteral("Pitch"), aiSpec(server));
    ColumnRunner runner(m_path, QStringLiteral("Pitch"), "sk-test-key");
    QSignalSpy progress(&runner, &ColumnRunner::progress);
    const RunStats stats = waitForRun(runner.run({}));
    QCOMPARE(stats.targets, kLeads);
    QCOMPARE(stats.done, kLeads);
    QCOMPARE(stats.failed, 0);
    QCOMPARE(stats.tokensIn, 100 * kLeads);
    QCOMPARE(stats.tokensOut, 20 * kLeads);
    QVERIFY(qAbs(stats.cost - kLeads * (100 * 1.0 + 20 * 2.0) / 1e6) < 1e-12);
    QVERIFY(progress.size() >= kLeads);
    QCOMPARE(cell(1, pitch), QStringLiteral("Hello from Write to Name1 at Company 1"));
    QCOMPARE(cell(3, pitch), QStringLiteral("Hello from Write to Name3 at Acme \"Labs\"\nEurope"));

    // The request, on the wire: the model, both messages, the key as a bearer token.
    const Request& first = server.requests().first();
    QCOMPARE(first.headers.value("authorization"), QByteArray("Bearer sk-test-key"));
    QCOMPARE(first.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
    QCOMPARE(body.value(QStringLiteral("messages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString(),
        QStringLiteral("You write short emails."));
    // Cell states and the run are in the workspace; the key is nowhere in it.
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done'")),
        kLeads);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT state FROM column_runs")), QStringLiteral("done"));
    m_workspace.reset();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-test-key"));
}

// A listed model is priced; an unlisted one is free on this machine (a local model) and unknown
// elsewhere; a column that calls no model is free. The money reads as money, never "$0.0000".
void TestExecutableColumns::costIsPricedFreeOrUnknown()
{
    HttpTestServer server([](const Request&) -> Reply { return apiError(500, "not called"); });
    ColumnSpec local = aiSpec(server);
    local.model = QStringLiteral("llama3.1:8b");
    addColumn(QStringLiteral("Local"), local);
    ColumnSpec remote = aiSpec(server);
    remote.model = QStringLiteral("mystery-model");
    remote.baseUrl = QStringLiteral("https://api.example.invalid/v1");
    addColumn(QStringLiteral("Remote"), remote);
    addColumn(QStringLiteral("Listed"), aiSpec(server));
    ColumnSpec greeting;
    greeting.kind = ColumnSpec::Kind::Template;
    greeting.templateText = QStringLiteral("Hi {{first_name}}");
    addColumn(QStringLiteral("Greeting"), greeting);
    const auto pricing = [this](const char* column) {
        return ColumnRunner(m_path, QLatin1StringView(column), "sk-test").plan({}).pricing;
    };
    QCOMPARE(pricing("Local"), Pricing::Free);
    QCOMPARE(pricing("Remote"), Pricing::Unknown);
    QCOMPARE(pricing("Listed"), Pricing::Priced);
    QCOMPARE(pricing("Greeting"), Pricing::Free);
    QVERIFY(server.requests().isEmpty());

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(formatCost(1833.2, Pricing::Priced), QStringLiteral("$1,833.20"));
    QCOMPARE(formatCost(0, Pricing::Priced), QStringLiteral("$0.00"));
    QCOMPARE(formatCost(0.0004, Pricing::Priced), QStringLiteral("< $0.01"));
    QCOMPARE(formatCost(0, Pricing::Free), QStringLiteral("free"));
    QCOMPARE(formatCost(0, Pricing::Unknown), QStringLiteral("unknown price"));
    QLocale::setDefault(before);
}

void TestExecutableColumns::jsonOutputFillsSeveralColumns()
{
    HttpTestServer server([](const Request& request) -> Reply {
        const bool asksJson = QJsonDocument::fromJson(request.body)
                                  .object()
                                  .value(QStringLiteral("response_format"))
                                  .toObject()
                                  .value(QStringLiteral("type"))
            == QStringLiteral("json_object");
        if (!asksJson)
            return apiError(400, "expected response_format json_object");
        const QString name = HttpTestServer::promptOf(request).section(u' ', 2, 2);
        return { 200, {},
            HttpTestServer::chatCompletion(QStringLiteral(R"({"subject": "For %1", "score": 7})").arg(name)),
            0, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.outputs = { { QStringLiteral("subject"), QStringLiteral("Subject") },
        { QStringLiteral("score"), QStringLiteral("Fit score") } };
    addColumn(QStringLiteral("Email draft"), spec);
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Email draft"), {}).run({}));
    QCOMPARE(stats.done, kLeads);
    const QString subject = findColumn(ColumnStore(*m_workspace).list(), u"Subject")->sqlName;
    const QString score = findColumn(ColumnStore(*m_workspace).list(), u"Fit score")->sqlName;
    QCOMPARE(cell(2, subject), QStringLiteral("For Name2"));
    QCOMPARE(cell(2, score), QStringLiteral("7"));
}

void TestExecutableColumns::retriesTransientErrorsHonouringRetryAfter()
{
    // Lead 1: 429 with Retry-After: 1, then fine. Lead 2: 500, 503, then fine.
    QHash<QString, int> attempts;
    HttpTestServer server([&attempts](const Request& request) -> Reply {
        const QString prompt = HttpTestServer::promptOf(request);
        const int attempt = ++attempts[prompt];
        if (prompt.contains(u"Name1 ") && attempt == 1)
            return apiError(429, "Rate limit reached", { { "Retry-After", "1" } });
        if (prompt.contains(u"Name2 ") && attempt <= 2)
            return apiError(attempt == 1 ? 500 : 503, "The server had an error");
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 0, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.maxAttempts = 4;
    addColumn(QStringLiteral("Pitch"), spec);
    RunOptions options;
    options.leadIds = { 1, 2 };
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(options));
    QCOMPARE(stats.done, 2);
    QCOMPARE(stats.failed, 0);
    QList<qint64> times1;
    QList<qint64> times2;
    for (const Request& request : server.requests())
        (HttpTestServer::promptOf(request).contains(u"Name1 ") ? times1 : times2)
            .append(request.receivedAtMs);
    QCOMPARE(times1.size(), 2);
    QCOMPARE(times2.size(), 3);
    QVERIFY2(times1[1] - times1[0] >= 950, "Retry-After: 1 was not honoured");
    // Exponential backoff with jitter: the second wait is drawn from a range twice as high.
    QVERIFY(times2[1] - times2[0] >= 240);
    QVERIFY(times2[2] - times2[1] >= 490);
}

void TestExecutableColumns::permanentErrorsAndBadRepliesAreNotRetried()
{
    HttpTestServer server([](const Request& request) -> Reply {
        const QString prompt = HttpTestServer::promptOf(request);
        if (prompt.contains(u"Name1 "))
            return apiError(401, "Incorrect API key provided");
        if (prompt.contains(u"Name2 "))
            return { 200, {}, "{\"choices\": [", 0, false };
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 0, false };
    });
    addColumn(QStringLiteral("Pitch"), aiSpec(server));
    RunOptions options;
    options.leadIds = { 1, 2, 5 };
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(options));
    QCOMPARE(stats.done, 1);
    QCOMPARE(stats.failed, 2);
    QCOMPARE(server.requests().size(), 3); // one each: nothing retried
    QCOMPARE(stats.errors.size(), 2);
    QHash<qint64, QString> reasons;
    for (const auto& [lead, reason] : stats.errors)
        reasons.insert(lead, reason);
    QCOMPARE(reasons.value(1), QStringLiteral("HTTP 401: Incorrect API key provided"));
    QCOMPARE(reasons.value(2), QStringLiteral("the reply is not a chat completion"));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT reason FROM cell_states WHERE lead_id = 1")),
        QStringLiteral("HTTP 401: Incorrect API key provided"));
}

void TestExecutableColumns::stalledReplyTimesOut()
{
    HttpTestServer server([](const Request&) -> Reply { return { 200, {}, {}, 0, true }; });
    ColumnSpec spec = aiSpec(server);
    spec.timeoutMs = 300;
    spec.maxAttempts = 2;
    addColumn(QStringLiteral("Pitch"), spec);
    RunOptions options;
    options.leadIds = { 1 };
    QElapsedTimer clock;
    clock.start();
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(options));
    QCOMPARE(stats.failed, 1);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY2(stats.errors.first().second.startsWith(QStringLiteral("no reply within 0.3 s")),
        qPrintable(stats.errors.first().second));
    QVERIFY(clock.elapsed() < 3000);
}

void TestExecutableColumns::concurrencyIsNeverExceeded()
{
    HttpTestServer server([](const Request&) -> Reply {
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 80, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.concurrency = 3;
    addColumn(QStringLiteral("Pitch"), spec);
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QCOMPARE(stats.done, kLeads);
    QCOMPARE(server.maxInFlight(), 3);
}

void TestExecutableColumns::rateLimitIsKept()
{
    HttpTestServer server([](const Request&) -> Reply {
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 0, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.ratePerMinute = 300; // one start every 200 ms
    spec.concurrency = 8;
    addColumn(QStringLiteral("Pitch"), spec);
    RunOptions options;
    options.limit = 5;
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(options));
    QCOMPARE(stats.done, 5);
    // Starts are 200 ms apart; arrivals at the server may shift by a few milliseconds of network.
    const QList<Request>& requests = server.requests();
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 gap = requests[i].receivedAtMs - requests[i - 1].receivedAtMs;
        QVERIFY2(gap >= 150, qPrintable(QString::number(gap)));
    }
    QVERIFY(requests.last().receivedAtMs - requests.first().receivedAtMs >= 4 * 200 - 20);
}

void TestExecutableColumns::cacheNeverPaysTwice()
{
    HttpTestServer server([](const Request& request) -> Reply {
        return { 200, {},
            HttpTestServer::chatCompletion(QStringLiteral("for ") + HttpTestServer::promptOf(request)), 0,
            false };
    });
    addColumn(QStringLiteral("Pitch"), aiSpec(server));
    RunStats first = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QCOMPARE(first.done, kLeads);
    QVERIFY(first.cost > 0);
    RunOptions all;
    all.only = RunOptions::Only::All;
    const RunStats again = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(all));
    QCOMPARE(again.done, kLeads);
    QCOMPARE(again.cached, kLeads);
    QCOMPARE(again.cost, 0.0);
    QCOMPARE(again.tokensIn, 0);
    QCOMPARE(server.requests().size(), kLeads); // nothing requested twice
}

void TestExecutableColumns::staleCellsAreFound()
{
    HttpTestServer server([](const Request& request) -> Reply {
        return { 200, {},
            HttpTestServer::chatCompletion(QStringLiteral("for ") + HttpTestServer::promptOf(request)), 0,
            false };
    });
    const QString pitch = addColumn(QStringLiteral("Pitch"), aiSpec(server));
    waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    SqlQuery edit(
        m_workspace->database(), QStringLiteral("UPDATE leads SET company = 'Globex' WHERE id = 5"));
    edit.exec();
    RunOptions stale;
    stale.only = RunOptions::Only::Stale;
    ColumnRunner runner(m_path, QStringLiteral("Pitch"), {});
    QCOMPARE(runner.plan(stale).targets, 1);
    const RunStats stats = waitForRun(runner.run(stale));
    QCOMPARE(stats.done, 1);
    QCOMPARE(cell(5, pitch), QStringLiteral("for Write to Name5 at Globex"));
}

void TestExecutableColumns::requiredInputsSkipRows()
{
    HttpTestServer server([](const Request&) -> Reply {
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 0, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.requiredInputs = { QStringLiteral("title") };
    addColumn(QStringLiteral("Pitch"), spec);
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QCOMPARE(stats.skipped, kLeads / 4); // every fourth lead has no title
    QCOMPARE(stats.done, kLeads - kLeads / 4);
    QCOMPARE(server.requests().size(), kLeads - kLeads / 4); // the skipped were not sent
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT reason FROM cell_states WHERE lead_id = 4")),
        QStringLiteral("missing title"));
}

void TestExecutableColumns::stopsAfterFailuresInARow()
{
    HttpTestServer server([](const Request&) -> Reply { return apiError(500, "down"); });
    ColumnSpec spec = aiSpec(server);
    spec.maxAttempts = 1;
    spec.concurrency = 1;
    spec.stopAfterFailures = 3;
    addColumn(QStringLiteral("Pitch"), spec);
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QCOMPARE(stats.failed, 3);
    QVERIFY(stats.stopReason.startsWith(
        QStringLiteral("Stopped after 3 failures in a row. The last: HTTP 500: down")));
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT state FROM column_runs")), QStringLiteral("stopped"));
}

void TestExecutableColumns::cancelledRunResumesAfterRestart()
{
    HttpTestServer server([](const Request& request) -> Reply {
        return { 200, {},
            HttpTestServer::chatCompletion(QStringLiteral("for ") + HttpTestServer::promptOf(request)), 30,
            false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.concurrency = 2;
    addColumn(QStringLiteral("Pitch"), spec);
    qint64 runId = 0;
    {
        ColumnRunner runner(m_path, QStringLiteral("Pitch"), {});
        connect(&runner, &ColumnRunner::progress, &runner, [&runner](const RunStats& stats) {
            if (stats.done >= 5)
                runner.cancel();
        });
        const RunStats stopped = waitForRun(runner.run({}));
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.done >= 5 && stopped.done < kLeads);
        runId = stopped.runId;
    } // the process "ends"
    QCOMPARE(
        text(*m_workspace, QStringLiteral("SELECT state FROM column_runs")), QStringLiteral("cancelled"));
    const qint64 finishedBefore = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states"));
    const qsizetype requestsBefore = server.requests().size();
    const RunStats resumed = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).resume(runId));
    QCOMPARE(resumed.runId, runId);
    QCOMPARE(resumed.done, kLeads); // counted over the whole run
    // Only the cells the first part did not finish were requested (the ones in flight at the cancel
    // were aborted, and are asked again).
    QCOMPARE(server.requests().size() - requestsBefore, kLeads - finishedBefore);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done'")),
        kLeads);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT state FROM column_runs")), QStringLiteral("done"));
}

void TestExecutableColumns::revertRestoresThePreviousValues()
{
    int version = 1;
    HttpTestServer server([&version](const Request& request) -> Reply {
        return { 200, {},
            HttpTestServer::chatCompletion(
                QStringLiteral("v%1 ").arg(version) + HttpTestServer::promptOf(request)),
            0, false };
    });
    const QString pitch = addColumn(QStringLiteral("Pitch"), aiSpec(server));
    waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QVERIFY(cell(1, pitch).startsWith(u"v1 "));
    // A changed prompt makes new answers; the run replaces the old ones, which revert brings back.
    ColumnSpec changed = aiSpec(server);
    changed.templateText = QStringLiteral("Again: write to {{first_name}}");
    SqlQuery update(
        m_workspace->database(), QStringLiteral("UPDATE columns SET config = ? WHERE sql_name = ?"));
    update.bind(QString::fromUtf8(QJsonDocument(changed.toJson()).toJson()));
    update.bind(pitch);
    update.exec();
    version = 2;
    RunOptions all;
    all.only = RunOptions::Only::All;
    all.leadIds = { 1, 2 };
    waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(all));
    QCOMPARE(cell(1, pitch), QStringLiteral("v2 Again: write to Name1"));
    const Column column = *findColumn(ColumnStore(*m_workspace).list(), u"Pitch");
    QCOMPARE(revert(*m_workspace, column), 2);
    QCOMPARE(cell(1, pitch), QStringLiteral("v1 Write to Name1 at Company 1"));
    QCOMPARE(cell(3, pitch).left(3), QStringLiteral("v1 ")); // untouched by the reverted run
    QCOMPARE(revert(*m_workspace, column), 0); // once
}

// What a run replaced is kept a batch to a row: the batches go back from the last, and each from its
// last cell, so a cell written twice ends as it was before the first write. Lengths past one byte of
// their encoding and any UTF-8 come back whole.
void TestExecutableColumns::revertUndoesTheLastWriteFirst()
{
    const QString greeting = addColumn(QStringLiteral("Greeting"), greetingSpec());
    waitForRun(ColumnRunner(m_path, QStringLiteral("Greeting"), {}).run({}));
    QCOMPARE(cell(1, greeting), QStringLiteral("Hi Name1"));
    const QByteArray name = greeting.toUtf8();
    const QString long1 = QStringLiteral("Grüße, 東京 ").repeated(40);
    ReplacedCells first;
    first.append(1, name, "", "the first write");
    ReplacedCells second;
    second.append(1, name, "the first write", "Hi Name1");
    second.append(2, name, long1.toUtf8(), "Hi Name2");
    SqlQuery replace(m_workspace->database(),
        QStringLiteral("INSERT INTO run_reverts (run_id, cells) SELECT max(id), ? FROM column_runs"));
    SqlQuery(m_workspace->database(), QStringLiteral("DELETE FROM run_reverts")).exec();
    for (const ReplacedCells* batch : { &first, &second }) {
        replace.bind(batch->packed());
        replace.exec();
    }
    const Column column = *findColumn(ColumnStore(*m_workspace).list(), u"Greeting");
    // Cancelled after its first batch: nothing changed, and it can be reverted later.
    std::atomic_bool cancel = false;
    QList<std::pair<qint64, qint64>> progress;
    const JobObserver cancelling { [&](qint64 done, qint64 total) {
                                      progress.append({ done, total });
                                      cancel = true;
                                  },
        &cancel };
    QVERIFY(!RunHistory::revertLastRun(*m_workspace, column, cancelling));
    const qint64 recordBytes
        = scalar(*m_workspace, QStringLiteral("SELECT sum(length(cells)) FROM run_reverts"));
    QCOMPARE(progress, (QList<std::pair<qint64, qint64>> { { second.packed().size(), recordBytes } }));
    QCOMPARE(cell(1, greeting), QStringLiteral("Hi Name1"));
    QCOMPARE(cell(2, greeting), QStringLiteral("Hi Name2"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM run_reverts")), 2);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states")), kLeads);
    // Run to the end, it reports every byte of the records read.
    progress.clear();
    QCOMPARE(RunHistory::revertLastRun(*m_workspace, column,
                 { [&](qint64 done, qint64 total) {
                      progress.append({ done, total });
                  },
                     nullptr })
                 .value_or(-1),
        3);
    QCOMPARE(progress,
        (QList<std::pair<qint64, qint64>> { { second.packed().size(), recordBytes },
            { recordBytes, recordBytes }, { recordBytes, recordBytes } }));
    QCOMPARE(cell(1, greeting), QString());
    QCOMPARE(cell(2, greeting), long1);
    QCOMPARE(cell(3, greeting), QStringLiteral("Hi Name3"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM run_reverts")), 0);
}

// A run made before schema 13 kept a row a cell in run_previous_values: it can still be reverted after
// the upgrade, and a new run forgets it.
void TestExecutableColumns::revertsARunKeptBeforeSchema13()
{
    const QString greeting = addColumn(QStringLiteral("Greeting"), greetingSpec());
    waitForRun(ColumnRunner(m_path, QStringLiteral("Greeting"), {}).run({}));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM run_previous_values")), 0);
    SqlQuery(m_workspace->database(),
        QStringLiteral("INSERT INTO run_previous_values (run_id, lead_id, sql_name, value, written) "
                       "SELECT (SELECT max(id) FROM column_runs), id, '%1', '', %1 FROM leads")
            .arg(greeting))
        .exec();
    SqlQuery(m_workspace->database(), QStringLiteral("DELETE FROM run_reverts")).exec();
    // Lead 2's cell was edited after the run: it stays.
    SqlQuery(
        m_workspace->database(), QStringLiteral("UPDATE leads SET %1 = 'edited' WHERE id = 2").arg(greeting))
        .exec();
    const Column column = *findColumn(ColumnStore(*m_workspace).list(), u"Greeting");
    QCOMPARE(revert(*m_workspace, column), kLeads - 1);
    QCOMPARE(cell(1, greeting), QString());
    QCOMPARE(cell(2, greeting), QStringLiteral("edited"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM run_previous_values")), 0);
    // Kept again for the last run, then a new run starts: only the new run can be reverted.
    SqlQuery(m_workspace->database(),
        QStringLiteral("INSERT INTO run_previous_values (run_id, lead_id, sql_name, value, written) "
                       "SELECT max(id), 1, '%1', 'old', '' FROM column_runs")
            .arg(greeting))
        .exec();
    waitForRun(ColumnRunner(m_path, QStringLiteral("Greeting"), {}).run({}));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM run_previous_values")), 0);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(DISTINCT run_id) FROM run_reverts")), 1);
}

// The user types into a cell while the run computes it: the edit stays, the run's cell becomes
// stale (run again later), and a revert of the run does not take the edit back either.
void TestExecutableColumns::aRunNeverOverwritesAnEdit()
{
    QString pitch;
    HttpTestServer server([this, &pitch](const Request& request) -> Reply {
        const QString prompt = HttpTestServer::promptOf(request);
        if (prompt.contains(u"Name1 ")) {
            SqlQuery edit(m_workspace->database(),
                QStringLiteral("UPDATE leads SET %1 = 'typed by hand' WHERE id = 1").arg(pitch));
            edit.exec();
        }
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("AI: ") + prompt), 20, false };
    });
    pitch = addColumn(QStringLiteral("Pitch"), aiSpec(server));
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QCOMPARE(stats.done, kLeads);
    QCOMPARE(cell(1, pitch), QStringLiteral("typed by hand"));
    QCOMPARE(cell(2, pitch), QStringLiteral("AI: Write to Name2 at Company 2"));
    QCOMPARE(scalar(*m_workspace,
                 QStringLiteral("SELECT COALESCE(length(input_hash), 0) FROM cell_states WHERE lead_id = 1")),
        0);
    QVERIFY(text(*m_workspace, QStringLiteral("SELECT reason FROM cell_states WHERE lead_id = 1"))
                .contains(u"edit"));
    // Stale: a stale-only run computes exactly that cell again.
    RunOptions stale;
    stale.only = RunOptions::Only::Stale;
    ColumnRunner again(m_path, QStringLiteral("Pitch"), {});
    QCOMPARE(again.plan(stale).targets, 1);

    // An edit after the run survives its revert; the other cells go back to empty.
    SqlQuery edit(m_workspace->database(),
        QStringLiteral("UPDATE leads SET %1 = 'later edit' WHERE id = 2").arg(pitch));
    edit.exec();
    const Column column = *findColumn(ColumnStore(*m_workspace).list(), u"Pitch");
    QCOMPARE(revert(*m_workspace, column), kLeads - 2);
    QCOMPARE(cell(2, pitch), QStringLiteral("later edit"));
    QCOMPARE(cell(1, pitch), QStringLiteral("typed by hand"));
    QCOMPARE(cell(3, pitch), QString());
}

// The user deletes leads while the run computes them: the run goes on, and keeps nothing of them (no
// cell state, nothing to revert), whether their cell was computed or failed.
void TestExecutableColumns::leadsDeletedDuringARunAreLeftOut()
{
    HttpTestServer server([this](const Request& request) -> Reply {
        const QString prompt = HttpTestServer::promptOf(request);
        for (const int lead : { 3, 4 }) {
            if (prompt.contains(QStringLiteral("Name%1 ").arg(lead)))
                SqlQuery(m_workspace->database(), QStringLiteral("DELETE FROM leads WHERE id = %1").arg(lead))
                    .exec();
        }
        if (prompt.contains(u"Name4 "))
            return { 400, {}, R"({"error": {"message": "bad request"}})", 0, false };
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("AI: ") + prompt), 0, false };
    });
    const QString pitch = addColumn(QStringLiteral("Pitch"), aiSpec(server));
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    QCOMPARE(stats.stopReason, QString());
    QCOMPARE(stats.done + stats.failed, kLeads);
    QCOMPARE(cell(2, pitch), QStringLiteral("AI: Write to Name2 at Company 2"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), kLeads - 2);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states")), kLeads - 2);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states WHERE lead_id IN (3, 4)")), 0);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT state FROM column_runs")), QStringLiteral("done"));
}

// A cancel that comes while the run still chooses its targets is not lost: nothing is sent or
// recorded.
void TestExecutableColumns::cancelBeforeTheStartHolds()
{
    HttpTestServer server([](const Request&) -> Reply {
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("x")), 0, false };
    });
    addColumn(QStringLiteral("Pitch"), aiSpec(server));
    ColumnRunner runner(m_path, QStringLiteral("Pitch"), {});
    runner.cancel();
    const RunStats stats = waitForRun(runner.run({}));
    QVERIFY(stats.cancelled);
    QCOMPARE(stats.finished(), 0);
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM column_runs")), 0);
}

// A redirect within the origin keeps the key; one to another origin (another port is another
// origin) goes there without it, and without the Authorization header.
void TestExecutableColumns::redirectsNeverCarryTheKeyElsewhere()
{
    HttpTestServer elsewhere([](const Request& request) -> Reply {
        return { 200, {},
            "{\"auth\": \"" + request.headers.value("x-api-key") + request.headers.value("authorization")
                + "\"}",
            0, false };
    });
    const QByteArray target = elsewhere.url("/landed").toUtf8();
    HttpTestServer origin([&target](const Request& request) -> Reply {
        if (request.path.startsWith("/start"))
            return { 307, { { "Location", "/same" } }, {}, 0, false };
        if (request.path.startsWith("/same")) {
            if (request.headers.value("x-api-key") != "k-secret")
                return { 401, {}, "no key", 0, false };
            return { 302, { { "Location", target } }, {}, 0, false };
        }
        return { 404, {}, {}, 0, false };
    });
    qputenv("LEADSYNC_REDIRECT_KEY", "k-secret");
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Webhook;
    spec.method = QStringLiteral("GET");
    spec.url = origin.url("/start");
    spec.headers = { QStringLiteral("Authorization: Basic {{first_name}}") };
    spec.apiKeyEnv = QStringLiteral("LEADSYNC_REDIRECT_KEY");
    spec.apiKeyHeader = QStringLiteral("X-Api-Key");
    spec.outputs = { { QStringLiteral("auth"), QStringLiteral("Auth") } };
    addColumn(QStringLiteral("Hook"), spec);
    RunOptions one;
    one.leadIds = { 1 };
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Hook")).run(one));
    QCOMPARE(stats.done, 1);
    QCOMPARE(origin.requestCount(), 2);
    QCOMPARE(elsewhere.requestCount(), 1);
    QCOMPARE(cell(1, findColumn(ColumnStore(*m_workspace).list(), u"Auth")->sqlName), QString());
    QVERIFY(!elsewhere.requests().first().headers.contains("x-api-key"));
    QVERIFY(!elsewhere.requests().first().headers.contains("authorization"));
}

// A key over plain http:// to another machine, and a header value with a line break from a lead's
// data, are refused before anything is sent.
void TestExecutableColumns::unsafeRequestsAreRefused()
{
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://192.0.2.10/v1"));
    request.headers = { { "Authorization", "Bearer k" } };
    request.credentialHeader = "Authorization";
    QVERIFY(refusal(request, false).contains(u"http://"));
    QVERIFY(refusal(request, true).isEmpty()); // allowed for a server on the user's own network
    request.url = QUrl(QStringLiteral("http://localhost:8080/v1"));
    QVERIFY(refusal(request, false).isEmpty());
    request.url = QUrl(QStringLiteral("https://api.example.com/v1"));
    QVERIFY(refusal(request, false).isEmpty());

    HttpTestServer server([](const Request&) -> Reply { return { 200, {}, "ok", 0, false }; });
    SqlQuery name(m_workspace->database(),
        QStringLiteral("UPDATE leads SET first_name = 'Eve\r\nX-Injected: 1' WHERE id = 2"));
    name.exec();
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Webhook;
    spec.url = server.url("/hook");
    spec.headers = { QStringLiteral("X-Name: {{first_name}}") };
    addColumn(QStringLiteral("Hook"), spec);
    RunOptions two;
    two.leadIds = { 1, 2 };
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Hook")).run(two));
    QCOMPARE(stats.done, 1);
    QCOMPARE(stats.failed, 1);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(stats.errors.first().second.contains(u"X-Name"));
}

// A provider's per-minute limit counts retries: so does the column's rate.
void TestExecutableColumns::rateCountsRetries()
{
    QSet<QString> seen;
    HttpTestServer server([&seen](const Request& request) -> Reply {
        const QString prompt = HttpTestServer::promptOf(request);
        if (!seen.contains(prompt)) { // every cell's first request fails once
            seen.insert(prompt);
            return apiError(500, "try again");
        }
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 0, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.ratePerMinute = 600; // one request every 100 ms
    spec.concurrency = 6;
    addColumn(QStringLiteral("Pitch"), spec);
    RunOptions options;
    options.limit = 6;
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run(options));
    QCOMPARE(stats.done, 6);
    const QList<Request>& requests = server.requests();
    QCOMPARE(requests.size(), 12);
    // Starts are 100 ms apart; arrivals may shift by some milliseconds on a loaded machine. Without
    // the retries counted, a retry would arrive right beside another cell's first request.
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 gap = requests[i].receivedAtMs - requests[i - 1].receivedAtMs;
        QVERIFY2(gap >= 50, qPrintable(QString::number(gap)));
    }
    QVERIFY(requests.last().receivedAtMs - requests.first().receivedAtMs >= 11 * 100 - 30);
}

void TestExecutableColumns::webhookMapsReplyPathsToColumns()
{
    HttpTestServer server([](const Request& request) -> Reply {
        const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
        if (sent.isEmpty() || request.headers.value("x-api-key") != "k-Name1")
            return { 400, {}, "bad request", 0, false };
        const QJsonObject reply {
            { QStringLiteral("person"),
                QJsonObject { { QStringLiteral("company"),
                    QJsonObject { { QStringLiteral("name"), sent.value(QStringLiteral("company")) } } } } },
            { QStringLiteral("emails"),
                QJsonArray { QJsonObject { { QStringLiteral("value"), QStringLiteral("a@b.c") } } } },
            { QStringLiteral("path"), QString::fromUtf8(request.path) }
        };
        return { 200, {}, QJsonDocument(reply).toJson(QJsonDocument::Compact), 0, false };
    });
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Webhook;
    spec.url = server.url("/enrich?name={{first_name}}&c={{company}}");
    spec.headers = { QStringLiteral("X-Api-Key: k-{{first_name}}") };
    spec.body = QStringLiteral(R"({"company": "{{company}}", "email": "{{email}}"})");
    spec.outputs = { { QStringLiteral("person.company.name"), QStringLiteral("Enriched company") },
        { QStringLiteral("emails[0].value"), QStringLiteral("Work email") },
        { QStringLiteral("path"), QStringLiteral("Path") } };
    addColumn(QStringLiteral("Enrichment"), spec);
    RunOptions options;
    options.leadIds = { 1, 3 };
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Enrichment"), {}).run(options));
    QCOMPARE(stats.done, 1); // lead 3's header is not the one the server wants
    QCOMPARE(stats.failed, 1);
    const ColumnList columns = ColumnStore(*m_workspace).list();
    QCOMPARE(cell(1, findColumn(columns, u"Enriched company")->sqlName), QStringLiteral("Company 1"));
    QCOMPARE(cell(1, findColumn(columns, u"Work email")->sqlName), QStringLiteral("a@b.c"));
    QCOMPARE(
        cell(1, findColumn(columns, u"Path")->sqlName), QStringLiteral("/enrich?name=Name1&c=Company%201"));
    // Lead 3's company has a quote and a line break: the body was still valid JSON.
    const Request& third = server.requests().last();
    QCOMPARE(QJsonDocument::fromJson(third.body).object().value(QStringLiteral("company")).toString(),
        QStringLiteral("Acme \"Labs\"\nEurope"));
}

// The Hunter preset as it ships, pointed at a local server speaking Hunter's reply format: the key
// goes in X-API-KEY (never in the URL, the cache key or the shown request), the reply's fields fill the
// three columns defineColumn made.
void TestExecutableColumns::hunterPresetSendsTheKeyInItsHeader()
{
    HttpTestServer server([](const Request& request) -> Reply {
        if (request.headers.value("x-api-key") != "hk-secret")
            return { 401, {}, R"({"errors":[{"id":"authentication_failed"}]})", 0, false };
        const QUrlQuery query(QUrl(QString::fromUtf8(request.path)));
        const QJsonObject data { { QStringLiteral("email"), query.queryItemValue(QStringLiteral("email")) },
            { QStringLiteral("status"), QStringLiteral("valid") }, { QStringLiteral("score"), 91 },
            { QStringLiteral("accept_all"), false } };
        return { 200, {}, QJsonDocument(QJsonObject { { QStringLiteral("data"), data } }).toJson(), 0,
            false };
    });
    ColumnSpec spec = webhookPreset(QStringLiteral("hunter")).spec;
    QVERIFY(spec.url.startsWith(u"https://api.hunter.io/v2/email-verifier?email={{email}}"));
    spec.url.replace(QStringLiteral("https://api.hunter.io"), server.url(""));
    const Column column = defineColumn(*m_workspace, QStringLiteral("Hunter"), spec);
    QCOMPARE(column.kind, QStringLiteral("webhook"));
    ColumnRunner runner(m_path, QStringLiteral("Hunter"), "hk-secret");
    RunOptions options;
    options.leadIds = { 2 };
    const RunPlan plan = runner.plan(options);
    QVERIFY2(plan.firstRequest.contains(QStringLiteral("X-API-KEY: hk-")), qPrintable(plan.firstRequest));
    QVERIFY2(!plan.firstRequest.contains(QStringLiteral("hk-secret")), qPrintable(plan.firstRequest));
    const RunStats stats = waitForRun(runner.run(options));
    QCOMPARE(stats.done, 1);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path, QByteArray("/v2/email-verifier?email=p2%40x.io"));
    const ColumnList columns = ColumnStore(*m_workspace).list();
    QCOMPARE(cell(2, findColumn(columns, u"Hunter status")->sqlName), QStringLiteral("valid"));
    QCOMPARE(cell(2, findColumn(columns, u"Hunter score")->sqlName), QStringLiteral("91"));
    QCOMPARE(cell(2, findColumn(columns, u"Hunter accept all")->sqlName), QStringLiteral("false"));
    SqlQuery cached(m_workspace->database(), QStringLiteral("SELECT count(*) FROM exec_cache"));
    cached.exec();
    QVERIFY(cached.next());
    QCOMPARE(cached.value(0).toInt(), 1);
}

// A column whose outputs would be made but whose "run if" names no column is refused whole: no
// output column, no column.
void TestExecutableColumns::defineColumnChecksEverythingOrLeavesNothing()
{
    const qsizetype before = ColumnStore(*m_workspace).list().size();
    ColumnSpec spec = webhookPreset(QStringLiteral("hunter")).spec;
    spec.runIf = QStringLiteral("no_such_column = 1");
    QVERIFY_THROWS_EXCEPTION(Error, defineColumn(*m_workspace, QStringLiteral("Hunter"), spec));
    QCOMPARE(ColumnStore(*m_workspace).list().size(), before);
    spec.runIf.clear();
    spec.body = QStringLiteral(R"({"who": "{{nobody}}"})");
    try {
        defineColumn(*m_workspace, QStringLiteral("Hunter"), spec);
        QFAIL("a reference to a missing column was accepted");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(QStringLiteral("nobody")), qPrintable(error.message()));
    }
    QCOMPARE(ColumnStore(*m_workspace).list().size(), before);
    spec.body.clear();
    const Column column = defineColumn(*m_workspace, QStringLiteral("Hunter"), spec);
    QCOMPARE(ColumnStore(*m_workspace).list().size(), before + 4);
    // Editing keeps the column and replaces its settings.
    spec.ratePerMinute = 60;
    defineColumn(*m_workspace, QStringLiteral("Hunter"), spec, &column);
    QCOMPARE(ColumnStore(*m_workspace).config(column.id).value(QStringLiteral("rate")).toInt(), 60);
    QCOMPARE(ColumnStore(*m_workspace).list().size(), before + 4);
    QVERIFY_THROWS_EXCEPTION(Error, defineColumn(*m_workspace, QStringLiteral("Hunter"), spec));
}

void TestExecutableColumns::templateColumnRendersLocally()
{
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Template;
    spec.templateText = QStringLiteral("Hi {{first_name}}, {{title|there}}");
    const QString greeting = addColumn(QStringLiteral("Greeting"), spec);
    const RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Greeting"), {}).run({}));
    QCOMPARE(stats.done, kLeads);
    QCOMPARE(cell(1, greeting), QStringLiteral("Hi Name1, CTO"));
    QCOMPARE(cell(4, greeting), QStringLiteral("Hi Name4, there"));
    QString message;
    try {
        ColumnRunner(m_path, QStringLiteral("first_name"), {});
    } catch (const Error& error) {
        message = error.message();
    }
    QVERIFY2(message.contains(QStringLiteral("nothing to run")), qPrintable(message));
}

// A run reads its leads' rows a chunk at a time and writes its results while it computes the next
// ones: over thousands of leads with gaps in their ids (deleted leads), dense and sparse selections,
// every target gets its own row's value, no other lead is touched, and every cell has its state.
void TestExecutableColumns::manyCellsAreReadAheadAndWrittenInBatches()
{
    const QString greeting = addGreetingOverLeads(100, 5099, QStringLiteral("i % 7 <> 0"));
    const qint64 leads = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"));
    QVERIFY(leads > 4000);

    RunOptions sparse;
    for (qint64 id = 100; id < 5100; id += 37)
        sparse.leadIds.append(id); // one in 37: ids far apart, some of them deleted
    RunStats stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Greeting"), {}).run(sparse));
    const QString rightCells
        = QStringLiteral("SELECT count(*) FROM leads WHERE %1 = 'Hi ' || first_name").arg(greeting);
    QCOMPARE(stats.done, scalar(*m_workspace, rightCells));
    QCOMPARE(stats.done,
        scalar(*m_workspace,
            QStringLiteral("SELECT count(*) FROM leads WHERE id >= 100 AND (id - 100) % 37 = 0")));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE %1 <> ''").arg(greeting)),
        stats.done);

    stats = waitForRun(ColumnRunner(m_path, QStringLiteral("Greeting"), {}).run({})); // the empty ones
    QCOMPARE(stats.done,
        leads
            - scalar(*m_workspace,
                QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done' AND run_id = 1")));
    QCOMPARE(scalar(*m_workspace, rightCells), leads);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done'")),
        leads);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT done FROM column_runs WHERE id = 2")), stats.done);
}

// The desktop app's session relays a run's counts to the GUI thread at most every
// kProgressIntervalMs, not once a cell, and the last counts before finished().
void TestExecutableColumns::sessionRelaysProgressAtItsPace()
{
    addGreetingOverLeads(100, 40099, QStringLiteral("1"));
    const qint64 leads = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"));

    ColumnRunSession session(m_path, QStringLiteral("Greeting"));
    QSignalSpy progress(&session, &ColumnRunSession::progress);
    QSignalSpy finished(&session, &ColumnRunSession::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    session.start({});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const qint64 ms = elapsed.elapsed();
    const auto done = [](const QList<QVariant>& signal) { return signal.at(0).value<RunStats>().done; };
    QCOMPARE(done(finished.first()), leads);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(done(progress.last()), leads); // the last counts came before the end
    // One at the start, one an interval after, one before the end.
    QVERIFY2(progress.size() <= ms / ColumnRunSession::kProgressIntervalMs + 2,
        qPrintable(QStringLiteral("%1 progress signals in %2 ms").arg(progress.size()).arg(ms)));
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(done(progress.at(i)) > done(progress.at(i - 1)));
}

// The table shows why a computed cell is empty: failed (and the reason), or skipped.
void TestExecutableColumns::tableShowsFailedAndSkippedCells()
{
    HttpTestServer server([](const Request& request) -> Reply {
        if (HttpTestServer::promptOf(request).contains(u"Name1 "))
            return apiError(401, "Incorrect API key provided");
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("ok")), 0, false };
    });
    ColumnSpec spec = aiSpec(server);
    spec.requiredInputs = { QStringLiteral("title") };
    addColumn(QStringLiteral("Pitch"), spec);
    waitForRun(ColumnRunner(m_path, QStringLiteral("Pitch"), {}).run({}));
    const ColumnList columns = ColumnStore(*m_workspace).list();
    LeadTableModel model(m_path, columns);
    QTRY_VERIFY(model.isRowCountKnown() && model.isLoaded(3));
    const int pitch = int(columns.size()) - 1;
    QCOMPARE(model.cellStatus(model.index(0, pitch)), QStringLiteral("failed"));
    QCOMPARE(model.index(0, pitch).data().toString(),
        QStringLiteral("Failed: HTTP 401: Incorrect API key provided"));
    QCOMPARE(model.index(0, pitch).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Failed: HTTP 401: Incorrect API key provided"));
    QCOMPARE(model.index(0, pitch).data(Qt::EditRole).toString(), QString()); // the value itself stays empty
    QCOMPARE(model.cellStatus(model.index(1, pitch)), QStringLiteral("done"));
    QCOMPARE(model.index(1, pitch).data().toString(), QStringLiteral("ok"));
    QCOMPARE(model.index(3, pitch).data().toString(), QStringLiteral("Skipped: missing title"));
    QCOMPARE(model.cellStatus(model.index(0, 0)), QString()); // not a computed column
}

QTEST_GUILESS_MAIN(TestExecutableColumns)
#include "leads/ColumnStore.h"
#include "tst_executablecolumns.moc"
