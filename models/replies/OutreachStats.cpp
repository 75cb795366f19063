#include "OutreachStats.h"

#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace LeadSync {

namespace {

// One row per message sent, and per reply, of a sequence's leads; the figures are added up here (the
// tables are read once, in the order of their indexes).
struct Sent
{
    qint64 leadId;
    int step;
    int variant;
    qint64 at;
};
struct Reply
{
    qint64 leadId;
    QString kind;
    QString replyClass;
    qint64 at;
    int step; // the step answered; -1: not known
};

} // namespace

OutreachStats::OutreachStats(Workspace& workspace)
    : m_workspace(workspace)
{ }

QList<SequenceFigures> OutreachStats::figures(const QString& sequence) const
{
    QList<SequenceFigures> all;
    SqlQuery sequences(m_workspace.database(),
        QStringLiteral(
            "SELECT s.id, s.name, (SELECT COUNT(*) FROM enrollments e WHERE e.sequence_id = s.id) FROM "
            "sequences s WHERE ? = '' OR s.name = ? ORDER BY s.name COLLATE NOCASE"));
    const QString wanted = sequence.isNull() ? QStringLiteral("") : sequence;
    sequences.bind(wanted);
    sequences.bind(wanted);
    sequences.exec();
    QList<std::tuple<qint64, QString, qint64>> found;
    while (sequences.next())
        found.append({ sequences.value(0).toLongLong(), sequences.value(1).toString(),
            sequences.value(2).toLongLong() });
    sequences.finish();
    // The C API: a sequence's messages are read by the hundred thousand (QSqlQuery's QVariants cost
    // about three times as much there).
    SqliteStatement sentQuery(m_workspace.handle(),
        "SELECT e.lead_id, m.step, m.variant, m.sent_at FROM enrollments e JOIN messages m ON "
        "m.enrollment_id = "
        "e.id WHERE e.sequence_id = ? AND m.state = 'sent' ORDER BY m.sent_at");
    SqliteStatement replyQuery(m_workspace.handle(),
        "SELECT r.lead_id, r.kind, r.class, r.received_at, COALESCE(m.step, -1) FROM replies r JOIN "
        "enrollments e ON "
        "e.lead_id = r.lead_id AND e.sequence_id = ? LEFT JOIN messages m ON m.id = r.in_reply_to AND "
        "m.enrollment_id = e.id ORDER BY r.received_at");
    for (const auto& [id, name, enrolled] : found) {
        SequenceFigures figures { name, {}, std::nullopt, {}, {} };
        figures.figures.enrolled = enrolled;
        QList<Sent> sent;
        sentQuery.bindInt(1, id);
        while (sentQuery.step())
            sent.append({ sentQuery.columnInt(0), int(sentQuery.columnInt(1)), int(sentQuery.columnInt(2)),
                sentQuery.columnInt(3) });
        sentQuery.reset();
        QList<Reply> replies;
        replyQuery.bindInt(1, id);
        while (replyQuery.step())
            replies.append({ replyQuery.columnInt(0), QString::fromUtf8(replyQuery.columnText(1)),
                QString::fromUtf8(replyQuery.columnText(2)), replyQuery.columnInt(3),
                int(replyQuery.columnInt(4)) });
        replyQuery.reset();

        // Per lead: its first send, and the steps (with variants) it was sent, in order.
        QHash<qint64, qint64> firstSent;
        QHash<qint64, QList<const Sent*>> byLead;
        QMap<std::pair<int, int>, StepFigures> steps;
        QMap<QDate, DayFigures> days;
        const auto dayOf
            = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date(); };
        for (const Sent& message : std::as_const(sent)) {
            if (!firstSent.contains(message.leadId))
                firstSent.insert(message.leadId, message.at);
            byLead[message.leadId].append(&message);
            StepFigures& step = steps[{ message.step, message.variant }];
            step.step = message.step;
            step.variant = message.variant;
            ++step.figures.sent;
            ++step.figures.contacted; // a step is sent to a lead once
            DayFigures& day = days[dayOf(message.at)];
            day.day = dayOf(message.at);
            ++day.sent;
        }
        figures.figures.sent = sent.size();
        figures.figures.contacted = firstSent.size();
        // Each lead counts once per figure: its first reply of a kind.
        QSet<std::pair<qint64, QString>> counted;
        QList<double> hoursToReply;
        for (const Reply& reply : std::as_const(replies)) {
            const QString what = reply.kind == u"reply" && reply.replyClass == u"interested"
                ? QStringLiteral("interested")
                : reply.kind;
            // The step it answered, or the last one sent to the lead before it.
            const Sent* answered = nullptr;
            for (const Sent* message : byLead.value(reply.leadId)) {
                if ((reply.step >= 0 && message->step == reply.step)
                    || (reply.step < 0 && message->at <= reply.at))
                    answered = message;
            }
            for (const QString& figure : what == u"interested" ? QStringList { QStringLiteral("reply"), what }
                                                               : QStringList { what }) {
                if (counted.contains({ reply.leadId, figure }))
                    continue;
                counted.insert({ reply.leadId, figure });
                const auto add = [&figure](OutreachFigures& into) {
                    if (figure == u"reply")
                        ++into.replied;
                    else if (figure == u"interested")
                        ++into.interested;
                    else if (figure == u"bounce")
                        ++into.bounced;
                    else if (figure == u"unsubscribe")
                        ++into.optedOut;
                };
                add(figures.figures);
                if (answered)
                    add(steps[{ answered->step, answered->variant }].figures);
                if (figure == u"reply") {
                    DayFigures& day = days[dayOf(reply.at)];
                    day.day = dayOf(reply.at);
                    ++day.replies;
                    if (firstSent.contains(reply.leadId))
                        hoursToReply.append(double(reply.at - firstSent.value(reply.leadId)) / 3600000.0);
                }
            }
        }
        if (!hoursToReply.isEmpty()) {
            std::sort(hoursToReply.begin(), hoursToReply.end());
            const qsizetype middle = hoursToReply.size() / 2;
            figures.medianHoursToFirstReply = hoursToReply.size() % 2
                ? hoursToReply[middle]
                : (hoursToReply[middle - 1] + hoursToReply[middle]) / 2.0;
        }
        figures.steps = steps.values();
        figures.days = days.values();
        all.append(figures);
    }
    return all;
}

} // namespace LeadSync
