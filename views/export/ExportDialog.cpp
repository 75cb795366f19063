#include "ExportDialog.h"

#include "Job.h"
#include "csv/ExportProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace LeadSync {

namespace {
const QString kProfileKey = QStringLiteral("export/profile");
}

ExportDialog::ExportDialog(Choices choices, QWidget* parent)
    : QDialog(parent)
    , m_choices(std::move(choices))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export CSV"));

    m_columnList = new QListWidget(this);
    m_columnList->setObjectName(QStringLiteral("columnListWidget"));
    m_columnList->setDragDropMode(QAbstractItemView::InternalMove);
    for (qsizetype i = 0; i < m_choices.columnsInViewOrder.size(); ++i) {
        const Column& column = m_choices.columnsInViewOrder[i];
        auto* item = new QListWidgetItem(column.displayName, m_columnList);
        item->setData(Qt::UserRole, column.sqlName);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(m_choices.visible.value(i, true) ? Qt::Checked : Qt::Unchecked);
    }
    auto* columnsBox = new QGroupBox(tr("Columns (tick to export, drag to reorder)"), this);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columnList);

    auto* rowsBox = new QGroupBox(tr("Rows"), this);
    m_allRadio = new QRadioButton(tr("&All leads"), rowsBox);
    const bool filtered = !m_choices.conditions.isEmpty() || !m_choices.searchText.trimmed().isEmpty();
    m_allRadio->setObjectName(QStringLiteral("allRadioButton"));
    m_filteredRadio = new QRadioButton(!filtered ? tr("Leads matching the current &filter (none is set)")
                                                 : tr("Leads matching the current &filter and search"),
        rowsBox);
    m_filteredRadio->setObjectName(QStringLiteral("filteredRadioButton"));
    m_filteredRadio->setEnabled(filtered);
    m_selectionRadio = new QRadioButton(tr("&Selected leads (%L1)").arg(m_choices.selectedRows), rowsBox);
    m_selectionRadio->setObjectName(QStringLiteral("selectionRadioButton"));
    m_selectionRadio->setEnabled(m_choices.selectedRows > 0);
    (filtered ? m_filteredRadio : m_allRadio)->setChecked(true);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_allRadio);
    rowsLayout->addWidget(m_filteredRadio);
    rowsLayout->addWidget(m_selectionRadio);

    // Where the file goes sets the options below (each can still be changed); remembered.
    auto* formatBox = new QGroupBox(tr("Format"), this);
    m_profileCombo = new QComboBox(formatBox);
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    for (const ExportProfile& profile : ExportProfile::all())
        m_profileCombo->addItem(profile.title(), profile.id);
    m_profileNote = new QLabel(formatBox);
    m_profileNote->setObjectName(QStringLiteral("profileNoteLabel"));
    m_profileNote->setWordWrap(true);
    m_delimiterCombo = new QComboBox(formatBox);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_bomCheck = new QCheckBox(tr("Start the file with a &BOM, so Excel reads accents correctly"), formatBox);
    m_bomCheck->setObjectName(QStringLiteral("bomCheckBox"));
    m_escapeCheck = new QCheckBox(
        tr("&Neutralise cells a spreadsheet would run as formulas (=SUM(…), +1+2, @A1…)"), formatBox);
    m_escapeCheck->setObjectName(QStringLiteral("escapeCheckBox"));
    auto* formatForm = new QFormLayout;
    formatForm->addRow(tr("&For:"), m_profileCombo);
    formatForm->addRow(tr("&Delimiter:"), m_delimiterCombo);
    auto* formatLayout = new QVBoxLayout(formatBox);
    formatLayout->addLayout(formatForm);
    formatLayout->addWidget(m_profileNote);
    formatLayout->addWidget(m_bomCheck);
    formatLayout->addWidget(m_escapeCheck);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] { applyProfile(); });
    m_profileCombo->setCurrentIndex(
        std::max(0, m_profileCombo->findData(QSettings().value(kProfileKey, QStringLiteral("csv")))));
    applyProfile();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportRequested);
    // While the export runs, Cancel cancels it (the file is left as it was); after, it closes.
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        else
            reject();
    });
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("exportOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    m_progress = new QProgressBar(this);
    m_progress->hide();
    connect(m_columnList, &QListWidget::itemChanged, this, [this, buttons] {
        bool any = false;
        for (int i = 0; i < m_columnList->count(); ++i)
            any = any || m_columnList->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    });

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(columnsBox, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(rowsBox);
    right->addWidget(formatBox);
    right->addStretch();
    top->addLayout(right, 1);
    layout->addLayout(top);
    layout->addWidget(m_outcome);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(820, 520);
}

const ExportProfile& ExportDialog::profile() const
{
    return ExportProfile::byId(m_profileCombo->currentData().toString());
}

void ExportDialog::applyProfile()
{
    const ExportProfile& chosen = profile();
    QSettings().setValue(kProfileKey, chosen.id);
    m_bomCheck->setChecked(chosen.bom);
    m_escapeCheck->setChecked(chosen.formulaEscape);
    m_delimiterCombo->setCurrentIndex(
        m_delimiterCombo->findData(QString(QLatin1Char(chosen.delimiterFor(QLocale())))));
    QStringList renamed;
    for (const Column& column : std::as_const(m_choices.columnsInViewOrder)) {
        if (const QString header = chosen.headers.value(column.sqlName); !header.isEmpty())
            renamed.append(header);
    }
    if (!renamed.isEmpty())
        m_profileNote->setText(tr("Built-in fields get the names %1 knows: %2. Not a spreadsheet: no formula "
                                  "escaping.")
                                   .arg(chosen.title(), renamed.join(QStringLiteral(", "))));
    else if (chosen.id == u"excel")
        m_profileNote->setText(tr("With a BOM, and the list separator of this computer's language (%1).")
                                   .arg(m_delimiterCombo->currentText()));
    else
        m_profileNote->setText({});
    m_profileNote->setVisible(!m_profileNote->text().isEmpty());
}

bool ExportDialog::exportsSelection() const
{
    return m_selectionRadio->isChecked();
}

ExportPlan ExportDialog::plan(const QString& path) const
{
    ExportPlan plan;
    plan.path = path;
    for (int i = 0; i < m_columnList->count(); ++i) {
        if (m_columnList->item(i)->checkState() == Qt::Checked)
            plan.columns.append(m_columnList->item(i)->data(Qt::UserRole).toString().toLatin1());
    }
    if (m_filteredRadio->isChecked()) {
        plan.conditions = m_choices.conditions;
        plan.searchText = m_choices.searchText;
    }
    plan.sortColumn = m_choices.sortColumn;
    plan.sortOrder = m_choices.sortOrder;
    plan.apply(profile());
    plan.bom = m_bomCheck->isChecked();
    plan.formulaEscape = m_escapeCheck->isChecked();
    plan.delimiter = m_delimiterCombo->currentData().toString().front().toLatin1();
    return plan;
}

void ExportDialog::showRunning(Job* job)
{
    m_job = job;
    for (QWidget* child : findChildren<QGroupBox*>())
        child->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_outcome->setText(tr("Exporting…"));
    m_outcome->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(job, &Job::finished, this, [this, job](bool cancelled, const QString& error) {
        m_job = nullptr;
        m_progress->setRange(0, 1000);
        m_progress->setValue(cancelled || !error.isEmpty() ? 0 : 1000);
        m_outcome->setText(!error.isEmpty() ? tr("The export failed: %1").arg(error)
                : cancelled                 ? tr("The export was cancelled; no file was written.")
                                            : job->result());
        m_buttons->button(QDialogButtonBox::Ok)->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    });
}

void ExportDialog::setAllCount(qint64 count)
{
    m_allRadio->setText(tr("&All leads (%L1)").arg(count));
}

void ExportDialog::setFilteredCount(qint64 count)
{
    if (m_filteredRadio->isEnabled())
        m_filteredRadio->setText(tr("Leads matching the current &filter and search (%L1)").arg(count));
}

} // namespace LeadSync
