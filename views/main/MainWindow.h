#pragma once

#include "Job.h"
#include "columns/ColumnSpec.h"
#include "leads/Column.h"
#include "leads/SavedView.h"
#include "pipeline/Pipeline.h"

#include <QMainWindow>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace LeadSync {

class CampaignPanel;
class ColumnEditor;
class ColumnsMenu;
class DetailPanel;
class SortProgress;
class ExportDialog;
class FilterBar;
class ImportWizard;
class ColumnLayout;
class DuplicatesWindow;
class FirstSteps;
class JobsPanel;
class ImportExport;
class JobQueue;
class LeadTableModel;
class OutreachController;
class OutreachWindow;
class LocalApi;
class PipelineWindow;
class PricesDialog;
class SavedViewsController;
class TableActions;
struct ExportPlan;

// The window the consultant lives in: the lead table and the selected lead's details side by side,
// a search box, and a status bar with the row count, the filter and the running job.
// Everything that touches the disk runs as a Job off the GUI thread.
//
// The window holds the workspace session (opening, the table's model, filter, search, the detail
// panel) and hands its other jobs to one object each: JobQueue (background jobs and their status),
// TableActions (what is done to the selected leads), ColumnsMenu (columns and their runs),
// SavedViewsController (saved views) and ImportExport (the import wizard and the export).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the export dialog; accepting it asks for a file and exports in the background.
    ExportDialog* openExportDialog();
    void exportTo(const ExportPlan& plan);

    // Tells of the crash reports a previous run left (CrashHandler), with a button to show one.
    void offerCrashReports(const QStringList& reports);

    // Opens the import wizard on a CSV file (also reached by dropping a file on the window).
    ImportWizard* openImportWizard(const QString& csvPath);
    // Imports in and out (Undo Import, its question), for tests.
    ImportExport* files() const { return m_files; }

    // Opens (creating if needed) the workspace at path. When the file is new and sampleCsv is set,
    // the sample is imported into it first, so a first start shows a populated table.
    void openWorkspace(const QString& path, const QString& sampleCsv = {});
    const QString& workspacePath() const { return m_workspacePath; }

    LeadTableModel* model() const { return m_model.get(); }
    QTableView* tableView() const { return m_tableView; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    DetailPanel* detailPanel() const { return m_detailPanel; }
    FilterBar* filterBar() const { return m_filterBar; }
    CampaignPanel* campaignPanel() const { return m_campaignPanel; }
    const SavedViews& savedViews() const;
    // Opens the column editor on a new column, or on existing (a column and its settings); saving it
    // adds or changes the column and reopens the table with it.
    ColumnEditor* openColumnEditor(const std::optional<std::pair<Column, ColumnSpec>>& existing = {});
    // Opens the model prices (read from the workspace in the background); saving writes them back.
    PricesDialog* openPricesDialog();
    // Applies a saved view: its filter, search, sort and columns.
    void applyView(const QString& name);
    // Saves what the table shows now as a view of that name (replacing one of the same name).
    void saveView(const QString& name);
    QUndoStack* undoStack() { return &m_undoStack; }
    // The running job, if any (others wait in a queue behind it).
    Job* currentJob() const;
    OutreachController* outreach() const { return m_outreach; }
    OutreachWindow* outreachWindow() const { return m_outreachWindow; }
    PipelineWindow* pipelineWindow() const { return m_pipelineWindow; }
    LocalApi* localApi() const { return m_localApi; }
    // Moves the selected leads to a stage, by the pipeline's rules; the status bar tells how many
    // moved and why the others did not.
    void moveSelectedLeads(Stage stage);
    // Enrolls the selected leads (all of them: the filter's leads, loaded or not) in a sequence,
    // after a confirmation with the counts; allInView: every lead the table shows.
    void enrollLeads(bool allInView);
    // Takes the selected leads (or all in view) out of a sequence the user picks.
    void unenrollLeads(bool allInView);

Q_SIGNALS:
    void workspaceOpened(const QString& path);
    // An export ended; error is empty on success.
    void exported(const QString& file, const QString& error);
    // The saved views were read again (after opening, saving or deleting one).
    void viewsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupActions();
    void setupStatusBar();
    void onWorkspaceReady(const QString& path, const ColumnList& columns);
    void announceWorkspace();
    void showSortIndicator();
    void applyFilter();
    void setCampaignFilter(const LeadCondition& condition);
    void showHistory();
    void updateStatus();
    void showCurrentLead();
    void saveHeaderState();
    void newWorkspace();
    void chooseWorkspace();
    void indexForSearch();
    void setupOutreachMenu();
    void setupPipelineMenu();
    // The leads an outreach command applies to: the selection's ids, or the table's filter when every
    // row is selected or allInView; with how the user sees them ("12 selected leads").
    void withOutreachLeads(bool allInView,
        const std::function<void(const QList<qint64>&,
            const std::optional<std::pair<QList<LeadCondition>, QString>>&, const QString&)>& then);
    // Whether closing must wait for the user's answer: messages are due today and will not go out
    // while LeadSync is closed.
    bool confirmQuitWithMessagesDue();

    QString m_workspacePath;
    QUndoStack m_undoStack;
    std::unique_ptr<LeadTableModel> m_model;
    QSplitter* m_splitter = nullptr;
    QTableView* m_tableView = nullptr;
    DetailPanel* m_detailPanel = nullptr;
    FilterBar* m_filterBar = nullptr;
    CampaignPanel* m_campaignPanel = nullptr;
    QDockWidget* m_campaignDock = nullptr;
    JobsPanel* m_jobsPanel = nullptr;
    QDockWidget* m_jobsDock = nullptr;
    SavedViewsController* m_views = nullptr;
    qint64 m_historyLeadId = 0;
    QLineEdit* m_searchEdit = nullptr;
    QTimer m_searchDebounce;
    QLabel* m_countLabel = nullptr;
    QLabel* m_filterLabel = nullptr;
    SortProgress* m_sortProgress = nullptr;
    JobQueue* m_jobs = nullptr;
    TableActions* m_actions = nullptr;
    ColumnsMenu* m_columns = nullptr;
    ImportExport* m_files = nullptr;
    FirstSteps* m_firstSteps = nullptr;
    ColumnLayout* m_layout = nullptr;
    DuplicatesWindow* m_duplicates = nullptr;
    qint64 m_sampleImportId = 0; // the open workspace's sample import, 0 for none
    OutreachController* m_outreach = nullptr;
    OutreachWindow* m_outreachWindow = nullptr;
    PipelineWindow* m_pipelineWindow = nullptr;
    LocalApi* m_localApi = nullptr;
    QTimer m_leadsArrived; // the table reloads once for a burst of leads from the local API
    bool m_quitConfirmed = false;
};

} // namespace LeadSync
