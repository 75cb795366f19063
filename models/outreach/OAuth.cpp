#include "OAuth.h"

#include "Error.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace LeadSync {

namespace {

// Refreshed this long before the provider says the token expires: a send may take a while.
constexpr qint64 kExpiryMarginMs = 60 * 1000;

// 32 random bytes as base64url: a PKCE verifier (43 characters) or a state.
QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QNetworkRequest tokenRequest(const Mailbox& mailbox)
{
    QNetworkRequest request(mailbox.oauth.tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    return request;
}

} // namespace

QByteArray OAuthTokens::toJson() const
{
    QJsonObject json { { QStringLiteral("access_token"), QString::fromUtf8(accessToken) },
        { QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken) },
        { QStringLiteral("expires_at"), expiresAt } };
    if (!clientSecret.isEmpty())
        json.insert(QStringLiteral("client_secret"), QString::fromUtf8(clientSecret));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!object.contains(u"refresh_token") && !object.contains(u"access_token"))
        return std::nullopt;
    return OAuthTokens { object.value(u"access_token").toString().toUtf8(),
        object.value(u"refresh_token").toString().toUtf8(),
        object.value(u"client_secret").toString().toUtf8(), qint64(object.value(u"expires_at").toDouble()) };
}

QByteArray OAuthTokenRequest::form(
    const Mailbox& mailbox, const OAuthTokens& client, const QList<std::pair<QString, QString>>& grant)
{
    QUrlQuery query;
    for (const auto& [name, value] : grant)
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    query.addQueryItem(
        QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(mailbox.oauth.clientId)));
    if (!client.clientSecret.isEmpty())
        query.addQueryItem(QStringLiteral("client_secret"),
            QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(client.clientSecret))));
    return query.query(QUrl::FullyEncoded).toUtf8();
}

OAuthTokens OAuthTokenRequest::parse(const Mailbox& mailbox, int httpStatus, const QByteArray& body,
    const OAuthTokens& previous, const QDateTime& now)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString accessToken = json.value(u"access_token").toString();
    if (httpStatus / 100 != 2 || accessToken.isEmpty()) {
        // RFC 6749 §5.2: {"error": "invalid_grant", "error_description": "..."}
        const QString error = json.value(u"error").toString();
        const QString description = json.value(u"error_description").toString();
        const QString what = error.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
            : description.isEmpty()          ? error
                                             : QStringLiteral("%1: %2").arg(error, description);
        throw Error(OAuthSignIn::tr("The OAuth provider of mailbox %1 refused: %2").arg(mailbox.name, what));
    }
    OAuthTokens tokens = previous;
    tokens.accessToken = accessToken.toUtf8();
    if (const QString refresh = json.value(u"refresh_token").toString(); !refresh.isEmpty())
        tokens.refreshToken = refresh.toUtf8(); // rotated (Microsoft does)
    const qint64 lifetime = qint64(json.value(u"expires_in").toDouble(3600));
    tokens.expiresAt = now.toMSecsSinceEpoch() + lifetime * 1000;
    return tokens;
}

OAuthTokens refreshOAuthTokens(const Mailbox& mailbox, const OAuthTokens& tokens, int timeoutMs)
{
    if (tokens.refreshToken.isEmpty())
        throw Error(OAuthSignIn::tr("Mailbox %1 has no refresh token: sign in again.").arg(mailbox.name));
    QNetworkAccessManager network;
    QEventLoop loop; // a worker thread's or the CLI's own: never the GUI thread (see the header)
    QTimer timeout;
    timeout.setSingleShot(true);
    QNetworkReply* reply = network.post(tokenRequest(mailbox),
        OAuthTokenRequest::form(mailbox, tokens,
            { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                { QStringLiteral("refresh_token"), QString::fromUtf8(tokens.refreshToken) } }));
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(timeoutMs);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        throw Error(OAuthSignIn::tr("The OAuth provider of mailbox %1 could not be reached: %2")
                        .arg(mailbox.name, reply->errorString()));
    return OAuthTokenRequest::parse(
        mailbox, status, reply->readAll(), tokens, QDateTime::currentDateTimeUtc());
}

MailboxCredentials::MailboxCredentials(Stored stored, QDateTime now)
    : m_stored(std::move(stored))
    , m_now(std::move(now))
{ }

std::optional<QByteArray> MailboxCredentials::secret(const Mailbox& mailbox)
{
    if (mailbox.passwordEnv.isEmpty())
        return QByteArray();
    if (mailbox.usesOAuth())
        return accessToken(mailbox, false);
    return m_stored(mailbox.passwordEnv);
}

std::optional<QByteArray> MailboxCredentials::renew(const Mailbox& mailbox)
{
    return mailbox.usesOAuth() ? accessToken(mailbox, true) : std::nullopt;
}

