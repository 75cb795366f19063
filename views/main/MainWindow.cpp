#include "MainWindow.h"

#include "ColumnLayout.h"
#include "ColumnsMenu.h"
#include "ErrorBox.h"
#include "FirstSteps.h"
#include "ImportExport.h"
#include "Job.h"
#include "JobQueue.h"
#include "JobsPanel.h"
#include "SavedViewsController.h"
#include "SortProgress.h"
#include "TableActions.h"
#include "TitleRoom.h"
#include "campaigns/CampaignPanel.h"
#include "columns/CellStatus.h"
#include "columns/ColumnEditor.h"
#include "columns/ColumnRunPanel.h"
#include "csv/ImportPlan.h"
#include "csv/Importer.h"
#include "detail/DetailPanel.h"
#include "diagnostics/CrashHandler.h"
#include "duplicates/DuplicatesWindow.h"
#include "export/ExportDialog.h"
#include "filter/FilterBar.h"
#include "import/ImportWizard.h"
#include "leads/ColumnStore.h"
#include "leads/LeadHistory.h"
#include "leads/SearchIndex.h"
#include "outreach/OutreachController.h"
#include "outreach/OutreachWindow.h"
#include "pipeline/LocalApi.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineWindow.h"
#include "replies/Conversation.h"
#include "settings/PricesDialog.h"
#include "settings/SettingsDialog.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadSync {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kWindowStateKey = QStringLiteral("mainWindow/state");
const QString kLastWorkspaceKey = QStringLiteral("workspace/last");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(this))
    , m_tableView(new QTableView)
    , m_detailPanel(new DetailPanel(m_splitter))
    , m_filterBar(new FilterBar)
    , m_campaignPanel(new CampaignPanel(&m_undoStack))
    , m_campaignDock(new QDockWidget(tr("Campaigns"), this))
    , m_searchEdit(new QLineEdit(this))
{
    setWindowTitle(tr("LeadSync"));
    setAcceptDrops(true);
    m_views = new SavedViewsController(m_tableView, m_filterBar, this);
    connect(m_views, &SavedViewsController::changed, this, &MainWindow::viewsChanged);
    m_tableView->setObjectName(QStringLiteral("leadTableView"));
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    qApp->installEventFilter(new TitleRoom(this));
    auto* delegate = new CellStatusDelegate(m_tableView);
    m_tableView->setItemDelegate(delegate);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->horizontalHeader()->setSectionsMovable(true);
    m_layout = new ColumnLayout(m_tableView, delegate, this);
    m_duplicates = new DuplicatesWindow(&m_undoStack, this);
    m_tableView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tableView->horizontalHeader(), &QHeaderView::customContextMenuRequested, m_layout,
        &ColumnLayout::showHeaderMenu);
    connect(m_tableView->horizontalHeader(), &QHeaderView::sectionMoved, this, &MainWindow::saveHeaderState);
    m_tableView->horizontalHeader()->setDefaultSectionSize(150);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_detailPanel->setObjectName(QStringLiteral("detailPanel"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The filter bar sits over the table only; the detail panel keeps the full height.
    auto* tableArea = new QWidget(m_splitter);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_tableView, 1);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detailPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    m_campaignPanel->setObjectName(QStringLiteral("campaignPanel"));
    m_campaignDock->setObjectName(QStringLiteral("campaignDock"));
    m_campaignDock->setWidget(m_campaignPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_campaignDock);
    // View › Jobs, below the table: hidden until asked for (its place is remembered with the window's).
    m_jobsPanel = new JobsPanel(this);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    connect(m_campaignPanel, &CampaignPanel::filterChosen, this, &MainWindow::setCampaignFilter);
    connect(m_filterBar, &FilterBar::conditionsChanged, this, &MainWindow::applyFilter);
    // The value picker's frequent values, counted on the loader's thread.
    m_filterBar->setValueSource(
        [this](const QString& sqlName, QObject* receiver, std::function<void(const ValueCounts&)> done) {
            if (!m_model)
                return;
            m_model->read(receiver, [sqlName, done](Workspace& workspace) -> LeadTableModel::Continuation {
                return [done, counts = ValueCounts::top(workspace, sqlName)] { done(counts); };
            });
        });
    connect(m_filterBar, &FilterBar::viewChosen, this, &MainWindow::applyView);
    connect(m_filterBar, &FilterBar::saveViewRequested, m_views, &SavedViewsController::askName);
    connect(m_filterBar, &FilterBar::deleteViewRequested, m_views, &SavedViewsController::remove);
    // A computed column (campaigns) cannot be sorted: the header goes back to the order shown.
    connect(m_tableView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        if (!m_model || section < 0 || !m_model->columns().value(section).readOnly)
            return;
        showSortIndicator();
    });

    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search names, email, company, title, notes"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_detailPanel, &DetailPanel::undoImportRequested, this,
        [this](qint64 importId) { m_files->undoImport(importId); });
    connect(m_detailPanel, &DetailPanel::fieldEdited, this,
        [this](qint64 leadId, const QString& sqlName, const QString& oldValue, const QString& newValue) {
            m_actions->pushEdits({ { leadId, sqlName, oldValue, newValue } });
        });

    m_actions = new TableActions(m_tableView, &m_undoStack, m_campaignPanel, this);
    connect(m_actions, &TableActions::selectionDeleted, this, [this] { m_detailPanel->showLead(0, {}); });
    m_columns = new ColumnsMenu(m_actions, &m_undoStack, this);
    connect(m_columns, &ColumnsMenu::columnsChanged, this, [this](const ColumnList& columns) {
        // A column just added comes into view: the last one the table did not have.
        QString added;
        for (const Column& column : columns) {
            if (m_model && !findColumn(m_model->columns(), column.sqlName))
                added = column.sqlName;
        }
        onWorkspaceReady(m_workspacePath, columns);
        if (!added.isEmpty())
            m_layout->scrollToColumn(added);
    });
    connect(m_columns, &ColumnsMenu::previewLeadWanted, this, &MainWindow::showCurrentLead);
    connect(m_columns->runPanel(), &ColumnRunPanel::runStarted, m_jobsPanel, &JobsPanel::columnRunStarted);
    connect(m_columns->runPanel(), &ColumnRunPanel::runProgress, m_jobsPanel, &JobsPanel::columnRunProgress);
    connect(m_columns->runPanel(), &ColumnRunPanel::finished, m_jobsPanel, &JobsPanel::columnRunFinished);
    m_outreach = new OutreachController(this);
    m_outreachWindow = new OutreachWindow(m_outreach, this);
    connect(m_outreach, &OutreachController::ticked, m_jobsPanel, &JobsPanel::outreachTicked);
    m_pipelineWindow = new PipelineWindow(this);
    connect(m_pipelineWindow->board(), &PipelineBoard::leadMoved, this, [this] {
        if (m_model)
            m_model->refreshLoadedRows();
        showHistory();
    });
    connect(m_pipelineWindow, &PipelineWindow::dealsExported, this,
        [this](const QString& file, const QString& error) {
            if (error.isEmpty())
                statusBar()->showMessage(tr("Deals exported to %1.").arg(file), 8000);
            else
                showErrorBox(this, tr("Export Deals"), error);
        });
    m_localApi = new LocalApi(this);
    m_leadsArrived.setSingleShot(true);
    m_leadsArrived.setInterval(300);
    connect(m_localApi, &LocalApi::leadAdded, &m_leadsArrived, qOverload<>(&QTimer::start));
    connect(&m_leadsArrived, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->reload(); // a lead that came in by the API shows in the table
        m_pipelineWindow->refresh();
    });
    connect(m_localApi, &LocalApi::stateChanged, this, [this](const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Local API: %1").arg(error), 15000);
        else if (m_localApi->isRunning())
            statusBar()->showMessage(tr("Local API on %1.").arg(m_localApi->url()), 8000);
    });
    connect(m_outreachWindow, &OutreachWindow::changed, this, &MainWindow::showHistory);
    connect(m_outreach, &OutreachController::ticked, this, &MainWindow::showHistory);
    // The replies waiting for an answer, in the title too: seen from the task bar.
    connect(m_outreach, &OutreachController::statusChanged, this, [this] {
        const QString name = tr("%1 — LeadSync").arg(QFileInfo(m_workspacePath).completeBaseName());
        const qint64 replies = m_outreach->unhandledReplies();
        setWindowTitle(replies > 0 ? tr("(%1) %2").arg(replies).arg(name) : name);
    });
    connect(m_outreachWindow, &OutreachWindow::changed, m_outreach, &OutreachController::refreshStatus);
    setupStatusBar();
    setupActions();
    // The commands the user gives, for a crash report (see CrashHandler); shortcuts included.
    for (const QAction* action : findChildren<QAction*>()) {
        connect(action, &QAction::triggered, this, [action] { CrashHandler::recordAction(action->text()); });
    }

    const QSettings settings;
    // The last geometry only where it fits a screen of today (a laptop away from its external
    // monitor): else the default size, within the screen, centred.
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    const QScreen* screen = QGuiApplication::screenAt(geometry().center());
    if (!restored || !screen || !screen->availableGeometry().contains(geometry())) {
        const QRect available = (screen ? screen : QGuiApplication::primaryScreen())->availableGeometry();
        resize(std::min(1400, available.width() * 9 / 10), std::min(820, available.height() * 9 / 10));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(kWindowStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({ 900, 320 });
}

MainWindow::~MainWindow() = default;

Job* MainWindow::currentJob() const
{
    return m_jobs->current();
}

void MainWindow::offerCrashReports(const QStringList& reports)
{
    if (reports.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("LeadSync Closed Unexpectedly"),
        tr("LeadSync closed unexpectedly the last time it ran. A short report was saved; it holds the "
           "version, where the program was and your last commands, no lead data."),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("crashReportMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(reports.join(u'\n'));
    QPushButton* show = box->addButton(tr("Show Report"), QMessageBox::ActionRole);
    connect(show, &QPushButton::clicked, this,
        [report = reports.last()] { QDesktopServices::openUrl(QUrl::fromLocalFile(report)); });
    box->open();
}

void MainWindow::setupActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import CSV…"), m_files, &ImportExport::chooseCsvToImport);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(tr("&Export CSV…"), m_files, &ImportExport::openExportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undoAction = m_undoStack.createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = m_undoStack.createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addAction(tr("Undo &Import…"), m_files, [this] { m_files->undoImport(); })
        ->setObjectName(QStringLiteral("undoImportAction"));
    edit->addSeparator();
    QAction* copyAction = edit->addAction(tr("&Copy"), m_actions, &TableActions::copySelection);
    copyAction->setShortcut(QKeySequence::Copy);
    QAction* pasteAction = edit->addAction(tr("&Paste"), m_actions, &TableActions::pasteIntoCells);
    pasteAction->setShortcut(QKeySequence::Paste);
    QAction* bulkAction
        = edit->addAction(tr("Set &Field of Selected Leads…"), m_actions, &TableActions::bulkEdit);
    bulkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    edit->addSeparator();
    QAction* duplicatesAction = edit->addAction(tr("Find D&uplicates…"), this, [this] {
        m_duplicates->setModel(m_model.get());
        m_duplicates->show();
        m_duplicates->raise();
    });
    duplicatesAction->setObjectName(QStringLiteral("findDuplicatesAction"));
    duplicatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    edit->addSeparator();
    QAction* addLeadAction = edit->addAction(tr("&Add Lead"), m_actions, &TableActions::addLead);
    addLeadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* deleteAction
        = edit->addAction(tr("&Delete Selected Leads"), m_actions, &TableActions::deleteSelectedLeads);
    deleteAction->setShortcut(QKeySequence::Delete);
    // In the table only: in a text field, Delete deletes text.
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tableView->addAction(deleteAction);
    edit->addSeparator();
    QAction* settingsAction = edit->addAction(tr("&Settings…"), this, [this] {
        auto* dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("settingsDialog"));
        dialog->open();
    });
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    QAction* findAction = edit->addAction(tr("&Find"), this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* filterAction
        = view->addAction(tr("Add &Filter Condition"), m_filterBar, &FilterBar::addCondition);
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addAction(tr("&Save View…"), m_views, &SavedViewsController::askName);
    view->addSeparator();
    view->addAction(tr("C&olumns…"), m_layout, &ColumnLayout::openChooser)
        ->setObjectName(QStringLiteral("columnChooserAction"));
    view->addSeparator();
    QAction* dockAction = m_campaignDock->toggleViewAction();
    dockAction->setText(tr("&Campaigns Panel"));
    view->addAction(dockAction);
    QAction* jobsAction = m_jobsDock->toggleViewAction();
    jobsAction->setText(tr("&Jobs"));
    jobsAction->setObjectName(QStringLiteral("jobsPanelAction"));
    jobsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(jobsAction);

    QMenu* campaigns = menuBar()->addMenu(tr("&Campaigns"));
    campaigns->addAction(tr("&New Campaign…"), m_campaignPanel, &CampaignPanel::createCampaign);
    campaigns->addAction(tr("&Rename Campaign…"), m_campaignPanel, &CampaignPanel::renameCurrentCampaign);
    campaigns->addAction(tr("&Delete Campaign"), m_campaignPanel, &CampaignPanel::deleteCurrentCampaign);
    campaigns->addSeparator();
    QAction* assignAction = campaigns->addAction(
        tr("&Add Selected Leads to Campaign…"), this, [this] { m_actions->assignSelection(true); });
    assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction* unassignAction = campaigns->addAction(
        tr("Re&move Selected Leads from Campaign…"), this, [this] { m_actions->assignSelection(false); });
    unassignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    // Right-click in the table: what applies to the selection.
    m_tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* secondSeparator = new QAction(this);
    secondSeparator->setSeparator(true);
    m_tableView->insertActions(deleteAction,
        { copyAction, pasteAction, bulkAction, separator, assignAction, unassignAction, secondSeparator });

    setupOutreachMenu();
    setupPipelineMenu();

    QMenu* columnsMenu = menuBar()->addMenu(tr("C&olumns"));
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(
        columnsMenu, &QMenu::aboutToShow, m_columns, [this, columnsMenu] { m_columns->fill(columnsMenu); });
    // The columns menu is made anew each time: its commands are remembered as they are chosen.
    connect(columnsMenu, &QMenu::triggered, this,
        [](const QAction* action) { CrashHandler::recordAction(action->text()); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting Started"), m_firstSteps, &FirstSteps::showGettingStarted)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About LeadSync"), this, [this] {
        QMessageBox::about(this, tr("About LeadSync"),
            tr("<b>LeadSync %1</b><p>Import, clean, enrich and export lead lists. "
               "Your data stays in one file on this computer.</p>")
                .arg(QApplication::applicationVersion()));
    });

    // The day's commands, with icons from the desktop's theme, else LeadSync's own.
    const auto icon = [](const char* themeName, const char* fallback) {
        return QIcon::fromTheme(QLatin1StringView(themeName),
            QIcon(QStringLiteral(":/leadsync/icons/%1.svg").arg(QLatin1StringView(fallback))));
    };
    importAction->setIcon(icon("document-import", "import"));
    importAction->setIconText(tr("Import"));
    exportAction->setIcon(icon("document-export", "export"));
    exportAction->setIconText(tr("Export"));
    filterAction->setIcon(icon("view-filter", "filter"));
    filterAction->setIconText(tr("Filter"));
    assignAction->setIcon(icon("tag", "campaign"));
    assignAction->setIconText(tr("Campaign"));
    auto* addColumnAction = new QAction(icon("insert-table", "add-column"), tr("Add Column"), this);
    addColumnAction->setObjectName(QStringLiteral("toolbarAddColumnAction"));
    connect(addColumnAction, &QAction::triggered, m_columns, &ColumnsMenu::addColumn);
    auto* runMenu = new QMenu(this);
    runMenu->setObjectName(QStringLiteral("toolbarRunMenu"));
    connect(runMenu, &QMenu::aboutToShow, m_columns, [this, runMenu] { m_columns->fillRunMenu(runMenu); });
    auto* runAction = new QAction(icon("media-playback-start", "run"), tr("Run"), this);
    runAction->setObjectName(QStringLiteral("toolbarRunAction"));
    runAction->setToolTip(tr("Compute a column's empty cells in the view"));
    runAction->setMenu(runMenu);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(importAction);
    toolBar->addAction(exportAction);
    toolBar->addSeparator();
    toolBar->addAction(addColumnAction);
    toolBar->addAction(runAction);
    if (auto* runButton = qobject_cast<QToolButton*>(toolBar->widgetForAction(runAction)))
        runButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addAction(filterAction);
    toolBar->addAction(assignAction);
    toolBar->addSeparator();
    toolBar->addWidget(m_searchEdit);
}

void MainWindow::setupStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_filterLabel, 1);
    m_sortProgress = new SortProgress(this);
    statusBar()->addPermanentWidget(m_sortProgress);
    connect(m_sortProgress, &SortProgress::cancelled, this, &MainWindow::showSortIndicator);
    statusBar()->addPermanentWidget(m_outreach->statusWidget());
    statusBar()->addPermanentWidget(m_columns->runPanel());
    m_jobs = new JobQueue(this);
    m_columns->setJobQueue(m_jobs);
    m_files = new ImportExport(m_tableView, m_actions, m_jobs, this);
    connect(m_jobs, &JobQueue::jobStarted, m_jobsPanel, &JobsPanel::track);
    connect(m_files, &ImportExport::jobStarted, m_jobsPanel, &JobsPanel::track);
    connect(m_files, &ImportExport::imported, this, [this] {
        m_columns->runOnNewRowsAfterOpen(); // the new rows get their computed cells
        openWorkspace(m_workspacePath); // new columns may have appeared
    });
    connect(m_files, &ImportExport::exported, this, &MainWindow::exported);
    m_firstSteps = new FirstSteps(m_tableView, m_files, this);
    qobject_cast<QVBoxLayout*>(m_filterBar->parentWidget()->layout())
        ->insertWidget(0, m_firstSteps->banner());
    // A file the user would rather not mix with the sample: a workspace of its own beside the sample,
    // named after the file, and the wizard on it once open.
    connect(m_files, &ImportExport::freshWorkspaceRequested, this, [this](const QString& csv) {
        const QFileInfo sample(m_workspacePath);
        QString path = sample.dir().filePath(QFileInfo(csv).completeBaseName() + QStringLiteral(".leadsync"));
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = sample.dir().filePath(
                QStringLiteral("%1 (%2).leadsync").arg(QFileInfo(csv).completeBaseName()).arg(n));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(
            this, &MainWindow::workspaceOpened, this, [this, csv, path, connection](const QString& opened) {
                disconnect(*connection);
                if (opened == path)
                    openImportWizard(csv);
            });
        openWorkspace(path);
    });
}

