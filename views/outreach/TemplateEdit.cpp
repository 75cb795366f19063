#include "TemplateEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace LeadSync {

TemplateEdit::TemplateEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
{
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
        &TemplateEdit::insertCompletion);
}

void TemplateEdit::setFieldNames(const QStringList& names)
{
    qobject_cast<QStringListModel*>(m_completer->model())->setStringList(names);
}

void TemplateEdit::setSingleLine(bool singleLine)
{
    m_singleLine = singleLine;
    setLineWrapMode(singleLine ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (singleLine) {
        setTabChangesFocus(true);
        setFixedHeight(fontMetrics().height() + 2 * (frameWidth() + int(document()->documentMargin())) + 2);
    }
}

std::optional<QString> TemplateEdit::openReference() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QStringLiteral("{{"));
    if (open < 0)
        return std::nullopt;
    const QString typed = before.mid(open + 2);
    if (typed.contains(u'}') || typed.contains(u'|'))
        return std::nullopt; // closed, or in the fallback
    return typed;
}

void TemplateEdit::insertCompletion(const QString& name)
{
    const std::optional<QString> typed = openReference();
    QTextCursor cursor = textCursor();
    if (typed)
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed->size()));
    // The closing braces, unless they follow already.
    const QString after = cursor.block().text().mid(cursor.positionInBlock() + cursor.selectedText().size());
    cursor.insertText(after.startsWith(QStringLiteral("}}")) ? name : name + QStringLiteral("}}"));
    setTextCursor(cursor);
}

void TemplateEdit::keyPressEvent(QKeyEvent* event)
{
    QAbstractItemView* popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the popup takes these
            return;
        default:
            break;
        }
    }
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const std::optional<QString> typed = openReference();
    if (!typed) {
        popup->hide();
        return;
    }
    m_completer->setCompletionPrefix(*typed);
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace LeadSync
