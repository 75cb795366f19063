#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace LeadSync {

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
            : m_choices.filteredRows >= 0
            ? tr("Leads matching the current &filter and search (%L1)").arg(m_choices.filteredRows)
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

    m_bomCheck = new QCheckBox(tr("Start the file with a &BOM, so Excel reads accents correctly"), this);
    m_bomCheck->setObjectName(QStringLiteral("bomCheckBox"));
    m_escapeCheck
        = new QCheckBox(tr("&Neutralise cells a spreadsheet would run as formulas (=, +, -, @)"), this);
    m_escapeCheck->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    right->addWidget(m_bomCheck);
    right->addWidget(m_escapeCheck);
    right->addStretch();
    top->addLayout(right, 1);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(760, 480);
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
    plan.bom = m_bomCheck->isChecked();
    plan.formulaEscape = m_escapeCheck->isChecked();
    return plan;
}

void ExportDialog::setAllCount(qint64 count)
{
    m_allRadio->setText(tr("&All leads (%L1)").arg(count));
}

} // namespace LeadSync
