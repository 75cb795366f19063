#include "ColumnRunPanel.h"

#include "columns/ColumnRunSession.h"
#include "secrets/KeyStore.h"
#include "table/LeadTableModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace LeadSync {

ColumnRunPanel::ColumnRunPanel(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pauseButton(new QToolButton(this))
    , m_cancelButton(new QToolButton(this))
{
    m_label->setObjectName(QStringLiteral("columnRunLabel"));
    m_progress->setMaximumWidth(180);
    m_pauseButton->setObjectName(QStringLiteral("pauseRunToolButton"));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, [this](bool paused) {
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        if (m_session)
            m_session->setPaused(paused);
    });
    m_cancelButton->setObjectName(QStringLiteral("cancelRunToolButton"));
    m_cancelButton->setText(tr("Cancel"));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->refreshLoadedRows();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_pauseButton);
    layout->addWidget(m_cancelButton);
    hide();
}

ColumnRunPanel::~ColumnRunPanel()
{
    if (m_session)
        m_session->release(); // cancelled; it ends by itself, without blocking this thread
}

void ColumnRunPanel::setWorkspace(const QString& path, LeadTableModel* model)
{
    m_model = model;
    if (path == m_workspacePath)
        return; // the same workspace reopened (a column added): a run in progress goes on
    m_queue.clear();
    if (m_session)
        m_session->release(); // a run of the other workspace: cancelled, and nothing of it arrives here
    m_session = nullptr;
    m_workspacePath = path;
    m_model = model;
    end();
}

void ColumnRunPanel::requestRun(const QString& columnName, const RunOptions& options)
{
    openSession(columnName, [this, columnName, options] { confirmRun(columnName, options); });
}

void ColumnRunPanel::runAutomatically(const QString& columnName, const RunOptions& options)
{
    if (m_session) {
        m_queue.append({ columnName, options });
        return;
    }
    openSession(columnName, [this, options] {
        showRunning();
        m_session->start(options);
    });
}

void ColumnRunPanel::requestResume(const QString& columnName)
{
    openSession(columnName, [this] {
        showRunning();
        m_session->resume();
    });
}

void ColumnRunPanel::openSession(const QString& columnName, const std::function<void()>& then)
{
    if (m_session)
        return;
    m_session = new ColumnRunSession(m_workspacePath, columnName);
    // Each continuation checks that its session is still the current one: a signal queued just before
    // the session was released (another workspace opened) must not end the next session's run.
    connect(m_session, &ColumnRunSession::failed, this, [this, session = m_session](const QString& message) {
        if (session != m_session)
            return;
        Q_EMIT failed(message);
        end();
    });
    // The key first (the keychain may ask to be unlocked).
    m_session->keyName([this, then, session = m_session](const QString& keyName) {
        if (session != m_session)
            return;
        if (keyName.isEmpty()) {
            then();
            return;
        }
        KeyStore::read(keyName, this, [this, then, session](const QByteArray& key, const QString& error) {
            if (session != m_session)
                return;
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
                end();
                return;
            }
            m_session->setApiKey(key);
            then();
        });
    });
}

