#include "DetailPanel.h"

#include "TextField.h"
#include "columns/CellStatus.h"
#include "pipeline/Pipeline.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

namespace LeadSync {

DetailPanel::DetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel)
    , m_subtitleLabel(new QLabel)
    , m_historyLabel(new QLabel)
    , m_conversationTitle(new QLabel(tr("Conversation")))
    , m_conversationLabel(new QLabel)
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    m_subtitleLabel->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* historyTitle = new QLabel(tr("History"));
    QFont sectionFont = historyTitle->font();
    sectionFont.setBold(true);
    historyTitle->setFont(sectionFont);
    m_historyLabel->setObjectName(QStringLiteral("historyLabel"));
    m_historyLabel->setWordWrap(true);
    m_historyLabel->setTextFormat(Qt::RichText);
    m_historyLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_historyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // An import's entry links to undoing that import (the window asks first).
    connect(m_historyLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(u"undo-import:"))
            Q_EMIT undoImportRequested(link.section(u':', 1).toLongLong());
    });
    // The name and title scroll with the fields: a long title wraps instead of being cut off.
    fieldsLayout->addWidget(m_titleLabel);
    fieldsLayout->addWidget(m_subtitleLabel);
    fieldsLayout->addSpacing(4);
    fieldsLayout->addLayout(m_form);
    fieldsLayout->addSpacing(8);
    m_conversationTitle->setFont(sectionFont);
    m_conversationLabel->setObjectName(QStringLiteral("conversationLabel"));
    m_conversationLabel->setWordWrap(true);
    m_conversationLabel->setTextFormat(Qt::RichText);
    m_conversationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_conversationTitle->hide();
    m_conversationLabel->hide();
    fieldsLayout->addWidget(m_conversationTitle);
    fieldsLayout->addWidget(m_conversationLabel);
    fieldsLayout->addWidget(historyTitle);
    fieldsLayout->addWidget(m_historyLabel);
    fieldsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    showLead(0, {});
}

void DetailPanel::setColumns(const ColumnList& columns)
{
    m_columns = columns;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_statusActions.clear();
    for (const Column& column : columns) {
        QWidget* editor = nullptr;
        const int index = int(m_editors.size());
        if (holdsLongText(column)) {
            auto* text = new TextField;
            text->setReadOnly(!column.isEditable());
            text->setUndoRedoEnabled(false); // the window's undo stack undoes edits, here as everywhere
            connect(text, &QPlainTextEdit::textChanged, this,
                [this, index, text] { onEdited(index, text->toPlainText()); });
            editor = text;
        } else {
            auto* line = new QLineEdit;
            line->setReadOnly(!column.isEditable());
            connect(line, &QLineEdit::textEdited, this,
                [this, index](const QString& text) { onEdited(index, text); });
            editor = line;
        }
        editor->setObjectName(column.sqlName + QStringLiteral("Edit"));
        editor->installEventFilter(this);
        m_form->addRow(column.displayName, editor);
        m_editors.append(editor);
        m_statusActions.append(nullptr);
    }
    showLead(0, {});
}

// Notes, the analysis' words and the custom text columns (an AI pitch, a webhook's answer) may run to
// paragraphs: a field that grows with them. Names, addresses, numbers and links stay one line.
bool DetailPanel::holdsLongText(const Column& column)
{
    if (column.builtin)
        return column.sqlName == u"notes" || column.sqlName == u"recommendation"
            || column.sqlName == u"score_reason";
    return column.kind == u"text" || column.kind == u"ai" || column.kind == u"template"
        || column.kind == u"webhook";
}

void DetailPanel::showCellStatuses(const QList<std::pair<QString, QString>>& statuses)
{
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        QWidget* editor = m_editors[i];
        const auto [status, text] = statuses.value(i);
        QAction*& action = m_statusActions[i];
        if (status.isEmpty() && !action)
            continue; // a plain field keeps its own tooltip (an invalid address's, say)
        const QIcon icon = cellStatusIcon(status, style());
        if (!icon.isNull() && !action) {
            if (auto* line = qobject_cast<QLineEdit*>(editor)) {
                action = line->addAction(icon, QLineEdit::TrailingPosition);
                action->setObjectName(line->objectName() + QStringLiteral("Status"));
            } else {
                action = static_cast<TextField*>(editor)->statusAction();
            }
        }
        if (action) {
            action->setIcon(icon);
            action->setToolTip(text);
            action->setVisible(!icon.isNull());
        }
        editor->setToolTip(text);
        editor->setProperty(
            "placeholderText", status == u"failed" || status == u"skipped" ? text : QString());
    }
}

// Undo and Redo go to the window's undo stack, not to the editor's private one: the field's edits are
// already commands there, and two undo histories for the same text would disagree.
bool DetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPanel::onEdited(int column, const QString& text)
{
    if (m_updating || m_leadId == 0 || column >= m_values.size() || m_values[column] == text)
        return;
    const QString old = m_values[column];
    m_values[column] = text;
    validate(column);
    Q_EMIT fieldEdited(m_leadId, m_columns[column].sqlName, old, text);
}

// An email that is not an email is flagged where it is typed, never refused: the consultant decides.
void DetailPanel::validate(int column)
{
    if (m_columns[column].sqlName != u"email")
        return;
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString value = m_values.value(column).trimmed();
    const bool flagged = !value.isEmpty() && !email.match(value).hasMatch();
    QWidget* widget = m_editors[column];
    widget->setProperty("flagged", flagged);
    widget->setStyleSheet(flagged ? QStringLiteral("QLineEdit { border: 2px solid #d9534f; }") : QString());
    widget->setToolTip(flagged ? tr("This is not a valid email address.") : QString());
}

