#include "OutreachCli.h"

#include "Cli.h"
#include "Error.h"
#include "outreach/Mailbox.h"
#include "outreach/OptOutList.h"
#include "outreach/Sequence.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        { QStringLiteral("unsubscribe_url"), mailbox.unsubscribeUrl } };
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
    } else if (command == u"sequence") {
        if (sub == u"add")
            return addSequence(rest);
        if (sub == u"list")
            return listSequences(rest);
        if (sub == u"show")
            return showSequence(rest);
        if (sub == u"pause" || sub == u"resume")
            return pauseSequence(rest, sub == u"pause");
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
    parser.addOptions({ from, smtp, user, passwordEnv, zone, window, dailyCap, hourlyCap, gap, unsubscribe });
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
    MailboxStore(m_cli.workspace()).save(mailbox, m_cli.now().toMSecsSinceEpoch());
    m_cli.out() << tr("Mailbox saved: %1 (%2).").arg(mailbox.name, mailbox.from()) << '\n';
    return Cli::kExitOk;
}

int OutreachCli::listMailboxes(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    QJsonArray array;
    for (const Mailbox& mailbox : MailboxStore(m_cli.workspace()).list()) {
        array.append(mailboxJson(mailbox));
        if (!parser.isSet(json))
            m_cli.out() << mailbox.name << '\t' << mailbox.from() << '\t' << mailbox.smtpUrl.toString()
                        << '\t' << mailbox.window.toString() << ' ' << mailbox.zone.id() << '\n';
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
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
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    QJsonArray array;
    for (const Sequence& sequence : SequenceStore(m_cli.workspace()).list()) {
        array.append(sequenceJson(sequence));
        if (!parser.isSet(json))
            m_cli.out() << sequence.spec.name << '\t' << sequence.spec.mailbox << '\t'
                        << tr("steps: %1").arg(sequence.spec.steps.size())
                        << (sequence.paused ? QStringLiteral("\t") + tr("paused") : QString()) << '\n';
    }
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Cli::kExitOk;
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
    SequenceStore(m_cli.workspace()).setPaused(name, paused);
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
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (!m_cli.parseCommand(parser, arguments, 1))
        return Cli::kExitUsage;
    const QStringList values = OptOutList(m_cli.workspace()).list();
    if (parser.isSet(json))
        m_cli.out() << QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Indented);
    else
        for (const QString& value : values)
            m_cli.out() << value << '\n';
    return Cli::kExitOk;
}

} // namespace LeadSync
