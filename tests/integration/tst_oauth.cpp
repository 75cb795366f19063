// Mailboxes that sign in with OAuth 2: the sign-in (authorization code with PKCE, the browser's
// redirect taken on a loopback port by Qt Network Authorization) against a fake provider that checks
// what a real one checks (state, redirect, code verifier, client), and sending with XOAUTH2 to a real
// SMTP server on loopback that answers an expired token with Gmail's challenge: the token is
// refreshed and the message goes; a refused refresh leaves the messages waiting, not failed. The
// provider is a fake because Google and Microsoft cannot run here; it speaks their wire format,
// errors included (RFC 6749 §5.2).
#include "../HttpTestServer.h"
#include "../SmtpSink.h"
#include "../TestSupport.h"
#include "outreach/OAuth.h"
#include "outreach/OutreachEngine.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace LeadSync;
using namespace TestSupport;

namespace {

QMap<QString, QString> formOf(const QByteArray& body)
{
    QMap<QString, QString> form;
    for (const auto& [name, value] : QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded))
        form.insert(name, value);
    return form;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void signsInWithPkce();
    void signInRefusedSaysWhy();
    void answerWithAnotherStateIsRejected();
    void expiredTokenChallengeRefreshesAndSends();
    void expiredTokenIsRefreshedBeforeSending();
    void refusedRefreshLeavesMessagesWaiting();

private:
    // The provider's token endpoint: checks the client, the grant and PKCE as Google does.
    HttpTestServer::Reply token(const HttpTestServer::Request& request);
    Mailbox mailbox() const;
    // Runs a sign-in as a browser would: follows the authorization URL to the loopback redirect.
    std::pair<OAuthTokens, QString> signIn(const std::function<QUrl(const QUrl&)>& browser);
    // A workspace with one lead and the OAuth mailbox, sending to sink.
    std::unique_ptr<Workspace> workspaceFor(const SmtpSink& sink);
    // Credentials whose keychain entry holds these tokens.
    static MailboxCredentials credentialsWith(const OAuthTokens& stored);
    OutreachEngine::TickResult tick(Workspace& workspace, MailboxCredentials& credentials);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpTestServer> m_provider;
    QString m_challenge; // the code challenge of the last authorization request
    QString m_redirect;
    bool m_refuseRefresh = false;
    int m_refreshes = 0;
};

void TestOAuth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_refuseRefresh = false;
    m_refreshes = 0;
    m_provider = std::make_unique<HttpTestServer>(
        [this](const HttpTestServer::Request& request) { return token(request); });
}

Mailbox TestOAuth::mailbox() const
{
    Mailbox mailbox;
    mailbox.name = QStringLiteral("Gmail");
    mailbox.fromName = QStringLiteral("Ana");
    mailbox.fromAddress = QStringLiteral("ana@example.com");
    mailbox.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:1"));
    mailbox.passwordEnv = QStringLiteral("LEADSYNC_GMAIL");
    mailbox.zone = QTimeZone::utc();
    mailbox.window = SendingWindow::parse(QStringLiteral("mon-sun 00:00-24:00"));
    mailbox.gapMinSeconds = 0;
    mailbox.gapMaxSeconds = 0;
    mailbox.oauth = { QStringLiteral("client-123.apps.example"), QUrl(m_provider->url("/authorize")),
        QUrl(m_provider->url("/token")), QStringLiteral("https://mail.google.com/") };
    return mailbox;
}

HttpTestServer::Reply TestOAuth::token(const HttpTestServer::Request& request)
{
    const auto error = [](const char* code, const char* description) {
        return HttpTestServer::Reply { 400, { { "Content-Type", "application/json" } },
            json({ { QStringLiteral("error"), QLatin1String(code) },
                { QStringLiteral("error_description"), QLatin1String(description) } }) };
    };
    const QMap<QString, QString> form = formOf(request.body);
    if (request.path != "/token" || request.method != "POST")
        return { 404, {}, {} };
    if (form.value(QStringLiteral("client_id")) != u"client-123.apps.example"
        || form.value(QStringLiteral("client_secret")) != u"not-so-secret")
        return error("invalid_client", "The OAuth client was not found.");
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant == u"authorization_code") {
        const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (form.value(QStringLiteral("code")) != u"code/with+odd=chars")
            return error("invalid_grant", "Malformed auth code.");
        if (verifier.isEmpty() || challenge != m_challenge)
            return error("invalid_grant", "Missing code verifier.");
        if (form.value(QStringLiteral("redirect_uri")) != m_redirect)
            return error("redirect_uri_mismatch", "Bad Request");
        return { 200, { { "Content-Type", "application/json" } },
            json({ { QStringLiteral("access_token"), QStringLiteral("at1") },
                { QStringLiteral("expires_in"), 3599 },
                { QStringLiteral("refresh_token"), QStringLiteral("rt1") },
                { QStringLiteral("token_type"), QStringLiteral("Bearer") } }) };
    }
    if (grant == u"refresh_token") {
        ++m_refreshes;
        if (m_refuseRefresh || form.value(QStringLiteral("refresh_token")) != u"rt1")
            return error("invalid_grant", "Token has been expired or revoked.");
        return { 200, { { "Content-Type", "application/json" } },
            json({ { QStringLiteral("access_token"), QStringLiteral("at2") },
                { QStringLiteral("expires_in"), 3599 },
                { QStringLiteral("token_type"), QStringLiteral("Bearer") } }) };
    }
    return error("unsupported_grant_type", "Invalid grant_type.");
}

