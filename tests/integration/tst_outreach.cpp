// The follow-up engine end to end, as cron runs it: leadsync-cli enroll and outreach tick against a
// real SMTP server on loopback, with the clock given by --now. No message is ever received twice, a
// reply, bounce or opt-out recorded between two ticks stops the next send, a backlog after a sleep
// is spread out, an unknown outcome is never resent.
#include "../CliProcess.h"
#include "../SmtpSink.h"
#include "../TestSupport.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <signal.h>

using namespace LeadSync;
using namespace TestSupport;

class TestOutreach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sendsStepsThreadedInTheWindowWithGapAndCap();
    void replyBounceOrOptOutBetweenTicksStopsTheNextSend();
    void emptyFieldSkipsWithTheReasonAndCanBeFixed();
    void backlogAfterASleepIsSpreadOut();
    void pauseResumeAndUnenroll();
    void unknownOutcomeIsNeverResent();
    void killedDuringASendBecomesUnknown();
    void twoProcessesTickingNeverSendTwice();
    void testMailboxSaysWhereItFailed();
    void globalOptionsAfterTheCommand();

private:
    CliRun cli(const QStringList& arguments, const char* now);
    QJsonObject tick(const char* now, const QStringList& extra = {});
    QJsonArray queue();
    void setUp(const QByteArray& csv, const QString& mailboxOptions, const QByteArray& sequence);
    void exec(const QString& sql);
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SmtpSink> m_sink;
};

void TestOutreach::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sink = std::make_unique<SmtpSink>(QStringLiteral("me@example.com:pw"));
}

