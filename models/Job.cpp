#include "Job.h"

#include "Error.h"

#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace LeadSync {

Job::Job(QString title, Work work, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_work(std::move(work))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
        [this] { Q_EMIT finished(m_cancel.load(), m_watcher.result()); });
}

Job::~Job()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void Job::start()
{
    m_watcher.setFuture(QtConcurrent::run([this]() -> QString {
        QElapsedTimer throttle;
        throttle.start();
        std::mutex lock;
        JobObserver observer;
        observer.cancel = &m_cancel;
        observer.progress = [this, &throttle, &lock](qint64 done, qint64 total) {
            const std::lock_guard guard(lock);
            if (done < total && throttle.elapsed() < 50)
                return;
            throttle.restart();
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        try {
            m_work(observer);
        } catch (const Error& error) {
            return error.message();
        }
        return {};
    }));
}

void Job::cancel()
{
    m_cancel = true;
}

void Job::setResult(const QString& result)
{
    m_result = result;
    Q_EMIT resultChanged(result);
}

} // namespace LeadSync
