// The local API with real HTTP requests against `leadsync-cli serve` on loopback: every endpoint, the
// Tilda webhook in Russian and English and its test ping, tokens, body limits, malformed and mistyped
// JSON, one-off messages through an SMTP server, and concurrent writers.
#include "../CliProcess.h"
#include "../SmtpSink.h"
#include "../TestSupport.h"
#include "outreach/Mailbox.h"
#include "replies/ReplySync.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <sqlite3.h>

using namespace LeadSync;
using namespace TestSupport;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef";
}

class TestApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthAndTokens();
    void openApiDescribesEveryRoute();
    void createsDeduplicatesAndRefuses();
    void refusesOversizedBodiesBeforeReadingThem();
    void tildaWebhook();
    void leadStageAndAnalysis();
    void repliesAndDrafts();
    void aReplySentAgainIsOneReply();
    void sendsOneOffMessagesWithinTheCaps();
    void concurrentWritersWhileAnotherConnectionWrites();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QByteArray& token = kToken, const QByteArray& contentType = "application/json");
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    CliRun cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<SmtpSink> m_sink;
    QProcess m_server;
    int m_port = 0;
    QNetworkAccessManager m_network;
};

CliRun TestApi::cli(const QStringList& arguments)
{
    return runCli(m_dir.path(), QStringList { QStringLiteral("--workspace"), path("w.leadsync") } + arguments,
        { { QStringLiteral("API_TEST_SMTP_PASSWORD"), QStringLiteral("pw") } });
}

void TestApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sink = std::make_unique<SmtpSink>();
    const CliRun added = cli({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("Main"),
        QStringLiteral("--from"), QStringLiteral("Me <me@example.com>"), QStringLiteral("--smtp"),
        m_sink->url(), QStringLiteral("--password-env"), QStringLiteral("API_TEST_SMTP_PASSWORD"),
        QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--daily-cap"),
        QStringLiteral("2"), QStringLiteral("--gap"), QStringLiteral("0-0") });
    QVERIFY2(added.exitCode == 0, added.err.constData());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
    environment.insert(QStringLiteral("LEADSYNC_API_TOKEN"), QString::fromLatin1(kToken));
    environment.insert(QStringLiteral("API_TEST_SMTP_PASSWORD"), QStringLiteral("pw"));
    m_server.setProcessEnvironment(environment);
    m_server.start(QStringLiteral(LEADSYNC_CLI),
        { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("serve"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    QVERIFY(m_server.waitForReadyRead(20000));
    const QRegularExpressionMatch port
        = QRegularExpression(QStringLiteral(":(\\d+)/")).match(QString::fromUtf8(m_server.readLine()));
    QVERIFY(port.hasMatch());
    m_port = port.captured(1).toInt();
}

void TestApi::cleanupTestCase()
{
    m_server.terminate(); // SIGTERM: the server stops cleanly
    QVERIFY(m_server.waitForFinished(10000));
    QCOMPARE(m_server.exitCode(), 0);
}

TestApi::Reply TestApi::call(const QByteArray& method, const QString& target, const QByteArray& body,
    const QByteArray& token, const QByteArray& contentType)
{
    QNetworkRequest request { QUrl(url(target)) };
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qFatal("no answer to %s %s", method.constData(), qPrintable(target));
    const Reply result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->readAll() };
    reply->deleteLater();
    return result;
}

void TestApi::healthAndTokens()
{
    Reply reply = call("GET", QStringLiteral("/health"), {}, {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const QByteArray lead = R"({"email": "t@x.com"})";
    reply = call("POST", QStringLiteral("/leads"), lead, {});
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.json().value(QStringLiteral("error")).toString().contains(u"Bearer"));
    QCOMPARE(call("POST", QStringLiteral("/leads"), lead, "wrong-token-0123456789abcdef").status, 401);
    QCOMPARE(call("POST", QStringLiteral("/leads"), lead, kToken + "x").status, 401); // a longer one
    QCOMPARE(call("POST", QStringLiteral("/leads"), lead, kToken.left(10)).status, 401); // a prefix
    QCOMPARE(call("GET", QStringLiteral("/openapi.json"), {}, {}).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/nothing")).status, 404);
    QCOMPARE(call("DELETE", QStringLiteral("/leads")).status, 405);
    QCOMPARE(cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out.trimmed(), QByteArray("[]"));
}

void TestApi::openApiDescribesEveryRoute()
{
    const Reply reply = call("GET", QStringLiteral("/openapi.json"));
    QCOMPARE(reply.status, 200);
    const QJsonObject description = reply.json();
    QCOMPARE(description.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    const QJsonObject paths = description.value(QStringLiteral("paths")).toObject();
    QStringList described;
    // Every operation described is a real route: asked with an empty body, it answers with its own
    // error (400, 404 for lead 999999, 409...), never "no such route" (404 with "nothing at", 405).
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto operation = operations.constBegin(); operation != operations.constEnd(); ++operation) {
            described.append(operation.key().toUpper() + u' ' + path.key());
            QString target = path.key();
            target.replace(QStringLiteral("{id}"), QStringLiteral("999999"));
            const Reply answer = call(operation.key().toUpper().toLatin1(), target, "{}");
            QVERIFY2(answer.status != 405 && !answer.body.contains("There is nothing at"),
                qPrintable(described.last() + u": " + QString::fromUtf8(answer.body)));
            QVERIFY(operation.value().toObject().contains(QStringLiteral("responses")));
        }
    }
    described.sort();
    QCOMPARE(described,
        QStringList({ QStringLiteral("GET /health"), QStringLiteral("GET /leads/{id}"),
            QStringLiteral("GET /openapi.json"), QStringLiteral("PATCH /leads/{id}/stage"),
            QStringLiteral("POST /ai/reply"), QStringLiteral("POST /leads"),
            QStringLiteral("POST /leads/webhooks/tilda"), QStringLiteral("POST /leads/{id}/analyze"),
            QStringLiteral("POST /reply"), QStringLiteral("POST /send") }));
}

void TestApi::createsDeduplicatesAndRefuses()
{
    Reply reply = call("POST", QStringLiteral("/leads"),
        R"({"name": "Ana María López", "email": "Ana@Example.com", "phone": "030 12345678", "country": "Germany",
            "company": "Acme", "business_domain": "Logistics", "favourite_colour": "blue", "title": 42})");
    QCOMPARE(reply.status, 201);
    QJsonObject lead = reply.json().value(QStringLiteral("lead")).toObject();
    const int id = lead.value(QStringLiteral("id")).toInt();
    QCOMPARE(lead.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ana"));
    QCOMPARE(lead.value(QStringLiteral("last_name")).toString(), QStringLiteral("María López"));
    QCOMPARE(lead.value(QStringLiteral("phone")).toString(), QStringLiteral("+493012345678"));
    QCOMPARE(lead.value(QStringLiteral("title")).toString(), QStringLiteral("42")); // a number is text
    QCOMPARE(lead.value(QStringLiteral("source")).toString(), QStringLiteral("api"));
    QCOMPARE(lead.value(QStringLiteral("stage")).toString(), QStringLiteral("new"));
    QVERIFY(!lead.contains(QStringLiteral("favourite_colour"))); // unknown fields are ignored

    // The same address, written differently: merged, filling only what was empty.
    reply = call("POST", QStringLiteral("/leads"),
        R"({"email": " ana@example.COM ", "company": "Other", "city": "Berlin", "telegram": "t.me/ana_lopez"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("merged")).toBool(), true);
    lead = reply.json().value(QStringLiteral("lead")).toObject();
    QCOMPARE(lead.value(QStringLiteral("id")).toInt(), id);
    QCOMPARE(lead.value(QStringLiteral("company")).toString(), QStringLiteral("Acme"));
    QCOMPARE(lead.value(QStringLiteral("city")).toString(), QStringLiteral("Berlin"));
    QCOMPARE(lead.value(QStringLiteral("telegram")).toString(), QStringLiteral("ana_lopez"));
    // The new lead is found by search at once.
    QVERIFY(cli(
        { QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--search"), QStringLiteral("Acme") })
                .out.contains("Ana@Example.com"));

    reply = call("POST", QStringLiteral("/leads"), R"({"name": "No Contact", "company": "Acme"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), QStringLiteral("email"));
    reply = call("POST", QStringLiteral("/leads"), R"({"email": {"work": "a@x.com"}})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
        QStringLiteral("The field email must be a string."));
    reply = call("POST", QStringLiteral("/leads"), R"({"email": "a@x.com",)");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json().value(QStringLiteral("error")).toString().startsWith(u"The body is not valid JSON"));
    QCOMPARE(call("POST", QStringLiteral("/leads"), R"(["a@x.com"])").status, 400);
    // A phone that cannot be read is kept and flagged.
    reply = call("POST", QStringLiteral("/leads"), R"({"phone": "12345", "country": "France"})");
    QCOMPARE(reply.status, 201);
    lead = reply.json().value(QStringLiteral("lead")).toObject();
    QCOMPARE(lead.value(QStringLiteral("phone")).toString(), QStringLiteral("12345"));
    QCOMPARE(lead.value(QStringLiteral("contact_check")).toString(),
        QStringLiteral("phone: the phone 12345 is not a valid number in FR"));
}

void TestApi::refusesOversizedBodiesBeforeReadingThem()
{
    // Announced: answered 413 after the headers alone; the 200 MB are never sent.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /leads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken
        + "\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\nExpect: 100-continue\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.toPercentEncoding().constData());
    socket.close();

    // Chunked, without a length: dropped past 1 MB, and refused when it ends.
    QTcpSocket chunked;
    chunked.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    QVERIFY(chunked.waitForConnected(5000));
    chunked.write("POST /leads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kToken
        + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece(64 * 1024, 'a');
    answer.clear();
    for (int i = 0; i < 40; ++i) { // 2.5 MB
        chunked.write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        chunked.waitForBytesWritten(5000);
    }
    chunked.write("0\r\n\r\n");
    while (!answer.contains("\r\n\r\n") && chunked.waitForReadyRead(5000))
        answer += chunked.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    // The server is still there.
    QCOMPARE(call("GET", QStringLiteral("/health"), {}, {}).status, 200);
}

void TestApi::tildaWebhook()
{
    // Tilda's check of a new webhook: 200, no lead.
    const qint64 before = cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out.count("\"id\"");
    Reply reply = call("POST", QStringLiteral("/leads/webhooks/tilda/") + QString::fromLatin1(kToken),
        "test=test", {}, "application/x-www-form-urlencoded");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("ok"));
    QCOMPARE(cli({ QStringLiteral("leads"), QStringLiteral("--json") }).out.count("\"id\""), before);

    // A Russian form, form-encoded, the token in the path.
    // Encoded as a browser encodes a form: %XX for UTF-8 and "+", "+" for a space.
    QByteArrayList russian;
    for (const auto& [name, value] :
        { std::pair(u"Имя", u"Иван Петров"), std::pair(u"Телефон", u"+7 (916) 123-45-67"),
            std::pair(u"Почта", u"ivan@example.ru"), std::pair(u"ник", u"@ivan_petrov"),
            std::pair(u"formid", u"form123"), std::pair(u"tranid", u"456:789") })
        russian.append(QUrl::toPercentEncoding(QString::fromUtf16(name)) + '='
            + QUrl::toPercentEncoding(QString::fromUtf16(value), " ").replace(' ', '+'));
    reply = call("POST", QStringLiteral("/leads/webhooks/tilda/") + QString::fromLatin1(kToken),
        russian.join('&'), {}, "application/x-www-form-urlencoded");
    QCOMPARE(reply.status, 201);
    QJsonObject lead = reply.json().value(QStringLiteral("lead")).toObject();
    QCOMPARE(lead.value(QStringLiteral("first_name")).toString(), QStringLiteral("Иван"));
    QCOMPARE(lead.value(QStringLiteral("last_name")).toString(), QStringLiteral("Петров"));
    QCOMPARE(lead.value(QStringLiteral("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(lead.value(QStringLiteral("email")).toString(), QStringLiteral("ivan@example.ru"));
    QCOMPARE(lead.value(QStringLiteral("telegram")).toString(), QStringLiteral("ivan_petrov"));
    QCOMPARE(lead.value(QStringLiteral("source")).toString(), QStringLiteral("form: tilda"));

    // An English form as JSON, the token in the query.
    reply = call("POST", QStringLiteral("/leads/webhooks/tilda?token=") + QString::fromLatin1(kToken),
        R"({"Name": "Jane Doe", "Phone": "+1 202 555 0143", "Email": "jane@example.com", "Comment": "Call me"})",
        {});
    QCOMPARE(reply.status, 201);
    lead = reply.json().value(QStringLiteral("lead")).toObject();
    QCOMPARE(lead.value(QStringLiteral("phone")).toString(), QStringLiteral("+12025550143"));
    QCOMPARE(lead.value(QStringLiteral("notes")).toString(), QStringLiteral("Call me"));
    // Without the token, or with a wrong one: 401.
    QCOMPARE(call("POST", QStringLiteral("/leads/webhooks/tilda"), "Name=X&Phone=1", {},
                 "application/x-www-form-urlencoded")
                 .status,
        401);
    QCOMPARE(call("POST", QStringLiteral("/leads/webhooks/tilda/wrong"), "Name=X&Phone=1", {},
                 "application/x-www-form-urlencoded")
                 .status,
        401);
}

void TestApi::leadStageAndAnalysis()
{
    const Reply created = call("POST", QStringLiteral("/leads"),
        R"({"name": "Stage Test", "email": "stage@example.com", "title": "CEO", "business_domain": "Retail"})");
    const int id
        = created.json().value(QStringLiteral("lead")).toObject().value(QStringLiteral("id")).toInt();
    const QString lead = QStringLiteral("/leads/%1").arg(id);

    Reply reply = call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": "qualified"})");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
        QStringLiteral("No skipping: a new lead moves to contacted next, not to qualified."));
    QCOMPARE(call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": "won"})")
                 .json()
                 .value(QStringLiteral("field")),
        QJsonValue(QStringLiteral("stage")));
    QCOMPARE(call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": 3})").status, 400);
    QCOMPARE(call("PATCH", QStringLiteral("/leads/999999/stage"), R"({"stage": "lost"})").status, 404);
    QCOMPARE(call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": "contacted"})").status, 200);
    QCOMPARE(call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": "qualified"})").status, 200);
    reply = call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": "transferred"})");
    QCOMPARE(reply.status, 409);
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toString()
                .startsWith(u"Handoff rule: the lead has no score"));

    reply = call("POST", lead + QStringLiteral("/analyze"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("scored_by")).toString(), QStringLiteral("Rules"));
    QCOMPARE(reply.json().value(QStringLiteral("score")).toString(), QStringLiteral("0.70"));
    QCOMPARE(
        reply.json().value(QStringLiteral("stage")).toString(), QStringLiteral("qualified")); // advice only
    reply = call("PATCH", lead + QStringLiteral("/stage"), R"({"stage": "transferred"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("sale")).toInt(), 1);

    reply = call("GET", lead);
    QCOMPARE(reply.status, 200);
    const QJsonObject record = reply.json();
    QCOMPARE(record.value(QStringLiteral("lead")).toObject().value(QStringLiteral("stage")).toString(),
        QStringLiteral("transferred"));
    QStringList kinds;
    for (const QJsonValue& event : record.value(QStringLiteral("events")).toArray())
        kinds.append(event.toObject().value(QStringLiteral("kind")).toString());
    QCOMPARE(kinds.count(QStringLiteral("stage")), 3);
    QVERIFY(record.value(QStringLiteral("messages")).isArray());
    QCOMPARE(call("GET", QStringLiteral("/leads/999999")).status, 404);
}

void TestApi::repliesAndDrafts()
{
    const Reply created
        = call("POST", QStringLiteral("/leads"), R"({"name": "Reply Test", "email": "reply@example.com"})");
    const int id
        = created.json().value(QStringLiteral("lead")).toObject().value(QStringLiteral("id")).toInt();
    QCOMPARE(
        call("PATCH", QStringLiteral("/leads/%1/stage").arg(id), R"({"stage": "contacted"})").status, 200);
    Reply reply = call("POST", QStringLiteral("/reply"),
        QStringLiteral(
            R"({"lead_id": %1, "subject": "Re: Audit", "text": "Sounds good, let's talk next week."})")
            .arg(id)
            .toUtf8());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("kind")).toString(), QStringLiteral("reply"));
    QCOMPARE(reply.json().value(QStringLiteral("class")).toString(), QStringLiteral("interested"));
    QCOMPARE(reply.json().value(QStringLiteral("stage")).toString(), QStringLiteral("qualified"));
    const int replyId = reply.json().value(QStringLiteral("reply_id")).toInt();
    // The same reply again is not stored twice.
    QCOMPARE(
        call("POST", QStringLiteral("/reply"),
            QStringLiteral(
                R"({"lead_id": %1, "subject": "Re: Audit", "text": "Sounds good, let's talk next week."})")
                .arg(id)
                .toUtf8())
            .status,
        409);
    QCOMPARE(call("POST", QStringLiteral("/reply"), R"({"lead_id": 999999, "text": "x"})").status, 404);
    QCOMPARE(call("POST", QStringLiteral("/reply"), R"({"lead_id": "abc", "text": "x"})").status, 400);
    QCOMPARE(call("POST", QStringLiteral("/reply"), QStringLiteral(R"({"lead_id": %1})").arg(id).toUtf8())
                 .json()
                 .value(QStringLiteral("field")),
        QJsonValue(QStringLiteral("text")));

    reply = call(
        "POST", QStringLiteral("/ai/reply"), QStringLiteral(R"({"reply_id": %1})").arg(replyId).toUtf8());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("by")).toString(), QStringLiteral("template"));
    QVERIFY(!reply.json().value(QStringLiteral("draft")).toString().isEmpty());
    QCOMPARE(call("POST", QStringLiteral("/ai/reply"), R"({"reply_id": 999999})").status, 404);
}

