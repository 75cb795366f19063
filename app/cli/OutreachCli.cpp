#include "OutreachCli.h"

#include "Cli.h"
#include "Error.h"
#include "LeadOptions.h"
#include "api/LeadRecord.h"
#include "leads/ColumnStore.h"
#include "leads/LeadHistory.h"
#include "leads/SavedView.h"
#include "leads/SearchIndex.h"
#include "outreach/MailMessage.h"
#include "outreach/Mailbox.h"
#include "outreach/OAuth.h"
#include "outreach/OptOutList.h"
#include "outreach/Outbox.h"
#include "outreach/OutreachEngine.h"
#include "outreach/Sequence.h"
#include "outreach/SmtpSender.h"
#include "replies/OutreachStats.h"
#include "replies/ReplyActions.h"
#include "replies/ReplyAssistant.h"
#include "replies/ReplySync.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace LeadSync {

namespace {

// "90-240" seconds into a range; throws Error.
std::pair<int, int> gapOf(const QString& text)
{
    const QStringList parts = text.split(u'-');
    bool minOk = false;
    bool maxOk = false;
    const int min = parts.value(0).trimmed().toInt(&minOk);
    const int max = parts.size() == 2 ? parts.value(1).trimmed().toInt(&maxOk) : min;
    if (!minOk || (parts.size() == 2 && !maxOk) || parts.size() > 2)
        throw Error(OutreachCli::tr("--gap takes MIN-MAX seconds, e.g. 90-240, not \"%1\".").arg(text));
    return { min, max };
}

int numberOf(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok)
        throw Error(OutreachCli::tr("--%1 takes a number, not \"%2\".")
                        .arg(option.names().first(), parser.value(option)));
    return value;
}

QJsonObject mailboxJson(const Mailbox& mailbox)
{
    return { { QStringLiteral("name"), mailbox.name }, { QStringLiteral("from"), mailbox.from() },
        { QStringLiteral("smtp"), mailbox.smtpUrl.toString() }, { QStringLiteral("user"), mailbox.smtpUser },
        { QStringLiteral("password_env"), mailbox.passwordEnv },
        { QStringLiteral("time_zone"), QString::fromUtf8(mailbox.zone.id()) },
        { QStringLiteral("window"), mailbox.window.toString() },
        { QStringLiteral("daily_cap"), mailbox.dailyCap },
        { QStringLiteral("hourly_cap"), mailbox.hourlyCap },
        { QStringLiteral("gap"),
            QStringLiteral("%1-%2").arg(mailbox.gapMinSeconds).arg(mailbox.gapMaxSeconds) },
        { QStringLiteral("unsubscribe_url"), mailbox.unsubscribeUrl },
        { QStringLiteral("auth"),
            mailbox.usesOAuth() ? QStringLiteral("oauth2") : QStringLiteral("password") } };
}

using LeadRecord::isoOrNull;

// The CLI's mailbox secrets: the environment variable each mailbox names (for an OAuth mailbox, the
// token record the desktop app keeps in the keychain under that name). A refreshed token is used
// for this run only: the environment cannot be written back.
MailboxCredentials credentialsOf(const Cli& cli)
{
    return MailboxCredentials(
        [](const QString& entry) -> std::optional<QByteArray> {
            if (!qEnvironmentVariableIsSet(entry.toLocal8Bit().constData()))
                return std::nullopt;
            return qgetenv(entry.toLocal8Bit().constData());
        },
        cli.now());
}

// The reply assistant of the workspace, its key from the environment variable its settings name.
ReplyAssistant assistantOf(Cli& cli)
{
    const ReplyAssistant::Settings settings = ReplyAssistant::Settings::load(cli.workspace());
    return ReplyAssistant(settings,
        settings.keyEnv.isEmpty() ? QByteArray() : qgetenv(settings.keyEnv.toLocal8Bit().constData()));
}

ReplySync::Result syncFor(Cli& cli, MailboxCredentials& credentials, int timeoutMs)
{
    Workspace& workspace = cli.workspace();
    const ReplyAssistant assistant = assistantOf(cli);
    ReplySync::Options options;
    options.assistant = &assistant;
    options.password = [&credentials](const Mailbox& mailbox) { return credentials.secret(mailbox); };
    options.timeoutMs = timeoutMs;
    options.cancel = cli.cancelFlag();
    return ReplySync(workspace, OutreachEngine::transactionsOn(workspace)).sync(cli.now(), options);
}

