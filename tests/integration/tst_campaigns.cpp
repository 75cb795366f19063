// Campaigns (tags), the lead history and what a deleted lead takes with it, against a real workspace.
#include "../TestSupport.h"
#include "Error.h"
#include "campaigns/CampaignStore.h"
#include "leads/LeadFilter.h"
#include "leads/LeadHistory.h"
#include "storage/SqliteStatement.h"
#include "table/LeadTableModel.h"
#include "table/LeadWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createRenameDeleteAndRevert();
    void assignOnlyCountsRealChanges();
    void refusesDuplicateAndEmptyNames();
    void filtersByMembership_data();
    void filtersByMembership();
    void columnListsNamesInOrder();
    void historyRecordsEditsAndMemberships();
    void deletedLeadComesBackWithItsRows();
    void modelRefreshesAfterAChange();

private:
    CampaignChange apply(CampaignChange change);
    QList<qint64> idsWhere(const QString& condition);
    QString dump(); // campaigns and memberships as text, to compare states

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCampaigns::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.leadsync").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_workspace = std::make_unique<Workspace>(m_path);
    const QString csv = m_dir.filePath(QStringLiteral("leads.csv"));
    writeFile(csv,
        "first_name,email,company\nAda,ada@a.io,Acme\nBob,bob@b.io,Beta\nCy,cy@c.io,Core\nDee,dee@d.io,"
        "Dyn\n");
    QCOMPARE(importFile(*m_workspace, csv).imported, 4);
}

void TestCampaigns::cleanup()
{
    m_workspace.reset();
}

CampaignChange TestCampaigns::apply(CampaignChange change)
{
    sqliteExec(m_workspace->handle(), "BEGIN");
    CampaignStore(*m_workspace).apply(change);
    sqliteExec(m_workspace->handle(), "COMMIT");
    return change;
}

QList<qint64> TestCampaigns::idsWhere(const QString& condition)
{
    const LeadFilter filter
        = LeadFilter::build({ LeadCondition::parse(condition, ColumnStore(*m_workspace).list()) });
    SqlQuery query(m_workspace->database(),
        QStringLiteral("SELECT id FROM leads WHERE %1 ORDER BY id").arg(QString::fromUtf8(filter.sql)));
    for (const QByteArray& parameter : filter.parameters)
        query.bind(QString::fromUtf8(parameter));
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString TestCampaigns::dump()
{
    return text(*m_workspace,
        QStringLiteral("SELECT group_concat(c.id || ':' || c.name || ':' || c.created_at || '=' "
                       "|| COALESCE((SELECT group_concat(lead_id) FROM (SELECT lead_id FROM lead_campaigns "
                       "WHERE campaign_id = c.id ORDER BY lead_id)), ''), ' ') FROM (SELECT * FROM campaigns "
                       "ORDER BY id) c"));
}

void TestCampaigns::createRenameDeleteAndRevert()
{
    CampaignStore store(*m_workspace);
    const CampaignChange create
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral(" Launch "), {}, {}, 0, {} });
    QVERIFY(create.campaignId > 0);
    QCOMPARE(store.idOf(QStringLiteral("launch")), create.campaignId); // names ignore case
    apply({ CampaignChange::Action::Assign, create.campaignId, {}, { 1, 3 }, {}, 0, {} });
    const QString before = dump();
    QVERIFY2(before.endsWith(QStringLiteral(":Launch:%1=1,3").arg(create.createdAt)), qPrintable(before));

    const CampaignChange rename = apply(
        { CampaignChange::Action::Rename, create.campaignId, QStringLiteral("Q4 outreach"), {}, {}, 0, {} });
    QCOMPARE(rename.previousName, QStringLiteral("Launch"));
    QCOMPARE(store.list().first().name, QStringLiteral("Q4 outreach"));
    store.revert(rename);
    QCOMPARE(dump(), before);

    const CampaignChange remove
        = apply({ CampaignChange::Action::Delete, create.campaignId, {}, {}, {}, 0, {} });
    QCOMPARE(remove.changedLeadIds, (QList<qint64> { 1, 3 }));
    QVERIFY(store.list().isEmpty());
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM lead_campaigns")), 0);
    store.revert(remove); // the campaign comes back with its id, time and members
    QCOMPARE(dump(), before);
    QCOMPARE(store.list().first().leadCount, 2);
}

