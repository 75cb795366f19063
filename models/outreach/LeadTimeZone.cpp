#include "LeadTimeZone.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <mutex>

namespace LeadSync {

namespace {

// Country names and codes, folded to lower case, to territories.
const QHash<QString, QLocale::Territory>& territories()
{
    static const QHash<QString, QLocale::Territory> names = [] {
        QHash<QString, QLocale::Territory> byName;
        for (const QLocale& locale :
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QLocale::Territory territory = locale.territory();
            if (territory == QLocale::AnyTerritory)
                continue;
            byName.insert(QLocale::territoryToString(territory).toLower(), territory);
            byName.insert(QLocale::territoryToCode(territory).toLower(), territory);
            byName.insert(locale.nativeTerritoryName().toLower(), territory);
        }
        return byName;
    }();
    return names;
}

// The country's zone when all its zones keep the same clock all year (the same offset in the middle of
// every month of this year); otherwise none.
QTimeZone computeCountryZone(QLocale::Territory territory)
{
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    if (ids.isEmpty())
        return {};
    const QTimeZone first(ids.first());
    const int year = QDate::currentDate().year();
    QList<QDateTime> samples;
    for (int month = 1; month <= 12; ++month)
        samples.append(QDateTime(QDate(year, month, 15), QTime(12, 0), QTimeZone::utc()));
    for (const QByteArray& id : ids) {
        const QTimeZone zone(id);
        for (const QDateTime& at : samples) {
            if (zone.offsetFromUtc(at) != first.offsetFromUtc(at))
                return {};
        }
    }
    return first;
}

// The answer per country, computed once: it reads the zone database, and an enrollment asks for every
// lead.
QTimeZone countryZone(QLocale::Territory territory)
{
    static std::mutex mutex;
    static QHash<QLocale::Territory, QTimeZone> zones;
    const std::lock_guard lock(mutex);
    const auto found = zones.constFind(territory);
    if (found != zones.cend())
        return *found;
    return *zones.insert(territory, computeCountryZone(territory));
}

} // namespace

QTimeZone leadTimeZone(const QString& timeZoneField, const QString& country, const QTimeZone& fallback)
{
    const QByteArray id = timeZoneField.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QString name = country.trimmed().toLower();
    if (!name.isEmpty()) {
        if (const auto found = territories().constFind(name); found != territories().cend()) {
            if (const QTimeZone zone = countryZone(*found); zone.isValid())
                return zone;
        }
    }
    return fallback;
}

} // namespace LeadSync
