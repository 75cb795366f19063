#pragma once

#include "ImportPlan.h"
#include "JobObserver.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace LeadSync {

class Workspace;

struct ImportRejection
{
    qint64 line = 0;
    QString reason;
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

    static constexpr qsizetype kMaxListedRejections = 1000;
};

// Runs an ImportPlan against a workspace on the calling thread (a worker's, in the GUI).
//
// All or nothing: the whole import is one transaction, columns it creates included, so an error or
// a cancel leaves the workspace exactly as it was. Rows go in through one prepared statement on the
// connection's native handle; memory stays flat as the file grows, except for 16 bytes per distinct
// email kept for deduplication.
class Importer final
{
public:
    Importer(Workspace& workspace, ImportPlan plan, QDateTime now = QDateTime::currentDateTimeUtc());

    // Throws Error (nothing changed) for bad input; with skipBadRows, bad rows are rejected instead.
    // Progress is (bytes read, file size).
    ImportResult run(const JobObserver& observer = {});

private:
    class Run;

    Workspace& m_workspace;
    ImportPlan m_plan;
    QDateTime m_now;
};

} // namespace LeadSync
