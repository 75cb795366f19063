// Duplicates on a real workspace: the groups by email (any case, spaces around) and by name at the same
// company, the merge that fills the kept lead's blanks, takes the others' campaigns and removes them,
// and its undo, which puts everything back.
#include "../TestSupport.h"
#include "leads/Duplicates.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void findsGroupsByEmailAndByNameAtCompany();
    void mergeFillsBlanksJoinsCampaignsAndUndoes();
    void choicesOverrideTheKeptValues();

private:
    qint64 idOf(const char* email);
    void exec(const QString& sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDuplicates::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.leadsync").arg(QLatin1String(QTest::currentTestFunction())));
    m_workspace = std::make_unique<Workspace>(path);
    const QString csv = m_dir.filePath(QStringLiteral("leads.csv"));
    writeFile(csv,
        "first_name,last_name,email,company,phone,title\n"
        "Ana,Lima,ana@acme.com,Acme,,\n"
        "Ana,Lima,\" ANA@Acme.com \",Acme Inc,+49 30 1,CEO\n"
        "Bo,Chen,bo@zeta.io,Zeta,,\n"
        "bo,chen,bo.chen@gmail.com,zeta,,Founder\n"
        "Cy,Ode,cy@one.org,One,,\n"
        "Di,,,,,\n"
        "Di,,,,,\n");
    ImportPlan plan = ImportPlan::prepare(csv, {}, ColumnStore(*m_workspace).list());
    plan.dedupe
        = DedupeMode::None; // the file's duplicates stay, as a list from another tool would bring them
    QCOMPARE(Importer(*m_workspace, plan).run().imported, 7);
}

qint64 TestDuplicates::idOf(const char* email)
{
    return scalar(*m_workspace,
        QStringLiteral("SELECT id FROM leads WHERE lower(trim(email)) = '%1' ORDER BY id LIMIT 1")
            .arg(QLatin1StringView(email)));
}

void TestDuplicates::exec(const QString& sql)
{
    SqlQuery query(m_workspace->database(), sql);
    query.exec();
}

void TestDuplicates::findsGroupsByEmailAndByNameAtCompany()
{
    const DuplicateScan scan = Duplicates::find(*m_workspace);
    QCOMPARE(scan.totalGroups, 2);
    QCOMPARE(scan.duplicateLeads, 2);
    QCOMPARE(scan.groups.at(0).reason, DuplicateGroup::Reason::Email);
    QCOMPARE(scan.groups.at(0).key, QStringLiteral("ana@acme.com"));
    QCOMPARE(scan.groups.at(0).leadIds, (QList<qint64> { 1, 2 }));
    // Bo Chen at Zeta twice, with two addresses: by name and company, whatever the case.
    QCOMPARE(scan.groups.at(1).reason, DuplicateGroup::Reason::NameAndCompany);
    QCOMPARE(scan.groups.at(1).leadIds, (QList<qint64> { 3, 4 }));
    // Two leads with a first name only and no company are not taken for one person.
}

void TestDuplicates::mergeFillsBlanksJoinsCampaignsAndUndoes()
{
    exec(QStringLiteral(
        "INSERT INTO campaigns (id, name, created_at) VALUES (1, 'Spring', 0), (2, 'Fair', 0)"));
    exec(QStringLiteral("INSERT INTO lead_campaigns (campaign_id, lead_id, added_at) VALUES (1, 1, 0), (1, "
                        "2, 0), (2, 2, 0)"));
    const QStringList fields = { QStringLiteral("first_name"), QStringLiteral("email"),
        QStringLiteral("company"), QStringLiteral("phone"), QStringLiteral("title") };
    const auto rows = Duplicates::values(*m_workspace, { 1, 2 }, fields);
    LeadMerge merge = Duplicates::fillBlanks(rows, fields);
    QCOMPARE(merge.keeper, 1);
    QCOMPARE(merge.others, QList<qint64> { 2 });
    QCOMPARE(merge.edits.size(), 2); // the phone and the title; the kept email and company stay
    m_workspace->transact([&] { Duplicates::merge(*m_workspace, merge); });
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), 6);
    QCOMPARE(
        text(*m_workspace,
            QStringLiteral(
                "SELECT email || '|' || company || '|' || phone || '|' || title FROM leads WHERE id = 1")),
        QStringLiteral("ana@acme.com|Acme|+49 30 1|CEO"));
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT group_concat(campaign_id) FROM (SELECT campaign_id FROM "
                                "lead_campaigns WHERE lead_id = 1 ORDER BY campaign_id)")),
        QStringLiteral("1,2"));
    QCOMPARE(merge.campaignsJoined, QList<qint64> { 2 });
    QCOMPARE(Duplicates::find(*m_workspace).groups.size(), 1); // Bo's group is left

    m_workspace->transact([&] { Duplicates::unmerge(*m_workspace, merge); });
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), 7);
    QCOMPARE(
        text(*m_workspace,
            QStringLiteral("SELECT trim(email) || '|' || phone || '|' || title FROM leads WHERE id = 2")),
        QStringLiteral("ANA@Acme.com|+49 30 1|CEO"));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT phone || '|' || title FROM leads WHERE id = 1")),
        QStringLiteral("|"));
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT group_concat(campaign_id || ':' || lead_id) FROM (SELECT * FROM "
                                "lead_campaigns ORDER BY campaign_id, lead_id)")),
        QStringLiteral("1:1,1:2,2:2"));
    QCOMPARE(Duplicates::find(*m_workspace).groups.size(), 2);
}

void TestDuplicates::choicesOverrideTheKeptValues()
{
    // The user keeps the second lead's company and email for the first.
    LeadMerge merge;
    merge.keeper = 1;
    merge.others = { 2 };
    merge.edits = { { 1, QStringLiteral("company"), QStringLiteral("Acme"), QStringLiteral("Acme Inc") } };
    m_workspace->transact([&] { Duplicates::merge(*m_workspace, merge); });
    // An edit since the merge is not overwritten by its undo.
    exec(QStringLiteral("UPDATE leads SET company = 'Acme GmbH' WHERE id = 1"));
    m_workspace->transact([&] { Duplicates::unmerge(*m_workspace, merge); });
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT company FROM leads WHERE id = 1")),
        QStringLiteral("Acme GmbH"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), 7);
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