// The CLI's writes: one transaction on its own connection (a command is its process's only writer).
OutreachEngine engineOf(Cli& cli)
{
    Workspace& workspace = cli.workspace();
    return OutreachEngine(workspace, OutreachEngine::transactionsOn(workspace));
}

QJsonObject sequenceJson(const Sequence& sequence)
{
    QJsonObject json = sequence.spec.toJson();
    json.insert(QStringLiteral("paused"), sequence.paused);
    return json;
}

} // namespace

OutreachCli::OutreachCli(Cli& cli)
    : m_cli(cli)
{ }

int OutreachCli::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == u"mailbox") {
        if (sub == u"add")
            return addMailbox(rest);
        if (sub == u"list")
            return listMailboxes(rest);
        if (sub == u"test")
            return testMailbox(rest);
    } else if (command == u"sequence") {
        if (sub == u"add")
            return addSequence(rest);
        if (sub == u"list")
            return listSequences(rest);
        if (sub == u"show")
            return showSequence(rest);
        if (sub == u"pause" || sub == u"resume")
            return pauseSequence(rest, sub == u"pause");
    } else if (command == u"enroll" || command == u"unenroll") {
        return enroll(arguments, command == u"enroll");
    } else if (command == u"outreach") {
        if (sub == u"tick")
            return tick(rest);
        if (sub == u"queue")
            return queue(rest);
        if (sub == u"sync")
            return syncReplies(rest);
        if (sub == u"stats")
            return stats(rest);
    } else if (command == u"replies") {
        return listReplies(arguments);
    } else if (command == u"reply") {
        return reply(rest);
    } else if (command == u"lead") {
        if (sub == u"show")
            return showLead(rest);
    } else if (command == u"optout") {
        if (sub == u"add")
            return addOptOuts(rest);
        if (sub == u"import")
            return importOptOuts(rest);
        if (sub == u"list")
            return listOptOuts(rest);
    }
    return unknown(arguments);
}

int OutreachCli::unknown(const QStringList& arguments)
{
    m_cli.err() << "leadsync-cli: "
                << tr("unknown command \"%1\" (try --help).").arg(arguments.mid(0, 2).join(u' ')) << '\n';
    return Cli::kExitUsage;
}

