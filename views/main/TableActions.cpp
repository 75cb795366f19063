#include "TableActions.h"

#include "EditLeadsCommand.h"
#include "StoreLeadsCommand.h"
#include "campaigns/CampaignPanel.h"
#include "storage/Workspace.h"
#include "table/LeadTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace LeadSync {

TableActions::TableActions(
    QTableView* view, QUndoStack* undoStack, CampaignPanel* campaignPanel, QMainWindow* window)
    : QObject(window)
    , m_view(view)
    , m_undoStack(undoStack)
    , m_campaignPanel(campaignPanel)
    , m_window(window)
{ }

LeadTableModel* TableActions::model() const
{
    return qobject_cast<LeadTableModel*>(m_view->model());
}

// The selected rows as sorted, merged ranges (inclusive): a selection of a million rows is a few
// ranges, never a million entries.
QList<std::pair<int, int>> TableActions::selectedRowRanges() const
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection())
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto& range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

qint64 TableActions::selectedRowCount() const
{
    qint64 count = 0;
    for (const auto& [first, last] : selectedRowRanges())
        count += last - first + 1;
    return count;
}

// The columns with a selected cell, in the order the table shows them.
QList<int> TableActions::selectedColumns() const
{
    QSet<int> columns;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection()) {
        for (int column = range.left(); column <= range.right(); ++column)
            columns.insert(column);
    }
    QList<int> ordered = columns.values();
    const QHeaderView* header = m_view->horizontalHeader();
    std::sort(ordered.begin(), ordered.end(),
        [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    ordered.removeIf([header](int column) { return header->isSectionHidden(column); });
    return ordered;
}

// Every selected lead, loaded or not: rows may be selected far beyond the loaded pages (Ctrl+A, or
// Shift+click after a jump). Their ids, and the values of the given columns, come from the loader
// (the table's order); then() runs when they are known.
void TableActions::withSelectedRows(
    const QStringList& columns, const std::function<void(const LeadRows&)>& then)
{
    model()->readRows(selectedRowRanges(), columns, this, then);
}

void TableActions::withSelectedLeadIds(const std::function<void(const QList<qint64>&)>& then)
{
    model()->readLeadIds(selectedRowRanges(), this, then);
}

// The selected leads into or out of a campaign. A selection of every row (Ctrl+A over a filter of a
// million leads) is taken as the filter itself, so rows not loaded yet are included too.
void TableActions::assignSelection(bool add)
{
    if (!model())
        return;
    const bool allRows
        = model()->isRowCountKnown() && model()->rowCount() > 0 && selectedRowCount() == model()->rowCount();
    if (allRows) {
        m_campaignPanel->assignLeads({}, add,
            std::make_pair(model()->query().conditions, model()->query().searchText), model()->rowCount());
        return;
    }
    withSelectedLeadIds([this, add](const QList<qint64>& ids) { m_campaignPanel->assignLeads(ids, add); });
}

void TableActions::addLead()
{
    LeadTableModel* table = model();
    if (!table)
        return;
    // Shown in the default order at the end, and selected there, ready to be filled in.
    auto selectOnce = std::make_shared<QMetaObject::Connection>();
    *selectOnce = connect(table, &LeadTableModel::rowCountKnown, this, [this, table, selectOnce](int rows) {
        if (rows == 0)
            return;
        disconnect(*selectOnce);
        const LeadQuery& query = table->query();
        if (query.sortColumn == u"id" && query.sortOrder == Qt::AscendingOrder) {
            m_view->setCurrentIndex(table->index(rows - 1, 0));
            m_view->scrollToBottom();
        }
    });
    m_undoStack->push(new StoreLeadsCommand(
        table, StoreLeadsCommand::Action::Add, std::make_shared<QList<StoredLead>>(1), tr("Add Lead")));
}

void TableActions::deleteSelectedLeads()
{
    if (!model())
        return;
    withSelectedLeadIds([this](const QList<qint64>& ids) {
        if (ids.isEmpty())
            return;
        auto leads = std::make_shared<QList<StoredLead>>();
        for (const qint64 id : ids)
            leads->append({ id, {}, {} });
        m_undoStack->push(new StoreLeadsCommand(model(), StoreLeadsCommand::Action::Delete, leads,
            tr("Delete %Ln Lead(s)", nullptr, int(leads->size()))));
        Q_EMIT selectionDeleted();
    });
}

void TableActions::cleanUpContacts(Contacts::Channel channel)
{
    if (!model() || selectedRowCount() == 0)
        return;
    const QString sqlName = Contacts::channelName(channel);
    // The default region first (a workspace setting), then the selected rows, both off the GUI thread.
    model()->read(this, [this, channel, sqlName](Workspace& workspace) -> LeadTableModel::Continuation {
        const QString region = workspace.metaValue(Contacts::defaultRegionKey());
        return [this, channel, sqlName, region] {
            withSelectedRows({ sqlName, QStringLiteral("country"), QStringLiteral("contact_check") },
                [this, channel, sqlName, region](const LeadRows& leads) {
                    QList<Contacts::Row> rows;
                    for (const LeadRow& lead : leads)
                        rows.append({ lead.id, lead.values.at(0), lead.values.at(1), lead.values.at(2) });
                    qint64 flagged = 0;
                    const LeadEdits edits = Contacts::cleanupEdits(channel, sqlName, rows, region, &flagged);
                    pushEdits(edits);
                    const qint64 changed = std::count_if(edits.cbegin(), edits.cend(),
                        [&sqlName](const LeadEdit& edit) { return edit.sqlName == sqlName; });
                    m_window->statusBar()->showMessage(
                        tr("%1 of %2 normalised; %3 could not be read (kept, and flagged in Contact check).")
                            .arg(changed)
                            .arg(rows.size())
                            .arg(flagged),
                        15000);
                });
        };
    });
}

void TableActions::pushEdits(const LeadEdits& edits)
{
    if (!model() || edits.isEmpty())
        return;
    const Column* column = findColumn(model()->columns(), edits.first().sqlName);
    const QString text = edits.size() == 1 && column ? tr("Edit %1").arg(column->displayName)
                                                     : tr("Edit of %Ln field(s)", nullptr, int(edits.size()));
    m_undoStack->push(new EditLeadsCommand(model(), edits, text));
}

// Tab-separated text (from a spreadsheet) into the cells from the current one on, as one undoable
// edit; a single value over a selection of several rows goes into every selected row of the current
// column, as spreadsheets do. The rows need not be loaded: their values are read first.
void TableActions::pasteIntoCells()
{
    const QModelIndex start = m_view->currentIndex();
    if (!model() || !start.isValid())
        return;
    QString text = QApplication::clipboard()->text();
    if (text.endsWith(u'\n'))
        text.chop(1);
    text.remove(u'\r');
    QList<QStringList> cells;
    for (const QString& line : text.split(u'\n'))
        cells.append(line.split(u'\t'));
    const bool fill = cells.size() == 1 && cells.first().size() == 1 && selectedRowCount() > 1;
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns; // the target columns, from the current one on in view order
    for (int c = 0; c < (fill ? 1
                              : int(std::max_element(
                                  cells.cbegin(), cells.cend(),
                                  [](const auto&a, const auto&b) {
                                      return a.size() < b.size();
                                  })->size()));
         ++c) {
        const int column = header->logicalIndex(header->visualIndex(start.column()) + c);
        if (column < 0)
            break;
        columns.append(column);
    }
    QStringList sqlNames;
    for (const int column : columns)
        sqlNames.append(model()->columns().at(column).sqlName);
    const QList<std::pair<int, int>> rows = fill
        ? selectedRowRanges()
        : QList<std::pair<int, int>> { { start.row(),
            std::min(start.row() + int(cells.size()), model()->rowCount()) - 1 } };
    model()->readRows(rows, sqlNames, this, [this, cells, columns, fill](const LeadRows& leads) {
        LeadEdits edits;
        for (qsizetype r = 0; r < leads.size(); ++r) {
            const QStringList& line = cells.at(fill ? 0 : r);
            for (qsizetype c = 0; c < columns.size() && c < line.size(); ++c) {
                const Column& column = model()->columns().at(columns[c]);
                if (column.isEditable() && leads[r].values.at(c) != line[c])
                    edits.append({ leads[r].id, column.sqlName, leads[r].values.at(c), line[c] });
            }
        }
        pushEdits(edits);
    });
}

// One value into one field of every selected lead, loaded or not, as one undoable edit.
void TableActions::bulkEdit()
{
    if (!model())
        return;
    const qint64 count = selectedRowCount();
    if (count == 0)
        return;
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("bulkEditDialog"));
    dialog->setWindowTitle(tr("Set Field of Selected Leads"));
    auto* columnCombo = new QComboBox(dialog);
    columnCombo->setObjectName(QStringLiteral("fieldComboBox"));
    for (const Column& column : model()->columns()) {
        if (column.isEditable())
            columnCombo->addItem(column.displayName, column.sqlName);
    }
    columnCombo->setCurrentIndex(std::max(
        0, columnCombo->findData(model()->columns().value(m_view->currentIndex().column()).sqlName)));
    auto* valueEdit = new QLineEdit(dialog);
    valueEdit->setObjectName(QStringLiteral("valueLineEdit"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("&Field:"), columnCombo);
    form->addRow(tr("&Value:"), valueEdit);
    form->addRow(new QLabel(tr("For %Ln selected lead(s).", nullptr, int(count)), dialog));
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this, [this, columnCombo, valueEdit] {
        const QString sqlName = columnCombo->currentData().toString();
        const QString value = valueEdit->text();
        withSelectedRows({ sqlName }, [this, sqlName, value](const LeadRows& leads) {
            LeadEdits edits;
            for (const LeadRow& lead : leads) {
                if (lead.values.at(0) != value)
                    edits.append({ lead.id, sqlName, lead.values.at(0), value });
            }
            pushEdits(edits);
        });
    });
    dialog->open();
}

