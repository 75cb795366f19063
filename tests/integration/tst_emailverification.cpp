// Email verification against real servers on loopback, started here: dnsmasq serving MX, null-MX,
// A-only and missing domains, and an SMTP server (aiosmtpd) for the RCPT probe with a catch-all domain.
#include "../TestSupport.h"
#include "Error.h"
#include "columns/ColumnRunner.h"
#include "columns/EmailVerifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace LeadSync;
using namespace TestSupport;

namespace {

// A port free on loopback now (for a server started next).
quint16 freePort(bool udp)
{
    if (udp) {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        return socket.localPort();
    }
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Starts dnsmasq on loopback with these records, on a port free for both UDP and TCP (it binds
// both). A port taken between the probe and the start, by a test running beside this one, makes it
// exit at once; it then starts again on another. Returns the port, 0 when it cannot start.
quint16 startDnsmasq(QProcess& process, const QStringList& records)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    for (int attempt = 0; attempt < 5; ++attempt) {
        QUdpSocket udp;
        QTcpServer tcp;
        if (!udp.bind(QHostAddress::LocalHost, 0) || !tcp.listen(QHostAddress::LocalHost, udp.localPort()))
            continue;
        const quint16 port = udp.localPort();
        udp.close();
        tcp.close();
        process.start(QStringLiteral("dnsmasq"),
            QStringList { QStringLiteral("--keep-in-foreground"), QStringLiteral("--no-daemon"),
                QStringLiteral("--port=%1").arg(port), QStringLiteral("--listen-address=127.0.0.1"),
                QStringLiteral("--bind-interfaces"), QStringLiteral("--no-resolv"),
                QStringLiteral("--no-hosts"), QStringLiteral("--pid-file=") }
                + records);
        if (!process.waitForStarted(5000))
            return 0;
        if (!process.waitForFinished(500))
            return port;
    }
    return 0;
}

} // namespace

class TestEmailVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syntax_data();
    void syntax();
    void verdicts_data();
    void verdicts();
    void smtpProbe_data();
    void smtpProbe();
    void unreachableDnsIsUnknown();
    void silentDnsIsBoundedAndCancellable();
    void emailColumnRuns();
    void lyingResolverStopsTheRun();
    void namesAreNotAddresses();

private:
    EmailVerifier::Result verify(const QString& address, bool probe);
    // A workspace with four leads and an email column reading addressColumn through dnsServer.
    QString emailColumnWorkspace(const QString& name, const QString& addressColumn, const QString& dnsServer);

    QProcess m_dns;
    QProcess m_smtp;
    quint16 m_dnsPort = 0;
    quint16 m_smtpPort = 0;
    QTemporaryDir m_dir;
};

void TestEmailVerification::initTestCase()
{
    m_dnsPort = startDnsmasq(m_dns,
        { QStringLiteral("--local=/test/"), // anything else under .test: no such domain
            QStringLiteral("--mx-host=withmx.test,mail.withmx.test,10"),
            QStringLiteral("--host-record=mail.withmx.test,127.0.0.1"),
            QStringLiteral("--mx-host=catchall.test,mail.withmx.test,10"),
            QStringLiteral("--dns-rr=nullmx.test,15,000000"), // MX 0 "." (RFC 7505)
            QStringLiteral("--host-record=aonly.test,127.0.0.1"),
            QStringLiteral("--mx-host=xn--bcher-kva.test,mail.withmx.test,10"),
            // The resolver check before a run: a well-known mail domain has MX, a random .com does not
            // exist.
            QStringLiteral("--local=/com/"), QStringLiteral("--mx-host=gmail.com,mail.withmx.test,5") });
    QVERIFY2(m_dnsPort != 0, "dnsmasq is needed (package dnsmasq-base)");
    m_smtpPort = freePort(false);
    m_smtp.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(LEADSYNC_TEST_DATA "/../data/smtp_server.py"), QString::number(m_smtpPort) });
    QVERIFY(m_smtp.waitForStarted(5000));
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += m_smtp.readAllStandardOutput()).contains("ready"),
        qPrintable(QString::fromUtf8(said + m_smtp.readAllStandardError())), 10000);
    // dnsmasq answers once it has bound its port.
    QTRY_VERIFY_WITH_TIMEOUT(
        verify(QStringLiteral("ana@withmx.test"), false).verdict == EmailVerifier::Verdict::Valid, 5000);
}

