#include "SavedViewsController.h"

#include "filter/FilterBar.h"
#include "table/LeadTableModel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

namespace LeadSync {

SavedViewsController::SavedViewsController(QTableView* view, FilterBar* filterBar, QMainWindow* window)
    : QObject(window)
    , m_view(view)
    , m_filterBar(filterBar)
    , m_window(window)
{ }

LeadTableModel* SavedViewsController::model() const
{
    return qobject_cast<LeadTableModel*>(m_view->model());
}

const SavedView* SavedViewsController::find(const QString& name) const
{
    const auto found = std::find_if(
        m_views.cbegin(), m_views.cend(), [&name](const SavedView& view) { return view.name == name; });
    return found == m_views.cend() ? nullptr : &*found;
}

void SavedViewsController::setViews(const SavedViews& views, const std::optional<QString>& current)
{
    m_views = views;
    QStringList names;
    for (const SavedView& view : m_views)
        names.append(view.name);
    m_filterBar->setViewNames(names);
    if (current)
        m_filterBar->setCurrentView(*current);
    Q_EMIT changed();
}

void SavedViewsController::read()
{
    if (LeadTableModel* table = model()) {
        table->read(this, [this](Workspace& workspace) -> LeadTableModel::Continuation {
            QStringList refused;
            SavedViews views = SavedView::list(workspace, &refused);
            return [this, views, refused] {
                if (!refused.isEmpty())
                    m_window->statusBar()->showMessage(refused.join(u' '));
                setViews(views);
            };
        });
    }
}

void SavedViewsController::askName()
{
    if (!model())
        return;
    auto* dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setWindowTitle(tr("Save View"));
    dialog->setLabelText(tr("Save the filter, search, sort and visible columns as:"));
    dialog->setTextValue(m_filterBar->currentView());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (!name.trimmed().isEmpty())
            save(name.trimmed());
    });
    dialog->open();
}

void SavedViewsController::save(const QString& name)
{
    LeadTableModel* table = model();
    if (!table)
        return;
    SavedView view { name, table->query(), {} };
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            view.columns.append(table->columns().at(logical).sqlName);
    }
    table->write(this, [this, view](Workspace& workspace) -> LeadTableModel::Continuation {
        SavedView::save(workspace, view);
        SavedViews views = SavedView::list(workspace);
        return [this, views, name = view.name] {
            setViews(views, name);
            m_window->statusBar()->showMessage(tr("View \"%1\" saved.").arg(name), 5000);
        };
    });
}

void SavedViewsController::remove(const QString& name)
{
    if (LeadTableModel* table = model()) {
        table->write(this, [this, name](Workspace& workspace) -> LeadTableModel::Continuation {
            SavedView::remove(workspace, name);
            SavedViews views = SavedView::list(workspace);
            return [this, views] { setViews(views, QString()); };
        });
    }
}

} // namespace LeadSync
