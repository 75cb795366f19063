#pragma once

#include "ColumnSpec.h"
#include "leads/Column.h"

namespace LeadSync {

class Workspace;

// Saves a column's definition, for the CLI's `column add` and the desktop app's column editor alike:
// adds a column of that name and spec, or, when existing is given, saves new settings for that column
// (its name and kind stay). In one transaction, output columns that do not exist yet are made as text
// columns and every reference (inputs, outputs, "run if") is checked, so a column never fails on its
// first run for a name that does not exist. Returns the column. Throws Error, leaving nothing behind.
Column defineColumn(
    Workspace& workspace, const QString& name, const ColumnSpec& spec, const Column* existing = nullptr);

} // namespace LeadSync
