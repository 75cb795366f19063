#pragma once

#include "leads/SavedView.h"

#include <QObject>

#include <optional>

class QMainWindow;
class QTableView;

namespace LeadSync {

class FilterBar;
class LeadTableModel;

// The open workspace's saved views as the filter bar offers them: read when a workspace opens, saved
// from what the table shows (filter, search, sort, visible columns in their order), deleted.
class SavedViewsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsController)

public:
    SavedViewsController(QTableView* view, FilterBar* filterBar, QMainWindow* window);

    const SavedViews& views() const { return m_views; }
    // The view of that name, or null.
    const SavedView* find(const QString& name) const;
    // Reads the views of the workspace the table shows; the status bar names any refused as damaged.
    void read();
    // Asks for a name, then saves.
    void askName();
    // Saves what the table shows now under name, replacing a view of that name.
    void save(const QString& name);
    void remove(const QString& name);

Q_SIGNALS:
    // The views were read again (after opening, saving or deleting one).
    void changed();

private:
    LeadTableModel* model() const;
    // The views, and the one the filter bar shows as chosen when current is given.
    void setViews(const SavedViews& views, const std::optional<QString>& current = std::nullopt);

    QTableView* m_view;
    FilterBar* m_filterBar;
    QMainWindow* m_window;
    SavedViews m_views;
};

} // namespace LeadSync