// Selected cells as tab-separated text, which pastes into any spreadsheet: every selected row,
// loaded or not, read from the workspace. Beyond kMaxCopiedRows the clipboard is the wrong tool
// (spreadsheets stop at about a million rows, and the text would take hundreds of megabytes):
// nothing is copied and the status bar says to export instead.
void TableActions::copySelection()
{
    const QList<int> columns = selectedColumns();
    const qint64 count = selectedRowCount();
    if (!model() || columns.isEmpty() || count == 0)
        return;
    if (count > kMaxCopiedRows) {
        m_window->statusBar()->showMessage(
            tr("%L1 rows are too many to copy (at most %L2): export them instead "
               "(File › Export CSV, \"Selected leads\").")
                .arg(count)
                .arg(kMaxCopiedRows),
            10000);
        return;
    }
    QStringList sqlNames;
    for (const int column : columns)
        sqlNames.append(model()->columns().at(column).sqlName);
    withSelectedRows(sqlNames, [this](const LeadRows& rows) {
        QString text;
        for (const LeadRow& row : rows) {
            for (qsizetype c = 0; c < row.values.size(); ++c) {
                if (c > 0)
                    text += u'\t';
                text += QString(row.values[c]).replace(u'\t', u' ').replace(u'\n', u' ');
            }
            text += u'\n';
        }
        QApplication::clipboard()->setText(text);
        m_window->statusBar()->showMessage(tr("%Ln row(s) copied.", nullptr, int(rows.size())), 5000);
    });
}

} // namespace LeadSync
