#include "EmailVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QUrl>

#include <QCoroAbstractSocket>
#include <QCoroIODevice>

#include <chrono>

namespace LeadSync {

namespace {

// A bundled list (resources/email), plus the same file name in the user's data folder, which can
// add entries without a new build.
QSet<QString> readList(const QString& name)
{
    QSet<QString> entries;
    for (const QString& path : { QString(QStringLiteral(":/leadsync/email/") + name),
             QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name) }) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QString entry = QString::fromUtf8(line).trimmed().toLower();
            if (!entry.isEmpty() && !entry.startsWith(u'#'))
                entries.insert(entry);
        }
    }
    return entries;
}

// Read once, on first use (a thread-safe static), and never changed after: runners on several
// threads read them at once.
struct Lists
{
    QSet<QString> disposable = readList(QStringLiteral("disposable_domains.txt"));
    QSet<QString> freeProviders = readList(QStringLiteral("free_providers.txt"));
    QSet<QString> roleAccounts = readList(QStringLiteral("role_accounts.txt"));
};

const Lists& lists()
{
    static const Lists read;
    return read;
}

// The domain or one of its parents is listed (mail.yopmail.com is yopmail.com).
bool domainListed(const QSet<QString>& list, const QString& domain)
{
    for (QString part = domain; part.contains(u'.'); part = part.section(u'.', 1))
        if (list.contains(part))
            return true;
    return false;
}

} // namespace

EmailVerifier::EmailVerifier(Options options)
    : m_options(std::move(options))
    , m_resolver(m_options.dnsServer)
{ }

DnsResolver::Limits EmailVerifier::limitsFrom(StopFlag stop) const
{
    return { QDeadlineTimer(m_options.timeoutMs), std::move(stop) };
}

QCoro::Task<QString> EmailVerifier::checkResolver(StopFlag stop)
{
    // gmail.com: the best-known mail domain there is. The random one: 24 letters under .com, which
    // nobody has registered.
    const DnsResolver::MxAnswer known = co_await m_resolver.mx("gmail.com", limitsFrom(stop));
    if (known.status != DnsResolver::Status::Found || known.isNullMx())
        co_return QCoreApplication::translate("LeadSync::EmailVerifier",
            "the DNS server finds no mail server for gmail.com (%1): it cannot be reached, or it does not "
            "tell the truth (a captive portal, an offline or sandboxed network)")
            .arg(known.status == DnsResolver::Status::Failed
                    ? known.error
                    : QCoreApplication::translate("LeadSync::EmailVerifier", "no such domain or no MX"));
    QByteArray random = "leadsync-check-";
    for (int i = 0; i < 24; ++i)
        random += char('a' + QRandomGenerator::global()->bounded(26));
    const DnsResolver::MxAnswer made = co_await m_resolver.mx(random + ".com", limitsFrom(stop));
    if (made.status != DnsResolver::Status::NoDomain)
        co_return QCoreApplication::translate("LeadSync::EmailVerifier",
            "the DNS server answers for a domain that does not exist (%1.com): it does not tell the "
            "truth (a captive portal?)")
            .arg(QString::fromLatin1(random));
    co_return QString();
}

QString EmailVerifier::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Risky:
        return QStringLiteral("risky");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

