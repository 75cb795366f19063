// What arrives in the inbox, read with GMime before any classifier: replies (their text without the
// quoted history, in three languages' quoting styles, from HTML too), delivery status notifications
// (RFC 3464, and the common formats without it), automatic replies with and without a return date,
// and requests to unsubscribe in English, German and Russian.
#include "replies/ReceivedMail.h"

#include <QTest>
#include <QTimeZone>

using namespace LeadSync;

class TestReceivedMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyInTheThreadWithoutHistory_data();
    void replyInTheThreadWithoutHistory();
    void htmlOnlyReplyGivesItsText();
    void deliveryStatusNotification_data();
    void deliveryStatusNotification();
    void bounceWithoutAReport();
    void automaticReply_data();
    void automaticReply();
    void unsubscribeRequest_data();
    void unsubscribeRequest();

private:
    static const QDate kToday;
};

const QDate TestReceivedMail::kToday(2026, 12, 3);

void TestReceivedMail::replyInTheThreadWithoutHistory_data()
{
    QTest::addColumn<QByteArray>("quote");
    QTest::newRow("gmail") << QByteArray(
        "On Thu, Dec 3, 2026 at 10:00 AM Ana <ana@example.com> wrote:\n> Hi Bo,\n> ...");
    QTest::newRow("outlook") << QByteArray("-----Original Message-----\nFrom: Ana\nSent: Thursday");
    QTest::newRow("german") << QByteArray("Am 03.12.2026 um 10:00 schrieb Ana <ana@example.com>:\n> Hallo");
    QTest::newRow("russian") << QByteArray(
        "3 дек. 2026 г., в 10:00, Ана <ana@example.com> написал(а):\n> Привет");
}

void TestReceivedMail::replyInTheThreadWithoutHistory()
{
    QFETCH(QByteArray, quote);
    const QByteArray raw
        = "From: =?UTF-8?Q?B=C3=B8_Lund?= <Bo@Example.org>\r\nTo: ana@example.com\r\n"
          "Subject: =?UTF-8?B?UmU6IEhlaiB2w6Rubg==?=\r\nMessage-ID: <r1@example.org>\r\n"
          "In-Reply-To: <m2@example.com>\r\nReferences: <m1@example.com> <m2@example.com>\r\n"
          "Date: Thu, 03 Dec 2026 11:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n\r\nSounds good =E2=80=93 Tuesday?\r\n\r\n"
        + quote + "\r\n";
    const ReceivedMail mail = ReceivedMail::parse(raw, kToday);
    QCOMPARE(mail.kind, ReceivedMail::Kind::Reply);
    QCOMPARE(mail.messageId, QByteArray("r1@example.org"));
    QCOMPARE(mail.references, (QByteArrayList { "m2@example.com", "m1@example.com", "m2@example.com" }));
    QCOMPARE(mail.fromAddress, QStringLiteral("bo@example.org"));
    QCOMPARE(mail.fromName, QStringLiteral("Bø Lund"));
    QCOMPARE(mail.subject, QStringLiteral("Re: Hej vänn"));
    QCOMPARE(mail.date, QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(mail.text, QStringLiteral("Sounds good – Tuesday?"));
}

void TestReceivedMail::htmlOnlyReplyGivesItsText()
{
    const ReceivedMail mail = ReceivedMail::parse(
        "From: bo@example.org\r\nSubject: Re: Hello\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<html><style>p{}</style><body><p>Yes &amp; thanks</p><div>Bo</div></body></html>\r\n",
        kToday);
    QCOMPARE(mail.kind, ReceivedMail::Kind::Reply);
    QCOMPARE(mail.text, QStringLiteral("Yes & thanks\nBo"));
}

void TestReceivedMail::deliveryStatusNotification_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("permanent");
    QTest::newRow("hard") << QByteArray("5.1.1") << true;
    QTest::newRow("soft") << QByteArray("4.2.2") << false;
}

