// When outreach mail may go out: sending windows and step delays in the lead's zone across both DST
// changes in two zones, the lead's zone, and a mailbox's gap and caps.
#include "Error.h"
#include "outreach/LeadTimeZone.h"
#include "outreach/SendSchedule.h"
#include "outreach/SendingWindow.h"
#include "outreach/StepDelay.h"

#include <QTest>

using namespace LeadSync;

namespace {
const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QDateTime utc(const char* iso)
{
    return utc(QString::fromLatin1(iso));
}
} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsParseAndPrint_data();
    void windowsParseAndPrint();
    void badWindowsAreRefusedByText();
    void windowOpensOnTheNextAllowedDay();
    void windowToMidnightKeepsTheLastMinute();
    void windowKeepsItsHoursAcrossDst_data();
    void windowKeepsItsHoursAcrossDst();
    void windowOpeningInTheSpringGap();
    void delays_data();
    void delays();
    void badDelaysAreRefused();
    void leadZone_data();
    void leadZone();
    void gapSpreadsABurst();
    void capsHoldPerMailboxDay();
    void hourlyCap();
    void backlogAfterASleepIsNotABurst();
    void sendsPlannedAheadDoNotHoldUpToday();
    void largeEnrollmentIsPlannedInFull();
    void oneSendADayAcrossDstNeitherSkipsNorDoubles();
};

void TestSchedule::windowsParseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("week") << "mon-fri 09:00-17:00"
                          << "mon-fri 09:00-17:00";
    QTest::newRow("list") << "Mon,Wed,Fri 8:30-12:00"
                          << "mon,wed,fri 08:30-12:00";
    QTest::newRow("wrap") << "fri-mon 10:00-11:00"
                          << "mon,fri-sun 10:00-11:00";
    QTest::newRow("spaces") << "  sat  10:00 - 14:00 "
                            << "sat 10:00-14:00";
    QTest::newRow("to midnight") << "mon-sun 0:00-24:00"
                                 << "mon-sun 00:00-24:00";
}

void TestSchedule::windowsParseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    QCOMPARE(SendingWindow::parse(text).toString(), printed);
    QCOMPARE(SendingWindow::parse(printed), SendingWindow::parse(text));
}

void TestSchedule::badWindowsAreRefusedByText()
{
    for (const char* text : { "", "weekdays 9-5", "mon-fri 17:00-09:00", "mon-xyz 09:00-10:00",
             "mon 25:00-26:00", "mon-fri 09:00", "mon-tue-wed 09:00-10:00", "mon 24:00-24:00",
             "mon 09:00-24:30", "mon 09:60-10:00" }) {
        try {
            SendingWindow::parse(QString::fromLatin1(text));
            QFAIL(text);
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QString::fromLatin1(text)), qPrintable(error.message()));
        }
    }
}

void TestSchedule::windowOpensOnTheNextAllowedDay()
{
    const SendingWindow week = SendingWindow::parse(QStringLiteral("mon-fri 09:00-17:00"));
    // Inside: the same instant.
    QCOMPARE(week.nextOpen(utc("2026-06-10T10:00:00+02:00"), kBerlin), utc("2026-06-10T10:00:00+02:00"));
    QVERIFY(week.contains(utc("2026-06-10T16:59:00+02:00"), kBerlin));
    QVERIFY(!week.contains(utc("2026-06-10T17:00:00+02:00"), kBerlin));
    // Before the opening: at the opening. After the closing: the next day's.
    QCOMPARE(week.nextOpen(utc("2026-06-10T06:00:00+02:00"), kBerlin), utc("2026-06-10T09:00:00+02:00"));
    QCOMPARE(week.nextOpen(utc("2026-06-10T17:00:00+02:00"), kBerlin), utc("2026-06-11T09:00:00+02:00"));
    // Friday evening: Monday morning. The lead's zone, not UTC: 23:30 UTC Sunday is Monday in Berlin.
    QCOMPARE(week.nextOpen(utc("2026-06-12T18:00:00+02:00"), kBerlin), utc("2026-06-15T09:00:00+02:00"));
    QCOMPARE(week.nextOpen(utc("2026-06-14T23:30:00Z"), kBerlin), utc("2026-06-15T09:00:00+02:00"));
    QCOMPARE(week.nextOpen(utc("2026-06-14T23:30:00Z"), kNewYork), utc("2026-06-15T09:00:00-04:00"));
}