int OutreachCli::addMailbox(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(
        QStringLiteral("from"), tr("The sender: \"Name <address>\"."), QStringLiteral("from"));
    const QCommandLineOption smtp(
        QStringLiteral("smtp"), tr("smtps://host:465 or smtp://host:587 (STARTTLS)."), QStringLiteral("url"));
    const QCommandLineOption user(
        QStringLiteral("user"), tr("The SMTP user (default: the address)."), QStringLiteral("user"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
        tr("The environment variable holding the password (it is never stored)."), QStringLiteral("VAR"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
        tr("The mailbox's zone (default: this computer's)."), QStringLiteral("zone"),
        QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    const QCommandLineOption window(QStringLiteral("window"), tr("When it may send."),
        QStringLiteral("days hours"), QStringLiteral("mon-fri 09:00-17:00"));
    const QCommandLineOption dailyCap(
        QStringLiteral("daily-cap"), tr("At most N a day."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption hourlyCap(QStringLiteral("hourly-cap"), tr("At most N an hour (0: none)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption gap(QStringLiteral("gap"),
        tr("Seconds between two sends, a random wait in MIN-MAX."), QStringLiteral("MIN-MAX"),
        QStringLiteral("90-240"));
    const QCommandLineOption unsubscribe(QStringLiteral("unsubscribe-url"),
        tr("An https page for one-click unsubscribe (RFC 8058)."), QStringLiteral("url"));
    const QCommandLineOption oauth(QStringLiteral("oauth"),
        tr("Sign in with OAuth 2 (XOAUTH2): google, microsoft, or custom with --oauth-urls."),
        QStringLiteral("provider"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), tr("Your OAuth client's id."), QStringLiteral("id"));
    const QCommandLineOption oauthUrls(QStringLiteral("oauth-urls"),
        tr("A custom provider's authorization URL, token URL and scope, separated by spaces."),
        QStringLiteral("urls"));
    const QCommandLineOption imap(QStringLiteral("imap"),
        tr("The inbox replies are read from: imaps://host:993 or imap://host:143 (STARTTLS)."),
        QStringLiteral("url"));
    const QCommandLineOption imapUser(
        QStringLiteral("imap-user"), tr("The IMAP user (default: the SMTP user)."), QStringLiteral("user"));
    parser.addOptions({ from, smtp, user, passwordEnv, zone, window, dailyCap, hourlyCap, gap, unsubscribe,
        oauth, clientId, oauthUrls, imap, imapUser });
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    if (!parser.isSet(from) || !parser.isSet(smtp))
        throw Error(tr("mailbox add needs --from and --smtp."));
    Mailbox mailbox;
    mailbox.name = parser.positionalArguments().at(1).trimmed();
    std::tie(mailbox.fromName, mailbox.fromAddress) = parseFrom(parser.value(from));
    mailbox.smtpUrl = QUrl(parser.value(smtp));
    mailbox.smtpUser = parser.value(user);
    mailbox.passwordEnv = parser.value(passwordEnv);
    mailbox.zone = QTimeZone(parser.value(zone).toUtf8());
    mailbox.window = SendingWindow::parse(parser.value(window));
    mailbox.dailyCap = numberOf(parser, dailyCap);
    mailbox.hourlyCap = numberOf(parser, hourlyCap);
    std::tie(mailbox.gapMinSeconds, mailbox.gapMaxSeconds) = gapOf(parser.value(gap));
    mailbox.unsubscribeUrl = parser.value(unsubscribe);
    mailbox.imapUrl = QUrl(parser.value(imap));
    mailbox.imapUser = parser.value(imapUser);
    if (parser.isSet(oauth)) {
        const QString provider = parser.value(oauth);
        const QStringList urls = parser.value(oauthUrls).split(u' ', Qt::SkipEmptyParts);
        std::optional<OAuthSettings> settings = OAuthSettings::preset(provider);
        if (provider == u"custom" && urls.size() >= 3)
            settings = OAuthSettings { {}, QUrl(urls[0]), QUrl(urls[1]), urls.mid(2).join(u' ') };
        if (!settings)
            throw Error(
                tr("--oauth must be google, microsoft, or custom with --oauth-urls \"AUTH-URL TOKEN-URL "
                   "SCOPE\", not \"%1\".")
                    .arg(provider));
        if (!parser.isSet(clientId))
            throw Error(tr("--oauth needs --client-id: the id of your own OAuth client."));
        mailbox.oauth = *settings;
        mailbox.oauth.clientId = parser.value(clientId);
    }
    MailboxStore(m_cli.workspace()).save(mailbox, m_cli.now().toMSecsSinceEpoch());
    m_cli.out() << tr("Mailbox saved: %1 (%2).").arg(mailbox.name, mailbox.from()) << '\n';
    return Cli::kExitOk;
}

int OutreachCli::listMailboxes(const QStringList& arguments)
{
    return m_cli.printList(arguments, [this] {
        QList<std::pair<QJsonValue, QString>> entries;
        for (const Mailbox& mailbox : MailboxStore(m_cli.workspace()).list())
            entries.append({ mailboxJson(mailbox),
                QStringList { mailbox.name, mailbox.from(), mailbox.smtpUrl.toString(),
                    mailbox.window.toString() + u' ' + QString::fromUtf8(mailbox.zone.id()) }
                    .join(u'\t') });
        return entries;
    });
}

// Connects, authenticates and sends one message to the mailbox's own address; says where it failed.
int OutreachCli::testMailbox(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    const QString name = parser.positionalArguments().at(1);
    const std::optional<Mailbox> mailbox = MailboxStore(m_cli.workspace()).find(name);
    if (!mailbox)
        throw Error(tr("There is no mailbox \"%1\".").arg(name));
    MailboxCredentials credentials = credentialsOf(m_cli);
    const std::optional<QByteArray> password = credentials.secret(*mailbox);
    if (!password)
        throw Error(credentials.problems().value(0,
            tr("Mailbox %1 reads its password from $%2, which is not set.")
                .arg(mailbox->name, mailbox->passwordEnv)));
    const SmtpResult result = SmtpSender::test(*mailbox, *password, m_cli.now());
    const bool works = result.outcome == SmtpResult::Outcome::Sent;
    if (parser.isSet(json)) {
        m_cli.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("ok"), works }, { QStringLiteral("stage"), result.stage },
                { QStringLiteral("code"), result.code }, { QStringLiteral("reason"), result.reason } })
                           .toJson(QJsonDocument::Compact)
                    << '\n';
    } else if (works) {
        m_cli.out()
            << tr("Mailbox %1 works: a test message was sent to %2.").arg(mailbox->name, mailbox->fromAddress)
            << '\n';
    } else {
        m_cli.err() << "leadsync-cli: "
                    << tr("Mailbox %1 failed at %2: %3").arg(mailbox->name, result.stage, result.reason)
                    << '\n';
    }
    return works ? Cli::kExitOk : Cli::kExitInput;
}

int OutreachCli::addSequence(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!m_cli.parseCommand(parser, arguments, 2))
        return Cli::kExitUsage;
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw Error(tr("%1 is not a JSON object (at byte %2: %3).")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    SequenceSpec spec;
    try {
        spec = SequenceSpec::fromJson(document.object());
        SequenceStore(m_cli.workspace()).save(spec, m_cli.now().toMSecsSinceEpoch());
    } catch (const Error& error) {
        throw Error(QStringLiteral("%1: %2").arg(path, error.message()));
    }
    m_cli.out() << tr("Sequence saved: %1, steps: %2.").arg(spec.name).arg(spec.steps.size()) << '\n';
    return Cli::kExitOk;
}

int OutreachCli::listSequences(const QStringList& arguments)
{
    return m_cli.printList(arguments, [this] {
        QList<std::pair<QJsonValue, QString>> entries;
        for (const Sequence& sequence : SequenceStore(m_cli.workspace()).list())
            entries.append({ sequenceJson(sequence),
                QStringList { sequence.spec.name, sequence.spec.mailbox,
                    tr("steps: %1").arg(sequence.spec.steps.size()),
                    sequence.paused ? tr("paused") : QString() }
                    .join(u'\t')
                    .trimmed() });
        return entries;
    });
}

int OutreachCli::showSequence(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (the default)."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    const Sequence sequence = SequenceStore(m_cli.workspace()).get(parser.positionalArguments().at(1));
    m_cli.out() << QJsonDocument(sequenceJson(sequence)).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
}

int OutreachCli::pauseSequence(const QStringList& arguments, bool paused)
{
    QCommandLineParser parser;
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("NAME")))
        return Cli::kExitUsage;
    const QString name = parser.positionalArguments().at(1);
    Workspace& workspace = m_cli.workspace();
    workspace.transact(
        [&] { SequenceStore(workspace).setPaused(name, paused, m_cli.now().toMSecsSinceEpoch()); });
    m_cli.out() << (paused ? tr("Sequence paused: %1.") : tr("Sequence resumed: %1.")).arg(name) << '\n';
    return Cli::kExitOk;
}

int OutreachCli::addOptOuts(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("ADDRESS"), true))
        return Cli::kExitUsage;
    const int added = OptOutList(m_cli.workspace())
                          .add(parser.positionalArguments().mid(1), QStringLiteral("manual"),
                              m_cli.now().toMSecsSinceEpoch());
    m_cli.out() << tr("Opt-outs added: %1.").arg(added) << '\n';
    return Cli::kExitOk;
}