// POST /reply without a time, sent again later (a client's retry): still the one reply, whatever
// second each call came in; with the time given, the time tells replies apart. (Through ReplySync,
// which the route calls, so the seconds between the calls are chosen rather than raced.)
void TestApi::aReplySentAgainIsOneReply()
{
    const qint64 lead
        = call("POST", QStringLiteral("/leads"), R"({"name": "Retry Test", "email": "retry@example.com"})")
              .json()
              .value(QStringLiteral("lead"))
              .toObject()
              .value(QStringLiteral("id"))
              .toInteger();
    QVERIFY(lead > 0);
    Workspace workspace(path("w.leadsync"));
    const std::optional<Mailbox> main = MailboxStore(workspace).find(QStringLiteral("Main"));
    QVERIFY(main);
    ReplySync sync(workspace, [&workspace](const std::function<void(Workspace&)>& write) {
        workspace.transact([&] { write(workspace); });
    });
    const QString subject = QStringLiteral("Re: Retry");
    const QString text = QStringLiteral("Thursday at ten works for me.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(sync.recordByHand(lead, *main, subject, text, std::nullopt, now) > 0);
    QCOMPARE(sync.recordByHand(lead, *main, subject, text, std::nullopt, now.addSecs(61)), 0);
    QVERIFY(sync.recordByHand(lead, *main, subject, text, now.addDays(1), now) > 0);
    QCOMPARE(sync.recordByHand(lead, *main, subject, text, now.addDays(1), now.addSecs(61)), 0);
    QVERIFY(sync.recordByHand(lead, *main, subject, text, now.addDays(2), now) > 0);
    QCOMPARE(
        scalar(workspace, QStringLiteral("SELECT count(*) FROM replies WHERE lead_id = %1").arg(lead)), 3);
}

void TestApi::sendsOneOffMessagesWithinTheCaps()
{
    const Reply created
        = call("POST", QStringLiteral("/leads"), R"({"name": "Send Test", "email": "send@example.com"})");
    const int id
        = created.json().value(QStringLiteral("lead")).toObject().value(QStringLiteral("id")).toInt();
    const QByteArray message
        = QStringLiteral(R"({"lead_id": %1, "subject": "Quick question", "body": "Hello there"})")
              .arg(id)
              .toUtf8();
    Reply reply = call("POST", QStringLiteral("/send"), message);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    QTRY_COMPARE(m_sink->messages().size(), 1);
    QVERIFY2(m_sink->messages().first().startsWith("X-Rcpt-To: send@example.com"),
        m_sink->messages().first().left(200).constData());
    QVERIFY(m_sink->messages().first().contains(
        reply.json().value(QStringLiteral("message_id")).toString().toLatin1()));
    QCOMPARE(call("GET", QStringLiteral("/leads/%1").arg(id))
                 .json()
                 .value(QStringLiteral("lead"))
                 .toObject()
                 .value(QStringLiteral("stage")),
        QJsonValue(QStringLiteral("contacted")));
    QCOMPARE(call("POST", QStringLiteral("/send"), message).status, 200); // the second of a cap of two
    reply = call("POST", QStringLiteral("/send"), message);
    QCOMPARE(reply.status, 429); // the daily cap
    QVERIFY(reply.json().value(QStringLiteral("retry_after")).toInt() > 0);
    QCOMPARE(m_sink->messages().size(), 2);
    QCOMPARE(
        call("POST", QStringLiteral("/send"), R"({"lead_id": 999999, "subject": "s", "body": "b"})").status,
        404);
    QCOMPARE(call("POST", QStringLiteral("/send"),
                 QStringLiteral(R"({"lead_id": %1, "subject": "", "body": ""})").arg(id).toUtf8())
                 .status,
        409);
}

void TestApi::concurrentWritersWhileAnotherConnectionWrites()
{
    // Another process holds the write lock for a second while eight clients create leads at once: each
    // write waits its turn, none fails.
    Workspace holder(path("w.leadsync"));
    sqliteExec(holder.handle(), "BEGIN IMMEDIATE");
    QTimer::singleShot(1000, this, [&holder] { sqliteExec(holder.handle(), "COMMIT"); });
    QList<QNetworkReply*> replies;
    for (int client = 0; client < 8; ++client) {
        for (int i = 0; i < 10; ++i) {
            QNetworkRequest request { QUrl(url(QStringLiteral("/leads"))) };
            request.setRawHeader("Authorization", "Bearer " + kToken);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies.append(m_network.post(
                request, QStringLiteral(R"({"email": "c%1-%2@example.com"})").arg(client).arg(i).toUtf8()));
        }
    }
    for (QNetworkReply* reply : std::as_const(replies)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
    }
    QCOMPARE(
        scalar(holder, QStringLiteral("SELECT count(*) FROM leads WHERE email LIKE 'c%@example.com'")), 80);
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
