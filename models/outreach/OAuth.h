#pragma once

#include "Mailbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuthHttpServerReplyHandler;

namespace LeadSync {

// The tokens of a mailbox that signs in with OAuth 2, as its keychain entry (or the environment
// variable of that name, for leadsync-cli) keeps them: a small JSON record. Never in the workspace.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray clientSecret; // when the provider gave the client one (Google's desktop clients)
    qint64 expiresAt = 0; // epoch ms; 0: not known

    QByteArray toJson() const;
    // nullopt when the text is no such record.
    static std::optional<OAuthTokens> fromJson(const QByteArray& json);
};

// The token endpoint (RFC 6749 §4.1.3, §6): one request and its answer, shared by the sign-in and
// the refresh.
namespace OAuthTokenRequest {
// The form posted to the mailbox's token URL with these grant parameters and the client's.
QByteArray form(
    const Mailbox& mailbox, const OAuthTokens& client, const QList<std::pair<QString, QString>>& grant);
// The provider's answer read: the new tokens (a refresh token or secret it does not repeat is kept
// from previous), or Error with the provider's own error and description.
OAuthTokens parse(const Mailbox& mailbox, int httpStatus, const QByteArray& body, const OAuthTokens& previous,
    const QDateTime& now);
} // namespace OAuthTokenRequest

// A new access token from the refresh token. Blocking: for a worker thread and the CLI, never the GUI
// thread. Throws Error saying what the provider answered.
OAuthTokens refreshOAuthTokens(const Mailbox& mailbox, const OAuthTokens& tokens, int timeoutMs = 30000);

// What a tick sends with, per mailbox: its password, or for an OAuth mailbox an access token that
// is valid for at least another minute (refreshed when not). stored(entry) reads a keychain entry or
// environment variable. Refreshed tokens are collected for the caller to store (the keychain belongs
// to the GUI thread; the CLI cannot write its environment and refreshes again next time).
class MailboxCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::MailboxCredentials)

public:
    using Stored = std::function<std::optional<QByteArray>(const QString& entry)>;
    MailboxCredentials(Stored stored, QDateTime now);

    // nullopt: not found, or the refresh failed (problems() says why).
    std::optional<QByteArray> secret(const Mailbox& mailbox);
    // The server refused the access token: a new one, or nullopt (a password mailbox, a failure).
    std::optional<QByteArray> renew(const Mailbox& mailbox);
    // Keychain entry -> the new token record.
    const QHash<QString, QByteArray>& refreshed() const { return m_refreshed; }
    const QStringList& problems() const { return m_problems; }

private:
    std::optional<QByteArray> accessToken(const Mailbox& mailbox, bool force);

    Stored m_stored;
    QDateTime m_now;
    QHash<QString, QByteArray> m_refreshed;
    QStringList m_problems;
};

// Signs a mailbox in: the authorization code flow with PKCE (RFC 7636) and a loopback redirect
// (RFC 8252). Qt Network Authorization's QOAuthHttpServerReplyHandler takes the browser's redirect
// on a free port of 127.0.0.1; the authorization URL and the code exchange are built here, because
// Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE and drops the token endpoint's errors.
class OAuthSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSignIn)

public:
    OAuthSignIn(Mailbox mailbox, QByteArray clientSecret, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    // Listens on the loopback port and asks for the browser (browserWanted); an error ends at once.
    void start();

Q_SIGNALS:
    void browserWanted(const QUrl& url);
    // error empty: signed in.
    void finished(const LeadSync::OAuthTokens& tokens, const QString& error);

private:
    void onCallback(const QVariantMap& encoded);
    void finish(const OAuthTokens& tokens, const QString& error);

    Mailbox m_mailbox;
    OAuthTokens m_client; // the client secret
    QByteArray m_verifier;
    QByteArray m_state;
    QOAuthHttpServerReplyHandler* m_handler = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    bool m_done = false;
};

} // namespace LeadSync
