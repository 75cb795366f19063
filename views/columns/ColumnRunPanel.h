#pragma once

#include "columns/ColumnRunner.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace LeadSync {

class ColumnRunSession;
class LeadTableModel;

// The status bar's part for a running executable column: before a run, what it will do (cells,
// cost at most, the first request) to confirm; during it, progress, throughput and cost so far, Pause
// and Cancel, while the table shows the new values as they are saved; after it, a summary.
class ColumnRunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnRunPanel)

public:
    explicit ColumnRunPanel(QWidget* parent = nullptr);
    ~ColumnRunPanel() override;

    void setWorkspace(const QString& path, LeadTableModel* model);
    bool isRunning() const { return m_session != nullptr; }
    // Shows the run's plan to confirm, then runs it.
    void requestRun(const QString& columnName, const RunOptions& options);
    // Runs without asking (an auto-run), after the run in progress if there is one.
    void runAutomatically(const QString& columnName, const RunOptions& options);
    // Finishes the column's interrupted run (after a restart, a cancel or an auto-stop).
    void requestResume(const QString& columnName);

Q_SIGNALS:
    void finished(const QString& summary);
    void failed(const QString& message);
    // The user wants to set a model's price (its cost is unknown).
    void pricesWanted();
    // A run begins, goes on (for the jobs panel; finished() ends it).
    void runStarted(const QString& columnName);
    void runProgress(const LeadSync::RunStats& stats);

private:
    static constexpr int kSampleRows = 5;

    // Makes the run's session and reads the column's key, then calls then().
    void openSession(const QString& columnName, const std::function<void()>& then);
    void confirmRun(const QString& columnName, const RunOptions& options);
    // Progress, Pause and Cancel for the session's run.
    void showRunning();
    void showProgress(const RunStats& stats);
    void end();

    QString m_workspacePath;
    QPointer<LeadTableModel> m_model;
    ColumnRunSession* m_session = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_pauseButton = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QTimer m_refresh; // the table shows saved values about once a second
    qint64 m_startedMs = 0;
    QList<std::pair<QString, RunOptions>> m_queue; // auto-runs waiting for the run in progress
};

} // namespace LeadSync
