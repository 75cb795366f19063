#include "TextField.h"

#include <QAction>
#include <QScrollBar>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace LeadSync {

TextField::TextField(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true); // Tab moves to the next field, as in the line edits around it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The height follows the text: its wrapped lines change with each edit and each new width.
    connect(document(), &QTextDocument::contentsChanged, this, &QWidget::updateGeometry);
}

int TextField::heightFor(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + margins.top()
        + margins.bottom() + 2 * frameWidth();
}

QSize TextField::sizeHint() const
{
    // A plain text document's layout measures its height in lines.
    const int lines = std::clamp(int(document()->size().height()), 1, kMaxLines);
    return { QPlainTextEdit::sizeHint().width(), heightFor(lines) };
}

QSize TextField::minimumSizeHint() const
{
    return { QPlainTextEdit::minimumSizeHint().width(), heightFor(1) };
}

void TextField::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    placeStatus();
    updateGeometry();
}

QAction* TextField::statusAction()
{
    if (!m_statusButton) {
        auto* action = new QAction(this);
        action->setObjectName(objectName() + QStringLiteral("Status"));
        m_statusButton = new QToolButton(this);
        m_statusButton->setAutoRaise(true);
        m_statusButton->setDefaultAction(action);
        m_statusButton->setFocusPolicy(Qt::NoFocus);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_statusButton->setIconSize({ size, size });
        // Room for the icon, so the text never runs under it.
        setViewportMargins(0, 0, size + 6, 0);
        connect(action, &QAction::changed, this,
            [this, action] { m_statusButton->setVisible(action->isVisible()); });
        placeStatus();
    }
    return m_statusButton->defaultAction();
}

void TextField::placeStatus()
{
    if (!m_statusButton)
        return;
    m_statusButton->adjustSize();
    m_statusButton->move(width() - frameWidth() - m_statusButton->width() - 1, frameWidth() + 1);
}

} // namespace LeadSync
