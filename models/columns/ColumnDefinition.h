#pragma once

#include "ColumnSpec.h"
#include "leads/Column.h"

namespace LeadSync {

class Workspace;

// A column's definition checked against the workspace's columns, nothing written: the column as it
// will be, and the columns its cells see. Output columns not made yet, and a new column itself, stand
// in with the SQL name "new:<name>".
struct CheckedDefinition
{
    Column column;
    ColumnList columns;
};

// Checks a name (unless existing is given: an edit keeps its name and kind) and spec the way the
// first run would meet them: the settings, every reference (inputs, outputs) and the "run if"
// condition. Throws Error naming what is wrong.
CheckedDefinition checkColumnDefinition(
    const ColumnList& columns, const QString& name, const ColumnSpec& spec, const Column* existing = nullptr);

// Saves a column's definition, for the CLI's `column add` and the desktop app's column editor alike:
// adds a column of that name and spec, or, when existing is given, saves new settings for that column.
// In one transaction, the definition is checked (checkColumnDefinition) and output columns that do not
// exist yet are made as text columns, so a column never fails on its first run for a name that does not
// exist. Returns the column. Throws Error, leaving nothing behind.
Column defineColumn(
    Workspace& workspace, const QString& name, const ColumnSpec& spec, const Column* existing = nullptr);

// Deletes a custom column with its values, cell states and runs, for the CLI and the desktop app
// alike. Refuses (Error) while a run of the column is going on, here or in another process: cancel
// it first.
void deleteColumn(Workspace& workspace, const Column& column);

} // namespace LeadSync
