#pragma once

#include "SearchIndex.h"
#include "storage/SqlIdentifier.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace LeadSync {

class SqlQuery;
class Workspace;

// The one place where a cell of a lead changes: the value, the lead's updated_at, and the full-text
// index in step when the column is indexed. The user's edits and their undo, a column run's results
// and a run's revert all write through it, inside the caller's transaction.
//
// A write may say what it expects the cell to hold (compare-and-set): a column run's result must not
// replace an edit the user made while the cell was computed, nor an undo a value written since.
class CellWriter final
{
public:
    enum class Outcome {
        Written,
        Unchanged, // the cell already held the value
        Conflict, // the cell no longer held the expected value: nothing was written
        NoLead, // deleted meanwhile
    };

    explicit CellWriter(Workspace& workspace);
    ~CellWriter();
    CellWriter(const CellWriter&) = delete;
    CellWriter& operator=(const CellWriter&) = delete;

    // Sets the lead's cell to value, stamping updated_at with at (epoch ms). With expected set, only
    // when the cell holds it. previous, when given, receives what the cell held.
    Outcome write(qint64 leadId, const SqlIdentifier& column, const QString& value, qint64 at,
        const std::optional<QString>& expected = std::nullopt, QString* previous = nullptr);
    // The same over UTF-8 text, as SQLite stores it: a column run writes a million cells, and the
    // conversions of each value, expected and previous text, with their allocations, were up to a
    // sixth of its writer thread's samples in perf.
    Outcome writeUtf8(qint64 leadId, const SqlIdentifier& column, const QByteArray& value, qint64 at,
        const std::optional<QByteArray>& expected, QByteArray* previous);

private:
    struct Statements;
    Statements& statementsFor(const SqlIdentifier& column);

    Workspace& m_workspace;
    SearchIndex m_search;
    std::map<QString, std::unique_ptr<Statements>> m_statements; // prepared once per column
};

} // namespace LeadSync
