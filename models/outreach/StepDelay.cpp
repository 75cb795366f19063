#include "StepDelay.h"

#include "Error.h"
#include "SendingWindow.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LeadSync {

namespace {
constexpr std::pair<StepDelay::Unit, const char*> kUnits[] = {
    { StepDelay::Unit::Minutes, "m" },
    { StepDelay::Unit::Hours, "h" },
    { StepDelay::Unit::BusinessDays, "bd" },
    { StepDelay::Unit::Days, "d" },
};

// At most a year: a delay beyond that is a typo.
constexpr int kMaxMinutes = 366 * 24 * 60;
} // namespace

StepDelay StepDelay::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*(m|h|bd|d)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text.toLower());
    if (match.hasMatch()) {
        const int amount = match.captured(1).toInt();
        for (const auto& [unit, name] : kUnits) {
            if (match.captured(2) != QLatin1String(name))
                continue;
            const int perUnit = unit == Unit::Minutes ? 1 : unit == Unit::Hours ? 60 : 24 * 60;
            if (qint64(amount) * perUnit <= kMaxMinutes)
                return { amount, unit };
        }
    }
    throw Error(QCoreApplication::translate("LeadSync::StepDelay",
        "\"%1\" is not a delay: write a number and m (minutes), h (hours), d (days) or bd (business "
        "days), e.g. \"4h\" or \"3bd\", at most a year.")
                    .arg(text));
}

QString StepDelay::toString() const
{
    for (const auto& [unit, name] : kUnits) {
        if (unit == m_unit)
            return QString::number(m_amount) + QLatin1String(name);
    }
    return {};
}

QDateTime StepDelay::after(const QDateTime& from, const QTimeZone& zone) const
{
    switch (m_unit) {
    case Unit::Minutes:
        return from.addSecs(qint64(m_amount) * 60).toUTC();
    case Unit::Hours:
        return from.addSecs(qint64(m_amount) * 3600).toUTC();
    case Unit::Days:
    case Unit::BusinessDays:
        break;
    }
    const QDateTime local = from.toTimeZone(zone);
    QDate date = local.date();
    if (m_unit == Unit::Days) {
        date = date.addDays(m_amount);
    } else {
        for (int counted = 0; counted < m_amount;) {
            date = date.addDays(1);
            if (date.dayOfWeek() <= 5)
                ++counted;
        }
    }
    return localTime(date, local.time(), zone).toUTC();
}

} // namespace LeadSync
