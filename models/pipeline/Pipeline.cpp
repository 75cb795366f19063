#include "Pipeline.h"

#include "Error.h"
#include "columns/ColumnDefinition.h"
#include "csv/CsvWriter.h"
#include "csv/OutputFile.h"
#include "leads/ColumnStore.h"
#include "leads/LeadHistory.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QVariant>

namespace LeadSync {

namespace {

const QString kThresholdKey = QStringLiteral("pipeline.handoff_threshold");
constexpr double kDefaultThreshold = 0.6;

constexpr const char* kNames[] = { "new", "contacted", "qualified", "transferred", "lost" };

} // namespace

namespace Stages {

const QList<Stage>& all()
{
    static const QList<Stage> stages { Stage::New, Stage::Contacted, Stage::Qualified, Stage::Transferred,
        Stage::Lost };
    return stages;
}

QString name(Stage stage)
{
    return QString::fromLatin1(kNames[int(stage)]);
}

std::optional<Stage> fromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    for (Stage stage : all()) {
        if (key == QLatin1StringView(kNames[int(stage)]))
            return stage;
    }
    return std::nullopt;
}

QString title(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return Pipeline::tr("New");
    case Stage::Contacted:
        return Pipeline::tr("Contacted");
    case Stage::Qualified:
        return Pipeline::tr("Qualified");
    case Stage::Transferred:
        return Pipeline::tr("Transferred");
    case Stage::Lost:
        return Pipeline::tr("Lost");
    }
    Q_UNREACHABLE();
}

bool isFinal(Stage stage)
{
    return stage == Stage::Transferred || stage == Stage::Lost;
}

QString refusal(Stage from, Stage to)
{
    if (from == to)
        return {};
    if (isFinal(from))
        return Pipeline::tr("Final stages: a %1 lead stays %1; it cannot move to %2.")
            .arg(name(from), name(to));
    if (to == Stage::Lost)
        return {};
    if (int(to) == int(from) + 1)
        return {};
    if (int(to) < int(from))
        return Pipeline::tr("No going back: a %1 lead cannot return to %2.").arg(name(from), name(to));
    return Pipeline::tr("No skipping: a %1 lead moves to %2 next, not to %3.")
        .arg(name(from), name(Stage(int(from) + 1)), name(to));
}

QString importRefusal(QStringView sqlName, const QString& header, const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    if (sqlName == u"stage" && !fromName(text)) {
        QStringList names;
        for (Stage known : all())
            names.append(name(known));
        return Pipeline::tr("the field %1 has \"%2\", which is not a stage (%3)")
            .arg(header, text, names.join(QStringLiteral(", ")));
    }
    bool isNumber = false;
    const double score = text.toDouble(&isNumber);
    if (sqlName == u"score" && !(isNumber && score >= 0 && score <= 1))
        return Pipeline::tr("the field %1 has \"%2\", which is not a score from 0 to 1").arg(header, text);
    return {};
}

} // namespace Stages

Pipeline::Pipeline(Workspace& workspace)
    : m_workspace(workspace)
{ }

double Pipeline::handoffThreshold() const
{
    bool ok = false;
    const double stored = m_workspace.metaValue(kThresholdKey).toDouble(&ok);
    return ok ? stored : kDefaultThreshold;
}

void Pipeline::setHandoffThreshold(double threshold)
{
    if (!(threshold >= 0 && threshold <= 1))
        throw Error(tr("The handoff threshold must be a score from 0 to 1, not %1.").arg(threshold));
    m_workspace.setMetaValue(kThresholdKey, QString::number(threshold));
}

std::optional<Stage> Pipeline::stageOf(qint64 leadId) const
{
    CachedQuery select(m_workspace, QStringLiteral("SELECT stage FROM leads WHERE id = ?"));
    select->bind(leadId);
    select->exec();
    if (!select->next())
        return std::nullopt;
    // A stage the rules do not know (written by hand into the file) counts as new.
    return Stages::fromName(select->value(0).toString()).value_or(Stage::New);
}

Stage Pipeline::existingStage(qint64 leadId) const
{
    const std::optional<Stage> stage = stageOf(leadId);
    if (!stage)
        throw Error(tr("There is no lead %1.").arg(leadId));
    return *stage;
}

QString Pipeline::refusal(qint64 leadId, Stage to) const
{
    return refusal(leadId, existingStage(leadId), to);
}

QString Pipeline::refusal(qint64 leadId, Stage from, Stage to) const
{
    if (const QString refused = Stages::refusal(from, to); !refused.isEmpty() || to != Stage::Transferred)
        return refused;
    CachedQuery lead(m_workspace, QStringLiteral("SELECT score, business_domain FROM leads WHERE id = ?"));
    lead->bind(leadId);
    lead->exec();
    lead->next();
    const QString scoreText = lead->value(0).toString();
    bool scored = false;
    const double score = scoreText.toDouble(&scored);
    const double threshold = handoffThreshold();
    if (!scored)
        return tr("Handoff rule: the lead has no score yet; analyse it first (at least %1 is needed).")
            .arg(threshold, 0, 'f', 2);
    if (score < threshold)
        return tr("Handoff rule: the score %1 is below the threshold %2.")
            .arg(score, 0, 'f', 2)
            .arg(threshold, 0, 'f', 2);
    if (lead->value(1).toString().trimmed().isEmpty())
        return tr("Handoff rule: the lead's business domain is not set.");
    return {};
}

