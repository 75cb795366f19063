#include "TitleRoom.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QPointer>
#include <QTimer>

namespace LeadSync {

int TitleRoom::widthFor(const QString& title)
{
    // Title bars use a bold font of about the application's size; 160 px hold the window icon and the
    // minimise, maximise and close buttons of the common window managers.
    QFont font = QApplication::font();
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(title) + 160;
}

bool TitleRoom::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show) {
        auto* dialog = qobject_cast<QDialog*>(watched);
        if (dialog && dialog->isWindow() && !dialog->windowTitle().isEmpty()) {
            // After the dialog's own sizing on show (a message box fixes its size then).
            QTimer::singleShot(0, dialog, [dialog = QPointer<QDialog>(dialog)] {
                if (!dialog)
                    return;
                const int needed = widthFor(dialog->windowTitle());
                if (dialog->width() >= needed)
                    return;
                if (dialog->minimumWidth() == dialog->maximumWidth())
                    dialog->setFixedWidth(needed);
                else
                    dialog->resize(needed, dialog->height());
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LeadSync
