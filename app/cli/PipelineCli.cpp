#include "PipelineCli.h"

#include "Cli.h"
#include "Error.h"
#include "LeadOptions.h"
#include "api/LeadApi.h"
#include "contacts/Contacts.h"
#include "leads/ColumnStore.h"
#include "outreach/OAuth.h"
#include "outreach/OutreachEngine.h"
#include "pipeline/Pipeline.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadWriter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

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
    if (command == u"clean")
        return clean(arguments);
    if (command == u"serve")
        return serve(arguments);
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

// leadsync-cli clean phone|telegram [--column NAME] [--default-region CC] [filters] [--json]: normalises a
// channel of the chosen leads, flagging in Contact check what cannot be read; every change is an edit
// in the lead's history.
int PipelineCli::clean(const QStringList& arguments)
{
    QCommandLineParser parser;
    const LeadOptions leads(true);
    const QCommandLineOption column(QStringLiteral("column"),
        tr("The column holding the values (default: phone or telegram)."), QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("default-region"),
        tr("The country (ISO code) of phones written without one when the lead has no country; remembered."),
        QStringLiteral("CC"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({ column, region, json });
    leads.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("channel"), tr("phone or telegram."));
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("CHANNEL")))
        return Cli::kExitUsage;
    const QString channelName = parser.positionalArguments().at(1).toLower();
    if (channelName != u"phone" && channelName != u"telegram") {
        m_cli.err() << "leadsync-cli: " << tr("clean takes phone or telegram.") << '\n';
        return Cli::kExitUsage;
    }
    const Contacts::Channel channel
        = channelName == u"phone" ? Contacts::Channel::Phone : Contacts::Channel::Telegram;
    Workspace& workspace = m_cli.workspace();
    const ColumnList columns = ColumnStore(workspace).list();
    const Column* target = findColumn(columns, parser.isSet(column) ? parser.value(column) : channelName);
    if (!target || !target->isEditable())
        throw Error(tr("--column names no column \"%1\" that can be changed.").arg(parser.value(column)));
    const QString sqlName = target->sqlName;
    if (parser.isSet(region)) {
        const QString code = parser.value(region).trimmed().toUpper();
        if (!Contacts::isRegion(code))
            throw Error(tr("--default-region takes a country's ISO code such as DE or US, not \"%1\".")
                            .arg(parser.value(region)));
        OutreachEngine::transactionsOn(workspace)(
            [&code](Workspace& inside) { inside.setMetaValue(Contacts::defaultRegionKey(), code); });
    }
    const QString defaultRegion = workspace.metaValue(Contacts::defaultRegionKey());
    const QList<qint64> ids = LeadFilter::matchingIds(
        workspace, leads.conditions(parser, columns), leads.search(parser).value_or(QString()));

    qint64 changed = 0;
    qint64 flagged = 0;
    OutreachEngine::transactionsOn(workspace)([&](Workspace& inside) {
        SqlQuery read(inside.database(),
            QStringLiteral("SELECT %1, country, contact_check FROM leads WHERE id = ?")
                .arg(QString::fromLatin1(selectExpression(sqlName))));
        QList<Contacts::Row> rows;
        for (qint64 id : ids) {
            read.bind(id);
            read.exec();
            if (read.next())
                rows.append(
                    { id, read.value(0).toString(), read.value(1).toString(), read.value(2).toString() });
        }
        read.finish();
        const LeadEdits edits = Contacts::cleanupEdits(channel, sqlName, rows, defaultRegion, &flagged);
        for (const LeadEdit& edit : edits)
            changed += edit.sqlName == sqlName ? 1 : 0;
        LeadWriter(inside).write(edits);
    });
    if (parser.isSet(json)) {
        m_cli.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("checked"), qint64(ids.size()) },
                { QStringLiteral("changed"), changed }, { QStringLiteral("flagged"), flagged } })
                           .toJson(QJsonDocument::Compact)
                    << '\n';
    } else {
        m_cli.out() << tr("Checked: %1; normalised: %2; flagged in Contact check (kept as written): %3.")
                           .arg(ids.size())
                           .arg(changed)
                           .arg(flagged)
                    << '\n';
    }
    return Cli::kExitOk;
}

// leadsync-cli serve [--listen HOST:PORT] [--token-env VAR]: the local API until Ctrl+C or SIGTERM.
int PipelineCli::serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
        tr("The address and port to listen on (default 127.0.0.1:3010; another machine's reach only when "
           "given)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:3010"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
        tr("The environment variable holding the bearer token (default LEADSYNC_API_TOKEN)."),
        QStringLiteral("VAR"), QStringLiteral("LEADSYNC_API_TOKEN"));
    parser.addOptions({ listen, tokenEnv });
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const uint port = where.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(where.left(colon).remove(u'[').remove(u']'));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        throw Error(tr("--listen takes HOST:PORT with an IP address, such as 127.0.0.1:3010, not \"%1\".")
                        .arg(where));
    const QByteArray token = qgetenv(parser.value(tokenEnv).toLocal8Bit().constData());
    if (token.size() < 16)
        throw Error(tr("Set $%1 to the API's token, at least 16 characters (for example: export %1=$(openssl "
                       "rand -hex 24)).")
                        .arg(parser.value(tokenEnv)));

    Workspace& workspace = m_cli.workspace();
    const QDateTime started = m_cli.now();
    LeadApi::Options options;
    options.workspacePath = workspace.path();
    options.token = token;
    options.write = OutreachEngine::through(WorkspaceWriter::of(workspace.path()));
    // Mailbox secrets and API keys from the environment, as every command reads them.
    const auto environment = [](const QString& name) -> std::optional<QByteArray> {
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return std::nullopt;
        return qgetenv(name.toLocal8Bit().constData());
    };
    options.password = [environment, started](const Mailbox& mailbox) {
        return MailboxCredentials(environment, started).secret(mailbox);
    };
    options.apiKey = [environment](const QString& name) { return environment(name).value_or(QByteArray()); };
    const LeadApi api(options);
    HttpServer server([&api](const HttpIncoming& request) { return api.handle(request); });
    server.listen(address, quint16(port));
    m_cli.out() << tr("LeadSync API on http://%1:%2/ for %3 (Ctrl+C stops it).")
                       .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                               ? u'[' + address.toString() + u']'
                               : address.toString())
                       .arg(server.port())
                       .arg(workspace.path())
                << '\n'
                << Qt::flush;
    QEventLoop loop;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [this, &loop] {
        if (m_cli.isCancelled())
            loop.quit();
    });
    watch.start(100);
    loop.exec();
    server.stop();
    return Cli::kExitOk;
}

} // namespace LeadSync
