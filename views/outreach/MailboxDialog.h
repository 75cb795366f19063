#pragma once

#include "outreach/Mailbox.h"
#include "outreach/SmtpSender.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace LeadSync {

class OAuthSignIn;

// Adds or edits a mailbox: the sender, the SMTP account, the zone, window and pace. The password is
// written to the keychain under the mailbox's password entry (an environment variable of that name
// works too, for the CLI), never to the workspace. "Test" sends one message to the From address with
// what the form says, and tells where it failed (DNS, TLS, authentication, the sender refused).
class MailboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxDialog)

public:
    explicit MailboxDialog(QWidget* parent = nullptr);
    ~MailboxDialog() override;

    void setMailbox(const Mailbox& mailbox);
    // The mailbox the form describes; throws Error naming the field that is wrong.
    Mailbox mailbox() const;
    // The password typed, empty when it was left as it is.
    QByteArray typedPassword() const;
    // Shows why saving failed; the dialog stays open.
    void showError(const QString& message);
    // Sends the test message.
    void test();
    // Signs an OAuth mailbox in, in the browser.
    void signIn();
    // Where the sign-in's URL goes (default: the desktop's browser; tests follow it themselves).
    void setBrowser(std::function<void(const QUrl&)> browser);

Q_SIGNALS:
    // The form is valid: save it (the password is in the keychain already when one was typed).
    void saveRequested(const LeadSync::Mailbox& mailbox);
    void tested(const LeadSync::SmtpResult& result);

private:
    void save();
    void showSignInFields();
    // The form's mailbox, or nothing when a field is wrong (then the dialog says which).
    std::optional<Mailbox> checkedMailbox();
    void showTestResult();

    QLineEdit* m_name;
    QLineEdit* m_from;
    QLineEdit* m_smtp;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_passwordEntry;
    QComboBox* m_signInWith;
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QPushButton* m_signInButton;
    QFormLayout* m_form;
    QLineEdit* m_imap;
    QLineEdit* m_imapFolders;
    std::optional<OAuthSettings> m_customOAuth;
    QPointer<OAuthSignIn> m_signIn;
    std::function<void(const QUrl&)> m_browser;
    QComboBox* m_zone;
    QLineEdit* m_window;
    QSpinBox* m_dailyCap;
    QSpinBox* m_hourlyCap;
    QSpinBox* m_gapMin;
    QSpinBox* m_gapMax;
    QLineEdit* m_unsubscribe;
    QLabel* m_message;
    QPushButton* m_testButton;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<SmtpResult> m_test;
    std::shared_ptr<std::atomic_bool> m_cancelTest = std::make_shared<std::atomic_bool>(false);
};

} // namespace LeadSync