void MainWindow::openWorkspace(const QString& path, const QString& sampleCsv)
{
    auto columns = std::make_shared<ColumnList>();
    auto sampleImport = std::make_shared<qint64>(0);
    auto* job = new Job(tr("Opening %1").arg(QFileInfo(path).fileName()),
        [path, sampleCsv, columns, sampleImport](const JobObserver& observer) {
            const bool isNew = !QFileInfo::exists(path);
            WorkspaceWriter::of(path)->runLong([&](Workspace& workspace) {
                Importer::takeBackInterrupted(workspace); // an import whose process died: all or nothing
                if (isNew && !sampleCsv.isEmpty()) {
                    ImportPlan plan = ImportPlan::prepare(sampleCsv, {}, ColumnStore(workspace).list());
                    const ImportResult result = Importer(workspace, plan).run(observer);
                    workspace.setMetaValue(FirstSteps::kSampleImportKey, QString::number(result.importId));
                }
                // A sample workspace until its sample import is undone or removed.
                const qint64 sample = workspace.metaValue(FirstSteps::kSampleImportKey).toLongLong();
                *sampleImport = sample != 0 && Importer::finishedImport(workspace, sample) ? sample : 0;
                *columns = ColumnStore(workspace).list();
            });
        });
    connect(
        job, &Job::finished, this, [this, path, columns, sampleImport](bool cancelled, const QString& error) {
            if (!cancelled && error.isEmpty()) {
                m_sampleImportId = *sampleImport;
                onWorkspaceReady(path, *columns);
            }
        });
    m_jobs->start(job);
}

