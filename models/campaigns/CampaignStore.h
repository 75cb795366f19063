#pragma once

#include "leads/LeadFilter.h"
#include <QList>

#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace LeadSync {

class Workspace;

struct Campaign
{
    qint64 id = 0;
    QString name;
    qint64 leadCount = 0;
};

using CampaignList = QList<Campaign>;

// One user action on campaigns, undone and redone as a whole. The store fills in what it needs to
// undo the action when it applies it (the members of a deleted campaign, the leads an assignment
// actually added), so the change is shared between an undo command and the writer thread, which
// alone reads and writes it, in the order the commands were given.
struct CampaignChange
{
    enum class Action { Create, Rename, Delete, Assign, Unassign };

    Action action = Action::Create;
    qint64 campaignId = 0; // filled in by Create; Assign and Unassign find it by name when 0
    QString name; // Create, Rename: the new name; Assign, Unassign: the campaign when no id
    QList<qint64> leadIds; // Assign, Unassign: the leads asked for

    // Filled in when applied:
    QString previousName; // Rename, Delete
    qint64 createdAt = 0; // Create, Delete
    QList<qint64> changedLeadIds; // Assign, Unassign: whose membership changed; Delete: the members

    // Assign, Unassign: instead of leadIds, the leads meeting these conditions and search when
    // first applied (leadIds is filled with them, so a redo changes the same leads).
    std::optional<std::pair<QList<LeadCondition>, QString>> filter = {};
};

using CampaignChangePtr = std::shared_ptr<CampaignChange>;

// Campaigns are tags on leads (tables campaigns and lead_campaigns). Every membership change is
// also written to the lead's history. Runs inside the caller's transaction; throws Error.
class CampaignStore final
{
public:
    explicit CampaignStore(Workspace& workspace);

    // All campaigns by name, with their lead counts.
    CampaignList list() const;
    // The campaign of that name (ignoring case), or 0.
    qint64 idOf(const QString& name) const;

    void apply(CampaignChange& change);
    // Undoes an applied change exactly.
    void revert(const CampaignChange& change);

private:
    void checkName(const QString& name, qint64 exceptId) const;
    QList<qint64> matchingLeads(const QList<LeadCondition>& conditions, const QString& searchText);
    QString nameOf(qint64 campaignId) const;
    void insertCampaign(qint64 id, const QString& name, qint64 createdAt);
    // Adds or removes the leads' memberships; returns the leads whose membership changed.
    QList<qint64> setMembers(qint64 campaignId, const QList<qint64>& leadIds, bool member);

    Workspace& m_workspace;
};

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::CampaignList)
