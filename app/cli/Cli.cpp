#include "Cli.h"

#include "ColumnCli.h"
#include "Error.h"
#include "LeadOptions.h"
#include "OutreachCli.h"
#include "PipelineCli.h"
#include "columns/ColumnSpec.h"
#include "csv/ExportProfile.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "csv/OutputFile.h"
#include "leads/ColumnStore.h"
#include "leads/SavedView.h"
#include "pipeline/Pipeline.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace LeadSync {

namespace {

const QString kUsage = QStringLiteral(R"(Usage:
  leadsync-cli [--workspace PATH] import FILE [--delimiter auto|,|;|tab|'|'] [--encoding auto|NAME]
               [--header auto|yes|no] [--map "HEADER=field"]... [--dedupe email|none]
               [--skip-bad-rows] [--rejects FILE] [--max-field-mib N] [--normalise-contacts]
               [--commit-every-ms MS] [--json]
  leadsync-cli [--workspace PATH] undo-import [ID]
  leadsync-cli [--workspace PATH] export FILE [--view NAME] [--columns "a,b,..."]
               [--where "COLUMN OP VALUE"]... [--search TEXT] [--bom] [--no-formula-escape]
               [--profile csv|excel|sheets|hubspot|salesforce|pipedrive|apollo|instantly|lemlist]
               [--delimiter ,|;|tab]
  leadsync-cli [--workspace PATH] export FILE --sales
  leadsync-cli [--workspace PATH] leads [--json] [--limit N]
  leadsync-cli [--workspace PATH] columns [--json]
  leadsync-cli [--workspace PATH] column add NAME --kind text|number|date|select|url|checkbox|template|ai|webhook|email|score
               template: --template TEXT
               ai:       --prompt TEXT [--system TEXT] [--preset icebreaker|pitch|cta|ps]
                         [--provider openai|openrouter|ollama|lmstudio] [--base-url URL]
                         [--model M] [--api-key-env VAR] [--temperature T] [--max-tokens N]
                         [--json-fields "field=Column,..."]
               webhook:  --url URL [--method M] [--header "K: V"]... [--body TEXT] [--map "json.path=Column"]...
                         [--preset apify|hunter|n8n] [--api-key-env VAR] [--api-key-header NAME]
               email:    --input COLUMN [--smtp-probe] [--dns-server HOST[:PORT]]
               select:   --options "a,b,..."
               score:    [--scorer rules|ai] [--fields "a,b,..."] and the ai options (--base-url, --model, ...)
               all:      [--concurrency N] [--rate N] [--timeout S] [--run-if "COLUMN OP VALUE"] [--requires "a,b"] [--auto-run]
                         [--allow-plain-http]
  leadsync-cli [--workspace PATH] column list [--json] | column delete NAME | column revert NAME
  leadsync-cli [--workspace PATH] column run NAME [--only all|empty|failed|stale] [--where "COLUMN OP VALUE"]...
               [--search TEXT] [--limit N] [--dry-run] [--resume] [--json]
  leadsync-cli [--workspace PATH] mailbox add NAME --from "Name <addr>" --smtp URL [--user U]
               [--password-env VAR] [--time-zone ZONE] [--window "mon-fri 09:00-17:00"] [--daily-cap N]
               [--hourly-cap N] [--gap MIN-MAX] [--unsubscribe-url URL] [--imap URL] [--imap-user U]
               [--oauth google|microsoft|custom --client-id ID [--oauth-urls "AUTH TOKEN SCOPE"]]
  leadsync-cli [--workspace PATH] mailbox list [--json] | mailbox test NAME [--json]
  leadsync-cli [--workspace PATH] sequence add FILE.json | sequence list [--json] | sequence show NAME [--json]
               | sequence pause NAME | sequence resume NAME
  leadsync-cli [--workspace PATH] optout add ADDRESS|@DOMAIN... | optout import FILE.csv | optout list [--json]
  leadsync-cli [--workspace PATH] enroll SEQUENCE [--where ...]... [--search TEXT] [--view NAME] [--campaign NAME] [--json]
  leadsync-cli [--workspace PATH] unenroll SEQUENCE [--where ...]... [--search TEXT] [--view NAME] [--campaign NAME]
  leadsync-cli [--workspace PATH] outreach tick [--json] [--dry-run] [--smtp-timeout S]
  leadsync-cli [--workspace PATH] outreach queue [--json] [--limit N]
  leadsync-cli [--workspace PATH] outreach sync [--json] | outreach stats [--sequence NAME] [--json]
  leadsync-cli [--workspace PATH] replies [--json] [--class C]
  leadsync-cli [--workspace PATH] reply classify ID --as CLASS | reply draft ID | reply send ID [--text-file F]
               | reply discard ID | reply settings [--booking-link URL] [--ai-base-url URL --ai-model M
               --api-key-env VAR] [--offer-file F]
  leadsync-cli [--workspace PATH] lead show ID [--json]
  leadsync-cli [--workspace PATH] analyze [--only all|empty|failed|stale] [--where ...]... [--search TEXT] [--limit N]
               [--dry-run] [--json]: scores leads with the workspace's score column (made with the rules)
  leadsync-cli [--workspace PATH] stage ID new|contacted|qualified|transferred|lost [--json]
  leadsync-cli [--workspace PATH] pipeline [--threshold T] [--json] | sales [--json]
  leadsync-cli [--workspace PATH] clean phone|telegram [--column NAME] [--default-region CC] [--where ...]...
               [--search TEXT] [--json]
  leadsync-cli [--workspace PATH] serve [--listen HOST:PORT] [--token-env VAR]: the local API (docs/api.md)
  Every command takes [--now ISO-TIME]: the clock it runs at. --workspace and --now may come anywhere.
  leadsync-cli --version | --help)");

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

std::optional<char> parseDelimiter(const QString& text, bool* ok)
{
    *ok = true;
    const QString value = text.toLower();
    if (value == u"auto")
        return std::nullopt;
    if (value == u"," || value == u"comma")
        return ',';
    if (value == u";" || value == u"semicolon")
        return ';';
    if (value == u"tab" || value == u"\t" || value == u"\\t")
        return '\t';
    if (value == u"|" || value == u"pipe")
        return '|';
    *ok = false;
    return std::nullopt;
}

} // namespace

