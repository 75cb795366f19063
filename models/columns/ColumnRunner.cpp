#include "ColumnRunner.h"

#include "HttpCall.h"

#include "Error.h"
#include "ResultCache.h"
#include "ResultWriter.h"
#include "RunHistory.h"
#include "RunInputs.h"
#include "leads/ColumnStore.h"
#include "pipeline/Pipeline.h"
#include "storage/ProcessIdentity.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QCoroTimer>

#include <chrono>

namespace LeadSync {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The verifier's settings from an email column's: its timeout bounds a whole verdict.
EmailVerifier::Options emailOptions(const ColumnSpec& spec)
{
    return { spec.dnsServer, spec.smtpProbe, quint16(spec.smtpPort), std::min(spec.timeoutMs, 15000) };
}

// Kept for the report: enough to see what goes wrong, bounded for a run of a million failures.
constexpr qsizetype kMaxErrors = 1000;

} // namespace

ColumnRunner::ColumnRunner(
    const QString& workspacePath, const QString& columnName, QByteArray apiKey, QObject* parent)
    : QObject(parent)
    , m_workspace(std::make_unique<Workspace>(workspacePath))
    , m_writer(WorkspaceWriter::of(workspacePath))
{
    qRegisterMetaType<LeadSync::RunStats>();
    const ColumnList columns = ColumnStore(*m_workspace).list();
    const Column* column = findColumn(columns, columnName);
    if (!column || column->readOnly)
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner", "There is no column \"%1\".")
                        .arg(columnName));
    ColumnSpec spec = ColumnSpec::fromJson(
        column->displayName, column->kind, ColumnStore(*m_workspace).config(column->id));
    if (!spec.isExecutable())
        throw Error(QCoreApplication::translate(
            "LeadSync::ColumnRunner", "Column \"%1\" is a %2 column: there is nothing to run.")
                        .arg(column->displayName, column->kind));
    // What its cells cost: the list's price when it has the model (a proxy on this machine may still
    // forward to a paid API); else free for a model on this machine (Ollama, llama.cpp), unknown for
    // a remote one.
    if (spec.kind == ColumnSpec::Kind::Ai || (spec.kind == ColumnSpec::Kind::Score && spec.aiScoring)) {
        const std::optional<ModelPrice> price = findModelPrice(*m_workspace, spec.model);
        m_price = price.value_or(ModelPrice { spec.model, 0, 0 });
        if (price)
            m_pricing = price->inputUsd == 0 && price->outputUsd == 0 ? Pricing::Free : Pricing::Priced;
        else
            m_pricing = isLoopback(QUrl(spec.baseUrl)) ? Pricing::Free : Pricing::Unknown;
    }
    if (spec.kind == ColumnSpec::Kind::Score)
        spec.handoffThreshold = Pipeline(*m_workspace).handoffThreshold();
    // Without a key given, the one in the environment variable the column names (the desktop app's).
    if (apiKey.isEmpty())
        apiKey = spec.apiKeyFromEnvironment();
    m_rate = RateLimiter(spec.ratePerMinute);
    m_computer = std::make_unique<CellComputer>(std::move(spec), *column, columns, std::move(apiKey));
    m_inputs = std::make_unique<RunInputs>(*m_workspace, *m_computer);
    m_cache = std::make_unique<ResultCache>(*m_workspace);
}

ColumnRunner::~ColumnRunner() = default;

const Column& ColumnRunner::column() const
{
    return m_computer->column();
}

RunPlan ColumnRunner::plan(const RunOptions& options)
{
    RunPlan plan;
    plan.pricing = m_pricing;
    const QList<qint64> targets = m_inputs->select(options, *m_writer);
    plan.targets = targets.size();
    if (targets.isEmpty())
        return plan;
    const qint64 first = targets.first();
    const CellRequest request = m_inputs->prepare(m_inputs->row(first));
    plan.firstRequest = m_computer->describe(request);
    if (!request.localValues.isEmpty()) // computed here: nothing to pay
        return plan;
    // An upper bound: about four characters a token in, every allowed token out.
    const qint64 tokensIn = request.http.body.size() / 4 + 1;
    plan.estimatedCost = double(plan.targets) * m_price.costOf(tokensIn, m_computer->spec().maxTokens);
    return plan;
}

