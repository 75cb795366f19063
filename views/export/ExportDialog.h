#pragma once

#include "csv/Exporter.h"
#include "leads/Column.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QProgressBar;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace LeadSync {

class Job;
struct ExportProfile;

// File › Export CSV: which columns (the visible ones, in view order, by default; tick and drag to
// change), which rows (all, the current filter and search, or the selected rows, each with its
// count), and the format: where the file goes (ExportProfile, remembered), which sets the delimiter,
// a BOM for Excel, formula escaping and the header names, each still changeable. plan() is what the
// window runs as an export job.
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
    };

    explicit ExportDialog(Choices choices, QWidget* parent = nullptr);
    // The export runs as the job: the dialog stays open with its progress, then says how it went
    // (leads written, cells escaped) and Cancel becomes Close.
    void showRunning(Job* job);
    QLabel* outcomeLabel() const { return m_outcome; }
    // The workspace's leads, once counted (off the GUI thread): shown beside "All leads".
    void setAllCount(qint64 count);
    // The rows of the filter and search, once the table has counted them (it may still be counting
    // when the dialog opens).
    void setFilteredCount(qint64 count);

    // The export as chosen, to the given file. For the selected rows, the caller fills in
    // plan.leadIds (the rows may not all be loaded).
    ExportPlan plan(const QString& path) const;
    bool exportsSelection() const;

    QListWidget* columnList() const { return m_columnList; }
    QRadioButton* filteredRadio() const { return m_filteredRadio; }
    QRadioButton* selectionRadio() const { return m_selectionRadio; }
    QCheckBox* bomCheck() const { return m_bomCheck; }
    QComboBox* profileCombo() const { return m_profileCombo; }
    QComboBox* delimiterCombo() const { return m_delimiterCombo; }

Q_SIGNALS:
    // Export… was clicked: the window asks for the file and starts the export.
    void exportRequested();

private:
    const ExportProfile& profile() const;
    // Sets the options from the chosen profile, and remembers it.
    void applyProfile();

    Choices m_choices;
    QListWidget* m_columnList = nullptr;
    QRadioButton* m_allRadio = nullptr;
    QRadioButton* m_filteredRadio = nullptr;
    QRadioButton* m_selectionRadio = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QLabel* m_profileNote = nullptr;
    QCheckBox* m_bomCheck = nullptr;
    QCheckBox* m_escapeCheck = nullptr;
    QLabel* m_outcome = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPointer<Job> m_job;
};

} // namespace LeadSync
