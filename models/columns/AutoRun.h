#pragma once

#include "columns/ColumnRunner.h"
#include "leads/LeadEdit.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace LeadSync {

// Runs computed columns on new and changed rows by themselves: a column with auto-run on (off by
// default: a run may cost), and every template column (free and local, so a template always follows
// its inputs). An edit of one of a column's inputs queues the edited leads; a moment after the last
// edit (a typing burst is one run, not one per key) runRequested() asks for a run on them, without
// asking the user (the desktop app's run panel queues it behind the one in progress). An import runs
// the columns on their empty cells, the new rows'.
class AutoRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRun)

public:
    struct Column
    {
        QString name;
        QSet<QString> inputSqlNames;
    };

    explicit AutoRun(QObject* parent = nullptr);

    // The columns that run by themselves, as read from the workspace (see readColumns()).
    void setColumns(const QList<Column>& columns);
    const QList<Column>& columns() const { return m_columns; }
    // The workspace's columns that run by themselves. On the caller's thread (a workspace task).
    static QList<Column> readColumns(Workspace& workspace);

    // Saved edits: the columns with an edited input run on those leads, soon.
    void leadsEdited(const LeadEdits& edits);
    // After an import: every column runs on its empty cells.
    void runOnEmptyCells();
    static constexpr int kSettleMs = 1500;

Q_SIGNALS:
    void runRequested(const QString& columnName, const LeadSync::RunOptions& options);

private:
    void start();

    QList<Column> m_columns;
    QHash<QString, QSet<qint64>> m_pending; // column name -> leads
    QTimer m_timer;
};

} // namespace LeadSync
