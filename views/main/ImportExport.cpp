#include "ImportExport.h"

#include "Job.h"
#include "JobQueue.h"
#include "TableActions.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "export/ExportDialog.h"
#include "import/ImportWizard.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

namespace LeadSync {

ImportExport::ImportExport(QTableView* view, TableActions* actions, JobQueue* jobs, QMainWindow* window)
    : QObject(window)
    , m_view(view)
    , m_actions(actions)
    , m_jobs(jobs)
    , m_window(window)
{ }

void ImportExport::setWorkspacePath(const QString& path)
{
    m_workspacePath = path;
}

LeadTableModel* ImportExport::model() const
{
    return qobject_cast<LeadTableModel*>(m_view->model());
}

QString ImportExport::droppedCsv(const QMimeData* mime)
{
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
            return path;
    }
    return {};
}

void ImportExport::chooseCsvToImport()
{
    if (!model())
        return;
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import CSV"), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        importCsv(file);
}

void ImportExport::importCsv(const QString& csvPath)
{
    if (!m_sampleWorkspace) {
        openImportWizard(csvPath);
        return;
    }
    auto* question = new QMessageBox(QMessageBox::Question, tr("Import into the Sample?"),
        tr("This workspace holds the sample leads. Import %1 into a fresh workspace of its own?")
            .arg(QFileInfo(csvPath).fileName()),
        QMessageBox::Cancel, m_window);
    question->setObjectName(QStringLiteral("sampleImportMessageBox"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(tr("A fresh workspace keeps your leads apart from the made-up ones. You can "
                                    "still remove the sample leads later."));
    QPushButton* fresh = question->addButton(tr("&New Workspace"), QMessageBox::AcceptRole);
    fresh->setObjectName(QStringLiteral("freshWorkspaceButton"));
    QPushButton* merge = question->addButton(tr("Import into the &Sample"), QMessageBox::ActionRole);
    merge->setObjectName(QStringLiteral("importIntoSampleButton"));
    question->setDefaultButton(fresh);
    connect(fresh, &QPushButton::clicked, this, [this, csvPath] { Q_EMIT freshWorkspaceRequested(csvPath); });
    connect(merge, &QPushButton::clicked, this, [this, csvPath] { openImportWizard(csvPath); });
    question->open();
    Q_EMIT sampleImportAsked(question);
}

ImportWizard* ImportExport::openImportWizard(const QString& csvPath)
{
    if (!model())
        return nullptr;
    auto* wizard = new ImportWizard(m_workspacePath, csvPath, model()->columns(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::jobStarted, this, &ImportExport::jobStarted);
    connect(wizard, &ImportWizard::imported, this, [this](const ImportResult& result) {
        m_window->statusBar()->showMessage(tr("Imported: %L1 new, %L2 merged, %L3 rejected.")
                                               .arg(result.imported)
                                               .arg(result.merged)
                                               .arg(result.rejected),
            10000);
        Q_EMIT imported();
    });
    wizard->open();
    return wizard;
}

void ImportExport::undoImport(qint64 importId)
{
    if (!model())
        return;
    model()->read(this, [this, importId](Workspace& workspace) -> LeadTableModel::Continuation {
        return [this, record = Importer::finishedImport(workspace, importId)] {
            if (!record) {
                m_window->statusBar()->showMessage(tr("There is no import to undo."), 10000);
                return;
            }
            const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(record->finishedAt).toLocalTime(), QLocale::ShortFormat);
            auto* question = new QMessageBox(QMessageBox::Question, tr("Undo Import"),
                tr("Undo the import of %1 (%2)?").arg(QFileInfo(record->file).fileName(), when),
                QMessageBox::Cancel, m_window);
            question->setObjectName(QStringLiteral("undoImportMessageBox"));
            question->setAttribute(Qt::WA_DeleteOnClose);
            question->setInformativeText(tr("The %Ln lead(s) it added are deleted, with their history.",
                                             nullptr, int(record->imported))
                + u' '
                + tr("The fields it filled in %Ln lead(s) it merged into are emptied again, unless changed "
                     "since.",
                    nullptr, int(record->merged)));
            QPushButton* undo = question->addButton(tr("Undo Import"), QMessageBox::DestructiveRole);
            undo->setObjectName(QStringLiteral("undoImportButton"));
            connect(undo, &QPushButton::clicked, this, [this, record = *record] { takeBack(record); });
            question->open();
            Q_EMIT undoImportAsked(question);
        };
    });
}

// A million leads take seconds to take back: a job of the window's queue, with its progress and a
// Cancel that leaves the import in place.
void ImportExport::takeBack(const ImportRecord& record)
{
    const QString file = QFileInfo(record.file).fileName();
    auto done = std::make_shared<bool>(false);
    auto* job = new Job(tr("Undoing the import of %1").arg(file),
        [path = m_workspacePath, id = record.id, done](const JobObserver& observer) {
            WorkspaceWriter::of(path)->runLong(
                [&](Workspace& workspace) { *done = Importer::takeBack(workspace, id, observer); });
        });
    connect(job, &Job::finished, this, [this, job, file, done](bool, const QString& error) {
        if (!error.isEmpty() || !*done)
            return; // the queue tells of the error or the cancel
        job->setResult(tr("Import of %1 undone").arg(file));
        m_window->statusBar()->showMessage(tr("Import of %1 undone.").arg(file), 10000);
        Q_EMIT imported();
    });
    m_jobs->start(job);
}

ExportDialog* ImportExport::openExportDialog()
{
    if (!model())
        return nullptr;
    ExportDialog::Choices choices;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        choices.columnsInViewOrder.append(model()->columns().at(logical));
        choices.visible.append(!header->isSectionHidden(logical));
    }
    choices.conditions = model()->query().conditions;
    choices.searchText = model()->query().searchText;
    choices.sortColumn = model()->query().sortColumn;
    choices.sortOrder = model()->query().sortOrder;
    choices.selectedRows = int(m_actions->selectedRowCount());
    auto* dialog = new ExportDialog(choices, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (model()->isRowCountKnown()) {
        dialog->setFilteredCount(model()->rowCount());
    } else {
        // Still counting: the count comes to the dialog, unless the table has gone on to another query.
        connect(model(), &LeadTableModel::rowCountKnown, dialog,
            [this, dialog, shown = model()->query()](int rows) {
                if (model()->query() == shown)
                    dialog->setFilteredCount(rows);
            });
    }
    model()->read(dialog, [dialog](Workspace& workspace) -> LeadTableModel::Continuation {
        SqliteStatement count(workspace.handle(), "SELECT count(*) FROM leads");
        count.step();
        return [dialog, all = count.columnInt(0)] { dialog->setAllCount(all); };
    });
    connect(dialog, &ExportDialog::exportRequested, this, [this, dialog = QPointer(dialog)] {
        QString file
            = QFileDialog::getSaveFileName(dialog, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
        if (file.isEmpty() || !dialog)
            return;
        if (QFileInfo(file).suffix().isEmpty())
            file += QStringLiteral(".csv"); // a name typed without it
        if (!dialog->exportsSelection()) {
            dialog->showRunning(exportTo(dialog->plan(file)));
            return;
        }
        m_actions->withSelectedLeadIds(
            [this, dialog, plan = dialog->plan(file)](const QList<qint64>& ids) mutable {
                if (ids.isEmpty() || !dialog)
                    return; // an empty list would mean every lead
                plan.leadIds = ids;
                dialog->showRunning(exportTo(plan));
            });
    });
    dialog->open();
    return dialog;
}

Job* ImportExport::exportTo(const ExportPlan& plan)
{
    const QString path = m_workspacePath;
    auto escaped = std::make_shared<qint64>(0);
    auto rows = std::make_shared<qint64>(0);
    auto* job = new Job(tr("Exporting %1").arg(QFileInfo(plan.path).fileName()),
        [path, plan, escaped, rows](const JobObserver& observer) {
            Workspace workspace(path);
            Exporter exporter(workspace, plan);
            *rows = exporter.run(observer);
            *escaped = exporter.escapedCells();
        });
    job->setUnit(Job::Unit::Rows);
    connect(job, &Job::finished, this,
        [this, job, file = plan.path, escaped, rows](bool cancelled, const QString& error) {
            if (!cancelled && error.isEmpty()) {
                QString summary
                    = tr("%Ln lead(s) to %1", nullptr, int(std::min<qint64>(*rows, INT_MAX))).arg(file);
                if (*escaped > 0)
                    summary += u' '
                        + tr("%Ln cell(s) a spreadsheet would run as formulas kept as text with an "
                             "apostrophe.",
                            nullptr, int(std::min<qint64>(*escaped, INT_MAX)));
                job->setResult(summary);
                m_window->statusBar()->showMessage(tr("Exported: %1").arg(summary), 10000);
            }
            Q_EMIT exported(file, cancelled ? tr("The export was cancelled.") : error);
        });
    m_jobs->start(job);
    return job;
}

} // namespace LeadSync
