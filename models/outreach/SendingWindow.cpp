#include "SendingWindow.h"

#include "Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LeadSync {

namespace {

const char* const kDayNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

int dayIndex(const QString& name)
{
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(kDayNames[i]))
            return i;
    }
    return -1;
}

Error badWindow(const QString& text)
{
    return Error(QCoreApplication::translate("LeadSync::SendingWindow",
        "\"%1\" is not a sending window: write days and hours, e.g. \"mon-fri 09:00-17:00\", "
        "\"mon,wed,fri 08:30-12:00\" or \"sat-sun 00:00-24:00\" (all day).")
                     .arg(text));
}

constexpr int kMinutesADay = 24 * 60;

// "HH:MM" (one or two digits for the hour) as minutes into the day, 24:00 being the day's end; -1
// when it is no time of day.
int minuteOf(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    const int hour = text.left(colon).toInt();
    const int minute = text.mid(colon + 1).toInt();
    if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
        return -1;
    return hour * 60 + minute;
}

QString printedMinute(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

} // namespace

QDateTime localTime(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    QDateTime local(date, time, zone);
    // Qt 6.4 answers an invalid QDateTime for a local time the clocks skip (02:30 on the spring
    // change): the gap is at most an hour or two, so move on a quarter of an hour at a time.
    for (int step = 1; !local.isValid() && step <= 12; ++step)
        local = QDateTime(date, time.addSecs(step * 900), zone);
    return local;
}

SendingWindow::SendingWindow()
{
    m_days.fill(true);
}

SendingWindow SendingWindow::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([a-z,\\-]+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text.toLower());
    if (!match.hasMatch())
        throw badWindow(text);
    SendingWindow window;
    window.m_days.fill(false);
    for (const QString& part : match.captured(1).split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        const int first = dayIndex(range.value(0));
        const int last = range.size() == 2 ? dayIndex(range.value(1)) : first;
        if (first < 0 || last < 0 || range.size() > 2)
            throw badWindow(text);
        // A range may wrap over the week's end: "fri-mon".
        for (int day = first;; day = (day + 1) % 7) {
            window.m_days[size_t(day)] = true;
            if (day == last)
                break;
        }
    }
    window.m_from = minuteOf(match.captured(2));
    window.m_to = minuteOf(match.captured(3));
    if (window.m_from < 0 || window.m_to < 0 || window.m_from >= window.m_to)
        throw badWindow(text);
    return window;
}

QString SendingWindow::toString() const
{
    QStringList parts;
    for (int day = 0; day < 7;) {
        if (!m_days[size_t(day)]) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && m_days[size_t(last + 1)])
            ++last;
        parts.append(last == day
                ? QString::fromLatin1(kDayNames[day])
                : QStringLiteral("%1-%2").arg(QLatin1String(kDayNames[day]), QLatin1String(kDayNames[last])));
        day = last + 1;
    }
    return QStringLiteral("%1 %2-%3").arg(parts.join(u','), printedMinute(m_from), printedMinute(m_to));
}

QDateTime SendingWindow::localAt(const QDate& date, int minute, const QTimeZone& zone)
{
    if (minute == kMinutesADay)
        return localTime(date.addDays(1), QTime(0, 0), zone);
    return localTime(date, QTime(minute / 60, minute % 60), zone);
}

QDateTime SendingWindow::nextOpen(const QDateTime& at, const QTimeZone& zone) const
{
    const QDate today = at.toTimeZone(zone).date();
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate date = today.addDays(offset);
        if (!m_days[size_t(date.dayOfWeek() - 1)])
            continue;
        const QDateTime opens = localAt(date, m_from, zone);
        const QDateTime closes = localAt(date, m_to, zone);
        if (at >= closes)
            continue;
        return (at > opens ? at : opens).toUTC();
    }
    return {};
}

bool SendingWindow::contains(const QDateTime& at, const QTimeZone& zone) const
{
    return nextOpen(at, zone) == at.toUTC();
}

} // namespace LeadSync
