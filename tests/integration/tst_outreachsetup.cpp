// Outreach set-up: mailboxes, sequences and the opt-out list, through the stores and through
// leadsync-cli as scripts use it. Bad input names its field, file or line and changes nothing; a
// password never reaches the workspace.
#include "../CliProcess.h"
#include "../TestSupport.h"
#include "Error.h"
#include "outreach/Mailbox.h"
#include "outreach/OptOutList.h"
#include "outreach/Sequence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestOutreachSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mailboxesAreCheckedField_data();
    void mailboxesAreCheckedField();
    void mailboxFromTheCommandLineKeepsNoPassword();
    void sequenceFilesAreCheckedField_data();
    void sequenceFilesAreCheckedField();
    void sequenceRoundTripPauseAndResume();
    void variantsSplitEvenly();
    void optOutsAreAllOrNothing();
    void optOutsFromACsvFile();

private:
    CliRun cli(const QStringList& arguments, const QList<std::pair<QString, QString>>& environment = {});
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    static Mailbox validMailbox();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutreachSetup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

CliRun TestOutreachSetup::cli(
    const QStringList& arguments, const QList<std::pair<QString, QString>>& environment)
{
    return runCli(m_dir->filePath(QStringLiteral("xdg")),
        QStringList { QStringLiteral("--workspace"), path("w.leadsync") } + arguments, environment);
}

Mailbox TestOutreachSetup::validMailbox()
{
    Mailbox mailbox;
    mailbox.name = QStringLiteral("Main");
    mailbox.fromName = QStringLiteral("Ana Müller");
    mailbox.fromAddress = QStringLiteral("ana@example.com");
    mailbox.smtpUrl = QUrl(QStringLiteral("smtps://smtp.example.com:465"));
    mailbox.zone = QTimeZone("Europe/Berlin");
    return mailbox;
}

void TestOutreachSetup::mailboxesAreCheckedField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("address") << "from"
                             << "ana"
                             << "\"ana\"";
    QTest::newRow("scheme") << "smtp"
                            << "https://smtp.example.com"
                            << "SMTP URL";
    QTest::newRow("no host") << "smtp"
                             << "smtps://"
                             << "SMTP URL";
    QTest::newRow("zone") << "zone"
                          << "Mars/Olympus"
                          << "time zone";
    QTest::newRow("cap") << "cap"
                         << "0"
                         << "daily cap";
    QTest::newRow("gap") << "gap"
                         << ""
                         << "gap";
    QTest::newRow("unsubscribe") << "unsubscribe"
                                 << "http://example.com/u"
                                 << "unsubscribe URL";
}

void TestOutreachSetup::mailboxesAreCheckedField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    Mailbox mailbox = validMailbox();
    MailboxStore::validate(mailbox);
    if (field == u"from")
        mailbox.fromAddress = value;
    else if (field == u"smtp")
        mailbox.smtpUrl = QUrl(value);
    else if (field == u"zone")
        mailbox.zone = QTimeZone(value.toUtf8());
    else if (field == u"cap")
        mailbox.dailyCap = value.toInt();
    else if (field == u"gap")
        mailbox.gapMaxSeconds = mailbox.gapMinSeconds - 1;
    else
        mailbox.unsubscribeUrl = value;
    try {
        MailboxStore::validate(mailbox);
        QFAIL("accepted");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(named) && error.message().contains(u"Main"),
            qPrintable(error.message()));
    }
}

