#pragma once

#include "JobObserver.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace LeadSync {

class Workspace;

// The FTS5 index over the leads' names, email, company, title and notes.
//
// It is an external-content index filled after the fact: an import only appends leads, and
// catchUp() indexes every lead above meta.fts_indexed_upto in batches, each its own transaction, so
// the import commits without paying for the index (about 5 s per million leads) and an interrupted
// catch-up resumes where it stopped. Code that changes the indexed text of a lead that is already
// indexed calls removeLead() before and addLead() after, inside its transaction.
class SearchIndex final
{
public:
    explicit SearchIndex(Workspace& workspace);

    // Leads not yet in the index.
    qint64 pendingCount() const;
    // Indexes the pending leads. Returns false when cancelled (what was indexed stays indexed).
    bool catchUp(const JobObserver& observer = {});

    bool isIndexed(qint64 leadId) const;
    // The highest lead id the index covers: every lead up to it is indexed, none above.
    qint64 indexedUpTo() const;
    void removeLead(qint64 leadId);
    void addLead(qint64 leadId);
    // Takes the leads an import added with ids in [first, last] out of the index, where indexed; one
    // statement for a range, as undoing a large import does.
    void removeImported(qint64 importId, qint64 first, qint64 last);
    // Before inserting leads: makes sure every new id will be above the indexed range, even after the
    // highest leads were deleted and SQLite reuses their ids.
    void prepareForInserts();

    // The leads matching what a user typed: every word must match as a prefix, in any field; a word
    // the tokenizer splits (john@acme.com, o'brien) matches its tokens in a row, in one field. The
    // text is never read as FTS5 syntax. "SELECT rowid FROM leads_fts WHERE …", with the user's text
    // bound to each of its kTextParameters parameters.
    static const char* matchingRowidsSql();
    static constexpr int kTextParameters = 3;
    // The SQL functions matchingRowidsSql() calls. Workspace registers them on each connection.
    static void registerFunctions(sqlite3* db);
    // Whether the index holds this column of the lead (a change of it re-indexes the lead).
    static bool indexesColumn(const QString& sqlName);

private:
    void setIndexedUpTo(qint64 leadId);
    void execForLead(const QString& sql, qint64 leadId);

    Workspace& m_workspace;
    // meta.fts_indexed_upto, read once: only this object changes it while it lives (inside one
    // transaction, or in catchUp(), which reads it afresh). An import asks it for every merged lead.
    mutable std::optional<qint64> m_indexedUpTo;
};

} // namespace LeadSync