void TestEmailVerification::cleanupTestCase()
{
    for (QProcess* process : { &m_dns, &m_smtp }) {
        process->terminate();
        process->waitForFinished(5000);
    }
}

EmailVerifier::Result TestEmailVerification::verify(const QString& address, bool probe)
{
    EmailVerifier verifier({ QStringLiteral("127.0.0.1:%1").arg(m_dnsPort), probe, m_smtpPort, 3000 });
    return QCoro::waitFor(verifier.verify(address));
}

void TestEmailVerification::syntax_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("unusual");
    QTest::newRow("plain") << "ana@withmx.test" << true << false;
    QTest::newRow("dots, plus, subdomains") << "Ana.Smith+leads@mail.example.co.uk" << true << false;
    QTest::newRow("all of atext") << "!#$%&'*+/=?^_`{|}~-@x.io" << true << false;
    QTest::newRow("spaces around") << "  ana@x.io " << true << false;
    QTest::newRow("quoted local part") << "\"john smith\"@x.io" << true << true;
    QTest::newRow("internationalised domain") << "ana@bücher.de" << true << false;
    QTest::newRow("internationalised local part") << "josé@x.io" << true << false;
    QTest::newRow("ip literal") << "ana@[127.0.0.1]" << true << true;
    QTest::newRow("no at") << "ana.x.io" << false << false;
    QTest::newRow("nothing before at") << "@x.io" << false << false;
    QTest::newRow("nothing after at") << "ana@" << false << false;
    QTest::newRow("two dots") << "a..b@x.io" << false << false;
    QTest::newRow("leading dot") << ".ana@x.io" << false << false;
    QTest::newRow("space inside") << "ana smith@x.io" << false << false;
    QTest::newRow("no dot in domain") << "ana@localhost" << false << false;
    QTest::newRow("hyphen at label start") << "ana@-x.io" << false << false;
    QTest::newRow("numeric top level") << "ana@x.123" << false << false;
    QTest::newRow("local part of 65") << QString(65, u'a') + QStringLiteral("@x.io") << false << false;
    QTest::newRow("label of 64") << QStringLiteral("ana@") + QString(64, u'b') + QStringLiteral(".io")
                                 << false << false;
    // The public set of valid and invalid addresses.
    QFile cases(QStringLiteral(LEADSYNC_TEST_DATA "/email/syntax.tsv"));
    QVERIFY(cases.open(QIODevice::ReadOnly));
    int count = 0;
    for (const QByteArray& line : cases.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (line.startsWith('#') || fields.size() != 3)
            continue;
        ++count;
        QTest::addRow("set: %s (%s)", fields[2].constData(), fields[1].constData())
            << QString::fromUtf8(fields[1]) << (fields[0] != "invalid") << (fields[0] == "unusual");
    }
    QVERIFY(count >= 40);
}

void TestEmailVerification::syntax()
{
    QFETCH(QString, address);
    QFETCH(bool, ok);
    QFETCH(bool, unusual);
    const EmailVerifier::Syntax syntax = EmailVerifier::checkSyntax(address);
    QVERIFY2(syntax.ok == ok, qPrintable(syntax.reason));
    QCOMPARE(syntax.unusual, unusual);
    if (!ok)
        QVERIFY(!syntax.reason.isEmpty());
    if (address.contains(QStringLiteral("bücher")))
        QCOMPARE(syntax.aceDomain, QByteArray("xn--bcher-kva.de"));
}

