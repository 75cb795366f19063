#include "MailboxDialog.h"

#include "Error.h"
#include "secrets/KeyStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QtConcurrent>

namespace LeadSync {

namespace {
// The keychain entry a mailbox's password is filed under unless the user names another.
QString defaultPasswordEntry(const QString& mailboxName)
{
    QString entry = QStringLiteral("LEADSYNC_SMTP_") + mailboxName.toUpper();
    for (QChar& c : entry) {
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            c = u'_';
    }
    return entry;
}
} // namespace

MailboxDialog::MailboxDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_smtp(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordEntry(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_window(new QLineEdit(QStringLiteral("mon-fri 09:00-17:00"), this))
    , m_dailyCap(new QSpinBox(this))
    , m_hourlyCap(new QSpinBox(this))
    , m_gapMin(new QSpinBox(this))
    , m_gapMax(new QSpinBox(this))
    , m_unsubscribe(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Mailbox"));
    setObjectName(QStringLiteral("mailboxDialog"));
    m_name->setObjectName(QStringLiteral("mailboxName"));
    m_from->setObjectName(QStringLiteral("mailboxFrom"));
    m_smtp->setObjectName(QStringLiteral("mailboxSmtp"));
    m_password->setObjectName(QStringLiteral("mailboxPassword"));
    m_passwordEntry->setObjectName(QStringLiteral("mailboxPasswordEntry"));
    m_message->setObjectName(QStringLiteral("mailboxMessage"));
    m_testButton->setObjectName(QStringLiteral("mailboxTestButton"));
    m_from->setPlaceholderText(tr("Ana Example <ana@example.com>"));
    m_smtp->setPlaceholderText(tr("smtps://smtp.example.com:465 or smtp://smtp.example.com:587"));
    m_user->setPlaceholderText(tr("the From address"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password or app password"));
    m_passwordEntry->setToolTip(
        tr("The password is kept in the system keychain under this name. An environment variable of "
           "the same name works too, e.g. for leadsync-cli from cron."));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_passwordEntry->isModified())
            m_passwordEntry->setText(defaultPasswordEntry(name.trimmed()));
    });
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_window->setToolTip(tr("Days and hours in the mailbox's zone, e.g. “mon-fri 09:00-17:00”."));
    m_dailyCap->setRange(1, 100000);
    m_dailyCap->setValue(50);
    m_hourlyCap->setRange(0, 100000);
    m_hourlyCap->setSpecialValueText(tr("none"));
    for (QSpinBox* gap : { m_gapMin, m_gapMax }) {
        gap->setRange(0, 24 * 3600);
        gap->setSuffix(tr(" s"));
    }
    m_gapMin->setValue(90);
    m_gapMax->setValue(240);
    m_unsubscribe->setPlaceholderText(tr("optional: an https page for one-click unsubscribe"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* gapRow = new QHBoxLayout;
    gapRow->addWidget(m_gapMin);
    gapRow->addWidget(new QLabel(tr("to"), this));
    gapRow->addWidget(m_gapMax);
    gapRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&SMTP server:"), m_smtp);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &entry:"), m_passwordEntry);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Sending &window:"), m_window);
    form->addRow(tr("&Daily cap:"), m_dailyCap);
    form->addRow(tr("&Hourly cap:"), m_hourlyCap);
    form->addRow(tr("Gap between sends:"), gapRow);
    form->addRow(tr("&Unsubscribe page:"), m_unsubscribe);
    m_buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailboxDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &MailboxDialog::test);
    connect(&m_test, &QFutureWatcher<SmtpResult>::finished, this, &MailboxDialog::showTestResult);
    resize(560, sizeHint().height());
}

// A test still running is cancelled, not waited for: it holds copies of all it needs.
MailboxDialog::~MailboxDialog()
{
    m_cancelTest->store(true);
}

void MailboxDialog::setMailbox(const Mailbox& mailbox)
{
    m_name->setText(mailbox.name);
    m_from->setText(mailbox.from());
    m_smtp->setText(mailbox.smtpUrl.toString());
    m_user->setText(mailbox.smtpUser);
    m_passwordEntry->setText(mailbox.passwordEnv);
    m_passwordEntry->setModified(true);
    m_password->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    m_zone->setCurrentText(QString::fromUtf8(mailbox.zone.id()));
    m_window->setText(mailbox.window.toString());
    m_dailyCap->setValue(mailbox.dailyCap);
    m_hourlyCap->setValue(mailbox.hourlyCap);
    m_gapMin->setValue(mailbox.gapMinSeconds);
    m_gapMax->setValue(mailbox.gapMaxSeconds);
    m_unsubscribe->setText(mailbox.unsubscribeUrl);
}

Mailbox MailboxDialog::mailbox() const
{
    Mailbox mailbox;
    mailbox.name = m_name->text().trimmed();
    if (mailbox.name.isEmpty())
        throw Error(tr("The mailbox needs a name."));
    std::tie(mailbox.fromName, mailbox.fromAddress) = parseFrom(m_from->text());
    mailbox.smtpUrl = QUrl(m_smtp->text().trimmed());
    mailbox.smtpUser = m_user->text().trimmed();
    mailbox.passwordEnv = m_passwordEntry->text().trimmed();
    mailbox.zone = QTimeZone(m_zone->currentText().trimmed().toUtf8());
    mailbox.window = SendingWindow::parse(m_window->text());
    mailbox.dailyCap = m_dailyCap->value();
    mailbox.hourlyCap = m_hourlyCap->value();
    mailbox.gapMinSeconds = m_gapMin->value();
    mailbox.gapMaxSeconds = m_gapMax->value();
    mailbox.unsubscribeUrl = m_unsubscribe->text().trimmed();
    MailboxStore::validate(mailbox);
    return mailbox;
}

QByteArray MailboxDialog::typedPassword() const
{
    return m_password->text().toUtf8();
}

void MailboxDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_buttons->setEnabled(true);
}

