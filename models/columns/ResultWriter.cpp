#include "ResultWriter.h"

#include "ReplacedCells.h"
#include "ResultCache.h"
#include "RunHistory.h"
#include "leads/CellWriter.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace LeadSync {

namespace {

constexpr std::pair<CellOutcome::Status, const char*> kStatuses[] = {
    { CellOutcome::Status::Done, "done" },
    { CellOutcome::Status::Failed, "failed" },
    { CellOutcome::Status::Skipped, "skipped" },
};

// Rows go in kRowsPerInsert to a statement: for a row as small as a cell's state, SQLite's work to
// start and end a statement cost as much as the insert.
constexpr int kRowsPerInsert = 128;

struct CellState
{
    qint64 leadId = 0;
    const char* status = nullptr;
    QByteArray reason;
    std::optional<QByteArrayView> inputHash; // none: stale
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double cost = 0;
};

// Inserts rows, kRowsPerInsert a statement: "<head> VALUES (?, ...), ... <tail>", each row's values
// bound by bind(statement, first parameter of the row, row).
template <typename Row, typename Bind>
void insertRows(sqlite3* db, const QByteArray& head, int columns, const QByteArray& tail,
    const std::vector<Row>& rows, Bind bind)
{
    const auto statementFor = [&](int count) {
        QByteArray row = "(?" + QByteArray(", ?").repeated(columns - 1) + ")";
        QByteArrayList values(count, row);
        return std::make_unique<SqliteStatement>(
            db, QByteArray(head + " VALUES " + values.join(", ") + " " + tail));
    };
    std::unique_ptr<SqliteStatement> full;
    for (size_t first = 0; first < rows.size(); first += kRowsPerInsert) {
        const int count = int(std::min<size_t>(kRowsPerInsert, rows.size() - first));
        std::unique_ptr<SqliteStatement> partial;
        if (count == kRowsPerInsert && !full)
            full = statementFor(count);
        else if (count < kRowsPerInsert)
            partial = statementFor(count);
        SqliteStatement& statement = partial ? *partial : *full;
        for (int i = 0; i < count; ++i)
            bind(statement, i * columns + 1, rows[first + size_t(i)]);
        statement.step();
        statement.reset();
    }
}

} // namespace

void CellResult::prepareWrites()
{
    writes.reserve(outcome.values.size());
    for (const auto& [sqlName, value] : outcome.values) {
        const QString& wanted = sqlName; // clang 14 captures no structured binding
        const auto held = std::find_if(
            before.cbegin(), before.cend(), [&wanted](const auto& cell) { return cell.first == wanted; });
        writes.append(
            { sqlName, value.toUtf8(), held != before.cend() ? std::optional(held->second) : std::nullopt });
    }
    before.clear();
}

ResultWriter::ResultWriter(Workspace& workspace, qint64 columnId, ModelPrice price)
    : m_workspace(workspace)
    , m_columnId(columnId)
    , m_price(std::move(price))
{ }

