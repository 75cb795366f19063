#include "ColumnCli.h"

#include "Cli.h"
#include "Error.h"
#include "JobObserver.h"
#include "LeadOptions.h"
#include "columns/ColumnDefinition.h"
#include "columns/ColumnRunner.h"
#include "columns/ColumnSpec.h"
#include "columns/RunHistory.h"
#include "leads/ColumnStore.h"
#include "pipeline/Pipeline.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <QCoroTask>

namespace LeadSync {

namespace {

// For --json: "priced" (cost is the Model Prices list's), "free", or "unknown" (cost is 0 but not free).
QString pricingName(Pricing pricing)
{
    switch (pricing) {
    case Pricing::Priced:
        return QStringLiteral("priced");
    case Pricing::Free:
        return QStringLiteral("free");
    case Pricing::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

// "a=b,c=d" or repeated "a=b" options into pairs; throws Error naming the option.
QList<std::pair<QString, QString>> pairsOf(
    const QStringList& values, const QString& option, bool commaSeparated)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString& value : values) {
        const QStringList parts
            = commaSeparated ? value.split(u',', Qt::SkipEmptyParts) : QStringList { value };
        for (const QString& part : parts) {
            const qsizetype equals = part.lastIndexOf(u'=');
            if (equals <= 0 || equals == part.size() - 1)
                throw Error(ColumnCli::tr("--%1 takes FROM=COLUMN, not \"%2\".").arg(option, part));
            pairs.append({ part.left(equals).trimmed(), part.mid(equals + 1).trimmed() });
        }
    }
    return pairs;
}

QStringList listOf(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

// The column a user names; throws Error when there is none.
Column existingColumn(Workspace& workspace, const QString& name)
{
    const ColumnList columns = ColumnStore(workspace).list();
    const Column* column = findColumn(columns, name);
    if (!column)
        throw Error(ColumnCli::tr("There is no column \"%1\".").arg(name));
    return *column;
}

} // namespace

ColumnCli::ColumnCli(Cli& cli)
    : m_cli(cli)
{ }

int ColumnCli::run(const QStringList& arguments)
{
    if (arguments.value(0) == u"analyze") {
        // The workspace's analysis column, made with the rules on first use, run like any column.
        const Column column = Pipeline(m_cli.workspace()).analysisColumn();
        return runColumn(QStringList { QStringLiteral("run"), column.displayName } + arguments.mid(1));
    }
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == u"add")
        return add(rest);
    if (sub == u"list")
        return list(rest);
    if (sub == u"delete")
        return remove(rest);
    if (sub == u"run")
        return runColumn(rest);
    if (sub == u"revert")
        return revert(rest);
    m_cli.err() << "leadsync-cli: " << tr("column takes add, list, delete, run or revert.") << '\n';
    return Cli::kExitUsage;
}

int ColumnCli::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    const auto option = [](const char* name, const QString& help, const char* value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value))
                     : QCommandLineOption(QLatin1String(name), help);
    };
    const QCommandLineOption kind = option("kind", tr("The kind of column."), "kind");
    const QCommandLineOption templateText = option("template", tr("A template column's text."), "text");
    const QCommandLineOption prompt = option("prompt", tr("An AI column's prompt."), "text");
    const QCommandLineOption system = option("system", tr("An AI column's system prompt."), "text");
    const QCommandLineOption preset
        = option("preset", tr("A bundled prompt (ai) or endpoint (webhook)."), "name");
    const QCommandLineOption baseUrl = option("base-url", tr("An OpenAI-compatible API."), "url");
    const QCommandLineOption provider = option(
        "provider", tr("openai, openrouter, ollama or lmstudio: their API and key variable."), "name");
    const QCommandLineOption model = option("model", tr("The model."), "name");
    const QCommandLineOption apiKeyEnv
        = option("api-key-env", tr("The environment variable holding the API key."), "var");
    const QCommandLineOption temperature = option("temperature", tr("0 to 2."), "t");
    const QCommandLineOption maxTokens = option("max-tokens", tr("The longest answer, in tokens."), "n");
    const QCommandLineOption jsonFields = option("json-fields", tr("JSON output: field=Column,..."), "pairs");
    const QCommandLineOption url = option("url", tr("A webhook's URL."), "url");
    const QCommandLineOption method = option("method", tr("A webhook's HTTP method."), "m");
    const QCommandLineOption header = option("header", tr("A webhook's header, \"Name: value\"."), "header");
    const QCommandLineOption body = option("body", tr("A webhook's JSON body."), "text");
    const QCommandLineOption map = option("map", tr("A reply's json.path=Column."), "pair");
    const QCommandLineOption options = option("options", tr("A select column's options, a,b,..."), "list");
    const QCommandLineOption input = option("input", tr("An email column's column of addresses."), "column");
    const QCommandLineOption smtpProbe
        = option("smtp-probe", tr("Ask the mail server (port 25) about each mailbox."));
    const QCommandLineOption dnsServer
        = option("dns-server", tr("The nameserver to ask, HOST[:PORT]."), "server");
    const QCommandLineOption concurrency = option("concurrency", tr("Requests at once."), "n");
    const QCommandLineOption rate = option("rate", tr("Requests a minute at most."), "n");
    const QCommandLineOption timeout
        = option("timeout", tr("Seconds a cell may take (an email verdict: all its steps)."), "s");
    const QCommandLineOption runIf = option("run-if", tr("Only rows meeting COLUMN OP VALUE."), "condition");
    const QCommandLineOption requiredOption
        = option("requires", tr("Inputs a row must have, a,b,..."), "list");
    const QCommandLineOption autoRun = option("auto-run", tr("Run on new and changed rows."));
    const QCommandLineOption plainHttp
        = option("allow-plain-http", tr("Send the key over http:// to another machine (a LAN server)."));
    const QCommandLineOption apiKeyHeader = option(
        "api-key-header", tr("The header the key is sent in (default Authorization: Bearer)."), "name");
    const QCommandLineOption scorer = option("scorer", tr("A score column's scorer: rules or ai."), "name");
    const QCommandLineOption fields
        = option("fields", tr("The fields a score column's AI reads, a,b,..."), "list");
    parser.addOptions({ kind, templateText, prompt, system, preset, provider, baseUrl, model, apiKeyEnv,
        apiKeyHeader, temperature, maxTokens, jsonFields, url, method, header, body, map, options,
        concurrency, rate, timeout, runIf, requiredOption, autoRun, plainHttp, input, smtpProbe, dnsServer,
        scorer, fields });
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    if (!parser.isSet(kind)) {
        m_cli.err() << "leadsync-cli: "
                    << tr("column add needs --kind (%1).").arg(ColumnSpec::kindNames().join(u'|')) << '\n';
        return Cli::kExitUsage;
    }
    const QString name = parser.positionalArguments().at(1).trimmed();
    ColumnSpec spec;
    spec.kind = ColumnSpec::kindFromName(parser.value(kind));
    if (spec.kind == ColumnSpec::Kind::Webhook && parser.isSet(preset))
        spec = webhookPreset(parser.value(preset)).spec; // the options given adjust it
    const auto number = [&parser](const QCommandLineOption& which, double fallback) {
        if (!parser.isSet(which))
            return fallback;
        bool ok = false;
        const double value = parser.value(which).toDouble(&ok);
        if (!ok)
            throw Error(
                tr("--%1 takes a number, not \"%2\".").arg(which.names().first(), parser.value(which)));
        return value;
    };
    if (spec.kind == ColumnSpec::Kind::Ai) // a prompt given wins over the preset
        spec.templateText = parser.isSet(preset) && !parser.isSet(prompt)
            ? aiPresetPrompt(parser.value(preset))
            : parser.value(prompt);
    else
        spec.templateText = parser.value(templateText);
    spec.system = parser.value(system);
    spec.model = parser.isSet(model) ? parser.value(model) : spec.model;
    if (parser.isSet(provider)) { // --base-url and --api-key-env, when given too, win
        const AiProvider& chosen = aiProvider(parser.value(provider));
        spec.baseUrl = chosen.baseUrl;
        spec.apiKeyEnv = chosen.apiKeyEnv;
    }
    spec.baseUrl = parser.isSet(baseUrl) ? parser.value(baseUrl) : spec.baseUrl;
    spec.apiKeyEnv = parser.isSet(apiKeyEnv) ? parser.value(apiKeyEnv) : spec.apiKeyEnv;
    spec.apiKeyHeader = parser.isSet(apiKeyHeader) ? parser.value(apiKeyHeader) : spec.apiKeyHeader;
    spec.temperature = number(temperature, spec.temperature);
    spec.maxTokens = int(number(maxTokens, spec.maxTokens));
    if (spec.kind == ColumnSpec::Kind::Ai)
        spec.outputs = pairsOf(parser.values(jsonFields), QStringLiteral("json-fields"), true);
    else if (parser.isSet(map))
        spec.outputs = pairsOf(parser.values(map), QStringLiteral("map"), false);
    spec.url = parser.isSet(url) ? parser.value(url) : spec.url;
    spec.method = parser.isSet(method) ? parser.value(method).toUpper() : spec.method;
    spec.headers = parser.isSet(header) ? parser.values(header) : spec.headers;
    spec.body = parser.isSet(body) ? parser.value(body) : spec.body;
    spec.options = listOf(parser.value(options));
    spec.inputColumn = parser.value(input);
    spec.smtpProbe = parser.isSet(smtpProbe);
    spec.dnsServer = parser.value(dnsServer);
    spec.concurrency = int(number(concurrency, spec.concurrency));
    spec.ratePerMinute = int(number(rate, spec.ratePerMinute));
    spec.timeoutMs = int(std::clamp(number(timeout, spec.timeoutMs / 1000.0), 0.1, 3600.0) * 1000);
    spec.runIf = parser.value(runIf);
    spec.requiredInputs
        = parser.isSet(requiredOption) ? listOf(parser.value(requiredOption)) : spec.requiredInputs;
    spec.autoRun = parser.isSet(autoRun);
    spec.allowPlainHttp = parser.isSet(plainHttp);
    if (spec.kind == ColumnSpec::Kind::Score) {
        const QString scorerName = parser.value(scorer).toLower();
        if (!scorerName.isEmpty() && scorerName != u"rules" && scorerName != u"ai")
            throw Error(tr("--scorer takes rules or ai, not \"%1\".").arg(parser.value(scorer)));
        spec.aiScoring = scorerName == u"ai";
        spec.fields = parser.isSet(fields) ? listOf(parser.value(fields)) : spec.fields;
        spec.temperature = number(temperature, 0.2); // a judgement, not prose: little randomness
        spec.outputs = ColumnSpec::scoreOutputs();
    }
    defineColumn(m_cli.workspace(), name, spec);
    m_cli.out() << tr("Column added: %1 (%2).").arg(name, spec.kindName()) << '\n';
    return Cli::kExitOk;
}