int OutreachCli::importOptOuts(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!m_cli.parseCommand(parser, arguments, 2))
        return Cli::kExitUsage;
    const QString path = parser.positionalArguments().at(1);
    const QStringList values = OptOutList::readCsv(path);
    const int added = OptOutList(m_cli.workspace()).add(values, path, m_cli.now().toMSecsSinceEpoch());
    m_cli.out()
        << tr("%1: opt-outs added: %2, already listed: %3.").arg(path).arg(added).arg(values.size() - added)
        << '\n';
    return Cli::kExitOk;
}

int OutreachCli::listOptOuts(const QStringList& arguments)
{
    return m_cli.printList(arguments, [this] {
        QList<std::pair<QJsonValue, QString>> entries;
        for (const QString& value : OptOutList(m_cli.workspace()).list())
            entries.append({ value, value });
        return entries;
    });
}

// A list command: with --json a JSON array of the entries' values, else a line of text each.
int OutreachCli::enroll(const QStringList& arguments, bool add)
{
    QCommandLineParser parser;
    const LeadOptions leads(true);
    const QCommandLineOption view(
        QStringLiteral("view"), tr("The leads of a saved view."), QStringLiteral("NAME"));
    const QCommandLineOption campaign(
        QStringLiteral("campaign"), tr("The leads of a campaign."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    leads.addTo(parser);
    parser.addOptions({ view, campaign, json });
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("SEQUENCE")))
        return Cli::kExitUsage;
    Workspace& workspace = m_cli.workspace();
    const Sequence sequence = SequenceStore(workspace).get(parser.positionalArguments().at(1));
    const ColumnList columns = ColumnStore(workspace).list();
    QList<LeadCondition> conditions = leads.conditions(parser, columns);
    QString search = leads.search(parser).value_or(QString());
    if (parser.isSet(view)) {
        const SavedView saved = SavedView::find(workspace, parser.value(view));
        conditions = saved.query.conditions + conditions;
        if (search.isEmpty())
            search = saved.query.searchText;
    }
    if (parser.isSet(campaign))
        conditions.append({ campaignsColumn().sqlName, LeadCondition::Op::Equals, parser.value(campaign) });
    if (!search.trimmed().isEmpty())
        SearchIndex(workspace).catchUp();
    const QList<qint64> ids = LeadFilter::matchingIds(workspace, conditions, search);
    OutreachEngine engine = engineOf(m_cli);
    if (!add) {
        const qint64 removed = engine.unenroll(sequence, ids, m_cli.now());
        if (parser.isSet(json))
            m_cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("removed"), removed } })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        else
            m_cli.out() << tr("Removed from %1: %2.").arg(sequence.spec.name).arg(removed) << '\n';
        return Cli::kExitOk;
    }
    const OutreachEngine::EnrollResult result = engine.enroll(sequence, ids, m_cli.now());
    if (parser.isSet(json)) {
        QJsonObject skipped;
        for (auto it = result.skipped.cbegin(); it != result.skipped.cend(); ++it)
            skipped.insert(it.key(), it.value());
        m_cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("enrolled"), result.enrolled },
                                         { QStringLiteral("skipped"), skipped } })
                           .toJson(QJsonDocument::Compact)
                    << '\n';
        return Cli::kExitOk;
    }
    m_cli.out() << tr("Enrolled in %1: %2.").arg(sequence.spec.name).arg(result.enrolled) << '\n';
    for (auto it = result.skipped.cbegin(); it != result.skipped.cend(); ++it)
        m_cli.out() << tr("Skipped, %1: %2.").arg(it.key()).arg(it.value()) << '\n';
    return Cli::kExitOk;
}