EmailVerifier::Syntax EmailVerifier::checkSyntax(const QString& address)
{
    Syntax syntax;
    const QString text = address.trimmed();
    const qsizetype at = text.lastIndexOf(u'@');
    const auto fail = [&syntax](const QString& reason) {
        syntax.reason = reason;
        return syntax;
    };
    if (at <= 0 || at == text.size() - 1)
        return fail(QCoreApplication::translate("LeadSync::EmailVerifier", "not an address (LOCAL@DOMAIN)"));
    syntax.local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (text.toUtf8().size() > 254)
        return fail(QCoreApplication::translate("LeadSync::EmailVerifier", "longer than 254 characters"));
    if (syntax.local.toUtf8().size() > 64)
        return fail(QCoreApplication::translate(
            "LeadSync::EmailVerifier", "the part before @ is longer than 64 characters"));

    if (syntax.local.startsWith(u'"') && syntax.local.endsWith(u'"') && syntax.local.size() >= 2) {
        // A quoted local part ("john smith"@x.com) is valid, and so rare that it is worth a look.
        static const QRegularExpression quoted(QStringLiteral(R"(^"(?:[^"\\\r\n]|\\.)*"$)"));
        if (!quoted.match(syntax.local).hasMatch())
            return fail(
                QCoreApplication::translate("LeadSync::EmailVerifier", "a broken quoted name before @"));
        syntax.unusual = true;
        syntax.reason = QCoreApplication::translate("LeadSync::EmailVerifier", "a quoted name before @");
    } else {
        // A dot-atom: RFC 5322's atext, and any non-ASCII character (SMTPUTF8, RFC 6531).
        static const QRegularExpression atom(
            QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\x{80}-\x{10FFFF}]+$)"));
        for (const QString& part : syntax.local.split(u'.')) {
            if (part.isEmpty())
                return fail(QCoreApplication::translate(
                    "LeadSync::EmailVerifier", "a dot at the start or end of the name, or two in a row"));
            if (!atom.match(part).hasMatch())
                return fail(QCoreApplication::translate(
                    "LeadSync::EmailVerifier", "a character not allowed before @"));
        }
    }

    if (domain.startsWith(u'[')) {
        // Only an RFC 5321 address literal is one: [192.0.2.1] or [IPv6:2001:db8::1]. Anything else in
        // brackets ([RFC-5322]-domain-literal], an unclosed [...) is no address.
        const QStringView inside = QStringView(domain).mid(1, domain.size() - 2);
        const bool ipv6 = inside.startsWith(u"IPv6:", Qt::CaseInsensitive);
        const QHostAddress literal(ipv6 ? inside.mid(5).toString() : inside.toString());
        const bool wellFormed = domain.endsWith(u']') && !literal.isNull()
            && literal.protocol() == (ipv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol)
            && (ipv6 || inside.count(u'.') == 3);
        if (!wellFormed)
            return fail(
                QCoreApplication::translate("LeadSync::EmailVerifier", "a malformed address literal"));
        syntax.ok = true;
        syntax.unusual = true;
        syntax.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "an IP address instead of a domain");
        syntax.aceDomain = domain.toLatin1();
        return syntax;
    }
    // Internationalised domains (bücher.de) become their ASCII form (xn--bcher-kva.de), as DNS has them.
    syntax.aceDomain = QUrl::toAce(domain.toLower(), QUrl::AceTransitionalProcessing);
    if (syntax.aceDomain.isEmpty() || syntax.aceDomain.size() > 253)
        return fail(QCoreApplication::translate("LeadSync::EmailVerifier", "not a valid domain"));
    const QList<QByteArray> labels = syntax.aceDomain.split('.');
    if (labels.size() < 2)
        return fail(QCoreApplication::translate("LeadSync::EmailVerifier", "the domain has no dot"));
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    for (const QByteArray& part : labels) {
        if (!label.match(QString::fromLatin1(part)).hasMatch())
            return fail(QCoreApplication::translate("LeadSync::EmailVerifier", "not a valid domain"));
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(QString::fromLatin1(labels.last())).hasMatch())
        return fail(QCoreApplication::translate("LeadSync::EmailVerifier", "not a valid domain"));
    syntax.ok = true;
    return syntax;
}

QCoro::Task<EmailVerifier::Result> EmailVerifier::verify(QString address, StopFlag stop)
{
    const DnsResolver::Limits limits = limitsFrom(std::move(stop));
    Result result;
    const Syntax syntax = checkSyntax(address);
    if (!syntax.ok) {
        result.verdict = Verdict::Invalid;
        result.reason = syntax.reason;
        co_return result;
    }
    const QString domain = QString::fromLatin1(syntax.aceDomain);
    if (domainListed(lists().disposable, domain)) {
        result.verdict = Verdict::Invalid;
        result.reason = QCoreApplication::translate("LeadSync::EmailVerifier", "a disposable domain");
        co_return result;
    }
    result.freeProvider = domainListed(lists().freeProviders, domain);
    if (syntax.aceDomain.startsWith('[')) {
        result.verdict = Verdict::Risky;
        result.reason = syntax.reason;
        co_return result;
    }

    const DnsResolver::MxAnswer mx = co_await m_resolver.mx(syntax.aceDomain, limits);
    // (An if chain, not a switch: GCC 12 mishandles a co_await inside a case's scope.)
    if (mx.status == DnsResolver::Status::NoDomain) {
        result.verdict = Verdict::Invalid;
        result.reason = QCoreApplication::translate("LeadSync::EmailVerifier", "the domain does not exist");
        co_return result;
    }
    if (mx.status == DnsResolver::Status::Failed) {
        result.reason = QCoreApplication::translate("LeadSync::EmailVerifier", "the DNS lookup failed: %1")
                            .arg(mx.error);
        co_return result;
    }
    if (mx.isNullMx()) {
        result.verdict = Verdict::Invalid;
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "the domain accepts no mail (null MX)");
        co_return result;
    }
    // No MX: RFC 5321 delivers to the domain's own address, if it has one.
    const bool implicitMx = mx.status == DnsResolver::Status::NoRecords;
    result.mailServer = implicitMx ? domain : mx.records.first().host;
    DnsResolver::AddressAnswer found;
    if (implicitMx || m_options.smtpProbe) {
        const QByteArray host = result.mailServer.toLatin1();
        found = co_await m_resolver.addresses(host, limits);
    }
    if (implicitMx && found.status != DnsResolver::Status::Found) {
        result.verdict = found.status == DnsResolver::Status::Failed ? Verdict::Unknown : Verdict::Invalid;
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "the domain has no mail server");
        co_return result;
    }
    const QList<QHostAddress> servers = found.addresses;

    const QString local = syntax.local.toLower();
    if (lists().roleAccounts.contains(local)) {
        result.verdict = Verdict::Risky;
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "a role account (%1@), not a person")
                  .arg(local);
    } else if (implicitMx) {
        result.verdict = Verdict::Risky;
        result.reason = QCoreApplication::translate(
            "LeadSync::EmailVerifier", "no MX record; mail would go to the domain's own address");
    } else if (syntax.unusual) {
        result.verdict = Verdict::Risky;
        result.reason = syntax.reason;
    } else {
        result.verdict = Verdict::Valid;
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "the domain receives mail (%1)")
                  .arg(result.mailServer);
    }
    if (m_options.smtpProbe && result.verdict != Verdict::Invalid) {
        const QString trimmed = address.trimmed();
        const Result probed = co_await probe(trimmed, syntax.aceDomain, servers, limits);
        if (probed.verdict != Verdict::Valid || result.verdict == Verdict::Valid) {
            result.verdict = probed.verdict;
            result.reason = probed.reason;
        }
    }
    if (result.freeProvider)
        result.reason += QCoreApplication::translate("LeadSync::EmailVerifier", "; a free provider");
    co_return result;
}

