#include "SequenceEditor.h"

#include "Error.h"
#include "TemplateEdit.h"
#include "outreach/OutreachEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

namespace LeadSync {

namespace {
QString variantName(int index)
{
    return QString(QChar(u'A' + index));
}
} // namespace

SequenceEditor::SequenceEditor(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_mailbox(new QComboBox(this))
    , m_window(new QLineEdit(QStringLiteral("mon-fri 09:00-17:00"), this))
    , m_zone(new QComboBox(this))
    , m_companyStop(
          new QCheckBox(tr("Stop for the whole &company (same email domain) when one replies"), this))
    , m_autoSend(new QCheckBox(
          tr("Answer &interested replies by themselves (the drafted answer, with your booking link)"), this))
    , m_stepList(new QListWidget(this))
    , m_after(new QLineEdit(this))
    , m_variantBox(new QComboBox(this))
    , m_removeVariant(new QPushButton(tr("Remove Variant"), this))
    , m_subject(new TemplateEdit(this))
    , m_body(new TemplateEdit(this))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sequenceEditor"));
    setWindowTitle(tr("Sequence"));
    m_name->setObjectName(QStringLiteral("sequenceName"));
    m_stepList->setObjectName(QStringLiteral("sequenceSteps"));
    m_after->setObjectName(QStringLiteral("stepAfter"));
    m_subject->setObjectName(QStringLiteral("stepSubject"));
    m_body->setObjectName(QStringLiteral("stepBody"));
    m_preview->setObjectName(QStringLiteral("sequencePreview"));
    m_message->setObjectName(QStringLiteral("sequenceMessage"));
    m_zone->addItem(tr("The lead's time zone"), QStringLiteral("lead"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_window->setToolTip(tr("Days and hours in the lead's zone, e.g. “mon-fri 09:00-17:00”."));
    m_after->setToolTip(tr("After the previous step was sent (the first step: after enrolling): "
                           "30m, 4h, 2d, or 3bd for business days."));
    m_subject->setSingleLine(true);
    m_subject->setPlaceholderText(tr("Empty: a reply in the thread of the previous step"));
    m_body->setPlaceholderText(tr("Hi {{first_name|there}},\n\nType {{ to insert a column."));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_message->setWordWrap(true);

    auto* settings = new QFormLayout;
    settings->addRow(tr("&Name:"), m_name);
    settings->addRow(tr("&Mailbox:"), m_mailbox);
    settings->addRow(tr("Sending &window:"), m_window);
    settings->addRow(tr("Time &zone:"), m_zone);
    settings->addRow(QString(), m_companyStop);
    settings->addRow(QString(), m_autoSend);

    auto* addStepButton = new QPushButton(tr("Add &Step"), this);
    addStepButton->setObjectName(QStringLiteral("addStepButton"));
    auto* removeStepButton = new QPushButton(tr("Remove Step"), this);
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(addStepButton);
    stepButtons->addWidget(removeStepButton);
    auto* stepsBox = new QWidget(this);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(new QLabel(tr("Steps"), this));
    stepsLayout->addWidget(m_stepList, 1);
    stepsLayout->addLayout(stepButtons);

    auto* addVariantButton = new QPushButton(tr("Add &Variant"), this);
    addVariantButton->setObjectName(QStringLiteral("addVariantButton"));
    auto* variantRow = new QHBoxLayout;
    variantRow->addWidget(m_variantBox, 1);
    variantRow->addWidget(addVariantButton);
    variantRow->addWidget(m_removeVariant);
    auto* stepBox = new QWidget(this);
    auto* stepForm = new QFormLayout(stepBox);
    stepForm->setContentsMargins(0, 0, 0, 0);
    stepForm->addRow(tr("Send &after:"), m_after);
    stepForm->addRow(tr("Variant:"), variantRow);
    stepForm->addRow(tr("S&ubject:"), m_subject);
    stepForm->addRow(tr("&Body:"), m_body);

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(stepsBox);
    splitter->addWidget(stepBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 200, 460, 460 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(addStepButton, &QPushButton::clicked, this, &SequenceEditor::addStep);
    connect(removeStepButton, &QPushButton::clicked, this, &SequenceEditor::removeStep);
    connect(addVariantButton, &QPushButton::clicked, this, &SequenceEditor::addVariant);
    connect(m_removeVariant, &QPushButton::clicked, this, &SequenceEditor::removeVariant);
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            setCurrentStep(row);
    });
    connect(m_variantBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        m_variant = index;
        showStep();
    });
    for (QObject* edit : { static_cast<QObject*>(m_subject), static_cast<QObject*>(m_body) })
        connect(qobject_cast<QPlainTextEdit*>(edit), &QPlainTextEdit::textChanged, this,
            &SequenceEditor::storeStep);
    connect(m_after, &QLineEdit::textChanged, this, &SequenceEditor::storeStep);
    connect(m_mailbox, &QComboBox::currentIndexChanged, this, &SequenceEditor::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        try {
            Q_EMIT saveRequested(sequence());
        } catch (const Error& error) {
            showError(error.message());
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_steps.append({ QStringLiteral("0m"), { { {}, {} } } });
    refreshSteps();
    resize(1200, 720);
}

void SequenceEditor::setMailboxes(const QList<Mailbox>& mailboxes)
{
    const QString current = m_mailbox->currentText();
    m_mailboxes = mailboxes;
    const QSignalBlocker blocker(m_mailbox);
    m_mailbox->clear();
    for (const Mailbox& mailbox : mailboxes)
        m_mailbox->addItem(QStringLiteral("%1 — %2").arg(mailbox.name, mailbox.from()), mailbox.name);
    if (const int index = m_mailbox->findData(current.section(QStringLiteral(" — "), 0, 0)); index >= 0)
        m_mailbox->setCurrentIndex(index);
    updatePreview();
}

void SequenceEditor::setFieldNames(const QStringList& names)
{
    m_subject->setFieldNames(names);
    m_body->setFieldNames(names);
}

void SequenceEditor::setPreviewLead(const QHash<QString, QString>& lead)
{
    m_lead = lead;
    updatePreview();
}

void SequenceEditor::setSequence(const SequenceSpec& spec)
{
    m_name->setText(spec.name);
    if (const int index = m_mailbox->findData(spec.mailbox); index >= 0)
        m_mailbox->setCurrentIndex(index);
    m_window->setText(spec.window.toString());
    if (const int index = m_zone->findData(spec.timeZone); index >= 0)
        m_zone->setCurrentIndex(index);
    m_companyStop->setChecked(spec.stopOnCompanyReply);
    m_autoSend->setChecked(spec.autoSendInterested);
    m_steps.clear();
    for (const SequenceStep& step : spec.steps)
        m_steps.append({ step.after.toString(), step.variants });
    if (m_steps.isEmpty())
        m_steps.append({ QStringLiteral("0m"), { { {}, {} } } });
    m_step = 0;
    m_variant = 0;
    refreshSteps();
}

void SequenceEditor::setCurrentStep(int step)
{
    m_step = std::clamp(step, 0, int(m_steps.size()) - 1);
    m_variant = 0;
    refreshSteps();
}

void SequenceEditor::addStep()
{
    // A follow-up: two business days later, in the thread of the previous step.
    m_steps.append({ QStringLiteral("2bd"), { { {}, {} } } });
    setCurrentStep(int(m_steps.size()) - 1);
    m_body->setFocus();
}

void SequenceEditor::removeStep()
{
    if (m_steps.size() <= 1)
        return;
    m_steps.removeAt(m_step);
    setCurrentStep(m_step);
}

void SequenceEditor::addVariant()
{
    QList<StepVariant>& variants = m_steps[m_step].variants;
    variants.append(variants.value(m_variant)); // a copy to change
    m_variant = int(variants.size()) - 1;
    refreshSteps();
}

void SequenceEditor::removeVariant()
{
    QList<StepVariant>& variants = m_steps[m_step].variants;
    if (variants.size() <= 1)
        return;
    variants.removeAt(m_variant);
    m_variant = std::min(m_variant, int(variants.size()) - 1);
    refreshSteps();
}

// The step list and the step's fields, from the drafts.
void SequenceEditor::refreshSteps()
{
    m_loading = true;
    m_stepList->clear();
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const StepDraft& step = m_steps[i];
        const QString subject = step.variants.value(0).subject.trimmed();
        m_stepList->addItem(tr("%1. after %2: %3")
                                .arg(i + 1)
                                .arg(step.after, subject.isEmpty() ? tr("(reply in thread)") : subject));
    }
    m_stepList->setCurrentRow(m_step);
    m_variantBox->clear();
    for (qsizetype i = 0; i < m_steps[m_step].variants.size(); ++i)
        m_variantBox->addItem(tr("Variant %1").arg(variantName(int(i))));
    m_variantBox->setCurrentIndex(m_variant);
    m_removeVariant->setEnabled(m_steps[m_step].variants.size() > 1);
    m_loading = false;
    showStep();
}

void SequenceEditor::showStep()
{
    m_loading = true;
    const StepDraft& step = m_steps[m_step];
    m_after->setText(step.after);
    m_subject->setPlainText(step.variants.value(m_variant).subject);
    m_body->setPlainText(step.variants.value(m_variant).body);
    m_loading = false;
    updatePreview();
}

void SequenceEditor::storeStep()
{
    if (m_loading)
        return;
    StepDraft& step = m_steps[m_step];
    step.after = m_after->text().trimmed();
    StepVariant& variant = step.variants[m_variant];
    variant.subject = m_subject->toPlainText();
    variant.body = m_body->toPlainText();
    const QString subject = step.variants.value(0).subject.trimmed();
    if (QListWidgetItem* item = m_stepList->item(m_step))
        item->setText(tr("%1. after %2: %3")
                          .arg(m_step + 1)
                          .arg(step.after, subject.isEmpty() ? tr("(reply in thread)") : subject));
    updatePreview();
}

const Mailbox* SequenceEditor::mailbox() const
{
    const QString name = m_mailbox->currentData().toString();
    for (const Mailbox& mailbox : m_mailboxes) {
        if (mailbox.name == name)
            return &mailbox;
    }
    return nullptr;
}

// The message of the step and variant shown, for the preview lead, as it would be sent now.
void SequenceEditor::updatePreview()
{
    if (m_lead.isEmpty()) {
        m_previewTitle->setText(tr("Preview"));
        m_preview->setPlainText(tr("Select a lead in the table to see the message it would get."));
        return;
    }
    const qint64 leadId = m_lead.value(QStringLiteral("id")).toLongLong();
    const QString who = m_lead.value(QStringLiteral("email"));
    const int assigned = SequenceSpec::variantFor(leadId, m_step, m_steps[m_step].variants.size());
    m_previewTitle->setText(m_steps[m_step].variants.size() > 1
            ? tr("Preview for %1 (variant %2; this lead gets variant %3)")
                  .arg(who, variantName(m_variant), variantName(assigned))
            : tr("Preview for %1").arg(who));
    Mailbox sender;
    if (const Mailbox* chosen = mailbox())
        sender = *chosen;
    else
        sender.fromAddress = tr("(no mailbox)");
    const QDateTime now = QDateTime::currentDateTime();
    // The thread a step without a subject replies in: the latest earlier step with a subject.
    QString threadSubject;
    QByteArrayList references;
    for (int step = 0; step < m_step; ++step) {
        const QList<StepVariant>& variants = m_steps[step].variants;
        const StepVariant variant = variants.value(SequenceSpec::variantFor(leadId, step, variants.size()));
        references.append(QStringLiteral("step%1.preview@%2")
                              .arg(step + 1)
                              .arg(sender.fromAddress.section(u'@', 1))
                              .toUtf8());
        if (!variant.subject.trimmed().isEmpty()) {
            threadSubject = OutreachEngine::compose(variant, m_lead, sender, {}, now).mail.subject;
            references = { references.last() };
        }
    }
    const StepVariant& variant = m_steps[m_step].variants[m_variant];
    OutreachEngine::Draft draft = OutreachEngine::compose(variant, m_lead, sender, threadSubject, now);
    MailMessage& mail = draft.mail;
    if (variant.subject.trimmed().isEmpty())
        mail.references = references;
    QStringList lines { tr("From: %1").arg(sender.from()),
        tr("To: %1").arg(mail.toName.isEmpty() ? mail.toAddress
                                               : QStringLiteral("%1 <%2>").arg(mail.toName, mail.toAddress)),
        tr("Subject: %1").arg(mail.subject), tr("Date: the time it is sent") };
    if (!mail.references.isEmpty())
        lines.append(tr("In-Reply-To: <%1> (the Message-ID step %2 is sent with)")
                         .arg(QString::fromUtf8(mail.references.last()))
                         .arg(m_step));
    QString unsubscribe = QStringLiteral("<mailto:%1?subject=unsubscribe>").arg(sender.fromAddress);
    if (!sender.unsubscribeUrl.isEmpty())
        unsubscribe.prepend(QStringLiteral("<%1>, ").arg(sender.unsubscribeUrl));
    lines.append(tr("List-Unsubscribe: %1").arg(unsubscribe));
    QString text = lines.join(u'\n') + QStringLiteral("\n\n") + mail.body;
    draft.missing.removeDuplicates();
    if (!draft.missing.isEmpty())
        text.prepend(tr("⚠ Not sent to this lead: %1 is empty (add a fallback: {{%2|…}}).\n\n")
                         .arg(draft.missing.join(QStringLiteral(", ")), draft.missing.first()));
    if (m_step == 0 && variant.subject.trimmed().isEmpty())
        text.prepend(tr("⚠ The first step needs a subject.\n\n"));
    m_preview->setPlainText(text);
}

QString SequenceEditor::previewText() const
{
    return m_preview->toPlainText();
}

// The steps as a sequence file has them, so that the same checks name the same fields.
QJsonObject SequenceEditor::json() const
{
    QJsonArray steps;
    for (const StepDraft& draft : m_steps) {
        QJsonArray variants;
        for (const StepVariant& variant : draft.variants) {
            QJsonObject object { { QStringLiteral("body"), variant.body } };
            if (!variant.subject.trimmed().isEmpty())
                object.insert(QStringLiteral("subject"), variant.subject.trimmed());
            variants.append(object);
        }
        steps.append(QJsonObject {
            { QStringLiteral("after"), draft.after }, { QStringLiteral("variants"), variants } });
    }
    return { { QStringLiteral("name"), m_name->text().trimmed() },
        { QStringLiteral("mailbox"), m_mailbox->currentData().toString() },
        { QStringLiteral("stop_on_company_reply"), m_companyStop->isChecked() },
        { QStringLiteral("auto_send_interested"), m_autoSend->isChecked() },
        { QStringLiteral("steps"), steps } };
}

SequenceSpec SequenceEditor::sequence() const
{
    SequenceSpec spec = SequenceSpec::fromJson(json());
    try {
        spec.window = SendingWindow::parse(m_window->text());
    } catch (const Error& error) {
        throw Error(tr("Sending window: %1").arg(error.message()));
    }
    spec.timeZone = m_zone->currentData().toString();
    return spec;
}

void SequenceEditor::showError(const QString& message)
{
    m_message->setText(message);
}

} // namespace LeadSync
