#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace LeadSync {

// One user-facing column of the lead table: a built-in field or a custom column.
struct Column
{
    qint64 id = 0;
    QString sqlName; // the column of table `leads`
    QString displayName;
    QString kind; // text, url, number, ...
    int position = 0;
    bool builtin = false;
    bool readOnly = false; // computed or bookkeeping: shown, never edited
    // A real column of `leads` that only its feature writes (the pipeline's stage and the analysis):
    // shown, sorted and filtered like any field, never edited by hand nor filled by an import.
    bool managed = false;

    bool isEditable() const { return !readOnly && !managed; }
};

// Whether the built-in field of that SQL name is managed (see Column::managed).
bool isManagedField(QStringView sqlName);

using ColumnList = QList<Column>;

// The lead's bookkeeping columns, which scripts may name but the table does not list as fields.
const ColumnList& systemColumns();

// Whether a system column counts the hours since something that may never have happened (a reply, a
// message sent): empty when it did not, and then "more than N hours" is true of it (LeadFilter).
bool isElapsedColumn(QStringView sqlName);

// The lead's campaigns, as a read-only column of names ("Launch, Q4 outreach"). It is not a column
// of table `leads`: selectExpression() reads it from lead_campaigns, and LeadFilter turns a
// condition on it into a membership test. Scripts may name it; the window shows it last.
const Column& campaignsColumn();

// The name under which the table reads an executable column's cell states ("status:reason"), as an
// extra, hidden value of each row; selectExpression() knows it.
QString cellStateName(qint64 columnId);

// The SQL expression that reads a column as text: its name, or for the timestamps (stored as epoch
// milliseconds) an ISO 8601 UTC time such as 2026-01-31T09:00:00.000Z, or for the campaigns
// column the lead's campaign names in name order, joined by ", ". Throws Error for a name that is
// none of these (see SqlIdentifier): nothing else can reach the SQL.
QByteArray selectExpression(const QString& sqlName);

// The column a user means by name: its SQL name or display name, ignoring case, spaces and
// punctuation; the system columns (id, created_at, updated_at, campaigns) included. Null when none.
const Column* findColumn(const ColumnList& columns, QStringView name);

} // namespace LeadSync
