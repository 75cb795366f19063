// The pipeline: the stage rules over every pair of stages, the handoff rule and its sale, outreach's
// own moves, the pipeline fields in imports and filters, and the CLI's stage, pipeline and sales.
#include "../CliProcess.h"
#include "../HttpTestServer.h"
#include "../TestSupport.h"
#include "Error.h"
#include "contacts/Contacts.h"
#include "leads/ColumnStore.h"
#include "leads/LeadFilter.h"
#include "leads/LeadHistory.h"
#include "outreach/OutreachEngine.h"
#include "pipeline/LeadScorer.h"
#include "pipeline/Pipeline.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stageRulesForEveryPair();
    void movesAreRecordedAndRefusalsNameTheRule();
    void handoffNeedsScoreAndDomainAndMakesOneSale();
    void outreachMovesWhereTheMeaningIsCertain();
    void importKeepsPipelineFieldsValid();
    void historyConditionsSelectFollowUps();
    void cliMovesListsAndExportsSales();
    void upgradeKeepsAColumnOfTheSameName();
    void cleanupNormalisesAndFlags();
    void importNormalisesWhenAsked();
    void rulesScoreTransparently();
    void aiScoresThroughTheRunnerAndAdvisesOnly();

private:
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    // A lead per email, imported; returns their ids in order.
    QList<qint64> addLeads(Workspace& workspace, const QStringList& emails);
    void setField(Workspace& workspace, qint64 leadId, const char* field, const QString& value);
    void recordOutreach(Workspace& workspace, qint64 leadId, const QString& what, qint64 at);
    // leadsync-cli on the test's workspace (w.leadsync).
    CliRun cli(
        const QStringList& arguments, const QList<std::pair<QString, QString>>& environment = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<qint64> TestPipeline::addLeads(Workspace& workspace, const QStringList& emails)
{
    writeFile(path("leads.csv"), "email\n" + emails.join(u'\n').toUtf8() + '\n');
    importFile(workspace, path("leads.csv"));
    QList<qint64> ids;
    for (const QString& email : emails)
        ids.append(scalar(workspace, QStringLiteral("SELECT id FROM leads WHERE email = '%1'").arg(email)));
    return ids;
}

void TestPipeline::setField(Workspace& workspace, qint64 leadId, const char* field, const QString& value)
{
    SqlQuery update(workspace.database(),
        QStringLiteral("UPDATE leads SET %1 = ? WHERE id = ?").arg(QLatin1String(field)));
    update.bind(value);
    update.bind(leadId);
    update.exec();
}

void TestPipeline::recordOutreach(Workspace& workspace, qint64 leadId, const QString& what, qint64 at)
{
    LeadHistory(workspace).record(leadId, at, LeadEvent::Kind::Outreach, what, {}, {});
}

CliRun TestPipeline::cli(
    const QStringList& arguments, const QList<std::pair<QString, QString>>& environment) const
{
    return runCli(m_dir->path(),
        QStringList { QStringLiteral("--workspace"), path("w.leadsync") } + arguments, environment);
}

void TestPipeline::stageRulesForEveryPair()
{
    // The expected answer of every pair, written out: a allowed, - refused (rows from, columns to,
    // in the order new, contacted, qualified, transferred, lost).
    const char* const table[] = {
        "aa--a", // new: itself, contacted, lost
        "-aa-a", // contacted: itself, qualified, lost
        "--aaa", // qualified: itself, transferred, lost
        "---a-", // transferred: final
        "----a", // lost: final
    };
    const QList<Stage>& all = Stages::all();
    QCOMPARE(all.size(), 5);
    for (int from = 0; from < 5; ++from) {
        for (int to = 0; to < 5; ++to) {
            const QString refusal = Stages::refusal(all[from], all[to]);
            const bool allowed = table[from][to] == 'a';
            QVERIFY2(refusal.isEmpty() == allowed,
                qPrintable(Stages::name(all[from]) + u"->" + Stages::name(all[to]) + u": " + refusal));
            if (allowed)
                continue;
            // The refusal names its rule and both stages.
            QVERIFY(refusal.startsWith(u"No skipping") || refusal.startsWith(u"No going back")
                || refusal.startsWith(u"Final stages"));
            QVERIFY(refusal.contains(Stages::name(all[from])) && refusal.contains(Stages::name(all[to])));
        }
    }
    QCOMPARE(Stages::fromName(u" Qualified "), std::optional<Stage>(Stage::Qualified));
    QCOMPARE(Stages::fromName(u"won"), std::nullopt);
}

void TestPipeline::movesAreRecordedAndRefusalsNameTheRule()
{
    Workspace workspace(path("w.leadsync"));
    const qint64 lead = addLeads(workspace, { QStringLiteral("ana@x.com") }).first();
    QCOMPARE(text(workspace, QStringLiteral("SELECT stage || '/' || source FROM leads")),
        QStringLiteral("new/import"));
    Pipeline pipeline(workspace);
    try {
        pipeline.move(lead, Stage::Qualified, QStringLiteral("you"), 1000);
        QFAIL("a skipped stage was accepted");
    } catch (const Error& error) {
        QCOMPARE(error.message(),
            QStringLiteral("No skipping: a new lead moves to contacted next, not to qualified."));
    }
    QCOMPARE(pipeline.stageOf(lead), std::optional<Stage>(Stage::New));
    QCOMPARE(pipeline.move(lead, Stage::Contacted, QStringLiteral("you"), 2000), std::nullopt);
    QCOMPARE(pipeline.move(lead, Stage::Contacted, QStringLiteral("you"), 2500), std::nullopt); // no change
    pipeline.move(lead, Stage::Lost, QStringLiteral("you"), 3000);
    QVERIFY_THROWS_EXCEPTION(Error, pipeline.move(lead, Stage::Contacted, QStringLiteral("you"), 4000));
    QCOMPARE(pipeline.stageOf(lead), std::optional<Stage>(Stage::Lost));

    QList<LeadEvent> stages;
    for (const LeadEvent& event : LeadHistory(workspace).events(lead)) {
        if (event.kind == LeadEvent::Kind::Stage)
            stages.append(event);
    }
    QCOMPARE(stages.size(), 2);
    QCOMPARE(stages[0].oldValue + u'>' + stages[0].newValue + u'@' + stages[0].field,
        QStringLiteral("new>contacted@you"));
    QCOMPARE(stages[1].oldValue + u'>' + stages[1].newValue, QStringLiteral("contacted>lost"));
    QCOMPARE(stages[1].at, 3000);
    QVERIFY_THROWS_EXCEPTION(Error, pipeline.refusal(999, Stage::Lost)); // no such lead
}

void TestPipeline::handoffNeedsScoreAndDomainAndMakesOneSale()
{
    Workspace workspace(path("w.leadsync"));
    const qint64 lead = addLeads(workspace, { QStringLiteral("ana@x.com") }).first();
    Pipeline pipeline(workspace);
    pipeline.move(lead, Stage::Contacted, QStringLiteral("you"), 1000);
    pipeline.move(lead, Stage::Qualified, QStringLiteral("you"), 2000);

    QCOMPARE(pipeline.refusal(lead, Stage::Transferred),
        QStringLiteral(
            "Handoff rule: the lead has no score yet; analyse it first (at least 0.60 is needed)."));
    setField(workspace, lead, "score", QStringLiteral("0.59"));
    QCOMPARE(pipeline.refusal(lead, Stage::Transferred),
        QStringLiteral("Handoff rule: the score 0.59 is below the threshold 0.60."));
    setField(workspace, lead, "score", QStringLiteral("0.6"));
    QCOMPARE(pipeline.refusal(lead, Stage::Transferred),
        QStringLiteral("Handoff rule: the lead's business domain is not set."));
    setField(workspace, lead, "business_domain", QStringLiteral("   "));
    QVERIFY(!pipeline.refusal(lead, Stage::Transferred).isEmpty()); // blank is not set
    pipeline.setHandoffThreshold(0.7);
    setField(workspace, lead, "business_domain", QStringLiteral("Logistics"));
    QVERIFY(pipeline.refusal(lead, Stage::Transferred).contains(u"below the threshold 0.70"));
    QVERIFY_THROWS_EXCEPTION(Error, pipeline.setHandoffThreshold(1.5));
    pipeline.setHandoffThreshold(0.6);
    QCOMPARE(pipeline.handoffThreshold(), 0.6);

    QVERIFY(pipeline.refusal(lead, Stage::Transferred).isEmpty());
    const std::optional<qint64> sale = pipeline.move(lead, Stage::Transferred, QStringLiteral("api"), 5000);
    QVERIFY(sale);
    QCOMPARE(pipeline.move(lead, Stage::Transferred, QStringLiteral("api"), 6000), std::nullopt); // once
    QVERIFY_THROWS_EXCEPTION(Error, pipeline.move(lead, Stage::Lost, QStringLiteral("api"), 7000)); // final
    const QList<Sale> sales = pipeline.sales();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales[0].id, *sale);
    QCOMPARE(sales[0].leadId, lead);
    QCOMPARE(sales[0].at, 5000);
    QCOMPARE(sales[0].score, 0.6);
    QCOMPARE(sales[0].businessDomain, QStringLiteral("Logistics"));
    QCOMPARE(sales[0].by, QStringLiteral("api"));
    QCOMPARE(sales[0].email, QStringLiteral("ana@x.com"));
}

