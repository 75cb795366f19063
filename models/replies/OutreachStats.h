#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

// What works: per sequence, per step and A/B variant, and per day. Counts are of leads:
// - contacted: a lead sent at least one message;
// - replied: a lead with a real reply (not an automatic one), attributed to the step it answered,
//   or else the last step sent before it;
// - interested: a lead whose reply is classed so;
// - bounced: a lead whose address bounced permanently;
// - opted out: a lead who asked to unsubscribe.
// Rates are of the leads contacted. The median time to first reply runs from a lead's first message.
// Read from the messages and replies tables through their indexes (docs/decisions/0016-replies.md).
struct OutreachFigures
{
    qint64 enrolled = 0;
    qint64 sent = 0; // messages
    qint64 contacted = 0; // leads
    qint64 bounced = 0;
    qint64 replied = 0;
    qint64 interested = 0;
    qint64 optedOut = 0;

    double rate(qint64 part) const { return contacted == 0 ? 0.0 : double(part) / double(contacted); }
};

struct StepFigures
{
    int step = 0; // 0-based
    int variant = 0;
    OutreachFigures figures;
};

struct DayFigures
{
    QDate day; // UTC
    qint64 sent = 0;
    qint64 replies = 0;
};

struct SequenceFigures
{
    QString sequence;
    OutreachFigures figures;
    std::optional<double> medianHoursToFirstReply;
    QList<StepFigures> steps;
    QList<DayFigures> days;
};

class OutreachStats final
{
public:
    explicit OutreachStats(Workspace& workspace);
    // Every sequence's, or the one named (empty when there is none of that name).
    QList<SequenceFigures> figures(const QString& sequence = {}) const;

private:
    Workspace& m_workspace;
};

} // namespace LeadSync
