#include "ColumnsMenu.h"

#include "Error.h"
#include "ErrorBox.h"
#include "Job.h"
#include "JobQueue.h"
#include "TableActions.h"
#include "columns/AutoRun.h"
#include "columns/ColumnDefinition.h"
#include "columns/ColumnEditor.h"
#include "columns/ColumnRunPanel.h"
#include "columns/ColumnRunner.h"
#include "columns/ModelPrices.h"
#include "columns/RunHistory.h"
#include "leads/ColumnStore.h"
#include "pipeline/Pipeline.h"
#include "settings/PricesDialog.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace LeadSync {

ColumnsMenu::ColumnsMenu(TableActions* actions, QUndoStack* undoStack, QMainWindow* window)
    : QObject(window)
    , m_actions(actions)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_runPanel(new ColumnRunPanel(window))
    , m_autoRun(new AutoRun(this))
{
    m_runPanel->setObjectName(QStringLiteral("columnRunPanel"));
    connect(m_runPanel, &ColumnRunPanel::finished, this, [this](const QString& summary) {
        m_window->statusBar()->showMessage(summary, 15000);
        readResumableRuns(false);
    });
    connect(m_runPanel, &ColumnRunPanel::failed, this,
        [this](const QString& message) { showErrorBox(m_window, tr("The column was not run"), message); });
    connect(m_autoRun, &AutoRun::runRequested, m_runPanel, &ColumnRunPanel::runAutomatically);
    connect(m_runPanel, &ColumnRunPanel::pricesWanted, this, &ColumnsMenu::openPricesDialog);
}

void ColumnsMenu::setWorkspace(const QString& path, LeadTableModel* model)
{
    m_workspacePath = path;
    m_model = model;
    m_runPanel->setWorkspace(path, model);
    connect(model, &LeadTableModel::editsSaved, m_autoRun, &AutoRun::leadsEdited);
}

void ColumnsMenu::workspaceOpened()
{
    readResumableRuns(true);
    readAutoRunColumns();
}

void ColumnsMenu::runOnNewRowsAfterOpen()
{
    m_autoRunAfterOpen = true;
}

// Columns › Add Column…, then one submenu per custom column: edit, delete and, for a computed one,
// what to run it on and revert its last run.
void ColumnsMenu::fill(QMenu* menu)
{
    menu->clear();
    if (!m_model)
        return;
    QAction* add = menu->addAction(tr("&Add Column…"), this, [this] { openColumnEditor(); });
    add->setObjectName(QStringLiteral("addColumnAction"));
    menu->addAction(tr("Model &Prices…"), this, &ColumnsMenu::openPricesDialog)
        ->setObjectName(QStringLiteral("modelPricesAction"));
    bool any = false;
    for (const Column& column : m_model->columns()) {
        if (column.builtin || column.readOnly)
            continue;
        if (!any)
            menu->addSeparator();
        any = true;
        QMenu* sub = menu->addMenu(column.displayName);
        sub->addAction(tr("&Edit…"), this, [this, column] { editColumn(column); });
        sub->addAction(tr("&Delete Column…"), this, [this, column] { deleteColumn(column); });
        if (!ColumnSpec::isExecutableKind(column.kind))
            continue;
        sub->addSeparator();
        const bool idle = !m_runPanel->isRunning();
        const auto run = [this, name = column.displayName](RunOptions::Only only, bool inView) {
            RunOptions options;
            options.only = only;
            if (inView) {
                options.conditions = m_model->query().conditions;
                options.searchText = m_model->query().searchText;
            }
            m_runPanel->requestRun(name, options);
        };
        const QList<QAction*> runs = {
            sub->addAction(tr("Run on &Empty Cells"), this, [run] { run(RunOptions::Only::Empty, true); }),
            sub->addAction(tr("Run on &All Cells"), this, [run] { run(RunOptions::Only::All, true); }),
            sub->addAction(tr("Run on &Selected Rows"), this,
                [this, name = column.displayName] {
                    m_actions->withSelectedLeadIds([this, name](const QList<qint64>& ids) {
                        if (ids.isEmpty())
                            return;
                        RunOptions options;
                        options.only = RunOptions::Only::All;
                        options.leadIds = ids;
                        m_runPanel->requestRun(name, options);
                    });
                }),
            sub->addAction(tr("Run on &Failed Cells"), this, [run] { run(RunOptions::Only::Failed, false); }),
            sub->addAction(tr("Run on S&tale Cells"), this, [run] { run(RunOptions::Only::Stale, false); }),
        };
        QAction* resume = sub->addAction(tr("Res&ume Interrupted Run"), this,
            [this, name = column.displayName] { m_runPanel->requestResume(name); });
        resume->setEnabled(idle && m_resumableColumns.contains(column.displayName));
        for (QAction* action : runs)
            action->setEnabled(idle);
        sub->addSeparator();
        sub->addAction(tr("&Revert Last Run"), this, [this, column] { revertColumn(column); })
            ->setEnabled(idle);
    }
}

