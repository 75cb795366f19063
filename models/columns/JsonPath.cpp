#include "JsonPath.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace LeadSync {

JsonPath::JsonPath(const QString& path)
    : m_text(path.trimmed())
{
    const auto fail = [this] {
        return Error(QCoreApplication::translate("LeadSync::JsonPath", "Cannot read the JSON path \"%1\".")
                         .arg(m_text));
    };
    if (m_text.isEmpty())
        throw fail();
    qsizetype i = 0;
    bool expectKey = true; // at the start or after a dot
    while (i < m_text.size()) {
        const QChar c = m_text[i];
        if (c == u'[') {
            const qsizetype close = m_text.indexOf(u']', i);
            bool ok = false;
            const qsizetype index
                = close < 0 ? -1 : m_text.mid(i + 1, close - i - 1).trimmed().toLongLong(&ok);
            if (close < 0 || !ok || index < 0)
                throw fail();
            m_steps.append({ {}, index });
            i = close + 1;
            expectKey = false;
        } else if (c == u'.') {
            if (expectKey)
                throw fail(); // "a..b" or ".a"
            expectKey = true;
            ++i;
        } else {
            qsizetype end = i;
            while (end < m_text.size() && m_text[end] != u'.' && m_text[end] != u'[')
                ++end;
            m_steps.append({ m_text.mid(i, end - i), -1 });
            i = end;
            expectKey = false;
        }
    }
    if (expectKey)
        throw fail(); // ends with a dot
}

QJsonValue JsonPath::find(const QJsonValue& root) const
{
    QJsonValue value = root;
    for (const Step& step : m_steps) {
        if (step.index >= 0) {
            if (!value.isArray() || step.index >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(step.index);
        } else {
            if (!value.isObject() || !value.toObject().contains(step.key))
                return QJsonValue(QJsonValue::Undefined);
            value = value.toObject().value(step.key);
        }
    }
    return value;
}

QString JsonPath::cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Whole numbers without a decimal point, as a reader expects (42, not 42.0), up to 2^53,
        // where doubles stop being exact.
        const double number = value.toDouble();
        constexpr double kExact = 9007199254740992.0;
        if (std::abs(number) < kExact && number == std::floor(number))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace LeadSync