void TestEmailVerification::verdicts_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    const int valid = int(EmailVerifier::Verdict::Valid);
    const int risky = int(EmailVerifier::Verdict::Risky);
    const int invalid = int(EmailVerifier::Verdict::Invalid);
    QTest::newRow("mx") << "ana@withmx.test" << valid << "the domain receives mail (mail.withmx.test)";
    QTest::newRow("idn domain with mx")
        << "ana@bücher.test" << valid << "the domain receives mail (mail.withmx.test)";
    QTest::newRow("role account") << "Info@withmx.test" << risky << "a role account (info@), not a person";
    QTest::newRow("null mx") << "ana@nullmx.test" << invalid << "the domain accepts no mail (null MX)";
    QTest::newRow("a record only") << "ana@aonly.test" << risky
                                   << "no MX record; mail would go to the domain's own address";
    QTest::newRow("no such domain") << "ana@missing.test" << invalid << "the domain does not exist";
    QTest::newRow("disposable") << "ana@mail.yopmail.com" << invalid << "a disposable domain";
    QTest::newRow("bad syntax") << "ana@@withmx.test" << invalid << "a character not allowed before @";
}

void TestEmailVerification::verdicts()
{
    QFETCH(QString, address);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    const EmailVerifier::Result result = verify(address, false);
    QCOMPARE(result.reason, reason);
    QCOMPARE(int(result.verdict), verdict);
}

void TestEmailVerification::smtpProbe_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("mailbox exists") << "ana@withmx.test" << int(EmailVerifier::Verdict::Valid)
                                    << "SMTP: the mailbox exists";
    QTest::newRow("no such mailbox") << "bob@withmx.test" << int(EmailVerifier::Verdict::Invalid)
                                     << "SMTP: the mailbox does not exist (550 5.1.1 No such user here)";
    QTest::newRow("catch-all") << "anyone@catchall.test" << int(EmailVerifier::Verdict::Risky)
                               << "SMTP: the domain accepts every address (catch-all)";
}

void TestEmailVerification::smtpProbe()
{
    QFETCH(QString, address);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    const EmailVerifier::Result result = verify(address, true);
    QCOMPARE(result.reason, reason);
    QCOMPARE(int(result.verdict), verdict);
}

void TestEmailVerification::unreachableDnsIsUnknown()
{
    EmailVerifier verifier({ QStringLiteral("127.0.0.1:%1").arg(freePort(true)), false, 25, 300 });
    const EmailVerifier::Result result = QCoro::waitFor(verifier.verify(QStringLiteral("ana@withmx.test")));
    QCOMPARE(result.verdict, EmailVerifier::Verdict::Unknown);
    QVERIFY2(result.reason.startsWith(QStringLiteral("the DNS lookup failed")), qPrintable(result.reason));
}

// A nameserver that takes the question and never answers: the verdict still comes within the
// verifier's timeout (all tries together), and at once after a cancel.
void TestEmailVerification::silentDnsIsBoundedAndCancellable()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const QString server = QStringLiteral("127.0.0.1:%1").arg(silent.localPort());
    QElapsedTimer clock;
    clock.start();
    EmailVerifier bounded({ server, false, 25, 1000 });
    const EmailVerifier::Result late = QCoro::waitFor(bounded.verify(QStringLiteral("ana@withmx.test")));
    QCOMPARE(late.verdict, EmailVerifier::Verdict::Unknown);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));

    auto stop = std::make_shared<std::atomic_bool>(false);
    QTimer::singleShot(300, [stop] { *stop = true; });
    clock.restart();
    EmailVerifier patient({ server, false, 25, 15000 });
    QCoro::waitFor(patient.verify(QStringLiteral("ana@withmx.test"), stop));
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
}

QString TestEmailVerification::emailColumnWorkspace(
    const QString& name, const QString& addressColumn, const QString& dnsServer)
{
    const QString path = m_dir.filePath(name);
    Workspace workspace(path);
    writeFile(m_dir.filePath(QStringLiteral("leads.csv")),
        "first_name,email\nAna,ana@withmx.test\nBo,bo@missing.test\nCy,sales@withmx.test\nDi,\n");
    if (importFile(workspace, m_dir.filePath(QStringLiteral("leads.csv")), DedupeMode::None).imported != 4)
        qFatal("import failed");
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Email;
    spec.inputColumn = addressColumn;
    spec.dnsServer = dnsServer;
    spec.requiredInputs = { addressColumn };
    ColumnStore(workspace).add(QStringLiteral("Email check"), spec.kindName(), spec.toJson());
    return path;
}