void TestReceivedMail::deliveryStatusNotification()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, permanent);
    const QByteArray raw
        = "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: ana@example.com\r\n"
          "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx.example.org>\r\n"
          "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; "
          "boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to "
          "inform you that your message could not be delivered.\r\n--B\r\nContent-Type: "
          "message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
          "Final-Recipient: rfc822; bob@example.org\r\nAction: failed\r\nStatus: "
        + status
        + "\r\nDiagnostic-Code: smtp; 550 No such user\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: ana@example.com\r\nTo: bob@example.org\r\nMessage-ID: <m1@example.com>\r\nSubject: Hello\r\n"
          "--B--\r\n";
    const ReceivedMail mail = ReceivedMail::parse(raw, kToday);
    QCOMPARE(mail.kind, ReceivedMail::Kind::Bounce);
    QCOMPARE(mail.permanent, permanent);
    QCOMPARE(mail.status, QString::fromLatin1(status));
    QCOMPARE(mail.bouncedAddress, QStringLiteral("bob@example.org"));
    QCOMPARE(mail.bouncedMessageId, QByteArray("m1@example.com"));
}

void TestReceivedMail::bounceWithoutAReport()
{
    const ReceivedMail mail = ReceivedMail::parse(
        "From: postmaster@mail.example.net\r\nSubject: Delivery Status Notification (Failure)\r\n\r\n"
        "Delivery to the following recipient failed permanently:\r\n\r\n     carol@example.net\r\n\r\n"
        "The error that the other server returned was:\r\n550 5.7.1 Recipient rejected\r\n\r\n"
        "----- Original message -----\r\nMessage-ID: <m7@example.com>\r\n",
        kToday);
    QCOMPARE(mail.kind, ReceivedMail::Kind::Bounce);
    QVERIFY(mail.permanent);
    QCOMPARE(mail.status, QStringLiteral("5.7.1"));
    QCOMPARE(mail.bouncedAddress, QStringLiteral("carol@example.net"));
    QCOMPARE(mail.bouncedMessageId, QByteArray("m7@example.com"));
}

void TestReceivedMail::automaticReply_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDate>("backOn");
    QTest::newRow("rfc 3834, a date")
        << QByteArray("Auto-Submitted: auto-replied\r\nSubject: Re: Hello\r\n")
        << QByteArray("I am away until 14.12.2026 with no access to email.") << QDate(2026, 12, 14);
    QTest::newRow("english month") << QByteArray("Subject: Automatic reply: Hello\r\n")
                                   << QByteArray("Out of office, back on January 5.") << QDate(2027, 1, 5);
    QTest::newRow("german") << QByteArray("X-Autoreply: yes\r\nSubject: Abwesenheitsnotiz\r\n")
                            << QByteArray("Ich bin bis zum 10. Dezember nicht im Büro.")
                            << QDate(2026, 12, 10);
    QTest::newRow("russian") << QByteArray("Subject: Автоответ: Hello\r\n")
                             << QByteArray("Я в отпуске до 21 декабря.") << QDate(2026, 12, 21);
    QTest::newRow("no date") << QByteArray("Precedence: auto_reply\r\nSubject: Re: Hello\r\n")
                             << QByteArray("Thanks for your message, I will reply soon.") << QDate();
}

void TestReceivedMail::automaticReply()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QDate, backOn);
    const ReceivedMail mail
        = ReceivedMail::parse("From: bo@example.org\r\nContent-Type: text/plain; charset=utf-8\r\n" + headers
                + "\r\n" + body + "\r\n",
            kToday);
    QCOMPARE(mail.kind, ReceivedMail::Kind::AutoReply);
    QCOMPARE(mail.backOn.value_or(QDate()), backOn);
}

void TestReceivedMail::unsubscribeRequest_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("unsubscribe");
    QTest::newRow("english") << QByteArray("Please remove me from your list.") << true;
    QTest::newRow("german") << QByteArray("Bitte keine weiteren E-Mails, danke.") << true;
    QTest::newRow("russian") << QByteArray("Отпишите меня, пожалуйста.") << true;
    QTest::newRow("a real reply") << QByteArray("Sounds interesting, can we talk on Monday?") << false;
}

void TestReceivedMail::unsubscribeRequest()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, unsubscribe);
    const ReceivedMail mail = ReceivedMail::parse(
        "From: bo@example.org\r\nSubject: Re: Hello\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text
            + "\r\n\r\nOn Thu, Dec 3, 2026 Ana wrote:\r\n> to unsubscribe, reply STOP\r\n",
        kToday);
    QCOMPARE(mail.kind, unsubscribe ? ReceivedMail::Kind::Unsubscribe : ReceivedMail::Kind::Reply);
}

QTEST_GUILESS_MAIN(TestReceivedMail)
#include "tst_receivedmail.moc"
