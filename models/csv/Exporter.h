#pragma once

#include "JobObserver.h"
#include "leads/LeadFilter.h"

#include <QByteArrayList>
#include <QHash>
#include <QString>

namespace LeadSync {

class Workspace;
struct ExportProfile;

struct ExportPlan
{
    QString path;
    QByteArrayList columns; // SQL names in output order; empty: every column in table order
    QList<LeadCondition> conditions;
    QString searchText;
    QList<qint64> leadIds; // when set, only these leads (a selection)
    QString sortColumn = QStringLiteral("id"); // an SQL name; "id" is the import order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    bool bom = false; // a UTF-8 BOM, so Excel reads the file as UTF-8
    bool formulaEscape = true;
    char delimiter = ',';
    QHash<QString, QString> headers; // SQL name -> header, where the destination names it (ExportProfile)

    // Takes the profile's BOM, escaping, delimiter (for the system's locale) and header names.
    void apply(const ExportProfile& profile);
};

// Streams leads to a CSV file from the calling thread (a worker's, in the GUI), in the plan's order;
// a large export in id order reads with a second connection on a thread of its own as well.
// A regular file is written to a temporary and renamed at the end: a failed or cancelled export never
// leaves a half-written file in its place. Standard output ("-"), devices and FIFOs are written
// directly (see OutputFile).
class Exporter final
{
public:
    Exporter(Workspace& workspace, ExportPlan plan);

    // Returns the number of rows written, or -1 when cancelled. Throws Error on failure.
    // Progress is (rows written, rows to write).
    qint64 run(const JobObserver& observer = {});
    // After run(): how many cells got an apostrophe so that a spreadsheet shows them as text.
    qint64 escapedCells() const { return m_escapedCells; }
    // After run(): how many connections read the leads, each on its own thread (two for a large
    // export in id order without a search or campaign condition; see Exporter.cpp, SharedSnapshot).
    int readers() const { return m_readers; }

private:
    QByteArray orderBy(const ColumnList& columns) const;

    Workspace& m_workspace;
    ExportPlan m_plan;
    qint64 m_escapedCells = 0;
    int m_readers = 0;
};

} // namespace LeadSync
