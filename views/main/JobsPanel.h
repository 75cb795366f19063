#pragma once

#include "outreach/OutreachEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace LeadSync {

class Job;
struct RunStats;

// View › Jobs: the running and recent background work of this session (opening and indexing a
// workspace, imports, exports, column runs, batches of outreach sends), newest first, each with its progress,
// its rate, its cost where it has one, and its outcome. The window's jobs and column runs report here as they
// go.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    static constexpr int kMaxEntries = 50;
    enum Column { TitleColumn, StateColumn, ProgressColumn, RateColumn, CostColumn, ResultColumn };

    explicit JobsPanel(QWidget* parent = nullptr);

    // Follows a job until it ends.
    void track(Job* job);
    // A column run: started, its progress (RunStats), its end with the summary.
    void columnRunStarted(const QString& columnName);
    void columnRunProgress(const RunStats& stats);
    void columnRunFinished(const QString& summary);
    // A batch of outreach sends that did something (sent, failed, deferred or skipped messages).
    void outreachTicked(const OutreachEngine::TickResult& result);

    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidgetItem* addEntry(const QString& title);
    void showProgress(QTreeWidgetItem* item, qint64 done, qint64 total, const QString& rate);
    static QString rateOf(double perSecond, const QString& unit);

    QTreeWidget* m_list;
    QHash<QTreeWidgetItem*, QElapsedTimer> m_clocks;
    QTreeWidgetItem* m_columnRun = nullptr;
};

} // namespace LeadSync
