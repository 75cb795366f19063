#include "Template.h"

#include <QUrl>

namespace LeadSync {

namespace {

QString escapeJson(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString escaped(const QString& value, Template::Escape escape)
{
    switch (escape) {
    case Template::Escape::None:
        return value;
    case Template::Escape::Json:
        return escapeJson(value);
    case Template::Escape::Url:
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return value;
}

} // namespace

Template::Template(const QString& text)
    : m_text(text)
{
    qsizetype position = 0;
    QString literal;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), position);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QStringLiteral("}}"), open + 2);
        if (open < 0 || close < 0) {
            literal += text.mid(position);
            break;
        }
        literal += text.mid(position, open - position);
        const QString inside = text.mid(open + 2, close - open - 2);
        const qsizetype bar = inside.indexOf(u'|');
        Reference reference { (bar < 0 ? inside : inside.left(bar)).trimmed(),
            bar < 0 ? QString() : inside.mid(bar + 1).trimmed() };
        if (reference.name.isEmpty()) { // "{{}}" or "{{|x}}": not a reference
            literal += text.mid(open, close + 2 - open);
        } else {
            if (!literal.isEmpty())
                m_parts.append({ literal, -1 });
            literal.clear();
            m_parts.append({ {}, int(m_references.size()) });
            m_references.append(reference);
        }
        position = close + 2;
    }
    if (!literal.isEmpty())
        m_parts.append({ literal, -1 });
}

QStringList Template::names() const
{
    QStringList result;
    for (const Reference& reference : m_references) {
        if (!result.contains(reference.name))
            result.append(reference.name);
    }
    return result;
}

QList<Template::Reference> Template::references() const
{
    return m_references;
}

QString Template::render(const std::function<QString(const QString& name)>& value, Escape escape) const
{
    QString out;
    for (const Part& part : m_parts) {
        if (part.reference < 0) {
            out += part.literal;
            continue;
        }
        const Reference& reference = m_references[part.reference];
        const QString text = value(reference.name);
        out += escaped(text.trimmed().isEmpty() ? reference.fallback : text, escape);
    }
    return out;
}

} // namespace LeadSync
