#pragma once

#include "leads/Column.h"
#include "leads/Duplicates.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace LeadSync {

class LeadTableModel;

// Edit › Find Duplicates: the groups of leads that are the same person (Duplicates::find, read off the
// GUI thread), and for the group chosen its leads side by side, a row per field. A click on a cell
// picks that value for the merged lead; by default the oldest lead's own values, its empty fields
// filled from the others. Merge (or Merge All Shown, which fills blanks only) goes on the window's
// undo stack: Edit › Undo brings the removed leads back.
class DuplicatesWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesWindow)

public:
    DuplicatesWindow(QUndoStack* undoStack, QWidget* parent = nullptr);

    void setModel(LeadTableModel* model);
    // Looks for duplicates again (when shown, and after a merge).
    void scan();

    QListWidget* groupList() const { return m_groups; }
    QTableWidget* mergeTable() const { return m_table; }
    // Picks the value of lead column `lead` (0: the kept lead) for the field of row `field`.
    void choose(int field, int lead);
    void mergeCurrent();
    void mergeAllShown();

Q_SIGNALS:
    // A scan ended (its groups are listed), or a group's leads are shown.
    void scanned();
    void groupShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showScan(const DuplicateScan& scan);
    void showGroup();
    void showRows(const QList<std::pair<qint64, QStringList>>& rows);
    QStringList fieldNames() const;
    void setBusy(bool busy);

    QUndoStack* m_undoStack;
    QPointer<LeadTableModel> m_model;
    DuplicateScan m_scan;
    ColumnList m_fields; // the editable columns, in table order
    QList<std::pair<qint64, QStringList>> m_rows; // the shown group's leads and their values
    QList<int> m_chosen; // per field, the lead whose value is kept
    QLabel* m_summary;
    QListWidget* m_groups;
    QTableWidget* m_table;
    QPushButton* m_mergeButton;
    QPushButton* m_mergeAllButton;
};

} // namespace LeadSync
