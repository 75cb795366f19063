#pragma once

#include "ImportPlan.h"
#include "JobObserver.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

struct ImportRejection
{
    qint64 line = 0;
    QString reason;
};

// A finished import, as the imports table keeps it.
struct ImportRecord
{
    qint64 id = 0;
    QString file;
    qint64 finishedAt = 0; // ms since the epoch
    qint64 imported = 0;
    qint64 merged = 0;
};

struct ImportResult
{
    qint64 importId = 0;
    qint64 read = 0; // data records read (header and blank lines not counted)
    qint64 imported = 0; // new leads
    qint64 merged = 0; // records merged into an existing lead
    qint64 rejected = 0;
    qint64 blank = 0; // records whose every field was empty
    bool cancelled = false;
    QList<ImportRejection> rejections; // the first kMaxListedRejections; the rejects file has all
    QString rejectsPath; // set when rejected rows were written
    qint64 normalised = 0; // contacts changed by ImportPlan::normaliseContacts
    qint64 flagged = 0; // contacts it could not read (kept, flagged in contact_check)

    static constexpr qsizetype kMaxListedRejections = 1000;
};

// Runs an ImportPlan against a workspace on the calling thread (a worker's, in the GUI).
//
// All or nothing, for the user: an error, a cancel or a crash leaves the workspace as it was. The
// import commits in batches of about two seconds, so other writers (the desktop app, a CLI from cron)
// are never held up for longer; what the batches added (leads, cells filled by merges, columns) is
// recorded, and taken back if the import does not finish (takeBack(); at the next open for a process
// that died). Readers may see a running import's rows; the desktop app shows them when it is done.
// Rows go in through one prepared statement on the connection's native handle; memory stays flat as
// the file grows, except for 16 bytes per distinct email kept for deduplication.
class Importer final
{
public:
    Importer(Workspace& workspace, ImportPlan plan, QDateTime now = QDateTime::currentDateTimeUtc());

    // Throws Error (nothing changed) for bad input; with skipBadRows, bad rows are rejected instead.
    // Progress is (bytes read, file size).
    ImportResult run(const JobObserver& observer = {});

    // Takes an import back, unfinished or finished (Edit › Undo Import): the leads it made (with their
    // history), the cells it filled in merged leads unless changed since, the columns it made, its row.
    // Progress counts steps (lead ids, leads indexed again, merged cells): a million leads take
    // seconds. Returns false when the observer cancelled, and then nothing changed (for an unfinished
    // import, its leads may be gone; the next open takes the rest back).
    static bool takeBack(Workspace& workspace, qint64 importId, const JobObserver& observer = {});
    // A finished import by id, or the latest when importId is 0; nullopt when there is none.
    static std::optional<ImportRecord> finishedImport(Workspace& workspace, qint64 importId = 0);
    // Takes back the imports left 'running' by processes that are gone; returns how many.
    static int takeBackInterrupted(Workspace& workspace);

private:
    class Run;
    // ImportPlan::normaliseContacts, in a transaction after the import's.
    void normaliseContacts(ImportResult& result);

    Workspace& m_workspace;
    ImportPlan m_plan;
    QDateTime m_now;
};

} // namespace LeadSync