void MainWindow::onWorkspaceReady(const QString& path, const ColumnList& workspaceColumns)
{
    ColumnList columns = workspaceColumns;
    columns.append(campaignsColumn());
    if (m_model && path == m_workspacePath) {
        // The same workspace again (a column added or deleted, an import): the table keeps its model,
        // so the undo history, the filter and the search stay.
        m_filterBar->setColumns(columns);
        m_model->setColumns(columns);
        m_layout->restore();
        showSortIndicator();
        m_detailPanel->setColumns(columns);
        announceWorkspace();
        return;
    }
    m_filterBar->setConditions({});
    m_filterBar->setCurrentView({});
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    m_workspacePath = path;
    m_layout->setWorkspace(path);
    m_files->setWorkspacePath(path);
    QSettings().setValue(kLastWorkspaceKey, path);
    setWindowTitle(tr("%1 — LeadSync").arg(QFileInfo(path).completeBaseName()));
    // The view lets go of the old model (and its selection model) before the old model goes.
    auto model = std::make_unique<LeadTableModel>(path, columns);
    QItemSelectionModel* oldSelection = m_tableView->selectionModel();
    m_tableView->setModel(model.get());
    delete oldSelection;
    m_model = std::move(model);
    // Column order, widths and hidden columns, as the user left them in this workspace.
    m_layout->restore();
    showSortIndicator();
    m_detailPanel->setColumns(columns);
    m_filterBar->setColumns(columns);
    m_campaignPanel->setModel(m_model.get());
    m_columns->setWorkspace(path, m_model.get());
    m_outreach->setWorkspace(path, m_model.get());
    m_outreachWindow->setWorkspace(path, m_model.get());
    m_pipelineWindow->setModel(m_model.get());
    m_sortProgress->setModel(m_model.get());
    m_localApi->setModel(m_model.get(), path);
    m_undoStack.clear(); // the commands refer to the previous workspace's model
    connect(m_model.get(), &LeadTableModel::campaignsChanged, this, [this] {
        QStringList names;
        for (const Campaign& campaign : m_model->campaigns())
            names.append(campaign.name);
        m_filterBar->setCampaignNames(names);
        showHistory();
    });
    connect(m_model.get(), &LeadTableModel::editsSaved, this, &MainWindow::showHistory);
    connect(m_model.get(), &LeadTableModel::editRequested, m_actions, &TableActions::pushEdits);
    connect(m_model.get(), &LeadTableModel::editFailed, this,
        [this](const QString& message) { showErrorBox(this, tr("The edit was not saved"), message); });
    connect(m_model.get(), &LeadTableModel::rowCountKnown, this, &MainWindow::updateStatus);
    connect(m_model.get(), &LeadTableModel::rowCountEstimated, this, &MainWindow::updateStatus);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model.get(), &LeadTableModel::loadFailed, this,
        [this](const QString& message) { showErrorBox(this, tr("LeadSync"), message); });
    // Loaded pages, edits and undo all show in the detail panel too.
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &MainWindow::showCurrentLead);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showCurrentLead);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateStatus);
    announceWorkspace();
}

