#pragma once

#include "leads/Column.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

// The stages of the pipeline, in order. Lost can be reached from any stage that is not final.
enum class Stage { New, Contacted, Qualified, Transferred, Lost };

namespace Stages {
// Every stage in board order.
const QList<Stage>& all();
// "new", "contacted", ... as stored in leads.stage and written in the CLI and the API.
QString name(Stage stage);
// A stored or typed name, ignoring case and spaces; nullopt for an unknown one.
std::optional<Stage> fromName(QStringView name);
// The stage as the window shows it ("Contacted"), translated.
QString title(Stage stage);
bool isFinal(Stage stage);
// The stage rules alone (no skipping, final stages, lost from any stage not final): why from -> to
// is refused, naming the rule, or an empty string when the move is allowed.
QString refusal(Stage from, Stage to);
// Why a value from a file cannot go into a pipeline field (stage: a stage's name; score: a number from
// 0 to 1), naming the field by `header`; empty when it can, when the value is empty, or when the field
// is not one of these. The importer rejects such rows; ImportPlan maps a column to the field only when
// its first rows all fit, so another tool's "Score" of 0-100 becomes a column of its own.
QString importRefusal(QStringView sqlName, const QString& header, const QString& value);
} // namespace Stages

// A lead handed to sales (table sales).
struct Sale
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 at = 0; // epoch milliseconds, UTC
    double score = 0;
    QString businessDomain;
    QString by;
    // The lead as it is now, for the Deals view and the export.
    QString name;
    QString company;
    QString email;
};

// The pipeline's one implementation of its rules (docs/decisions/0017-pipeline.md), for the app, the
// CLI and the API alike. Reads on the workspace given; move() and advance() write, and must run inside
// the caller's transaction (a task of the workspace's writer, or the CLI's own), so the checks and the
// change are one.
class Pipeline final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::Pipeline)

public:
    explicit Pipeline(Workspace& workspace);

    // The handoff's score threshold (workspace meta pipeline.handoff_threshold; 0.6 unless set).
    double handoffThreshold() const;
    // Throws Error unless 0 <= threshold <= 1.
    void setHandoffThreshold(double threshold);

    // The lead's stage; nullopt when there is no such lead.
    std::optional<Stage> stageOf(qint64 leadId) const;
    // Why the lead may not move to `to` (a stage rule, or the handoff rule: a score at least the
    // threshold and a business domain), naming the rule; empty when it may. Throws Error when there is
    // no such lead.
    QString refusal(qint64 leadId, Stage to) const;
    // Moves the lead, records who or what moved it (by) in its history, and creates the sale at
    // handoff. Throws Error with refusal()'s text when a rule forbids the move; moving a lead to the
    // stage it is in does nothing. Returns the sale's id for a handoff.
    std::optional<qint64> move(qint64 leadId, Stage to, const QString& by, qint64 at);
    // The same with the refusal returned rather than thrown (the board, a selection, the API): the
    // rules checked once. Throws Error only when there is no such lead.
    struct Moved
    {
        QString refused; // the rule; empty when the lead moved (or was there already)
        std::optional<qint64> sale;
    };
    Moved tryMove(qint64 leadId, Stage to, const QString& by, qint64 at);
    // Outreach's moves, made where their meaning is certain: a message sent to a new lead makes it
    // contacted; an interested reply makes a contacted lead qualified. A lead in any other stage stays.
    void messageSent(qint64 leadId, qint64 at);
    void replyClassified(qint64 leadId, const QString& replyClass, qint64 at);

    // The workspace's analysis: its first score column, made with the rules (named "Analysis") when it
    // has none. Writes then (in a transaction of its own, or a savepoint of the caller's).
    Column analysisColumn();

    // Every sale, newest first.
    QList<Sale> sales() const;
    // Writes the sales as CSV (sale, time in UTC, lead, name, company, email, score, business domain,
    // by), atomically, formulas escaped. Returns the rows written; throws Error naming the file.
    qsizetype exportSales(const QString& path) const;

    // The number of leads in each stage (every stage listed), from the stage index.
    QList<std::pair<Stage, qint64>> counts() const;

private:
    // The lead's stage; throws Error when there is no such lead.
    Stage existingStage(qint64 leadId) const;
    QString refusal(qint64 leadId, Stage from, Stage to) const;
    // Moves the lead only when it is in `from`.
    void advance(qint64 leadId, Stage from, Stage to, const QString& by, qint64 at);

    Workspace& m_workspace;
};

} // namespace LeadSync
