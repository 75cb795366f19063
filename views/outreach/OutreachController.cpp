#include "OutreachController.h"

#include "Error.h"
#include "outreach/OAuth.h"
#include "replies/ReplyActions.h"
#include "replies/ReplyAssistant.h"
#include "replies/ReplySync.h"
#include "secrets/KeyStore.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QThreadPool>
#include <QToolButton>
#include <QtConcurrent>

namespace LeadSync {

namespace {

// Ticks run here, one at a time, so that exit can wait for the one ending.
QThreadPool& tickPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

// The longest wait between two ticks, and between two reads of the day's status.
constexpr int kMaxTickIntervalMs = 5 * 60 * 1000;
constexpr int kStatusIntervalMs = 60 * 1000;
// The wall clock is compared with the monotonic one this often; a difference of more than the
// threshold means the machine slept (the monotonic clock stops during suspend).
constexpr int kClockCheckMs = 15 * 1000;
constexpr qint64 kClockJumpMs = 60 * 1000;

} // namespace

OutreachController::OutreachController(QObject* parent)
    : QObject(parent)
    , m_statusWidget(new QWidget)
    , m_statusLabel(new QLabel(m_statusWidget))
    , m_sendingButton(new QToolButton(m_statusWidget))
{
    m_statusWidget->setObjectName(QStringLiteral("outreachStatus"));
    auto* layout = new QHBoxLayout(m_statusWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_sendingButton);
    m_statusLabel->setObjectName(QStringLiteral("outreachStatusLabel"));
    m_sendingButton->setObjectName(QStringLiteral("outreachSendingButton"));
    m_sendingButton->setCheckable(true);
    m_sendingButton->setAutoRaise(true);
    connect(m_sendingButton, &QToolButton::toggled, this, &OutreachController::setSending);
    m_statusWidget->hide(); // until a workspace has a mailbox

    m_tickTimer.setSingleShot(true);
    connect(&m_tickTimer, &QTimer::timeout, this, &OutreachController::tickNow);
    m_statusTimer.setInterval(kStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &OutreachController::refreshStatus);
    m_clockTimer.setInterval(kClockCheckMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &OutreachController::checkClock);
    m_monotonic.start();
    m_wallAtCheck = QDateTime::currentMSecsSinceEpoch();
    m_clockTimer.start();
    connect(&m_watcher, &QFutureWatcher<TickOutcome>::finished, this, &OutreachController::onTickEnded);
    // Where logind runs, it says when the machine goes to sleep and when it wakes.
    // The one connect by name in LeadSync: QtDBus 6.4 has no member-pointer overload for a remote
    // signal, and a QDBusAbstractInterface proxy (which would allow one) asks the bus for the name's
    // owner, a blocking call, as it is constructed on the GUI thread. onPrepareForSleep is a slot.
    QDBusConnection::systemBus().connect(QStringLiteral("org.freedesktop.login1"),
        QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
        QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
}

// The status widget belongs to the status bar it is put in.
OutreachController::~OutreachController()
{
    stop();
}

void OutreachController::setWorkspace(const QString& path, LeadTableModel* model)
{
    stop();
    m_path = path;
    m_model = model;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_today.clear();
    m_error.clear();
    m_missingPasswords.clear();
    m_passwords.clear();
    m_sending = !path.isEmpty() && QSettings().value(settingsKey(), false).toBool();
    {
        const QSignalBlocker blocker(m_sendingButton);
        m_sendingButton->setChecked(m_sending);
    }
    Q_EMIT sendingChanged(m_sending);
    if (m_path.isEmpty())
        return;
    m_statusTimer.start();
    refreshStatus();
    tickNow();
}

QString OutreachController::settingsKey() const
{
    const QByteArray hash = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("workspaces/%1/outreachSending").arg(QString::fromLatin1(hash.left(16)));
}

void OutreachController::setSending(bool on)
{
    if (m_path.isEmpty() || on == m_sending)
        return;
    m_sending = on;
    QSettings().setValue(settingsKey(), on);
    {
        const QSignalBlocker blocker(m_sendingButton);
        m_sendingButton->setChecked(on);
    }
    if (on) {
        m_error.clear();
        tickNow();
    } else {
        if (m_cancel)
            m_cancel->store(true); // the running tick stops before its next send
        m_cancel = std::make_shared<std::atomic_bool>(false);
        schedule({}); // the inboxes are still read
    }
    showStatus();
    Q_EMIT sendingChanged(on);
}

void OutreachController::stop()
{
    m_tickTimer.stop();
    m_statusTimer.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_again = false;
}

qint64 OutreachController::dueToday() const
{
    qint64 due = 0;
    for (const Outbox::MailboxDay& day : m_today)
        due += day.dueToday;
    return due;
}

// With sending off, a tick still reads the inboxes (replies, bounces and opt-outs are recorded and
// stop what they must), and sends nothing.
void OutreachController::tickNow()
{
    if (m_path.isEmpty() || !m_model)
        return;
    if (m_ticking) {
        m_again = true;
        return;
    }
    m_ticking = true;
    m_tickTimer.stop();
    // The mailboxes' password names first (on the loader's thread), then the passwords (keychain).
    m_model->read(this, [this](Workspace& workspace) -> LeadTableModel::Continuation {
        QStringList names;
        bool inbox = false;
        for (const Mailbox& mailbox : MailboxStore(workspace).list()) {
            inbox = inbox || !mailbox.imapUrl.isEmpty();
            if (!mailbox.passwordEnv.isEmpty() && !names.contains(mailbox.passwordEnv))
                names.append(mailbox.passwordEnv);
        }
        // The reply assistant's key, when it has a provider.
        const ReplyAssistant::Settings assistant = ReplyAssistant::Settings::load(workspace);
        if (!assistant.baseUrl.isEmpty() && !assistant.keyEnv.isEmpty() && !names.contains(assistant.keyEnv))
            names.append(assistant.keyEnv);
        return [this, names, inbox] {
            if (!m_sending && !inbox) { // nothing to send, nothing to read
                m_ticking = false;
                return;
            }
            readPasswordsThenTick(names);
        };
    });
}

void OutreachController::readPasswordsThenTick(QStringList names)
{
    while (!names.isEmpty() && m_passwords.contains(names.first()))
        names.removeFirst();
    if (names.isEmpty()) {
        startTick();
        return;
    }
    const QString name = names.takeFirst();
    KeyStore::read(name, this, [this, name, names](const QByteArray& key, const QString&) {
        if (!key.isEmpty())
            m_passwords.insert(name, key);
        readPasswordsThenTick(names);
    });
}

void OutreachController::startTick()
{
    const QString path = m_path;
    const QHash<QString, QByteArray> passwords = m_passwords;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const bool sending = m_sending;
    m_watcher.setFuture(QtConcurrent::run(&tickPool(), [path, passwords, cancel, sending] {
        TickOutcome outcome;
        outcome.path = path;
        try {
            Workspace workspace(path);
            const OutreachEngine::Write write = OutreachEngine::through(WorkspaceWriter::of(path));
            OutreachEngine engine(workspace, write);
            OutreachEngine::TickOptions options;
            options.cancel = cancel.get();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // Passwords and OAuth tokens as read from the keychain; a token that expires is refreshed
            // here, on the worker, and stored by the GUI thread after the tick.
            MailboxCredentials credentials(
                [&passwords](const QString& entry) -> std::optional<QByteArray> {
                    const auto found = passwords.constFind(entry);
                    return found == passwords.cend() ? std::nullopt : std::optional(*found);
                },
                now);
            // The replies first: one that arrived a minute ago stops the follow-up about to go. A
            // mailbox whose inbox cannot be read sends nothing this time.
            const ReplyAssistant::Settings settings = ReplyAssistant::Settings::load(workspace);
            const ReplyAssistant assistant(settings, passwords.value(settings.keyEnv));
            ReplySync::Options sync;
            sync.assistant = &assistant;
            sync.password = [&credentials](const Mailbox& mailbox) { return credentials.secret(mailbox); };
            sync.cancel = cancel.get();
            const ReplySync::Result synced = ReplySync(workspace, write).sync(now, sync);
            options.password = [&credentials, &synced](const Mailbox& mailbox) -> std::optional<QByteArray> {
                if (synced.failedMailboxes.contains(mailbox.name))
                    return std::nullopt;
                return credentials.secret(mailbox);
            };
            options.renew = [&credentials](const Mailbox& mailbox) { return credentials.renew(mailbox); };
            if (sending)
                outcome.result = engine.tick(now, options);
            outcome.problems += synced.problems;
            outcome.today = Outbox(workspace).today(now);
            outcome.unhandledReplies = ReplyActions::unhandled(workspace);
            outcome.refreshed = credentials.refreshed();
            outcome.problems += credentials.problems();
        } catch (const Error& error) {
            outcome.error = error.message();
        }
        return outcome;
    }));
}

void OutreachController::onTickEnded()
{
    m_ticking = false;
    const TickOutcome outcome = m_watcher.result();
    if (outcome.path != m_path) { // the workspace changed meanwhile
        m_again = false;
        tickNow();
        return;
    }
    m_error = outcome.error.isEmpty() ? outcome.problems.join(u'\n') : outcome.error;
    m_missingPasswords = outcome.result.withoutPassword;
    // Refreshed OAuth tokens go back to the keychain (a failure keeps the old ones: the next tick
    // refreshes again).
    for (auto it = outcome.refreshed.cbegin(); it != outcome.refreshed.cend(); ++it) {
        m_passwords.insert(it.key(), it.value());
        KeyStore::write(it.key(), it.value(), this, [](const QString&) {});
    }
    if (outcome.error.isEmpty()) {
        m_today = outcome.today;
        m_unhandledReplies = outcome.unhandledReplies;
    }
    showStatus();
    Q_EMIT ticked(outcome.result);
    if (m_again) {
        m_again = false;
        tickNow();
        return;
    }
    schedule(outcome.result.nextDue);
}

void OutreachController::schedule(const QDateTime& nextDue)
{
    qint64 wait = kMaxTickIntervalMs; // with sending off, the inboxes are read this often
    if (m_sending && nextDue.isValid())
        wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(nextDue) + 500, 1000, wait);
    m_tickTimer.start(int(wait));
}

void OutreachController::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        m_tickTimer.stop();
        return;
    }
    refreshStatus();
    tickNow(); // awake: what is overdue is planned again from now, not sent in a burst
}

