#include "ErrorBox.h"

#include <QMessageBox>

namespace LeadSync {

void showErrorBox(QWidget* parent, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->open();
}

} // namespace LeadSync
