// SMTP submission against a real server on loopback (aiosmtpd), which refuses, defers, stalls and
// hangs up on request: every outcome is told apart, and a message the server may have is "unknown",
// never a failure to retry.
#include "../SmtpSink.h"
#include "outreach/MailMessage.h"
#include "outreach/SmtpSender.h"

#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestSmtpSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sendsWithAuthenticationAndReusesTheConnection();
    void wrongPasswordIsTemporaryAndSaysSo();
    void refusalsAndDeferrals_data();
    void refusalsAndDeferrals();
    void stalledOrDroppedAfterDataIsUnknown_data();
    void stalledOrDroppedAfterDataIsUnknown();
    void noServerIsTemporary();
    void cancelBeforeTheHandOver();

private:
    Mailbox mailbox(const QString& url) const;
    QByteArray message(const QString& to) const;

    std::unique_ptr<SmtpSink> m_sink;
};

void TestSmtpSender::init()
{
    m_sink = std::make_unique<SmtpSink>(QStringLiteral("ana@example.com:s3cret"));
}

Mailbox TestSmtpSender::mailbox(const QString& url) const
{
    Mailbox mailbox;
    mailbox.name = QStringLiteral("Main");
    mailbox.fromName = QStringLiteral("Ana");
    mailbox.fromAddress = QStringLiteral("ana@example.com");
    mailbox.smtpUrl = QUrl(url);
    return mailbox;
}

QByteArray TestSmtpSender::message(const QString& to) const
{
    MailMessage mail;
    mail.fromAddress = QStringLiteral("ana@example.com");
    mail.toAddress = to;
    mail.subject = QStringLiteral("Grüße");
    mail.body = QStringLiteral("Hello\n.a line with a dot\nBye");
    mail.date = QDateTime::currentDateTimeUtc();
    mail.messageId = MailMessage::newMessageId(mail.fromAddress);
    return mail.render();
}

void TestSmtpSender::sendsWithAuthenticationAndReusesTheConnection()
{
    SmtpSender sender(mailbox(m_sink->url()), "s3cret");
    for (int i = 0; i < 3; ++i) {
        const SmtpResult result = sender.send(
            QStringLiteral("bo%1@example.org").arg(i), message(QStringLiteral("bo@example.org")));
        QVERIFY2(result.outcome == SmtpResult::Outcome::Sent, qPrintable(result.reason));
        QCOMPARE(result.code, 250);
    }
    // A refusal in between does not spoil the next send on the same sender.
    QCOMPARE(sender.send(QStringLiteral("reject-rcpt@example.org"), message(QStringLiteral("x@y.z"))).outcome,
        SmtpResult::Outcome::RecipientRefused);
    QCOMPARE(sender.send(QStringLiteral("after@example.org"), message(QStringLiteral("x@y.z"))).outcome,
        SmtpResult::Outcome::Sent);
    const QList<QByteArray> received = m_sink->messages();
    QCOMPARE(received.size(), 4);
    QVERIFY(received.first().startsWith("X-Rcpt-To: bo0@example.org\r\n"));
    // Byte for byte as rendered (the dot-stuffing undone by the server).
    const QByteArray sent = message(QStringLiteral("bo@example.org"));
    QVERIFY(received.first().contains("\r\n.a line with a dot\r\n"));
    QVERIFY(received.first().contains(sent.mid(sent.indexOf("Content-Type"))));
}

void TestSmtpSender::wrongPasswordIsTemporaryAndSaysSo()
{
    SmtpSender sender(mailbox(m_sink->url()), "wrong");
    const SmtpResult result
        = sender.send(QStringLiteral("bo@example.org"), message(QStringLiteral("bo@example.org")));
    QCOMPARE(result.outcome, SmtpResult::Outcome::Temporary);
    QVERIFY2(
        result.reason.contains(u"user name or password") && result.code == 535, qPrintable(result.reason));
    QVERIFY(m_sink->messages().isEmpty());
}

void TestSmtpSender::refusalsAndDeferrals_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<SmtpResult::Outcome>("outcome");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("550 on RCPT") << "reject-rcpt@example.org" << SmtpResult::Outcome::RecipientRefused << 550
                                 << "No such user";
    QTest::newRow("451 on RCPT") << "tempfail-rcpt@example.org" << SmtpResult::Outcome::Temporary << 451
                                 << "Try again later";
    QTest::newRow("554 after DATA") << "reject-data@example.org" << SmtpResult::Outcome::Permanent << 554
                                    << "refused as spam";
    QTest::newRow("451 after DATA") << "tempfail-data@example.org" << SmtpResult::Outcome::Temporary << 451
                                    << "Greylisted";
}

void TestSmtpSender::refusalsAndDeferrals()
{
    QFETCH(QString, to);
    QFETCH(SmtpResult::Outcome, outcome);
    QFETCH(int, code);
    QFETCH(QString, reason);
    SmtpSender sender(mailbox(m_sink->url()), "s3cret");
    const SmtpResult result = sender.send(to, message(to));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.code, code);
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
    QVERIFY(m_sink->messages().isEmpty());
}

void TestSmtpSender::stalledOrDroppedAfterDataIsUnknown_data()
{
    QTest::addColumn<QString>("to");
    QTest::newRow("stalled") << "slow@example.org";
    QTest::newRow("dropped") << "drop@example.org";
}

// The research's trap: the server stored the message, then never answered. Sending it again would
// deliver it twice, so the outcome is "unknown".
void TestSmtpSender::stalledOrDroppedAfterDataIsUnknown()
{
    QFETCH(QString, to);
    SmtpSender sender(mailbox(m_sink->url()), "s3cret", { 5000, 1500 });
    const SmtpResult result = sender.send(to, message(to));
    QCOMPARE(result.outcome, SmtpResult::Outcome::Unknown);
    QVERIFY2(result.reason.contains(u"handed to the server"), qPrintable(result.reason));
    QTRY_COMPARE(m_sink->messages().size(), 1);
}

void TestSmtpSender::noServerIsTemporary()
{
    const int port = m_sink->port();
    m_sink.reset(); // nobody listens there any more
    SmtpSender sender(mailbox(QStringLiteral("smtp://127.0.0.1:%1").arg(port)), "s3cret");
    const SmtpResult result
        = sender.send(QStringLiteral("bo@example.org"), message(QStringLiteral("bo@example.org")));
    QCOMPARE(result.outcome, SmtpResult::Outcome::Temporary);
    QVERIFY(!result.reason.isEmpty());
}

void TestSmtpSender::cancelBeforeTheHandOver()
{
    const std::atomic_bool cancel = true;
    SmtpSender sender(mailbox(m_sink->url()), "s3cret");
    const SmtpResult result
        = sender.send(QStringLiteral("bo@example.org"), message(QStringLiteral("bo@example.org")), &cancel);
    QCOMPARE(result.outcome, SmtpResult::Outcome::Cancelled);
    QVERIFY(m_sink->messages().isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