std::optional<qint64> Pipeline::move(qint64 leadId, Stage to, const QString& by, qint64 at)
{
    const Moved moved = tryMove(leadId, to, by, at);
    if (!moved.refused.isEmpty())
        throw Error(moved.refused);
    return moved.sale;
}

Pipeline::Moved Pipeline::tryMove(qint64 leadId, Stage to, const QString& by, qint64 at)
{
    const Stage from = existingStage(leadId);
    Moved moved { refusal(leadId, from, to), std::nullopt };
    if (!moved.refused.isEmpty() || from == to)
        return moved;
    CachedQuery update(
        m_workspace, QStringLiteral("UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?"));
    update->bind(Stages::name(to));
    update->bind(at);
    update->bind(leadId);
    update->exec();
    LeadHistory(m_workspace)
        .record(leadId, at, LeadEvent::Kind::Stage, by, Stages::name(from), Stages::name(to));
    if (to != Stage::Transferred)
        return moved;
    CachedQuery sale(m_workspace,
        QStringLiteral("INSERT INTO sales (lead_id, at, score, business_domain, by) SELECT id, ?, "
                       "CAST(score AS REAL), business_domain, ? FROM leads WHERE id = ?"));
    sale->bind(at);
    sale->bind(by);
    sale->bind(leadId);
    sale->exec();
    moved.sale = sale->lastInsertId().toLongLong();
    return moved;
}

void Pipeline::advance(qint64 leadId, Stage from, Stage to, const QString& by, qint64 at)
{
    if (stageOf(leadId) == from)
        move(leadId, to, by, at);
}

void Pipeline::messageSent(qint64 leadId, qint64 at)
{
    advance(leadId, Stage::New, Stage::Contacted, tr("outreach: a message was sent"), at);
}

void Pipeline::replyClassified(qint64 leadId, const QString& replyClass, qint64 at)
{
    if (replyClass == u"interested")
        advance(leadId, Stage::Contacted, Stage::Qualified, tr("reply handling: an interested reply"), at);
}

Column Pipeline::analysisColumn()
{
    const ColumnSpec rules = [] {
        ColumnSpec spec;
        spec.kind = ColumnSpec::Kind::Score;
        spec.outputs = ColumnSpec::scoreOutputs();
        spec.temperature = 0.2;
        return spec;
    }();
    for (const Column& column : ColumnStore(m_workspace).list()) {
        if (column.kind == rules.kindName())
            return column;
    }
    return defineColumn(m_workspace, tr("Analysis"), rules);
}

QList<Sale> Pipeline::sales() const
{
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT s.id, s.lead_id, s.at, s.score, s.business_domain, s.by, "
                       "trim(l.first_name || ' ' || l.last_name), l.company, l.email FROM sales s "
                       "JOIN leads l ON l.id = s.lead_id ORDER BY s.at DESC, s.id DESC"));
    select.exec();
    QList<Sale> result;
    while (select.next())
        result.append(
            { select.value(0).toLongLong(), select.value(1).toLongLong(), select.value(2).toLongLong(),
                select.value(3).toDouble(), select.value(4).toString(), select.value(5).toString(),
                select.value(6).toString(), select.value(7).toString(), select.value(8).toString() });
    return result;
}

qsizetype Pipeline::exportSales(const QString& path) const
{
    const QList<Sale> all = sales();
    OutputFile output(path);
    CsvWriter writer(output.device(), path);
    for (const char* header :
        { "sale", "time", "lead_id", "name", "company", "email", "score", "business_domain", "by" })
        writer.writeField(header);
    writer.endRow();
    for (const Sale& sale : all) {
        for (const QString& field : { QString::number(sale.id),
                 QDateTime::fromMSecsSinceEpoch(sale.at, QTimeZone::utc()).toString(Qt::ISODate),
                 QString::number(sale.leadId), sale.name, sale.company, sale.email,
                 QString::number(sale.score, 'f', 2), sale.businessDomain, sale.by })
            writer.writeField(field.toUtf8());
        writer.endRow();
    }
    writer.flush();
    output.commit();
    return all.size();
}

QList<std::pair<Stage, qint64>> Pipeline::counts() const
{
    QHash<QString, qint64> counted;
    SqlQuery select(
        m_workspace.database(), QStringLiteral("SELECT stage, count(*) FROM leads GROUP BY stage"));
    select.exec();
    while (select.next())
        counted.insert(select.value(0).toString(), select.value(1).toLongLong());
    QList<std::pair<Stage, qint64>> result;
    for (Stage stage : Stages::all())
        result.append({ stage, counted.value(Stages::name(stage)) });
    return result;
}

} // namespace LeadSync
