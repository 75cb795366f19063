#include "TitleRoom.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QMessageBox>
#include <QSpacerItem>

Q_DECLARE_METATYPE(QSpacerItem*)

namespace LeadSync {

namespace {
constexpr const char* kSpacerProperty = "leadsyncTitleSpacer";
}

int TitleRoom::widthFor(const QString& title)
{
    // Title bars use a bold font of about the application's size; 160 px hold the window icon and the
    // minimise, maximise and close buttons of the common window managers.
    QFont font = QApplication::font();
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(title) + 160;
}

// Before the dialog handles its Show event: a dialog's layout then respects the minimum width, and a
// message box, which fixes its own size from its layout when shown, counts the spacer added to it.
bool TitleRoom::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Show)
        return QObject::eventFilter(watched, event);
    auto* dialog = qobject_cast<QDialog*>(watched);
    if (!dialog || !dialog->isWindow() || dialog->windowTitle().isEmpty())
        return QObject::eventFilter(watched, event);
    const int needed = widthFor(dialog->windowTitle());
    auto* grid = qobject_cast<QGridLayout*>(dialog->layout());
    if (qobject_cast<QMessageBox*>(dialog) && grid) {
        // One spacer per box, as wide as its title needs (a box shown again may have a new title).
        auto* spacer = dialog->property(kSpacerProperty).value<QSpacerItem*>();
        if (!spacer) {
            spacer = new QSpacerItem(needed, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
            grid->addItem(spacer, grid->rowCount(), 0, 1, grid->columnCount());
            dialog->setProperty(kSpacerProperty, QVariant::fromValue(spacer));
        }
        spacer->changeSize(needed, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
        grid->invalidate();
    } else if (dialog->minimumWidth() < needed && dialog->maximumWidth() >= needed) {
        dialog->setMinimumWidth(needed);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LeadSync