QCoro::Task<RunStats> ColumnRunner::run(RunOptions options)
{
    const QList<qint64> targets = m_inputs->select(options, *m_writer);
    m_stats = {};
    m_stats.pricing = m_pricing;
    m_stats.targets = targets.size();
    co_await checkBeforeRun(targets);
    if (m_cancelled) { // cancelled while the targets were chosen: nothing is run, nothing recorded
        m_stats.cancelled = true;
        co_return m_stats;
    }
    qint64 runId = 0;
    m_writer->run([&](Workspace& workspace) {
        runId = RunHistory::start(workspace, column().id, options, targets.size());
    });
    startHeartbeat(runId);
    m_stats.runId = runId;
    co_return co_await execute(runId, targets);
}

// Renewed while the run goes on, for systems where a process's start time cannot be read.
void ColumnRunner::startHeartbeat(qint64 runId)
{
    m_heartbeat.disconnect();
    m_heartbeat.setInterval(int(ProcessIdentity::kHeartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, [this, runId] {
        try {
            m_writer->run([runId](Workspace& workspace) { RunHistory::beat(workspace, runId); });
        } catch (const Error&) {
            // The workspace is busy: the next beat comes in ten seconds, well within the timeout.
        }
    });
    m_heartbeat.start();
}

EmailVerifier& ColumnRunner::verifier()
{
    if (!m_verifier)
        m_verifier = std::make_unique<EmailVerifier>(emailOptions(m_computer->spec()));
    return *m_verifier;
}

QCoro::Task<> ColumnRunner::checkBeforeRun(const QList<qint64>& targets)
{
    const ColumnSpec& spec = m_computer->spec();
    if (spec.kind != ColumnSpec::Kind::Email || targets.isEmpty())
        co_return;
    // The addresses column must hold addresses: a run over names would call every lead invalid.
    const QString input = m_computer->inputSqlNames().value(0);
    qsizetype sampled = 0;
    qsizetype addresses = 0;
    for (qsizetype i = 0; i < targets.size() && sampled < 200; ++i) {
        const QString value = m_inputs->value(m_inputs->row(targets[i]), input).trimmed();
        if (value.isEmpty())
            continue;
        ++sampled;
        addresses += value.contains(u'@') ? 1 : 0;
    }
    if (sampled > 0 && addresses * 2 < sampled)
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner",
            "Column \"%1\": most values of \"%2\" are not email addresses (%3 of %4 looked at). Choose "
            "the column that holds the addresses; nothing was run.")
                        .arg(column().displayName, spec.inputColumn)
                        .arg(sampled - addresses)
                        .arg(sampled));
    const QString untrusted = co_await verifier().checkResolver(m_stop);
    if (!untrusted.isEmpty() && !m_cancelled)
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner",
            "Column \"%1\" was not run: %2. A verdict from it could call good addresses invalid; try "
            "again on another network, or set a DNS server in the column.")
                        .arg(column().displayName, untrusted));
}

QCoro::Task<RunStats> ColumnRunner::resume(qint64 runId)
{
    const RunHistory::Stored stored = RunHistory::load(*m_workspace, column(), runId, m_stats);
    m_stats.finishedBefore = m_stats.finished(); // this session's throughput counts its own cells
    m_stats.pricing = m_pricing;
    RunOptions options = RunOptions::fromJson(stored.options);
    // The cells the run finished are not run again; the others are found as the run found them.
    const QSet<qint64>& skip = stored.finishedLeads;
    // Found without the limit, then cut: the run's first cells (all: the same order; empty: no longer
    // empty) must not take the places of the ones it left.
    const qint64 limit = options.limit;
    options.limit = -1;
    QList<qint64> targets = m_inputs->select(options, *m_writer);
    targets.removeIf([&skip](qint64 id) { return skip.contains(id); });
    if (limit >= 0)
        targets.resize(std::min(targets.size(), std::max<qsizetype>(0, qsizetype(limit) - skip.size())));
    co_await checkBeforeRun(targets);
    if (m_cancelled) {
        m_stats.cancelled = true;
        co_return m_stats;
    }
    m_writer->run([runId](Workspace& workspace) { RunHistory::claim(workspace, runId); });
    startHeartbeat(runId);
    co_return co_await execute(runId, targets);
}

