#pragma once

#include "LeadQuery.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadSync {

class Workspace;

// A named way of looking at the leads: the filter conditions, the search, the sort and the columns
// shown (SQL names in view order; empty: all), kept in the workspace (table saved_views) so the
// desktop app and the CLI (--view) share it.
struct SavedView
{
    QString name;
    LeadQuery query;
    QStringList columns;

    QByteArray toJson() const;
    // Throws Error naming the view when the JSON cannot be read or names a column that columns
    // (the workspace's) does not have: a view comes from the workspace file, which may come from
    // someone else, and its names end up in SQL.
    static SavedView fromJson(const QString& name, const QByteArray& json, const ColumnList& columns);

    // Inside the caller's transaction where it writes; throw Error. list() leaves out the views that
    // cannot be used, with the reason for each in refused.
    static QList<SavedView> list(Workspace& workspace, QStringList* refused = nullptr);
    // Replaces a view of the same name (ignoring case).
    static void save(Workspace& workspace, const SavedView& view);
    static void remove(Workspace& workspace, const QString& name);
    // The view of that name (ignoring case); throws Error when there is none.
    static SavedView find(Workspace& workspace, const QString& name);
};

using SavedViews = QList<SavedView>;

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::SavedViews)
