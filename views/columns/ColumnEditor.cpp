#include "ColumnEditor.h"

#include "Error.h"
#include "columns/CellComputer.h"
#include "columns/ColumnDefinition.h"
#include "columns/ColumnRunner.h"
#include "columns/EmailVerifier.h"
#include "secrets/KeyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <QCoroTask>

#include <atomic>

namespace LeadSync {

// What a try needs while it runs. Shared with the try's coroutine, so closing the editor mid-try only
// cancels it: the network manager and the verifier live until the coroutine ends.
struct TrialState
{
    QNetworkAccessManager network;
    std::unique_ptr<EmailVerifier> verifier;
    std::unique_ptr<CellComputer> computer;
    std::atomic_bool cancelled = false;
};

namespace {

enum Page { ManualPage, TemplatePage, AiPage, WebhookPage, EmailPage, ScorePage };

Page pageOf(ColumnSpec::Kind kind)
{
    switch (kind) {
    case ColumnSpec::Kind::Template:
        return TemplatePage;
    case ColumnSpec::Kind::Ai:
        return AiPage;
    case ColumnSpec::Kind::Webhook:
        return WebhookPage;
    case ColumnSpec::Kind::Email:
        return EmailPage;
    case ColumnSpec::Kind::Score:
        return ScorePage;
    case ColumnSpec::Kind::Text:
    case ColumnSpec::Kind::Number:
    case ColumnSpec::Kind::Date:
    case ColumnSpec::Kind::Select:
    case ColumnSpec::Kind::Url:
    case ColumnSpec::Kind::Checkbox:
        break;
    }
    return ManualPage;
}

QString kindTitle(const QString& kind)
{
    static const QHash<QString, const char*> titles = {
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Text") },
        { QStringLiteral("number"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Number") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Date") },
        { QStringLiteral("select"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Single select") },
        { QStringLiteral("url"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "URL") },
        { QStringLiteral("checkbox"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Checkbox") },
        { QStringLiteral("template"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Template") },
        { QStringLiteral("ai"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "AI prompt") },
        { QStringLiteral("webhook"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Webhook / HTTP") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Email verification") },
        { QStringLiteral("score"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Lead analysis (score)") },
    };
    return QCoreApplication::translate("LeadSync::ColumnEditor", titles.value(kind, "Text"));
}

QString aiPresetTitle(const QString& preset)
{
    static const QHash<QString, const char*> titles = {
        { QStringLiteral("icebreaker"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Icebreaker") },
        { QStringLiteral("pitch"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Pitch") },
        { QStringLiteral("cta"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "Call to action") },
        { QStringLiteral("ps"), QT_TRANSLATE_NOOP("LeadSync::ColumnEditor", "P.S.") },
    };
    return QCoreApplication::translate("LeadSync::ColumnEditor", titles.value(preset, ""));
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(u',')) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

// "from = Column" items (lines or comma-separated); throws Error naming the field and the item.
QList<std::pair<QString, QString>> pairsOf(const QStringList& items, const QString& field)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString& item : items) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0 || item.mid(equals + 1).trimmed().isEmpty())
            throw Error(
                QCoreApplication::translate("LeadSync::ColumnEditor", "%1: \"%2\" is not \"from = Column\".")
                    .arg(field, item));
        pairs.append({ item.left(equals).trimmed(), item.mid(equals + 1).trimmed() });
    }
    return pairs;
}

QString pairsText(const QList<std::pair<QString, QString>>& pairs, const QString& separator)
{
    QStringList items;
    for (const auto& [from, to] : pairs)
        items.append(from + QStringLiteral(" = ") + to);
    return items.join(separator);
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& objectName, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// A settings page's form, flush with the dialog's other fields.
QFormLayout* formOf(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

QCoro::Task<> runTrial(std::shared_ptr<TrialState> state, CellRequest request, QPointer<ColumnEditor> editor,
    std::function<void(const CellOutcome&)> show)
{
    // The flag lives in the state, which the aliasing pointer keeps alive.
    EmailVerifier::StopFlag stop(state, &state->cancelled);
    const CellOutcome outcome
        = co_await computeCell(*state->computer, request, state->network, state->verifier, std::move(stop));
    if (editor && !state->cancelled)
        show(outcome);
}

} // namespace

ColumnEditor::ColumnEditor(const ColumnList& columns, QWidget* parent)
    : QDialog(parent)
    , m_columns(columns)
    , m_nameEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Add Column"));
    setObjectName(QStringLiteral("columnEditor"));
    m_nameEdit->setObjectName(QStringLiteral("columnNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Icebreaker"));
    m_kindCombo->setObjectName(QStringLiteral("columnKindComboBox"));
    for (const QString& kind : ColumnSpec::kindNames())
        m_kindCombo->addItem(kindTitle(kind), kind);
    m_kindCombo->insertSeparator(6); // the manual kinds, then the computed ones
    m_pages->addWidget(buildManualPage());
    m_pages->addWidget(buildTemplatePage());
    m_pages->addWidget(buildAiPage());
    m_pages->addWidget(buildWebhookPage());
    m_pages->addWidget(buildEmailPage());
    m_pages->addWidget(buildScorePage());
    m_errorLabel->setObjectName(QStringLiteral("columnErrorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto* top = new QFormLayout;
    top->addRow(tr("&Name:"), m_nameEdit);
    top->addRow(tr("&Kind:"), m_kindCombo);
    auto* settings = new QVBoxLayout;
    settings->addLayout(top);
    settings->addWidget(m_pages);
    settings->addWidget(buildRunningGroup());
    settings->addStretch();
    auto* columnsLayout = new QHBoxLayout;
    columnsLayout->addLayout(settings, 3);
    columnsLayout->addWidget(buildPreviewGroup(), 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveColumnButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columnsLayout);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ColumnEditor::updatePreview);
    // Any change of a field updates the preview, a moment later.
    for (auto* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    for (auto* edit : findChildren<QPlainTextEdit*>()) {
        if (edit != m_previewEdit && edit != m_trialEdit)
            connect(edit, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    }
    for (auto* box : findChildren<QComboBox*>())
        connect(box, &QComboBox::currentIndexChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    for (auto* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_temperatureSpin, &QDoubleSpinBox::valueChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_smtpProbeCheck, &QCheckBox::toggled, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ColumnEditor::kindChanged);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(QStringLiteral("ai")));
    kindChanged();
    resize(980, 640);
}

ColumnEditor::~ColumnEditor()
{
    if (m_trial)
        m_trial->cancelled = true;
}

QWidget* ColumnEditor::buildManualPage()
{
    auto* page = new QWidget(this);
    QFormLayout* form = formOf(page);
    auto* note = new QLabel(tr("You and your team type the values of this column, in the table or the "
                               "details panel."),
        page);
    note->setWordWrap(true);
    m_optionsEdit = new QLineEdit(page);
    m_optionsEdit->setObjectName(QStringLiteral("optionsEdit"));
    m_optionsEdit->setPlaceholderText(tr("Hot, Warm, Cold"));
    form->addRow(note);
    form->addRow(tr("&Options:"), m_optionsEdit);
    m_optionsLabel = qobject_cast<QLabel*>(form->labelForField(m_optionsEdit));
    return page;
}

QWidget* ColumnEditor::buildTemplatePage()
{
    auto* page = new QWidget(this);
    QFormLayout* form = formOf(page);
    m_templateEdit = textEdit(page, QStringLiteral("templateEdit"), 4);
    m_templateEdit->setPlaceholderText(tr("Hi {{first_name|there}}, I saw {{company}}…"));
    auto* hint = new QLabel(tr("{{column}} is the row's value; {{column|text}} uses the text when it is "
                               "empty. Recomputed when the inputs change."),
        page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("&Template:"), m_templateEdit);
    form->addRow(hint);
    return page;
}

QLineEdit* ColumnEditor::addKeyRow(QFormLayout* form, const QString& objectName)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("e.g. OPENAI_API_KEY; empty: no key"));
    edit->setToolTip(tr("The name the key is filed under in the system keychain (and the environment "
                        "variable the command line reads it from). The key itself is never stored in the "
                        "workspace."));
    auto* setKey = new QPushButton(tr("Se&t Key…"), form->parentWidget());
    setKey->setObjectName(objectName + QStringLiteral("SetButton"));
    connect(setKey, &QPushButton::clicked, this, [this, edit] { askForKey(edit); });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(setKey);
    auto* label = new QLabel(tr("API ke&y name:"), form->parentWidget());
    label->setBuddy(edit);
    form->addRow(label, row);
    return edit;
}

// A choice of presets (title, name) after the user's own (first); choosing one calls apply with its name.
QComboBox* ColumnEditor::presetCombo(QWidget* page, const QString& objectName, const QString& own,
    const QList<std::pair<QString, QString>>& presets, const std::function<void(const QString&)>& apply)
{
    auto* combo = new QComboBox(page);
    combo->setObjectName(objectName);
    combo->addItem(own, QString());
    for (const auto& [title, name] : presets)
        combo->addItem(title, name);
    connect(combo, &QComboBox::activated, this, [combo, apply] {
        const QString name = combo->currentData().toString();
        if (!name.isEmpty())
            apply(name);
    });
    return combo;
}

QWidget* ColumnEditor::buildAiPage()
{
    auto* page = new QWidget(this);
    QFormLayout* form = formOf(page);
    QList<std::pair<QString, QString>> aiPresets;
    for (const QString& preset : aiPresetNames())
        aiPresets.append({ aiPresetTitle(preset), preset });
    m_aiPresetCombo = presetCombo(page, QStringLiteral("aiPresetComboBox"), tr("Write my own"), aiPresets,
        [this](const QString& preset) { m_promptEdit->setPlainText(aiPresetPrompt(preset)); });
    m_promptEdit = textEdit(page, QStringLiteral("promptEdit"), 5);
    m_promptEdit->setPlaceholderText(
        tr("Write a one-line opener for {{first_name}}, {{title}} at {{company}}."));
    m_systemEdit = textEdit(page, QStringLiteral("systemEdit"), 2);
    m_systemEdit->setPlaceholderText(tr("Optional: who the model is, the tone, the language."));
    m_providerCombo = new QComboBox(page);
    m_providerCombo->setObjectName(QStringLiteral("providerComboBox"));
    for (const AiProvider& provider : aiProviders())
        m_providerCombo->addItem(provider.name, provider.name);
    m_providerCombo->setItemText(0, QStringLiteral("OpenAI"));
    m_providerCombo->setItemText(1, QStringLiteral("OpenRouter"));
    m_providerCombo->setItemText(2, QStringLiteral("Ollama"));
    m_providerCombo->setItemText(3, QStringLiteral("LM Studio"));
    m_providerCombo->addItem(tr("Other OpenAI-compatible server"), QString());
    m_baseUrlEdit = new QLineEdit(page);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_modelEdit = new QLineEdit(page);
    m_modelEdit->setObjectName(QStringLiteral("modelEdit"));
    m_temperatureSpin = new QDoubleSpinBox(page);
    m_temperatureSpin->setRange(0, 2);
    m_temperatureSpin->setSingleStep(0.1);
    m_maxTokensSpin = new QSpinBox(page);
    m_maxTokensSpin->setRange(1, 128000);
    m_jsonFieldsEdit = new QLineEdit(page);
    m_jsonFieldsEdit->setObjectName(QStringLiteral("jsonFieldsEdit"));
    m_jsonFieldsEdit->setPlaceholderText(tr("Optional: icebreaker = Opener, ps = P.S."));
    m_jsonFieldsEdit->setToolTip(tr("Ask for a JSON object and put its fields into these columns (made when "
                                    "missing). Empty: the answer's text fills this column."));
    form->addRow(tr("&Preset:"), m_aiPresetCombo);
    form->addRow(tr("Pr&ompt:"), m_promptEdit);
    form->addRow(tr("&System prompt:"), m_systemEdit);
    form->addRow(tr("Pro&vider:"), m_providerCombo);
    form->addRow(tr("&Base URL:"), m_baseUrlEdit);
    form->addRow(tr("&Model:"), m_modelEdit);
    m_aiKeyEdit = addKeyRow(form, QStringLiteral("aiKeyNameEdit"));
    form->addRow(tr("Temperat&ure:"), m_temperatureSpin);
    form->addRow(tr("Ma&x tokens:"), m_maxTokensSpin);
    form->addRow(tr("&JSON fields:"), m_jsonFieldsEdit);
    // A base URL names its provider, or "other".
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &ColumnEditor::selectProvider);
    connect(m_providerCombo, &QComboBox::activated, this, [this] {
        const QString name = m_providerCombo->currentData().toString();
        if (name.isEmpty())
            return;
        const AiProvider& provider = aiProvider(name);
        m_baseUrlEdit->setText(provider.baseUrl);
        m_aiKeyEdit->setText(provider.apiKeyEnv);
    });
    return page;
}

QWidget* ColumnEditor::buildWebhookPage()
{
    auto* page = new QWidget(this);
    QFormLayout* form = formOf(page);
    QList<std::pair<QString, QString>> hookPresets;
    for (const WebhookPreset& preset : webhookPresets())
        hookPresets.append({ preset.title, preset.name });
    QComboBox* webhookPresetCombo
        = presetCombo(page, QStringLiteral("webhookPresetComboBox"), tr("My own endpoint"), hookPresets,
            [this](const QString& name) { setSpec(webhookPreset(name).spec); });
    m_methodCombo = new QComboBox(page);
    m_methodCombo->setObjectName(QStringLiteral("methodComboBox"));
    m_methodCombo->addItems({ QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE") });
    m_urlEdit = new QLineEdit(page);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://api.example.com/enrich?domain={{website}}"));
    m_headersEdit = textEdit(page, QStringLiteral("headersEdit"), 2);
    m_headersEdit->setPlaceholderText(tr("One per line: Name: value"));
    m_bodyEdit = textEdit(page, QStringLiteral("bodyEdit"), 4);
    m_bodyEdit->setPlaceholderText(QStringLiteral("{\"email\": \"{{email}}\"}"));
    m_mapEdit = textEdit(page, QStringLiteral("mapEdit"), 3);
    m_mapEdit->setPlaceholderText(tr("One per line: person.company.name = Company size"));
    m_keyHeaderEdit = new QLineEdit(page);
    m_keyHeaderEdit->setObjectName(QStringLiteral("keyHeaderEdit"));
    m_keyHeaderEdit->setToolTip(
        tr("Authorization sends \"Bearer <key>\"; any other header sends the key as it is."));
    form->addRow(tr("&Preset:"), webhookPresetCombo);
    form->addRow(tr("&Method:"), m_methodCombo);
    form->addRow(tr("&URL:"), m_urlEdit);
    form->addRow(tr("&Headers:"), m_headersEdit);
    form->addRow(tr("&Body:"), m_bodyEdit);
    form->addRow(tr("Reply to c&olumns:"), m_mapEdit);
    m_webhookKeyEdit = addKeyRow(form, QStringLiteral("webhookKeyNameEdit"));
    form->addRow(tr("Key hea&der:"), m_keyHeaderEdit);
    return page;
}

QWidget* ColumnEditor::buildEmailPage()
{
    auto* page = new QWidget(this);
    QFormLayout* form = formOf(page);
    m_inputCombo = new QComboBox(page);
    m_inputCombo->setObjectName(QStringLiteral("emailInputComboBox"));
    for (const Column& column : m_columns) {
        if (!column.readOnly)
            m_inputCombo->addItem(column.displayName, column.sqlName);
    }
    m_inputCombo->setCurrentIndex(std::max(0, m_inputCombo->findData(QStringLiteral("email"))));
    m_smtpProbeCheck = new QCheckBox(tr("Ask the mail server whether the mailbox exists (port 25)"), page);
    m_smtpProbeCheck->setObjectName(QStringLiteral("smtpProbeCheckBox"));
    m_smtpProbeCheck->setToolTip(tr("Most home and office networks block port 25; the verdict is then "
                                    "\"unknown\". Leave it off unless your network allows it."));
    m_dnsServerEdit = new QLineEdit(page);
    m_dnsServerEdit->setObjectName(QStringLiteral("dnsServerEdit"));
    m_dnsServerEdit->setPlaceholderText(tr("The system's; or host[:port]"));
    auto* note = new QLabel(tr("Verdicts: valid, risky (role account, catch-all, disposable…), invalid, or "
                               "unknown, with the reason. Nothing is sent to the address."),
        page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tr("A&ddresses in:"), m_inputCombo);
    form->addRow(m_smtpProbeCheck);
    form->addRow(tr("DNS ser&ver:"), m_dnsServerEdit);
    form->addRow(note);
    return page;
}

QWidget* ColumnEditor::buildScorePage()
{
    auto* page = new QWidget(this);
    QFormLayout* form = formOf(page);
    auto* note = new QLabel(tr("Scores each lead from 0 to 1 with a recommendation (transfer_to_sales, "
                               "nurture, disqualify) and the reason, into the Score, Recommendation and "
                               "Score reason fields. The score advises; it never moves a lead's stage."),
        page);
    note->setWordWrap(true);
    m_scorerCombo = new QComboBox(page);
    m_scorerCombo->setObjectName(QStringLiteral("scorerComboBox"));
    m_scorerCombo->addItem(tr("Rules (no AI; every point explained)"), false);
    m_scorerCombo->addItem(tr("AI provider (OpenAI-compatible)"), true);
    m_scoreFieldsEdit = new QLineEdit(page);
    m_scoreFieldsEdit->setObjectName(QStringLiteral("scoreFieldsEdit"));
    m_scoreFieldsEdit->setPlaceholderText(tr("title, company, website"));
    m_scoreFieldsEdit->setToolTip(tr("The fields the AI reads besides the lead's source, stage, activity and "
                                     "business domain, separated by commas."));
    m_scoreBaseUrlEdit = new QLineEdit(page);
    m_scoreBaseUrlEdit->setObjectName(QStringLiteral("scoreBaseUrlEdit"));
    m_scoreModelEdit = new QLineEdit(page);
    m_scoreModelEdit->setObjectName(QStringLiteral("scoreModelEdit"));
    form->addRow(note);
    form->addRow(tr("&Scorer:"), m_scorerCombo);
    form->addRow(tr("&Fields for the AI:"), m_scoreFieldsEdit);
    form->addRow(tr("&Base URL:"), m_scoreBaseUrlEdit);
    form->addRow(tr("&Model:"), m_scoreModelEdit);
    m_scoreKeyEdit = addKeyRow(form, QStringLiteral("scoreKeyNameEdit"));
    const auto showAi = [this] {
        const bool ai = m_scorerCombo->currentData().toBool();
        for (QWidget* field :
            { static_cast<QWidget*>(m_scoreFieldsEdit), static_cast<QWidget*>(m_scoreBaseUrlEdit),
                static_cast<QWidget*>(m_scoreModelEdit), static_cast<QWidget*>(m_scoreKeyEdit) })
            field->setEnabled(ai);
    };
    connect(m_scorerCombo, &QComboBox::currentIndexChanged, this, showAi);
    showAi();
    return page;
}

QGroupBox* ColumnEditor::buildRunningGroup()
{
    m_runningGroup = new QGroupBox(tr("Running"), this);
    auto* form = new QFormLayout(m_runningGroup);
    m_concurrencySpin = new QSpinBox(m_runningGroup);
    m_concurrencySpin->setRange(1, 256);
    m_rateSpin = new QSpinBox(m_runningGroup);
    m_rateSpin->setRange(0, 100000);
    m_rateSpin->setSpecialValueText(tr("No limit"));
    m_rateSpin->setSuffix(tr(" a minute"));
    m_timeoutSpin = new QSpinBox(m_runningGroup);
    m_timeoutSpin->setRange(1, 3600);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_runIfEdit = new QLineEdit(m_runningGroup);
    m_runIfEdit->setObjectName(QStringLiteral("runIfEdit"));
    m_runIfEdit->setPlaceholderText(tr("Optional: country = Germany"));
    m_requiresEdit = new QLineEdit(m_runningGroup);
    m_requiresEdit->setObjectName(QStringLiteral("requiresEdit"));
    m_requiresEdit->setPlaceholderText(tr("Optional: company, title"));
    m_requiresEdit->setToolTip(tr("A row with one of these empty is skipped, not sent."));
    m_autoRunCheck = new QCheckBox(tr("Run on new and changed rows"), m_runningGroup);
    m_autoRunCheck->setObjectName(QStringLiteral("autoRunCheckBox"));
    m_plainHttpCheck
        = new QCheckBox(tr("Send the key over plain HTTP (a server on your own network)"), m_runningGroup);
    m_plainHttpCheck->setObjectName(QStringLiteral("plainHttpCheckBox"));
    m_plainHttpCheck->setToolTip(tr("Off: a key goes to another machine only over https://."));
    form->addRow(tr("&Requests at once:"), m_concurrencySpin);
    form->addRow(tr("R&ate limit:"), m_rateSpin);
    form->addRow(tr("T&imeout:"), m_timeoutSpin);
    form->addRow(tr("Only run i&f:"), m_runIfEdit);
    form->addRow(tr("Re&quired inputs:"), m_requiresEdit);
    form->addRow(m_autoRunCheck);
    form->addRow(m_plainHttpCheck);
    return m_runningGroup;
}

QGroupBox* ColumnEditor::buildPreviewGroup()
{
    m_previewGroup = new QGroupBox(tr("Preview"), this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_previewEdit = new QPlainTextEdit(m_previewGroup);
    m_previewEdit->setObjectName(QStringLiteral("previewEdit"));
    m_previewEdit->setReadOnly(true);
    m_previewEdit->setFont(fixed);
    m_tryButton = new QPushButton(tr("Try on This &Lead"), m_previewGroup);
    m_tryButton->setObjectName(QStringLiteral("tryButton"));
    m_tryButton->setToolTip(tr("Computes this lead's cell for real (a request is sent and may cost), without "
                               "saving it."));
    connect(m_tryButton, &QPushButton::clicked, this, &ColumnEditor::tryPreviewLead);
    m_trialEdit = new QPlainTextEdit(m_previewGroup);
    m_trialEdit->setObjectName(QStringLiteral("trialEdit"));
    m_trialEdit->setReadOnly(true);
    m_trialEdit->setPlaceholderText(tr("The result of a try shows here."));
    auto* layout = new QVBoxLayout(m_previewGroup);
    layout->addWidget(m_previewEdit, 3);
    layout->addWidget(m_tryButton, 0, Qt::AlignLeft);
    layout->addWidget(m_trialEdit, 2);
    return m_previewGroup;
}

void ColumnEditor::selectProvider(const QString& baseUrl)
{
    int index = m_providerCombo->count() - 1; // other
    for (const AiProvider& provider : aiProviders()) {
        if (provider.baseUrl == baseUrl.trimmed())
            index = m_providerCombo->findData(provider.name);
    }
    m_providerCombo->setCurrentIndex(index);
}

void ColumnEditor::editColumn(const Column& column, const ColumnSpec& spec)
{
    m_edited = column;
    setWindowTitle(tr("Edit Column %1").arg(column.displayName));
    m_nameEdit->setText(column.displayName);
    m_nameEdit->setEnabled(false);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(spec.kindName()));
    m_kindCombo->setEnabled(false);
    setSpec(spec);
}

void ColumnEditor::setPreviewLead(const QString& title, const QHash<QString, QString>& values)
{
    m_leadTitle = title;
    m_leadValues = values;
    m_previewTimer.start(); // the table's rows change often while a run saves: one preview a moment later
}

QString ColumnEditor::columnName() const
{
    return m_nameEdit->text().trimmed();
}

ColumnSpec::Kind ColumnEditor::kind() const
{
    return ColumnSpec::kindFromName(m_kindCombo->currentData().toString());
}

ColumnSpec ColumnEditor::spec() const
{
    ColumnSpec spec;
    spec.kind = kind();
    switch (spec.kind) {
    case ColumnSpec::Kind::Template:
        spec.templateText = m_templateEdit->toPlainText();
        break;
    case ColumnSpec::Kind::Ai:
        spec.templateText = m_promptEdit->toPlainText();
        spec.system = m_systemEdit->toPlainText();
        spec.baseUrl = m_baseUrlEdit->text().trimmed();
        spec.model = m_modelEdit->text().trimmed();
        spec.apiKeyEnv = m_aiKeyEdit->text().trimmed();
        spec.temperature = m_temperatureSpin->value();
        spec.maxTokens = m_maxTokensSpin->value();
        spec.outputs = pairsOf(commaList(m_jsonFieldsEdit->text()), tr("JSON fields"));
        break;
    case ColumnSpec::Kind::Webhook:
        spec.method = m_methodCombo->currentText();
        spec.url = m_urlEdit->text().trimmed();
        spec.headers = nonEmptyLines(m_headersEdit->toPlainText());
        spec.body = m_bodyEdit->toPlainText();
        spec.outputs = pairsOf(nonEmptyLines(m_mapEdit->toPlainText()), tr("Reply to columns"));
        spec.apiKeyEnv = m_webhookKeyEdit->text().trimmed();
        spec.apiKeyHeader = m_keyHeaderEdit->text().trimmed().isEmpty() ? spec.apiKeyHeader
                                                                        : m_keyHeaderEdit->text().trimmed();
        break;
    case ColumnSpec::Kind::Email:
        spec.inputColumn = m_inputCombo->currentText();
        spec.smtpProbe = m_smtpProbeCheck->isChecked();
        spec.dnsServer = m_dnsServerEdit->text().trimmed();
        break;
    case ColumnSpec::Kind::Select:
        spec.options = commaList(m_optionsEdit->text());
        break;
    case ColumnSpec::Kind::Score:
        spec.aiScoring = m_scorerCombo->currentData().toBool();
        spec.fields = commaList(m_scoreFieldsEdit->text());
        spec.baseUrl = m_scoreBaseUrlEdit->text().trimmed();
        spec.model = m_scoreModelEdit->text().trimmed();
        spec.apiKeyEnv = m_scoreKeyEdit->text().trimmed();
        spec.temperature = 0.2;
        spec.outputs = ColumnSpec::scoreOutputs();
        break;
    case ColumnSpec::Kind::Text:
    case ColumnSpec::Kind::Number:
    case ColumnSpec::Kind::Date:
    case ColumnSpec::Kind::Url:
    case ColumnSpec::Kind::Checkbox:
        break;
    }
    if (spec.isExecutable()) {
        spec.concurrency = m_concurrencySpin->value();
        spec.ratePerMinute = m_rateSpin->value();
        spec.timeoutMs = m_timeoutSpin->value() * 1000;
        spec.allowPlainHttp = m_plainHttpCheck->isChecked();
        spec.runIf = m_runIfEdit->text().trimmed();
        spec.requiredInputs = commaList(m_requiresEdit->text());
        spec.autoRun = m_autoRunCheck->isChecked();
    }
    return spec;
}

void ColumnEditor::setSpec(const ColumnSpec& spec)
{
    switch (spec.kind) {
    case ColumnSpec::Kind::Template:
        m_templateEdit->setPlainText(spec.templateText);
        break;
    case ColumnSpec::Kind::Ai:
        m_promptEdit->setPlainText(spec.templateText);
        m_systemEdit->setPlainText(spec.system);
        m_baseUrlEdit->setText(spec.baseUrl);
        m_modelEdit->setText(spec.model);
        m_aiKeyEdit->setText(spec.apiKeyEnv);
        m_temperatureSpin->setValue(spec.temperature);
        m_maxTokensSpin->setValue(spec.maxTokens);
        m_jsonFieldsEdit->setText(pairsText(spec.outputs, QStringLiteral(", ")));
        break;
    case ColumnSpec::Kind::Webhook:
        m_methodCombo->setCurrentText(spec.method);
        m_urlEdit->setText(spec.url);
        m_headersEdit->setPlainText(spec.headers.join(u'\n'));
        m_bodyEdit->setPlainText(spec.body);
        m_mapEdit->setPlainText(pairsText(spec.outputs, QStringLiteral("\n")));
        m_webhookKeyEdit->setText(spec.apiKeyEnv);
        m_keyHeaderEdit->setText(spec.apiKeyHeader);
        break;
    case ColumnSpec::Kind::Email:
        // A new column reads the email field: any other first guess would call every lead invalid.
        m_inputCombo->setCurrentIndex(spec.inputColumn.isEmpty()
                ? std::max(0, m_inputCombo->findData(QStringLiteral("email")))
                : std::max(0, m_inputCombo->findText(spec.inputColumn)));
        m_smtpProbeCheck->setChecked(spec.smtpProbe);
        m_dnsServerEdit->setText(spec.dnsServer);
        break;
    case ColumnSpec::Kind::Select:
        m_optionsEdit->setText(spec.options.join(QStringLiteral(", ")));
        break;
    case ColumnSpec::Kind::Score:
        m_scorerCombo->setCurrentIndex(spec.aiScoring ? 1 : 0);
        m_scoreFieldsEdit->setText(spec.fields.join(QStringLiteral(", ")));
        m_scoreBaseUrlEdit->setText(spec.baseUrl);
        m_scoreModelEdit->setText(spec.model);
        m_scoreKeyEdit->setText(spec.apiKeyEnv);
        break;
    case ColumnSpec::Kind::Text:
    case ColumnSpec::Kind::Number:
    case ColumnSpec::Kind::Date:
    case ColumnSpec::Kind::Url:
    case ColumnSpec::Kind::Checkbox:
        break;
    }
    m_concurrencySpin->setValue(spec.concurrency);
    m_rateSpin->setValue(spec.ratePerMinute);
    m_timeoutSpin->setValue(spec.timeoutMs / 1000);
    m_plainHttpCheck->setChecked(spec.allowPlainHttp);
    m_runIfEdit->setText(spec.runIf);
    m_requiresEdit->setText(spec.requiredInputs.join(QStringLiteral(", ")));
    m_autoRunCheck->setChecked(spec.autoRun);
    updatePreview();
}

void ColumnEditor::kindChanged()
{
    ColumnSpec defaults;
    defaults.kind = kind();
    m_pages->setCurrentIndex(pageOf(defaults.kind));
    m_optionsEdit->setVisible(defaults.kind == ColumnSpec::Kind::Select);
    m_optionsLabel->setVisible(defaults.kind == ColumnSpec::Kind::Select);
    m_runningGroup->setVisible(defaults.isExecutable());
    m_previewGroup->setVisible(defaults.isExecutable());
    if (defaults.kind == ColumnSpec::Kind::Ai) {
        // A new AI column starts from OpenAI's defaults and the icebreaker, ready to try.
        if (m_promptEdit->toPlainText().isEmpty()) {
            defaults.templateText = aiPresetPrompt(QStringLiteral("icebreaker"));
            defaults.apiKeyEnv = aiProviders().first().apiKeyEnv;
            setSpec(defaults);
            m_aiPresetCombo->setCurrentIndex(1);
        }
    } else if (!m_edited) {
        setSpec(defaults); // the running settings' defaults
    }
    updatePreview();
}

std::unique_ptr<CellComputer> ColumnEditor::makeComputer(const ColumnSpec& spec, const QByteArray& key) const
{
    // A column not named yet is previewed all the same.
    const CheckedDefinition checked = checkColumnDefinition(m_columns,
        columnName().isEmpty() ? tr("New column") : columnName(), spec, m_edited ? &*m_edited : nullptr);
    return std::make_unique<CellComputer>(spec, checked.column, checked.columns, key);
}

void ColumnEditor::updatePreview()
{
    m_previewTimer.stop();
    ColumnSpec current;
    try {
        current = spec();
        if (!current.isExecutable())
            return;
        const std::unique_ptr<CellComputer> computer = makeComputer(current, {});
        if (m_leadValues.isEmpty()) {
            m_previewEdit->setPlainText(
                tr("Select a lead in the table to see what this column sends for it."));
            m_tryButton->setEnabled(false);
            return;
        }
        const CellRequest request
            = computer->prepare([this](const QString& sqlName) { return m_leadValues.value(sqlName); });
        QString text = tr("For %1:").arg(m_leadTitle) + QStringLiteral("\n\n") + computer->describe(request);
        if (!current.apiKeyEnv.isEmpty())
            text += QStringLiteral("\n\n")
                + tr("The key is read from the keychain entry %1 when the column runs.")
                      .arg(current.apiKeyEnv);
        m_previewEdit->setPlainText(text);
        m_tryButton->setEnabled(request.missing.isEmpty());
        m_errorLabel->hide();
    } catch (const Error& error) {
        m_previewEdit->setPlainText(error.message());
        m_tryButton->setEnabled(false);
    }
}

void ColumnEditor::tryPreviewLead()
{
    ColumnSpec current;
    try {
        current = spec();
        makeComputer(current, {});
    } catch (const Error& error) {
        showTrial(error.message());
        return;
    }
    if (m_trial)
        m_trial->cancelled = true;
    m_trial = std::make_shared<TrialState>();
    m_tryButton->setEnabled(false);
    showTrial(tr("Computing…"));
    const auto start = [this, current, trial = m_trial](const QByteArray& key) {
        if (trial != m_trial)
            return;
        trial->computer = makeComputer(current, key);
        const CellRequest request = trial->computer->prepare(
            [this](const QString& sqlName) { return m_leadValues.value(sqlName); });
        runTrial(trial, request, this, [this](const CellOutcome& outcome) {
            QString text;
            switch (outcome.status) {
            case CellOutcome::Status::Done: {
                QStringList lines;
                for (const auto& [sqlName, value] : outcome.values) {
                    const Column* column = findColumn(m_columns, sqlName);
                    const QString name
                        = column ? column->displayName : sqlName.mid(sqlName.indexOf(u':') + 1);
                    lines.append(name + QStringLiteral(": ") + value);
                }
                if (!outcome.reason.isEmpty())
                    lines.append(tr("Reason: %1").arg(outcome.reason));
                if (outcome.tokensIn + outcome.tokensOut > 0)
                    lines.append(tr("Tokens: %1 in, %2 out").arg(outcome.tokensIn).arg(outcome.tokensOut));
                text = lines.join(u'\n');
                break;
            }
            case CellOutcome::Status::Skipped:
                text = tr("Skipped: %1").arg(outcome.reason);
                break;
            case CellOutcome::Status::Failed:
            case CellOutcome::Status::Cancelled:
                text = tr("Failed: %1").arg(outcome.reason);
                break;
            }
            showTrial(text);
            m_tryButton->setEnabled(true);
            Q_EMIT trialFinished();
        });
    };
    if (current.apiKeyEnv.isEmpty()) {
        start({});
        return;
    }
    KeyStore::read(current.apiKeyEnv, this, [this, start](const QByteArray& key, const QString& error) {
        if (!error.isEmpty()) {
            showTrial(error);
            m_tryButton->setEnabled(true);
            Q_EMIT trialFinished();
            return;
        }
        start(key);
    });
}

void ColumnEditor::showTrial(const QString& text)
{
    m_trialEdit->setPlainText(text);
}

QString ColumnEditor::previewText() const
{
    return m_previewEdit->toPlainText();
}

QString ColumnEditor::trialText() const
{
    return m_trialEdit->toPlainText();
}

void ColumnEditor::askForKey(QLineEdit* keyNameEdit)
{
    const QString name = keyNameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Name the key first (e.g. OPENAI_API_KEY): it is filed under that name."));
        return;
    }
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("keyInputDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Set Key %1").arg(name));
    ask->setLabelText(tr("The key for %1, saved in the system keychain (never in the workspace):").arg(name));
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this, [this, name](const QString& key) {
        if (key.trimmed().isEmpty())
            return;
        KeyStore::write(name, key.trimmed().toUtf8(), this, [this, name](const QString& error) {
            if (!error.isEmpty())
                showError(error);
            else
                showTrial(tr("The key %1 is saved in the keychain.").arg(name));
        });
    });
    ask->open();
}

void ColumnEditor::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void ColumnEditor::accept()
{
    try {
        const ColumnSpec current = spec();
        checkColumnDefinition(m_columns, columnName(), current, m_edited ? &*m_edited : nullptr);
        m_errorLabel->hide();
        Q_EMIT saveRequested(columnName(), current);
    } catch (const Error& error) {
        showError(error.message());
    }
}

} // namespace LeadSync
