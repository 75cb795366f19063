#include "RunHistory.h"

#include "Error.h"
#include "JobObserver.h"
#include "ReplacedCells.h"
#include "RunOptions.h"
#include "leads/CellWriter.h"
#include "leads/ColumnStore.h"
#include "storage/ProcessIdentity.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <map>

namespace LeadSync {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Deletes what runs replaced, from both tables that keep it (run_previous_values: the runs made
// before schema 13). runs: the condition on run_id, with one parameter, id.
void forgetReplaced(Workspace& workspace, const char* runs, qint64 id)
{
    for (const char* table : { "run_reverts", "run_previous_values" }) {
        SqlQuery forget(workspace.database(),
            QStringLiteral("DELETE FROM %1 WHERE run_id %2")
                .arg(QLatin1StringView(table), QLatin1StringView(runs)));
        forget.bind(id);
        forget.exec();
    }
}

struct LatestRun
{
    qint64 columnId = 0;
    qint64 runId = 0;
    bool alive = false; // running, in a process that still runs
};

// The latest run of each column (of one column when columnId > 0) that did not finish: cancelled,
// stopped, or running, alive or left behind by a process that is gone.
QList<LatestRun> unfinishedRuns(Workspace& workspace, qint64 columnId)
{
    SqlQuery runs(workspace.database(),
        QStringLiteral(
            "SELECT r.column_id, r.id, r.state, COALESCE(r.owner_pid, 0), COALESCE(r.owner_started, 0), "
            "COALESCE(r.heartbeat_at, 0) FROM columns c JOIN column_runs r ON r.id = (SELECT max(id) "
            "FROM column_runs WHERE column_id = c.id) WHERE r.state IN ('running', 'cancelled', "
            "'stopped') AND (? = 0 OR c.id = ?) ORDER BY c.position"));
    runs.bind(columnId);
    runs.bind(columnId);
    runs.exec();
    QList<LatestRun> found;
    const qint64 at = now();
    while (runs.next()) {
        const ProcessIdentity owner { runs.value(3).toLongLong(), runs.value(4).toLongLong() };
        const bool running = runs.value(2).toString() == u"running";
        found.append({ runs.value(0).toLongLong(), runs.value(1).toLongLong(),
            running && owner.isAlive(runs.value(5).toLongLong(), at) });
    }
    return found;
}

} // namespace

qint64 RunHistory::start(Workspace& workspace, qint64 columnId, const RunOptions& options, qint64 targets)
{
    qint64 runId = 0;
    workspace.transact([&] {
        forgetReplaced(workspace, "IN (SELECT id FROM column_runs WHERE column_id = ?)", columnId);
        SqlQuery insert(workspace.database(),
            QStringLiteral(
                "INSERT INTO column_runs (column_id, started_at, state, options, targets) VALUES (?, "
                "?, 'running', ?, ?)"));
        insert.bind(columnId);
        insert.bind(now());
        insert.bind(QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)));
        insert.bind(targets);
        insert.exec();
        runId = insert.lastInsertId().toLongLong();
        claim(workspace, runId);
    });
    return runId;
}

RunHistory::Stored RunHistory::load(Workspace& workspace, const Column& column, qint64 runId, RunStats& stats)
{
    SqlQuery run(workspace.database(),
        QStringLiteral("SELECT options, targets, done, failed, skipped, cached, tokens_in, tokens_out, cost "
                       "FROM column_runs WHERE id = ? AND column_id = ?"));
    run.bind(runId);
    run.bind(column.id);
    run.exec();
    if (!run.next())
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner", "Column \"%1\" has no run %2.")
                        .arg(column.displayName)
                        .arg(runId));
    Stored stored;
    stored.options = QJsonDocument::fromJson(run.value(0).toByteArray()).object();
    stats = {};
    stats.runId = runId;
    stats.targets = run.value(1).toLongLong();
    stats.done = run.value(2).toLongLong();
    stats.failed = run.value(3).toLongLong();
    stats.skipped = run.value(4).toLongLong();
    stats.cached = run.value(5).toLongLong();
    stats.tokensIn = run.value(6).toLongLong();
    stats.tokensOut = run.value(7).toLongLong();
    stats.cost = run.value(8).toDouble();
    SqlQuery finished(workspace.database(),
        QStringLiteral("SELECT lead_id FROM cell_states WHERE column_id = ? AND run_id = ?"));
    finished.bind(column.id);
    finished.bind(runId);
    finished.exec();
    while (finished.next())
        stored.finishedLeads.insert(finished.value(0).toLongLong());
    return stored;
}

