#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMessageBox;
class QMimeData;
class QTableView;

namespace LeadSync {

class ExportDialog;
class Job;
class ImportWizard;
class JobQueue;
class LeadTableModel;
class TableActions;
struct ExportPlan;
struct ImportRecord;

// Files in and out of the open workspace: the import wizard (from File › Import or a dropped file)
// and the export dialog, whose export runs as a job of the window's queue.
class ImportExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportExport)

public:
    ImportExport(QTableView* view, TableActions* actions, JobQueue* jobs, QMainWindow* window);

    void setWorkspacePath(const QString& path);
    // The CSV file among dropped ones (.csv, .tsv, .txt), or empty.
    static QString droppedCsv(const QMimeData* mime);

    // Asks for a CSV file and imports it (importCsv).
    void chooseCsvToImport();
    // Opens the import wizard on a file; into the sample workspace, asks first whether to import into a
    // fresh workspace instead (freshWorkspaceRequested).
    void importCsv(const QString& csvPath);
    void setSampleWorkspace(bool sample) { m_sampleWorkspace = sample; }
    ImportWizard* openImportWizard(const QString& csvPath);
    // Asks, then takes back an import (the latest when importId is 0) on the writer's thread:
    // Edit › Undo Import, or a lead's history.
    void undoImport(qint64 importId = 0);
    // Opens the export dialog; Export… asks for a file and exports in the background, the dialog
    // showing the progress and the outcome.
    ExportDialog* openExportDialog();
    // Queues the export; the job reports its progress and, when done, its result in words.
    Job* exportTo(const ExportPlan& plan);

Q_SIGNALS:
    // An import ended or was undone: the workspace has other leads, and maybe other columns.
    void imported();
    // The question before an undo, or before importing into the sample, open (for tests to answer).
    void undoImportAsked(QMessageBox* question);
    void sampleImportAsked(QMessageBox* question);
    // An import's job begins (the export's go through the window's job queue).
    void jobStarted(LeadSync::Job* job);
    // The user would rather import the file into a new workspace than into the sample.
    void freshWorkspaceRequested(const QString& csvPath);
    // An export ended; error is empty on success.
    void exported(const QString& file, const QString& error);

private:
    LeadTableModel* model() const;
    void takeBack(const ImportRecord& record);

    QTableView* m_view;
    TableActions* m_actions;
    JobQueue* m_jobs;
    QMainWindow* m_window;
    QString m_workspacePath;
    bool m_sampleWorkspace = false;
};

} // namespace LeadSync
