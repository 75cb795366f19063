#include "MailboxDialog.h"

#include "Error.h"
#include "outreach/OAuth.h"
#include "secrets/KeyStore.h"

#include <QComboBox>
#include <QDesktopServices>
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
    , m_signInWith(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_signInButton(new QPushButton(tr("Sign &In…"), this))
    , m_form(new QFormLayout)
    , m_imap(new QLineEdit(this))
    , m_imapFolders(new QLineEdit(QStringLiteral("INBOX"), this))
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
    m_imap->setObjectName(QStringLiteral("mailboxImap"));
    m_imap->setPlaceholderText(tr("imaps://imap.example.com:993, to read replies (signs in as SMTP does)"));
    m_imapFolders->setToolTip(tr("Folders separated by commas; replies are looked for in each."));
    m_signInWith->setObjectName(QStringLiteral("mailboxSignInWith"));
    m_clientId->setObjectName(QStringLiteral("mailboxClientId"));
    m_clientSecret->setObjectName(QStringLiteral("mailboxClientSecret"));
    m_signInButton->setObjectName(QStringLiteral("mailboxSignInButton"));
    m_signInWith->addItem(tr("Password or app password"), QString());
    m_signInWith->addItem(tr("Google account (OAuth)"), QStringLiteral("google"));
    m_signInWith->addItem(tr("Microsoft 365 account (OAuth)"), QStringLiteral("microsoft"));
    m_clientId->setPlaceholderText(tr("the client ID of your own OAuth app (see the README)"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("if your provider gave one (Google does); kept in the keychain"));
    m_signInButton->setToolTip(tr(
        "Opens your browser to sign in; the tokens go to the keychain entry below, never to the workspace."));
    connect(m_signInWith, &QComboBox::currentIndexChanged, this, &MailboxDialog::showSignInFields);
    connect(m_signInButton, &QPushButton::clicked, this, &MailboxDialog::signIn);
    m_browser = [](const QUrl& url) { QDesktopServices::openUrl(url); };
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
    auto* form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&SMTP server:"), m_smtp);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Sign in &with:"), m_signInWith);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("OAuth &client ID:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_clientSecret);
    form->addRow(QString(), m_signInButton);
    form->addRow(tr("Password &entry:"), m_passwordEntry);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Sending &window:"), m_window);
    form->addRow(tr("&Daily cap:"), m_dailyCap);
    form->addRow(tr("&Hourly cap:"), m_hourlyCap);
    form->addRow(tr("Gap between sends:"), gapRow);
    form->addRow(tr("&Unsubscribe page:"), m_unsubscribe);
    form->addRow(tr("&IMAP server (replies):"), m_imap);
    form->addRow(tr("Folders to &read:"), m_imapFolders);
    m_buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailboxDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &MailboxDialog::test);
    connect(&m_test, &QFutureWatcher<SmtpResult>::finished, this, &MailboxDialog::showTestResult);
    showSignInFields();
    resize(560, sizeHint().height());
}

