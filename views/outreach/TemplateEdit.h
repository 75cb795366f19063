#pragma once

#include <QPlainTextEdit>

#include <optional>

class QCompleter;

namespace LeadSync {

// A text box for a template ({{column|fallback}}) that completes column names: typing "{{" opens
// the list of columns, narrowed as the name is typed; Enter or a click inserts the name and "}}".
class TemplateEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEdit)

public:
    explicit TemplateEdit(QWidget* parent = nullptr);

    // The names offered (the table's column names).
    void setFieldNames(const QStringList& names);
    QCompleter* completer() const { return m_completer; }
    // One line only (a subject): Enter does not start a new line.
    void setSingleLine(bool singleLine);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // The name typed so far after an open "{{", or nothing when the cursor is not in one.
    std::optional<QString> openReference() const;
    void insertCompletion(const QString& name);

    QCompleter* m_completer;
    bool m_singleLine = false;
};

} // namespace LeadSync
