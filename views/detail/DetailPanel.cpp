#include "DetailPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace LeadSync {

DetailPanel::DetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
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
    m_form = new QFormLayout(fields);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_subtitleLabel);
    layout->addWidget(scroll, 1);
    showLead(0, {});
}

void DetailPanel::setColumns(const ColumnList& columns)
{
    m_columns = columns;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    for (const Column& column : columns) {
        QWidget* editor = nullptr;
        if (column.sqlName == u"notes") {
            auto* notes = new QPlainTextEdit;
            notes->setReadOnly(true);
            notes->setMinimumHeight(80);
            editor = notes;
        } else {
            auto* line = new QLineEdit;
            line->setReadOnly(true);
            editor = line;
        }
        editor->setObjectName(column.sqlName + QStringLiteral("Edit"));
        m_form->addRow(column.displayName, editor);
        m_editors.append(editor);
    }
    showLead(0, {});
}

void DetailPanel::showLead(qint64 leadId, const QStringList& values)
{
    m_leadId = leadId;
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
        if (auto* line = qobject_cast<QLineEdit*>(m_editors[i])) {
            line->setText(text);
            line->setCursorPosition(0);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editors[i])) {
            plain->setPlainText(text);
        }
        m_editors[i]->setEnabled(leadId != 0);
    }
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