std::optional<QByteArray> MailboxCredentials::accessToken(const Mailbox& mailbox, bool force)
{
    const QString& entry = mailbox.passwordEnv;
    const std::optional<QByteArray> record
        = m_refreshed.contains(entry) ? std::optional(m_refreshed.value(entry)) : m_stored(entry);
    const std::optional<OAuthTokens> tokens = record ? OAuthTokens::fromJson(*record) : std::nullopt;
    if (!tokens) {
        m_problems.append(tr("Mailbox %1 is not signed in: sign in from its settings.").arg(mailbox.name));
        return std::nullopt;
    }
    if (!force && !tokens->accessToken.isEmpty()
        && tokens->expiresAt > m_now.toMSecsSinceEpoch() + kExpiryMarginMs)
        return tokens->accessToken;
    try {
        const OAuthTokens fresh = refreshOAuthTokens(mailbox, *tokens);
        m_refreshed.insert(entry, fresh.toJson());
        return fresh.accessToken;
    } catch (const Error& error) {
        m_problems.append(error.message());
        return std::nullopt;
    }
}

OAuthSignIn::OAuthSignIn(Mailbox mailbox, QByteArray clientSecret, QObject* parent)
    : QObject(parent)
    , m_mailbox(std::move(mailbox))
    , m_verifier(randomToken())
    , m_state(randomToken())
    , m_network(new QNetworkAccessManager(this))
{
    m_client.clientSecret = std::move(clientSecret);
}

OAuthSignIn::~OAuthSignIn() = default;

void OAuthSignIn::start()
{
    // Port 0: a free one; the providers accept any port on a loopback redirect for desktop clients.
    m_handler = new QOAuthHttpServerReplyHandler(0, this);
    if (!m_handler->isListening()) {
        finish({}, tr("No loopback port could be opened for the sign-in."));
        return;
    }
    m_handler->setCallbackText(tr("LeadSync received the sign-in. You can close this page."));
    connect(m_handler, &QOAuthHttpServerReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);
    QUrlQuery query;
    const QByteArray challenge
        = QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    for (const auto& [name, value] :
        QList<std::pair<QString, QString>> { { QStringLiteral("response_type"), QStringLiteral("code") },
            { QStringLiteral("client_id"), m_mailbox.oauth.clientId },
            { QStringLiteral("redirect_uri"), m_handler->callback() },
            { QStringLiteral("scope"), m_mailbox.oauth.scope },
            { QStringLiteral("state"), QString::fromLatin1(m_state) },
            { QStringLiteral("code_challenge"), QString::fromLatin1(challenge) },
            { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
            // A refresh token, and the account chosen by the user (Google asks for both this way).
            { QStringLiteral("access_type"), QStringLiteral("offline") },
            { QStringLiteral("prompt"), QStringLiteral("consent") },
            { QStringLiteral("login_hint"), m_mailbox.fromAddress } })
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    QUrl url = m_mailbox.oauth.authorizationUrl;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    Q_EMIT browserWanted(url);
}

void OAuthSignIn::onCallback(const QVariantMap& encoded)
{
    if (m_done)
        return;
    // Qt 6.4 hands the redirect's query values half decoded (delimiters such as %2F and %2B stay
    // encoded, and '+' is not read as a space): decoded here as a form is.
    QVariantMap values;
    for (auto it = encoded.cbegin(); it != encoded.cend(); ++it)
        values.insert(
            it.key(), QUrl::fromPercentEncoding(it.value().toString().replace(u'+', u' ').toUtf8()));
    if (values.value(QStringLiteral("state")).toByteArray() != m_state) {
        finish({}, tr("The sign-in answer did not come from the request LeadSync made (its state differs)."));
        return;
    }
    if (const QString error = values.value(QStringLiteral("error")).toString(); !error.isEmpty()) {
        const QString description = values.value(QStringLiteral("error_description")).toString();
        finish({}, tr("The sign-in was refused: %1").arg(description.isEmpty() ? error : description));
        return;
    }
    const QString code = values.value(QStringLiteral("code")).toString();
    QNetworkReply* reply = m_network->post(tokenRequest(m_mailbox),
        OAuthTokenRequest::form(m_mailbox, m_client,
            { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                { QStringLiteral("code"), code }, { QStringLiteral("redirect_uri"), m_handler->callback() },
                { QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier) } }));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        try {
            if (status == 0)
                throw Error(tr("The OAuth provider of mailbox %1 could not be reached: %2")
                                .arg(m_mailbox.name, reply->errorString()));
            finish(OAuthTokenRequest::parse(
                       m_mailbox, status, reply->readAll(), m_client, QDateTime::currentDateTimeUtc()),
                {});
        } catch (const Error& error) {
            finish({}, error.message());
        }
    });
}

void OAuthSignIn::finish(const OAuthTokens& tokens, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    Q_EMIT finished(tokens, error);
}

} // namespace LeadSync
