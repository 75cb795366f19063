#include "SettingsDialog.h"

#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace LeadSync {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(
        tr("System (%1)").arg(Language::displayName(Language::systemLanguage())), QString());
    for (const QString& name : Language::available())
        m_languageCombo->addItem(Language::displayName(name), name);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(Language::chosen())));
    auto* note = new QLabel(tr("LeadSync starts in the new language the next time you open it."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(note);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    Language::choose(m_languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace LeadSync
