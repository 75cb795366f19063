#pragma once

#include <QString>

class QWidget;

namespace LeadSync {

// Shows an error in a window-modal message box without a nested event loop: the window keeps
// working behind it.
void showErrorBox(QWidget* parent, const QString& title, const QString& message);

} // namespace LeadSync
