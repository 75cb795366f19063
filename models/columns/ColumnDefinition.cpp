#include "ColumnDefinition.h"

#include "CellComputer.h"
#include "Error.h"
#include "RunHistory.h"
#include "leads/ColumnStore.h"
#include "leads/LeadFilter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace LeadSync {

namespace {
Column standIn(const QString& name, const QString& kind)
{
    return Column { 0, QStringLiteral("new:") + name, name, kind, 0, false, false };
}
} // namespace

CheckedDefinition checkColumnDefinition(
    const ColumnList& columns, const QString& name, const ColumnSpec& spec, const Column* existing)
{
    const QString trimmed = existing ? existing->displayName : name.trimmed();
    if (trimmed.isEmpty())
        throw Error(QCoreApplication::translate("LeadSync::ColumnDefinition", "A column needs a name."));
    if (!existing && findColumn(columns, trimmed))
        throw Error(
            QCoreApplication::translate("LeadSync::ColumnDefinition", "There is already a column \"%1\".")
                .arg(trimmed));
    spec.validate(trimmed);
    CheckedDefinition checked { existing ? *existing : standIn(trimmed, spec.kindName()), columns };
    for (const auto& [from, to] : spec.outputs) {
        if (!findColumn(checked.columns, to))
            checked.columns.append(standIn(to, QStringLiteral("text")));
    }
    if (!existing)
        checked.columns.append(checked.column);
    if (spec.isExecutable())
        CellComputer check(spec, checked.column, checked.columns); // throws naming a missing reference
    if (!spec.runIf.isEmpty())
        LeadCondition::parse(spec.runIf, checked.columns);
    return checked;
}

Column defineColumn(Workspace& workspace, const QString& name, const ColumnSpec& spec, const Column* existing)
{
    Column result;
    workspace.transact([&] {
        ColumnList columns = ColumnStore(workspace).list();
        checkColumnDefinition(columns, name, spec, existing);
        for (const auto& [from, to] : spec.outputs) {
            if (!findColumn(columns, to))
                columns.append(ColumnStore(workspace).add(to));
        }
        if (existing) {
            ColumnStore(workspace).setConfig(existing->id, spec.toJson());
            result = *existing;
        } else {
            result = ColumnStore(workspace).add(name.trimmed(), spec.kindName(), spec.toJson());
        }
    });
    return result;
}

void deleteColumn(Workspace& workspace, const Column& column)
{
    workspace.transact([&] {
        if (RunHistory::isRunning(workspace, column.id))
            throw Error(QCoreApplication::translate("LeadSync::ColumnDefinition",
                "Column \"%1\" is running (here or in another LeadSync): cancel its run first.")
                            .arg(column.displayName));
        ColumnStore(workspace).remove(column);
    });
}

} // namespace LeadSync