// What follows opening a workspace, or opening it again: the status, the saved views, the runs to
// resume, the columns that run by themselves, the search index's catch-up.
// The header's arrow shows the rows' order, never one a restored header state remembers: the
// saved layout of a workspace holds a sort indicator, the new model's rows are in import order.
void MainWindow::showSortIndicator()
{
    QHeaderView* header = m_tableView->horizontalHeader();
    const ColumnList& columns = m_model->columns();
    const auto sorted = std::find_if(columns.cbegin(), columns.cend(),
        [this](const Column& column) { return column.sqlName == m_model->query().sortColumn; });
    const QSignalBlocker blocker(header);
    header->setSortIndicator(
        sorted == columns.cend() ? -1 : int(sorted - columns.cbegin()), m_model->query().sortOrder);
}

void MainWindow::announceWorkspace()
{
    m_firstSteps->setWorkspace(m_model.get(), m_sampleImportId);
    m_duplicates->setModel(m_model.get()); // its fields are the table's editable columns
    updateStatus();
    m_views->read();
    m_columns->workspaceOpened();
    Q_EMIT workspaceOpened(m_workspacePath);
    indexForSearch();
}

// Leads imported since the last run are not yet in the full-text index: index them in the background.
void MainWindow::indexForSearch()
{
    const QString path = m_workspacePath;
    auto* job = new Job(tr("Indexing for search"), [path](const JobObserver& observer) {
        WorkspaceWriter::of(path)->runLong(
            [&observer](Workspace& workspace) { SearchIndex(workspace).catchUp(observer); });
    });
    connect(job, &Job::finished, this, [this](bool, const QString& error) {
        if (error.isEmpty() && !m_searchEdit->text().trimmed().isEmpty())
            applyFilter();
    });
    m_jobs->start(job);
}

