#pragma once

#include "outreach/Outbox.h"
#include "outreach/OutreachEngine.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QLabel;
class QToolButton;

namespace LeadSync {

class LeadTableModel;

// Reads the mailboxes' inboxes and, when sending is on, sends the workspace's outreach while the
// desktop app runs (docs/decisions/0014-outreach.md, 0016-replies.md).
// - A timer ticks the engine when the next message is due, or at least every five minutes. It also
//   ticks at once when sending is switched on, and after the laptop wakes: logind's PrepareForSleep
//   over D-Bus, or a jump of the wall clock past the monotonic clock where there is no logind.
// - Each tick reads the inboxes first; with sending off it only reads them.
// - A tick runs on a worker thread with its own connection and writes through the workspace's
//   writer. SMTP passwords come from the keychain, asynchronously.
// - The status bar shows the day: sent today against the caps, the next send, whether sending is
//   on, and the replies to handle.
class OutreachController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachController)

public:
    explicit OutreachController(QObject* parent = nullptr);
    ~OutreachController() override;

    // The workspace to send for (its model reads and writes); nullptr: none.
    void setWorkspace(const QString& path, LeadTableModel* model);
    bool isSending() const { return m_sending; }
    // Remembered per workspace; switching on ticks at once.
    void setSending(bool on);
    // Ticks now (the outbox changed, a mailbox got its password), or as soon as the running tick ends.
    void tickNow();
    // The day as last read (at most a minute old).
    const QList<Outbox::MailboxDay>& today() const { return m_today; }
    qint64 dueToday() const;
    // Replies that wait for the consultant (not answered, not discarded).
    qint64 unhandledReplies() const { return m_unhandledReplies; }
    // Reads the day again (after a change in the outbox).
    void refreshStatus();
    // Forgets the passwords read from the keychain (a mailbox's password was changed).
    void forgetPasswords() { m_passwords.clear(); }
    // Stops: the tick running is cancelled before its next send; no new one starts (the window closes).
    void stop();

    QWidget* statusWidget() const { return m_statusWidget; }

    // Waits for a tick still ending (cancelled when the window closed): at exit, so that the outcome
    // of a message being sent is written.
    static void waitForTicks();

public Q_SLOTS:
    // logind's PrepareForSleep: going to sleep stops the timer; waking ticks at once (what is overdue
    // is planned again from now, not sent in a burst).
    void onPrepareForSleep(bool sleeping);

Q_SIGNALS:
    void sendingChanged(bool on);
    // A tick ended; the outbox may have changed.
    void ticked(const LeadSync::OutreachEngine::TickResult& result);
    void statusChanged();

private:
    void readPasswordsThenTick(QStringList names);
    void startTick();
    void onTickEnded();
    void schedule(const QDateTime& nextDue);
    void checkClock();
    void showStatus();
    QString settingsKey() const;

    struct TickOutcome
    {
        QString path;
        OutreachEngine::TickResult result;
        QList<Outbox::MailboxDay> today;
        QString error;
        QHash<QString, QByteArray> refreshed; // keychain entry -> refreshed OAuth tokens
        QStringList problems; // a mailbox not signed in, a refresh refused
        qint64 unhandledReplies = 0;
    };

    QString m_path;
    QPointer<LeadTableModel> m_model;
    bool m_sending = false;
    bool m_ticking = false;
    bool m_again = false;
    QHash<QString, QByteArray> m_passwords; // by keychain entry (or variable) name
    QStringList m_missingPasswords;
    QString m_error;
    QList<Outbox::MailboxDay> m_today;
    qint64 m_unhandledReplies = 0;
    QTimer m_tickTimer;
    QTimer m_statusTimer;
    QTimer m_clockTimer;
    QElapsedTimer m_monotonic;
    qint64 m_wallAtCheck = 0;
    qint64 m_monotonicAtCheck = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<TickOutcome> m_watcher;
    QWidget* m_statusWidget = nullptr;
    QLabel* m_statusLabel = nullptr;
    QToolButton* m_sendingButton = nullptr;
};

} // namespace LeadSync
