#include "FirstSteps.h"

#include "ImportExport.h"
#include "csv/Importer.h"
#include "storage/Workspace.h"
#include "table/LeadTableModel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace LeadSync {

FirstSteps::FirstSteps(QTableView* view, ImportExport* files, QMainWindow* window)
    : QObject(window)
    , m_view(view)
    , m_files(files)
    , m_window(window)
{
    // The banner: in the palette's tooltip colours, which every theme keeps readable.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("sampleBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    auto* text = new QLabel(tr("<b>This is a sample workspace.</b> Its leads are made up, to try LeadSync "
                               "with. Remove them, or import your own list into a fresh workspace."),
        m_banner);
    text->setWordWrap(true);
    auto* remove = new QPushButton(tr("&Remove Sample Leads"), m_banner);
    remove->setObjectName(QStringLiteral("removeSampleButton"));
    auto* import = new QPushButton(tr("Import Your &CSV…"), m_banner);
    import->setObjectName(QStringLiteral("importYourCsvButton"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(text, 1);
    bannerLayout->addWidget(remove);
    bannerLayout->addWidget(import);
    connect(remove, &QPushButton::clicked, this, &FirstSteps::removeSample);
    connect(import, &QPushButton::clicked, m_files, &ImportExport::chooseCsvToImport);
    m_banner->hide();

    // The empty workspace: where leads come from, over the table's empty viewport.
    m_empty = new QWidget(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto* title = new QLabel(tr("No leads yet"), m_empty);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("Drop a CSV here or choose File \u203a Import CSV.\nApollo, Sales Navigator, "
                               "HubSpot and Excel files work as they are."),
        m_empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* importButton = new QPushButton(tr("&Import CSV…"), m_empty);
    importButton->setObjectName(QStringLiteral("emptyImportButton"));
    auto* guide = new QPushButton(tr("&Getting Started"), m_empty);
    guide->setFlat(true);
    connect(importButton, &QPushButton::clicked, m_files, &ImportExport::chooseCsvToImport);
    connect(guide, &QPushButton::clicked, this, &FirstSteps::showGettingStarted);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(title, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(hint, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(importButton, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(guide, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_empty->hide();
    m_view->viewport()->installEventFilter(this);
}

QWidget* FirstSteps::banner() const
{
    return m_banner;
}

QWidget* FirstSteps::emptyState() const
{
    return m_empty;
}

void FirstSteps::setWorkspace(LeadTableModel* model, qint64 sampleImportId)
{
    if (m_model != model) {
        m_model = model;
        connect(model, &LeadTableModel::rowCountKnown, this, &FirstSteps::updateEmptyState);
        connect(model, &QAbstractItemModel::modelReset, this, &FirstSteps::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &FirstSteps::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FirstSteps::updateEmptyState);
    }
    m_sampleImportId = sampleImportId;
    m_files->setSampleWorkspace(sampleImportId != 0);
    m_banner->setVisible(sampleImportId != 0);
    updateEmptyState();
}

// Shown when the workspace has no lead at all: no filter or search, and a row count of zero.
void FirstSteps::updateEmptyState()
{
    const bool empty = m_model && m_model->isRowCountKnown() && m_model->rowCount() == 0
        && m_model->query().conditions.isEmpty() && m_model->query().searchText.trimmed().isEmpty();
    m_empty->setGeometry(m_view->viewport()->rect());
    m_empty->setVisible(empty);
}

// The viewport's own pointer, not the view's: the filter sees events while the view is destroyed.
bool FirstSteps::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_empty->parentWidget())
        m_empty->setGeometry(m_empty->parentWidget()->rect());
    return QObject::eventFilter(watched, event);
}

void FirstSteps::removeSample()
{
    if (!m_model || m_sampleImportId == 0)
        return;
    const qint64 importId = m_sampleImportId;
    m_banner->hide();
    m_model->write(this, [this, importId](Workspace& workspace) -> LeadTableModel::Continuation {
        Importer::takeBack(workspace, importId);
        workspace.setMetaValue(kSampleImportKey, {});
        return [this] {
            m_sampleImportId = 0;
            m_files->setSampleWorkspace(false);
            m_window->statusBar()->showMessage(tr("The sample leads were removed."), 10000);
            Q_EMIT m_files->imported(); // the window reads the workspace again
        };
    });
}

void FirstSteps::showGettingStarted()
{
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("gettingStartedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Getting Started with LeadSync"));
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    browser->setOpenExternalLinks(true);
    // The README's sections hold the details. LeadSync needs no network, so the links open the copy
    // installed with it (share/doc/leadsync), or in a build tree the source's; each link names its
    // section, for viewers that ignore the anchor.
    QString readme = QStandardPaths::locate(
        QStandardPaths::GenericDataLocation, QStringLiteral("doc/leadsync/README.md"));
    if (readme.isEmpty())
        readme = QStringLiteral(LEADSYNC_README);
    const auto link = [&readme](const char* anchor, const QString& text) {
        QUrl url = QUrl::fromLocalFile(readme);
        url.setFragment(QLatin1StringView(anchor));
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
    };
    browser->setHtml(u"<h2>" + tr("Your day with LeadSync").toHtmlEscaped() + u"</h2><ol><li>"
        + tr("<b>Import</b> a CSV from Apollo, Sales Navigator, HubSpot, Excel or a scraper: File \u203a "
             "Import "
             "CSV, or drop the file on the window. LeadSync detects the encoding and delimiter and maps the "
             "columns, in any of the usual languages; Edit \u203a Undo Import takes an import back.")
        + u' ' + link("import", tr("More on importing")) + u"</li><li>"
        + tr("<b>Clean and enrich</b> in the table: search, filter, sort, edit cells, tag leads with "
             "campaigns. "
             "Columns \u203a Add Column computes cells per lead: an AI prompt, an email check, a webhook.")
        + u' ' + link("custom-and-executable-columns", tr("More on columns")) + u"</li><li>"
        + tr(
            "<b>Reach out</b> from your own mailbox: Outreach \u203a Sequences sends the first email and the "
            "follow-ups, and stops when a lead replies.")
        + u' ' + link("outreach-sequences-from-your-own-mailbox", tr("More on outreach")) + u"</li><li>"
        + tr("<b>Move leads along</b> the pipeline (Pipeline \u203a Board) and hand the best to sales.")
        + u' ' + link("pipeline-analysis-and-handoff", tr("More on the pipeline")) + u"</li><li>"
        + tr("<b>Export</b> with File \u203a Export CSV, for Excel, Google Sheets or your CRM.") + u' '
        + link("export", tr("More on exporting")) + u"</li></ol><p>"
        + tr("Everything stays in one workspace file on this computer.").toHtmlEscaped() + u"</p>");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(620, 460);
    dialog->open();
}

} // namespace LeadSync