Cli::Cli(QStringList arguments, const std::atomic_bool* cancel)
    : m_arguments(std::move(arguments))
    , m_cancel(cancel)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_out(stdout)
    , m_err(stderr)
    , m_progressOnTerminal(isatty(STDERR_FILENO) != 0)
{ }

Cli::~Cli() = default;

Workspace& Cli::workspace()
{
    if (!m_workspace) {
        m_workspace = std::make_unique<Workspace>(m_workspacePath);
        // An import whose process died (kill -9, a power loss) is taken back: all or nothing.
        Importer::takeBackInterrupted(*m_workspace);
    }
    return *m_workspace;
}

void Cli::progress(qint64 done, qint64 total)
{
    if (!m_progressOnTerminal || total <= 0)
        return;
    const int percent = int(done * 100 / total);
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    m_err << '\r' << tr("%1% done").arg(percent) << (percent >= 100 ? "\n" : "") << Qt::flush;
}

namespace {
// --workspace and --now may come anywhere, also after the command (scripts write both): they are moved
// in front of it, where the global options are parsed.
QStringList globalOptionsFirst(const QStringList& arguments)
{
    QStringList globals;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool global = i > 0
            && (argument == u"--workspace" || argument == u"--now" || argument.startsWith(u"--workspace=")
                || argument.startsWith(u"--now="));
        if (!global) {
            rest.append(argument);
            continue;
        }
        globals.append(argument);
        if (!argument.contains(u'=') && i + 1 < arguments.size())
            globals.append(arguments[++i]);
    }
    return rest.mid(0, 1) + globals + rest.mid(1);
}
} // namespace

