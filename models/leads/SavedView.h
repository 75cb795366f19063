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
    // Throws Error naming the view when the JSON cannot be read.
    static SavedView fromJson(const QString& name, const QByteArray& json);

    // Inside the caller's transaction where it writes; throw Error.
    static QList<SavedView> list(Workspace& workspace);
    // Replaces a view of the same name (ignoring case).
    static void save(Workspace& workspace, const SavedView& view);
    static void remove(Workspace& workspace, const QString& name);
    // The view of that name (ignoring case); throws Error when there is none.
    static SavedView find(Workspace& workspace, const QString& name);
};

using SavedViews = QList<SavedView>;

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::SavedViews)
