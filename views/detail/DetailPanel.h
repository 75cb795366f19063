#pragma once

#include "leads/Column.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace LeadSync {

// The selected lead's fields, built-in and custom, beside the table.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    explicit DetailPanel(QWidget* parent = nullptr);

    void setColumns(const ColumnList& columns);
    // Shows a lead (values in column order), or nothing when leadId is 0.
    void showLead(qint64 leadId, const QStringList& values);
    qint64 leadId() const { return m_leadId; }
    // The text shown for a column (by SQL name); for tests and accessibility.
    QString shownValue(const QString& sqlName) const;

private:
    ColumnList m_columns;
    qint64 m_leadId = 0;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QWidget*> m_editors;
};

} // namespace LeadSync
