#include "Duplicates.h"

#include "Column.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "table/LeadWriter.h"

#include <QDateTime>
#include <QSet>

namespace LeadSync {

namespace {

// Groups of leads sharing a key, as (key, ids oldest first), from a statement of (key, id) rows
// ordered by key then id.
QList<std::pair<QString, QList<qint64>>> groupsOf(SqliteStatement& rows)
{
    QList<std::pair<QString, QList<qint64>>> groups;
    QByteArray currentKey;
    QString shownKey;
    QList<qint64> ids;
    const auto flush = [&] {
        if (ids.size() > 1)
            groups.append({ shownKey, ids });
        ids.clear();
    };
    while (rows.step()) {
        const QByteArray key = rows.columnText(0).toByteArray();
        if (key != currentKey || ids.isEmpty()) {
            flush();
            currentKey = key;
            shownKey = QString::fromUtf8(rows.columnText(2));
        }
        ids.append(rows.columnInt(1));
    }
    flush();
    return groups;
}

} // namespace

DuplicateScan Duplicates::find(Workspace& workspace)
{
    // The email key is the expression of the leads_email_key index: read from the index alone, in its
    // order (0.17 s for a million leads; also reading the address as written, from the table, took 3 s),
    // and shown as the key.
    SqliteStatement byEmail(workspace.handle(),
        "SELECT lower(trim(email)), id, lower(trim(email)) FROM leads INDEXED BY leads_email_key WHERE email "
        "<> '' ORDER BY lower(trim(email)), id");
    SqliteStatement byName(workspace.handle(),
        "SELECT lower(trim(first_name)) || char(31) || lower(trim(last_name)) || char(31) || "
        "lower(trim(company)) AS k, id, trim(trim(first_name) || ' ' || trim(last_name)) || ' · ' || "
        "trim(company) FROM leads WHERE company <> '' AND (first_name <> '' OR last_name <> '') ORDER BY k, "
        "id");
    QList<DuplicateGroup> groups;
    QSet<QList<qint64>> seen;
    for (const auto& [key, ids] : groupsOf(byEmail)) {
        groups.append({ DuplicateGroup::Reason::Email, key, ids });
        seen.insert(ids);
    }
    for (const auto& [key, ids] : groupsOf(byName)) {
        if (!seen.contains(ids)) // the same leads by email already
            groups.append({ DuplicateGroup::Reason::NameAndCompany, key, ids });
    }
    DuplicateScan scan;
    scan.totalGroups = groups.size();
    for (const DuplicateGroup& group : std::as_const(groups))
        scan.duplicateLeads += group.leadIds.size() - 1;
    std::stable_sort(groups.begin(), groups.end(),
        [](const DuplicateGroup& a, const DuplicateGroup& b) { return a.leadIds.size() > b.leadIds.size(); });
    scan.groups = groups.mid(0, kMaxGroups);
    return scan;
}

QList<std::pair<qint64, QStringList>> Duplicates::values(
    Workspace& workspace, const QList<qint64>& ids, const QStringList& sqlNames)
{
    QByteArrayList expressions;
    for (const QString& sqlName : sqlNames)
        expressions.append(selectExpression(sqlName)); // checks each name
    QList<std::pair<qint64, QStringList>> rows;
    SqliteStatement select(workspace.handle(),
        QByteArray("SELECT " + (expressions.isEmpty() ? QByteArray("NULL") : expressions.join(", "))
            + " FROM leads WHERE id = ?1"));
    for (const qint64 id : ids) {
        select.bindInt(1, id);
        if (select.step()) {
            QStringList values;
            for (int i = 0; i < expressions.size(); ++i)
                values.append(QString::fromUtf8(select.columnText(i)));
            rows.append({ id, values });
        }
        select.reset();
    }
    return rows;
}

LeadMerge Duplicates::fillBlanks(
    const QList<std::pair<qint64, QStringList>>& rows, const QStringList& sqlNames)
{
    LeadMerge merge;
    if (rows.isEmpty())
        return merge;
    merge.keeper = rows.first().first;
    const QStringList& kept = rows.first().second;
    for (qsizetype field = 0; field < sqlNames.size(); ++field) {
        if (!kept.value(field).isEmpty())
            continue;
        for (qsizetype other = 1; other < rows.size(); ++other) {
            if (const QString value = rows[other].second.value(field); !value.isEmpty()) {
                merge.edits.append({ merge.keeper, sqlNames[field], QString(), value });
                break;
            }
        }
    }
    for (qsizetype other = 1; other < rows.size(); ++other)
        merge.others.append(rows[other].first);
    return merge;
}

void Duplicates::merge(Workspace& workspace, LeadMerge& merge)
{
    LeadWriter writer(workspace);
    writer.write(merge.edits);
    // The campaigns of the others that the kept lead is not in yet.
    merge.campaignsJoined.clear();
    SqliteStatement missing(workspace.handle(),
        "SELECT DISTINCT campaign_id FROM lead_campaigns WHERE lead_id = ?1 AND campaign_id NOT IN (SELECT "
        "campaign_id FROM lead_campaigns WHERE lead_id = ?2)");
    for (const qint64 other : std::as_const(merge.others)) {
        missing.bindInt(1, other);
        missing.bindInt(2, merge.keeper);
        while (missing.step()) {
            if (!merge.campaignsJoined.contains(missing.columnInt(0)))
                merge.campaignsJoined.append(missing.columnInt(0));
        }
        missing.reset();
    }
    SqliteStatement join(workspace.handle(),
        "INSERT OR IGNORE INTO lead_campaigns (lead_id, campaign_id, added_at) VALUES (?1, ?2, ?3)");
    for (const qint64 campaign : std::as_const(merge.campaignsJoined)) {
        join.bindInt(1, merge.keeper);
        join.bindInt(2, campaign);
        join.bindInt(3, QDateTime::currentMSecsSinceEpoch());
        join.step();
        join.reset();
    }
    merge.removed->clear();
    for (const qint64 other : std::as_const(merge.others))
        merge.removed->append({ other, {}, {} });
    writer.deleteLeads(merge.removed);
}

void Duplicates::unmerge(Workspace& workspace, const LeadMerge& merge)
{
    LeadWriter writer(workspace);
    writer.insertLeads(merge.removed);
    SqliteStatement leave(
        workspace.handle(), "DELETE FROM lead_campaigns WHERE lead_id = ?1 AND campaign_id = ?2");
    for (const qint64 campaign : merge.campaignsJoined) {
        leave.bindInt(1, merge.keeper);
        leave.bindInt(2, campaign);
        leave.step();
        leave.reset();
    }
    writer.write(reversed(merge.edits));
}

} // namespace LeadSync