// "24:00" ends the window at midnight: the day's last minute is inside, the next day's first is
// the next day's, also on the 25-hour day of the autumn change.
void TestSchedule::windowToMidnightKeepsTheLastMinute()
{
    const SendingWindow always = SendingWindow::parse(QStringLiteral("mon-sun 00:00-24:00"));
    QVERIFY(always.contains(utc("2026-06-10T23:59:30+02:00"), kBerlin));
    QVERIFY(always.contains(utc("2026-06-11T00:00:00+02:00"), kBerlin));
    QVERIFY(always.contains(utc("2026-10-25T23:59:59+01:00"), kBerlin));
    const SendingWindow evenings = SendingWindow::parse(QStringLiteral("mon-fri 18:00-24:00"));
    QVERIFY(evenings.contains(utc("2026-06-12T23:59:59+02:00"), kBerlin));
    QVERIFY(!evenings.contains(utc("2026-06-12T17:59:59+02:00"), kBerlin));
    // Saturday's midnight is outside Friday's window: Monday evening.
    QCOMPARE(evenings.nextOpen(utc("2026-06-13T00:00:00+02:00"), kBerlin), utc("2026-06-15T18:00:00+02:00"));
}

void TestSchedule::windowKeepsItsHoursAcrossDst_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("opens");
    // Friday after closing, the weekend of the change, Monday 09:00 in the new offset.
    QTest::newRow("Berlin spring") << QByteArray("Europe/Berlin") << "2026-03-27T17:30:00+01:00"
                                   << "2026-03-30T09:00:00+02:00";
    QTest::newRow("Berlin autumn") << QByteArray("Europe/Berlin") << "2026-10-23T17:30:00+02:00"
                                   << "2026-10-26T09:00:00+01:00";
    QTest::newRow("New York spring") << QByteArray("America/New_York") << "2026-03-06T17:30:00-05:00"
                                     << "2026-03-09T09:00:00-04:00";
    QTest::newRow("New York autumn") << QByteArray("America/New_York") << "2026-10-30T17:30:00-04:00"
                                     << "2026-11-02T09:00:00-05:00";
}

void TestSchedule::windowKeepsItsHoursAcrossDst()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, opens);
    const SendingWindow week = SendingWindow::parse(QStringLiteral("mon-fri 09:00-17:00"));
    QCOMPARE(week.nextOpen(utc(from), QTimeZone(zone)), utc(opens));
}

// 02:30 does not exist on the night of the spring change: the window opens at 03:00 instead.
void TestSchedule::windowOpeningInTheSpringGap()
{
    const SendingWindow night = SendingWindow::parse(QStringLiteral("sun 02:30-04:00"));
    QCOMPARE(night.nextOpen(utc("2026-03-28T12:00:00Z"), kBerlin), utc("2026-03-29T03:00:00+02:00"));
    QCOMPARE(night.nextOpen(utc("2026-03-07T12:00:00Z"), kNewYork), utc("2026-03-08T03:00:00-04:00"));
}