int OutreachCli::tick(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what is due; send nothing."));
    const QCommandLineOption timeout(QStringLiteral("smtp-timeout"),
        tr("Seconds an SMTP transaction may take (default 120)."), QStringLiteral("S"),
        QStringLiteral("120"));
    parser.addOptions({ json, dryRun, timeout });
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    OutreachEngine::TickOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.smtp.timeoutMs = numberOf(parser, timeout) * 1000;
    options.smtp.connectTimeoutMs = std::min(options.smtp.timeoutMs, options.smtp.connectTimeoutMs);
    // The password comes from the environment variable the mailbox names, never from the workspace.
    MailboxCredentials credentials = credentialsOf(m_cli);
    // The replies that arrived first: one that came a minute ago stops the follow-up about to go. A
    // mailbox whose inbox could not be read sends nothing this time.
    const ReplySync::Result synced = syncFor(m_cli, credentials, numberOf(parser, timeout) * 1000);
    for (const QString& problem : synced.problems)
        m_cli.err() << "leadsync-cli: " << problem << '\n';
    options.password = [&credentials, &synced](const Mailbox& mailbox) -> std::optional<QByteArray> {
        if (synced.failedMailboxes.contains(mailbox.name))
            return std::nullopt;
        return credentials.secret(mailbox);
    };
    options.renew = [&credentials](const Mailbox& mailbox) { return credentials.renew(mailbox); };
    options.cancel = m_cli.cancelFlag();
    const OutreachEngine::TickResult result = engineOf(m_cli).tick(m_cli.now(), options);
    for (const QString& mailbox : result.withoutPassword)
        m_cli.err() << "leadsync-cli: "
                    << tr("Mailbox %1 did not send: its password variable is not set.").arg(mailbox) << '\n';
    for (const QString& problem : credentials.problems())
        m_cli.err() << "leadsync-cli: " << problem << '\n';
    const QJsonValue nextDue = result.nextDue.isValid()
        ? QJsonValue(result.nextDue.toUTC().toString(Qt::ISODate))
        : QJsonValue::Null;
    if (parser.isSet(json)) {
        QJsonObject out { { QStringLiteral("sent"), result.sent },
            { QStringLiteral("failed"), result.failed }, { QStringLiteral("retry"), result.retry },
            { QStringLiteral("unknown"), result.unknown }, { QStringLiteral("skipped"), result.skipped },
            { QStringLiteral("next_due"), nextDue } };
        if (options.dryRun)
            out.insert(QStringLiteral("would_send"), QJsonArray::fromStringList(result.wouldSend));
        m_cli.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        return Cli::kExitOk;
    }
    for (const QString& line : result.wouldSend)
        m_cli.out() << tr("Would send to lead %1").arg(line) << '\n';
    m_cli.out() << tr("Sent: %1, failed: %2, to retry: %3, unknown: %4, skipped: %5. Next due: %6.")
                       .arg(result.sent)
                       .arg(result.failed)
                       .arg(result.retry)
                       .arg(result.unknown)
                       .arg(result.skipped)
                       .arg(result.nextDue.isValid() ? result.nextDue.toUTC().toString(Qt::ISODate)
                                                     : tr("nothing"))
                << '\n';
    return Cli::kExitOk;
}

