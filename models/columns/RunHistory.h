#pragma once

#include "leads/Column.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace LeadSync {

class Workspace;
struct JobObserver;
struct RunOptions;
struct RunStats;

// The runs of executable columns as the workspace keeps them (table column_runs, with the values a
// run replaced in run_reverts, see ReplacedCells): a run's row from its start to its end, the process that
// owns it (see ProcessIdentity), what can be resumed and what reverted. The runner, the CLI and the
// desktop app share it. Runs on the caller's connection; throws Error.
class RunHistory final
{
public:
    // A new run of the column, 'running', owned by this process. What the column's earlier runs
    // replaced can no longer be reverted: this run is the last one. Returns its id.
    static qint64 start(Workspace& workspace, qint64 columnId, const RunOptions& options, qint64 targets);

    // A run to finish: its options, its counters so far and the leads it already computed.
    struct Stored
    {
        QJsonObject options;
        QSet<qint64> finishedLeads;
    };
    // Reads the run of the column (throws Error naming the column when there is none) into stats.
    static Stored load(Workspace& workspace, const Column& column, qint64 runId, RunStats& stats);
    // Takes a run over for this process (a resumed one) and marks it running.
    static void claim(Workspace& workspace, qint64 runId);
    // Renews the owner's heartbeat.
    static void beat(Workspace& workspace, qint64 runId);
    static void saveCounters(Workspace& workspace, qint64 runId, const RunStats& stats);
    // state: done, cancelled or stopped; message: why it stopped by itself.
    static void finish(Workspace& workspace, qint64 runId, const char* state, const QString& message);

    // The column's latest run when it did not finish (its process died, it was cancelled or stopped by
    // itself) and can be resumed; 0 when there is none, or when its process is still alive.
    static qint64 resumableRun(Workspace& workspace, qint64 columnId);
    // Whether the column's latest run is going on now, in this process or another.
    static bool isRunning(Workspace& workspace, qint64 columnId);
    // The names of the columns with a resumable run.
    static QStringList columnsWithResumableRuns(Workspace& workspace);

    // The column's last run, as a revert would take it back: when it ended (or started, while
    // unfinished), in ms since the epoch, the cells it computed, and whether it has values to put
    // back (not when it wrote none, or was reverted already).
    struct LastRun
    {
        qint64 id = 0;
        qint64 at = 0;
        qint64 computed = 0;
        bool revertible = false;
    };
    static std::optional<LastRun> lastRun(Workspace& workspace, qint64 columnId);
    // Puts back the values the column's last run replaced, where the cell still holds what the run
    // wrote; returns how many cells changed. All or nothing, in a transaction of its own (a savepoint
    // inside the caller's). Progress counts the bytes of the run's records read (a record kept before
    // schema 13 counts one): a million cells take seconds. When the observer cancels, nothing has
    // changed and there is no count.
    static std::optional<qint64> revertLastRun(
        Workspace& workspace, const Column& column, const JobObserver& observer);
};

} // namespace LeadSync
