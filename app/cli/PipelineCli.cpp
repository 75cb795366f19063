#include "PipelineCli.h"

#include "Cli.h"
#include "Error.h"
#include "outreach/OutreachEngine.h"
#include "pipeline/Pipeline.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace LeadSync {

PipelineCli::PipelineCli(Cli& cli)
    : m_cli(cli)
{ }

int PipelineCli::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    if (command == u"stage")
        return moveLead(arguments);
    if (command == u"pipeline")
        return summary(arguments);
    return sales(arguments);
}

// leadsync-cli stage ID STAGE: one move, by the pipeline's rules; a refused move exits with 2 and the
// rule's text.
int PipelineCli::moveLead(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("stage"), tr("new, contacted, qualified, transferred or lost."));
    if (!m_cli.parseCommand(parser, arguments, 3, QStringLiteral("ID")))
        return Cli::kExitUsage;
    bool isNumber = false;
    const qint64 leadId = parser.positionalArguments().at(1).toLongLong(&isNumber);
    const std::optional<Stage> to = Stages::fromName(parser.positionalArguments().at(2));
    if (!isNumber || !to) {
        m_cli.err()
            << "leadsync-cli: "
            << tr("stage takes a lead's id and a stage (new, contacted, qualified, transferred, lost).")
            << '\n';
        return Cli::kExitUsage;
    }
    Workspace& workspace = m_cli.workspace();
    std::optional<Stage> from;
    std::optional<qint64> sale;
    OutreachEngine::transactionsOn(workspace)([&](Workspace& inside) {
        Pipeline pipeline(inside);
        from = pipeline.stageOf(leadId);
        sale = pipeline.move(leadId, *to, tr("leadsync-cli"), m_cli.now().toMSecsSinceEpoch());
    });
    if (parser.isSet(json)) {
        m_cli.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("lead"), leadId }, { QStringLiteral("from"), Stages::name(*from) },
                { QStringLiteral("stage"), Stages::name(*to) },
                { QStringLiteral("sale"), sale ? QJsonValue(*sale) : QJsonValue() } })
                           .toJson(QJsonDocument::Compact)
                    << '\n';
        return Cli::kExitOk;
    }
    m_cli.out() << tr("Lead %1: %2 -> %3.").arg(leadId).arg(Stages::name(*from), Stages::name(*to)) << '\n';
    if (sale)
        m_cli.out() << tr("Handed to sales: sale %1.").arg(*sale) << '\n';
    return Cli::kExitOk;
}

// leadsync-cli pipeline [--threshold T] [--json]: the count of each stage and the handoff threshold.
int PipelineCli::summary(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
        tr("Set the score a lead needs to be handed to sales (0 to 1; 0.6 unless set)."),
        QStringLiteral("T"));
    parser.addOptions({ json, threshold });
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    Workspace& workspace = m_cli.workspace();
    if (parser.isSet(threshold)) {
        bool isNumber = false;
        const double value = parser.value(threshold).toDouble(&isNumber);
        if (!isNumber)
            throw Error(
                tr("--threshold takes a number from 0 to 1, not \"%1\".").arg(parser.value(threshold)));
        OutreachEngine::transactionsOn(workspace)(
            [value](Workspace& inside) { Pipeline(inside).setHandoffThreshold(value); });
    }
    const Pipeline pipeline(workspace);
    QJsonObject stages;
    for (const auto& [stage, count] : pipeline.counts()) {
        stages.insert(Stages::name(stage), count);
        if (!parser.isSet(json))
            m_cli.out() << Stages::name(stage) << '\t' << count << '\n';
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("stages"), stages },
                { QStringLiteral("handoff_threshold"), pipeline.handoffThreshold() } })
                           .toJson(QJsonDocument::Indented);
    else
        m_cli.out() << tr("Handoff threshold: %1").arg(pipeline.handoffThreshold()) << '\n';
    return Cli::kExitOk;
}

// leadsync-cli sales [--json]: every sale, newest first.
int PipelineCli::sales(const QStringList& arguments)
{
    return m_cli.printList(arguments, [this] {
        QList<std::pair<QJsonValue, QString>> entries;
        for (const Sale& sale : Pipeline(m_cli.workspace()).sales()) {
            const QString at
                = QDateTime::fromMSecsSinceEpoch(sale.at, QTimeZone::utc()).toString(Qt::ISODate);
            entries.append(
                { QJsonObject { { QStringLiteral("id"), sale.id }, { QStringLiteral("time"), at },
                      { QStringLiteral("lead_id"), sale.leadId }, { QStringLiteral("name"), sale.name },
                      { QStringLiteral("company"), sale.company }, { QStringLiteral("email"), sale.email },
                      { QStringLiteral("score"), sale.score },
                      { QStringLiteral("business_domain"), sale.businessDomain },
                      { QStringLiteral("by"), sale.by } },
                    QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                        .arg(sale.id)
                        .arg(at, sale.name, sale.company)
                        .arg(sale.score, 0, 'f', 2)
                        .arg(sale.by) });
        }
        return entries;
    });
}

} // namespace LeadSync
