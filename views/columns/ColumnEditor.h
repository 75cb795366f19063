#pragma once

#include "columns/ColumnSpec.h"
#include "leads/Column.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace LeadSync {

struct TrialState;

// Adds a column or changes one: its kind and the settings of that kind (a template; an AI prompt with
// its provider, model and key; a webhook with its presets; an email column's input), how it runs
// (concurrency, rate, "run if", required inputs, auto-run), and a live preview on the selected lead:
// the exact prompt or request it would send (the key masked), and with "Try on This Lead" the result,
// computed for real but not saved. Saving is the owner's (saveRequested); it closes the editor with
// accept() or shows why not with showError().
class ColumnEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnEditor)

public:
    // columns: the workspace's, for references, inputs and outputs.
    explicit ColumnEditor(const ColumnList& columns, QWidget* parent = nullptr);
    ~ColumnEditor() override;

    // Edits an existing column: its name and kind stay.
    void editColumn(const Column& column, const ColumnSpec& spec);
    const std::optional<Column>& editedColumn() const { return m_edited; }
    // The lead the preview is computed for: its values by SQL name (a loaded row of the table).
    void setPreviewLead(const QString& title, const QHash<QString, QString>& values);

    QString columnName() const;
    // The settings as the fields say; throws Error for a line that cannot be read (a mapping without =).
    ColumnSpec spec() const;
    // Fills the fields of spec's kind (and the running ones) from spec.
    void setSpec(const ColumnSpec& spec);

    // Shows why the column was not saved; the editor stays open.
    void showError(const QString& message);
    // The preview's text (the request, or why there is none) and the last try's result.
    QString previewText() const;
    QString trialText() const;

    // Checks the fields; when they hold, emits saveRequested (the editor stays open until accepted).
    void accept() override;
    // Computes the cell for the preview lead, for real (the key from the keychain), without saving.
    void tryPreviewLead();

Q_SIGNALS:
    void saveRequested(const QString& name, const LeadSync::ColumnSpec& spec);
    // A try ended; its result is in trialText().
    void trialFinished();

private:
    QWidget* buildManualPage();
    QWidget* buildTemplatePage();
    QComboBox* presetCombo(QWidget* page, const QString& objectName, const QString& own,
        const QList<std::pair<QString, QString>>& presets, const std::function<void(const QString&)>& apply);
    QWidget* buildAiPage();
    QWidget* buildWebhookPage();
    QWidget* buildEmailPage();
    QWidget* buildScorePage();
    QGroupBox* buildRunningGroup();
    QGroupBox* buildPreviewGroup();
    // A key name field with "Set Key…", added to form.
    QLineEdit* addKeyRow(QFormLayout* form, const QString& objectName);
    void askForKey(QLineEdit* keyNameEdit);
    ColumnSpec::Kind kind() const;
    // The provider whose API is at baseUrl, or "other".
    void selectProvider(const QString& baseUrl);
    void kindChanged();
    // Checks the fields and makes the cell computer the preview uses; throws Error.
    std::unique_ptr<class CellComputer> makeComputer(const ColumnSpec& spec, const QByteArray& key) const;
    void updatePreview();
    void showTrial(const QString& text);

    ColumnList m_columns;
    std::optional<Column> m_edited;
    QString m_leadTitle;
    QHash<QString, QString> m_leadValues;
    QTimer m_previewTimer;
    std::shared_ptr<TrialState> m_trial;

    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_errorLabel = nullptr;
    // select
    QLineEdit* m_optionsEdit = nullptr;
    QLabel* m_optionsLabel = nullptr;
    // template
    QPlainTextEdit* m_templateEdit = nullptr;
    // ai
    QPlainTextEdit* m_promptEdit = nullptr;
    QPlainTextEdit* m_systemEdit = nullptr;
    QComboBox* m_aiPresetCombo = nullptr;
    QComboBox* m_providerCombo = nullptr;
    QLineEdit* m_baseUrlEdit = nullptr;
    QLineEdit* m_modelEdit = nullptr;
    QLineEdit* m_aiKeyEdit = nullptr;
    QDoubleSpinBox* m_temperatureSpin = nullptr;
    QSpinBox* m_maxTokensSpin = nullptr;
    QLineEdit* m_jsonFieldsEdit = nullptr;
    // webhook
    QComboBox* m_methodCombo = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QPlainTextEdit* m_headersEdit = nullptr;
    QPlainTextEdit* m_bodyEdit = nullptr;
    QPlainTextEdit* m_mapEdit = nullptr;
    QLineEdit* m_webhookKeyEdit = nullptr;
    QLineEdit* m_keyHeaderEdit = nullptr;
    // email
    QComboBox* m_inputCombo = nullptr;
    QCheckBox* m_smtpProbeCheck = nullptr;
    QLineEdit* m_dnsServerEdit = nullptr;
    // score
    QComboBox* m_scorerCombo = nullptr;
    QLineEdit* m_scoreFieldsEdit = nullptr;
    QLineEdit* m_scoreBaseUrlEdit = nullptr;
    QLineEdit* m_scoreModelEdit = nullptr;
    QLineEdit* m_scoreKeyEdit = nullptr;
    // running
    QGroupBox* m_runningGroup = nullptr;
    QSpinBox* m_concurrencySpin = nullptr;
    QSpinBox* m_rateSpin = nullptr;
    QSpinBox* m_timeoutSpin = nullptr;
    QCheckBox* m_plainHttpCheck = nullptr;
    QLineEdit* m_runIfEdit = nullptr;
    QLineEdit* m_requiresEdit = nullptr;
    QCheckBox* m_autoRunCheck = nullptr;
    // preview
    QGroupBox* m_previewGroup = nullptr;
    QPlainTextEdit* m_previewEdit = nullptr;
    QPushButton* m_tryButton = nullptr;
    QPlainTextEdit* m_trialEdit = nullptr;
};

} // namespace LeadSync
