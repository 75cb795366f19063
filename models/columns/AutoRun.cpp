#include "AutoRun.h"

#include "Error.h"
#include "leads/ColumnStore.h"
#include "storage/Workspace.h"

namespace LeadSync {

AutoRun::AutoRun(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kSettleMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoRun::start);
}

void AutoRun::setColumns(const QList<Column>& columns)
{
    m_columns = columns;
    m_pending.clear();
    m_timer.stop();
}

QList<AutoRun::Column> AutoRun::readColumns(Workspace& workspace)
{
    QList<Column> result;
    const ColumnList columns = ColumnStore(workspace).list();
    for (const LeadSync::Column& column : columns) {
        if (column.builtin || !ColumnSpec::isExecutableKind(column.kind))
            continue;
        ColumnSpec spec;
        try {
            spec = ColumnSpec::fromJson(
                column.displayName, column.kind, ColumnStore(workspace).config(column.id));
        } catch (const Error&) {
            continue; // settings it cannot read: a run says why when asked for
        }
        if (!spec.autoRun && spec.kind != ColumnSpec::Kind::Template)
            continue;
        Column automatic { column.displayName, {} };
        for (const QString& input : spec.inputNames()) {
            if (const LeadSync::Column* found = findColumn(columns, input))
                automatic.inputSqlNames.insert(found->sqlName);
        }
        result.append(automatic);
    }
    return result;
}

void AutoRun::leadsEdited(const LeadEdits& edits)
{
    for (const Column& column : std::as_const(m_columns)) {
        for (const LeadEdit& edit : edits) {
            if (column.inputSqlNames.contains(edit.sqlName))
                m_pending[column.name].insert(edit.leadId);
        }
    }
    if (!m_pending.isEmpty())
        m_timer.start();
}

void AutoRun::runOnEmptyCells()
{
    for (const Column& column : std::as_const(m_columns)) {
        RunOptions options;
        options.only = RunOptions::Only::Empty;
        Q_EMIT runRequested(column.name, options);
    }
}

void AutoRun::start()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        RunOptions options;
        options.only = RunOptions::Only::All; // the inputs changed; an unchanged one comes from the cache
        options.leadIds = it.value().values();
        std::sort(options.leadIds.begin(), options.leadIds.end());
        Q_EMIT runRequested(it.key(), options);
    }
    m_pending.clear();
}

} // namespace LeadSync
