#include "ResultWriter.h"

#include "ResultCache.h"
#include "RunHistory.h"
#include "leads/CellWriter.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace LeadSync {

namespace {

constexpr std::pair<CellOutcome::Status, const char*> kStatuses[] = {
    { CellOutcome::Status::Done, "done" },
    { CellOutcome::Status::Failed, "failed" },
    { CellOutcome::Status::Skipped, "skipped" },
};

// Text columns are never NULL (see the schema); a null QString would bind as NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ResultWriter::ResultWriter(Workspace& workspace, qint64 columnId, ModelPrice price)
    : m_workspace(workspace)
    , m_columnId(columnId)
    , m_price(std::move(price))
{ }

void ResultWriter::write(qint64 runId, const QList<CellResult>& batch, const RunStats& stats, qint64 at)
{
    CellWriter cells(m_workspace);
    SqlQuery keep(m_workspace.database(),
        QStringLiteral(
            "INSERT OR IGNORE INTO run_previous_values (run_id, lead_id, sql_name, value, written) "
            "VALUES (?, ?, ?, ?, ?)"));
    SqlQuery state(m_workspace.database(),
        QStringLiteral(
            "INSERT OR REPLACE INTO cell_states (column_id, lead_id, status, reason, input_hash, "
            "tokens_in, tokens_out, cost, run_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CellResult& result : batch) {
        const CellOutcome& outcome = result.outcome;
        if (outcome.status == CellOutcome::Status::Cancelled)
            continue;
        // A cell edited by the user while it was computed keeps the user's value (compare-and-set
        // against what the cell held then); the run's cell is then stale, to be run again.
        bool edited = false;
        for (const auto& [sqlName, value] : outcome.values) {
            QString previous;
            const auto expected = result.before.contains(sqlName)
                ? std::optional<QString>(result.before.value(sqlName))
                : std::nullopt;
            switch (cells.write(
                result.leadId, SqlIdentifier::of(sqlName), notNull(value), at, expected, &previous)) {
            case CellWriter::Outcome::Written:
                // What the run replaced is kept, so the run can be reverted.
                for (const QVariant& bound : { QVariant(runId), QVariant(result.leadId), QVariant(sqlName),
                         QVariant(previous), QVariant(notNull(value)) })
                    keep.bind(bound);
                keep.exec();
                break;
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
        state.bind(m_columnId);
        state.bind(result.leadId);
        state.bind(QString::fromLatin1(status->second));
        state.bind(edited ? QCoreApplication::translate(
                       "LeadSync::ColumnRunner", "edited while the run computed it: the edit was kept")
                          : notNull(outcome.reason));
        state.bind(edited ? QByteArray() : result.inputHash); // no hash: stale
        state.bind(outcome.cached ? 0 : outcome.tokensIn);
        state.bind(outcome.cached ? 0 : outcome.tokensOut);
        state.bind(outcome.cached ? 0.0 : m_price.costOf(outcome.tokensIn, outcome.tokensOut));
        state.bind(runId);
        state.bind(at);
        state.exec();
    }
    RunHistory::saveCounters(m_workspace, runId, stats);
}

} // namespace LeadSync
