#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace LeadSync {

// When mail may go out: days of the week and a daily range of local times, e.g. "mon-fri 09:00-17:00"
// or "mon,wed,fri 08:30-12:00" or "sat-sun 10:00-14:00". Local means in a given zone, so a window is
// the same hours of the day on both sides of a DST change (see docs/decisions/0014-outreach.md). The
// range ends before its end time; "24:00" ends it at midnight, so "mon-sun 00:00-24:00" is always open
// (with "23:59" as the end, the day's last minute stayed closed).
class SendingWindow final
{
public:
    // Every day, 09:00-17:00.
    SendingWindow();
    // Throws Error naming the text when it is not "DAYS HH:MM-HH:MM" with from before to.
    static SendingWindow parse(const QString& text);
    QString toString() const;

    // The earliest instant at or after `at` when the window is open, in zone; null if no day is
    // allowed. A window opening in a spring-forward gap opens at the first valid local time.
    QDateTime nextOpen(const QDateTime& at, const QTimeZone& zone) const;
    bool contains(const QDateTime& at, const QTimeZone& zone) const;

    bool operator==(const SendingWindow&) const = default;

private:
    // The local time a minute of the day (0 to 1440, midnight at the end) is on date.
    static QDateTime localAt(const QDate& date, int minute, const QTimeZone& zone);

    std::array<bool, 7> m_days {}; // Monday first
    int m_from = 9 * 60; // minutes into the day
    int m_to = 17 * 60; // exclusive; 1440 is midnight at the day's end
};

// A local date and time in zone; a time in the spring-forward gap moves on to the first valid one.
QDateTime localTime(const QDate& date, const QTime& time, const QTimeZone& zone);

} // namespace LeadSync