void TestPipeline::outreachMovesWhereTheMeaningIsCertain()
{
    Workspace workspace(path("w.leadsync"));
    const QList<qint64> leads = addLeads(
        workspace, { QStringLiteral("a@x.com"), QStringLiteral("b@x.com"), QStringLiteral("c@x.com") });
    Pipeline pipeline(workspace);
    pipeline.move(leads[2], Stage::Lost, QStringLiteral("you"), 500);

    pipeline.messageSent(leads[0], 1000); // new -> contacted
    pipeline.messageSent(leads[0], 2000); // a second message changes nothing
    pipeline.messageSent(leads[2], 1000); // a lost lead stays lost
    pipeline.replyClassified(leads[1], QStringLiteral("interested"), 1500); // new: not yet contacted
    QCOMPARE(pipeline.stageOf(leads[1]), std::optional<Stage>(Stage::New));
    pipeline.replyClassified(leads[0], QStringLiteral("question"), 3000);
    QCOMPARE(pipeline.stageOf(leads[0]), std::optional<Stage>(Stage::Contacted));
    pipeline.replyClassified(leads[0], QStringLiteral("interested"), 4000);
    QCOMPARE(pipeline.stageOf(leads[0]), std::optional<Stage>(Stage::Qualified));
    QCOMPARE(pipeline.stageOf(leads[2]), std::optional<Stage>(Stage::Lost));
    QCOMPARE(text(workspace,
                 QStringLiteral("SELECT group_concat(new_value || ':' || field, ', ') FROM lead_events WHERE "
                                "lead_id = %1 AND kind = 'stage'")
                     .arg(leads[0])),
        QStringLiteral(
            "contacted:outreach: a message was sent, qualified:reply handling: an interested reply"));
    const QList<std::pair<Stage, qint64>> counts = pipeline.counts();
    QCOMPARE(counts.size(), 5);
    QCOMPARE(counts[0], std::pair(Stage::New, qint64(1)));
    QCOMPARE(counts[2], std::pair(Stage::Qualified, qint64(1)));
    QCOMPARE(counts[4], std::pair(Stage::Lost, qint64(1)));
}