// Asks the mail server whether it would take mail for the address (RCPT TO), then for a random one:
// a server that takes both is a catch-all, and says nothing about this mailbox. Sends no mail.
QCoro::Task<EmailVerifier::Result> EmailVerifier::probe(const QString& address, const QByteArray& aceDomain,
    const QList<QHostAddress>& servers, DnsResolver::Limits limits)
{
    Result result;
    if (servers.isEmpty()) {
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "SMTP: the mail server has no address");
        co_return result;
    }
    QTcpSocket socket;
    socket.connectToHost(servers.first(), m_options.smtpPort);
    // Waited in 100 ms steps, so a cancel or the verdict's deadline ends the wait.
    bool connected = false;
    while (!connected && !limits.deadline.hasExpired() && !(limits.stop && *limits.stop)
        && socket.state() != QAbstractSocket::UnconnectedState) {
        const qint64 slice = std::clamp<qint64>(limits.deadline.remainingTime(), 1, 100);
        connected = co_await qCoro(socket).waitForConnected(std::chrono::milliseconds(slice));
    }
    if (!connected) {
        result.reason = QCoreApplication::translate(
            "LeadSync::EmailVerifier", "SMTP: cannot connect (%1); port 25 is often blocked")
                            .arg(socket.errorString());
        co_return result;
    }
    std::pair<int, QString> answer = co_await smtpReply(socket, limits);
    if (answer.first == 220)
        answer = co_await smtpCommand(socket, QByteArrayLiteral("EHLO leadsync.invalid"), limits);
    if (answer.first == 250)
        answer = co_await smtpCommand(socket, QByteArrayLiteral("MAIL FROM:<>"), limits);
    int code = answer.first;
    QString text = answer.second;
    if (code != 250) {
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "SMTP: the server did not talk (%1)")
                  .arg(text);
        co_return result;
    }
    const QByteArray recipient = "RCPT TO:<" + address.toUtf8() + ">";
    answer = co_await smtpCommand(socket, recipient, limits);
    code = answer.first;
    text = answer.second;
    if (code == 250 || code == 251) {
        const QByteArray random = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QByteArray nobody = "RCPT TO:<leadsync-" + random + "@" + aceDomain + ">";
        const std::pair<int, QString> other = co_await smtpCommand(socket, nobody, limits);
        const bool catchAll = other.first == 250 || other.first == 251;
        result.verdict = catchAll ? Verdict::Risky : Verdict::Valid;
        result.reason = catchAll
            ? QCoreApplication::translate(
                "LeadSync::EmailVerifier", "SMTP: the domain accepts every address (catch-all)")
            : QCoreApplication::translate("LeadSync::EmailVerifier", "SMTP: the mailbox exists");
    } else if (code >= 500) {
        result.verdict = Verdict::Invalid;
        result.reason
            = QCoreApplication::translate("LeadSync::EmailVerifier", "SMTP: the mailbox does not exist (%1)")
                  .arg(text);
    } else {
        result.reason = QCoreApplication::translate("LeadSync::EmailVerifier", "SMTP: no answer for now (%1)")
                            .arg(text);
    }
    if (!limits.deadline.hasExpired())
        co_await smtpCommand(socket, QByteArrayLiteral("QUIT"), limits);
    co_return result;
}

