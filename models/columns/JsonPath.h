#pragma once

#include <QJsonValue>
#include <QString>

namespace LeadSync {

// A path into a JSON reply, as a webhook column maps it to a column: person.company.name,
// emails[0].value, [2], data.items[1][0]. Keys may hold any character but . and [.
class JsonPath final
{
public:
    // Throws Error when the path cannot be read (an empty key, an unclosed [, a non-number index).
    explicit JsonPath(const QString& path);

    const QString& text() const { return m_text; }
    // The value at the path, or Undefined when any step is missing.
    QJsonValue find(const QJsonValue& root) const;
    // The value as a cell's text: a string as it is, a number or boolean as JSON writes it, null and
    // missing as empty, an object or array as compact JSON.
    static QString cellText(const QJsonValue& value);

private:
    struct Step
    {
        QString key; // empty: an index step
        qsizetype index = -1;
    };

    QString m_text;
    QList<Step> m_steps;
};

} // namespace LeadSync
