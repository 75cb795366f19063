#pragma once

#include <QObject>

namespace LeadSync {

// Gives every dialog of the application the width of its whole title. A window manager cuts a title
// wider than the window ("Run Personalised opening li…"), and a message box sizes itself to its text
// alone. Installed on the application, it widens each dialog as it is shown, never narrows one.
class TitleRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TitleRoom)

public:
    using QObject::QObject;

    // The width a window needs for its title: the text in the title bar's font, and room for the
    // icon and the buttons beside it.
    static int widthFor(const QString& title);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace LeadSync
