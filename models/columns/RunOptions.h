#pragma once

#include "leads/LeadFilter.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadSync {

// Which cells of an executable column a run computes.
struct RunOptions
{
    enum class Only { All, Empty, Failed, Stale };
    Only only = Only::Empty;
    QList<LeadCondition> conditions; // and the column's own "run if"
    QString searchText;
    QList<qint64> leadIds; // a selection; empty: every lead meeting the conditions
    qint64 limit = -1;

    QJsonObject toJson() const;
    static RunOptions fromJson(const QJsonObject& json);
    // Throws Error for a word other than all, empty, failed, stale.
    static Only onlyFromName(const QString& name);
};

struct RunStats
{
    qint64 runId = 0;
    qint64 targets = 0;
    qint64 done = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 cached = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double cost = 0;
    QList<std::pair<qint64, QString>> errors; // (lead id, reason) of the failed cells
    QString stopReason; // set when the run stopped by itself (too many failures in a row)
    bool cancelled = false;

    qint64 finished() const { return done + failed + skipped; }
};

// What a run would do, before it runs: the cell count, an upper bound of the cost, and the exact
// request of the first target.
struct RunPlan
{
    qint64 targets = 0;
    double estimatedCost = 0;
    QString firstRequest;
};

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::RunStats)