void ResultWriter::write(qint64 runId, const QList<CellResult>& batch, const RunStats& stats, qint64 at)
{
    // The C API rather than QSqlQuery: a template column's run writes a million cells.
    CellWriter cells(m_workspace);
    // The columns the run writes, their identifier and UTF-8 name made once, not per cell.
    std::map<QString, std::pair<SqlIdentifier, QByteArray>> names;
    const auto nameOf = [&names](const QString& sqlName) -> const std::pair<SqlIdentifier, QByteArray>& {
        auto known = names.find(sqlName);
        if (known == names.end())
            known = names.emplace(sqlName, std::pair(SqlIdentifier::of(sqlName), sqlName.toUtf8())).first;
        return known->second;
    };
    ReplacedCells replaced;
    std::unique_ptr<SqliteStatement> leadExists;
    std::vector<CellState> states;
    states.reserve(size_t(batch.size()));
    for (const CellResult& result : batch) {
        const CellOutcome& outcome = result.outcome;
        if (outcome.status == CellOutcome::Status::Cancelled)
            continue;
        // A cell edited by the user while it was computed keeps the user's value (compare-and-set
        // against what the cell held then); the run's cell is then stale, to be run again.
        bool edited = false;
        // Whether the lead is still there (the user may delete leads while a run computes them): a
        // write tells; a cell that writes nothing (failed, skipped) asks.
        std::optional<bool> exists;
        for (const CellWrite& write : result.writes) {
            QByteArray previous;
            const auto& [identifier, name] = nameOf(write.sqlName);
            switch (cells.writeUtf8(result.leadId, identifier, write.value, at, write.expected, &previous)) {
            case CellWriter::Outcome::Written:
                // What the run replaced is kept, so the run can be reverted.
                replaced.append(result.leadId, name, previous, write.value);
                exists = true;
                break;
            case CellWriter::Outcome::Conflict:
                edited = true;
                exists = true;
                break;
            case CellWriter::Outcome::Unchanged:
                exists = true;
                break;
            case CellWriter::Outcome::NoLead:
                exists = false;
                break;
            }
        }
        if (!result.cacheKey.isEmpty() && outcome.status == CellOutcome::Status::Done)
            ResultCache::store(m_workspace, result.cacheKey, outcome, at);
        if (!exists) {
            if (!leadExists)
                leadExists = std::make_unique<SqliteStatement>(
                    m_workspace.handle(), "SELECT 1 FROM leads WHERE id = ?");
            leadExists->bindInt(1, result.leadId);
            exists = leadExists->step();
            leadExists->reset();
        }
        if (!*exists)
            continue; // its cell states went with it
        const auto status = std::find_if(std::cbegin(kStatuses), std::cend(kStatuses),
            [&outcome](const auto& entry) { return entry.first == outcome.status; });
        states.push_back({ result.leadId, status->second,
            (edited ? QCoreApplication::translate(
                 "LeadSync::ColumnRunner", "edited while the run computed it: the edit was kept")
                    : outcome.reason)
                .toUtf8(),
            edited ? std::nullopt : std::optional<QByteArrayView>(result.inputHash),
            outcome.cached ? 0 : outcome.tokensIn, outcome.cached ? 0 : outcome.tokensOut,
            outcome.cached ? 0.0 : m_price.costOf(outcome.tokensIn, outcome.tokensOut) });
    }
    sqlite3* db = m_workspace.handle();
    if (!replaced.isEmpty()) {
        SqliteStatement keep(db, "INSERT INTO run_reverts (run_id, cells) VALUES (?, ?)");
        keep.bindInt(1, runId);
        keep.bindBlob(2, replaced.packed());
        keep.step();
    }
    // An upsert, not INSERT OR REPLACE: a REPLACE may delete rows, so SQLite would keep a statement
    // journal of every page each such statement touches (16 KiB a page, spilled to a temporary file
    // past 64 KiB): 34 GB written to /var/tmp in four seconds of a template column's run.
    insertRows(db,
        "INSERT INTO cell_states (column_id, lead_id, status, reason, input_hash, tokens_in, tokens_out, "
        "cost, "
        "run_id, updated_at)",
        10,
        "ON CONFLICT (column_id, lead_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, "
        "input_hash = excluded.input_hash, tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out, "
        "cost = excluded.cost, run_id = excluded.run_id, updated_at = excluded.updated_at",
        states, [this, runId, at](SqliteStatement& statement, int first, const CellState& state) {
            statement.bindInt(first, m_columnId);
            statement.bindInt(first + 1, state.leadId);
            statement.bindText(first + 2, state.status);
            statement.bindText(first + 3, state.reason);
            if (state.inputHash)
                statement.bindBlob(first + 4, *state.inputHash);
            else
                statement.bindNull(first + 4); // no hash: stale
            statement.bindInt(first + 5, state.tokensIn);
            statement.bindInt(first + 6, state.tokensOut);
            statement.bindDouble(first + 7, state.cost);
            statement.bindInt(first + 8, runId);
            statement.bindInt(first + 9, at);
        });
    RunHistory::saveCounters(m_workspace, runId, stats);
}

} // namespace LeadSync