void TestSchedule::delays_data()
{
    QTest::addColumn<QString>("delay");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("due");
    QTest::newRow("minutes") << "30m" << QByteArray("Europe/Berlin") << "2026-06-10T09:00:00+02:00"
                             << "2026-06-10T09:30:00+02:00";
    // Hours are elapsed time: 4h across the spring change ends at 06:00 on the wall clock.
    QTest::newRow("hours over DST") << "4h" << QByteArray("Europe/Berlin") << "2026-03-29T01:00:00+01:00"
                                    << "2026-03-29T06:00:00+02:00";
    // Days are calendar days: the same wall time, 23 or 25 hours later.
    QTest::newRow("day, Berlin spring") << "1d" << QByteArray("Europe/Berlin") << "2026-03-28T09:00:00+01:00"
                                        << "2026-03-29T09:00:00+02:00";
    QTest::newRow("day, Berlin autumn") << "1d" << QByteArray("Europe/Berlin") << "2026-10-24T09:00:00+02:00"
                                        << "2026-10-25T09:00:00+01:00";
    QTest::newRow("days, New York spring")
        << "2d" << QByteArray("America/New_York") << "2026-03-07T09:00:00-05:00"
        << "2026-03-09T09:00:00-04:00";
    QTest::newRow("days, New York autumn")
        << "2d" << QByteArray("America/New_York") << "2026-10-31T09:00:00-04:00"
        << "2026-11-02T09:00:00-05:00";
    // Business days skip the weekend: Friday + 3 is Wednesday; Saturday + 1 is Monday.
    QTest::newRow("business days") << "3bd" << QByteArray("Europe/Berlin") << "2026-06-12T10:00:00+02:00"
                                   << "2026-06-17T10:00:00+02:00";
    QTest::newRow("business day from Saturday")
        << "1bd" << QByteArray("Europe/Berlin") << "2026-06-13T10:00:00+02:00"
        << "2026-06-15T10:00:00+02:00";
    QTest::newRow("business days over DST")
        << "1bd" << QByteArray("Europe/Berlin") << "2026-03-27T09:00:00+01:00"
        << "2026-03-30T09:00:00+02:00";
    QTest::newRow("none") << "0m" << QByteArray("Europe/Berlin") << "2026-06-10T09:00:00+02:00"
                          << "2026-06-10T09:00:00+02:00";
}

void TestSchedule::delays()
{
    QFETCH(QString, delay);
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, due);
    const StepDelay parsed = StepDelay::parse(delay);
    QCOMPARE(parsed.toString(), delay);
    QCOMPARE(parsed.after(utc(from), QTimeZone(zone)), utc(due));
}

void TestSchedule::badDelaysAreRefused()
{
    for (const char* text : { "", "2", "2w", "-1d", "1.5d", "400d", "d" })
        QVERIFY_THROWS_EXCEPTION(Error, StepDelay::parse(QString::fromLatin1(text)));
}

void TestSchedule::leadZone_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("field wins") << "America/Chicago"
                                << "Germany" << QByteArray("America/Chicago");
    QTest::newRow("English name") << ""
                                  << "Germany" << QByteArray("Europe/Berlin");
    QTest::newRow("code") << ""
                          << "se" << QByteArray("Europe/Stockholm");
    QTest::newRow("native name") << ""
                                 << "Deutschland" << QByteArray("Europe/Berlin");
    QTest::newRow("native name, Cyrillic") << ""
                                           << "Беларусь" << QByteArray("Europe/Minsk");
    // Several clocks in one country: the mailbox's zone.
    QTest::newRow("United States") << ""
                                   << "United States" << QByteArray("Asia/Tokyo");
    QTest::newRow("Spain (Canaries)") << ""
                                      << "Spain" << QByteArray("Asia/Tokyo");
    QTest::newRow("bad field, no country") << "Mars/Olympus"
                                           << "" << QByteArray("Asia/Tokyo");
    QTest::newRow("unknown country") << ""
                                     << "Atlantis" << QByteArray("Asia/Tokyo");
}

void TestSchedule::leadZone()
{
    QFETCH(QString, field);
    QFETCH(QString, country);
    QFETCH(QByteArray, zone);
    const QTimeZone found = leadTimeZone(field, country, QTimeZone("Asia/Tokyo"));
    QCOMPARE(found.id(), zone);
}