std::pair<OAuthTokens, QString> TestOAuth::signIn(const std::function<QUrl(const QUrl&)>& browser)
{
    OAuthSignIn signIn(mailbox(), "not-so-secret");
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QNetworkAccessManager network;
    connect(&signIn, &OAuthSignIn::browserWanted, this, [&](const QUrl& url) {
        const QUrlQuery query(url);
        m_challenge = query.queryItemValue(QStringLiteral("code_challenge"));
        m_redirect = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        network.get(QNetworkRequest(browser(url)));
    });
    signIn.start();
    if (!finished.wait(10000))
        return { {}, QStringLiteral("no answer") };
    return { finished.first().at(0).value<OAuthTokens>(), finished.first().at(1).toString() };
}

void TestOAuth::signsInWithPkce()
{
    const auto [tokens, error] = signIn([this](const QUrl& url) {
        const QUrlQuery query(url);
        // What the provider is asked for: the client, the scope, PKCE S256 and a loopback redirect.
        [&] {
            QCOMPARE(url.adjusted(QUrl::RemoveQuery).toString(), m_provider->url("/authorize"));
            QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
            QCOMPARE(
                query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-123.apps.example"));
            QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
            QCOMPARE(m_challenge.size(), 43);
            QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                QStringLiteral("https://mail.google.com/"));
            QVERIFY(m_redirect.startsWith(QStringLiteral("http://127.0.0.1:")));
        }();
        // The provider sends the browser back with a code that needs encoding.
        QUrl back(m_redirect);
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"),
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("code/with+odd=chars"))));
        answer.addQueryItem(QStringLiteral("state"), query.queryItemValue(QStringLiteral("state")));
        back.setQuery(answer);
        return back;
    });
    QCOMPARE(error, QString());
    QCOMPARE(tokens.accessToken, QByteArray("at1"));
    QCOMPARE(tokens.refreshToken, QByteArray("rt1"));
    QCOMPARE(tokens.clientSecret, QByteArray("not-so-secret"));
    const qint64 left = tokens.expiresAt - QDateTime::currentMSecsSinceEpoch();
    QVERIFY(left > 3500 * 1000 && left <= 3599 * 1000);
    // The record the keychain keeps reads back the same.
    const std::optional<OAuthTokens> read = OAuthTokens::fromJson(tokens.toJson());
    QVERIFY(read);
    QCOMPARE(read->refreshToken, tokens.refreshToken);
    QCOMPARE(read->expiresAt, tokens.expiresAt);
}

void TestOAuth::signInRefusedSaysWhy()
{
    const auto [tokens, error] = signIn([this](const QUrl& url) {
        QUrl back(m_redirect);
        back.setQuery(QStringLiteral("error=access_denied&error_description=The+user+said+no&state=")
            + QUrlQuery(url).queryItemValue(QStringLiteral("state")));
        return back;
    });
    QCOMPARE(error, QStringLiteral("The sign-in was refused: The user said no"));
    QVERIFY(tokens.accessToken.isEmpty());
    // A code the provider does not take: its own error is said.
    const auto [none, refused] = signIn([this](const QUrl& url) {
        QUrl back(m_redirect);
        back.setQuery(
            QStringLiteral("code=stale&state=") + QUrlQuery(url).queryItemValue(QStringLiteral("state")));
        return back;
    });
    QCOMPARE(refused,
        QStringLiteral("The OAuth provider of mailbox Gmail refused: invalid_grant: Malformed auth code."));
}

void TestOAuth::answerWithAnotherStateIsRejected()
{
    const auto [tokens, error] = signIn([this](const QUrl&) {
        QUrl back(m_redirect);
        back.setQuery(QStringLiteral("code=code%2Fwith%2Bodd%3Dchars&state=forged"));
        return back;
    });
    QVERIFY2(error.contains(QStringLiteral("its state differs")), qPrintable(error));
    QVERIFY(tokens.accessToken.isEmpty());
    QCOMPARE(m_refreshes, 0);
}

std::unique_ptr<Workspace> TestOAuth::workspaceFor(const SmtpSink& sink)
{
    auto workspace = std::make_unique<Workspace>(m_dir->filePath(QStringLiteral("w.leadsync")));
    writeFile(m_dir->filePath(QStringLiteral("leads.csv")), "first_name,email\nBo,bo@example.org\n");
    importFile(*workspace, m_dir->filePath(QStringLiteral("leads.csv")));
    Mailbox box = mailbox();
    box.smtpUrl = QUrl(sink.url());
    MailboxStore(*workspace).save(box, 0);
    return workspace;
}

