#pragma once

#include "CellComputer.h"
#include "ModelPrices.h"
#include "RunInputs.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace LeadSync {

class Workspace;
struct RunStats;

// A value a computed cell writes, in UTF-8.
struct CellWrite
{
    QString sqlName;
    QByteArray value;
    // What the cell held when the value was computed, for the compare-and-set; none: the lead was
    // gone then.
    std::optional<QByteArray> expected;
};

// A computed cell waiting for the next batch.
struct CellResult
{
    qint64 leadId = 0;
    CellOutcome outcome;
    QByteArray inputHash;
    QByteArray cacheKey; // set when the result is new and worth caching
    // The written cells' values when the cell was computed: SQL name, value. A short list rather than
    // the row's hash: a run makes a million of these.
    QList<std::pair<QString, QByteArray>> before;
    // outcome's values with what they replace, made by prepareWrites() on the computing thread: the
    // writer's thread bounds a template column's run, so it is spared the conversions and lookups.
    QList<CellWrite> writes;

    void prepareWrites();
};

// Saves a batch of a run's results on the workspace's writer, inside its transaction: each value by
// compare-and-set against what the cell held when it was computed (a cell the user edited meanwhile
// keeps the edit and becomes stale), what each value replaced (so the run can be reverted), new
// answers into the cache, every cell's state, and the run's counters. Throws Error.
class ResultWriter final
{
public:
    ResultWriter(Workspace& workspace, qint64 columnId, ModelPrice price);

    void write(qint64 runId, const QList<CellResult>& batch, const RunStats& stats, qint64 at);

private:
    Workspace& m_workspace;
    qint64 m_columnId;
    ModelPrice m_price;
};

} // namespace LeadSync