int Cli::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("LeadSync: import, clean, enrich and export lead lists.") + u"\n\n" + kUsage);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        tr("The workspace file (default: %1).").arg(Workspace::defaultPath()), QStringLiteral("path"),
        Workspace::defaultPath());
    const QCommandLineOption nowOption(QStringLiteral("now"),
        tr("The current time, ISO 8601 (for tests and replays)."), QStringLiteral("time"));
    parser.addOptions({ workspaceOption, nowOption });
    parser.addPositionalArgument(QStringLiteral("command"), tr("import, export, leads or columns."));
    if (!parser.parse(globalOptionsFirst(m_arguments))) {
        m_err << "leadsync-cli: " << parser.errorText() << '\n' << kUsage << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "leadsync-cli " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    m_workspacePath = parser.value(workspaceOption);
    if (parser.isSet(nowOption)) {
        m_now = QDateTime::fromString(parser.value(nowOption), Qt::ISODateWithMs);
        if (!m_now.isValid()) {
            m_err << "leadsync-cli: " << tr("--now takes an ISO 8601 time, such as 2026-01-31T09:00:00Z.")
                  << '\n';
            return kExitUsage;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << "leadsync-cli: " << tr("no command given.") << '\n' << kUsage << '\n';
        return kExitUsage;
    }
    const QString command = positional.first();
    try {
        if (command == u"import")
            return runImport(positional);
        if (command == u"undo-import")
            return runUndoImport(positional);
        if (command == u"export")
            return runExport(positional);
        if (command == u"leads")
            return runLeads(positional);
        if (command == u"columns")
            return runColumns(positional);
        if (command == u"column" || command == u"analyze")
            return ColumnCli(*this).run(positional);
        if (command == u"mailbox" || command == u"sequence" || command == u"optout" || command == u"enroll"
            || command == u"unenroll" || command == u"outreach" || command == u"lead" || command == u"replies"
            || command == u"reply")
            return OutreachCli(*this).run(positional);
        if (command == u"stage" || command == u"pipeline" || command == u"sales" || command == u"clean"
            || command == u"serve")
            return PipelineCli(*this).run(positional);
    } catch (const Error& error) {
        m_out.flush();
        m_err << "leadsync-cli: " << error.message() << '\n';
        return kExitInput;
    }
    m_err << "leadsync-cli: " << tr("unknown command \"%1\".").arg(command) << '\n' << kUsage << '\n';
    return kExitUsage;
}

bool Cli::parseCommand(QCommandLineParser& parser, const QStringList& arguments, int positionals,
    const QString& argumentName, bool orMore)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("leadsync-cli") } + arguments)) {
        m_err << "leadsync-cli: " << parser.errorText() << '\n' << kUsage << '\n';
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given != positionals && !(orMore && given > positionals)) {
        m_err << "leadsync-cli: "
              << (positionals == 1 ? tr("%1 takes no arguments.").arg(arguments.first())
                                   : tr("%1 needs one %2 argument.")
                                         .arg(arguments.mid(0, positionals - 1).join(u' '), argumentName))
              << '\n'
              << kUsage << '\n';
        return false;
    }
    return true;
}

// undo-import [ID]: takes back a finished import (the latest by default), as Edit › Undo Import does.
int Cli::runUndoImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, arguments, 1, QStringLiteral("ID"), true))
        return kExitUsage;
    const QStringList given = parser.positionalArguments();
    bool ok = true;
    const qint64 id = given.size() > 1 ? given.at(1).toLongLong(&ok) : 0;
    if (given.size() > 2 || !ok || (given.size() > 1 && id <= 0)) {
        m_err << "leadsync-cli: " << tr("undo-import takes the id of an import, or nothing for the latest.")
              << '\n';
        return kExitUsage;
    }
    const std::optional<ImportRecord> record = Importer::finishedImport(workspace(), id);
    if (!record) {
        m_err << "leadsync-cli: "
              << (id == 0 ? tr("there is no import to undo.") : tr("there is no finished import %1.").arg(id))
              << '\n';
        return kExitInput;
    }
    if (!Importer::takeBack(workspace(), record->id,
            { [this](qint64 done, qint64 total) { progress(done, total); }, m_cancel })) {
        m_err << "leadsync-cli: " << tr("undo cancelled; the workspace is unchanged.") << '\n';
        return kExitCancelled;
    }
    m_out << tr("Import %1 (%2) undone: %3 leads deleted, the cells it filled in %4 leads emptied.")
                 .arg(record->id)
                 .arg(record->file)
                 .arg(record->imported)
                 .arg(record->merged)
          << '\n';
    return kExitOk;
}

