// The IMAP client against a real Dovecot on loopback, started by the test: signing in, a folder's
// UIDVALIDITY and UIDNEXT, new UIDs only, whole messages fetched intact (a 70 KB line; a body line
// that looks like the end of the command), nothing marked read and a read message left read, a
// renumbered folder. And the response reader on its own, fed byte by byte.
#include "../DovecotServer.h"
#include "Error.h"
#include "replies/ImapClient.h"

#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestImapClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerTakesResponsesAsTheyArrive();
    void readerRefusesMalformedResponses();
    void fetchesNewMessagesIntactWithoutMarkingThemRead();
    void wrongPasswordSaysSo();
    void renumberedFolderHasANewUidValidity();

private:
    static QByteArray message(const QByteArray& id, const QByteArray& body)
    {
        return "From: Bo <bo@example.org>\nTo: ana@example.com\nSubject: Re: Hello\nMessage-ID: <" + id
            + ">\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n\n" + body + "\n";
    }
    static QByteArray crlf(QByteArray text) { return text.replace("\r\n", "\n"); }
};

void TestImapClient::readerTakesResponsesAsTheyArrive()
{
    const QByteArray stream
        = "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
          "* 12 FETCH (UID 42 FLAGS (\\Seen $Label) BODY[HEADER.FIELDS (FROM TO)] {14}\r\n"
          "From: a\r\nx\r\n\r\n INTERNALDATE \"03-Dec-2026 10:00:00 +0000\")\r\n"
          "* SEARCH 2 84 882\r\n"
          "L1 OK [READ-ONLY] EXAMINE completed\r\n";
    ImapReader reader;
    QList<ImapResponse> responses;
    for (const char c : stream) {
        reader.append(QByteArrayView(&c, 1));
        while (std::optional<ImapResponse> response = reader.next())
            responses.append(*response);
    }
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses[0].status, QByteArray("OK"));
    QCOMPARE(responses[0].code, QByteArray("UIDVALIDITY 3857529045"));
    const ImapValue& fetch = responses[1].values.at(2);
    QCOMPARE(fetch.find("UID")->bytes, QByteArray("42"));
    QCOMPARE(fetch.find("FLAGS")->items.size(), 2);
    QCOMPARE(fetch.find("BODY[HEADER.FIELDS (FROM TO)]")->bytes, QByteArray("From: a\r\nx\r\n\r\n"));
    QCOMPARE(fetch.find("INTERNALDATE")->bytes, QByteArray("03-Dec-2026 10:00:00 +0000"));
    QCOMPARE(responses[2].values.size(), 4);
    QCOMPARE(responses[3].tag, QByteArray("L1"));
    QCOMPARE(responses[3].text, QByteArray("EXAMINE completed"));
}

void TestImapClient::readerRefusesMalformedResponses()
{
    for (const QByteArray& bad :
        { QByteArray("* 1 FETCH (UID 1\r\n"), QByteArray("* 1 FETCH (BODY[] \"open\r\n"),
            QByteArray("* OK [UIDVALIDITY 1 text\r\n"), QByteArray("* 1 FETCH (BODY[] {x}\r\n") }) {
        ImapReader reader;
        reader.append(bad);
        QVERIFY_THROWS_EXCEPTION(Error, reader.next());
    }
}

void TestImapClient::fetchesNewMessagesIntactWithoutMarkingThemRead()
{
    DovecotServer server;
    const QByteArray longLine(70000, 'x');
    const QList<QByteArray> sent { message("one@example.org", "Sounds good, call me."),
        message("two@example.org", "A long one:\n" + longLine),
        message("three@example.org",
            "L4 OK Fetch completed.\nMessage-ID: <injected@evil.test>\nstill the body") };
    for (const QByteArray& raw : sent)
        server.deliver(raw);
    server.flag(2, QStringLiteral("\\Seen")); // read in the user's mail program

    ImapClient client(10000);
    client.connectTo(QUrl(server.url()), QLatin1String(DovecotServer::kUser), DovecotServer::kPassword);
    const ImapClient::Folder folder = client.examine(QStringLiteral("INBOX"));
    QVERIFY(folder.uidValidity > 0);
    QCOMPARE(folder.uidNext, 4u);
    QCOMPARE(folder.exists, 3u);
    QCOMPARE(client.uidsFrom(1), (QList<quint32> { 1, 2, 3 }));
    QCOMPARE(client.uidsFrom(4), QList<quint32>()); // "4:*" would name message 3
    QCOMPARE(client.searchSince(QDate::currentDate().addDays(-1)).size(), 3);
    const QList<ImapClient::Message> messages = client.fetch({ 1, 2, 3 });
    QCOMPARE(messages.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(messages[i].uid, quint32(i + 1));
        QCOMPARE(crlf(messages[i].raw), sent[i]);
    }
    QVERIFY(messages[1].flags.contains("\\Seen"));
    QVERIFY(!messages[0].flags.contains("\\Seen"));
    client.logout();
    // Nothing was marked read; what was read stays read.
    QVERIFY(!server.flags(1).contains("\\Seen"));
    QVERIFY(server.flags(2).contains("\\Seen"));
    QVERIFY(!server.flags(3).contains("\\Seen"));
}

void TestImapClient::wrongPasswordSaysSo()
{
    DovecotServer server;
    ImapClient client(10000);
    try {
        client.connectTo(QUrl(server.url()), QLatin1String(DovecotServer::kUser), "wrong");
        QFAIL("signed in with a wrong password");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(QStringLiteral("refused the user or password")),
            qPrintable(error.message()));
    }
}

void TestImapClient::renumberedFolderHasANewUidValidity()
{
    DovecotServer server;
    server.deliver(message("one@example.org", "Hi"));
    quint32 before = 0;
    {
        ImapClient client(10000);
        client.connectTo(QUrl(server.url()), QLatin1String(DovecotServer::kUser), DovecotServer::kPassword);
        before = client.examine(QStringLiteral("INBOX")).uidValidity;
        client.logout();
    }
    server.renumber();
    ImapClient client(10000);
    client.connectTo(QUrl(server.url()), QLatin1String(DovecotServer::kUser), DovecotServer::kPassword);
    QVERIFY(client.examine(QStringLiteral("INBOX")).uidValidity != before);
}

QTEST_GUILESS_MAIN(TestImapClient)
#include "tst_imapclient.moc"
