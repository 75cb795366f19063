#pragma once

#include <QDialog>

class QComboBox;

namespace LeadSync {

// Settings › the language of the UI (more to come with the AI provider and prices).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_languageCombo = nullptr;
};

} // namespace LeadSync
