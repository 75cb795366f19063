#pragma once

#include "LeadEdit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace LeadSync {

class Workspace;

// Leads that are the same person twice: the same email address (trimmed, any case; by the index the
// import's dedupe uses), or, without that, the same first and last name at the same company. And their
// merge into one: the user picks each field's value among the group's, the kept lead (the oldest)
// gets them, joins every campaign of the others, and the others are deleted with everything they
// hold, ready for an undo that puts all of it back.
struct DuplicateGroup
{
    enum class Reason { Email, NameAndCompany };
    Reason reason = Reason::Email;
    QString key; // the address (trimmed, lower case), or "first last · company" as the first lead writes it
    QList<qint64> leadIds; // oldest first: the first is kept by default
};

struct DuplicateScan
{
    QList<DuplicateGroup> groups; // the first kMaxGroups, largest first
    qint64 totalGroups = 0;
    qint64 duplicateLeads = 0; // leads that a merge of every group would remove
};

// One merge, as the writer did it, so that it can be undone.
struct LeadMerge
{
    qint64 keeper = 0;
    LeadEdits edits; // the kept lead's fields that take another lead's value
    QList<qint64> others;
    StoredLeads removed = std::make_shared<QList<StoredLead>>(); // the others, whole, once merged
    QList<qint64> campaignsJoined; // campaigns the kept lead joined from the others
};

class Duplicates final
{
public:
    static constexpr int kMaxGroups = 500;

    // Reads every lead once per key (the email key from its index). Throws Error.
    static DuplicateScan find(Workspace& workspace);
    // The values of the given columns for each lead (in the order of ids; an id deleted since is left out).
    static QList<std::pair<qint64, QStringList>> values(
        Workspace& workspace, const QList<qint64>& ids, const QStringList& sqlNames);

    // The merge that loses nothing without asking: the oldest lead kept, each of its empty fields
    // filled from the first other lead that has a value (the fields given by SQL name).
    static LeadMerge fillBlanks(
        const QList<std::pair<qint64, QStringList>>& rows, const QStringList& sqlNames);

    // In the caller's transaction (the writer's): the kept lead's edits, its campaigns, the others
    // deleted (stored in merge.removed).
    static void merge(Workspace& workspace, LeadMerge& merge);
    // Puts the others back, leaves the joined campaigns, and undoes the edits where the kept lead's
    // cells still hold what the merge wrote.
    static void unmerge(Workspace& workspace, const LeadMerge& merge);
};

} // namespace LeadSync
