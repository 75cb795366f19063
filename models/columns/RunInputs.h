#pragma once

#include "CellComputer.h"
#include "RunOptions.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace LeadSync {

class SqliteStatement;
class Workspace;
class WorkspaceWriter;

// What a column's run reads, on the runner's own reading connection: which leads it computes, and
// each lead's row (the cells the column reads, and the ones its results write, to compare and set).
class RunInputs final
{
public:
    // SQL name -> value.
    using Row = QHash<QString, QString>;

    RunInputs(Workspace& workspace, const CellComputer& computer);
    ~RunInputs();
    RunInputs(const RunInputs&) = delete;
    RunInputs& operator=(const RunInputs&) = delete;

    // The leads to compute, in id order: those meeting the options' conditions, search and the
    // column's "run if", then only the empty, failed or stale cells, the selected ids, the limit. A
    // search first brings the full-text index up to date (a write, through writer).
    QList<qint64> select(const RunOptions& options, WorkspaceWriter& writer);
    // The lead's row, read in one statement prepared once.
    Row row(qint64 leadId);
    // The cell's request for a lead whose row is row.
    CellRequest prepare(const Row& row) const;

private:
    Workspace& m_workspace;
    const CellComputer& m_computer;
    QStringList m_readNames; // the inputs, then the written cells
    std::unique_ptr<SqliteStatement> m_readRow; // the C API: a run reads a row per cell, a million
};

} // namespace LeadSync