void TestCampaigns::assignOnlyCountsRealChanges()
{
    const qint64 id
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("A"), {}, {}, 0, {} }).campaignId;
    apply({ CampaignChange::Action::Assign, id, {}, { 2 }, {}, 0, {} });
    const CampaignChange assign
        = apply({ CampaignChange::Action::Assign, id, {}, { 1, 2, 3, 999 }, {}, 0, {} });
    // 2 was already in it and 999 is no lead: neither changes, and undo must leave 2 where it was.
    QCOMPARE(assign.changedLeadIds, (QList<qint64> { 1, 3 }));
    CampaignStore(*m_workspace).revert(assign);
    QCOMPARE(idsWhere(QStringLiteral("campaigns = A")), (QList<qint64> { 2 }));
    const CampaignChange unassign = apply({ CampaignChange::Action::Unassign, id, {}, { 2, 4 }, {}, 0, {} });
    QCOMPARE(unassign.changedLeadIds, (QList<qint64> { 2 }));
    QVERIFY(idsWhere(QStringLiteral("campaigns = A")).isEmpty());
}

void TestCampaigns::refusesDuplicateAndEmptyNames()
{
    apply({ CampaignChange::Action::Create, 0, QStringLiteral("Launch"), {}, {}, 0, {} });
    CampaignStore store(*m_workspace);
    const QList<std::pair<QString, QString>> cases = {
        { QStringLiteral("LAUNCH"), QStringLiteral("already a campaign \"LAUNCH\"") },
        { QStringLiteral("  "), QStringLiteral("needs a name") },
    };
    for (const auto& [name, reason] : cases) {
        CampaignChange change { CampaignChange::Action::Create, 0, name, {}, {}, 0, {} };
        QString message;
        try {
            store.apply(change);
        } catch (const Error& error) {
            message = error.message();
        }
        QVERIFY2(message.contains(reason), qPrintable(message));
    }
    QCOMPARE(store.list().size(), 1);
}

void TestCampaigns::filtersByMembership_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("is") << "campaigns = launch" << QList<qint64> { 1, 2 };
    QTest::newRow("is other") << "Campaigns is Q4" << QList<qint64> { 2, 3 };
    QTest::newRow("is not") << "campaigns != Launch" << QList<qint64> { 3, 4 };
    QTest::newRow("is empty") << "campaigns is empty" << QList<qint64> { 4 };
    QTest::newRow("is not empty") << "campaigns is not empty" << QList<qint64> { 1, 2, 3 };
    QTest::newRow("contains, on the names") << "campaigns contains q4" << QList<qint64> { 2, 3 };
    QTest::newRow("no such campaign") << "campaigns = Nope" << QList<qint64> {};
}

void TestCampaigns::filtersByMembership()
{
    QFETCH(QString, condition);
    QFETCH(QList<qint64>, ids);
    const qint64 launch
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("Launch"), {}, {}, 0, {} }).campaignId;
    const qint64 q4
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("Q4"), {}, {}, 0, {} }).campaignId;
    apply({ CampaignChange::Action::Assign, launch, {}, { 1, 2 }, {}, 0, {} });
    apply({ CampaignChange::Action::Assign, q4, {}, { 2, 3 }, {}, 0, {} });
    QCOMPARE(idsWhere(condition), ids);
}

void TestCampaigns::columnListsNamesInOrder()
{
    const qint64 zeta
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("zeta"), {}, {}, 0, {} }).campaignId;
    const qint64 alpha
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("Alpha"), {}, {}, 0, {} }).campaignId;
    apply({ CampaignChange::Action::Assign, zeta, {}, { 1 }, {}, 0, {} });
    apply({ CampaignChange::Action::Assign, alpha, {}, { 1 }, {}, 0, {} });
    const QString sql = QStringLiteral("SELECT %1 FROM leads WHERE id = %2")
                            .arg(QString::fromLatin1(selectExpression(QStringLiteral("campaigns"))));
    QCOMPARE(text(*m_workspace, sql.arg(1)), QStringLiteral("Alpha, zeta"));
    QCOMPARE(text(*m_workspace, sql.arg(2)), QString());
}