// The password for a password mailbox; the client and the sign-in for an OAuth one.
void MailboxDialog::showSignInFields()
{
    const bool oauth = !m_signInWith->currentData().toString().isEmpty();
    for (QWidget* field : { static_cast<QWidget*>(m_clientId), static_cast<QWidget*>(m_clientSecret),
             static_cast<QWidget*>(m_signInButton) })
        m_form->setRowVisible(field, oauth);
    m_form->setRowVisible(m_password, !oauth);
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
    m_imap->setText(mailbox.imapUrl.toString());
    m_imapFolders->setText(mailbox.imapFolders.join(QStringLiteral(", ")));
    m_customOAuth.reset();
    m_signInWith->setCurrentIndex(0);
    if (mailbox.usesOAuth()) {
        m_clientId->setText(mailbox.oauth.clientId);
        const int preset = [&] {
            for (int i = 1; i < m_signInWith->count(); ++i) {
                const std::optional<OAuthSettings> settings
                    = OAuthSettings::preset(m_signInWith->itemData(i).toString());
                if (settings && settings->tokenUrl == mailbox.oauth.tokenUrl)
                    return i;
            }
            return -1;
        }();
        if (preset > 0) {
            m_signInWith->setCurrentIndex(preset);
        } else {
            // A provider of leadsync-cli's --oauth custom: kept as it is.
            m_customOAuth = mailbox.oauth;
            if (m_signInWith->findData(QStringLiteral("custom")) < 0)
                m_signInWith->addItem(tr("Other OAuth provider (%1)").arg(mailbox.oauth.tokenUrl.host()),
                    QStringLiteral("custom"));
            m_signInWith->setCurrentIndex(m_signInWith->findData(QStringLiteral("custom")));
        }
    }
    showSignInFields();
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
    mailbox.imapUrl = QUrl(m_imap->text().trimmed());
    mailbox.imapFolders.clear();
    for (const QString& folder : m_imapFolders->text().split(u',', Qt::SkipEmptyParts))
        mailbox.imapFolders.append(folder.trimmed());
    if (mailbox.imapFolders.isEmpty())
        mailbox.imapFolders.append(QStringLiteral("INBOX"));
    if (m_customOAuth && m_signInWith->currentData().toString() == u"custom") {
        mailbox.oauth = *m_customOAuth;
    } else if (const std::optional<OAuthSettings> preset
        = OAuthSettings::preset(m_signInWith->currentData().toString())) {
        mailbox.oauth = *preset;
    }
    if (!mailbox.oauth.tokenUrl.isEmpty()) {
        mailbox.oauth.clientId = m_clientId->text().trimmed();
        if (mailbox.oauth.clientId.isEmpty())
            throw Error(tr("Signing in with OAuth needs the client ID of your own OAuth app."));
    }
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

// Signs in in the browser; the tokens (and the client secret) go to the mailbox's keychain entry.
void MailboxDialog::signIn()
{
    const std::optional<Mailbox> checked = checkedMailbox();
    if (!checked)
        return;
    delete m_signIn;
    m_signIn = new OAuthSignIn(*checked, m_clientSecret->text().trimmed().toUtf8(), this);
    connect(m_signIn, &OAuthSignIn::browserWanted, this, [this](const QUrl& url) {
        m_message->setText(tr("Sign in in your browser; LeadSync waits for its answer."));
        m_browser(url);
    });
    connect(m_signIn, &OAuthSignIn::finished, this,
        [this, entry = checked->passwordEnv](const OAuthTokens& tokens, const QString& error) {
            m_signInButton->setEnabled(true);
            if (!error.isEmpty()) {
                showError(tr("✘ %1").arg(error));
                return;
            }
            KeyStore::write(entry, tokens.toJson(), this, [this](const QString& failed) {
                if (failed.isEmpty())
                    m_message->setText(
                        tr("✔ Signed in: the tokens are in the keychain. Test the mailbox, then save it."));
                else
                    showError(
                        tr("Signed in, but the tokens could not be stored in the keychain: %1").arg(failed));
            });
        });
    m_signInButton->setEnabled(false);
    m_signIn->start();
}

void MailboxDialog::setBrowser(std::function<void(const QUrl&)> browser)
{
    m_browser = std::move(browser);
}

void MailboxDialog::test()
{
    const std::optional<Mailbox> found = checkedMailbox();
    if (!found)
        return;
    const Mailbox& checked = *found;
    m_testButton->setEnabled(false);
    m_message->setText(tr("Sending a test message to %1…").arg(checked.fromAddress));
    // stored: the password typed or kept, or an OAuth mailbox's token record (refreshed on the worker
    // when it has expired).
    const auto run = [this, checked](const QByteArray& stored) {
        m_test.setFuture(QtConcurrent::run([checked, stored, cancel = m_cancelTest] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            MailboxCredentials credentials([&stored](const QString&) { return std::optional(stored); }, now);
            const std::optional<QByteArray> secret = credentials.secret(checked);
            if (!secret)
                return SmtpResult { SmtpResult::Outcome::Temporary, 0, credentials.problems().value(0),
                    QStringLiteral("authentication") };
            return SmtpSender::test(checked, *secret, now, cancel.get());
        }));
    };
    if (checked.usesOAuth() && !checked.passwordEnv.isEmpty()) {
        KeyStore::read(checked.passwordEnv, this, [run](const QByteArray& key, const QString&) { run(key); });
        return;
    }
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
