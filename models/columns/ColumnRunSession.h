#pragma once

#include "columns/ColumnRunner.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <optional>

class QTimer;

namespace LeadSync {

// One executable column's run for the desktop app: the ColumnRunner lives on a thread of its own
// (its connection, its network managers, its coroutines); this object, on the GUI thread, starts,
// pauses and cancels it and relays its progress. The GUI thread never waits for it: release() ends a
// session without waiting (switching workspaces, closing the window), and the session deletes itself
// once its thread has finished.
class ColumnRunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnRunSession)

public:
    ColumnRunSession(const QString& workspacePath, const QString& columnName, QObject* parent = nullptr);
    // Waits for the thread: only for a session whose thread has ended (see release()).
    ~ColumnRunSession() override;

    const QString& columnName() const { return m_columnName; }
    // The name of the column's API key (empty when it needs none); done() gets it, or failed() is
    // emitted.
    void keyName(const std::function<void(const QString&)>& done);
    // The key for the run (read from the keychain; without it the runner reads the environment).
    void setApiKey(const QByteArray& apiKey);
    // What the run would do; done() gets the plan, or failed() is emitted.
    void plan(const RunOptions& options, const std::function<void(const RunPlan&)>& done);
    void start(const RunOptions& options);
    // Finishes the column's interrupted run (see ColumnRunner::resumableRun).
    void resume();
    void setPaused(bool paused);
    // Holds from any moment on, even before the runner exists: the run then computes nothing.
    void cancel();

    // Cancels the run and lets it end by itself: no signal of this session reaches anyone after this
    // call, the caller forgets the pointer, and the session deletes itself when its thread ends
    // (within about 100 ms of a cancel: every network step checks it).
    void release();
    // Waits for the sessions released and not yet ended: at exit, once the window is gone.
    static void waitForReleased();

    // progress() comes at most once in this interval, the latest counts then, and once more before
    // finished(): a template column's run finishes a million cells, one queued call each on the GUI
    // thread otherwise.
    static constexpr int kProgressIntervalMs = 100;

Q_SIGNALS:
    void progress(const LeadSync::RunStats& stats);
    void finished(const LeadSync::RunStats& stats);
    void failed(const QString& message);

private:
    // Follows a run on the runner's thread until it ends: finished() or failed().
    void follow(QCoro::Task<RunStats> run);
    // Runs work with the runner on its thread, making the runner first (it may throw Error).
    void onRunner(const std::function<void(ColumnRunner&)>& work);
    // On the runner's thread: the runner's counts, relayed as kProgressIntervalMs allows.
    void relayProgress(const RunStats& stats);
    // On the runner's thread: emits the counts held back, if any.
    void emitHeldProgress();

    QString m_workspacePath;
    QString m_columnName;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    std::atomic<ColumnRunner*> m_runner = nullptr; // made and run on m_thread; cancelled from anywhere
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_running = false;
    std::atomic_bool m_quitWhenDone = false;
    bool m_released = false;
    // On m_thread, made with the runner: the interval of progress(), and the counts it holds back.
    QTimer* m_progressTimer = nullptr;
    std::optional<RunStats> m_heldProgress;
};

} // namespace LeadSync