void ColumnsMenu::fillRunMenu(QMenu* menu)
{
    menu->clear();
    if (!m_model)
        return;
    for (const Column& column : m_model->columns()) {
        if (column.builtin || column.readOnly || !ColumnSpec::isExecutableKind(column.kind))
            continue;
        QAction* run = menu->addAction(
            tr("%1: Empty Cells in View").arg(column.displayName), this, [this, name = column.displayName] {
                RunOptions options;
                options.only = RunOptions::Only::Empty;
                options.conditions = m_model->query().conditions;
                options.searchText = m_model->query().searchText;
                m_runPanel->requestRun(name, options);
            });
        run->setEnabled(!m_runPanel->isRunning());
    }
    if (menu->isEmpty())
        menu->addAction(tr("No computed column yet: Add Column…"), this, [this] { openColumnEditor(); });
}

ColumnEditor* ColumnsMenu::openColumnEditor(const std::optional<std::pair<Column, ColumnSpec>>& existing)
{
    if (!m_model)
        return nullptr;
    if (m_columnEditor)
        m_columnEditor->close();
    auto* editor = new ColumnEditor(m_model->columns(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        editor->editColumn(existing->first, existing->second);
    m_columnEditor = editor;
    Q_EMIT previewLeadWanted();
    connect(editor, &ColumnEditor::saveRequested, this,
        [this, editor = QPointer(editor)](const QString& name, const ColumnSpec& spec) {
            const std::optional<Column> edited = editor->editedColumn();
            m_model->write(this,
                [this, editor, name, spec, edited](Workspace& workspace) -> LeadTableModel::Continuation {
                    ColumnList columns;
                    try {
                        defineColumn(workspace, name, spec, edited ? &*edited : nullptr);
                        columns = ColumnStore(workspace).list();
                    } catch (const Error& error) {
                        return [editor, message = error.message()] {
                            if (editor)
                                editor->showError(message);
                        };
                    }
                    return [this, editor, name, added = !edited, columns] {
                        if (editor)
                            editor->done(QDialog::Accepted);
                        m_window->statusBar()->showMessage(
                            (added ? tr("Column %1 added.") : tr("Column %1 saved.")).arg(name), 8000);
                        Q_EMIT columnsChanged(columns); // the table gets the new columns
                    };
                });
        });
    editor->open();
    return editor;
}

void ColumnsMenu::analyseLeads(bool allInView)
{
    if (!m_model)
        return;
    const auto run = [this, allInView](const QList<qint64>& ids) {
        m_model->write(this, [this, allInView, ids](Workspace& workspace) -> LeadTableModel::Continuation {
            const Column column = Pipeline(workspace).analysisColumn();
            const ColumnList columns = ColumnStore(workspace).list();
            return [this, allInView, ids, column, columns] {
                Q_EMIT columnsChanged(columns); // the table shows the analysis column
                RunOptions options;
                options.only = RunOptions::Only::All;
                if (allInView) {
                    options.conditions = m_model->query().conditions;
                    options.searchText = m_model->query().searchText;
                } else {
                    options.leadIds = ids;
                }
                m_runPanel->requestRun(column.displayName, options);
            };
        });
    };
    if (allInView) {
        run({});
        return;
    }
    m_actions->withSelectedLeadIds([run](const QList<qint64>& ids) {
        if (!ids.isEmpty())
            run(ids);
    });
}

PricesDialog* ColumnsMenu::openPricesDialog()
{
    if (!m_model)
        return nullptr;
    auto* dialog = new PricesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_model->read(dialog, [dialog](Workspace& workspace) -> LeadTableModel::Continuation {
        const QList<ModelPrice> prices = readModelPrices(workspace);
        return [dialog, prices] { dialog->setPrices(prices); };
    });
    connect(dialog, &PricesDialog::saveRequested, this,
        [this, dialog = QPointer(dialog)](const QList<ModelPrice>& prices) {
            m_model->write(this, [dialog, prices](Workspace& workspace) -> LeadTableModel::Continuation {
                try {
                    saveModelPrices(workspace, prices);
                } catch (const Error& error) {
                    return [dialog, message = error.message()] {
                        if (dialog)
                            dialog->showError(message);
                    };
                }
                return [dialog] {
                    if (dialog)
                        dialog->done(QDialog::Accepted);
                };
            });
        });
    dialog->open();
    return dialog;
}

void ColumnsMenu::editColumn(const Column& column)
{
    m_model->read(this, [this, column](Workspace& workspace) -> LeadTableModel::Continuation {
        const QJsonObject config = ColumnStore(workspace).config(column.id);
        try {
            const ColumnSpec spec = ColumnSpec::fromJson(column.displayName, column.kind, config);
            return [this, column, spec] { openColumnEditor(std::make_pair(column, spec)); };
        } catch (const Error& error) {
            return [this, message = error.message()] {
                showErrorBox(m_window, tr("The column cannot be edited"), message);
            };
        }
    });
}

void ColumnsMenu::deleteColumn(const Column& column)
{
    auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Delete Column"),
        tr("Delete the column %1 and all its values?").arg(column.displayName), QMessageBox::Cancel,
        m_window);
    confirm->setObjectName(QStringLiteral("deleteColumnMessageBox"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setInformativeText(tr("This cannot be undone. Export the workspace first to keep a copy."));
    QPushButton* remove = confirm->addButton(tr("Delete Column"), QMessageBox::DestructiveRole);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, column, remove](QAbstractButton* clicked) {
        if (clicked != remove)
            return;
        m_model->write(this, [this, column](Workspace& workspace) -> LeadTableModel::Continuation {
            LeadSync::deleteColumn(workspace, column);
            return [this, column, columns = ColumnStore(workspace).list()] {
                m_window->statusBar()->showMessage(tr("Column %1 deleted.").arg(column.displayName), 8000);
                m_undoStack->clear(); // an edit of the deleted column could not be undone
                Q_EMIT columnsChanged(columns);
            };
        });
    });
    confirm->open();
}

// The columns that run by themselves; after an import, on the new rows.
void ColumnsMenu::readAutoRunColumns()
{
    const bool imported = std::exchange(m_autoRunAfterOpen, false);
    m_model->read(this, [this, imported](Workspace& workspace) -> LeadTableModel::Continuation {
        const QList<AutoRun::Column> columns = AutoRun::readColumns(workspace);
        return [this, imported, columns] {
            m_autoRun->setColumns(columns);
            if (imported)
                m_autoRun->runOnEmptyCells();
        };
    });
}

// The columns whose last run did not finish, for Columns › Resume Interrupted Run; on opening a
// workspace, the status bar says so.
void ColumnsMenu::readResumableRuns(bool announce)
{
    m_model->read(this, [this, announce](Workspace& workspace) -> LeadTableModel::Continuation {
        const QStringList names = RunHistory::columnsWithResumableRuns(workspace);
        return [this, announce, names] {
            m_resumableColumns = names;
            if (announce && !names.isEmpty())
                m_window->statusBar()->showMessage(
                    tr("An interrupted run can be resumed (Columns › Resume Interrupted Run): %1")
                        .arg(names.join(u", ")),
                    15000);
        };
    });
}

// Asks first, saying when the run was and what it computed; a run reverted already, or one that
// wrote nothing, has nothing to revert.
void ColumnsMenu::revertColumn(const Column& column)
{
    m_model->read(this, [this, column](Workspace& workspace) -> LeadTableModel::Continuation {
        return [this, column, last = RunHistory::lastRun(workspace, column.id)] {
            if (!last || !last->revertible) {
                m_window->statusBar()->showMessage(
                    tr("%1: its last run changed no cell, or was reverted already.").arg(column.displayName),
                    8000);
                return;
            }
            const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(last->at).toLocalTime(), QLocale::ShortFormat);
            auto* question = new QMessageBox(QMessageBox::Question, tr("Revert Last Run"),
                tr("Revert the last run of %1 (%2)?").arg(column.displayName, when), QMessageBox::Cancel,
                m_window);
            question->setObjectName(QStringLiteral("revertRunMessageBox"));
            question->setAttribute(Qt::WA_DeleteOnClose);
            question->setInformativeText(tr(
                "The %Ln cell(s) it computed get back the values they had before it, unless changed since. "
                "Its answers stay in the cache: running the column again does not pay for them twice.",
                nullptr, int(std::min<qint64>(last->computed, INT_MAX))));
            QPushButton* revert = question->addButton(tr("Revert Run"), QMessageBox::DestructiveRole);
            revert->setObjectName(QStringLiteral("revertRunButton"));
            connect(revert, &QPushButton::clicked, this, [this, column] { startRevert(column); });
            question->open();
        };
    });
}

