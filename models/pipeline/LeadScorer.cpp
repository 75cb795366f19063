#include "LeadScorer.h"

#include <QRegularExpression>

#include <algorithm>

namespace LeadSync {

LeadScore LeadScorer::byRules(const LeadFacts& facts, double handoffThreshold)
{
    // Each rule: its points and what the reason says of it. Written out, not learned, so a user can
    // check every score by hand.
    static const QRegularExpression senior(
        QStringLiteral("\\b(founder|co-?founder|owner|ceo|cto|cmo|coo|cfo|chief|president|partner|head|"
                       "director|vp|vice president|managing|principal|gesch[äa]ftsf[üu]hrer|inhaber|leiter|"
                       "g[ée]rant|directeur|directora?|fundador|основатель|владелец|директор|руководитель|"
                       "партн[её]р|генеральный)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<double, QString>> points;
    const bool email = !facts.email.trimmed().isEmpty();
    const bool phone = !facts.phone.trimmed().isEmpty();
    if (email)
        points.append({ 0.15, tr("an email address") });
    if (phone)
        points.append({ 0.05, tr("a phone number") });
    if (!facts.businessDomain.trimmed().isEmpty())
        points.append({ 0.15, tr("a business domain") });
    if (senior.match(facts.title).hasMatch())
        points.append({ 0.15, tr("a senior title") });
    if (!facts.company.trimmed().isEmpty())
        points.append({ 0.05, tr("a company") });
    if (!facts.website.trimmed().isEmpty())
        points.append({ 0.05, tr("a website") });
    if (facts.replies > 0)
        points.append({ 0.25, tr("replied (%1)").arg(facts.replies) });
    else if (facts.messagesSent > 0)
        points.append({ 0.05, tr("contacted") });
    const QString source = facts.source.trimmed().toLower();
    if (source == u"api" || source.startsWith(u"form"))
        points.append({ 0.1, tr("came in by itself (%1)").arg(facts.source) });
    if (facts.stage == u"qualified")
        points.append({ 0.15, tr("qualified") });

    LeadScore result;
    QStringList parts;
    for (const auto& [value, what] : std::as_const(points)) {
        result.score += value;
        parts.append(tr("%1 +%2").arg(what).arg(value, 0, 'f', 2));
    }
    result.score = std::min(1.0, result.score);
    if ((!email && !phone) || result.score < 0.25)
        result.recommendation = QStringLiteral("disqualify");
    else if (result.score >= handoffThreshold && !facts.businessDomain.trimmed().isEmpty())
        result.recommendation = QStringLiteral("transfer_to_sales");
    else
        result.recommendation = QStringLiteral("nurture");
    result.reason = tr("Rule-based: %1 = %2.")
                        .arg(parts.isEmpty() ? tr("nothing known") : parts.join(QStringLiteral(", ")))
                        .arg(result.score, 0, 'f', 2);
    return result;
}

QString LeadScorer::systemPrompt()
{
    return QStringLiteral(
        "You qualify B2B leads for a consultant before a handoff to sales. Judge how likely the lead is to "
        "become a customer from what is known. Answer with a JSON object only: {\"score\": a number from "
        "0 to 1, \"recommendation\": \"transfer_to_sales\", \"nurture\" or \"disqualify\", \"reason\": one "
        "sentence}. Never invent facts.");
}

QString LeadScorer::userPrompt(const LeadFacts& facts)
{
    QString text
        = QStringLiteral("source: %1\nstage: %2\nactivity: %3 messages sent, %4 replies\nbusiness "
                         "domain: %5\n")
              .arg(facts.source, facts.stage)
              .arg(facts.messagesSent)
              .arg(facts.replies)
              .arg(facts.businessDomain.isEmpty() ? QStringLiteral("unknown") : facts.businessDomain);
    for (const auto& [name, value] : facts.picked)
        text += name + QStringLiteral(": ") + value + u'\n';
    return text;
}

std::optional<LeadScore> LeadScorer::fromAnswer(const QJsonObject& answer, QString* problem)
{
    const QJsonValue score = answer.value(QStringLiteral("score"));
    // A model may quote its number ("0.7"): read as a number all the same.
    bool isNumber = score.isDouble();
    const double value = isNumber ? score.toDouble() : score.toString().toDouble(&isNumber);
    if (!isNumber || value < 0 || value > 1) {
        *problem = score.isString() || score.isDouble()
            ? tr("the model's score %1 is not a number from 0 to 1")
                  .arg(score.isString() ? score.toString() : QString::number(score.toDouble()))
            : tr("the model gave no score");
        return std::nullopt;
    }
    const QString recommendation = answer.value(QStringLiteral("recommendation")).toString().trimmed();
    if (recommendation.isEmpty()) {
        *problem = tr("the model gave no recommendation");
        return std::nullopt;
    }
    return LeadScore { value, recommendation, answer.value(QStringLiteral("reason")).toString().trimmed() };
}

} // namespace LeadSync
