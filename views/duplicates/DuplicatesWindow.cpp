#include "DuplicatesWindow.h"

#include "main/MergeLeadsCommand.h"
#include "table/LeadTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace LeadSync {

DuplicatesWindow::DuplicatesWindow(QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent)
    , m_undoStack(undoStack)
    , m_summary(new QLabel(this))
    , m_groups(new QListWidget(this))
    , m_table(new QTableWidget(this))
    , m_mergeButton(new QPushButton(tr("&Merge"), this))
    , m_mergeAllButton(new QPushButton(tr("Merge &All Shown"), this))
{
    setObjectName(QStringLiteral("duplicatesWindow"));
    setWindowTitle(tr("Duplicates"));
    m_summary->setObjectName(QStringLiteral("duplicatesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_groups->setObjectName(QStringLiteral("duplicateGroupList"));
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(220);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setToolTip(tr("Keep the first lead with the values picked, and remove the others"));
    m_mergeAllButton->setObjectName(QStringLiteral("mergeAllButton"));
    m_mergeAllButton->setToolTip(tr("Merge every group listed: the oldest lead kept, its empty fields filled "
                                    "from the others"));
    auto* hint = new QLabel(tr("Click a value to keep it in the merged lead. Edit \u203a Undo brings merged "
                               "leads back."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_groups, &QListWidget::currentRowChanged, this, [this] { showGroup(); });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) { choose(row, column); });
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesWindow::mergeCurrent);
    connect(m_mergeAllButton, &QPushButton::clicked, this, &DuplicatesWindow::mergeAllShown);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_mergeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_mergeAllButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 620);
    setBusy(true);
}

void DuplicatesWindow::setModel(LeadTableModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    // The table reloads after a merge, its undo, an import: the groups are found again.
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (isVisible())
                scan();
        });
    m_fields.clear();
    if (model) {
        for (const Column& column : model->columns()) {
            if (column.isEditable())
                m_fields.append(column);
        }
    }
    if (isVisible())
        scan();
}

QStringList DuplicatesWindow::fieldNames() const
{
    QStringList names;
    for (const Column& column : m_fields)
        names.append(column.sqlName);
    return names;
}

void DuplicatesWindow::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    scan();
}

void DuplicatesWindow::setBusy(bool busy)
{
    m_mergeButton->setEnabled(!busy && !m_rows.isEmpty());
    m_mergeAllButton->setEnabled(!busy && !m_scan.groups.isEmpty());
}

void DuplicatesWindow::scan()
{
    if (!m_model)
        return;
    setBusy(true);
    m_summary->setText(tr("Looking for duplicates…"));
    // A read of every lead, on the loader's thread.
    m_model->read(this, [this](Workspace& workspace) -> LeadTableModel::Continuation {
        return [this, scan = Duplicates::find(workspace)] { showScan(scan); };
    });
}

void DuplicatesWindow::showScan(const DuplicateScan& scan)
{
    m_scan = scan;
    m_summary->setText(scan.totalGroups == 0
            ? tr("No duplicates: no two leads share an email address, or a name at the same company.")
            : tr("%Ln group(s) of duplicates; merging them all would remove %1 lead(s).", nullptr,
                  int(scan.totalGroups))
                    .arg(QLocale().toString(scan.duplicateLeads))
                + (scan.totalGroups > scan.groups.size() ? u' '
                            + tr("The largest %L1 are listed; merge them to see the others.")
                                  .arg(scan.groups.size())
                                                         : QString()));
    {
        const QSignalBlocker blocker(m_groups);
        m_groups->clear();
        for (const DuplicateGroup& group : scan.groups) {
            const QString reason = group.reason == DuplicateGroup::Reason::Email
                ? tr("same email")
                : tr("same name and company");
            m_groups->addItem(
                tr("%1 (%Ln leads, %2)", nullptr, int(group.leadIds.size())).arg(group.key, reason));
        }
    }
    m_rows.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    setBusy(false);
    Q_EMIT scanned();
    if (m_groups->count() > 0)
        m_groups->setCurrentRow(0);
}

void DuplicatesWindow::showGroup()
{
    const int index = m_groups->currentRow();
    if (!m_model || index < 0 || index >= m_scan.groups.size())
        return;
    const QList<qint64> ids = m_scan.groups[index].leadIds;
    m_model->read(
        this, [this, ids, names = fieldNames()](Workspace& workspace) -> LeadTableModel::Continuation {
            return [this, rows = Duplicates::values(workspace, ids, names)] { showRows(rows); };
        });
}

