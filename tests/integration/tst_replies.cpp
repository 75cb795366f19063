// Reading replies end to end, as cron runs it: leadsync-cli sends the first step through a real SMTP
// server, the answers arrive in a real Dovecot (both on loopback, started by the test), and
// `outreach sync` / `outreach tick` act on them: a reply in the thread, one in a new thread, a
// colleague's at the same company, a hard and a soft bounce, an out-of-office with a return date, an
// unsubscribe request, and mail about no lead. The follow-ups due afterwards go only to who should get
// them; nothing is stored twice (synced again, a renumbered folder); nothing is marked read.
#include "../CliProcess.h"
#include "../DovecotServer.h"
#include "../SmtpSink.h"
#include "../TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

namespace {

const QByteArray kLeads = "first_name,email,company\nAna,ana@acme.example,Acme\nAl,al@acme.example,Acme\n"
                          "Bo,bo@beta.example,Beta\nCy,cy@gamma.example,Gamma\nDi,di@delta.example,Delta\n"
                          "Ed,ed@eps.example,Eps\nFi,fi@phi.example,Phi\n";
const QByteArray kSequence = R"({"name": "Intro", "mailbox": "Main", "stop_on_company_reply": true,
    "window": {"days": "mon-sun", "from": "00:00", "to": "24:00", "time_zone": "UTC"},
    "steps": [{"after": "0m", "subject": "Hi {{first_name}}", "body": "Hello {{first_name}} at {{company}}"},
              {"after": "1d", "body": "Following up, {{first_name}}"}]})";

QByteArray headerOf(const QByteArray& message, const char* name)
{
    const QRegularExpression pattern(QStringLiteral("(?mi)^%1:\\s*(.*?)\\r?$").arg(QLatin1String(name)));
    return pattern.match(QString::fromUtf8(message)).captured(1).toUtf8();
}

} // namespace

class TestReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void syncStopsWhoAnsweredAndPausesWhoIsAway();
    void interestedReplyIsAnsweredByItself();

private:
    CliRun cli(const QStringList& arguments, const char* now = nullptr);
    QJsonObject json(const QStringList& arguments, const char* now = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir; // a new workspace for each case
};

CliRun TestReplies::cli(const QStringList& arguments, const char* now)
{
    QStringList all { QStringLiteral("--workspace"), m_dir->filePath(QStringLiteral("w.leadsync")) };
    if (now)
        all << QStringLiteral("--now") << QLatin1String(now);
    return runCli(m_dir->filePath(QStringLiteral("xdg")), all + arguments,
        { { QStringLiteral("LEADSYNC_TEST_SECRET"), QLatin1String(DovecotServer::kPassword) } });
}

