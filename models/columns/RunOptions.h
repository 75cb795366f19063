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

// What a run's cells cost: a price from the Model Prices list, nothing (a local model, or a column that
// calls no paid API), or unknown (a paid API whose model the list does not have).
enum class Pricing { Free, Priced, Unknown };

// "$1,833.20" in the UI's locale (cents; "< $0.01" for less than a cent but more than nothing),
// "free", or "unknown price"; never "$0.0000".
QString formatCost(double usd, Pricing pricing);

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
    Pricing pricing = Pricing::Free;
    qint64 finishedBefore = 0; // cells a resumed run had finished before this session
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
    Pricing pricing = Pricing::Free;
    QString firstRequest;
};

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::RunStats)
