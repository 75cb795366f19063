#include "CellStatus.h"

#include "table/LeadTableModel.h"

#include <QApplication>
#include <QStyle>

namespace LeadSync {

QIcon cellStatusIcon(const QString& status, const QStyle* style)
{
    if (status == u"failed")
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    if (status == u"skipped")
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    return {};
}

void CellStatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_wrapped.contains(index.column()))
        option->features |= QStyleOptionViewItem::WrapText;
    const auto* model = qobject_cast<const LeadTableModel*>(index.model());
    if (!model)
        return;
    const QIcon icon = cellStatusIcon(
        model->cellStatus(index), option->widget ? option->widget->style() : QApplication::style());
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int size = option->fontMetrics.height() - 2;
    option->decorationSize = QSize(size, size);
}

} // namespace LeadSync
