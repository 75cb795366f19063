#include "CampaignStore.h"

#include "Error.h"
#include "leads/LeadHistory.h"
#include "leads/SearchIndex.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace LeadSync {

CampaignStore::CampaignStore(Workspace& workspace)
    : m_workspace(workspace)
{ }

CampaignList CampaignStore::list() const
{
    SqlQuery query(m_workspace.database(),
        QStringLiteral(
            "SELECT c.id, c.name, (SELECT count(*) FROM lead_campaigns lc WHERE lc.campaign_id = c.id) "
            "FROM campaigns c ORDER BY c.name COLLATE NOCASE"));
    query.exec();
    CampaignList campaigns;
    while (query.next())
        campaigns.append(
            { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong() });
    return campaigns;
}

qint64 CampaignStore::idOf(const QString& name) const
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT id FROM campaigns WHERE name = ?"));
    query.bind(name.trimmed());
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString CampaignStore::nameOf(qint64 campaignId) const
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT name FROM campaigns WHERE id = ?"));
    query.bind(campaignId);
    query.exec();
    if (!query.next())
        throw Error(QCoreApplication::translate("LeadSync::CampaignStore", "The campaign no longer exists."));
    return query.value(0).toString();
}

void CampaignStore::checkName(const QString& name, qint64 exceptId) const
{
    if (name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("LeadSync::CampaignStore", "A campaign needs a name."));
    const qint64 existing = idOf(name);
    if (existing != 0 && existing != exceptId)
        throw Error(
            QCoreApplication::translate("LeadSync::CampaignStore", "There is already a campaign \"%1\".")
                .arg(name.trimmed()));
}

void CampaignStore::insertCampaign(qint64 id, const QString& name, qint64 createdAt)
{
    SqlQuery insert(m_workspace.database(),
        QStringLiteral("INSERT INTO campaigns (id, name, created_at) VALUES (?, ?, ?)"));
    insert.bind(id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    insert.bind(name.trimmed());
    insert.bind(createdAt);
    insert.exec();
}

QList<qint64> CampaignStore::setMembers(qint64 campaignId, const QList<qint64>& leadIds, bool member)
{
    const QString name = nameOf(campaignId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // INSERT OR IGNORE and DELETE report through changes() whether this lead's membership changed,
    // so only real changes are recorded in the history and undone.
    SqliteStatement change(m_workspace.handle(),
        member ? "INSERT OR IGNORE INTO lead_campaigns (campaign_id, lead_id, added_at) "
                 "SELECT ?1, id, ?3 FROM leads WHERE id = ?2"
               : "DELETE FROM lead_campaigns WHERE campaign_id = ?1 AND lead_id = ?2");
    LeadHistory history(m_workspace);
    QList<qint64> changed;
    for (const qint64 leadId : leadIds) {
        change.bindInt(1, campaignId);
        change.bindInt(2, leadId);
        if (member)
            change.bindInt(3, now);
        change.step();
        change.reset();
        if (sqlite3_changes(m_workspace.handle()) == 0)
            continue;
        changed.append(leadId);
        history.record(leadId, now,
            member ? LeadEvent::Kind::CampaignAdded : LeadEvent::Kind::CampaignRemoved, {}, {}, name);
    }
    return changed;
}

QList<qint64> CampaignStore::matchingLeads(const QList<LeadCondition>& conditions, const QString& searchText)
{
    if (!searchText.trimmed().isEmpty())
        SearchIndex(m_workspace).catchUp();
    return LeadFilter::matchingIds(m_workspace, conditions, searchText);
}

void CampaignStore::apply(CampaignChange& change)
{
    using Action = CampaignChange::Action;
    switch (change.action) {
    case Action::Create:
        checkName(change.name, 0);
        if (change.createdAt == 0)
            change.createdAt = QDateTime::currentMSecsSinceEpoch();
        // A redone create gets the id it had, so later commands that name the id still find it.
        insertCampaign(change.campaignId, change.name, change.createdAt);
        if (change.campaignId == 0)
            change.campaignId = idOf(change.name);
        if (change.filter) {
            change.leadIds = matchingLeads(change.filter->first, change.filter->second);
            change.filter.reset();
        }
        break;
    case Action::Rename: {
        checkName(change.name, change.campaignId);
        change.previousName = nameOf(change.campaignId);
        SqlQuery rename(m_workspace.database(), QStringLiteral("UPDATE campaigns SET name = ? WHERE id = ?"));
        rename.bind(change.name.trimmed());
        rename.bind(change.campaignId);
        rename.exec();
        break;
    }
    case Action::Delete: {
        change.previousName = nameOf(change.campaignId);
        SqlQuery campaign(
            m_workspace.database(), QStringLiteral("SELECT created_at FROM campaigns WHERE id = ?"));
        campaign.bind(change.campaignId);
        campaign.exec();
        campaign.next();
        change.createdAt = campaign.value(0).toLongLong();
        SqlQuery members(m_workspace.database(),
            QStringLiteral("SELECT lead_id FROM lead_campaigns WHERE campaign_id = ? ORDER BY lead_id"));
        members.bind(change.campaignId);
        members.exec();
        change.changedLeadIds.clear();
        while (members.next())
            change.changedLeadIds.append(members.value(0).toLongLong());
        setMembers(change.campaignId, change.changedLeadIds, false);
        SqlQuery remove(m_workspace.database(), QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
        remove.bind(change.campaignId);
        remove.exec();
        break;
    }
    case Action::Assign:
    case Action::Unassign:
        // By name when the campaign is made in the same user action (its id is not known yet).
        if (change.campaignId == 0)
            change.campaignId = idOf(change.name);
        if (change.filter) {
            change.leadIds = matchingLeads(change.filter->first, change.filter->second);
            change.filter.reset();
        }
        change.changedLeadIds
            = setMembers(change.campaignId, change.leadIds, change.action == Action::Assign);
        break;
    }
}

void CampaignStore::revert(const CampaignChange& change)
{
    using Action = CampaignChange::Action;
    switch (change.action) {
    case Action::Create: {
        // Later assignments to it were undone before this (the undo stack runs in order).
        SqlQuery remove(m_workspace.database(), QStringLiteral("DELETE FROM campaigns WHERE id = ?"));
        remove.bind(change.campaignId);
        remove.exec();
        break;
    }
    case Action::Rename: {
        checkName(change.previousName, change.campaignId);
        SqlQuery rename(m_workspace.database(), QStringLiteral("UPDATE campaigns SET name = ? WHERE id = ?"));
        rename.bind(change.previousName);
        rename.bind(change.campaignId);
        rename.exec();
        break;
    }
    case Action::Delete:
        checkName(change.previousName, 0);
        insertCampaign(change.campaignId, change.previousName, change.createdAt);
        setMembers(change.campaignId, change.changedLeadIds, true);
        break;
    case Action::Assign:
    case Action::Unassign:
        setMembers(change.campaignId, change.changedLeadIds, change.action != Action::Assign);
        break;
    }
}

} // namespace LeadSync
