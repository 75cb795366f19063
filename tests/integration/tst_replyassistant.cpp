// The reply assistant against a server on loopback that speaks the OpenAI Chat Completions protocol
// (a stand-in for the AI provider, which cannot run here), errors included: the class and its
// reason, a failure that leaves the reply "ambiguous" with why, and a draft built from the offer
// text and the booking link.
#include "../HttpTestServer.h"
#include "replies/ReplyAssistant.h"

#include <QTest>

using namespace LeadSync;

class TestReplyAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesWithTheProvidersReason();
    void failureLeavesTheReplyAmbiguousWithWhy();
    void draftsFromTheOfferAndTheLink();

private:
    static ReplyAssistant::Settings settings(const HttpTestServer& server)
    {
        return { server.url("/v1"), QStringLiteral("gpt-test"), QStringLiteral("TEST_KEY"),
            QStringLiteral("We audit Shopify stores; a 2-week audit costs 2,000 EUR.") };
    }
};

void TestReplyAssistant::classifiesWithTheProvidersReason()
{
    HttpTestServer server([](const HttpTestServer::Request&) {
        return HttpTestServer::Reply { 200, { { "Content-Type", "application/json" } },
            HttpTestServer::chatCompletion(
                QStringLiteral("{\"class\": \"question\", \"reason\": \"asks about the price\"}")) };
    });
    const ReplyAssistant assistant(settings(server), "sk-test", 5000);
    QVERIFY(assistant.isConfigured());
    const auto [replyClass, reason]
        = assistant.classify(QStringLiteral("Re: Audit"), QStringLiteral("How much is it?"));
    QCOMPARE(replyClass, QStringLiteral("question"));
    QCOMPARE(reason, QStringLiteral("AI: asks about the price"));
    QCOMPARE(server.requests().size(), 1);
    const HttpTestServer::Request& request = server.requests().first();
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-test"));
    QVERIFY(HttpTestServer::promptOf(request).contains(QStringLiteral("How much is it?")));
    QVERIFY(request.body.contains("json_object"));
}

void TestReplyAssistant::failureLeavesTheReplyAmbiguousWithWhy()
{
    int calls = 0;
    HttpTestServer server([&calls](const HttpTestServer::Request&) {
        ++calls;
        return HttpTestServer::Reply { 500, { { "Content-Type", "application/json" } },
            R"({"error": {"message": "The server had an error", "type": "server_error"}})" };
    });
    const ReplyAssistant assistant(settings(server), "sk-test", 5000);
    const auto [replyClass, reason] = assistant.classify(QStringLiteral("Re: Audit"), QStringLiteral("Yes!"));
    QCOMPARE(replyClass, QStringLiteral("ambiguous"));
    QVERIFY2(reason.startsWith(QStringLiteral("the AI provider failed")), qPrintable(reason));
    QCOMPARE(calls, 3); // retried, then given up
    // A class it does not know: ambiguous too, with what it said.
    HttpTestServer odd([](const HttpTestServer::Request&) {
        return HttpTestServer::Reply { 200, {},
            HttpTestServer::chatCompletion(QStringLiteral("{\"class\": \"maybe\"}")) };
    });
    const auto [oddClass, oddReason]
        = ReplyAssistant(settings(odd), {}, 5000).classify({}, QStringLiteral("Hm"));
    QCOMPARE(oddClass, QStringLiteral("ambiguous"));
    QVERIFY(oddReason.contains(QStringLiteral("maybe")));
}

void TestReplyAssistant::draftsFromTheOfferAndTheLink()
{
    HttpTestServer server([](const HttpTestServer::Request&) {
        return HttpTestServer::Reply { 200, {},
            HttpTestServer::chatCompletion(QStringLiteral("Hi Bo,\n\nThe audit is 2,000 EUR.\n\nAna")) };
    });
    const ReplyAssistant assistant(settings(server), "sk-test", 5000);
    QString error;
    const std::optional<QString> draft
        = assistant.draft(QStringLiteral("question"), QStringLiteral("Re: Audit"),
            QStringLiteral("How much is it?"), { { QStringLiteral("first_name"), QStringLiteral("Bo") } },
            QStringLiteral("https://cal.example/ana"), QStringLiteral("Ana"), &error);
    QVERIFY2(draft, qPrintable(error));
    QCOMPARE(*draft, QStringLiteral("Hi Bo,\n\nThe audit is 2,000 EUR.\n\nAna"));
    const QJsonArray messages = QJsonDocument::fromJson(server.requests().first().body)
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    const QString system = messages.first().toObject().value(QStringLiteral("content")).toString();
    QVERIFY(system.contains(QStringLiteral("2-week audit costs 2,000 EUR")));
    QVERIFY(system.contains(QStringLiteral("https://cal.example/ana")));
    QVERIFY(system.contains(QStringLiteral("never invent")));
    QVERIFY(HttpTestServer::promptOf(server.requests().first()).contains(QStringLiteral("first_name: Bo")));
}

QTEST_GUILESS_MAIN(TestReplyAssistant)
#include "tst_replyassistant.moc"
