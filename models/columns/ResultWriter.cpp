#include "ResultWriter.h"

#include "ResultCache.h"
#include "RunHistory.h"
#include "leads/CellWriter.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace LeadSync {

namespace {

constexpr std::pair<CellOutcome::Status, const char*> kStatuses[] = {
    { CellOutcome::Status::Done, "done" },
    { CellOutcome::Status::Failed, "failed" },
    { CellOutcome::Status::Skipped, "skipped" },
};

} // namespace

ResultWriter::ResultWriter(Workspace& workspace, qint64 columnId, ModelPrice price)
    : m_workspace(workspace)
    , m_columnId(columnId)
    , m_price(std::move(price))
{ }

void ResultWriter::write(qint64 runId, const QList<CellResult>& batch, const RunStats& stats, qint64 at)
{
    // The C API rather than QSqlQuery: a template column's run writes a million cells.
    CellWriter cells(m_workspace);
    SqliteStatement keep(m_workspace.handle(),
        "INSERT OR IGNORE INTO run_previous_values (run_id, lead_id, sql_name, value, written) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    // An upsert, not INSERT OR REPLACE: a REPLACE may delete rows, so SQLite would keep a statement
    // journal of every page each such statement touches (16 KiB a page, spilled to a temporary file
    // past 64 KiB): 34 GB written to /var/tmp in four seconds of a template column's run.
    SqliteStatement state(m_workspace.handle(),
        "INSERT INTO cell_states (column_id, lead_id, status, reason, input_hash, tokens_in, tokens_out, "
        "cost, run_id, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (column_id, lead_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, "
        "input_hash = excluded.input_hash, tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out, "
        "cost = excluded.cost, run_id = excluded.run_id, updated_at = excluded.updated_at");
    for (const CellResult& result : batch) {
        const CellOutcome& outcome = result.outcome;
        if (outcome.status == CellOutcome::Status::Cancelled)
            continue;
        // A cell edited by the user while it was computed keeps the user's value (compare-and-set
        // against what the cell held then); the run's cell is then stale, to be run again.
        bool edited = false;
        for (const auto& [sqlName, value] : outcome.values) {
            QString previous;
            const QString& wanted = sqlName; // clang 14 captures no structured binding
            const auto held = std::find_if(result.before.cbegin(), result.before.cend(),
                [&wanted](const auto& cell) { return cell.first == wanted; });
            const auto expected
                = held != result.before.cend() ? std::optional<QString>(held->second) : std::nullopt;
            switch (cells.write(result.leadId, SqlIdentifier::of(sqlName), value, at, expected, &previous)) {
            case CellWriter::Outcome::Written: {
                // What the run replaced is kept, so the run can be reverted.
                const QByteArray name = sqlName.toUtf8();
                const QByteArray before = previous.toUtf8();
                const QByteArray written = value.toUtf8();
                keep.bindInt(1, runId);
                keep.bindInt(2, result.leadId);
                keep.bindText(3, name);
                keep.bindText(4, before);
                keep.bindText(5, written);
                keep.step();
                keep.reset();
                break;
            }
            case CellWriter::Outcome::Conflict:
                edited = true;
                break;
            case CellWriter::Outcome::Unchanged:
            case CellWriter::Outcome::NoLead:
                break;
            }
        }
        if (!result.cacheKey.isEmpty() && outcome.status == CellOutcome::Status::Done)
            ResultCache::store(m_workspace, result.cacheKey, outcome, at);
        const auto status = std::find_if(std::cbegin(kStatuses), std::cend(kStatuses),
            [&outcome](const auto& entry) { return entry.first == outcome.status; });
        const QByteArray reason = (edited ? QCoreApplication::translate("LeadSync::ColumnRunner",
                                       "edited while the run computed it: the edit was kept")
                                          : outcome.reason)
                                      .toUtf8();
        state.bindInt(1, m_columnId);
        state.bindInt(2, result.leadId);
        state.bindText(3, status->second);
        state.bindText(4, reason);
        if (edited)
            state.bindNull(5); // no hash: stale
        else
            state.bindBlob(5, result.inputHash);
        state.bindInt(6, outcome.cached ? 0 : outcome.tokensIn);
        state.bindInt(7, outcome.cached ? 0 : outcome.tokensOut);
        state.bindDouble(8, outcome.cached ? 0.0 : m_price.costOf(outcome.tokensIn, outcome.tokensOut));
        state.bindInt(9, runId);
        state.bindInt(10, at);
        state.step();
        state.reset();
    }
    RunHistory::saveCounters(m_workspace, runId, stats);
}

} // namespace LeadSync