namespace {
// The condition on the campaigns column that the campaign panel shows, if any.
LeadCondition campaignCondition(const QList<LeadCondition>& conditions)
{
    for (const LeadCondition& condition : conditions) {
        if (condition.sqlName == campaignsColumn().sqlName
            && (condition.op == LeadCondition::Op::Equals || condition.op == LeadCondition::Op::IsEmpty))
            return condition;
    }
    return {};
}
} // namespace

void MainWindow::applyFilter()
{
    if (!m_model)
        return;
    m_model->setFilter(m_filterBar->conditions(), m_searchEdit->text().trimmed());
    m_campaignPanel->setCurrentFilter(campaignCondition(m_model->query().conditions));
    m_detailPanel->showLead(0, {});
    updateStatus();
    m_pipelineWindow->refresh(); // the board shows what the table shows
}

// The campaign panel's choice replaces every condition on campaigns, whatever its operator, keeping
// the others (shown in the bar, the campaign's among them): a click never intersects two campaigns.
void MainWindow::setCampaignFilter(const LeadCondition& condition)
{
    QList<LeadCondition> conditions;
    bool startsGroup = false; // a removed condition began an "or" group: the next one begins it now
    for (const LeadCondition& kept : m_filterBar->conditions()) {
        if (kept.sqlName == campaignsColumn().sqlName) {
            startsGroup = startsGroup || !kept.orWithPrevious;
            continue;
        }
        conditions.append(kept);
        if (startsGroup)
            conditions.last().orWithPrevious = false;
        startsGroup = false;
    }
    if (!condition.sqlName.isEmpty())
        conditions.append(condition);
    m_filterBar->setConditions(conditions);
    applyFilter();
}

