#pragma once

#include "Column.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace LeadSync {

class Workspace;

// The workspace's user-facing columns (table `columns`): built-in fields and custom columns, the
// latter real columns of `leads` named c<id>. Leads know their columns; storage knows only SQL. Runs
// on the caller's connection; throws Error.
class ColumnStore final
{
public:
    explicit ColumnStore(Workspace& workspace)
        : m_workspace(workspace)
    { }

    // All columns in table order (built-in fields first). Every SQL name is checked as it is read
    // (see SqlIdentifier): a damaged or crafted workspace is refused, naming the column.
    ColumnList list() const;
    // One lead's values of the columns, in their order (campaigns included); nullopt when there is no
    // such lead.
    std::optional<QStringList> values(qint64 leadId, const ColumnList& columns) const;
    // Adds a custom column (a text column unless told) at the end of the table order and returns it.
    // Must run inside the caller's transaction when it is part of a larger change (an import), so a
    // rollback removes it.
    Column add(const QString& displayName, const QString& kind = QStringLiteral("text"),
        const QJsonObject& config = {});
    // A column's settings (columns.config).
    QJsonObject config(qint64 columnId) const;
    // Replaces a column's settings.
    void setConfig(qint64 columnId, const QJsonObject& config);
    // Deletes a custom column with its values, cell states and runs. Throws Error for a built-in one.
    void remove(const Column& column);

private:
    Workspace& m_workspace;
};

} // namespace LeadSync