void TestOutreachSetup::mailboxFromTheCommandLineKeepsNoPassword()
{
    const QString secret = QStringLiteral("app-password-4711-secret");
    const CliRun added
        = cli({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("Main"),
                  QStringLiteral("--from"), QStringLiteral("Ana Müller <ana@example.com>"),
                  QStringLiteral("--smtp"), QStringLiteral("smtp://smtp.example.com:587"),
                  QStringLiteral("--password-env"), QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"),
                  QStringLiteral("--time-zone"), QStringLiteral("America/New_York"),
                  QStringLiteral("--window"), QStringLiteral("mon-fri 08:00-16:30"),
                  QStringLiteral("--daily-cap"), QStringLiteral("40"), QStringLiteral("--hourly-cap"),
                  QStringLiteral("10"), QStringLiteral("--gap"), QStringLiteral("60-180") },
            { { QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"), secret } });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliRun listed
        = cli({ QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonObject mailbox = QJsonDocument::fromJson(listed.out).array().first().toObject();
    QCOMPARE(mailbox.value(u"from").toString(), QStringLiteral("Ana Müller <ana@example.com>"));
    QCOMPARE(mailbox.value(u"time_zone").toString(), QStringLiteral("America/New_York"));
    QCOMPARE(mailbox.value(u"window").toString(), QStringLiteral("mon-fri 08:00-16:30"));
    QCOMPARE(mailbox.value(u"daily_cap").toInt(), 40);
    QCOMPARE(mailbox.value(u"hourly_cap").toInt(), 10);
    QCOMPARE(mailbox.value(u"gap").toString(), QStringLiteral("60-180"));
    QCOMPARE(mailbox.value(u"password_env").toString(), QStringLiteral("LEADSYNC_TEST_SMTP_PASSWORD"));
    QFile workspace(path("w.leadsync"));
    QVERIFY(workspace.open(QIODevice::ReadOnly));
    QVERIFY(!workspace.readAll().contains(secret.toUtf8()));
    // A bad value is refused with its name, and the mailbox stays as it was.
    const CliRun refused = cli({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("Main"),
        QStringLiteral("--from"), QStringLiteral("ana@example.com"), QStringLiteral("--smtp"),
        QStringLiteral("smtp://smtp.example.com:587"), QStringLiteral("--gap"), QStringLiteral("fast") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--gap") && refused.err.contains("fast"), refused.err.constData());
    QCOMPARE(
        MailboxStore(*std::make_unique<Workspace>(path("w.leadsync"))).find(QStringLiteral("Main"))->dailyCap,
        40);
}

void TestOutreachSetup::sequenceFilesAreCheckedField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("no steps") << QByteArray(R"({"name":"S","mailbox":"Main","steps":[]})") << "steps";
    QTest::newRow("delay") << QByteArray(
        R"({"name":"S","mailbox":"Main","steps":[{"after":"2w","subject":"a","body":"b"}]})")
                           << "steps[0].after";
    QTest::newRow("first subject") << QByteArray(
        R"({"name":"S","mailbox":"Main","steps":[{"after":"0m","body":"b"}]})")
                                   << "steps[0].subject";
    QTest::newRow("variant body") << QByteArray(
        R"({"name":"S","mailbox":"Main","steps":[{"subject":"a","body":"b"},{"after":"1d","variants":[{"body":"x"},{"subject":"y"}]}]})")
                                  << "steps[1].variants[1].body";
    QTest::newRow("window") << QByteArray(
        R"({"name":"S","mailbox":"Main","window":{"days":"someday"},"steps":[{"subject":"a","body":"b"}]})")
                            << "window";
    QTest::newRow("zone") << QByteArray(
        R"({"name":"S","mailbox":"Main","window":{"time_zone":"Nowhere/Land"},"steps":[{"subject":"a","body":"b"}]})")
                          << "window.time_zone";
    QTest::newRow("mailbox") << QByteArray(
        R"({"name":"S","mailbox":"Other","steps":[{"subject":"a","body":"b"}]})")
                             << "\"Other\"";
    QTest::newRow("not JSON") << QByteArray(R"({"name":"S",)") << "JSON";
}

void TestOutreachSetup::sequenceFilesAreCheckedField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    {
        Workspace workspace(path("w.leadsync"));
        MailboxStore(workspace).save(validMailbox(), 0);
    }
    writeFile(path("s.json"), json);
    const CliRun added = cli({ QStringLiteral("sequence"), QStringLiteral("add"), path("s.json") });
    QCOMPARE(added.exitCode, 2);
    QVERIFY2(added.err.contains(named.toUtf8()) && added.err.contains("s.json"), added.err.constData());
    const CliRun listed
        = cli({ QStringLiteral("sequence"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
}

void TestOutreachSetup::sequenceRoundTripPauseAndResume()
{
    {
        Workspace workspace(path("w.leadsync"));
        MailboxStore(workspace).save(validMailbox(), 0);
    }
    const QByteArray json = R"({"name": "Intro", "mailbox": "Main",
        "window": {"days": "mon-thu", "from": "08:30", "to": "12:00", "time_zone": "lead"},
        "stop_on_company_reply": true,
        "steps": [{"after": "0m", "subject": "Hi {{first_name}}", "body": "Hello {{first_name|there}}"},
                  {"after": "3bd", "body": "Just following up"},
                  {"after": "1d", "variants": [{"subject": "A", "body": "a"}, {"subject": "B", "body": "b"}]}]})";
    writeFile(path("s.json"), json);
    QCOMPARE(cli({ QStringLiteral("sequence"), QStringLiteral("add"), path("s.json") }).exitCode, 0);
    const CliRun shown = cli({ QStringLiteral("sequence"), QStringLiteral("show"), QStringLiteral("Intro"),
        QStringLiteral("--json") });
    const QJsonObject sequence = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(
        SequenceSpec::fromJson(sequence), SequenceSpec::fromJson(QJsonDocument::fromJson(json).object()));
    QCOMPARE(sequence.value(u"window").toObject().value(u"days").toString(), QStringLiteral("mon-thu"));
    QCOMPARE(sequence.value(u"steps").toArray().at(2).toObject().value(u"variants").toArray().size(), 2);
    QVERIFY(!sequence.value(u"paused").toBool());
    QCOMPARE(
        cli({ QStringLiteral("sequence"), QStringLiteral("pause"), QStringLiteral("Intro") }).exitCode, 0);
    const auto paused = [this] {
        const CliRun listed
            = cli({ QStringLiteral("sequence"), QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(listed.out).array().first().toObject().value(u"paused").toBool();
    };
    QVERIFY(paused());
    QCOMPARE(
        cli({ QStringLiteral("sequence"), QStringLiteral("resume"), QStringLiteral("Intro") }).exitCode, 0);
    QVERIFY(!paused());
    const CliRun missing
        = cli({ QStringLiteral("sequence"), QStringLiteral("pause"), QStringLiteral("Nope") });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("\"Nope\""));
}

void TestOutreachSetup::variantsSplitEvenly()
{
    for (const int variants : { 2, 3 }) {
        QList<int> counts(variants, 0);
        for (qint64 lead = 1; lead <= 999; ++lead) {
            const int variant = SequenceSpec::variantFor(lead, 2, variants);
            QCOMPARE(SequenceSpec::variantFor(lead, 2, variants), variant); // for good
            ++counts[variant];
        }
        for (const int count : counts)
            QVERIFY(std::abs(count - 999 / variants) <= 1);
    }
    QCOMPARE(SequenceSpec::variantFor(7, 0, 1), 0);
}

void TestOutreachSetup::optOutsAreAllOrNothing()
{
    const CliRun refused = cli({ QStringLiteral("optout"), QStringLiteral("add"), QStringLiteral("bob@x.com"),
        QStringLiteral("@Spam.com"), QStringLiteral("not an address") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("\"not an address\""));
    QCOMPARE(cli({ QStringLiteral("optout"), QStringLiteral("list") }).out, QByteArray());
    QCOMPARE(cli({ QStringLiteral("optout"), QStringLiteral("add"), QStringLiteral("Bob@X.com"),
                     QStringLiteral("@Spam.com") })
                 .exitCode,
        0);
    const CliRun listed = cli({ QStringLiteral("optout"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(listed.out).array(),
        (QJsonArray { QStringLiteral("@spam.com"), QStringLiteral("bob@x.com") }));
    Workspace workspace(path("w.leadsync"));
    const OptOutList list(workspace);
    QVERIFY(list.contains(QStringLiteral("BOB@x.com")));
    QVERIFY(list.contains(QStringLiteral("anyone@spam.com")));
    QVERIFY(!list.contains(QStringLiteral("bob@y.com")));
    QVERIFY(!list.contains(QStringLiteral("someone@notspam.com")));
}

void TestOutreachSetup::optOutsFromACsvFile()
{
    writeFile(path("bad.csv"), "Name;Email\nAna;ana@a.com\nBo;bo at b.com\n");
    const CliRun refused = cli({ QStringLiteral("optout"), QStringLiteral("import"), path("bad.csv") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("bad.csv:3"), refused.err.constData());
    QCOMPARE(cli({ QStringLiteral("optout"), QStringLiteral("list") }).out, QByteArray());
    writeFile(path("good.csv"), "Name;Email\nAna;Ana@A.com\nBo;\nCy;@c.org\nAna again;ana@a.com\n");
    const CliRun imported = cli({ QStringLiteral("optout"), QStringLiteral("import"), path("good.csv") });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("added: 2") && imported.out.contains("already listed: 1"),
        imported.out.constData());
    QCOMPARE(
        cli({ QStringLiteral("optout"), QStringLiteral("list") }).out, QByteArray("@c.org\nana@a.com\n"));
}

QTEST_MAIN(TestOutreachSetup)
#include "tst_outreachsetup.moc"