// A million cells take seconds: the revert is a job of the window's queue, with its progress and a
// Cancel that leaves everything as it was.
void ColumnsMenu::startRevert(const Column& column)
{
    if (m_runPanel->isRunning()) {
        m_window->statusBar()->showMessage(tr("A column is running: revert when it has finished."), 8000);
        return;
    }
    auto restored = std::make_shared<std::optional<qint64>>();
    auto* job = new Job(tr("Reverting the last run of %1").arg(column.displayName),
        [path = m_workspacePath, column, restored](const JobObserver& observer) {
            WorkspaceWriter::of(path)->runLong([&](Workspace& workspace) {
                *restored = RunHistory::revertLastRun(workspace, column, observer);
            });
        });
    connect(job, &Job::finished, this, [this, job, column, restored](bool, const QString& error) {
        if (!error.isEmpty() || !*restored)
            return; // the queue tells of the error or the cancel
        const int cells = int(std::min<qint64>(**restored, INT_MAX));
        job->setResult(tr("%Ln cell(s) restored", nullptr, cells));
        if (m_model)
            m_model->refreshLoadedRows();
        m_window->statusBar()->showMessage(
            tr("%1: %Ln cell(s) restored.", nullptr, cells).arg(column.displayName), 8000);
    });
    m_jobs->start(job);
}

// The column editor previews its column on the lead shown in the detail panel.
void ColumnsMenu::showLead(const std::optional<LeadRow>& lead)
{
    if (!m_columnEditor || !lead || !m_model)
        return;
    QHash<QString, QString> values;
    QString first;
    QString last;
    for (qsizetype i = 0; i < m_model->columns().size() && i < lead->values.size(); ++i) {
        values.insert(m_model->columns().at(i).sqlName, lead->values.at(i));
        if (m_model->columns().at(i).sqlName == u"first_name")
            first = lead->values.at(i);
        if (m_model->columns().at(i).sqlName == u"last_name")
            last = lead->values.at(i);
    }
    const QString name = QStringList { first, last }.join(u' ').trimmed();
    m_columnEditor->setPreviewLead(name.isEmpty() ? tr("lead #%1").arg(lead->id) : name, values);
}

} // namespace LeadSync