QCoro::Task<RunStats> ColumnRunner::execute(qint64 runId, QList<qint64> targets)
{
    m_failuresInRow = 0;
    m_failure = nullptr;
    m_lastFlushMs = now();
    m_inputs->readAhead(targets); // the workers take the targets in this order
    auto queue = std::make_shared<QList<qint64>>(std::move(targets));
    auto next = std::make_shared<qsizetype>(0);
    const int workers = int(std::min<qsizetype>(m_computer->spec().concurrency, queue->size()));
    std::vector<QCoro::Task<>> running;
    while (int(m_networks.size()) * kConnectionsPerManager < workers)
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    for (int i = 0; i < workers; ++i)
        running.push_back(worker(i, runId, queue, next));
    for (QCoro::Task<>& task : running)
        co_await task; // a worker never throws: its error stops the others and is kept in m_failure
    m_heartbeat.stop();
    if (m_failure) {
        // Every worker has stopped; the run stays resumable (its cells so far are saved).
        try {
            finishWriting();
        } catch (const Error&) {
            // The batch in flight failed too: the worker's error is the one reported.
        }
        try {
            m_writer->run(
                [runId](Workspace& workspace) { RunHistory::finish(workspace, runId, "stopped", {}); });
        } catch (const Error&) {
            // The workspace itself failed: the run is found interrupted when its owner is gone.
        }
        std::rethrow_exception(m_failure);
    }
    flush(runId);
    finishWriting();
    const char* state = m_cancelled ? "cancelled" : m_stats.stopReason.isEmpty() ? "done" : "stopped";
    m_stats.cancelled = m_cancelled;
    m_writer->run(
        [&](Workspace& workspace) { RunHistory::finish(workspace, runId, state, m_stats.stopReason); });
    Q_EMIT progress(m_stats);
    co_return m_stats;
}

QCoro::Task<> ColumnRunner::worker(
    int number, qint64 runId, std::shared_ptr<QList<qint64>> queue, std::shared_ptr<qsizetype> next)
{
    try {
        co_await work(number, runId, std::move(queue), std::move(next));
    } catch (...) {
        // The first error stops every worker; execute() throws it once they have all stopped, so
        // none outlives the runner.
        if (!m_failure)
            m_failure = std::current_exception();
        *m_stop = true;
    }
}

QCoro::Task<> ColumnRunner::work(
    int number, qint64 runId, std::shared_ptr<QList<qint64>> queue, std::shared_ptr<qsizetype> next)
{
    QNetworkAccessManager& network = *m_networks[number / kConnectionsPerManager];
    while (!*m_stop && m_stats.stopReason.isEmpty()) {
        while (m_paused && !*m_stop)
            co_await QCoro::sleepFor(std::chrono::milliseconds(100));
        if (*m_stop || *next >= queue->size())
            break;
        CellResult pending;
        pending.leadId = queue->at((*next)++);
        pending.outcome = co_await compute(network, pending.leadId, &pending);
        if (pending.outcome.status == CellOutcome::Status::Cancelled)
            break;
        record(std::move(pending));
        if (m_pending.size() >= kMaxBatch || now() - m_lastFlushMs >= kFlushMs)
            flush(runId);
    }
}

QCoro::Task<CellOutcome> computeCell(const CellComputer& computer, const CellRequest& request,
    QNetworkAccessManager& network, std::unique_ptr<EmailVerifier>& verifier, EmailVerifier::StopFlag stop,
    HttpTurn turn)
{
    const ColumnSpec& spec = computer.spec();
    if (!request.missing.isEmpty()) {
        CellOutcome skipped;
        skipped.status = CellOutcome::Status::Skipped;
        skipped.reason = QCoreApplication::translate("LeadSync::ColumnRunner", "missing %1")
                             .arg(request.missing.join(QStringLiteral(", ")));
        co_return skipped;
    }
    if (!request.localValues.isEmpty())
        co_return computer.done(request.localValues);
    if (spec.kind == ColumnSpec::Kind::Email) {
        if (!verifier)
            verifier = std::make_unique<EmailVerifier>(emailOptions(spec));
        if (turn)
            co_await turn();
        const EmailVerifier::Result result = co_await verifier->verify(request.text, stop);
        if (stop && *stop) {
            CellOutcome cancelled;
            cancelled.status = CellOutcome::Status::Cancelled;
            co_return cancelled;
        }
        CellOutcome outcome
            = computer.done({ { computer.column().sqlName, EmailVerifier::verdictName(result.verdict) } });
        outcome.reason = result.reason;
        // No verdict (no DNS answer, the probe's server silent): the cell says "unknown" and counts as
        // failed, with its reason shown, so "Run on failed" asks again.
        if (result.verdict == EmailVerifier::Verdict::Unknown)
            outcome.status = CellOutcome::Status::Failed;
        co_return outcome;
    }
    HttpLimits limits;
    limits.timeoutMs = spec.timeoutMs;
    limits.maxReplyBytes = spec.maxReplyBytes;
    limits.maxAttempts = spec.maxAttempts;
    if (const QString refused = refusal(request.http, spec.allowPlainHttp); !refused.isEmpty()) {
        CellOutcome failed;
        failed.reason = refused;
        co_return failed;
    }
    std::function<bool()> stopped = [stop] { return stop && *stop; };
    const HttpResult result
        = co_await sendHttp(network, request.http, limits, std::move(stopped), std::move(turn));
    co_return computer.interpret(result);
}

