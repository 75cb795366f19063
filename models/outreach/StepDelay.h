#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace LeadSync {

// How long after the previous step a step is due: minutes ("30m"), hours ("4h"), days ("2d") or
// business days ("3bd", which skip Saturday and Sunday). Days are calendar days in the lead's zone:
// "1d" after 09:00 is 09:00 the next day, also across a DST change (23 or 25 hours later).
class StepDelay final
{
public:
    enum class Unit { Minutes, Hours, Days, BusinessDays };

    StepDelay() = default;
    StepDelay(int amount, Unit unit)
        : m_amount(amount)
        , m_unit(unit)
    { }
    // Throws Error naming the text when it is not a number and m, h, d or bd.
    static StepDelay parse(const QString& text);
    QString toString() const;

    // The instant this delay after `from`, counting days in zone.
    QDateTime after(const QDateTime& from, const QTimeZone& zone) const;

    bool operator==(const StepDelay&) const = default;

private:
    int m_amount = 0;
    Unit m_unit = Unit::Minutes;
};

} // namespace LeadSync