void TestCampaigns::historyRecordsEditsAndMemberships()
{
    LeadWriter writer(*m_workspace);
    QVERIFY(
        writer
            .write({ { 1, QStringLiteral("company"), QStringLiteral("Acme"), QStringLiteral("Acme GmbH") } })
            .isEmpty());
    const qint64 id
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("Launch"), {}, {}, 0, {} }).campaignId;
    const CampaignChange assign = apply({ CampaignChange::Action::Assign, id, {}, { 1 }, {}, 0, {} });
    CampaignStore(*m_workspace).revert(assign);

    const LeadEvents events = LeadHistory(*m_workspace).events(1);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].kind, LeadEvent::Kind::Imported);
    QVERIFY(events[0].newValue.endsWith(u"leads.csv"));
    QCOMPARE(events[1].kind, LeadEvent::Kind::Edited);
    QCOMPARE(events[1].field, QStringLiteral("company"));
    QCOMPARE(events[1].oldValue, QStringLiteral("Acme"));
    QCOMPARE(events[1].newValue, QStringLiteral("Acme GmbH"));
    QCOMPARE(events[2].kind, LeadEvent::Kind::CampaignAdded);
    QCOMPARE(events[2].newValue, QStringLiteral("Launch"));
    QCOMPARE(events[3].kind, LeadEvent::Kind::CampaignRemoved);
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events[i].at >= events[i - 1].at);
    QVERIFY(LeadHistory(*m_workspace).events(2).size() == 1); // only its import
    QVERIFY(LeadHistory(*m_workspace).events(999).isEmpty());
}

void TestCampaigns::deletedLeadComesBackWithItsRows()
{
    const qint64 id
        = apply({ CampaignChange::Action::Create, 0, QStringLiteral("Launch"), {}, {}, 0, {} }).campaignId;
    apply({ CampaignChange::Action::Assign, id, {}, { 2, 4 }, {}, 0, {} });
    const QString rowsOf4 = QStringLiteral(
        "SELECT (SELECT group_concat(campaign_id || '@' || added_at) FROM lead_campaigns WHERE lead_id = 4) "
        "|| '|' "
        "|| (SELECT group_concat(id || kind || at || new_value) FROM lead_events WHERE lead_id = 4)");
    const QString before = text(*m_workspace, rowsOf4);
    QVERIFY(before.contains(u"campaign_added"));

    LeadWriter writer(*m_workspace);
    auto leads = std::make_shared<QList<StoredLead>>(QList<StoredLead> { { 4, {}, {} } });
    writer.deleteLeads(leads);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM lead_campaigns WHERE lead_id = 4")), 0);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM lead_events WHERE lead_id = 4")), 0);
    QCOMPARE(CampaignStore(*m_workspace).list().first().leadCount, 1);
    writer.insertLeads(leads);
    QCOMPARE(text(*m_workspace, rowsOf4), before);
}

void TestCampaigns::modelRefreshesAfterAChange()
{
    ColumnList columns = ColumnStore(*m_workspace).list();
    columns.append(campaignsColumn());
    LeadTableModel model(m_path, columns);
    QSignalSpy campaignsChanged(&model, &LeadTableModel::campaignsChanged);
    QTRY_COMPARE(model.rowCount(), 4);
    QTRY_VERIFY(campaignsChanged.size() >= 1);
    const int campaignsIndex = int(columns.size()) - 1;
    QVERIFY(!(model.flags(model.index(0, campaignsIndex)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);

    auto create = std::make_shared<CampaignChange>(
        CampaignChange { CampaignChange::Action::Create, 0, QStringLiteral("Launch"), {}, {}, 0, {} });
    model.changeCampaigns(create, false);
    QTRY_COMPARE(model.campaigns().size(), 1);
    auto assign = std::make_shared<CampaignChange>(
        CampaignChange { CampaignChange::Action::Assign, create->campaignId, {}, { 1, 3 }, {}, 0, {} });
    model.changeCampaigns(assign, false);
    QTRY_COMPARE(model.index(0, campaignsIndex).data().toString(), QStringLiteral("Launch"));
    QCOMPARE(model.index(1, campaignsIndex).data().toString(), QString());
    QCOMPARE(model.campaigns().first().leadCount, 2);

    // Filtered by the campaign, a change of membership changes the rows shown.
    model.setFilter({ LeadCondition::parse(QStringLiteral("campaigns = launch"), columns) }, {});
    QTRY_COMPARE(model.rowCount(), 2);
    model.changeCampaigns(assign, true);
    QTRY_COMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCampaigns)
#include "leads/ColumnStore.h"
#include "tst_campaigns.moc"
