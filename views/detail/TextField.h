#pragma once

#include <QPlainTextEdit>

class QToolButton;

namespace LeadSync {

// A field of the detail panel for text that may be long (notes, an AI-written pitch, a webhook's
// answer): one line high when the text is short, growing with the text up to kMaxLines, then
// scrolling; the words wrap at the panel's width. A computed cell's status icon sits in its top
// right corner, as a line edit's trailing action would.
class TextField final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextField)

public:
    static constexpr int kMaxLines = 12;

    explicit TextField(QWidget* parent = nullptr);

    // The status action (made on first call): its icon and tooltip show in the corner while visible.
    QAction* statusAction();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int heightFor(int lines) const;
    void placeStatus();

    QToolButton* m_statusButton = nullptr;
};

} // namespace LeadSync