// A resolver that says "no such domain" for everything (a captive portal, a sandbox): the run stops
// before it records anything, with the reason.
void TestEmailVerification::lyingResolverStopsTheRun()
{
    QProcess liar;
    const quint16 port = startDnsmasq(liar, { QStringLiteral("--local=/#/") });
    QVERIFY(port != 0);
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    // Started once it answers.
    QTRY_VERIFY_WITH_TIMEOUT(
        QCoro::waitFor(EmailVerifier({ server, false, 25, 500 }).verify(QStringLiteral("a@withmx.test")))
                .verdict
            == EmailVerifier::Verdict::Invalid,
        5000);
    const QString path
        = emailColumnWorkspace(QStringLiteral("liar.leadsync"), QStringLiteral("email"), server);
    try {
        waitForRun(ColumnRunner(path, QStringLiteral("Email check")).run({}));
        QFAIL("a run trusted a resolver that answers \"no such domain\" for everything");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"gmail.com"), qPrintable(error.message()));
    }
    liar.terminate();
    liar.waitForFinished(5000);
    Workspace workspace(path);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM cell_states")), 0);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM column_runs")), 0);
}

void TestEmailVerification::namesAreNotAddresses()
{
    const QString path = emailColumnWorkspace(QStringLiteral("names.leadsync"), QStringLiteral("first_name"),
        QStringLiteral("127.0.0.1:%1").arg(m_dnsPort));
    try {
        waitForRun(ColumnRunner(path, QStringLiteral("Email check")).run({}));
        QFAIL("a run over names was started");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"are not email addresses"), qPrintable(error.message()));
    }
    Workspace workspace(path);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM cell_states")), 0);
}

void TestEmailVerification::emailColumnRuns()
{
    const QString path = emailColumnWorkspace(
        QStringLiteral("w.leadsync"), QStringLiteral("email"), QStringLiteral("127.0.0.1:%1").arg(m_dnsPort));
    Workspace workspace(path);
    const QString verdict = findColumn(ColumnStore(workspace).list(), u"Email check")->sqlName;
    const RunStats stats = waitForRun(ColumnRunner(path, QStringLiteral("Email check")).run({}));
    QCOMPARE(stats.done, 3);
    QCOMPARE(stats.skipped, 1); // no address
    QCOMPARE(text(workspace, QStringLiteral("SELECT group_concat(%1, ' ') FROM leads").arg(verdict)),
        QStringLiteral("valid invalid risky "));
    QCOMPARE(text(workspace, QStringLiteral("SELECT reason FROM cell_states WHERE lead_id = 2")),
        QStringLiteral("the domain does not exist"));

    // No verdict (the nameserver refuses example.org): "unknown", failed with its reason, and run again
    // by "failed".
    SqlQuery add(workspace.database(),
        QStringLiteral("INSERT INTO leads (email, created_at, updated_at) VALUES ('ed@example.org', 0, 0)"));
    add.exec();
    const RunStats more = waitForRun(ColumnRunner(path, QStringLiteral("Email check")).run({}));
    QCOMPARE(more.failed, 1);
    QCOMPARE(text(workspace, QStringLiteral("SELECT %1 FROM leads WHERE id = 5").arg(verdict)),
        QStringLiteral("unknown"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT status FROM cell_states WHERE lead_id = 5")),
        QStringLiteral("failed"));
    QVERIFY(text(workspace, QStringLiteral("SELECT reason FROM cell_states WHERE lead_id = 5"))
                .startsWith(u"the DNS lookup failed"));
    RunOptions failed;
    failed.only = RunOptions::Only::Failed;
    QCOMPARE(ColumnRunner(path, QStringLiteral("Email check")).plan(failed).targets, 1);
}

QTEST_GUILESS_MAIN(TestEmailVerification)
#include "leads/ColumnStore.h"
#include "tst_emailverification.moc"
