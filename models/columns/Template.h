#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace LeadSync {

// A text with {{column}} references, as written in a template column, an AI prompt or a webhook's URL
// and body: {{first_name}}, {{Company size}}, {{first_name|there}} (the text after | stands in for an
// empty value). A reference names a column by SQL or display name; spaces around names are ignored.
// "{{" with no closing "}}" is kept as text. Parsed once, rendered for every row.
class Template final
{
public:
    // How a value is written into the text.
    enum class Escape {
        None, // as it is (a prompt, a template column)
        Json, // inside a JSON string literal: quotes, backslashes and control characters escaped
        Url, // percent-encoded, for a URL
    };

    struct Reference
    {
        QString name;
        QString fallback;
    };

    explicit Template(const QString& text = {});

    const QString& text() const { return m_text; }
    // The names referenced, in order of first appearance, each once.
    QStringList names() const;
    QList<Reference> references() const;

    // The text with every reference replaced by value(name) (or its fallback when that is empty),
    // escaped as asked; the fallback is escaped too.
    QString render(
        const std::function<QString(const QString& name)>& value, Escape escape = Escape::None) const;

private:
    struct Part
    {
        QString literal;
        int reference = -1; // index into m_references, or -1 for a literal
    };

    QString m_text;
    QList<Part> m_parts;
    QList<Reference> m_references;
};

} // namespace LeadSync
