#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace LeadSync {

class Workspace;

// The secondary indexes of table `leads`, set aside while a large import loads and built again
// after it.
//
// Each index a row goes into costs the import a random B-tree insert per row: the email key index
// alone took a million-row import from 2 s to 12 s, its pages read and written back a million times
// through a cache far smaller than the index. CREATE INDEX after the load sorts the keys once
// instead (about a second a million leads). The names set aside are kept in meta
// "deferred_indexes", committed with the drop, so an import killed in the middle gets its indexes
// back at the next open (Importer::takeBackInterrupted()).
namespace LeadIndexes {

// The statement (CREATE INDEX IF NOT EXISTS) of the index of that name, for the indexes LeadSync
// makes on leads: the stage, the email key and the sort indexes; nullopt for any other name.
std::optional<QByteArray> definition(QStringView name);

// Drops the secondary indexes of leads that definition() knows and records their names; within the
// caller's transaction.
void defer(Workspace& workspace);

// Builds the recorded indexes again and forgets them, in one transaction; nothing when none are.
void restore(Workspace& workspace);

} // namespace LeadIndexes

} // namespace LeadSync
