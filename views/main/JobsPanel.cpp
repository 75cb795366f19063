#include "JobsPanel.h"

#include "Job.h"
#include "columns/RunOptions.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace LeadSync {

JobsPanel::JobsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_list->setObjectName(QStringLiteral("jobsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Job"), tr("State"), tr("Progress"), tr("Rate"), tr("Cost"), tr("Result") });
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(TitleColumn, 260);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

QTreeWidgetItem* JobsPanel::addEntry(const QString& title)
{
    auto* item = new QTreeWidgetItem({ title, tr("Running"), QString(), QString(), QString(), QString() });
    item->setToolTip(TitleColumn,
        tr("Started %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    m_list->insertTopLevelItem(0, item); // newest first
    QElapsedTimer clock;
    clock.start();
    m_clocks.insert(item, clock);
    // Recent jobs, not every job of a long session.
    while (m_list->topLevelItemCount() > kMaxEntries) {
        QTreeWidgetItem* oldest = m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
        m_clocks.remove(oldest);
        if (oldest == m_columnRun)
            m_columnRun = nullptr;
        delete oldest;
    }
    return item;
}

QString JobsPanel::rateOf(double perSecond, const QString& unit)
{
    return tr("%1 %2/s").arg(QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0), unit);
}

void JobsPanel::showProgress(QTreeWidgetItem* item, qint64 done, qint64 total, const QString& rate)
{
    item->setText(ProgressColumn,
        total > 0 ? QLocale().toString(100.0 * double(done) / double(total), 'f', 0) + u'%' : QString());
    item->setText(RateColumn, rate);
}

void JobsPanel::track(Job* job)
{
    QTreeWidgetItem* item = addEntry(job->title());
    const QPointer<Job> guard(job);
    connect(job, &Job::progress, this, [this, item, guard](qint64 done, qint64 total) {
        if (!guard || !m_clocks.contains(item))
            return;
        const double seconds = double(m_clocks.value(item).elapsed()) / 1000.0;
        QString rate;
        if (seconds > 0.2 && guard->unit() == Job::Unit::Rows)
            rate = rateOf(double(done) / seconds, tr("rows"));
        else if (seconds > 0.2 && guard->unit() == Job::Unit::Bytes)
            rate = rateOf(double(done) / seconds / 1e6, tr("MB"));
        showProgress(item, done, total, rate);
    });
    connect(job, &Job::resultChanged, this, [this, item](const QString& result) {
        if (m_clocks.contains(item))
            item->setText(ResultColumn, result);
    });
    connect(job, &Job::finished, this, [this, item, guard](bool cancelled, const QString& error) {
        if (!m_clocks.contains(item))
            return;
        item->setText(StateColumn,
            !error.isEmpty() ? tr("Failed")
                : cancelled  ? tr("Cancelled")
                             : tr("Done"));
        if (!error.isEmpty())
            item->setText(ResultColumn, error);
        else if (cancelled)
            item->setText(ResultColumn, tr("Nothing was changed."));
        else if (guard && !guard->result().isEmpty())
            item->setText(ResultColumn, guard->result());
        if (!cancelled && error.isEmpty())
            item->setText(ProgressColumn, QStringLiteral("100%"));
        item->setToolTip(ResultColumn, item->text(ResultColumn));
    });
}

void JobsPanel::columnRunStarted(const QString& columnName)
{
    m_columnRun = addEntry(tr("Computing %1").arg(columnName));
}

void JobsPanel::columnRunProgress(const RunStats& stats)
{
    if (!m_columnRun)
        return;
    const double seconds = double(m_clocks.value(m_columnRun).elapsed()) / 1000.0;
    // The rate of this session's cells: a resumed run's earlier ones took no time here.
    const double perSecond = seconds > 0.2 ? double(stats.finished() - stats.finishedBefore) / seconds : 0;
    showProgress(m_columnRun, stats.finished(), stats.targets,
        perSecond > 0 ? rateOf(perSecond, tr("cells")) : QString());
    m_columnRun->setText(CostColumn, formatCost(stats.cost, stats.pricing));
}

void JobsPanel::outreachTicked(const OutreachEngine::TickResult& result)
{
    const qint64 handled = result.sent + result.failed + result.retry + result.unknown + result.skipped;
    if (handled == 0)
        return; // a tick with nothing due is no job
    QTreeWidgetItem* item = addEntry(tr("Sending due messages"));
    item->setText(StateColumn, tr("Done"));
    item->setText(ProgressColumn, QStringLiteral("100%"));
    QString outcome = tr("%L1 sent, %L2 failed, %L3 to retry, %L4 unknown, %L5 skipped")
                          .arg(result.sent)
                          .arg(result.failed)
                          .arg(result.retry)
                          .arg(result.unknown)
                          .arg(result.skipped);
    if (result.nextDue.isValid())
        outcome += u"; "
            + tr("next at %1").arg(QLocale().toString(result.nextDue.toLocalTime(), QLocale::ShortFormat));
    item->setText(ResultColumn, outcome);
    item->setToolTip(ResultColumn, outcome);
}

void JobsPanel::columnRunFinished(const QString& summary)
{
    if (!m_columnRun)
        return;
    m_columnRun->setText(StateColumn, tr("Done"));
    m_columnRun->setText(ResultColumn, summary);
    m_columnRun->setToolTip(ResultColumn, summary);
    m_columnRun = nullptr;
}

} // namespace LeadSync