void TestPipeline::importKeepsPipelineFieldsValid()
{
    Workspace workspace(path("w.leadsync"));
    // A LeadSync export's own columns come back into the pipeline fields...
    writeFile(path("ours.csv"),
        "Email,Stage,Score,Industry,Source\n"
        "a@x.com,Qualified,0.8,Logistics,Referral\n"
        "b@x.com,,,,\n");
    importFile(workspace, path("ours.csv"));
    QCOMPARE(
        text(workspace,
            QStringLiteral("SELECT group_concat(stage || '|' || score || '|' || business_domain || '|' || "
                           "source, ',') FROM leads")),
        QStringLiteral("qualified|0.8|Logistics|Referral,new|||import"));
    // ...a row whose stage is not one is rejected, naming the field and the stages, when the column is
    // mapped to the stage (by the user, or by name when the first rows fit)...
    writeFile(path("bad.csv"), "Email,Stage\nc@x.com,new\nd@x.com,Won\n");
    try {
        importFile(workspace, path("bad.csv"), DedupeMode::Email,
            { { QStringLiteral("Stage"), QStringLiteral("stage") } });
        QFAIL("an unknown stage was imported");
    } catch (const Error& error) {
        QVERIFY2(
            error.message().contains(QStringLiteral(
                "bad.csv:3: the field Stage has \"Won\", which is not a stage (new, contacted, qualified, "
                "transferred, lost)")),
            qPrintable(error.message()));
    }
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM leads")), 2); // nothing imported
    // ...a merge never changes a lead's stage...
    writeFile(path("again.csv"), "Email,Stage\na@x.com,new\n");
    importFile(workspace, path("again.csv"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT stage FROM leads WHERE email = 'a@x.com'")),
        QStringLiteral("qualified"));
    // ...and another tool's 0-100 score becomes a column of its own, every value kept.
    writeFile(path("hubspot.csv"), "Email,Score\ne@x.com,85\n");
    importFile(workspace, path("hubspot.csv"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT score FROM leads WHERE email = 'e@x.com'")), QString());
    const ColumnList columns = ColumnStore(workspace).list();
    const Column* own = findColumn(columns, u"Score (2)");
    QVERIFY(own);
    QCOMPARE(
        text(workspace, QStringLiteral("SELECT %1 FROM leads WHERE email = 'e@x.com'").arg(own->sqlName)),
        QStringLiteral("85"));
    // The stage and the analysis are not edited by hand.
    const Column* stage = findColumn(columns, u"stage");
    QVERIFY(stage && stage->managed && !stage->isEditable());
    QVERIFY(findColumn(columns, u"business_domain")->isEditable());
}

void TestPipeline::historyConditionsSelectFollowUps()
{
    Workspace workspace(path("w.leadsync"));
    const QList<qint64> leads = addLeads(workspace,
        { QStringLiteral("a@x.com"), QStringLiteral("b@x.com"), QStringLiteral("c@x.com"),
            QStringLiteral("d@x.com") });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    for (qint64 lead : leads)
        setField(workspace, lead, "score", QStringLiteral("0.5"));
    setField(workspace, leads[3], "score", QStringLiteral("0.9"));
    // a: two messages, the last 30 hours ago, no reply; b: a reply 2 hours ago; c: three messages.
    recordOutreach(workspace, leads[0], QStringLiteral("sent"), now - 80 * hour);
    recordOutreach(workspace, leads[0], QStringLiteral("sent"), now - 30 * hour);
    recordOutreach(workspace, leads[1], QStringLiteral("sent"), now - 50 * hour);
    recordOutreach(workspace, leads[1], QStringLiteral("replied"), now - 2 * hour);
    for (int i = 0; i < 3; ++i)
        recordOutreach(workspace, leads[2], QStringLiteral("sent"), now - (100 - i) * hour);

    const ColumnList columns = ColumnStore(workspace).list();
    const auto matching = [&](const QStringList& conditions) {
        QList<LeadCondition> parsed;
        for (const QString& condition : conditions)
            parsed.append(LeadCondition::parse(condition, columns));
        return LeadFilter::matchingIds(workspace, parsed, {});
    };
    // The follow-up plan: score in a range, no reply in the last 24 hours, fewer than 3 messages, the
    // last one at least 24 hours ago.
    QCOMPARE(matching({ QStringLiteral("score >= 0.4"), QStringLiteral("score <= 0.8"),
                 QStringLiteral("hours since reply > 24"), QStringLiteral("messages_sent < 3"),
                 QStringLiteral("hours_since_sent >= 24") }),
        QList<qint64>({ leads[0] }));
    QCOMPARE(matching({ QStringLiteral("replies >= 1") }), QList<qint64>({ leads[1] }));
    QCOMPARE(matching({ QStringLiteral("activity = 3") }), QList<qint64>({ leads[2] }));
    QCOMPARE(matching({ QStringLiteral("hours_since_reply < 24") }), QList<qint64>({ leads[1] }));
    QCOMPARE(matching({ QStringLiteral("hours_since_sent is empty") }), QList<qint64>({ leads[3] }));
    QCOMPARE(text(workspace,
                 QStringLiteral("SELECT %1 FROM leads WHERE id = %2")
                     .arg(QString::fromLatin1(selectExpression(QStringLiteral("hours_since_sent"))))
                     .arg(leads[0])),
        QStringLiteral("30"));
}

void TestPipeline::cliMovesListsAndExportsSales()
{
    const QString workspacePath = path("w.leadsync");
    {
        Workspace workspace(workspacePath);
        const qint64 lead = addLeads(workspace, { QStringLiteral("ana@x.com") }).first();
        setField(workspace, lead, "score", QStringLiteral("0.75"));
        setField(workspace, lead, "business_domain", QStringLiteral("=cmd|' /C calc'!A0"));
    }
    CliRun run = cli({ QStringLiteral("stage"), QStringLiteral("1"), QStringLiteral("qualified") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        QByteArray("leadsync-cli: No skipping: a new lead moves to contacted next, not to qualified.\n"));
    run = cli({ QStringLiteral("stage"), QStringLiteral("1"), QStringLiteral("Contacted") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Lead 1: new -> contacted.\n"));
    QCOMPARE(cli({ QStringLiteral("stage"), QStringLiteral("1"), QStringLiteral("won") }).exitCode, 1);
    QCOMPARE(cli({ QStringLiteral("stage"), QStringLiteral("7"), QStringLiteral("lost") }).err,
        QByteArray("leadsync-cli: There is no lead 7.\n"));
    QCOMPARE(cli({ QStringLiteral("stage"), QStringLiteral("1"), QStringLiteral("qualified") }).exitCode, 0);
    run = cli({ QStringLiteral("stage"), QStringLiteral("1"), QStringLiteral("transferred"),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject moved = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(moved.value(QStringLiteral("from")).toString(), QStringLiteral("qualified"));
    QCOMPARE(moved.value(QStringLiteral("sale")).toInt(), 1);

    run = cli({ QStringLiteral("pipeline"), QStringLiteral("--threshold"), QStringLiteral("0.8"),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QStringLiteral("handoff_threshold")).toDouble(), 0.8);
    QCOMPARE(
        summary.value(QStringLiteral("stages")).toObject().value(QStringLiteral("transferred")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("stages")).toObject().value(QStringLiteral("new")).toInt(), 0);
    QCOMPARE(
        cli({ QStringLiteral("pipeline"), QStringLiteral("--threshold"), QStringLiteral("2") }).exitCode, 2);

    run = cli({ QStringLiteral("sales"), QStringLiteral("--json") });
    const QJsonArray sales = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales[0].toObject().value(QStringLiteral("by")).toString(), QStringLiteral("leadsync-cli"));
    QCOMPARE(sales[0].toObject().value(QStringLiteral("score")).toDouble(), 0.75);

    QCOMPARE(cli({ QStringLiteral("export"), path("sales.csv"), QStringLiteral("--sales") }).exitCode, 0);
    QFile file(path("sales.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("sale,time,lead_id,name,company,email,score,business_domain,by\r"));
    QVERIFY(lines[1].startsWith("1,"));
    QVERIFY2(
        lines[1].endsWith(",1,,,ana@x.com,0.75,'=cmd|' /C calc'!A0,leadsync-cli\r"), lines[1].constData());
}

// leadsync-cli clean: phones in the lead's country or the remembered default region, Telegram names;
// what cannot be read is kept, flagged per channel, and the flag goes once the value is fixed.
void TestPipeline::cleanupNormalisesAndFlags()
{
    const QString workspacePath = path("w.leadsync");
    {
        Workspace workspace(workspacePath);
        writeFile(path("in.csv"),
            "email,phone,country,telegram\na@x.com,030 12345678,Germany,@ivan_petrov\nb@x.com,12345,,t.me/x\n"
            "c@x.com,(202) 555-0143,,https://t.me/anna_k\n");
        importFile(workspace, path("in.csv"));
    }
    QCOMPARE(cli({ QStringLiteral("clean"), QStringLiteral("phone"), QStringLiteral("--default-region"),
                     QStringLiteral("XX") })
                 .exitCode,
        2);
    CliRun run = cli({ QStringLiteral("clean"), QStringLiteral("phone"), QStringLiteral("--default-region"),
        QStringLiteral("us"), QStringLiteral("--json") });
    QCOMPARE(run.out, QByteArray("{\"changed\":2,\"checked\":3,\"flagged\":1}\n"));
    run = cli({ QStringLiteral("clean"), QStringLiteral("telegram"), QStringLiteral("--json") });
    QCOMPARE(run.out, QByteArray("{\"changed\":2,\"checked\":3,\"flagged\":1}\n"));
    {
        Workspace workspace(workspacePath);
        QCOMPARE(
            text(workspace, QStringLiteral("SELECT group_concat(phone || '|' || telegram, ',') FROM leads")),
            QStringLiteral("+493012345678|ivan_petrov,12345|t.me/x,+12025550143|anna_k"));
        QCOMPARE(text(workspace, QStringLiteral("SELECT contact_check FROM leads WHERE id = 2")),
            QStringLiteral(
                "phone: the phone 12345 is not a valid number in US; telegram: the Telegram username "
                "t.me/x is not one (5 to 32 letters, digits and underscores, starting with a letter)"));
        QCOMPARE(
            scalar(workspace,
                QStringLiteral("SELECT count(*) FROM lead_events WHERE kind = 'edit' AND field = 'phone'")),
            2);
        SqlQuery fix(
            workspace.database(), QStringLiteral("UPDATE leads SET telegram = 'maria_s' WHERE id = 2"));
        fix.exec();
    }
    run = cli({ QStringLiteral("clean"), QStringLiteral("telegram"), QStringLiteral("--where"),
        QStringLiteral("id = 2"), QStringLiteral("--json") });
    QCOMPARE(run.out, QByteArray("{\"changed\":0,\"checked\":1,\"flagged\":0}\n"));
    Workspace workspace(workspacePath);
    QCOMPARE(text(workspace, QStringLiteral("SELECT contact_check FROM leads WHERE id = 2")),
        QStringLiteral("phone: the phone 12345 is not a valid number in US"));
    QCOMPARE(workspace.metaValue(Contacts::defaultRegionKey()), QStringLiteral("US"));
}

// import --normalise-contacts: the import keeps the file's values, then the contacts of the leads it
// made or merged into are normalised as edits in their history.
void TestPipeline::importNormalisesWhenAsked()
{
    const QString workspacePath = path("w.leadsync");
    writeFile(path("first.csv"), "email,phone\nold@x.com,\n");
    writeFile(path("in.csv"),
        "email,phone,country,telegram\nold@x.com,+44 20 7946 0958,,\nnew@x.com,(202) 555-0143,USA,@new_lead\n"
        "bad@x.com,12,Germany,t.me/ab\n");
    QCOMPARE(cli({ QStringLiteral("import"), path("first.csv") }).exitCode, 0);
    const CliRun run = cli({ QStringLiteral("import"), path("in.csv"), QStringLiteral("--normalise-contacts"),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("contacts_normalised")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("contacts_flagged")).toInt(), 2);
    Workspace workspace(workspacePath);
    QCOMPARE(text(workspace, QStringLiteral("SELECT group_concat(phone || '|' || telegram, ',') FROM leads")),
        QStringLiteral("+442079460958|,+12025550143|new_lead,12|t.me/ab"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT contact_check FROM leads WHERE email = 'bad@x.com'")),
        QStringLiteral(
            "phone: the phone 12 is not a valid number in DE; telegram: the Telegram username t.me/ab is "
            "not one (5 to 32 letters, digits and underscores, starting with a letter)"));
    // The file's values are in the history, the normalised ones after them.
    QCOMPARE(
        text(workspace,
            QStringLiteral("SELECT old_value || ' -> ' || new_value FROM lead_events WHERE kind = 'edit' AND "
                           "field = 'phone' AND lead_id = 2")),
        QStringLiteral("(202) 555-0143 -> +12025550143"));
}

// A workspace of schema 7 (before the pipeline) with its own "Score" and "stage" columns and a lead:
// the upgrade adds the fields beside them, renamed, and what refers to "Score" still means the user's.
void TestPipeline::upgradeKeepsAColumnOfTheSameName()
{
    const QString file = path("old.leadsync");
    writeOldWorkspace(file, 7,
        "ALTER TABLE leads ADD COLUMN c12 TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE leads ADD COLUMN c13 TEXT NOT NULL DEFAULT '';"
        "INSERT INTO columns (id, sql_name, display_name, kind, position) VALUES (12, 'c12', 'Score', "
        "'text', 12),"
        " (13, 'c13', 'STAGE', 'text', 13);"
        "INSERT INTO leads (email, c12, c13, created_at, updated_at) VALUES ('ana@x.com', '85', 'Won', 1, 1);"
        "INSERT INTO leads (email, import_id, created_at, updated_at) SELECT 'bo@x.com', NULL, 1, 1;");

    Workspace workspace(file);
    const ColumnList columns = ColumnStore(workspace).list();
    QCOMPARE(findColumn(columns, u"Score")->sqlName, QStringLiteral("c12"));
    QCOMPARE(findColumn(columns, u"Score (pipeline)")->sqlName, QStringLiteral("score"));
    QCOMPARE(findColumn(columns, u"Stage (pipeline)")->sqlName, QStringLiteral("stage"));
    QCOMPARE(findColumn(columns, u"Business domain")->sqlName, QStringLiteral("business_domain"));
    QCOMPARE(
        text(workspace,
            QStringLiteral(
                "SELECT group_concat(c12 || '/' || c13 || '/' || stage || '/' || source, ',') FROM leads")),
        QStringLiteral("85/Won/new/manual,//new/manual"));
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM columns WHERE builtin = 1")), 19);
}

void TestPipeline::rulesScoreTransparently()
{
    LeadFacts facts;
    QCOMPARE(LeadScorer::byRules(facts, 0.6).reason, QStringLiteral("Rule-based: nothing known = 0.00."));
    QCOMPARE(LeadScorer::byRules(facts, 0.6).recommendation, QStringLiteral("disqualify"));
    facts.email = QStringLiteral("ana@x.com");
    facts.title = QStringLiteral("Geschäftsführerin"); // not "senior": the rules know the word, not its forms
    facts.company = QStringLiteral("Acme");
    facts.source = QStringLiteral("form: tilda");
    QCOMPARE(LeadScorer::byRules(facts, 0.6).score, 0.3);
    QCOMPARE(LeadScorer::byRules(facts, 0.6).recommendation, QStringLiteral("nurture"));
    facts.title = QStringLiteral("Директор по развитию");
    facts.businessDomain = QStringLiteral("Logistics");
    facts.replies = 2;
    const LeadScore score = LeadScorer::byRules(facts, 0.6);
    QCOMPARE(score.score, 0.85);
    QCOMPARE(score.recommendation, QStringLiteral("transfer_to_sales"));
    QCOMPARE(score.reason,
        QStringLiteral("Rule-based: an email address +0.15, a business domain +0.15, a senior title +0.15, a "
                       "company +0.05, replied (2) +0.25, came in by itself (form: tilda) +0.10 = 0.85."));
    QCOMPARE(
        LeadScorer::byRules(facts, 0.9).recommendation, QStringLiteral("nurture")); // the threshold counts

    // The analysis over the CLI: the column is made with the rules, the fields are filled, the stage stays.
    const QString workspacePath = path("w.leadsync");
    {
        Workspace workspace(workspacePath);
        writeFile(
            path("in.csv"), "email,title,company,Industry\nana@x.com,CEO,Acme,Logistics\nbo@x.com,,,\n");
        importFile(workspace, path("in.csv"));
        LeadHistory(workspace).record(1, 1000, LeadEvent::Kind::Outreach, QStringLiteral("replied"), {}, {});
    }
    const CliRun run = cli({ QStringLiteral("analyze"), QStringLiteral("--where"),
        QStringLiteral("email contains ana"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("done")).toInt(), 1);
    Workspace workspace(workspacePath);
    QCOMPARE(
        text(workspace,
            QStringLiteral("SELECT score || '|' || recommendation || '|' || stage FROM leads WHERE id = 1")),
        QStringLiteral("0.75|transfer_to_sales|new"));
    QVERIFY(text(workspace, QStringLiteral("SELECT score_reason FROM leads WHERE id = 1"))
                .contains(QStringLiteral("replied (1) +0.25")));
    QCOMPARE(
        text(workspace, QStringLiteral("SELECT score FROM leads WHERE id = 2")), QString()); // not picked
}

void TestPipeline::aiScoresThroughTheRunnerAndAdvisesOnly()
{
    int calls = 0;
    HttpTestServer server([&calls](const HttpTestServer::Request& request) {
        ++calls;
        const QString prompt = HttpTestServer::promptOf(request);
        if (prompt.contains(u"bo@x.com")) // a model that answers out of range
            return HttpTestServer::Reply { 200, { { "Content-Type", "application/json" } },
                HttpTestServer::chatCompletion(
                    QStringLiteral("{\"score\": 7, \"recommendation\": \"nurture\"}")) };
        if (prompt.contains(u"cy@x.com")) // the provider's own error
            return HttpTestServer::Reply { 400, { { "Content-Type", "application/json" } },
                R"({"error": {"message": "model not found", "type": "invalid_request_error"}})" };
        return HttpTestServer::Reply { 200, { { "Content-Type", "application/json" } },
            HttpTestServer::chatCompletion(
                QStringLiteral("{\"score\": 0.82, \"recommendation\": \"transfer_to_sales\", \"reason\": "
                               "\"CEO of a logistics firm "
                               "who replied\"}")) };
    });
    const QString workspacePath = path("w.leadsync");
    const QList<std::pair<QString, QString>> key { { QStringLiteral("SCORE_KEY"),
        QStringLiteral("sk-score") } };
    {
        Workspace workspace(workspacePath);
        writeFile(path("in.csv"),
            "email,title,company,Industry,Notes\nana@x.com,CEO,Acme,Logistics,met at a fair\nbo@x.com,,,,\n"
            "cy@x.com,,,,\n");
        importFile(workspace, path("in.csv"));
    }
    QCOMPARE(
        cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("AI score"),
                QStringLiteral("--kind"), QStringLiteral("score"), QStringLiteral("--scorer"),
                QStringLiteral("ai"), QStringLiteral("--base-url"), server.url("/v1"),
                QStringLiteral("--model"), QStringLiteral("judge-1"), QStringLiteral("--api-key-env"),
                QStringLiteral("SCORE_KEY"), QStringLiteral("--fields"), QStringLiteral("email,title,notes"),
                QStringLiteral("--max-attempts"), QStringLiteral("1") },
            key)
            .exitCode,
        1); // no such option: the usage error names it
    QCOMPARE(cli({ QStringLiteral("column"), QStringLiteral("add"), QStringLiteral("AI score"),
                     QStringLiteral("--kind"), QStringLiteral("score"), QStringLiteral("--scorer"),
                     QStringLiteral("ai"), QStringLiteral("--base-url"), server.url("/v1"),
                     QStringLiteral("--model"), QStringLiteral("judge-1"), QStringLiteral("--api-key-env"),
                     QStringLiteral("SCORE_KEY"), QStringLiteral("--fields"),
                     QStringLiteral("email,title,notes") },
                 key)
                 .exitCode,
        0);
    // analyze uses the workspace's first score column: this one.
    const CliRun run = cli({ QStringLiteral("analyze"), QStringLiteral("--only"), QStringLiteral("all"),
                               QStringLiteral("--json") },
        key);
    QCOMPARE(run.exitCode, 3); // some cells failed
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(stats.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("failed")).toInt(), 2);
    const QJsonArray errors = stats.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0]
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("the model's score 7 is not a number from 0 to 1")),
        run.out.constData());
    QVERIFY(errors[1]
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("model not found")));

    const HttpTestServer::Request& first = server.requests().first();
    QCOMPARE(first.headers.value("authorization"), QByteArray("Bearer sk-score"));
    const QString prompt = HttpTestServer::promptOf(first);
    for (const char* expected : { "source: import", "stage: new", "activity: 0 messages sent, 0 replies",
             "business domain: Logistics", "Title: CEO", "Notes: met at a fair" })
        QVERIFY2(prompt.contains(QLatin1String(expected)), qPrintable(prompt));
    QVERIFY(first.body.contains("json_object"));

    Workspace workspace(workspacePath);
    QCOMPARE(text(workspace,
                 QStringLiteral(
                     "SELECT score || '|' || recommendation || '|' || score_reason || '|' || stage FROM "
                     "leads WHERE id = 1")),
        QStringLiteral("0.82|transfer_to_sales|CEO of a logistics firm who replied|new"));
    QCOMPARE(text(workspace, QStringLiteral("SELECT score FROM leads WHERE id = 2")), QString());
    // A second run asks nothing: the answer is cached by what was sent.
    const int before = calls;
    QCOMPARE(cli({ QStringLiteral("column"), QStringLiteral("run"), QStringLiteral("AI score"),
                     QStringLiteral("--only"), QStringLiteral("all"), QStringLiteral("--where"),
                     QStringLiteral("id = 1") },
                 key)
                 .exitCode,
        0);
    QCOMPARE(calls, before);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