void TestSchedule::gapSpreadsABurst()
{
    SendSchedule schedule({ QTimeZone::utc(), 0, 0, 60, 60 });
    const QDateTime due = utc("2026-06-10T09:00:00Z");
    QList<QDateTime> planned;
    for (quint64 message = 1; message <= 3; ++message) {
        planned.append(schedule.nextSlot(due, message));
        schedule.add(planned.last());
    }
    QCOMPARE(planned, (QList<QDateTime> { due, due.addSecs(60), due.addSecs(120) }));
    // A random gap stays in its range and is the same for the same message.
    SendSchedule random({ QTimeZone::utc(), 0, 0, 90, 240 });
    QSet<qint64> gaps;
    for (quint64 message = 0; message < 200; ++message) {
        const qint64 gap = random.gapSeconds(message);
        QVERIFY(gap >= 90 && gap <= 240);
        QCOMPARE(random.gapSeconds(message), gap);
        gaps.insert(gap);
    }
    QVERIFY2(gaps.size() > 50, "the gap is not random enough");
}

// The daily cap counts the mailbox's own day (Tokyo here), whatever zone the leads are in.
void TestSchedule::capsHoldPerMailboxDay()
{
    SendSchedule schedule({ QTimeZone("Asia/Tokyo"), 2, 0, 0, 0 });
    const SendingWindow always = SendingWindow::parse(QStringLiteral("mon-sun 00:00-24:00"));
    QList<QDateTime> planned;
    for (quint64 message = 1; message <= 5; ++message) {
        planned.append(planSend(utc("2026-06-10T10:00:00+09:00"), always, kBerlin, schedule, message));
        schedule.add(planned.last());
    }
    QCOMPARE(planned[0], utc("2026-06-10T10:00:00+09:00"));
    QCOMPARE(planned[1], utc("2026-06-10T10:00:00+09:00"));
    QCOMPARE(planned[2], utc("2026-06-11T00:00:00+09:00")); // Tokyo's next midnight
    QCOMPARE(planned[4], utc("2026-06-12T00:00:00+09:00"));
}

void TestSchedule::hourlyCap()
{
    SendSchedule schedule({ QTimeZone::utc(), 0, 2, 0, 0 });
    const QDateTime due = utc("2026-06-10T09:00:00Z");
    QList<QDateTime> planned;
    for (quint64 message = 1; message <= 5; ++message) {
        planned.append(schedule.nextSlot(due.addSecs(qint64(message) * 60), message));
        schedule.add(planned.last());
    }
    QCOMPARE(planned[1], due.addSecs(120));
    QCOMPARE(planned[2], due.addSecs(60 + 3600)); // an hour after the first of the two
    QCOMPARE(planned[3], due.addSecs(120 + 3600));
    QCOMPARE(planned[4], due.addSecs(60 + 7200));
}

// The laptop slept three days: 40 messages are overdue. Planned again from now, one goes now and the
// others follow the gap, inside the window, under the cap, never a burst.
void TestSchedule::backlogAfterASleepIsNotABurst()
{
    SendSchedule schedule({ kBerlin, 30, 0, 90, 240 });
    const SendingWindow week = SendingWindow::parse(QStringLiteral("mon-fri 09:00-17:00"));
    const QDateTime now = utc("2026-06-15T10:00:00+02:00");
    QList<QDateTime> planned;
    for (quint64 message = 1; message <= 40; ++message) {
        planned.append(planSend(now, week, kBerlin, schedule, message));
        schedule.add(planned.last());
    }
    QCOMPARE(
        std::count_if(planned.cbegin(), planned.cend(), [&now](const QDateTime& at) { return at <= now; }),
        1);
    // A message with a shorter gap may fit between two planned before it: in time order, every two
    // sends are at least the shortest gap apart.
    std::sort(planned.begin(), planned.end());
    for (qsizetype i = 1; i < planned.size(); ++i) {
        QVERIFY2(planned[i - 1].secsTo(planned[i]) >= 90,
            qPrintable(planned[i - 1].toString(Qt::ISODate) + u' ' + planned[i].toString(Qt::ISODate)));
        QVERIFY(week.contains(planned[i], kBerlin));
    }
    // 30 a day: the 31st goes out the next morning.
    QCOMPARE(planned[29].toTimeZone(kBerlin).date(), QDate(2026, 6, 15));
    QCOMPARE(planned[30].toTimeZone(kBerlin).date(), QDate(2026, 6, 16));
    QCOMPARE(planned[30].toTimeZone(kBerlin).time(), QTime(9, 0));
}

