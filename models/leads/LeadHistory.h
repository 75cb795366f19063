#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadSync {

class SqliteStatement;
class Workspace;

// One thing that happened to a lead.
struct LeadEvent
{
    // Outreach: field is what happened (enrolled, planned, claimed, sent, retry, failed, skipped,
    // unknown, removed, stopped; replied, bounced, opted_out as recorded by reply handling) and
    // newValue the details (sequence, step, reason).
    // Stage: the pipeline moved the lead from oldValue to newValue; field is who or what moved it.
    enum class Kind { Created, Imported, Edited, CampaignAdded, CampaignRemoved, Outreach, Stage };

    qint64 at = 0; // epoch milliseconds, UTC
    Kind kind = Kind::Created;
    QString field; // Edited: the column's SQL name; Imported: the import's id
    QString oldValue;
    QString newValue; // Imported: the file; CampaignAdded/Removed: the campaign
};

using LeadEvents = QList<LeadEvent>;

// A lead's history: table lead_events for what happened after the lead was made, and the lead's
// own created_at and import source for how it was made. Recording runs inside the caller's
// transaction and throws Error.
class LeadHistory final
{
public:
    explicit LeadHistory(Workspace& workspace);
    LeadHistory(const LeadHistory&) = delete;
    LeadHistory& operator=(const LeadHistory&) = delete;

    void record(qint64 leadId, qint64 at, LeadEvent::Kind kind, const QString& field, const QString& oldValue,
        const QString& newValue);

    // Everything known about the lead, oldest first (empty when there is no such lead).
    LeadEvents events(qint64 leadId) const;

    // Edits of one field closer than this make one event (the undo stack's merge window too).
    static constexpr qint64 kMergeWindowMs = 2000;

private:
    bool mergeEdit(qint64 leadId, qint64 at, const QString& field, const QString& newValue);

    Workspace& m_workspace;
};

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::LeadEvents)