int ColumnCli::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    Workspace& workspace = m_cli.workspace();
    QJsonArray array;
    for (const Column& column : ColumnStore(workspace).list()) {
        QJsonObject entry { { QStringLiteral("name"), column.displayName },
            { QStringLiteral("sql_name"), column.sqlName }, { QStringLiteral("kind"), column.kind },
            { QStringLiteral("builtin"), column.builtin } };
        if (!column.builtin)
            entry.insert(QStringLiteral("config"), ColumnStore(workspace).config(column.id));
        array.append(entry);
        if (!parser.isSet(json))
            m_cli.out() << column.displayName << '\t' << column.kind << '\t' << column.sqlName << '\n';
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
}

int ColumnCli::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    Workspace& workspace = m_cli.workspace();
    const Column column = existingColumn(workspace, parser.positionalArguments().at(1));
    deleteColumn(workspace, column);
    m_cli.out() << tr("Column deleted: %1.").arg(column.displayName) << '\n';
    return Cli::kExitOk;
}

int ColumnCli::runColumn(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption only(
        QStringLiteral("only"), tr("all, empty (default), failed or stale."), QStringLiteral("cells"));
    const LeadOptions leads(true, tr("At most N cells."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Show what would run, and the first request."));
    const QCommandLineOption resume(QStringLiteral("resume"), tr("Resume the column's interrupted run."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({ only, dryRun, resume, json });
    leads.addTo(parser);
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    Workspace& workspace = m_cli.workspace();
    const ColumnList columns = ColumnStore(workspace).list();
    const Column column = existingColumn(workspace, parser.positionalArguments().at(1));
    // The key comes from the environment variable the column names, never from the command line.
    const ColumnSpec spec
        = ColumnSpec::fromJson(column.displayName, column.kind, ColumnStore(workspace).config(column.id));
    const QByteArray apiKey = spec.apiKeyFromEnvironment();
    if (!spec.apiKeyEnv.isEmpty() && apiKey.isEmpty() && !parser.isSet(dryRun))
        throw Error(tr("Column \"%1\" reads its API key from $%2, which is not set.")
                        .arg(column.displayName, spec.apiKeyEnv));

    RunOptions options;
    options.only = RunOptions::onlyFromName(
        parser.value(only).isEmpty() ? QStringLiteral("empty") : parser.value(only));
    options.conditions = leads.conditions(parser, columns);
    options.searchText = leads.search(parser).value_or(QString());
    const std::optional<qint64> limit = leads.limit(parser, m_cli);
    if (!limit)
        return Cli::kExitUsage;
    options.limit = *limit;

    ColumnRunner runner(workspace.path(), column.displayName, apiKey);
    if (parser.isSet(dryRun)) {
        const RunPlan plan = runner.plan(options);
        if (parser.isSet(json)) {
            m_cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("targets"), plan.targets },
                                             { QStringLiteral("estimated_cost"), plan.estimatedCost },
                                             { QStringLiteral("pricing"), pricingName(plan.pricing) },
                                             { QStringLiteral("request"), plan.firstRequest } })
                               .toJson(QJsonDocument::Indented);
        } else {
            m_cli.out() << tr("Cells to compute: %1").arg(plan.targets) << '\n'
                        << tr("Estimated cost: %1")
                               .arg(plan.pricing == Pricing::Priced
                                       ? tr("at most %1").arg(formatCost(plan.estimatedCost, plan.pricing))
                                       : formatCost(plan.estimatedCost, plan.pricing))
                        << '\n';
            if (!plan.firstRequest.isEmpty())
                m_cli.out() << tr("First request:") << '\n' << plan.firstRequest << '\n';
        }
        return Cli::kExitOk;
    }

    // Ctrl+C cancels: cells finished so far are kept, the run can be resumed.
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [this, &runner] {
        if (m_cli.isCancelled())
            runner.cancel();
    });
    watch.start(100);
    RunStats stats;
    if (parser.isSet(resume)) {
        const qint64 runId = runner.resumableRun();
        if (runId == 0)
            throw Error(tr("Column \"%1\" has no interrupted run to resume.").arg(column.displayName));
        stats = waitForRun(runner.resume(runId));
    } else {
        stats = waitForRun(runner.run(options));
    }

    if (parser.isSet(json)) {
        QJsonArray errors;
        for (const auto& [leadId, reason] : stats.errors)
            errors.append(
                QJsonObject { { QStringLiteral("lead_id"), leadId }, { QStringLiteral("reason"), reason } });
        m_cli.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("run_id"), stats.runId },
                { QStringLiteral("targets"), stats.targets }, { QStringLiteral("done"), stats.done },
                { QStringLiteral("failed"), stats.failed }, { QStringLiteral("skipped"), stats.skipped },
                { QStringLiteral("cached"), stats.cached }, { QStringLiteral("tokens_in"), stats.tokensIn },
                { QStringLiteral("tokens_out"), stats.tokensOut }, { QStringLiteral("cost"), stats.cost },
                { QStringLiteral("pricing"), pricingName(stats.pricing) },
                { QStringLiteral("errors"), errors }, { QStringLiteral("stopped"), stats.stopReason },
                { QStringLiteral("cancelled"), stats.cancelled } })
                           .toJson(QJsonDocument::Indented);
    } else {
        m_cli.out() << tr("%1: %2 of %3 cells done (%4 from the cache), %5 failed, %6 skipped; %7 tokens in, "
                          "%8 out, cost %9.")
                           .arg(column.displayName)
                           .arg(stats.done)
                           .arg(stats.targets)
                           .arg(stats.cached)
                           .arg(stats.failed)
                           .arg(stats.skipped)
                           .arg(stats.tokensIn)
                           .arg(stats.tokensOut)
                           .arg(formatCost(stats.cost, stats.pricing))
                    << '\n';
        for (const auto& [leadId, reason] : stats.errors.mid(0, 10))
            m_cli.err() << tr("lead %1: %2").arg(leadId).arg(reason) << '\n';
        if (!stats.stopReason.isEmpty())
            m_cli.err() << "leadsync-cli: " << stats.stopReason << '\n';
    }
    if (stats.cancelled)
        return Cli::kExitCancelled;
    return stats.failed > 0 || !stats.stopReason.isEmpty() ? Cli::kExitRejected : Cli::kExitOk;
}

int ColumnCli::revert(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    Workspace& workspace = m_cli.workspace();
    const Column column = existingColumn(workspace, parser.positionalArguments().at(1));
    const std::optional<qint64> restored = RunHistory::revertLastRun(workspace, column,
        { [this](qint64 done, qint64 total) { m_cli.progress(done, total); }, m_cli.cancelFlag() });
    if (!restored) {
        m_cli.err() << "leadsync-cli: " << tr("revert cancelled; the workspace is unchanged.") << '\n';
        return Cli::kExitCancelled;
    }
    m_cli.out() << tr("Cells restored: %1.").arg(*restored) << '\n';
    return Cli::kExitOk;
}

} // namespace LeadSync
