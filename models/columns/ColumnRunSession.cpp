#include "ColumnRunSession.h"

#include "Error.h"

#include <QPointer>
#include <QTimer>

#include <QCoroTask>

namespace LeadSync {

ColumnRunSession::ColumnRunSession(const QString& workspacePath, const QString& columnName, QObject* parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
    , m_columnName(columnName)
    , m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, [this] {
        delete m_runner.exchange(nullptr); // on its own thread, after its last coroutine
    });
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("ColumnRunner"));
    m_thread.start();
}

namespace {
// The sessions released and not yet ended; touched on the GUI thread only.
QList<QPointer<ColumnRunSession>>& releasedSessions()
{
    static QList<QPointer<ColumnRunSession>> sessions;
    return sessions;
}
} // namespace

ColumnRunSession::~ColumnRunSession()
{
    m_quitWhenDone = true;
    cancel();
    if (!m_running)
        m_thread.quit();
    m_thread.wait();
}

void ColumnRunSession::release()
{
    m_released = true;
    disconnect(); // nothing this session emits from now on reaches anyone
    m_quitWhenDone = true;
    cancel();
    releasedSessions().append(this);
    // Once the thread has ended (a run's end quits it, or nothing runs), the session goes.
    connect(&m_thread, &QThread::finished, this, &QObject::deleteLater);
    // After any task already queued there (a start sets m_running first).
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (!m_running)
                QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void ColumnRunSession::waitForReleased()
{
    for (const QPointer<ColumnRunSession>& session : std::exchange(releasedSessions(), {}))
        delete session.data(); // its destructor waits for its thread, which is ending
}

void ColumnRunSession::onRunner(const std::function<void(ColumnRunner&)>& work)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, work] {
            try {
                if (!m_runner) {
                    m_runner = new ColumnRunner(m_workspacePath, m_columnName);
                    m_progressTimer = new QTimer(m_context);
                    m_progressTimer->setSingleShot(true);
                    m_progressTimer->setInterval(kProgressIntervalMs);
                    connect(m_progressTimer, &QTimer::timeout, m_context, [this] { emitHeldProgress(); });
                    connect(m_runner, &ColumnRunner::progress, m_context,
                        [this](const RunStats& stats) { relayProgress(stats); });
                    if (m_cancelled)
                        m_runner.load()->cancel();
                }
                work(*m_runner);
            } catch (const Error& error) {
                Q_EMIT failed(error.message());
            }
        },
        Qt::QueuedConnection);
}

void ColumnRunSession::keyName(const std::function<void(const QString&)>& done)
{
    onRunner([this, done](ColumnRunner& runner) {
        QMetaObject::invokeMethod(
            this, [done, name = runner.spec().apiKeyEnv] { done(name); }, Qt::QueuedConnection);
    });
}

void ColumnRunSession::setApiKey(const QByteArray& apiKey)
{
    onRunner([apiKey](ColumnRunner& runner) { runner.setApiKey(apiKey); });
}

void ColumnRunSession::plan(const RunOptions& options, const std::function<void(const RunPlan&)>& done)
{
    onRunner([this, options, done](ColumnRunner& runner) {
        const RunPlan plan = runner.plan(options);
        QMetaObject::invokeMethod(
            this, [done, plan] { done(plan); }, Qt::QueuedConnection);
    });
}

void ColumnRunSession::start(const RunOptions& options)
{
    onRunner([this, options](ColumnRunner& runner) { follow(runner.run(options)); });
}

void ColumnRunSession::resume()
{
    onRunner([this](ColumnRunner& runner) {
        const qint64 runId = runner.resumableRun();
        if (runId == 0)
            throw Error(tr("Column %1 has no interrupted run to resume.").arg(m_columnName));
        follow(runner.resume(runId));
    });
}

void ColumnRunSession::relayProgress(const RunStats& stats)
{
    m_heldProgress = stats;
    if (!m_progressTimer->isActive())
        emitHeldProgress(); // the first counts after a quiet interval go at once
}

void ColumnRunSession::emitHeldProgress()
{
    if (!m_heldProgress)
        return; // nothing came in the interval: the next counts go at once
    Q_EMIT progress(*std::exchange(m_heldProgress, std::nullopt));
    m_progressTimer->start();
}

// The run's errors (a database error while writing) end it with failed().
void ColumnRunSession::follow(QCoro::Task<RunStats> run)
{
    auto guarded = [](ColumnRunSession* session, QCoro::Task<RunStats> task) -> QCoro::Task<> {
        try {
            const RunStats stats = co_await std::move(task);
            session->emitHeldProgress(); // the last counts before the end
            Q_EMIT session->finished(stats);
        } catch (const Error& error) {
            Q_EMIT session->failed(error.message());
        }
        session->m_running = false;
        if (session->m_quitWhenDone)
            QThread::currentThread()->quit();
    };
    m_running = true;
    guarded(this, std::move(run));
}

void ColumnRunSession::setPaused(bool paused)
{
    if (ColumnRunner* runner = m_runner)
        runner->setPaused(paused);
}

void ColumnRunSession::cancel()
{
    m_cancelled = true;
    if (ColumnRunner* runner = m_runner)
        runner->cancel();
}

} // namespace LeadSync