void MainWindow::applyView(const QString& name)
{
    if (!m_model)
        return;
    const SavedView* found = m_views->find(name);
    LeadQuery query;
    query.sortColumn = m_model->query().sortColumn;
    query.sortOrder = m_model->query().sortOrder;
    if (found) {
        query = found->query;
        QHeaderView* header = m_tableView->horizontalHeader();
        const ColumnList& columns = m_model->columns();
        const auto logicalOf = [&columns](const QString& sqlName) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (columns[i].sqlName == sqlName)
                    return int(i);
            }
            return -1;
        };
        if (!found->columns.isEmpty()) {
            int visual = 0;
            for (const QString& sqlName : found->columns) {
                const int logical = logicalOf(sqlName);
                if (logical < 0)
                    continue; // a column deleted since
                header->moveSection(header->visualIndex(logical), visual++);
                header->showSection(logical);
            }
            for (int logical = 0; logical < header->count(); ++logical) {
                if (!found->columns.contains(columns[logical].sqlName))
                    header->hideSection(logical);
            }
        }
        const QSignalBlocker blocker(header); // the model is sorted below, once
        header->setSortIndicator(logicalOf(query.sortColumn), query.sortOrder);
        saveHeaderState();
    }
    m_filterBar->setConditions(query.conditions);
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(query.searchText);
    }
    m_searchDebounce.stop();
    query.conditions = m_filterBar->conditions(); // without conditions on columns since deleted
    m_model->setQuery(query);
    m_campaignPanel->setCurrentFilter(campaignCondition(query.conditions));
    m_detailPanel->showLead(0, {});
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_model)
        return;
    QString count = tr("Counting leads…");
    if (m_model->isRowCountKnown())
        count = tr("Leads: %L1").arg(m_model->rowCount());
    else if (m_model->isRowCountEstimated())
        count = tr("Leads: about %L1 (counting…)").arg(m_model->rowCount());
    // The selection's size, as spreadsheets show it, when more than the current row is selected.
    if (const qint64 selected = m_actions->selectedRowCount(); selected > 1)
        count
            += QStringLiteral(" · ") + tr("%Ln selected", nullptr, int(std::min<qint64>(selected, INT_MAX)));
    m_countLabel->setText(count);
    // "Country is Germany or Country is Austria and Title contains CEO": an "or" condition's words
    // start with it.
    QString filter;
    for (const LeadCondition& condition : m_model->query().conditions) {
        if (!filter.isEmpty())
            filter += condition.orWithPrevious ? QStringLiteral(" ") : tr(" and ");
        filter += FilterBar::describe(condition, m_model->columns());
    }
    if (!m_model->query().searchText.isEmpty())
        filter += (filter.isEmpty() ? QString() : tr(" and "))
            + tr("search “%1”").arg(m_model->query().searchText);
    m_filterLabel->setText(filter.isEmpty() ? QString() : tr("Filtered: %1").arg(filter));
    // The view chosen, "(modified)" once the filter, search or sort departs from it.
    if (const QString view = m_filterBar->currentView(); !view.isEmpty()) {
        const SavedView* saved = m_views->find(view);
        m_filterBar->setViewModified(!saved || !(saved->query == m_model->query()));
    }
}

// The lead's history comes from the loader's thread, and again after anything that adds to it.
void MainWindow::showHistory()
{
    const qint64 id = m_detailPanel->leadId();
    m_historyLeadId = id;
    if (!m_model || id == 0)
        return;
    m_model->read(
        m_detailPanel, [panel = m_detailPanel, id](Workspace& workspace) -> LeadTableModel::Continuation {
            LeadEvents events = LeadHistory(workspace).events(id);
            QList<ConversationEntry> conversation = conversationOf(workspace, id);
            return [panel, id, events, conversation] {
                if (panel->leadId() != id)
                    return;
                panel->showHistory(events);
                panel->showConversation(conversation);
            };
        });
}

