#pragma once

#include "csv/Exporter.h"
#include "leads/Column.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace LeadSync {

// File › Export CSV: which columns (the visible ones, in view order, by default; tick and drag to
// change), which rows (all, the current filter and search, or the selected rows), a BOM for Excel and
// formula escaping. plan() is what the window runs as an export job.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    struct Choices
    {
        ColumnList columnsInViewOrder;
        QList<bool> visible; // per entry of columnsInViewOrder
        QList<LeadCondition> conditions; // the current filter
        QString searchText; // the current search
        QString sortColumn = QStringLiteral("id"); // the table's order, which the file follows
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        qint64 selectedRows = 0; // rows selected, loaded or not
        qint64 filteredRows = -1; // the table's rows when counted; -1: not yet
    };

    explicit ExportDialog(Choices choices, QWidget* parent = nullptr);
    // The workspace's leads, once counted (off the GUI thread): shown beside "All leads".
    void setAllCount(qint64 count);

    // The export as chosen, to the given file. For the selected rows, the caller fills in
    // plan.leadIds (the rows may not all be loaded).
    ExportPlan plan(const QString& path) const;
    bool exportsSelection() const;

    QListWidget* columnList() const { return m_columnList; }
    QRadioButton* filteredRadio() const { return m_filteredRadio; }
    QRadioButton* selectionRadio() const { return m_selectionRadio; }
    QCheckBox* bomCheck() const { return m_bomCheck; }

private:
    Choices m_choices;
    QListWidget* m_columnList = nullptr;
    QRadioButton* m_allRadio = nullptr;
    QRadioButton* m_filteredRadio = nullptr;
    QRadioButton* m_selectionRadio = nullptr;
    QCheckBox* m_bomCheck = nullptr;
    QCheckBox* m_escapeCheck = nullptr;
};

} // namespace LeadSync