std::optional<Mailbox> MailboxDialog::checkedMailbox()
{
    try {
        return mailbox();
    } catch (const Error& error) {
        showError(error.message());
        return std::nullopt;
    }
}

// Checks the form, files a typed password in the keychain, then asks for the mailbox to be saved.
void MailboxDialog::save()
{
    const std::optional<Mailbox> checked = checkedMailbox();
    if (!checked)
        return;
    if (typedPassword().isEmpty()) {
        Q_EMIT saveRequested(*checked);
        return;
    }
    m_buttons->setEnabled(false);
    KeyStore::write(
        checked->passwordEnv, typedPassword(), this, [this, checked = *checked](const QString& error) {
            if (!error.isEmpty()) {
                showError(tr("The password could not be stored in the keychain: %1").arg(error));
                return;
            }
            Q_EMIT saveRequested(checked);
        });
}

void MailboxDialog::test()
{
    const std::optional<Mailbox> found = checkedMailbox();
    if (!found)
        return;
    const Mailbox& checked = *found;
    m_testButton->setEnabled(false);
    m_message->setText(tr("Sending a test message to %1…").arg(checked.fromAddress));
    const auto run = [this, checked](const QByteArray& password) {
        m_test.setFuture(QtConcurrent::run([checked, password, cancel = m_cancelTest] {
            return SmtpSender::test(checked, password, QDateTime::currentDateTimeUtc(), cancel.get());
        }));
    };
    if (!typedPassword().isEmpty() || checked.passwordEnv.isEmpty()) {
        run(typedPassword());
        return;
    }
    KeyStore::read(checked.passwordEnv, this, [run](const QByteArray& key, const QString&) { run(key); });
}

void MailboxDialog::showTestResult()
{
    m_testButton->setEnabled(true);
    if (m_test.future().resultCount() == 0)
        return;
    const SmtpResult result = m_test.result();
    if (result.outcome == SmtpResult::Outcome::Sent) {
        m_message->setText(tr("✔ The mailbox works: a test message was sent to its own address."));
    } else {
        static const QHash<QString, const char*> stages {
            { QStringLiteral("dns"), QT_TR_NOOP("The server's name could not be found") },
            { QStringLiteral("connection"), QT_TR_NOOP("The server could not be reached") },
            { QStringLiteral("tls"), QT_TR_NOOP("The secure (TLS) connection failed") },
            { QStringLiteral("authentication"), QT_TR_NOOP("The server refused the user or password") },
            { QStringLiteral("sender"), QT_TR_NOOP("The server refused the From address") },
            { QStringLiteral("recipient"), QT_TR_NOOP("The server refused the recipient") },
            { QStringLiteral("message"), QT_TR_NOOP("The server refused the message") },
        };
        const char* stage = stages.value(result.stage, QT_TR_NOOP("The test failed"));
        showError(tr("✘ %1: %2").arg(tr(stage), result.reason));
    }
    Q_EMIT tested(result);
}

} // namespace LeadSync