void RunHistory::claim(Workspace& workspace, qint64 runId)
{
    const ProcessIdentity self = ProcessIdentity::current();
    SqlQuery owner(workspace.database(),
        QStringLiteral("UPDATE column_runs SET state = 'running', owner_pid = ?, owner_started = ?, "
                       "heartbeat_at = ? WHERE id = ?"));
    for (const QVariant& value :
        { QVariant(self.pid), QVariant(self.started), QVariant(now()), QVariant(runId) })
        owner.bind(value);
    owner.exec();
}

void RunHistory::beat(Workspace& workspace, qint64 runId)
{
    SqlQuery beat(
        workspace.database(), QStringLiteral("UPDATE column_runs SET heartbeat_at = ? WHERE id = ?"));
    beat.bind(now());
    beat.bind(runId);
    beat.exec();
}

void RunHistory::saveCounters(Workspace& workspace, qint64 runId, const RunStats& stats)
{
    SqlQuery counters(workspace.database(),
        QStringLiteral("UPDATE column_runs SET done = ?, failed = ?, skipped = ?, cached = ?, tokens_in = ?, "
                       "tokens_out = ?, cost = ? WHERE id = ?"));
    for (const QVariant& value :
        { QVariant(stats.done), QVariant(stats.failed), QVariant(stats.skipped), QVariant(stats.cached),
            QVariant(stats.tokensIn), QVariant(stats.tokensOut), QVariant(stats.cost), QVariant(runId) })
        counters.bind(value);
    counters.exec();
}

void RunHistory::finish(Workspace& workspace, qint64 runId, const char* state, const QString& message)
{
    SqlQuery finish(workspace.database(),
        QStringLiteral("UPDATE column_runs SET state = ?, finished_at = ?, message = ? WHERE id = ?"));
    finish.bind(QString::fromLatin1(state));
    finish.bind(now());
    finish.bind(message.isNull() ? QStringLiteral("") : message);
    finish.bind(runId);
    finish.exec();
}

qint64 RunHistory::resumableRun(Workspace& workspace, qint64 columnId)
{
    const QList<LatestRun> runs = unfinishedRuns(workspace, columnId);
    return runs.isEmpty() || runs.first().alive ? 0 : runs.first().runId;
}

bool RunHistory::isRunning(Workspace& workspace, qint64 columnId)
{
    const QList<LatestRun> runs = unfinishedRuns(workspace, columnId);
    return !runs.isEmpty() && runs.first().alive;
}

QStringList RunHistory::columnsWithResumableRuns(Workspace& workspace)
{
    // A column's latest run only: one that finished after an interrupted one leaves nothing to resume.
    const ColumnList columns = ColumnStore(workspace).list();
    QStringList names;
    for (const LatestRun& run : unfinishedRuns(workspace, 0)) {
        for (const Column& column : columns) {
            if (column.id == run.columnId && !run.alive)
                names.append(column.displayName);
        }
    }
    return names;
}

std::optional<RunHistory::LastRun> RunHistory::lastRun(Workspace& workspace, qint64 columnId)
{
    SqlQuery last(workspace.database(),
        QStringLiteral(
            "SELECT id, COALESCE(finished_at, started_at), done, EXISTS (SELECT 1 FROM run_reverts "
            "WHERE run_id = r.id) OR EXISTS (SELECT 1 FROM run_previous_values WHERE run_id = r.id) "
            "FROM column_runs r WHERE column_id = ? ORDER BY id DESC LIMIT 1"));
    last.bind(columnId);
    last.exec();
    if (!last.next())
        return std::nullopt;
    return LastRun { last.value(0).toLongLong(), last.value(1).toLongLong(), last.value(2).toLongLong(),
        last.value(3).toBool() };
}