// A daily step for a week over the spring and the autumn change: one send each morning at 09:00 local
// time, none skipped, none doubled.
void TestSchedule::oneSendADayAcrossDstNeitherSkipsNorDoubles()
{
    for (const auto& [zone, start] : { std::pair { kBerlin, "2026-03-26T09:00:00+01:00" },
             std::pair { kBerlin, "2026-10-22T09:00:00+02:00" },
             std::pair { kNewYork, "2026-03-05T09:00:00-05:00" },
             std::pair { kNewYork, "2026-10-29T09:00:00-04:00" } }) {
        const SendingWindow daily = SendingWindow::parse(QStringLiteral("mon-sun 09:00-17:00"));
        SendSchedule schedule({ zone, 1, 0, 0, 0 });
        const StepDelay day = StepDelay::parse(QStringLiteral("1d"));
        QDateTime previous = utc(start);
        schedule.add(previous);
        QSet<QDate> days { previous.toTimeZone(zone).date() };
        for (quint64 step = 1; step <= 7; ++step) {
            const QDateTime sent = planSend(day.after(previous, zone), daily, zone, schedule, step);
            schedule.add(sent);
            QCOMPARE(sent.toTimeZone(zone).time(), QTime(9, 0));
            QCOMPARE(sent.toTimeZone(zone).date(), previous.toTimeZone(zone).date().addDays(1));
            days.insert(sent.toTimeZone(zone).date());
            previous = sent;
        }
        QCOMPARE(days.size(), 8);
    }
}

// A follow-up planned four days ahead leaves today free: a message due now goes now.
void TestSchedule::sendsPlannedAheadDoNotHoldUpToday()
{
    SendSchedule schedule({ kBerlin, 50, 0, 90, 240 });
    const QDateTime now = utc("2026-06-15T10:00:00+02:00");
    schedule.add(now.addDays(4));
    QCOMPARE(schedule.nextSlot(now, 1), now);
    // But not too close to it: a message due just before it waits its gap after it.
    const QDateTime before = now.addDays(4).addSecs(-30);
    QVERIFY(schedule.nextSlot(before, 1) >= now.addDays(4).addSecs(90));
}

// 20,000 leads enrolled at once into a mailbox that sends 50 a day with a 90-240 s gap: every one
// gets a time (400 days of them), no day holds more than 50, and no two sends are closer than 90 s.
void TestSchedule::largeEnrollmentIsPlannedInFull()
{
    SendSchedule schedule({ kBerlin, 50, 0, 90, 240 });
    const SendingWindow week = SendingWindow::parse(QStringLiteral("mon-sun 08:00-20:00"));
    const QDateTime now = utc("2026-06-15T10:00:00+02:00");
    QList<QDateTime> planned;
    for (quint64 message = 1; message <= 20000; ++message) {
        planned.append(planSend(now, week, kBerlin, schedule, message));
        QVERIFY(planned.last().isValid());
        schedule.add(planned.last());
    }
    std::sort(planned.begin(), planned.end());
    QHash<QDate, int> perDay;
    for (qsizetype i = 0; i < planned.size(); ++i) {
        ++perDay[planned[i].toTimeZone(kBerlin).date()];
        if (i > 0)
            QVERIFY(planned[i - 1].secsTo(planned[i]) >= 90);
    }
    QCOMPARE(perDay.size(), 400);
    for (const int count : std::as_const(perDay))
        QCOMPARE(count, 50);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
