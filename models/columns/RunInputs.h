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
    // The values of the cells read, in the order of their names (see value()); empty when the lead is
    // gone. A list rather than a hash by name: a run reads a million rows, and building each one's
    // hash was a fifth of the computing thread's samples, most of it in the allocator.
    using Row = QStringList;

    RunInputs(Workspace& workspace, const CellComputer& computer);
    ~RunInputs();
    RunInputs(const RunInputs&) = delete;
    RunInputs& operator=(const RunInputs&) = delete;

    // The leads to compute, in id order: those meeting the options' conditions, search and the
    // column's "run if", then only the empty, failed or stale cells, the selected ids, the limit. A
    // search first brings the full-text index up to date (a write, through writer).
    QList<qint64> select(const RunOptions& options, WorkspaceWriter& writer);
    // The leads a run goes through, in id order, each once: row() then reads them ahead, a chunk of
    // consecutive ones in one statement, rather than one statement (and one read transaction) a lead.
    void readAhead(QList<qint64> targets);
    // The lead's row (empty when the lead is gone).
    Row row(qint64 leadId);
    // The value of the cell named sqlName (an input or a written cell) in row; null when row is empty.
    QString value(const Row& row, const QString& sqlName) const;
    // The cell's request for a lead whose row is row.
    CellRequest prepare(const Row& row) const;

private:
    Workspace& m_workspace;
    const CellComputer& m_computer;
    QStringList m_readNames; // the inputs, then the written cells
    QHash<QString, qsizetype> m_readIndex; // name -> its place in m_readNames and in a Row
    // A chunk of targets is read ahead when its ids span at most this many times its size; sparser
    // ones are read lead by lead.
    static constexpr qsizetype kReadAhead = 256;
    static constexpr qint64 kMaxSpread = 4;
    void readChunk(qsizetype from);
    QByteArray selectList();
    Row rowOf(const SqliteStatement& statement, int firstColumn) const;

    // The C API: a run reads a row per cell, a million for a template column.
    std::unique_ptr<SqliteStatement> m_readRow;
    std::unique_ptr<SqliteStatement> m_readRange;
    QList<qint64> m_targets;
    qsizetype m_nextChunk = 0; // the first target not read ahead yet
    QHash<qint64, Row> m_ahead;
};

} // namespace LeadSync