// One reply, multi-line ones included ("250-..." lines, then "250 ..."): its code and last line;
// code 0 when none came before the deadline or a stop, or when the server sends more than a reply
// can hold (RFC 5321 limits a reply line to 512 bytes; a few kilobytes and a hundred lines are
// allowed here, and no more is read).
QCoro::Task<std::pair<int, QString>> EmailVerifier::smtpReply(QTcpSocket& socket, DnsResolver::Limits limits)
{
    constexpr qint64 kMaxLine = 4096;
    constexpr int kMaxLines = 100;
    QString text;
    for (int lines = 0; lines < kMaxLines; ++lines) {
        while (!socket.canReadLine()) {
            if (socket.bytesAvailable() > kMaxLine || limits.deadline.hasExpired()
                || (limits.stop && *limits.stop))
                co_return std::pair<int, QString>(0, text);
            const qint64 slice = std::clamp<qint64>(limits.deadline.remainingTime(), 1, 100);
            co_await qCoro(socket).waitForReadyRead(std::chrono::milliseconds(slice));
            if (socket.state() != QAbstractSocket::ConnectedState && !socket.canReadLine())
                co_return std::pair<int, QString>(0, text);
        }
        const QByteArray line = socket.readLine(kMaxLine).trimmed();
        text = QString::fromUtf8(line.left(512));
        if (line.size() < 4 || line[3] != '-')
            co_return std::pair<int, QString>(line.left(3).toInt(), text);
    }
    co_return std::pair<int, QString>(0, text);
}

QCoro::Task<std::pair<int, QString>> EmailVerifier::smtpCommand(
    QTcpSocket& socket, const QByteArray& line, DnsResolver::Limits limits)
{
    const QByteArray command = line + "\r\n";
    co_await qCoro(socket).write(command);
    co_return co_await smtpReply(socket, std::move(limits));
}

} // namespace LeadSync