bool DetailPanel::isFlagged(const QString& sqlName) const
{
    const QWidget* widget = editor(sqlName);
    return widget && widget->property("flagged").toBool();
}

QWidget* DetailPanel::editor(const QString& sqlName) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].sqlName == sqlName)
            return m_editors[i];
    }
    return nullptr;
}

void DetailPanel::showLead(qint64 leadId, const QStringList& values)
{
    const QScopedValueRollback updating(m_updating, true);
    if (leadId != m_leadId) {
        m_historyLines.clear();
        m_historyLabel->setText(leadId != 0 ? tr("Loading…") : QString());
        showConversation({});
    }
    m_leadId = leadId;
    m_values = leadId != 0 ? values : QStringList();
    const auto value = [this, &values](const char* sqlName) {
        for (qsizetype i = 0; i < m_columns.size() && i < values.size(); ++i) {
            if (m_columns[i].sqlName == QLatin1String(sqlName))
                return values[i];
        }
        return QString();
    };
    if (leadId == 0) {
        m_titleLabel->setText(tr("No lead selected"));
        m_subtitleLabel->setText(tr("Select a row to see the lead's fields."));
    } else {
        const QString name = QStringList { value("first_name"), value("last_name") }.join(u' ').trimmed();
        m_titleLabel->setText(name.isEmpty() ? value("email") : name);
        const QString title = value("title");
        const QString company = value("company");
        m_subtitleLabel->setText(
            title.isEmpty() || company.isEmpty() ? title + company : tr("%1 at %2").arg(title, company));
    }
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        const QString text = leadId != 0 ? values.value(i) : QString();
        // Text already shown is left alone, so a refresh while typing keeps the cursor where it is.
        if (auto* line = qobject_cast<QLineEdit*>(m_editors[i]); line && line->text() != text) {
            line->setText(text);
            line->setCursorPosition(0);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editors[i]);
                   plain && plain->toPlainText() != text) {
            plain->setPlainText(text);
        }
        m_editors[i]->setEnabled(leadId != 0);
        if (leadId != 0)
            validate(int(i));
    }
}

QString DetailPanel::describe(const LeadEvent& event) const
{
    const auto quoted = [](const QString& value) { return tr("“%1”").arg(value); };
    switch (event.kind) {
    case LeadEvent::Kind::Created:
        return tr("Created");
    case LeadEvent::Kind::Imported:
        return tr("Imported from %1").arg(QFileInfo(event.newValue).fileName());
    case LeadEvent::Kind::Edited: {
        const Column* column = findColumn(m_columns, event.field);
        const QString field = column ? column->displayName : event.field;
        if (event.oldValue.isEmpty())
            return tr("%1 set to %2").arg(field, quoted(event.newValue));
        if (event.newValue.isEmpty())
            return tr("%1 cleared (was %2)").arg(field, quoted(event.oldValue));
        return tr("%1 changed from %2 to %3").arg(field, quoted(event.oldValue), quoted(event.newValue));
    }
    case LeadEvent::Kind::CampaignAdded:
        return tr("Added to campaign %1").arg(event.newValue);
    case LeadEvent::Kind::CampaignRemoved:
        return tr("Removed from campaign %1").arg(event.newValue);
    case LeadEvent::Kind::Outreach:
        return tr("Outreach: %1 (%2)").arg(event.field, event.newValue);
    case LeadEvent::Kind::Stage:
        return tr("Stage %1 → %2, by %3")
            .arg(Stages::title(Stages::fromName(event.oldValue).value_or(Stage::New)),
                Stages::title(Stages::fromName(event.newValue).value_or(Stage::New)), event.field);
    }
    return {};
}

void DetailPanel::showHistory(const LeadEvents& events)
{
    m_historyLines.clear();
    QString html;
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(event->at).toLocalTime(), QLocale::ShortFormat);
        const QString what = describe(*event);
        m_historyLines.append(when + u' ' + what);
        const QString action = event->kind == LeadEvent::Kind::Imported && !event->field.isEmpty()
            ? QStringLiteral(" · <a href=\"undo-import:%1\">%2</a>").arg(event->field, tr("Undo this import"))
            : QString();
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\"><span style=\"color:%1\">%2</span><br>%3%4</p>")
                    .arg(palette().color(QPalette::PlaceholderText).name(), when.toHtmlEscaped(),
                        what.toHtmlEscaped(), action);
    }
    m_historyLabel->setText(html);
}

// Messages sent on the right, replies on the left, as a mail program's thread reads.
void DetailPanel::showConversation(const QList<ConversationEntry>& entries)
{
    QString html;
    for (const ConversationEntry& entry : entries) {
        const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        html += QStringLiteral(
            "<p align=\"%1\" style=\"margin:0 0 8px 0\"><span style=\"color:%2\">%3 · %4</span>"
            "<br><b>%5</b><br>%6</p>")
                    .arg(entry.outgoing ? QStringLiteral("right") : QStringLiteral("left"),
                        palette().color(QPalette::PlaceholderText).name(), when.toHtmlEscaped(),
                        entry.who.toHtmlEscaped(), entry.subject.toHtmlEscaped(),
                        entry.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_conversationLabel->setText(html);
    m_conversationTitle->setVisible(!entries.isEmpty());
    m_conversationLabel->setVisible(!entries.isEmpty());
}

QString DetailPanel::conversationText() const
{
    return m_conversationLabel->text();
}

QString DetailPanel::shownValue(const QString& sqlName) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].sqlName != sqlName)
            continue;
        if (const auto* line = qobject_cast<const QLineEdit*>(m_editors[i]))
            return line->text();
        if (const auto* plain = qobject_cast<const QPlainTextEdit*>(m_editors[i]))
            return plain->toPlainText();
    }
    return {};
}

} // namespace LeadSync
