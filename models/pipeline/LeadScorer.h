#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace LeadSync {

// What the analysis of a lead knows: the pipeline's facts and the fields the user picked.
struct LeadFacts
{
    QString source;
    QString stage;
    QString businessDomain;
    qint64 messagesSent = 0;
    qint64 replies = 0;
    QString email;
    QString phone;
    QString title;
    QString company;
    QString website;
    QList<std::pair<QString, QString>> picked; // display name -> value, in the user's order
};

// An analysis: it advises, it never moves a stage (decision 0017).
struct LeadScore
{
    double score = 0; // 0 to 1
    QString recommendation; // transfer_to_sales, nurture or disqualify (an AI may name others)
    QString reason;
};

// The two scorers of a score column: an AI provider asked for JSON over the OpenAI protocol, and,
// without one, transparent rules whose reason lists every point they gave.
class LeadScorer final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::LeadScorer)

public:
    // The rules: points for what makes a lead worth a salesperson's call (a way to reach them, a line
    // of business, a senior title, replies, an inbound source, the stage), at most 1. Recommends
    // transfer_to_sales from the handoff threshold when the business domain is set, disqualify below
    // 0.25 or without any contact, else nurture. The reason starts with "Rule-based:".
    static LeadScore byRules(const LeadFacts& facts, double handoffThreshold);

    // The AI's instructions and the lead as the AI reads it.
    static QString systemPrompt();
    static QString userPrompt(const LeadFacts& facts);
    // The AI's answer as a score, or nullopt with the problem (not a number from 0 to 1, no
    // recommendation) in *problem.
    static std::optional<LeadScore> fromAnswer(const QJsonObject& answer, QString* problem);
};

} // namespace LeadSync