int OutreachCli::queue(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const LeadOptions leads(false, tr("At most N messages."));
    parser.addOption(json);
    leads.addTo(parser);
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    const std::optional<qint64> limit = leads.limit(parser, m_cli);
    if (!limit)
        return Cli::kExitUsage;
    QJsonArray array;
    for (const OutboxEntry& entry : Outbox(m_cli.workspace()).list(Outbox::Show::All, *limit)) {
        const QJsonObject message { { QStringLiteral("lead_id"), entry.leadId },
            { QStringLiteral("email"), entry.email }, { QStringLiteral("sequence"), entry.sequence },
            { QStringLiteral("step"), entry.step + 1 }, { QStringLiteral("variant"), entry.variant },
            { QStringLiteral("planned_at"), isoOrNull(entry.plannedAt) },
            { QStringLiteral("state"), entry.state }, { QStringLiteral("reason"), entry.reason } };
        array.append(message);
        if (!parser.isSet(json))
            m_cli.out() << message.value(u"planned_at").toString() << '\t' << entry.state << '\t'
                        << entry.sequence << '\t' << entry.step + 1 << '\t' << entry.email << '\t'
                        << entry.reason << '\n';
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
}

int OutreachCli::syncReplies(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the counts as JSON."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    MailboxCredentials credentials = credentialsOf(m_cli);
    const ReplySync::Result result = syncFor(m_cli, credentials, 30000);
    for (const QString& problem : result.problems + credentials.problems())
        m_cli.err() << "leadsync-cli: " << problem << '\n';
    if (parser.isSet(json)) {
        m_cli.out() << QJsonDocument(
            QJsonObject { { QStringLiteral("fetched"), result.fetched },
                { QStringLiteral("replies"), result.replies }, { QStringLiteral("bounces"), result.bounces },
                { QStringLiteral("auto_replies"), result.autoReplies },
                { QStringLiteral("unsubscribes"), result.unsubscribes },
                { QStringLiteral("ignored"), result.ignored },
                { QStringLiteral("answered"), result.answered } })
                           .toJson(QJsonDocument::Compact)
                    << '\n';
    } else {
        m_cli.out() << tr(
            "Fetched: %1, replies: %2, bounces: %3, automatic replies: %4, unsubscribes: %5, ignored: %6.")
                           .arg(result.fetched)
                           .arg(result.replies)
                           .arg(result.bounces)
                           .arg(result.autoReplies)
                           .arg(result.unsubscribes)
                           .arg(result.ignored)
                    << '\n';
    }
    return result.problems.isEmpty() ? Cli::kExitOk : Cli::kExitInput;
}

namespace {
QJsonObject figuresJson(const OutreachFigures& figures)
{
    const auto rate = [&figures](qint64 part) { return std::round(figures.rate(part) * 10000.0) / 10000.0; };
    return { { QStringLiteral("enrolled"), figures.enrolled }, { QStringLiteral("sent"), figures.sent },
        { QStringLiteral("contacted"), figures.contacted }, { QStringLiteral("bounced"), figures.bounced },
        { QStringLiteral("replied"), figures.replied }, { QStringLiteral("interested"), figures.interested },
        { QStringLiteral("opted_out"), figures.optedOut },
        { QStringLiteral("reply_rate"), rate(figures.replied) },
        { QStringLiteral("positive_rate"), rate(figures.interested) },
        { QStringLiteral("bounce_rate"), rate(figures.bounced) } };
}
} // namespace

int OutreachCli::stats(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption sequence(
        QStringLiteral("sequence"), tr("Only this sequence."), QStringLiteral("NAME"));
    parser.addOptions({ json, sequence });
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    const QList<SequenceFigures> all = OutreachStats(m_cli.workspace()).figures(parser.value(sequence));
    if (parser.isSet(sequence) && all.isEmpty())
        throw Error(tr("There is no sequence \"%1\".").arg(parser.value(sequence)));
    QJsonArray array;
    for (const SequenceFigures& figures : all) {
        QJsonObject object = figuresJson(figures.figures);
        object.insert(QStringLiteral("sequence"), figures.sequence);
        object.insert(QStringLiteral("median_hours_to_first_reply"),
            figures.medianHoursToFirstReply
                ? QJsonValue(std::round(*figures.medianHoursToFirstReply * 100.0) / 100.0)
                : QJsonValue(QJsonValue::Null));
        QJsonArray steps;
        for (const StepFigures& step : figures.steps) {
            QJsonObject stepObject = figuresJson(step.figures);
            stepObject.remove(QStringLiteral("enrolled"));
            stepObject.insert(QStringLiteral("step"), step.step + 1);
            stepObject.insert(QStringLiteral("variant"), step.variant);
            steps.append(stepObject);
        }
        object.insert(QStringLiteral("steps"), steps);
        QJsonArray days;
        for (const DayFigures& day : figures.days)
            days.append(QJsonObject { { QStringLiteral("day"), day.day.toString(Qt::ISODate) },
                { QStringLiteral("sent"), day.sent }, { QStringLiteral("replies"), day.replies } });
        object.insert(QStringLiteral("days"), days);
        array.append(object);
        if (!parser.isSet(json)) {
            const OutreachFigures& f = figures.figures;
            m_cli.out() << tr(
                "%1: enrolled %2, sent %3 to %4 leads, replied %5 (%6%), interested %7 (%8%), bounced %9, "
                "opted out %10")
                               .arg(figures.sequence)
                               .arg(f.enrolled)
                               .arg(f.sent)
                               .arg(f.contacted)
                               .arg(f.replied)
                               .arg(f.rate(f.replied) * 100.0, 0, 'f', 1)
                               .arg(f.interested)
                               .arg(f.rate(f.interested) * 100.0, 0, 'f', 1)
                               .arg(f.bounced)
                               .arg(f.optedOut)
                        << '\n';
        }
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
}

// reply classify ID --as CLASS | reply draft ID | reply send ID [--text-file F] | reply discard ID
// | reply settings --booking-link URL
int OutreachCli::reply(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption as(QStringLiteral("as"),
        tr("The class: %1.").arg(ReplyActions::classes().join(QStringLiteral(", "))),
        QStringLiteral("CLASS"));
    const QCommandLineOption textFile(
        QStringLiteral("text-file"), tr("Send this text instead of the draft."), QStringLiteral("F"));
    const QCommandLineOption bookingLink(QStringLiteral("booking-link"),
        tr("The link drafted answers to interested leads offer (Calendly or any URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption aiBaseUrl(QStringLiteral("ai-base-url"),
        tr("An OpenAI-compatible server that classifies replies and drafts answers (empty: rules and "
           "templates)."),
        QStringLiteral("URL"));
    const QCommandLineOption aiModel(QStringLiteral("ai-model"), tr("Its model."), QStringLiteral("MODEL"));
    const QCommandLineOption apiKeyEnv(QStringLiteral("api-key-env"),
        tr("The environment variable (or keychain entry) of its key."), QStringLiteral("VAR"));
    const QCommandLineOption offerFile(QStringLiteral("offer-file"),
        tr("What you offer, in your words: answers to questions come from it only."), QStringLiteral("F"));
    parser.addOptions({ as, textFile, bookingLink, aiBaseUrl, aiModel, apiKeyEnv, offerFile });
    Workspace& workspace = m_cli.workspace();
    if (action == u"settings") {
        if (!m_cli.parseCommand(parser, arguments, 1))
            return Cli::kExitUsage;
        if (parser.isSet(bookingLink))
            ReplyActions::setBookingLink(workspace, parser.value(bookingLink));
        ReplyAssistant::Settings settings = ReplyAssistant::Settings::load(workspace);
        if (parser.isSet(aiBaseUrl))
            settings.baseUrl = parser.value(aiBaseUrl);
        if (parser.isSet(aiModel))
            settings.model = parser.value(aiModel);
        if (parser.isSet(apiKeyEnv))
            settings.keyEnv = parser.value(apiKeyEnv);
        if (parser.isSet(offerFile)) {
            QFile file(parser.value(offerFile));
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read %1: %2").arg(parser.value(offerFile), file.errorString()));
            settings.offer = QString::fromUtf8(file.readAll()).trimmed();
        }
        settings.save(workspace);
        m_cli.out() << tr("Booking link: %1").arg(ReplyActions::bookingLink(workspace)) << '\n'
                    << tr("AI provider: %1")
                           .arg(settings.baseUrl.isEmpty() ? tr("none (rules and templates)")
                                                           : settings.baseUrl + u' ' + settings.model)
                    << '\n';
        return Cli::kExitOk;
    }
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("ID")))
        return Cli::kExitUsage;
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok)
        throw Error(tr("\"%1\" is not a reply id.").arg(parser.positionalArguments().at(1)));
    ReplyActions actions(workspace, OutreachEngine::transactionsOn(workspace));
    if (action == u"classify") {
        if (!parser.isSet(as))
            throw Error(tr("reply classify needs --as CLASS."));
        actions.classify(id, parser.value(as), m_cli.now());
        m_cli.out() << tr("Reply %1 is now %2.").arg(id).arg(parser.value(as)) << '\n';
    } else if (action == u"draft") {
        const ReplyAssistant assistant = assistantOf(m_cli);
        m_cli.out() << actions.draft(id, m_cli.now(), &assistant) << '\n';
    } else if (action == u"discard") {
        actions.discard(id, m_cli.now());
        m_cli.out() << tr("Reply %1 discarded.").arg(id) << '\n';
    } else if (action == u"send") {
        QString text;
        if (parser.isSet(textFile)) {
            QFile file(parser.value(textFile));
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read %1: %2").arg(parser.value(textFile), file.errorString()));
            text = QString::fromUtf8(file.readAll());
        }
        MailboxCredentials credentials = credentialsOf(m_cli);
        const SmtpResult result = actions.send(
            id, text, [&credentials](const Mailbox& mailbox) { return credentials.secret(mailbox); },
            m_cli.now());
        if (result.outcome != SmtpResult::Outcome::Sent) {
            m_cli.err() << "leadsync-cli: "
                        << tr("The answer to reply %1 was not sent: %2").arg(id).arg(result.reason) << '\n';
            return Cli::kExitInput;
        }
        m_cli.out() << tr("Answer to reply %1 sent.").arg(id) << '\n';
    } else {
        m_cli.err() << "leadsync-cli: " << tr("reply takes classify, draft, send, discard or settings.")
                    << '\n';
        return Cli::kExitUsage;
    }
    return Cli::kExitOk;
}

