#include "JobQueue.h"

#include "ErrorBox.h"
#include "Job.h"

#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace LeadSync {

JobQueue::JobQueue(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_label(new QLabel(window))
    , m_progress(new QProgressBar(window))
    , m_cancelButton(new QToolButton(window))
{
    m_progress->setMaximumWidth(220);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    QStatusBar* bar = window->statusBar();
    bar->addPermanentWidget(m_label);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancelButton);
    setVisible(false);
}

void JobQueue::setVisible(bool visible)
{
    for (QWidget* widget : { static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_progress),
             static_cast<QWidget*>(m_cancelButton) })
        widget->setVisible(visible);
}

void JobQueue::start(Job* job)
{
    job->setParent(this);
    if (m_job) {
        m_queued.append(job);
        return;
    }
    m_job = job;
    m_label->setText(job->title());
    m_progress->setRange(0, 0);
    setVisible(true);
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(job, &Job::finished, this, [this, job](bool cancelled, const QString& error) {
        setVisible(false);
        if (!error.isEmpty())
            showErrorBox(m_window, job->title(), error);
        else if (cancelled)
            m_window->statusBar()->showMessage(
                tr("%1: cancelled, nothing was changed.").arg(job->title()), 5000);
        job->deleteLater();
        m_job = nullptr;
        if (!m_queued.isEmpty())
            start(m_queued.takeFirst());
    });
    Q_EMIT jobStarted(job);
    job->start();
}

void JobQueue::cancelAll()
{
    qDeleteAll(std::exchange(m_queued, {}));
    if (m_job)
        m_job->cancel();
}

} // namespace LeadSync
