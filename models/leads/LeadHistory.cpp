#include "LeadHistory.h"

#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

namespace LeadSync {

namespace {
// The kinds as stored in lead_events.kind (created and imported are not stored: see the schema).
constexpr std::pair<LeadEvent::Kind, const char*> kStoredKinds[] = {
    { LeadEvent::Kind::Edited, "edit" },
    { LeadEvent::Kind::CampaignAdded, "campaign_added" },
    { LeadEvent::Kind::CampaignRemoved, "campaign_removed" },
    { LeadEvent::Kind::Outreach, "outreach" },
    { LeadEvent::Kind::Stage, "stage" },
};
} // namespace

LeadHistory::LeadHistory(Workspace& workspace)
    : m_workspace(workspace)
{ }

void LeadHistory::record(qint64 leadId, qint64 at, LeadEvent::Kind kind, const QString& field,
    const QString& oldValue, const QString& newValue)
{
    const auto stored = std::find_if(std::cbegin(kStoredKinds), std::cend(kStoredKinds),
        [kind](const auto& entry) { return entry.first == kind; });
    Q_ASSERT(stored != std::cend(kStoredKinds));
    if (kind == LeadEvent::Kind::Edited && mergeEdit(leadId, at, field, newValue))
        return;
    SqliteStatement& insert
        = m_workspace.cachedStatement(QByteArrayLiteral("INSERT INTO lead_events (lead_id, at, kind, field, "
                                                        "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    const QByteArray fieldUtf8 = field.toUtf8();
    const QByteArray oldUtf8 = oldValue.toUtf8();
    const QByteArray newUtf8 = newValue.toUtf8();
    insert.bindInt(1, leadId);
    insert.bindInt(2, at);
    insert.bindText(3, stored->second);
    insert.bindText(4, fieldUtf8);
    insert.bindText(5, oldUtf8);
    insert.bindText(6, newUtf8);
    insert.step();
    insert.reset();
}

// A burst of typing is written as one edit per keystroke; like the undo command, the history keeps
// one event for it: an edit of the same field within kMergeWindowMs of the lead's last event
// extends that event, and one that brings the field back to where the event started (an undo right
// away) removes it.
bool LeadHistory::mergeEdit(qint64 leadId, qint64 at, const QString& field, const QString& newValue)
{
    SqlQuery last(m_workspace.database(),
        QStringLiteral("SELECT id, kind, field, old_value, at FROM lead_events WHERE lead_id = ? "
                       "ORDER BY at DESC, id DESC LIMIT 1"));
    last.bind(leadId);
    last.exec();
    if (!last.next() || last.value(1).toString() != u"edit" || last.value(2).toString() != field
        || at - last.value(4).toLongLong() > kMergeWindowMs)
        return false;
    const qint64 eventId = last.value(0).toLongLong();
    if (last.value(3).toString() == newValue) {
        SqlQuery remove(m_workspace.database(), QStringLiteral("DELETE FROM lead_events WHERE id = ?"));
        remove.bind(eventId);
        remove.exec();
        return true;
    }
    SqlQuery update(
        m_workspace.database(), QStringLiteral("UPDATE lead_events SET new_value = ?, at = ? WHERE id = ?"));
    update.bind(newValue);
    update.bind(at);
    update.bind(eventId);
    update.exec();
    return true;
}

LeadEvents LeadHistory::events(qint64 leadId) const
{
    LeadEvents events;
    SqlQuery lead(m_workspace.database(),
        QStringLiteral("SELECT l.created_at, i.file, i.started_at, i.id FROM leads l "
                       "LEFT JOIN imports i ON i.id = l.import_id WHERE l.id = ?"));
    lead.bind(leadId);
    lead.exec();
    if (!lead.next())
        return events;
    if (lead.value(1).isNull())
        events.append({ lead.value(0).toLongLong(), LeadEvent::Kind::Created, {}, {}, {} });
    else
        events.append({ lead.value(2).toLongLong(), LeadEvent::Kind::Imported, lead.value(3).toString(), {},
            lead.value(1).toString() });

    SqlQuery stored(m_workspace.database(),
        QStringLiteral("SELECT at, kind, field, old_value, new_value FROM lead_events "
                       "WHERE lead_id = ? ORDER BY at, id"));
    stored.bind(leadId);
    stored.exec();
    while (stored.next()) {
        const QByteArray kind = stored.value(1).toString().toLatin1();
        const auto known = std::find_if(std::cbegin(kStoredKinds), std::cend(kStoredKinds),
            [&kind](const auto& entry) { return kind == entry.second; });
        if (known == std::cend(kStoredKinds))
            continue; // written by a newer LeadSync: not ours to show
        events.append({ stored.value(0).toLongLong(), known->first, stored.value(2).toString(),
            stored.value(3).toString(), stored.value(4).toString() });
    }
    return events;
}

} // namespace LeadSync