int OutreachCli::listReplies(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption replyClass(QStringLiteral("class"),
        tr("Only this class: interested, not_interested, question, unsubscribe, out_of_office, ambiguous."),
        QStringLiteral("C"));
    parser.addOptions({ json, replyClass });
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    QJsonArray array;
    for (const StoredReply& stored :
        ReplyActions::list(m_cli.workspace(), parser.value(replyClass), std::numeric_limits<qint64>::max())) {
        const QJsonObject reply { { QStringLiteral("id"), stored.id },
            { QStringLiteral("lead_id"), stored.leadId }, { QStringLiteral("from"), stored.from },
            { QStringLiteral("received_at"), isoOrNull(stored.receivedAt) },
            { QStringLiteral("subject"), stored.subject }, { QStringLiteral("text"), stored.text },
            { QStringLiteral("class"), stored.replyClass }, { QStringLiteral("reason"), stored.reason },
            { QStringLiteral("draft"), stored.draft }, { QStringLiteral("state"), stored.state } };
        array.append(reply);
        if (!parser.isSet(json))
            m_cli.out() << reply.value(u"received_at").toString() << '\t' << stored.replyClass << '\t'
                        << stored.from << '\t' << stored.subject << '\n';
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
}

int OutreachCli::showLead(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (the default)."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 2, QStringLiteral("ID")))
        return Cli::kExitUsage;
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    const std::optional<QJsonObject> record = ok ? LeadRecord::full(m_cli.workspace(), id) : std::nullopt;
    if (!record)
        throw Error(tr("There is no lead %1.").arg(parser.positionalArguments().at(1)));
    m_cli.out() << QJsonDocument(*record).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
}

} // namespace LeadSync
