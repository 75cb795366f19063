#pragma once

#include <QList>
#include <QString>

namespace LeadSync {

class Workspace;

// A column's most frequent values with their counts, for the filter's value picker. Campaigns are
// counted from their memberships (an index); a lead column from a bounded scan of the first
// kScanLimit leads, so a picker opens as fast on ten million leads as on ten thousand: the counts
// are then a sample's, and `exact` says so.
struct ValueCounts
{
    struct Entry
    {
        QString value;
        qint64 count = 0;
    };

    QList<Entry> entries; // most frequent first; empty values left out
    bool exact = true; // false when only the first kScanLimit leads were read

    static constexpr int kScanLimit = 200000;
    static constexpr int kMaxValues = 30;

    // Throws Error for a column that is not a lead column.
    static ValueCounts top(Workspace& workspace, const QString& sqlName);
};

} // namespace LeadSync