MailboxCredentials TestOAuth::credentialsWith(const OAuthTokens& stored)
{
    return MailboxCredentials(
        [record = stored.toJson()](const QString& entry) -> std::optional<QByteArray> {
            return entry == u"LEADSYNC_GMAIL" ? std::optional(record) : std::nullopt;
        },
        QDateTime::currentDateTimeUtc());
}

OutreachEngine::TickResult TestOAuth::tick(Workspace& workspace, MailboxCredentials& credentials)
{
    OutreachEngine engine(workspace, OutreachEngine::transactionsOn(workspace));
    SequenceSpec spec = SequenceSpec::fromJson(QJsonDocument::fromJson(
        R"({"name": "S", "mailbox": "Gmail", "window": {"days": "mon-sun", "from": "00:00", "to": "24:00",
            "time_zone": "UTC"}, "steps": [{"after": "0m", "subject": "Hi {{first_name}}", "body": "Hello"}]})")
                                                   .object());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!SequenceStore(workspace).find(QStringLiteral("S"))) {
        SequenceStore(workspace).save(spec, now.toMSecsSinceEpoch());
        engine.enroll(SequenceStore(workspace).get(QStringLiteral("S")), { 1 }, now);
    }
    OutreachEngine::TickOptions options;
    options.password = [&credentials](const Mailbox& box) { return credentials.secret(box); };
    options.renew = [&credentials](const Mailbox& box) { return credentials.renew(box); };
    return engine.tick(now.addSecs(1), options);
}

void TestOAuth::expiredTokenChallengeRefreshesAndSends()
{
    // The server takes only at2; the keychain holds at1, not expired by its date: the server's
    // challenge makes LeadSync refresh, and the message goes with the new token.
    SmtpSink sink({}, QStringLiteral("ana@example.com:at2"));
    std::unique_ptr<Workspace> workspace = workspaceFor(sink);
    MailboxCredentials credentials = credentialsWith(
        { "at1", "rt1", "not-so-secret", QDateTime::currentMSecsSinceEpoch() + 3600 * 1000 });
    const OutreachEngine::TickResult result = tick(*workspace, credentials);
    QCOMPARE(result.sent, 1);
    QCOMPARE(result.retry, 0);
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(sink.messages().size(), 1);
    QVERIFY(sink.messages().first().startsWith("X-Rcpt-To: bo@example.org"));
    // The new token is handed back to be stored; the refresh token and secret are kept.
    const std::optional<OAuthTokens> refreshed
        = OAuthTokens::fromJson(credentials.refreshed().value(QStringLiteral("LEADSYNC_GMAIL")));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->accessToken, QByteArray("at2"));
    QCOMPARE(refreshed->refreshToken, QByteArray("rt1"));
    QCOMPARE(refreshed->clientSecret, QByteArray("not-so-secret"));
    // No token or secret is in the workspace.
    QCOMPARE(scalar(*workspace,
                 QStringLiteral(
                     "SELECT count(*) FROM mailboxes WHERE (name || smtp_url || smtp_user || password_env || "
                     "oauth_client_id || oauth_authorization_url || oauth_token_url || oauth_scope) GLOB "
                     "'*[ar]t[12]*' OR (oauth_client_id || password_env) GLOB '*secret*'")),
        0);
}

void TestOAuth::expiredTokenIsRefreshedBeforeSending()
{
    SmtpSink sink({}, QStringLiteral("ana@example.com:at2"));
    std::unique_ptr<Workspace> workspace = workspaceFor(sink);
    MailboxCredentials credentials
        = credentialsWith({ "at1", "rt1", "not-so-secret", QDateTime::currentMSecsSinceEpoch() - 1000 });
    QCOMPARE(credentials.secret(mailbox()), std::optional(QByteArray("at2")));
    QCOMPARE(m_refreshes, 1);
    QCOMPARE(tick(*workspace, credentials).sent, 1);
    QCOMPARE(m_refreshes, 1); // the refreshed token is used until it expires
}

void TestOAuth::refusedRefreshLeavesMessagesWaiting()
{
    SmtpSink sink({}, QStringLiteral("ana@example.com:at2"));
    std::unique_ptr<Workspace> workspace = workspaceFor(sink);
    m_refuseRefresh = true;
    MailboxCredentials credentials
        = credentialsWith({ "at1", "rt1", "not-so-secret", QDateTime::currentMSecsSinceEpoch() - 1000 });
    const OutreachEngine::TickResult result = tick(*workspace, credentials);
    QCOMPARE(result.sent, 0);
    QCOMPARE(result.failed, 0);
    QCOMPARE(result.withoutPassword, QStringList { QStringLiteral("Gmail") });
    QCOMPARE(credentials.problems(),
        QStringList { QStringLiteral("The OAuth provider of mailbox Gmail refused: invalid_grant: Token has "
                                     "been expired or revoked.") });
    QCOMPARE(text(*workspace, QStringLiteral("SELECT state FROM messages")), QStringLiteral("planned"));
    QCOMPARE(sink.messages().size(), 0);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
