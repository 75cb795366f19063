#pragma once

#include "outreach/Mailbox.h"
#include "outreach/Sequence.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace LeadSync {

class TemplateEdit;

// Writes a sequence: its mailbox, window, zone and rule, and its steps, each with a delay and one
// message or A/B variants, in the template language of template columns ({{column|fallback}}, with
// completion of the column names). Beside it, the exact message the selected lead would get at the
// step shown: headers and body as they will be sent, or which fields are empty.
class SequenceEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceEditor)

public:
    explicit SequenceEditor(QWidget* parent = nullptr);

    void setMailboxes(const QList<Mailbox>& mailboxes);
    // The names completion offers.
    void setFieldNames(const QStringList& names);
    // The lead the preview is for: its values by SQL name and by column name; empty: none selected.
    void setPreviewLead(const QHash<QString, QString>& lead);
    void setSequence(const SequenceSpec& spec);
    // The sequence as the form gives it; throws Error naming the field ("steps[2].after").
    SequenceSpec sequence() const;
    void showError(const QString& message);

    // What the preview shows now (for tests and screenshots).
    QString previewText() const;
    int currentStep() const { return m_step; }
    void setCurrentStep(int step);
    void addStep();
    void addVariant();
    TemplateEdit* bodyEdit() const { return m_body; }
    TemplateEdit* subjectEdit() const { return m_subject; }

Q_SIGNALS:
    void saveRequested(const LeadSync::SequenceSpec& spec);

private:
    struct StepDraft
    {
        QString after;
        QList<StepVariant> variants;
    };

    void showStep();
    void storeStep();
    void removeStep();
    void removeVariant();
    void refreshSteps();
    void updatePreview();
    QJsonObject json() const;
    const Mailbox* mailbox() const;

    QList<StepDraft> m_steps;
    int m_step = 0;
    int m_variant = 0;
    bool m_loading = false;
    QList<Mailbox> m_mailboxes;
    QHash<QString, QString> m_lead;

    QLineEdit* m_name;
    QComboBox* m_mailbox;
    QLineEdit* m_window;
    QComboBox* m_zone;
    QCheckBox* m_companyStop;
    QCheckBox* m_autoSend;
    QListWidget* m_stepList;
    QLineEdit* m_after;
    QComboBox* m_variantBox;
    QPushButton* m_removeVariant;
    TemplateEdit* m_subject;
    TemplateEdit* m_body;
    QLabel* m_previewTitle;
    QPlainTextEdit* m_preview;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace LeadSync