QCoro::Task<CellOutcome> ColumnRunner::compute(
    QNetworkAccessManager& network, qint64 leadId, CellResult* pending)
{
    const RunInputs::Row row = m_inputs->row(leadId);
    if (!row.isEmpty()) { // else gone: nothing to compare with
        for (const QString& sqlName : m_computer->writtenSqlNames())
            pending->before.append({ sqlName, m_inputs->value(row, sqlName).toUtf8() });
    }
    const CellRequest request = m_inputs->prepare(row);
    pending->inputHash = request.inputHash;
    // Only what is asked of a server is cached. Email verdicts are free and quick to change (a mailbox
    // closes): verified anew, never cached.
    const bool requested = request.missing.isEmpty() && !request.http.url.isEmpty();
    if (requested) {
        if (const std::optional<ResultCache::Entry> cached = m_cache->find(request.cacheKey)) {
            CellOutcome outcome = m_computer->done(cached->values, cached->tokensIn, cached->tokensOut);
            outcome.cached = true;
            co_return outcome;
        }
    }
    HttpTurn turn = [this]() -> QCoro::Task<> { co_await m_rate.waitForTurn(); };
    CellOutcome outcome
        = co_await computeCell(*m_computer, request, network, m_verifier, m_stop, std::move(turn));
    if (requested && outcome.status == CellOutcome::Status::Done)
        pending->cacheKey = request.cacheKey;
    co_return outcome;
}

void ColumnRunner::record(CellResult pending)
{
    const qint64 leadId = pending.leadId;
    pending.prepareWrites();
    const CellOutcome& outcome = m_pending.emplace_back(std::move(pending)).outcome;
    switch (outcome.status) {
    case CellOutcome::Status::Done:
        ++m_stats.done;
        m_stats.cached += outcome.cached ? 1 : 0;
        if (!outcome.cached) { // a cached answer costs nothing
            m_stats.tokensIn += outcome.tokensIn;
            m_stats.tokensOut += outcome.tokensOut;
            m_stats.cost += m_price.costOf(outcome.tokensIn, outcome.tokensOut);
        }
        m_failuresInRow = 0;
        break;
    case CellOutcome::Status::Failed:
        ++m_stats.failed;
        if (m_stats.errors.size() < kMaxErrors)
            m_stats.errors.append({ leadId, outcome.reason });
        if (++m_failuresInRow >= m_computer->spec().stopAfterFailures && m_stats.stopReason.isEmpty()) {
            *m_stop = true;
            m_stats.stopReason = QCoreApplication::translate(
                "LeadSync::ColumnRunner", "Stopped after %1 failures in a row. The last: %2")
                                     .arg(m_failuresInRow)
                                     .arg(outcome.reason);
        }
        break;
    case CellOutcome::Status::Skipped:
        ++m_stats.skipped;
        break;
    case CellOutcome::Status::Cancelled:
        break;
    }
    Q_EMIT progress(m_stats);
}

void ColumnRunner::flush(qint64 runId)
{
    m_lastFlushMs = now();
    if (m_pending.isEmpty())
        return;
    finishWriting();
    auto batch = std::make_shared<const QList<CellResult>>(std::move(m_pending));
    m_pending.clear();
    // Held here too, so that the batch before, which the writer is done with, is freed on this thread
    // when this one replaces it: freeing its cells' strings on the writer's thread, where they were
    // not allocated, took 13% of the writer's time, which bounds a template column's run.
    m_writingBatch = batch;
    m_writing = m_writer->submit([columnId = column().id, price = m_price, runId, batch, stats = m_stats,
                                     at = now()](Workspace& workspace) {
        ResultWriter(workspace, columnId, price).write(runId, *batch, stats, at);
    });
}

void ColumnRunner::finishWriting()
{
    if (m_writing.valid())
        m_writing.get();
}

RunStats waitForRun(QCoro::Task<RunStats>&& run)
{
    std::exception_ptr error;
    auto guarded = [](QCoro::Task<RunStats> task, std::exception_ptr* caught) -> QCoro::Task<RunStats> {
        try {
            co_return co_await std::move(task);
        } catch (...) {
            *caught = std::current_exception();
        }
        co_return RunStats {};
    };
    RunStats stats = QCoro::waitFor(guarded(std::move(run), &error));
    if (error)
        std::rethrow_exception(error);
    return stats;
}

qint64 ColumnRunner::resumableRun() const
{
    return RunHistory::resumableRun(*m_workspace, column().id);
}

} // namespace LeadSync