namespace {

// How much of the run's records a revert reads: the bytes of its batches, and its rows kept before
// schema 13.
qint64 recordsSize(Workspace& workspace, qint64 runId)
{
    SqlQuery size(workspace.database(),
        QStringLiteral("SELECT (SELECT COALESCE(sum(length(cells)), 0) FROM run_reverts WHERE run_id = ?), "
                       "(SELECT count(*) FROM run_previous_values WHERE run_id = ?)"));
    size.bind(runId);
    size.bind(runId);
    size.exec();
    size.next();
    return size.value(0).toLongLong() + size.value(1).toLongLong();
}

qint64 revertRun(Workspace& workspace, const Column& column, qint64 runId, const JobObserver& observer)
{
    JobSteps steps(observer, recordsSize(workspace, runId));
    CellWriter cells(workspace);
    qint64 restored = 0;
    const qint64 at = now(); // one transaction, one time
    // Only a cell that still holds what the run wrote goes back: a later edit stays. The batches go
    // back from the last, each from its last cell, so a cell the run wrote twice ends as it was
    // before the first write.
    SqlQuery batches(workspace.database(),
        QStringLiteral("SELECT cells FROM run_reverts WHERE run_id = ? ORDER BY id DESC"));
    batches.bind(runId);
    batches.exec();
    std::map<QByteArray, SqlIdentifier> identifiers; // a run writes few columns, a million times
    while (batches.next()) {
        const QByteArray packed = batches.value(0).toByteArray();
        const QList<ReplacedCell> replaced = ReplacedCells::unpack(packed, runId);
        for (auto cell = replaced.crbegin(); cell != replaced.crend(); ++cell) {
            auto identifier = identifiers.find(cell->sqlName);
            if (identifier == identifiers.end())
                identifier
                    = identifiers.emplace(cell->sqlName, SqlIdentifier::of(QString::fromUtf8(cell->sqlName)))
                          .first;
            const CellWriter::Outcome outcome
                = cells.writeUtf8(cell->leadId, identifier->second, cell->before, at, cell->written, nullptr);
            restored += outcome == CellWriter::Outcome::Written ? 1 : 0;
        }
        steps.advance(packed.size());
    }
    // A run made before schema 13 kept a row a cell, the first value each cell replaced. (Runs kept
    // before schema 4 did not record what they wrote: those cells go back unconditionally.)
    SqlQuery previous(workspace.database(),
        QStringLiteral("SELECT lead_id, sql_name, value, written FROM run_previous_values WHERE run_id = ?"));
    previous.bind(runId);
    previous.exec();
    qint64 rows = 0;
    while (previous.next()) {
        const QVariant written = previous.value(3);
        const CellWriter::Outcome outcome = cells.write(previous.value(0).toLongLong(),
            SqlIdentifier::of(previous.value(1).toString()), previous.value(2).toString(), at,
            written.isNull() ? std::nullopt : std::optional(written.toString()));
        restored += outcome == CellWriter::Outcome::Written ? 1 : 0;
        if (++rows % 4096 == 0)
            steps.advance(4096);
    }
    steps.advance(rows % 4096);
    // The cells go back to "not run": a new run computes them again (from the cache, at no cost).
    SqlQuery states(
        workspace.database(), QStringLiteral("DELETE FROM cell_states WHERE column_id = ? AND run_id = ?"));
    states.bind(column.id);
    states.bind(runId);
    states.exec();
    forgetReplaced(workspace, "= ?", runId);
    return restored;
}

} // namespace

std::optional<qint64> RunHistory::revertLastRun(
    Workspace& workspace, const Column& column, const JobObserver& observer)
{
    qint64 restored = 0;
    try {
        workspace.transact([&] {
            const std::optional<LastRun> last = lastRun(workspace, column.id);
            restored = last ? revertRun(workspace, column, last->id, observer) : 0;
        });
    } catch (const JobCancelled&) {
        return std::nullopt;
    }
    return restored;
}

} // namespace LeadSync
