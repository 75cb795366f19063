#include "ColumnDefinition.h"

#include "CellComputer.h"
#include "Error.h"
#include "leads/LeadFilter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace LeadSync {

Column defineColumn(Workspace& workspace, const QString& name, const ColumnSpec& spec, const Column* existing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(QCoreApplication::translate("LeadSync::ColumnDefinition", "A column needs a name."));
    spec.validate(trimmed);
    Column result;
    workspace.transact([&] {
        ColumnList columns = workspace.columns();
        if (!existing && findColumn(columns, trimmed))
            throw Error(
                QCoreApplication::translate("LeadSync::ColumnDefinition", "There is already a column \"%1\".")
                    .arg(trimmed));
        for (const auto& [from, to] : spec.outputs) {
            if (!findColumn(columns, to))
                columns.append(workspace.addColumn(to));
        }
        const Column defined
            = existing ? *existing : Column { 0, {}, trimmed, spec.kindName(), 0, false, false };
        if (!existing)
            columns.append(defined);
        if (spec.isExecutable())
            CellComputer check(spec, defined, columns); // throws naming a reference that does not exist
        if (!spec.runIf.isEmpty())
            LeadCondition::parse(spec.runIf, columns);
        if (existing) {
            workspace.setColumnConfig(existing->id, spec.toJson());
            result = *existing;
        } else {
            result = workspace.addColumn(trimmed, spec.kindName(), spec.toJson());
        }
    });
    return result;
}

} // namespace LeadSync