void MainWindow::showCurrentLead()
{
    const int row = m_tableView->currentIndex().row();
    const std::optional<LeadRow> lead = m_model && row >= 0 ? m_model->loadedRow(row) : std::nullopt;
    if (lead) {
        m_detailPanel->showLead(lead->id, lead->values);
        QList<std::pair<QString, QString>> statuses;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            statuses.append({ m_model->cellStatus(index), m_model->cellStatusText(index) });
        }
        m_detailPanel->showCellStatuses(statuses);
    } else {
        // The panel empties, history included: when the same lead comes back (its page reloaded after
        // a change), its history is read again.
        m_detailPanel->showLead(0, {});
        m_detailPanel->showCellStatuses({});
        m_historyLeadId = 0;
    }
    m_columns->showLead(lead);
    m_outreachWindow->setPreviewLead(lead ? lead->id : 0);
    if (m_detailPanel->leadId() != m_historyLeadId)
        showHistory();
}

void MainWindow::saveHeaderState()
{
    m_layout->save();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QString(), tr("LeadSync workspaces (*.leadsync)"));
    if (!path.isEmpty())
        openWorkspace(path.endsWith(QStringLiteral(".leadsync")) ? path : path + QStringLiteral(".leadsync"));
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("LeadSync workspaces (*.leadsync);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_model && !ImportExport::droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (const QString file = ImportExport::droppedCsv(event->mimeData()); !file.isEmpty()) {
        event->acceptProposedAction();
        m_files->importCsv(file);
    }
}

ImportWizard* MainWindow::openImportWizard(const QString& csvPath)
{
    return m_files->openImportWizard(csvPath);
}

ExportDialog* MainWindow::openExportDialog()
{
    return m_files->openExportDialog();
}

void MainWindow::exportTo(const ExportPlan& plan)
{
    m_files->exportTo(plan);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitConfirmed && confirmQuitWithMessagesDue()) {
        event->ignore();
        return;
    }
    m_outreach->stop();
    m_jobs->cancelAll();
    saveHeaderState();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kWindowStateKey, saveState());
    event->accept();
}