void DuplicatesWindow::showRows(const QList<std::pair<qint64, QStringList>>& rows)
{
    m_rows = rows;
    // The default: the kept lead's own values, its empty fields from the first other lead that has one.
    const LeadMerge filled = Duplicates::fillBlanks(rows, fieldNames());
    m_chosen = QList<int>(m_fields.size(), 0);
    for (const LeadEdit& edit : filled.edits) {
        const qsizetype field = fieldNames().indexOf(edit.sqlName);
        for (qsizetype lead = 1; lead < rows.size(); ++lead) {
            if (rows[lead].second.value(field) == edit.newValue) {
                m_chosen[field] = int(lead);
                break;
            }
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(rows.size()));
    m_table->setRowCount(int(m_fields.size()));
    QStringList headers;
    for (qsizetype lead = 0; lead < rows.size(); ++lead)
        headers.append(
            lead == 0 ? tr("Lead %1 (kept)").arg(rows[lead].first) : tr("Lead %1").arg(rows[lead].first));
    m_table->setHorizontalHeaderLabels(headers);
    QStringList fieldTitles;
    for (const Column& column : std::as_const(m_fields))
        fieldTitles.append(column.displayName);
    m_table->setVerticalHeaderLabels(fieldTitles);
    for (int field = 0; field < m_fields.size(); ++field) {
        for (int lead = 0; lead < rows.size(); ++lead)
            m_table->setItem(field, lead, new QTableWidgetItem(rows[lead].second.value(field)));
        choose(field, m_chosen[field]);
    }
    setBusy(false);
    Q_EMIT groupShown();
}

// The value kept for a field is marked: bold, with a check, on the highlight colour.
void DuplicatesWindow::choose(int field, int lead)
{
    if (field < 0 || field >= m_chosen.size() || lead < 0 || lead >= m_table->columnCount())
        return;
    m_chosen[field] = lead;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QTableWidgetItem* item = m_table->item(field, column);
        if (!item)
            continue;
        const bool chosen = column == lead;
        QFont font = item->font();
        font.setBold(chosen);
        item->setFont(font);
        item->setIcon(chosen ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        item->setBackground(chosen ? palette().brush(QPalette::AlternateBase) : QBrush());
    }
}

void DuplicatesWindow::mergeCurrent()
{
    if (!m_model || m_rows.size() < 2)
        return;
    LeadMerge merge;
    merge.keeper = m_rows.first().first;
    for (int field = 0; field < m_fields.size(); ++field) {
        const QString kept = m_rows.first().second.value(field);
        const QString chosen = m_rows.value(m_chosen[field]).second.value(field);
        if (chosen != kept)
            merge.edits.append({ merge.keeper, m_fields[field].sqlName, kept, chosen });
    }
    for (qsizetype lead = 1; lead < m_rows.size(); ++lead)
        merge.others.append(m_rows[lead].first);
    m_undoStack->push(
        new MergeLeadsCommand(m_model, { merge }, tr("Merge %Ln Lead(s)", nullptr, int(m_rows.size()))));
    m_rows.clear();
    setBusy(true);
    m_summary->setText(tr("Merging…"));
}

void DuplicatesWindow::mergeAllShown()
{
    if (!m_model || m_scan.groups.isEmpty())
        return;
    setBusy(true);
    QList<QList<qint64>> groups;
    for (const DuplicateGroup& group : std::as_const(m_scan.groups))
        groups.append(group.leadIds);
    // Every group's values are read first, off the GUI thread; the merges then go on the undo stack
    // as one command.
    m_model->read(
        this, [this, groups, names = fieldNames()](Workspace& workspace) -> LeadTableModel::Continuation {
            QList<LeadMerge> merges;
            qint64 leads = 0;
            for (const QList<qint64>& ids : groups) {
                merges.append(Duplicates::fillBlanks(Duplicates::values(workspace, ids, names), names));
                leads += merges.last().others.size() + 1;
            }
            return [this, merges, leads] {
                m_undoStack->push(
                    new MergeLeadsCommand(m_model, merges, tr("Merge %Ln Lead(s)", nullptr, int(leads))));
                m_rows.clear();
                m_summary->setText(tr("Merging…"));
            };
        });
}

} // namespace LeadSync
