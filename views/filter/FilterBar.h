#pragma once

#include "leads/Column.h"
#include "leads/LeadFilter.h"
#include "leads/ValueCounts.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QToolButton;
class QVBoxLayout;

namespace LeadSync {

// The filter above the table: "column operator value" conditions, joined by "and" or by "or" (a run
// of "or" conditions is a group of which one is enough), and the saved views. Each value box offers
// the column's most frequent values with their counts (read off the GUI thread through the value
// source). It only edits conditions and names views; the window applies them.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The columns a condition can test, in the order offered.
    void setColumns(const ColumnList& columns);
    // Offered as values of a condition on the campaigns column.
    void setCampaignNames(const QStringList& names);
    // Reads a column's frequent values (ValueCounts) and hands them to done on the GUI thread.
    using ValueSource = std::function<void(
        const QString& sqlName, QObject* receiver, std::function<void(const ValueCounts&)> done)>;
    void setValueSource(ValueSource source) { m_valueSource = std::move(source); }

    // The complete conditions (a condition still missing its value is left out).
    QList<LeadCondition> conditions() const;
    // Replaces the conditions shown, without conditionsChanged().
    void setConditions(const QList<LeadCondition>& conditions);
    // A new empty condition, its column chosen from the keyboard next.
    void addCondition();
    int conditionRowCount() const { return int(m_rows.size()); }

    // A condition in words, as the bar shows it: "Country is Germany".
    static QString describe(const LeadCondition& condition, const ColumnList& columns);

    void setViewNames(const QStringList& names);
    // Shows which saved view is applied (empty: none), without viewChosen().
    void setCurrentView(const QString& name);
    QString currentView() const;
    // Marks the current view "(modified)" while what the table shows departs from it.
    void setViewModified(bool modified);
    bool isViewModified() const { return m_viewModified; }

Q_SIGNALS:
    void conditionsChanged();
    void viewChosen(const QString& name);
    void saveViewRequested();
    void deleteViewRequested(const QString& name);

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QComboBox* join = nullptr; // "and" / "or" with the condition before; hidden on the first row
        QComboBox* column = nullptr;
        QComboBox* op = nullptr;
        QComboBox* value = nullptr;
        QString valuesOf; // the column whose frequent values the value box lists
        QString typed; // the value as typed or picked: a pick for "is one of" adds to it
    };

    Row& appendRow();
    void removeRow(QWidget* rowWidget);
    void updateValueEditor(Row& row);
    void offerValues(Row& row, const ValueCounts& counts);
    void updateJoins();
    void fillColumnCombo(QComboBox* combo) const;

    ColumnList m_columns;
    QStringList m_campaignNames;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QComboBox* m_viewCombo = nullptr;
    QToolButton* m_deleteViewButton = nullptr;
    ValueSource m_valueSource;
    QTimer m_typingDebounce;
    bool m_updating = false;
    bool m_viewModified = false;
};

} // namespace LeadSync
