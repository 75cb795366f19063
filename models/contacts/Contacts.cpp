#include "Contacts.h"

#include "leads/FieldCatalog.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <phonenumbers/phonenumberutil.h>

namespace LeadSync {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Country names -> ISO codes, from Qt's locale data: every territory's English name and the name in
// each of its languages ("Deutschland", "Россия"), its code, and the short forms lead lists use.
const QHash<QString, QString>& regionTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const QLocale& locale :
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() != 2)
                continue;
            for (const QString& name :
                { code, QLocale::territoryToString(locale.territory()), locale.nativeTerritoryName() }) {
                if (const QString key = FieldCatalog::normalise(name); !key.isEmpty())
                    result.insert(key, code);
            }
        }
        for (const auto& [alias, code] : { std::pair("usa", "US"), std::pair("unitedstatesofamerica", "US"),
                 std::pair("america", "US"), std::pair("uk", "GB"), std::pair("greatbritain", "GB"),
                 std::pair("england", "GB"), std::pair("scotland", "GB"), std::pair("wales", "GB"),
                 std::pair("russianfederation", "RU"), std::pair("рф", "RU"), std::pair("uae", "AE"),
                 std::pair("holland", "NL"), std::pair("southkorea", "KR"), std::pair("czechia", "CZ") })
            result.insert(QString::fromUtf8(alias), QString::fromLatin1(code));
        return result;
    }();
    return table;
}

} // namespace

QString Contacts::regionOf(const QString& country)
{
    const QString key = FieldCatalog::normalise(country);
    return key.isEmpty() ? QString() : regionTable().value(key);
}

bool Contacts::isRegion(const QString& code)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code.toUpper().toStdString()) != 0;
}

Contacts::Result Contacts::phone(const QString& raw, const QString& country, const QString& defaultRegion)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    QString region = regionOf(country);
    if (region.isEmpty())
        region = defaultRegion.trimmed().toUpper();
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // "ZZ": no region; only a number written with its country code (+49..., 0049...) parses then.
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    if (util.Parse(text.toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (region.isEmpty())
            return { raw,
                tr("the phone %1 has no country code, and the lead has no country to read it by").arg(text) };
        return { raw, tr("the phone %1 is not a phone number").arg(text) };
    }
    if (!util.IsValidNumber(number))
        return { raw,
            region.isEmpty() ? tr("the phone %1 is not a valid number").arg(text)
                             : tr("the phone %1 is not a valid number in %2").arg(text, region) };
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    return { QString::fromStdString(formatted), {} };
}

QString Contacts::channelName(Channel channel)
{
    return channel == Channel::Phone ? QStringLiteral("phone") : QStringLiteral("telegram");
}

QString Contacts::checkAfter(const QString& check, Channel channel, const QString& problem)
{
    const QString tag = channelName(channel) + QStringLiteral(": ");
    QStringList entries;
    for (const QString& entry : check.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        if (!entry.startsWith(tag))
            entries.append(entry);
    }
    if (!problem.isEmpty())
        entries.append(tag + problem);
    return entries.join(QStringLiteral("; "));
}

LeadEdits Contacts::cleanupEdits(Channel channel, const QString& sqlName, const QList<Row>& rows,
    const QString& defaultRegion, qint64* flagged)
{
    LeadEdits edits;
    for (const Row& row : rows) {
        const Result result
            = channel == Channel::Phone ? phone(row.value, row.country, defaultRegion) : telegram(row.value);
        if (result.value != row.value)
            edits.append({ row.leadId, sqlName, row.value, result.value });
        if (flagged && !result.problem.isEmpty())
            ++*flagged;
        const QString check = checkAfter(row.check, channel, result.problem);
        if (check != row.check)
            edits.append({ row.leadId, QStringLiteral("contact_check"), row.check, check });
    }
    return edits;
}

Contacts::Result Contacts::telegram(const QString& raw)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{4,31}$"));
    QString name = raw.trimmed();
    if (name.isEmpty())
        return {};
    const QString lower = name.toLower();
    if (lower.startsWith(u"tg://")) {
        name = QUrlQuery(QUrl(name).query()).queryItemValue(QStringLiteral("domain"));
    } else {
        static const QRegularExpression link(
            QStringLiteral("^(?:https?://)?(?:www\\.)?(?:t|telegram)\\.(?:me|dog)/(?:s/)?([^/?#]+)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = link.match(name);
        if (match.hasMatch())
            name = match.captured(1);
    }
    if (name.startsWith(u'@'))
        name.remove(0, 1);
    if (!valid.match(name).hasMatch())
        return { raw,
            tr("the Telegram username %1 is not one (5 to 32 letters, digits and underscores, starting "
               "with a letter)")
                .arg(raw.trimmed()) };
    return { name, {} };
}

} // namespace LeadSync