// Where there is no logind: the wall clock moved on more than the monotonic clock, so the machine
// slept (or the user changed the clock); either way the plan is looked at again now.
void OutreachController::checkClock()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const qint64 monotonic = m_monotonic.elapsed();
    const qint64 drift = (wall - m_wallAtCheck) - (monotonic - m_monotonicAtCheck);
    m_wallAtCheck = wall;
    m_monotonicAtCheck = monotonic;
    if (std::abs(drift) > kClockJumpMs) {
        refreshStatus();
        tickNow();
    }
}

void OutreachController::refreshStatus()
{
    if (!m_model)
        return;
    m_model->read(this, [this](Workspace& workspace) -> LeadTableModel::Continuation {
        QList<Outbox::MailboxDay> today = Outbox(workspace).today(QDateTime::currentDateTimeUtc());
        const qint64 unhandled = ReplyActions::unhandled(workspace);
        return [this, today, unhandled] {
            m_today = today;
            m_unhandledReplies = unhandled;
            showStatus();
        };
    });
}

void OutreachController::showStatus()
{
    m_statusWidget->setVisible(!m_today.isEmpty());
    qint64 sent = 0;
    qint64 cap = 0;
    QDateTime next;
    for (const Outbox::MailboxDay& day : std::as_const(m_today)) {
        sent += day.sentToday;
        cap += day.dailyCap;
        if (day.nextSend.isValid() && (!next.isValid() || day.nextSend < next))
            next = day.nextSend;
    }
    QString text = tr("Sent today: %1 / %2").arg(sent).arg(cap);
    if (m_unhandledReplies > 0)
        text.prepend(tr("Replies to handle: %1 · ").arg(m_unhandledReplies));
    if (next.isValid()) {
        const QDateTime local = next.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
            ? QLocale().toString(local.time(), QLocale::ShortFormat)
            : QLocale().toString(local, QLocale::ShortFormat);
        text += m_sending ? tr(", next send at %1").arg(when) : tr(", next due at %1").arg(when);
    }
    QString problem = m_error;
    if (problem.isEmpty() && !m_missingPasswords.isEmpty())
        problem = tr("No password found in the keychain for mailbox %1: set it in Outreach › Mailboxes.")
                      .arg(m_missingPasswords.join(QStringLiteral(", ")));
    if (!problem.isEmpty())
        text = tr("⚠ %1").arg(text);
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(problem);
    m_sendingButton->setText(m_sending ? tr("Sending: On") : tr("Sending: Off"));
    m_sendingButton->setToolTip(m_sending
            ? tr("LeadSync sends the messages due while it runs. Click to stop sending.")
            : tr("Nothing is sent. Click to send the messages due while LeadSync runs."));
    Q_EMIT statusChanged();
}

void OutreachController::waitForTicks()
{
    tickPool().waitForDone();
}

} // namespace LeadSync
