#pragma once

#include "CellComputer.h"
#include "EmailVerifier.h"
#include "ModelPrices.h"
#include "RateLimiter.h"
#include "ResultWriter.h"
#include "RunOptions.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <QCoroTask>

#include <atomic>
#include <future>
#include <memory>

namespace LeadSync {

class ResultCache;
class RunInputs;
class SqlQuery;
class Workspace;
class WorkspaceWriter;

// Computes an executable column's cells for the leads a RunOptions picks, on the thread it lives on:
// `concurrency` coroutines share one QNetworkAccessManager per six of them and compute one cell after
// another. The runner orchestrates; its parts are RunInputs (which leads, and each one's row),
// RateLimiter (`rate` requests a minute, retries included), ResultCache (answers already paid for),
// ResultWriter (a batch of results, compare-and-set, one transaction on the process's
// WorkspaceWriter) and RunHistory (the run's row, lease and counters). The values a run replaces are
// kept, so the run can be reverted until the column runs again. A run interrupted (the process ended)
// is resumed by its id: the cells it finished are not run again.
class ColumnRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnRunner)

public:
    // Results are written every kFlushMs, in one transaction: an interrupted run loses at most that
    // much work, and a cell computed here (a template: a million in a run) does not pay a commit per
    // few dozen cells. kMaxBatch bounds the memory and the length of one transaction.
    static constexpr int kFlushMs = 250;
    static constexpr int kMaxBatch = 8192;

    // Throws Error when the column does not exist or is not executable. apiKey: for an AI column
    // (empty: read from the environment variable the column names).
    ColumnRunner(const QString& workspacePath, const QString& columnName, QByteArray apiKey = {},
        QObject* parent = nullptr);
    ~ColumnRunner() override;

    const Column& column() const;
    const ColumnSpec& spec() const { return m_computer->spec(); }
    // Replaces the key given to the constructor (the desktop app reads it from the keychain). Before a
    // run only.
    void setApiKey(const QByteArray& apiKey) { m_computer->setApiKey(apiKey); }
    RunPlan plan(const RunOptions& options);
    QCoro::Task<RunStats> run(RunOptions options);
    // Runs what an interrupted run left; throws Error when there is no such run of this column.
    QCoro::Task<RunStats> resume(qint64 runId);
    // Both may be called from any thread: the coroutines read the flags between cells, and every
    // network step in flight (HTTP, DNS, SMTP) every 100 ms. A cancel before the run has started (while
    // it selects its targets) holds: the run then computes nothing.
    void cancel()
    {
        m_cancelled = true;
        *m_stop = true;
    }
    void setPaused(bool paused) { m_paused = paused; }

    // The column's run that resume() can finish (see RunHistory::resumableRun); 0 when there is none.
    qint64 resumableRun() const;

Q_SIGNALS:
    void progress(const LeadSync::RunStats& stats);

private:
    QCoro::Task<RunStats> execute(qint64 runId, QList<qint64> targets);
    // An email column's checks before it runs: the addresses column holds addresses, and the DNS
    // server tells the truth. Throws Error.
    QCoro::Task<> checkBeforeRun(const QList<qint64>& targets);
    void startHeartbeat(qint64 runId);
    EmailVerifier& verifier();
    QCoro::Task<> worker(
        int number, qint64 runId, std::shared_ptr<QList<qint64>> queue, std::shared_ptr<qsizetype> next);
    QCoro::Task<> work(
        int number, qint64 runId, std::shared_ptr<QList<qint64>> queue, std::shared_ptr<qsizetype> next);
    // One cell; inputHash and, for a new result worth caching, cacheKey are set for record().
    QCoro::Task<CellOutcome> compute(QNetworkAccessManager& network, qint64 leadId, CellResult* pending);
    void record(CellResult pending);
    // Hands the results so far to the writer and goes on: they are written while the next cells are
    // computed. One batch is in flight at most; its error comes out of the next flush().
    void flush(qint64 runId);
    // Waits for the batch in flight, if any; rethrows its Error.
    void finishWriting();

    std::unique_ptr<Workspace> m_workspace; // reads
    std::shared_ptr<WorkspaceWriter> m_writer; // writes
    std::unique_ptr<CellComputer> m_computer;
    std::unique_ptr<RunInputs> m_inputs;
    std::unique_ptr<EmailVerifier> m_verifier;
    std::unique_ptr<ResultCache> m_cache;
    // Qt 6.4's QNetworkAccessManager opens at most six connections to a host (the limit is settable
    // from Qt 6.5 on): one manager per six workers, all on this thread.
    static constexpr int kConnectionsPerManager = 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    ModelPrice m_price; // zero for a column that is not an AI column
    Pricing m_pricing = Pricing::Free;
    RunStats m_stats;
    QList<CellResult> m_pending;
    std::future<void> m_writing; // the batch flush() handed to the writer
    std::shared_ptr<const QList<CellResult>> m_writingBatch; // that batch
    RateLimiter m_rate;
    int m_failuresInRow = 0;
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_paused = false;
    // Set by a cancel, a stop after failures in a row, or a worker's error; read by the network
    // steps on other threads too, so shared.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    std::exception_ptr m_failure; // the first error of a worker: the others stop, then it is thrown
    QTimer m_heartbeat;
    qint64 m_lastFlushMs = 0;
};

// One cell from its prepared request, with no cache or workspace: a row missing an input is skipped,
// a template rendered, an address verified (verifier made on first use), an AI or webhook request
// sent with the column's retries and limits, each request after turn() (the runner's rate limit), or
// refused (see refusal()). The runner's cells and the column editor's "Try".
QCoro::Task<CellOutcome> computeCell(const CellComputer& computer, const CellRequest& request,
    QNetworkAccessManager& network, std::unique_ptr<EmailVerifier>& verifier, EmailVerifier::StopFlag stop,
    HttpTurn turn = {});

// Runs a run to its end in a nested event loop (the CLI, tests), rethrowing its Error. (QCoro's
// waitFor() would wait forever for a coroutine that threw.)
RunStats waitForRun(QCoro::Task<RunStats>&& run);

} // namespace LeadSync
