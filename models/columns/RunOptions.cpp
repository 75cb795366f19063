#include "RunOptions.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace LeadSync {

namespace {

constexpr std::pair<RunOptions::Only, const char*> kOnly[] = {
    { RunOptions::Only::All, "all" },
    { RunOptions::Only::Empty, "empty" },
    { RunOptions::Only::Failed, "failed" },
    { RunOptions::Only::Stale, "stale" },
};

} // namespace

QJsonObject RunOptions::toJson() const
{
    QJsonArray where;
    for (const LeadCondition& condition : conditions)
        where.append(
            QJsonArray { condition.sqlName, LeadCondition::operatorText(condition.op), condition.value });
    QJsonArray ids;
    for (const qint64 id : leadIds)
        ids.append(id);
    QString onlyName;
    for (const auto& [known, name] : kOnly) {
        if (known == only)
            onlyName = QString::fromLatin1(name);
    }
    return { { QStringLiteral("only"), onlyName }, { QStringLiteral("where"), where },
        { QStringLiteral("search"), searchText }, { QStringLiteral("ids"), ids },
        { QStringLiteral("limit"), double(limit) } };
}

RunOptions RunOptions::fromJson(const QJsonObject& json)
{
    RunOptions options;
    options.only = onlyFromName(json.value(QStringLiteral("only")).toString(QStringLiteral("empty")));
    for (const QJsonValue& value : json.value(QStringLiteral("where")).toArray()) {
        const QJsonArray condition = value.toArray();
        options.conditions.append({ condition.at(0).toString(),
            LeadCondition::operatorFromText(condition.at(1).toString()).value_or(LeadCondition::Op::Equals),
            condition.at(2).toString() });
    }
    options.searchText = json.value(QStringLiteral("search")).toString();
    for (const QJsonValue& id : json.value(QStringLiteral("ids")).toArray())
        options.leadIds.append(id.toInteger());
    options.limit = qint64(json.value(QStringLiteral("limit")).toDouble(-1));
    return options;
}

RunOptions::Only RunOptions::onlyFromName(const QString& name)
{
    for (const auto& [known, text] : kOnly) {
        if (name == QLatin1String(text))
            return known;
    }
    throw Error(QCoreApplication::translate(
        "LeadSync::ColumnRunner", "\"%1\" is not one of all, empty, failed, stale.")
                    .arg(name));
}

QString formatCost(double usd, Pricing pricing)
{
    switch (pricing) {
    case Pricing::Free:
        return QCoreApplication::translate("LeadSync::Cost", "free");
    case Pricing::Unknown:
        return QCoreApplication::translate("LeadSync::Cost", "unknown price");
    case Pricing::Priced:
        break;
    }
    if (usd > 0 && usd < 0.005)
        return QCoreApplication::translate("LeadSync::Cost", "< %1")
            .arg(QLocale().toCurrencyString(0.01, QStringLiteral("$"), 2));
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), 2);
}

} // namespace LeadSync