CliRun TestOutreach::cli(const QStringList& arguments, const char* now)
{
    QStringList all { QStringLiteral("--workspace"), path("w.leadsync") };
    if (now)
        all << QStringLiteral("--now") << QString::fromLatin1(now);
    return runCli(m_dir->filePath(QStringLiteral("xdg")), all + arguments,
        { { QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"), QStringLiteral("pw") } });
}

QJsonObject TestOutreach::tick(const char* now, const QStringList& extra)
{
    const CliRun run = cli(
        QStringList { QStringLiteral("outreach"), QStringLiteral("tick"), QStringLiteral("--json") } + extra,
        now);
    if (run.exitCode != 0)
        qWarning("tick: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QJsonArray TestOutreach::queue()
{
    return QJsonDocument::fromJson(
        cli({ QStringLiteral("outreach"), QStringLiteral("queue"), QStringLiteral("--json") }, nullptr).out)
        .array();
}

void TestOutreach::exec(const QString& sql)
{
    Workspace workspace(path("w.leadsync"));
    SqlQuery(workspace.database(), sql).exec();
}

// Leads from csv, a mailbox "Main" on the sink (Berlin, every day 00:00-24:00 unless the options say
// otherwise) and the sequence.
void TestOutreach::setUp(const QByteArray& csv, const QString& mailboxOptions, const QByteArray& sequence)
{
    writeFile(path("leads.csv"), csv);
    QCOMPARE(cli({ QStringLiteral("import"), path("leads.csv") }, nullptr).exitCode, 0);
    QStringList mailbox { QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("Main"),
        QStringLiteral("--from"), QStringLiteral("Me <me@example.com>"), QStringLiteral("--smtp"),
        m_sink->url(), QStringLiteral("--password-env"), QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"),
        QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--window"),
        QStringLiteral("mon-sun 00:00-24:00") };
    mailbox += mailboxOptions.split(u' ', Qt::SkipEmptyParts);
    const CliRun added = cli(mailbox, nullptr);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    writeFile(path("s.json"), sequence);
    const CliRun saved = cli({ QStringLiteral("sequence"), QStringLiteral("add"), path("s.json") }, nullptr);
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
}

namespace {
const QByteArray kTwoSteps = R"({"name": "Intro", "mailbox": "Main",
    "window": {"days": "mon-fri", "from": "09:00", "to": "17:00"},
    "steps": [{"after": "0m", "subject": "Hi {{first_name}}", "body": "Hello {{first_name}} at {{company}}"},
              {"after": "2bd", "body": "Following up, {{first_name}}"}]})";

QByteArray headerOf(const QByteArray& message, const QByteArray& name)
{
    const QRegularExpression pattern(QStringLiteral("(?mi)^%1:\\s*(.*)\\r$").arg(QString::fromLatin1(name)));
    return pattern.match(QString::fromUtf8(message)).captured(1).toUtf8();
}

QList<QByteArray> to(const QList<QByteArray>& messages)
{
    QList<QByteArray> recipients;
    for (const QByteArray& message : messages)
        recipients.append(headerOf(message, "X-Rcpt-To"));
    return recipients;
}
} // namespace

void TestOutreach::sendsStepsThreadedInTheWindowWithGapAndCap()
{
    setUp("first_name,email,company,country\nAna,ana@a.com,Acme,Germany\nBo,bo@b.com,Beta,Germany\n"
          "Cy,cy@c.com,Ce,Germany\n",
        QStringLiteral("--gap 60-60 --daily-cap 2"), kTwoSteps);
    // Monday 15 June 2026, 07:00 in Berlin: before the window.
    const CliRun enrolled
        = cli({ QStringLiteral("enroll"), QStringLiteral("Intro"), QStringLiteral("--json") },
            "2026-06-15T05:00:00Z");
    QCOMPARE(QJsonDocument::fromJson(enrolled.out).object().value(u"enrolled").toInt(), 3);
    QCOMPARE(tick("2026-06-15T06:30:00Z").value(u"sent").toInt(), 0);
    // 09:00 Berlin: the first lead; the next one only after the gap.
    QJsonObject result = tick("2026-06-15T07:00:00Z");
    QCOMPARE(result.value(u"sent").toInt(), 1);
    QCOMPARE(result.value(u"next_due").toString(), QStringLiteral("2026-06-15T07:01:00Z"));
    QCOMPARE(tick("2026-06-15T07:00:30Z").value(u"sent").toInt(), 0);
    QCOMPARE(tick("2026-06-15T07:01:00Z").value(u"sent").toInt(), 1);
    // The daily cap (2): the third lead waits for Tuesday 09:00.
    QCOMPARE(tick("2026-06-15T07:05:00Z").value(u"sent").toInt(), 0);
    QCOMPARE(tick("2026-06-16T07:00:00Z").value(u"sent").toInt(), 1);
    QCOMPARE(to(m_sink->messages()), (QList<QByteArray> { "ana@a.com", "bo@b.com", "cy@c.com" }));
    // Step 2, two business days after Ana's first: Wednesday 09:00, in her first message's thread.
    QCOMPARE(tick("2026-06-17T06:59:00Z").value(u"sent").toInt(), 0);
    QCOMPARE(tick("2026-06-17T07:00:00Z").value(u"sent").toInt(), 1);
    const QList<QByteArray> received = m_sink->messages();
    const QByteArray first = received.first();
    const QByteArray followUp = received.last();
    QCOMPARE(headerOf(followUp, "X-Rcpt-To"), QByteArray("ana@a.com"));
    QCOMPARE(headerOf(followUp, "Subject"), QByteArray("Re: Hi Ana"));
    QCOMPARE(headerOf(followUp, "In-Reply-To"), headerOf(first, "Message-Id"));
    QVERIFY(headerOf(followUp, "References").contains(headerOf(first, "Message-Id")));
    // lead show: messages with their Message-IDs, and the history, oldest first.
    const QJsonObject lead = QJsonDocument::fromJson(
        cli({ QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json") },
            nullptr)
            .out)
                                 .object();
    const QJsonArray messages = lead.value(u"messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE("<" + messages.at(0).toObject().value(u"message_id").toString().toUtf8() + ">",
        headerOf(first, "Message-Id"));
    QCOMPARE(messages.at(1).toObject().value(u"state").toString(), QStringLiteral("sent"));
    QStringList kinds;
    for (const QJsonValue& event : lead.value(u"events").toArray())
        kinds.append(event.toObject().value(u"kind").toString());
    QCOMPARE(kinds.filter(QStringLiteral("sent")).size(), 2);
    QVERIFY(kinds.indexOf(u"enrolled") < kinds.indexOf(u"claimed"));
    QCOMPARE(kinds.last(), QStringLiteral("finished"));
}

void TestOutreach::replyBounceOrOptOutBetweenTicksStopsTheNextSend()
{
    setUp("first_name,email,company\nAna,ana@a.com,Acme\nBo,bo@b.com,Beta\nCy,cy@c.com,Ce\nDi,di@d.com,Dd\n",
        QStringLiteral("--gap 0-0 --daily-cap 100"), kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    QCOMPARE(tick("2026-06-15T07:00:00Z").value(u"sent").toInt(), 4);
    // Between the ticks: Ana replies, Bo's address bounces, Cy opts out (by domain).
    exec(QStringLiteral("INSERT INTO lead_events (lead_id, at, kind, field, new_value) VALUES "
                        "(1, 1781600000000, 'outreach', 'replied', 'Re: Hi Ana'), "
                        "(2, 1781600000000, 'outreach', 'bounced', '550 no such user')"));
    QCOMPARE(
        cli({ QStringLiteral("optout"), QStringLiteral("add"), QStringLiteral("@c.com") }, nullptr).exitCode,
        0);
    const QJsonObject result = tick("2026-06-17T07:00:00Z");
    QCOMPARE(result.value(u"sent").toInt(), 1);
    QCOMPARE(result.value(u"skipped").toInt(), 3);
    QCOMPARE(to(m_sink->messages()).mid(4), (QList<QByteArray> { "di@d.com" }));
    QStringList reasons;
    for (const QJsonValue& message : queue()) {
        if (message.toObject().value(u"state").toString() == u"skipped")
            reasons.append(message.toObject().value(u"reason").toString());
    }
    reasons.sort();
    QCOMPARE(reasons,
        (QStringList { QStringLiteral("opted out"), QStringLiteral("the lead bounced"),
            QStringLiteral("the lead replied") }));
    // Enrolling again skips the bounced and the opted-out, and those already in.
    const CliRun again = cli({ QStringLiteral("enroll"), QStringLiteral("Intro"), QStringLiteral("--json") },
        "2026-06-18T07:00:00Z");
    const QJsonObject skipped = QJsonDocument::fromJson(again.out).object().value(u"skipped").toObject();
    QCOMPARE(skipped.value(u"already enrolled").toInt() + skipped.value(u"bounced before").toInt()
            + skipped.value(u"opted out").toInt(),
        4);
}

void TestOutreach::emptyFieldSkipsWithTheReasonAndCanBeFixed()
{
    setUp("first_name,email,company\n,ana@a.com,Acme\n", QStringLiteral("--gap 0-0"), kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    const QJsonObject result = tick("2026-06-15T07:00:00Z");
    QCOMPARE(result.value(u"sent").toInt(), 0);
    QCOMPARE(result.value(u"skipped").toInt(), 1);
    QCOMPARE(queue().first().toObject().value(u"reason").toString(), QStringLiteral("first_name is empty"));
    QVERIFY(m_sink->messages().isEmpty());
    // The enrollment stays: the field is filled and the message planned again goes out.
    exec(QStringLiteral("UPDATE leads SET first_name = 'Ana'"));
    exec(QStringLiteral("UPDATE messages SET state = 'planned', reason = ''"));
    QCOMPARE(tick("2026-06-15T07:10:00Z").value(u"sent").toInt(), 1);
}

// The laptop slept from Monday to Thursday: twenty messages are overdue. The first tick sends one,
// the others follow the gap, never a burst.
void TestOutreach::backlogAfterASleepIsSpreadOut()
{
    QByteArray csv = "first_name,email,company\n";
    for (int i = 0; i < 20; ++i)
        csv += "Lead" + QByteArray::number(i) + ",lead" + QByteArray::number(i) + "@example.org,Acme\n";
    setUp(csv, QStringLiteral("--gap 90-240 --daily-cap 100"), kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    QCOMPARE(tick("2026-06-18T10:00:00Z").value(u"sent").toInt(), 1);
    QCOMPARE(tick("2026-06-18T10:00:30Z").value(u"sent").toInt(), 0);
    QList<QDateTime> planned;
    for (const QJsonValue& message : queue()) {
        if (message.toObject().value(u"state").toString() == u"planned"
            && message.toObject().value(u"step").toInt() == 1)
            planned.append(
                QDateTime::fromString(message.toObject().value(u"planned_at").toString(), Qt::ISODate));
    }
    QCOMPARE(planned.size(), 19);
    QVERIFY(planned.first() >= QDateTime(QDate(2026, 6, 18), QTime(10, 1, 30), QTimeZone::utc()));
    for (qsizetype i = 1; i < planned.size(); ++i)
        QVERIFY(planned[i - 1].secsTo(planned[i]) >= 90);
}

void TestOutreach::pauseResumeAndUnenroll()
{
    setUp("first_name,email,company\nAna,ana@a.com,Acme\nBo,bo@b.com,Beta\n", QStringLiteral("--gap 0-0"),
        kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("sequence"), QStringLiteral("pause"), QStringLiteral("Intro") }, nullptr)
                 .exitCode,
        0);
    QCOMPARE(tick("2026-06-15T07:00:00Z").value(u"sent").toInt(), 0);
    QCOMPARE(cli({ QStringLiteral("unenroll"), QStringLiteral("Intro"), QStringLiteral("--where"),
                     QStringLiteral("email = bo@b.com") },
                 "2026-06-15T07:05:00Z")
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("sequence"), QStringLiteral("resume"), QStringLiteral("Intro") }, nullptr)
                 .exitCode,
        0);
    QCOMPARE(tick("2026-06-15T07:10:00Z").value(u"sent").toInt(), 1);
    QCOMPARE(to(m_sink->messages()), (QList<QByteArray> { "ana@a.com" }));
    // Pausing and resuming are in the history of the leads the sequence held then.
    const auto kindsOf = [this](const char* lead) {
        QStringList kinds;
        const QJsonObject shown
            = QJsonDocument::fromJson(cli({ QStringLiteral("lead"), QStringLiteral("show"),
                                              QLatin1String(lead), QStringLiteral("--json") },
                                          nullptr)
                                          .out)
                  .object();
        for (const QJsonValue& event : shown.value(u"events").toArray())
            kinds.append(event.toObject().value(u"kind").toString());
        return kinds;
    };
    QVERIFY(kindsOf("1").contains(QStringLiteral("paused")));
    QVERIFY(kindsOf("1").contains(QStringLiteral("resumed")));
    QVERIFY(kindsOf("2").contains(QStringLiteral("paused")));
    QVERIFY(!kindsOf("2").contains(QStringLiteral("resumed"))); // removed before the resume
}

// The server stored the message, then never answered: "unknown", and no later tick sends it again.
void TestOutreach::unknownOutcomeIsNeverResent()
{
    setUp("first_name,email,company\nSlow,slow@example.org,Acme\n", QStringLiteral("--gap 0-0"), kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    QCOMPARE(tick("2026-06-15T07:00:00Z", { QStringLiteral("--smtp-timeout"), QStringLiteral("1") })
                 .value(u"unknown")
                 .toInt(),
        1);
    QCOMPARE(queue().first().toObject().value(u"state").toString(), QStringLiteral("unknown"));
    for (const char* now : { "2026-06-15T08:00:00Z", "2026-06-16T08:00:00Z", "2026-06-20T08:00:00Z" })
        QCOMPARE(tick(now).value(u"sent").toInt(), 0);
    QTRY_COMPARE(m_sink->messages().size(), 1);
}

// kill -9 while the server holds the message: the claim outlives the process; the next tick makes it
// "unknown" instead of sending it again.
void TestOutreach::killedDuringASendBecomesUnknown()
{
    setUp("first_name,email,company\nSlow,slow@example.org,Acme\n", QStringLiteral("--gap 0-0"), kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    QProcess ticking;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"), QStringLiteral("pw"));
    ticking.setProcessEnvironment(environment);
    ticking.start(QStringLiteral(LEADSYNC_CLI),
        { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("--now"),
            QStringLiteral("2026-06-15T07:00:00Z"), QStringLiteral("outreach"), QStringLiteral("tick") });
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, 10000); // stored; the server now waits 5 s
    ::kill(pid_t(ticking.processId()), SIGKILL);
    QVERIFY(ticking.waitForFinished(5000));
    QCOMPARE(queue().first().toObject().value(u"state").toString(), QStringLiteral("claimed"));
    QCOMPARE(tick("2026-06-15T07:01:00Z").value(u"sent").toInt(), 0);
    QCOMPARE(queue().first().toObject().value(u"state").toString(), QStringLiteral("unknown"));
    tick("2026-06-16T07:00:00Z");
    QTest::qWait(500);
    QCOMPARE(m_sink->messages().size(), 1);
}

// The desktop app and cron tick at the same moment: each message is claimed by one of them only.
void TestOutreach::twoProcessesTickingNeverSendTwice()
{
    QByteArray csv = "first_name,email,company\n";
    for (int i = 0; i < 30; ++i)
        csv += "Lead" + QByteArray::number(i) + ",lead" + QByteArray::number(i) + "@example.org,Acme\n";
    setUp(csv, QStringLiteral("--gap 0-0 --daily-cap 1000"), kTwoSteps);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T07:00:00Z").exitCode, 0);
    QList<QProcess*> ticks;
    for (int i = 0; i < 2; ++i) {
        auto* process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        environment.insert(QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"), QStringLiteral("pw"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(LEADSYNC_CLI),
            { QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("--now"),
                QStringLiteral("2026-06-15T07:00:00Z"), QStringLiteral("outreach"), QStringLiteral("tick"),
                QStringLiteral("--json") });
        ticks.append(process);
    }
    int sent = 0;
    for (QProcess* process : ticks) {
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 60000);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        sent += QJsonDocument::fromJson(process->readAllStandardOutput()).object().value(u"sent").toInt();
    }
    QCOMPARE(sent, 30);
    QList<QByteArray> recipients = to(m_sink->messages());
    QCOMPARE(recipients.size(), 30);
    std::sort(recipients.begin(), recipients.end());
    QCOMPARE(std::adjacent_find(recipients.cbegin(), recipients.cend()), recipients.cend());
}

void TestOutreach::testMailboxSaysWhereItFailed()
{
    setUp("first_name,email\nAna,ana@a.com\n", QString(), kTwoSteps);
    const QStringList test { QStringLiteral("mailbox"), QStringLiteral("test"), QStringLiteral("Main") };
    const CliRun works = cli(test, nullptr);
    QVERIFY2(works.exitCode == 0, works.err.constData());
    QVERIFY(works.out.contains("me@example.com"));
    QCOMPARE(to(m_sink->messages()), (QList<QByteArray> { "me@example.com" }));
    // A wrong password: refused at authentication, the server's answer quoted.
    const CliRun wrong = runCli(m_dir->filePath(QStringLiteral("xdg")),
        QStringList { QStringLiteral("--workspace"), path("w.leadsync") } + test,
        { { QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"), QStringLiteral("nope") } });
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(
        wrong.err.contains("failed at authentication") && wrong.err.contains("535"), wrong.err.constData());
    // No server: the connection.
    m_sink.reset();
    const CliRun down = cli(test, nullptr);
    QCOMPARE(down.exitCode, 2);
    QVERIFY2(down.err.contains("failed at connection"), down.err.constData());
}

// Scripts write --now and --workspace after the command as often as before it.
void TestOutreach::globalOptionsAfterTheCommand()
{
    setUp("first_name,email,company\nAna,ana@a.com,Acme\n", QStringLiteral("--gap 0-0"), kTwoSteps);
    const QString dataHome = m_dir->filePath(QStringLiteral("xdg"));
    const CliRun enrolled = runCli(dataHome,
        { QStringLiteral("enroll"), QStringLiteral("Intro"), QStringLiteral("--now=2026-06-15T07:00:00Z"),
            QStringLiteral("--workspace"), path("w.leadsync"), QStringLiteral("--json") });
    QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
    const CliRun ticked = runCli(dataHome,
        { QStringLiteral("outreach"), QStringLiteral("tick"), QStringLiteral("--json"),
            QStringLiteral("--now"), QStringLiteral("2026-06-15T07:00:00Z"),
            QStringLiteral("--workspace=") + path("w.leadsync") },
        { { QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"), QStringLiteral("pw") } });
    QVERIFY2(ticked.exitCode == 0, ticked.err.constData());
    QCOMPARE(QJsonDocument::fromJson(ticked.out).object().value(u"sent").toInt(), 1);
    QCOMPARE(to(m_sink->messages()), (QList<QByteArray> { "ana@a.com" }));
}

QTEST_MAIN(TestOutreach)
#include "tst_outreach.moc"