void ColumnRunPanel::confirmRun(const QString& columnName, const RunOptions& options)
{
    m_session->plan(options, [this, columnName, options, session = m_session](const RunPlan& plan) {
        if (session != m_session)
            return;
        if (plan.targets == 0) {
            Q_EMIT finished(tr("%1: no cells to compute.").arg(columnName));
            end();
            return;
        }
        auto* confirm = new QMessageBox(QMessageBox::Question, tr("Run %1").arg(columnName),
            tr("Compute %Ln cell(s) of %1?", nullptr, int(plan.targets)).arg(columnName),
            QMessageBox::Ok | QMessageBox::Cancel, window());
        confirm->setObjectName(QStringLiteral("confirmRunMessageBox"));
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        switch (plan.pricing) {
        case Pricing::Priced:
            confirm->setInformativeText(tr("Estimated cost: at most %1. Cells already computed with the same "
                                           "inputs come from the cache, free.")
                                            .arg(formatCost(plan.estimatedCost, plan.pricing)));
            break;
        case Pricing::Free:
            confirm->setInformativeText(
                tr("Free: the column calls no paid service, or a model on this computer."));
            break;
        case Pricing::Unknown: {
            confirm->setInformativeText(tr("The price of this model is unknown, so the cost cannot be shown. "
                                           "Add it in Model Prices, then run."));
            QPushButton* prices = confirm->addButton(tr("Model &Prices…"), QMessageBox::ActionRole);
            prices->setObjectName(QStringLiteral("modelPricesButton"));
            // The box closes, without a run; the prices open, and the user runs again after.
            connect(prices, &QPushButton::clicked, this, &ColumnRunPanel::pricesWanted);
            break;
        }
        }
        confirm->setDetailedText(tr("The request for the first lead:\n\n%1").arg(plan.firstRequest));
        confirm->button(QMessageBox::Ok)->setText(tr("Run"));
        // A sample first: five cells, to check the results before paying for all of them.
        QPushButton* sample = plan.targets > kSampleRows
            ? confirm->addButton(tr("Run on %n Row(s)", nullptr, kSampleRows), QMessageBox::AcceptRole)
            : nullptr;
        if (sample)
            sample->setObjectName(QStringLiteral("runSampleButton"));
        connect(confirm, &QMessageBox::finished, this, [this, confirm, sample, options, session] {
            QAbstractButton* clicked = confirm->clickedButton();
            if (session != m_session || !clicked
                || (clicked != sample && clicked != confirm->button(QMessageBox::Ok))) {
                end();
                return;
            }
            RunOptions chosen = options;
            if (clicked == sample)
                chosen.limit = kSampleRows;
            showRunning();
            m_session->start(chosen);
        });
        confirm->open();
    });
}

void ColumnRunPanel::showRunning()
{
    connect(m_session, &ColumnRunSession::progress, this, [this, session = m_session](const RunStats& stats) {
        if (session == m_session)
            showProgress(stats);
    });
    connect(m_session, &ColumnRunSession::finished, this, [this, session = m_session](const RunStats& stats) {
        if (session != m_session)
            return;
        const QString name = m_session->columnName();
        QString summary = tr("%1: %Ln cell(s) done", nullptr, int(stats.done)).arg(name);
        summary += tr(", %Ln failed", nullptr, int(stats.failed));
        if (stats.cached > 0)
            summary += tr(", %Ln from the cache", nullptr, int(stats.cached));
        summary += tr(", cost: %1.").arg(formatCost(stats.cost, stats.pricing));
        if (stats.cancelled)
            summary += u' ' + tr("Cancelled: Run again to compute the rest.");
        if (!stats.stopReason.isEmpty())
            summary += u' ' + stats.stopReason;
        Q_EMIT finished(summary);
        end();
    });
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT runStarted(m_session->columnName());
    m_label->setText(tr("%1: starting…").arg(m_session->columnName()));
    m_progress->setRange(0, 0);
    show();
    m_refresh.start();
}

void ColumnRunPanel::showProgress(const RunStats& stats)
{
    if (!m_session)
        return;
    // The rate of this session's cells: a resumed run's earlier cells took no time here.
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    const double perSecond = seconds > 0.5 ? double(stats.finished() - stats.finishedBefore) / seconds : 0;
    Q_EMIT runProgress(stats);
    m_progress->setRange(0, int(std::max<qint64>(1, stats.targets)));
    m_progress->setValue(int(stats.finished()));
    m_label->setText(tr("%1: %L2 of %L3 · %L4 failed · %5/s · %6")
                         .arg(m_session->columnName())
                         .arg(stats.finished())
                         .arg(stats.targets)
                         .arg(stats.failed)
                         .arg(QLocale().toString(perSecond, 'f', 1), formatCost(stats.cost, stats.pricing)));
}

void ColumnRunPanel::end()
{
    m_refresh.stop();
    if (m_model)
        m_model->refreshLoadedRows();
    if (m_session) {
        m_session->release(); // its run has ended: its thread quits, and it goes
        m_session = nullptr;
    }
    m_pauseButton->setChecked(false);
    hide();
    if (!m_queue.isEmpty()) {
        const auto [columnName, options] = m_queue.takeFirst();
        runAutomatically(columnName, options);
    }
}

} // namespace LeadSync