int Cli::runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("auto, ',', ';', tab or '|'."),
        QStringLiteral("d"), QStringLiteral("auto"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("auto or an encoding name."),
        QStringLiteral("name"), QStringLiteral("auto"));
    const QCommandLineOption header(
        QStringLiteral("header"), tr("auto, yes or no."), QStringLiteral("mode"), QStringLiteral("auto"));
    const QCommandLineOption map(QStringLiteral("map"),
        tr("Maps a CSV header to a field or column, \"skip\", or \"split\" (a full name into first and last "
           "name; "
           "\"split-family-first\" for a name written surname first)."),
        QStringLiteral("HEADER=field"));
    const QCommandLineOption dedupe(QStringLiteral("dedupe"), tr("email (default) or none."),
        QStringLiteral("mode"), QStringLiteral("email"));
    const QCommandLineOption skipBadRows(
        QStringLiteral("skip-bad-rows"), tr("Import the good rows, reject the others."));
    const QCommandLineOption normalise(QStringLiteral("normalise-contacts"),
        tr("Then normalise the phones (E.164) and Telegram names of the leads imported."));
    const QCommandLineOption rejects(
        QStringLiteral("rejects"), tr("Where rejected rows go."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the summary as JSON."));
    const QCommandLineOption maxField(QStringLiteral("max-field-mib"),
        tr("The longest field accepted, in MiB (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption commitEvery(QStringLiteral("commit-every-ms"),
        tr("How often a long import lets other writers in (default 2000)."), QStringLiteral("ms"),
        QStringLiteral("2000"));
    parser.addOptions({ delimiter, encoding, header, map, dedupe, skipBadRows, rejects, json, maxField,
        commitEvery, normalise });
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    if (!parseCommand(parser, arguments, 2))
        return kExitUsage;

    CsvSniffer::Overrides overrides;
    bool ok = false;
    overrides.delimiter = parseDelimiter(parser.value(delimiter), &ok);
    if (!ok) {
        m_err << "leadsync-cli: " << tr("--delimiter takes auto, ',', ';', tab or '|'.") << '\n';
        return kExitUsage;
    }
    if (parser.value(encoding).toLower() != u"auto")
        overrides.encoding = parser.value(encoding).toLatin1();
    const QString headerMode = parser.value(header).toLower();
    if (headerMode == u"yes" || headerMode == u"no")
        overrides.hasHeader = headerMode == u"yes";
    else if (headerMode != u"auto") {
        m_err << "leadsync-cli: " << tr("--header takes auto, yes or no.") << '\n';
        return kExitUsage;
    }
    const double maxFieldMib = parser.value(maxField).toDouble(&ok);
    if (!ok || maxFieldMib <= 0 || maxFieldMib > 1024) {
        m_err << "leadsync-cli: " << tr("--max-field-mib takes a number of MiB from 1 to 1024.") << '\n';
        return kExitUsage;
    }
    const QString dedupeMode = parser.value(dedupe).toLower();
    if (dedupeMode != u"email" && dedupeMode != u"none") {
        m_err << "leadsync-cli: " << tr("--dedupe takes email or none.") << '\n';
        return kExitUsage;
    }
    QList<QPair<QString, QString>> mapping;
    for (const QString& entry : parser.values(map)) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        if (equals <= 0) {
            m_err << "leadsync-cli: " << tr("--map takes \"CSV header=field\", not \"%1\".").arg(entry)
                  << '\n';
            return kExitUsage;
        }
        mapping.append({ entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed() });
    }

    const QString file = parser.positionalArguments().at(1);
    ImportPlan plan = ImportPlan::prepare(file, overrides, ColumnStore(workspace()).list(), mapping);
    plan.dedupe = dedupeMode == u"none" ? DedupeMode::None : DedupeMode::Email;
    plan.dialect.maxFieldBytes = qsizetype(maxFieldMib * (1 << 20));
    plan.commitEveryMs = parser.value(commitEvery).toLongLong(&ok);
    if (!ok || plan.commitEveryMs < 0) {
        m_err << "leadsync-cli: " << tr("--commit-every-ms takes a number of milliseconds.") << '\n';
        return kExitUsage;
    }
    plan.skipBadRows = parser.isSet(skipBadRows);
    plan.normaliseContacts = parser.isSet(normalise);
    if (parser.isSet(rejects))
        plan.rejectsPath = parser.value(rejects);

    Importer importer(workspace(), plan, m_now);
    const ImportResult result
        = importer.run({ [this](qint64 done, qint64 total) { progress(done, total); }, m_cancel });
    if (result.cancelled) {
        m_err << "leadsync-cli: " << tr("import cancelled; the workspace is unchanged.") << '\n';
        return kExitCancelled;
    }

    if (parser.isSet(json)) {
        QJsonObject columns;
        for (qsizetype i = 0; i < plan.headers.size(); ++i) {
            const ImportTarget& target = plan.targets[i];
            switch (target.kind) {
            case ImportTarget::Kind::Field:
                columns.insert(plan.headers[i], target.name);
                break;
            case ImportTarget::Kind::ExistingColumn:
                columns.insert(
                    plan.headers[i], findColumn(ColumnStore(workspace()).list(), target.name)->displayName);
                break;
            case ImportTarget::Kind::NewColumn:
                columns.insert(plan.headers[i], QStringLiteral("new"));
                break;
            case ImportTarget::Kind::Skip:
                columns.insert(plan.headers[i], QStringLiteral("skip"));
                break;
            case ImportTarget::Kind::SplitName:
                columns.insert(plan.headers[i], QStringLiteral("first_name+last_name"));
                break;
            }
        }
        QJsonArray errors;
        for (const ImportRejection& rejection : result.rejections)
            errors.append(QJsonObject {
                { QStringLiteral("line"), rejection.line }, { QStringLiteral("reason"), rejection.reason } });
        const QJsonObject summary {
            { QStringLiteral("read"), result.read },
            { QStringLiteral("imported"), result.imported },
            { QStringLiteral("merged"), result.merged },
            { QStringLiteral("rejected"), result.rejected },
            { QStringLiteral("contacts_normalised"), result.normalised },
            { QStringLiteral("contacts_flagged"), result.flagged },
            { QStringLiteral("blank"), result.blank },
            { QStringLiteral("encoding"), QString::fromLatin1(plan.dialect.encoding) },
            { QStringLiteral("delimiter"), QString(QLatin1Char(plan.dialect.delimiter)) },
            { QStringLiteral("header"), plan.dialect.hasHeader },
            { QStringLiteral("columns"), columns },
            { QStringLiteral("errors"), errors },
            { QStringLiteral("rejects_file"),
                result.rejectsPath.isEmpty() ? QJsonValue() : QJsonValue(result.rejectsPath) },
            { QStringLiteral("workspace"), workspace().path() },
        };
        m_out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Imported %1 into %2 (%3, %4-delimited%5).")
                     .arg(file, workspace().path(), QString::fromLatin1(plan.dialect.encoding),
                         delimiterName(plan.dialect.delimiter),
                         plan.dialect.hasHeader ? QString() : tr(", no header row"))
              << '\n'
              << tr("Rows read: %1; new leads: %2; merged into existing leads: %3; rejected: %4.")
                     .arg(result.read)
                     .arg(result.imported)
                     .arg(result.merged)
                     .arg(result.rejected)
              << '\n';
        if (plan.normaliseContacts)
            m_out << tr("Contacts normalised: %1; not readable (kept, flagged in Contact check): %2.")
                         .arg(result.normalised)
                         .arg(result.flagged)
                  << '\n';
        for (const ImportRejection& rejection : result.rejections)
            m_out << tr("  line %1: %2").arg(rejection.line).arg(rejection.reason) << '\n';
        if (!result.rejectsPath.isEmpty())
            m_out << tr("Rejected rows, with their reasons: %1").arg(result.rejectsPath) << '\n';
    }
    return result.rejected > 0 ? kExitRejected : kExitOk;
}

int Cli::runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption columns(
        QStringLiteral("columns"), tr("Comma-separated columns, in order."), QStringLiteral("a,b,..."));
    const LeadOptions leads(true);
    const QCommandLineOption bom(QStringLiteral("bom"), tr("Start the file with a UTF-8 BOM (for Excel)."));
    const QCommandLineOption noEscape(QStringLiteral("no-formula-escape"),
        tr("Do not neutralise cells a spreadsheet would run as formulas."));
    const QCommandLineOption view(QStringLiteral("view"),
        tr("A saved view: its filter, search, sort and columns (--where adds to the filter)."),
        QStringLiteral("name"));
    const QCommandLineOption sales(
        QStringLiteral("sales"), tr("Export the sales (the leads handed to sales)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        tr("Where the file goes: csv (default), excel (BOM, the system's list separator), sheets, or a CRM "
           "or "
           "tool (hubspot, salesforce, pipedrive, apollo, instantly, lemlist: its header names, no formula "
           "escaping). --bom, --no-formula-escape and --delimiter change it."),
        QStringLiteral("name"), QStringLiteral("csv"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"), tr("The field delimiter: , ; or tab."), QStringLiteral("char"));
    parser.addOptions({ columns, bom, noEscape, view, sales, profile, delimiter });
    leads.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write."));
    if (!parseCommand(parser, arguments, 2))
        return kExitUsage;
    if (parser.isSet(sales)) {
        const QString path = parser.positionalArguments().at(1);
        const qsizetype rows = Pipeline(workspace()).exportSales(path);
        (OutputFile::isStandardOutput(path) ? m_err : m_out)
            << tr("Sales exported: %1, to %2.").arg(rows).arg(path) << '\n';
        return kExitOk;
    }

    const ColumnList all = ColumnStore(workspace()).list();
    ExportPlan plan;
    plan.path = parser.positionalArguments().at(1);
    if (parser.isSet(view)) {
        const SavedView saved = SavedView::find(workspace(), parser.value(view));
        plan.conditions = saved.query.conditions;
        plan.searchText = saved.query.searchText;
        plan.sortColumn = saved.query.sortColumn;
        plan.sortOrder = saved.query.sortOrder;
        for (const QString& column : saved.columns)
            plan.columns.append(column.toLatin1());
    }
    if (parser.isSet(columns)) {
        plan.columns.clear();
        for (const QString& name : parser.value(columns).split(u',', Qt::SkipEmptyParts)) {
            const Column* column = findColumn(all, name.trimmed());
            if (!column) {
                m_err << "leadsync-cli: " << tr("--columns names no column \"%1\".").arg(name.trimmed())
                      << '\n';
                return kExitUsage;
            }
            plan.columns.append(column->sqlName.toLatin1());
        }
    }
    plan.conditions += leads.conditions(parser, all);
    plan.searchText = leads.search(parser).value_or(plan.searchText);
    const QString profileId = parser.value(profile).trimmed().toLower();
    const auto& profiles = ExportProfile::all();
    if (std::none_of(
            profiles.cbegin(), profiles.cend(), [&](const ExportProfile& p) { return p.id == profileId; })) {
        m_err << "leadsync-cli: " << tr("--profile names no profile \"%1\".").arg(profileId) << '\n';
        return kExitUsage;
    }
    plan.apply(ExportProfile::byId(profileId));
    plan.bom = plan.bom || parser.isSet(bom);
    plan.formulaEscape = plan.formulaEscape && !parser.isSet(noEscape);
    if (parser.isSet(delimiter)) {
        const QString value = parser.value(delimiter);
        if (value == u"tab" || value == u"\t") {
            plan.delimiter = '\t';
        } else if (value == u"," || value == u";") {
            plan.delimiter = value.front().toLatin1();
        } else {
            m_err << "leadsync-cli: " << tr("--delimiter takes , ; or tab, not \"%1\".").arg(value) << '\n';
            return kExitUsage;
        }
    }

    Exporter exporter(workspace(), plan);
    const qint64 rows = exporter.run({ {}, m_cancel });
    if (rows < 0) {
        m_err << "leadsync-cli: " << tr("export cancelled; no file was written.") << '\n';
        return kExitCancelled;
    }
    // With the CSV on standard output, the summary goes to the error stream.
    (OutputFile::isStandardOutput(plan.path) ? m_err : m_out)
        << tr("Leads exported: %1, to %2.").arg(rows).arg(plan.path)
        << (exporter.escapedCells() > 0 ? u' '
                       + tr("Cells a spreadsheet would run as formulas, kept as text with an apostrophe: %1.")
                             .arg(exporter.escapedCells())
                                        : QString())
        << '\n';
    return kExitOk;
}

int Cli::printList(
    const QStringList& arguments, const std::function<QList<std::pair<QJsonValue, QString>>()>& entries)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (!parseCommand(parser, arguments, 1))
        return kExitUsage;
    QJsonArray array;
    for (const auto& [value, line] : entries()) {
        array.append(value);
        if (!parser.isSet(json))
            m_out << line << '\n';
    }
    if (parser.isSet(json))
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return kExitOk;
}

int Cli::runLeads(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array of lead objects."));
    const LeadOptions leads(false, tr("At most N leads."));
    parser.addOption(json);
    leads.addTo(parser);
    if (!parseCommand(parser, arguments, 1))
        return kExitUsage;
    const std::optional<qint64> maxRows = leads.limit(parser, *this);
    if (!maxRows)
        return kExitUsage;

    // Keys: "id", the built-in fields by name, custom columns by display name, executable cells'
    // status and reason, then the timestamps.
    const ColumnList columns = ColumnStore(workspace()).list();
    QByteArrayList sqlNames { "id" };
    QStringList keys { QStringLiteral("id") };
    for (const Column& column : columns) {
        sqlNames.append(selectExpression(column.sqlName));
        keys.append(column.builtin ? column.sqlName : column.displayName);
    }
    // An executable column's cell also has a status (done, failed, skipped; empty when not run) and,
    // when it failed or was skipped, the reason.
    for (const Column& column : columns) {
        if (!ColumnSpec::isExecutableKind(column.kind))
            continue;
        for (const char* field : { "status", "reason" }) {
            sqlNames.append("COALESCE((SELECT " + QByteArray(field) + " FROM cell_states WHERE column_id = "
                + QByteArray::number(column.id) + " AND lead_id = leads.id), '')");
            keys.append(column.displayName + u' ' + QLatin1String(field));
        }
    }
    for (const QString& name : { QStringLiteral("created_at"), QStringLiteral("updated_at") }) {
        sqlNames.append(selectExpression(name));
        keys.append(name);
    }
    SqliteStatement select(workspace().handle(),
        QByteArray("SELECT " + sqlNames.join(", ") + " FROM leads ORDER BY id LIMIT ?1"));
    select.bindInt(1, *maxRows);

    // Streamed row by row, so a large workspace prints in constant memory.
    const bool asJson = parser.isSet(json);
    if (asJson)
        m_out << '[';
    else
        m_out << keys.join(u'\t') << '\n';
    qint64 rows = 0;
    while (select.step()) {
        if (asJson) {
            QJsonObject lead { { keys[0], select.columnInt(0) } };
            for (int i = 1; i < keys.size(); ++i)
                lead.insert(keys[i], QString::fromUtf8(select.columnText(i)));
            m_out << (rows == 0 ? "\n" : ",\n") << QJsonDocument(lead).toJson(QJsonDocument::Compact);
        } else {
            QStringList cells;
            for (int i = 0; i < keys.size(); ++i) {
                // Tabs and line breaks inside a value would break the table: shown as spaces.
                cells.append(QString::fromUtf8(select.columnText(i))
                                 .replace(u'\t', u' ')
                                 .replace(u'\n', u' ')
                                 .remove(u'\r'));
            }
            m_out << cells.join(u'\t') << '\n';
        }
        ++rows;
    }
    if (asJson)
        m_out << (rows == 0 ? "]\n" : "\n]\n");
    return kExitOk;
}

int Cli::runColumns(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array of columns."));
    parser.addOption(json);
    if (!parseCommand(parser, arguments, 1))
        return kExitUsage;
    const ColumnList columns = ColumnStore(workspace()).list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Column& column : columns) {
            array.append(QJsonObject { { QStringLiteral("name"), column.sqlName },
                { QStringLiteral("display_name"), column.displayName },
                { QStringLiteral("kind"), column.kind }, { QStringLiteral("position"), column.position },
                { QStringLiteral("builtin"), column.builtin } });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    for (const Column& column : columns) {
        m_out << column.position << '\t' << column.displayName << '\t' << column.sqlName << '\t'
              << column.kind << '\t' << (column.builtin ? tr("built-in") : tr("custom")) << '\n';
    }
    return kExitOk;
}

} // namespace LeadSync
