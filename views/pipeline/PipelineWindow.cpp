#include "PipelineWindow.h"

#include "Error.h"
#include "PipelineBoard.h"
#include "pipeline/Pipeline.h"
#include "table/LeadTableModel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadSync {

PipelineWindow::PipelineWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_board(new PipelineBoard(this))
    , m_deals(new QTableWidget(this))
    , m_dealsSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineWindow"));
    setWindowTitle(tr("Pipeline — LeadSync"));
    m_deals->setObjectName(QStringLiteral("dealsTable"));
    m_deals->setColumnCount(7);
    m_deals->setHorizontalHeaderLabels({ tr("Handed over"), tr("Lead"), tr("Company"), tr("Email"),
        tr("Score"), tr("Business domain"), tr("By") });
    m_deals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deals->verticalHeader()->hide();
    m_deals->setWordWrap(false);
    m_deals->horizontalHeader()->setStretchLastSection(true);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportDealsButton"));
    connect(exportButton, &QPushButton::clicked, this, &PipelineWindow::exportDeals);
    auto* dealsPage = new QWidget(this);
    auto* dealsBar = new QHBoxLayout;
    dealsBar->addWidget(m_dealsSummary, 1);
    dealsBar->addWidget(exportButton);
    auto* dealsLayout = new QVBoxLayout(dealsPage);
    dealsLayout->addLayout(dealsBar);
    dealsLayout->addWidget(m_deals, 1);
    m_tabs->addTab(m_board, tr("&Board"));
    m_tabs->addTab(dealsPage, tr("&Deals"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &PipelineWindow::refresh);
    connect(m_board, &PipelineBoard::leadMoved, this, &PipelineWindow::readDeals);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(1100, 680);
}

void PipelineWindow::setModel(LeadTableModel* model)
{
    m_model = model;
    m_board->setModel(model);
}

void PipelineWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void PipelineWindow::refresh()
{
    if (!m_model || !isVisible())
        return;
    if (m_tabs->currentIndex() == BoardTab)
        m_board->reload();
    else
        readDeals();
}

void PipelineWindow::readDeals()
{
    if (!m_model)
        return;
    m_model->read(this, [this](Workspace& workspace) -> LeadTableModel::Continuation {
        const QList<Sale> sales = Pipeline(workspace).sales();
        return [this, sales] {
            const QLocale locale;
            m_deals->setRowCount(int(sales.size()));
            for (int row = 0; row < sales.size(); ++row) {
                const Sale& sale = sales[row];
                const QStringList cells { locale.toString(
                                              QDateTime::fromMSecsSinceEpoch(sale.at), QLocale::ShortFormat),
                    sale.name, sale.company, sale.email, locale.toString(sale.score, 'f', 2),
                    sale.businessDomain, sale.by };
                for (int column = 0; column < cells.size(); ++column)
                    m_deals->setItem(row, column, new QTableWidgetItem(cells[column]));
            }
            m_deals->resizeColumnsToContents();
            m_dealsSummary->setText(tr("%n lead(s) handed to sales.", nullptr, int(sales.size())));
            Q_EMIT dealsLoaded();
        };
    });
}

void PipelineWindow::exportDeals()
{
    if (!m_model)
        return;
    auto* dialog = new QFileDialog(this, tr("Export Deals"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDealsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("deals.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        // Read and written on the loader's thread: the window never waits on the disk.
        m_model->read(this, [this, path](Workspace& workspace) -> LeadTableModel::Continuation {
            QString error;
            try {
                Pipeline(workspace).exportSales(path);
            } catch (const Error& failure) {
                error = failure.message();
            }
            return [this, path, error] { Q_EMIT dealsExported(path, error); };
        });
    });
    dialog->open();
}

} // namespace LeadSync
