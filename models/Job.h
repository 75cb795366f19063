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

    // What progress counts, for a rate ("12.5 MB/s", "4,100 rows/s"): nothing, bytes of a file, or rows.
    enum class Unit { None, Bytes, Rows };

    const QString& title() const { return m_title; }
    void start();
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }
    Unit unit() const { return m_unit; }
    void setUnit(Unit unit) { m_unit = unit; }
    // The outcome in words ("1,204 leads to leads.csv"), set by the owner when the job has finished.
    const QString& result() const { return m_result; }
    void setResult(const QString& result);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // error is empty on success or cancel.
    void finished(bool cancelled, const QString& error);
    void resultChanged(const QString& result);

private:
    QString m_title;
    Unit m_unit = Unit::None;
    QString m_result;
    Work m_work;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<QString> m_watcher;
};

} // namespace LeadSync