void MainWindow::setupOutreachMenu()
{
    QMenu* outreach = menuBar()->addMenu(tr("&Outreach"));
    outreach->setObjectName(QStringLiteral("outreachMenu"));
    const auto showTab = [this](OutreachWindow::Tab tab) {
        m_outreachWindow->showTab(tab);
        m_outreachWindow->show();
        m_outreachWindow->raise();
        m_outreachWindow->activateWindow();
        m_outreachWindow->refresh();
    };
    outreach->addAction(tr("&Outbox"), this, [showTab] { showTab(OutreachWindow::OutboxTab); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    outreach->addAction(tr("&Sequences"), this, [showTab] { showTab(OutreachWindow::SequencesTab); });
    outreach->addAction(tr("&Mailboxes"), this, [showTab] { showTab(OutreachWindow::MailboxesTab); });
    outreach->addAction(tr("Opt-&Outs"), this, [showTab] { showTab(OutreachWindow::OptOutsTab); });
    outreach->addSeparator();
    QAction* enrollSelected
        = outreach->addAction(tr("&Enroll Selected Leads…"), this, [this] { enrollLeads(false); });
    enrollSelected->setObjectName(QStringLiteral("enrollSelectedAction"));
    outreach->addAction(tr("Enroll &All Leads in View…"), this, [this] { enrollLeads(true); })
        ->setObjectName(QStringLiteral("enrollViewAction"));
    outreach->addAction(tr("&Remove Selected Leads from Sequence…"), this, [this] { unenrollLeads(false); })
        ->setObjectName(QStringLiteral("unenrollSelectedAction"));
    outreach->addSeparator();
    QAction* sending = outreach->addAction(tr("Send &Automatically"));
    sending->setObjectName(QStringLiteral("sendingAction"));
    sending->setCheckable(true);
    sending->setToolTip(tr("Send the messages due while LeadSync runs."));
    connect(sending, &QAction::toggled, m_outreach, &OutreachController::setSending);
    connect(m_outreach, &OutreachController::sendingChanged, sending, [sending](bool on) {
        const QSignalBlocker blocker(sending);
        sending->setChecked(on);
    });
    m_tableView->addAction(enrollSelected);
}

void MainWindow::setupPipelineMenu()
{
    QMenu* pipeline = menuBar()->addMenu(tr("&Pipeline"));
    pipeline->setObjectName(QStringLiteral("pipelineMenu"));
    const auto show = [this](PipelineWindow::Tab tab) {
        m_pipelineWindow->showTab(tab);
        m_pipelineWindow->show();
        m_pipelineWindow->raise();
        m_pipelineWindow->activateWindow();
        m_pipelineWindow->refresh();
    };
    QAction* boardAction
        = pipeline->addAction(tr("&Board"), this, [show] { show(PipelineWindow::BoardTab); });
    boardAction->setObjectName(QStringLiteral("pipelineBoardAction"));
    boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pipeline->addAction(tr("&Deals"), this, [show] { show(PipelineWindow::DealsTab); });
    pipeline->addSeparator();
    QMenu* move = pipeline->addMenu(tr("&Move Selected Leads To"));
    move->setObjectName(QStringLiteral("moveToStageMenu"));
    for (Stage stage : Stages::all())
        move->addAction(Stages::title(stage), this, [this, stage] { moveSelectedLeads(stage); });
    QAction* analyse = pipeline->addAction(
        tr("&Analyse Selected Leads"), this, [this] { m_columns->analyseLeads(false); });
    analyse->setObjectName(QStringLiteral("analyseSelectedAction"));
    pipeline->addAction(tr("Analyse All Leads in &View"), this, [this] { m_columns->analyseLeads(true); });
    pipeline->addSeparator();
    pipeline
        ->addAction(tr("Clean Up &Phones of Selected Leads"), this,
            [this] { m_actions->cleanUpContacts(Contacts::Channel::Phone); })
        ->setObjectName(QStringLiteral("cleanPhonesAction"));
    pipeline->addAction(tr("Clean Up &Telegram of Selected Leads"), this,
        [this] { m_actions->cleanUpContacts(Contacts::Channel::Telegram); });
    pipeline->addSeparator();
    pipeline->addAction(tr("&Local API…"), this, [this] { m_localApi->openDialog(this); })
        ->setObjectName(QStringLiteral("localApiAction"));
    m_tableView->addAction(move->menuAction());
    m_tableView->addAction(analyse);
}

void MainWindow::moveSelectedLeads(Stage stage)
{
    if (!m_model)
        return;
    m_actions->withSelectedLeadIds([this, stage](const QList<qint64>& ids) {
        m_model->write(this, [this, stage, ids](Workspace& workspace) -> LeadTableModel::Continuation {
            Pipeline pipeline(workspace);
            qint64 moved = 0;
            QMap<QString, qint64> refused; // the rule -> the leads it kept back
            for (qint64 id : ids) {
                const QString rule
                    = pipeline.tryMove(id, stage, tr("you"), QDateTime::currentMSecsSinceEpoch()).refused;
                if (rule.isEmpty())
                    ++moved;
                else
                    ++refused[rule];
            }
            return [this, stage, moved, refused] {
                m_model->refreshLoadedRows();
                showHistory();
                m_pipelineWindow->refresh();
                QString message
                    = tr("%n lead(s) moved to %1.", nullptr, int(moved)).arg(Stages::title(stage));
                for (auto it = refused.cbegin(); it != refused.cend(); ++it)
                    message += u' ' + tr("%n not moved: %1", nullptr, int(it.value())).arg(it.key());
                statusBar()->showMessage(message, 15000);
            };
        });
    });
}

void MainWindow::withOutreachLeads(bool allInView,
    const std::function<void(const QList<qint64>&,
        const std::optional<std::pair<QList<LeadCondition>, QString>>&, const QString&)>& then)
{
    if (!m_model)
        return;
    const QLocale locale;
    const bool everyRow = allInView
        || (m_model->isRowCountKnown() && m_model->rowCount() > 0
            && m_actions->selectedRowCount() == m_model->rowCount());
    if (everyRow) {
        const QString scope = m_model->isRowCountKnown()
            ? tr("all %1 leads in the view").arg(locale.toString(m_model->rowCount()))
            : tr("all leads in the view");
        then({}, std::make_pair(m_model->query().conditions, m_model->query().searchText), scope);
        return;
    }
    const qint64 selected = m_actions->selectedRowCount();
    if (selected == 0) {
        showErrorBox(this, tr("Outreach"), tr("Select the leads in the table first."));
        return;
    }
    m_actions->withSelectedLeadIds([then, selected, locale](const QList<qint64>& ids) {
        then(ids, std::nullopt, tr("%1 selected leads").arg(locale.toString(selected)));
    });
}

void MainWindow::enrollLeads(bool allInView)
{
    withOutreachLeads(allInView, [this](const auto& ids, const auto& filter, const QString& scope) {
        m_outreachWindow->openEnrollDialog(ids, filter, scope);
    });
}

void MainWindow::unenrollLeads(bool allInView)
{
    withOutreachLeads(allInView, [this](const auto& ids, const auto& filter, const QString& scope) {
        m_outreachWindow->openUnenrollDialog(ids, filter, scope);
    });
}

bool MainWindow::confirmQuitWithMessagesDue()
{
    const qint64 due = m_outreach->dueToday();
    if (due == 0)
        return false;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Messages Due Today"),
        tr("%1 outreach messages are due today. LeadSync sends them only while it runs (or from the "
           "leadsync-outreach timer, if you set it up). Quit anyway?")
            .arg(QLocale().toString(due)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitWithMessagesDueBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep &Running"), QMessageBox::RejectRole);
    box->setDefaultButton(quit);
    connect(quit, &QPushButton::clicked, this, [this] {
        m_quitConfirmed = true;
        close();
    });
    box->open();
    return true;
}

ColumnEditor* MainWindow::openColumnEditor(const std::optional<std::pair<Column, ColumnSpec>>& existing)
{
    return m_columns->openColumnEditor(existing);
}

PricesDialog* MainWindow::openPricesDialog()
{
    return m_columns->openPricesDialog();
}

void MainWindow::saveView(const QString& name)
{
    m_views->save(name);
}

const SavedViews& MainWindow::savedViews() const
{
    return m_views->views();
}

} // namespace LeadSync