QJsonObject TestReplies::json(const QStringList& arguments, const char* now)
{
    const CliRun run = cli(arguments, now);
    if (run.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

void TestReplies::syncStopsWhoAnsweredAndPausesWhoIsAway()
{
    DovecotServer inbox;
    SmtpSink smtp(QStringLiteral("me@example.test:%1").arg(QLatin1String(DovecotServer::kPassword)));
    writeFile(m_dir->filePath(QStringLiteral("leads.csv")), kLeads);
    QCOMPARE(cli({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("leads.csv")) }).exitCode, 0);
    const CliRun added = cli({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("Main"),
        QStringLiteral("--from"), QStringLiteral("Me <me@example.test>"), QStringLiteral("--smtp"),
        smtp.url(), QStringLiteral("--password-env"), QStringLiteral("LEADSYNC_TEST_SECRET"),
        QStringLiteral("--imap"), inbox.url(), QStringLiteral("--time-zone"), QStringLiteral("UTC"),
        QStringLiteral("--window"), QStringLiteral("mon-sun 00:00-24:00"), QStringLiteral("--gap"),
        QStringLiteral("0-0") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    writeFile(m_dir->filePath(QStringLiteral("s.json")), kSequence);
    QCOMPARE(
        cli({ QStringLiteral("sequence"), QStringLiteral("add"), m_dir->filePath(QStringLiteral("s.json")) })
            .exitCode,
        0);
    QCOMPARE(json({ QStringLiteral("enroll"), QStringLiteral("Intro"), QStringLiteral("--json") },
                 "2026-06-15T08:00:00Z")
                 .value(u"enrolled")
                 .toInt(),
        7);
    QCOMPARE(json({ QStringLiteral("outreach"), QStringLiteral("tick"), QStringLiteral("--json") },
                 "2026-06-15T08:00:00Z")
                 .value(u"sent")
                 .toInt(),
        7);
    QHash<QByteArray, QByteArray> sentId; // recipient -> Message-ID of step 1
    for (const QByteArray& message : smtp.messages())
        sentId.insert(headerOf(message, "X-Rcpt-To"), headerOf(message, "Message-ID"));
    QCOMPARE(sentId.size(), 7);

    const auto mail
        = [](const QByteArray& from, const QByteArray& headers, const QByteArray& body) -> QByteArray {
        return "From: " + from + "\nTo: me@example.test\nDate: Mon, 15 Jun 2026 09:00:00 +0000\n" + headers
            + "\n" + body + "\n";
    };
    // In the thread; in a new thread; a bounce (hard, soft); away until the 20th; unsubscribe; no lead.
    inbox.deliver(mail("Ana <ana@acme.example>",
        "Subject: Re: Hi Ana\nMessage-ID: <r-ana@acme.example>\nIn-Reply-To: "
            + sentId.value("ana@acme.example") + "\n",
        "Sounds good, let's talk on Tuesday.\n\nOn Mon, Jun 15, 2026 Me wrote:\n> Hello Ana"));
    inbox.deliver(mail("bo@beta.example", "Subject: Your email\nMessage-ID: <r-bo@beta.example>\n",
        "Who are you and how did you get my address?"));
    const auto dsn = [&](const QByteArray& to, const char* status, const char* id) -> QByteArray {
        return mail("MAILER-DAEMON@mx.example",
            QByteArray("Subject: Undelivered Mail Returned to Sender\nMessage-ID: <") + id
                + ">\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
                  "boundary=\"B\"\n",
            "--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n--B\nContent-Type: "
            "message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; "
                + to + "\nAction: failed\nStatus: " + status
                + "\n--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: " + sentId.value(to) + "\n--B--");
    };
    inbox.deliver(dsn("cy@gamma.example", "5.1.1", "dsn-cy@mx.example"));
    inbox.deliver(dsn("di@delta.example", "4.2.2", "dsn-di@mx.example"));
    inbox.deliver(mail("ed@eps.example",
        "Subject: Automatic reply: Hi Ed\nAuto-Submitted: auto-replied\nMessage-ID: <ooo-ed@eps.example>\n",
        "I am out of the office until 20.06.2026."));
    inbox.deliver(mail("fi@phi.example", "Subject: Re: Hi Fi\nMessage-ID: <r-fi@phi.example>\n",
        "Please remove me from your list."));
    inbox.deliver(
        mail("stranger@nowhere.example", "Subject: Lunch?\nMessage-ID: <x@nowhere.example>\n", "Lunch?"));

    const QJsonObject synced
        = json({ QStringLiteral("outreach"), QStringLiteral("sync"), QStringLiteral("--json") },
            "2026-06-15T10:00:00Z");
    QCOMPARE(synced.value(u"fetched").toInt(), 7);
    QCOMPARE(synced.value(u"replies").toInt(), 2);
    QCOMPARE(synced.value(u"bounces").toInt(), 2);
    QCOMPARE(synced.value(u"auto_replies").toInt(), 1);
    QCOMPARE(synced.value(u"unsubscribes").toInt(), 1);
    QCOMPARE(synced.value(u"ignored").toInt(), 1);
    // Again: nothing new; and with the folder renumbered, the look-back finds only what it has.
    QCOMPARE(json({ QStringLiteral("outreach"), QStringLiteral("sync"), QStringLiteral("--json") },
                 "2026-06-15T10:05:00Z")
                 .value(u"fetched")
                 .toInt(),
        0);
    inbox.renumber();
    const QJsonObject again
        = json({ QStringLiteral("outreach"), QStringLiteral("sync"), QStringLiteral("--json") },
            "2026-06-15T10:10:00Z");
    QCOMPARE(again.value(u"fetched").toInt(), 7);
    QCOMPARE(again.value(u"replies").toInt() + again.value(u"bounces").toInt()
            + again.value(u"auto_replies").toInt() + again.value(u"unsubscribes").toInt(),
        0);

    // The replies, classified by the rules (no AI provider here): newest first, without bounces.
    const QJsonArray replies
        = QJsonDocument::fromJson(cli({ QStringLiteral("replies"), QStringLiteral("--json") }).out).array();
    QCOMPARE(replies.size(), 4);
    QHash<QString, QJsonObject> byFrom;
    for (const QJsonValue& reply : replies)
        byFrom.insert(reply.toObject().value(u"from").toString(), reply.toObject());
    QCOMPARE(byFrom.value(QStringLiteral("ana@acme.example")).value(u"class").toString(),
        QStringLiteral("interested"));
    QCOMPARE(byFrom.value(QStringLiteral("ana@acme.example")).value(u"text").toString(),
        QStringLiteral("Sounds good, let's talk on Tuesday."));
    QCOMPARE(byFrom.value(QStringLiteral("bo@beta.example")).value(u"class").toString(),
        QStringLiteral("question"));
    QCOMPARE(byFrom.value(QStringLiteral("ed@eps.example")).value(u"class").toString(),
        QStringLiteral("out_of_office"));
    QCOMPARE(byFrom.value(QStringLiteral("fi@phi.example")).value(u"class").toString(),
        QStringLiteral("unsubscribe"));
    QCOMPARE(QJsonDocument::fromJson(cli({ QStringLiteral("replies"), QStringLiteral("--json"),
                                             QStringLiteral("--class"), QStringLiteral("interested") })
                                         .out)
                 .array()
                 .size(),
        1);
    QVERIFY(cli({ QStringLiteral("optout"), QStringLiteral("list") }).out.contains("fi@phi.example"));

    // The consultant corrects a class, drafts and sends an answer in the thread, discards another.
    const auto idOf = [&byFrom](const char* from) {
        return QString::number(byFrom.value(QLatin1String(from)).value(u"id").toInt());
    };
    QCOMPARE(cli({ QStringLiteral("reply"), QStringLiteral("classify"), idOf("bo@beta.example"),
                     QStringLiteral("--as"), QStringLiteral("not_interested") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("reply"), QStringLiteral("classify"), idOf("bo@beta.example"),
                     QStringLiteral("--as"), QStringLiteral("maybe") })
                 .exitCode,
        2);
    QCOMPARE(cli({ QStringLiteral("reply"), QStringLiteral("settings"), QStringLiteral("--booking-link"),
                     QStringLiteral("https://cal.example/me") })
                 .exitCode,
        0);
    const CliRun drafted
        = cli({ QStringLiteral("reply"), QStringLiteral("draft"), idOf("ana@acme.example") });
    QVERIFY2(drafted.out.contains("Hi Ana,") && drafted.out.contains("https://cal.example/me"),
        drafted.out.constData());
    const qsizetype beforeAnswer = smtp.messages().size();
    const CliRun answered
        = cli({ QStringLiteral("reply"), QStringLiteral("send"), idOf("ana@acme.example") });
    QVERIFY2(answered.exitCode == 0, answered.err.constData());
    QCOMPARE(smtp.messages().size(), beforeAnswer + 1);
    const QByteArray answer = smtp.messages().last();
    QCOMPARE(headerOf(answer, "X-Rcpt-To"), QByteArray("ana@acme.example"));
    QCOMPARE(headerOf(answer, "In-Reply-To"), QByteArray("<r-ana@acme.example>"));
    QCOMPARE(headerOf(answer, "Subject"), QByteArray("Re: Hi Ana"));
    // Sent once: a second send is refused.
    QVERIFY(cli({ QStringLiteral("reply"), QStringLiteral("send"), idOf("ana@acme.example") }).exitCode != 0);
    QCOMPARE(smtp.messages().size(), beforeAnswer + 1);
    QCOMPARE(cli({ QStringLiteral("reply"), QStringLiteral("discard"), idOf("ed@eps.example") }).exitCode, 0);
    const QJsonArray states
        = QJsonDocument::fromJson(cli({ QStringLiteral("replies"), QStringLiteral("--json") }).out).array();
    for (const QJsonValue& value : states) {
        const QJsonObject reply = value.toObject();
        const QString from = reply.value(u"from").toString();
        if (from == u"ana@acme.example")
            QCOMPARE(reply.value(u"state").toString(), QStringLiteral("answered"));
        if (from == u"ed@eps.example")
            QCOMPARE(reply.value(u"state").toString(), QStringLiteral("discarded"));
        if (from == u"bo@beta.example")
            QCOMPARE(reply.value(u"class").toString(), QStringLiteral("not_interested"));
    }

    // A day on, step 2 is due: only Di (a soft bounce) gets it. Ana replied, Al's colleague replied, Bo
    // replied in a new thread, Cy bounced, Ed is away until the 20th, Fi opted out.
    const qsizetype before = smtp.messages().size();
    QCOMPARE(json({ QStringLiteral("outreach"), QStringLiteral("tick"), QStringLiteral("--json") },
                 "2026-06-16T09:00:00Z")
                 .value(u"sent")
                 .toInt(),
        1);
    QCOMPARE(smtp.messages().size(), before + 1);
    QCOMPARE(headerOf(smtp.messages().last(), "X-Rcpt-To"), QByteArray("di@delta.example"));
    // Ed's follow-up goes once he is back.
    QCOMPARE(json({ QStringLiteral("outreach"), QStringLiteral("tick"), QStringLiteral("--json") },
                 "2026-06-20T09:00:00Z")
                 .value(u"sent")
                 .toInt(),
        1);
    QCOMPARE(headerOf(smtp.messages().last(), "X-Rcpt-To"), QByteArray("ed@eps.example"));

    // The history says what happened; nothing in the inbox was marked read.
    const QJsonObject ana = json(
        { QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json") });
    QStringList kinds;
    for (const QJsonValue& event : ana.value(u"events").toArray())
        kinds.append(event.toObject().value(u"kind").toString());
    QVERIFY2(kinds.contains(QStringLiteral("replied")), qPrintable(kinds.join(u',')));
    for (quint32 uid = 1; uid <= 7; ++uid)
        QVERIFY(!inbox.flags(uid).contains("\\Seen"));
    // What worked: 9 messages to 7 leads; Ana and Bo replied (Ana interested, to step 1), Cy bounced
    // (Di's was temporary), Fi opted out.
    const QJsonArray stats = QJsonDocument::fromJson(
        cli({ QStringLiteral("outreach"), QStringLiteral("stats"), QStringLiteral("--json") }).out)
                                 .array();
    QCOMPARE(stats.size(), 1);
    const QJsonObject intro = stats.first().toObject();
    QCOMPARE(intro.value(u"sequence").toString(), QStringLiteral("Intro"));
    QCOMPARE(intro.value(u"enrolled").toInt(), 7);
    QCOMPARE(intro.value(u"sent").toInt(), 9);
    QCOMPARE(intro.value(u"contacted").toInt(), 7);
    QCOMPARE(intro.value(u"replied").toInt(), 2);
    QCOMPARE(intro.value(u"interested").toInt(), 1);
    QCOMPARE(intro.value(u"bounced").toInt(), 1);
    QCOMPARE(intro.value(u"opted_out").toInt(), 1);
    QCOMPARE(intro.value(u"reply_rate").toDouble(), 0.2857);
    const QJsonObject first = intro.value(u"steps").toArray().first().toObject();
    QCOMPARE(first.value(u"step").toInt(), 1);
    QCOMPARE(first.value(u"sent").toInt(), 7);
    QCOMPARE(first.value(u"replied").toInt(), 2);
    QCOMPARE(intro.value(u"steps").toArray().last().toObject().value(u"sent").toInt(), 2);
    // The replies were dated 09:00, an hour after the 08:00 sends.
    QCOMPARE(intro.value(u"median_hours_to_first_reply").toDouble(), 1.0);
}

// A sequence that answers interested replies by itself: the sync sends the drafted answer (with the
// booking link) in the thread at once; a question waits for the consultant.
void TestReplies::interestedReplyIsAnsweredByItself()
{
    DovecotServer inbox;
    SmtpSink smtp(QStringLiteral("me@example.test:%1").arg(QLatin1String(DovecotServer::kPassword)));
    writeFile(m_dir->filePath(QStringLiteral("leads.csv")),
        "first_name,email,company\nAna,ana@acme.example,Acme\nBo,bo@beta.example,Beta\n");
    QCOMPARE(cli({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("leads.csv")) }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("Main"),
                     QStringLiteral("--from"), QStringLiteral("Me <me@example.test>"),
                     QStringLiteral("--smtp"), smtp.url(), QStringLiteral("--password-env"),
                     QStringLiteral("LEADSYNC_TEST_SECRET"), QStringLiteral("--imap"), inbox.url(),
                     QStringLiteral("--time-zone"), QStringLiteral("UTC"), QStringLiteral("--window"),
                     QStringLiteral("mon-sun 00:00-24:00"), QStringLiteral("--gap"), QStringLiteral("0-0") })
                 .exitCode,
        0);
    QByteArray sequence = kSequence;
    sequence.replace("\"stop_on_company_reply\": true", "\"auto_send_interested\": true");
    writeFile(m_dir->filePath(QStringLiteral("s.json")), sequence);
    QCOMPARE(
        cli({ QStringLiteral("sequence"), QStringLiteral("add"), m_dir->filePath(QStringLiteral("s.json")) })
            .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("reply"), QStringLiteral("settings"), QStringLiteral("--booking-link"),
                     QStringLiteral("https://cal.example/me") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("enroll"), QStringLiteral("Intro") }, "2026-06-15T08:00:00Z").exitCode, 0);
    QCOMPARE(json({ QStringLiteral("outreach"), QStringLiteral("tick"), QStringLiteral("--json") },
                 "2026-06-15T08:00:00Z")
                 .value(u"sent")
                 .toInt(),
        2);
    QHash<QByteArray, QByteArray> sentId;
    for (const QByteArray& message : smtp.messages())
        sentId.insert(headerOf(message, "X-Rcpt-To"), headerOf(message, "Message-ID"));
    inbox.deliver(
        "From: ana@acme.example\nSubject: Re: Hi Ana\nMessage-ID: <r-ana@acme.example>\nIn-Reply-To: "
        + sentId.value("ana@acme.example") + "\n\nSounds good, let's talk next week.\n");
    inbox.deliver("From: bo@beta.example\nSubject: Re: Hi Bo\nMessage-ID: <r-bo@beta.example>\nIn-Reply-To: "
        + sentId.value("bo@beta.example") + "\n\nWhat does it cost?\n");
    const QJsonObject synced
        = json({ QStringLiteral("outreach"), QStringLiteral("sync"), QStringLiteral("--json") },
            "2026-06-15T10:00:00Z");
    QCOMPARE(synced.value(u"replies").toInt(), 2);
    QCOMPARE(synced.value(u"answered").toInt(), 1);
    QCOMPARE(smtp.messages().size(), 3);
    const QByteArray answer = smtp.messages().last();
    QCOMPARE(headerOf(answer, "X-Rcpt-To"), QByteArray("ana@acme.example"));
    QCOMPARE(headerOf(answer, "In-Reply-To"), QByteArray("<r-ana@acme.example>"));
    QVERIFY(answer.contains("https://cal.example/me"));
    // Synced again: answered once.
    QCOMPARE(json({ QStringLiteral("outreach"), QStringLiteral("sync"), QStringLiteral("--json") },
                 "2026-06-15T10:05:00Z")
                 .value(u"answered")
                 .toInt(),
        0);
    QCOMPARE(smtp.messages().size(), 3);
}

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
