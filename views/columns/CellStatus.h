#pragma once

#include <QIcon>
#include <QSet>
#include <QStyledItemDelegate>

class QStyle;

namespace LeadSync {

// The icon of a computed cell's status: a warning for failed, an information sign for skipped, none
// for done or not run. From the style, so it follows the platform and the palette.
QIcon cellStatusIcon(const QString& status, const QStyle* style);

// Draws the status icon in front of a computed cell that failed or was skipped (the model's tooltip
// says why), and wraps the text of the columns set to wrap; every other cell as the default delegate
// does.
class CellStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The columns (logical indexes) whose text wraps.
    void setWrappedColumns(const QSet<int>& columns) { m_wrapped = columns; }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QSet<int> m_wrapped;
};

} // namespace LeadSync
