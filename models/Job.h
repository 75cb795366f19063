#pragma once

#include "JobObserver.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace LeadSync {

// A long piece of work (an import, an export, indexing) run on the thread pool, so the GUI thread
// only shows its progress. The work gets a JobObserver; its progress reaches the owner's thread as
// signals, at most every 50 ms; cancel() asks it to stop. An Error the work throws becomes the
// message of finished(). The Job must outlive its work: its destructor cancels and waits.
class Job final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    using Work = std::function<void(const JobObserver&)>;

    Job(QString title, Work work, QObject* parent = nullptr);
    ~Job() override;

    const QString& title() const { return m_title; }
    void start();
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // error is empty on success or cancel.
    void finished(bool cancelled, const QString& error);

private:
    QString m_title;
    Work m_work;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<QString> m_watcher;
};

} // namespace LeadSync
