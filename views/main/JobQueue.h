#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;
class QProgressBar;
class QToolButton;

namespace LeadSync {

class Job;

// The window's background jobs (opening a workspace, indexing, exporting), one at a time, the others
// queued behind it, with the running one's title, progress and a Cancel button in the status bar.
// A job's error is shown in a message box; a cancel says that nothing was changed.
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    explicit JobQueue(QMainWindow* window);

    // Starts the job, or queues it behind the running one; the queue owns it.
    void start(Job* job);
    // The running job, if any.
    Job* current() const { return m_job; }
    // Drops the queued jobs and cancels the running one (the window closes).
    void cancelAll();

Q_SIGNALS:
    // A job begins to run (for the jobs panel).
    void jobStarted(LeadSync::Job* job);

private:
    void setVisible(bool visible);

    QMainWindow* m_window;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancelButton;
    QPointer<Job> m_job;
    QList<Job*> m_queued;
};

} // namespace LeadSync
