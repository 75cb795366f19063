#pragma once

#include "DnsResolver.h"

#include <QSet>
#include <QString>

#include <QCoroTask>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

class QTcpSocket;

namespace LeadSync {

// Whether mail to an address would arrive, without sending any: syntax as real mailers accept it
// (RFC 5321/5322, internationalised domains and local parts), a disposable domain, the domain's mail
// servers (MX; a null MX, RFC 7505, accepts nothing; without MX, the address records), a role account,
// a free provider, and optionally an SMTP RCPT probe with catch-all detection (off by default: most
// laptops cannot reach port 25).
class EmailVerifier final
{
public:
    enum class Verdict { Valid, Risky, Invalid, Unknown };

    struct Result
    {
        Verdict verdict = Verdict::Unknown;
        QString reason;
        bool freeProvider = false;
        QString mailServer; // the preferred MX (or the domain, by its address records)
    };

    struct Options
    {
        QString dnsServer; // "host[:port]"; empty: the system's
        bool smtpProbe = false;
        quint16 smtpPort = 25;
        int timeoutMs = 8000;
    };

    struct Syntax
    {
        bool ok = false;
        QString reason; // why not, or what is unusual (a quoted local part, an IP address)
        bool unusual = false;
        QString local;
        QByteArray aceDomain; // lower case, punycode
    };

    explicit EmailVerifier(Options options);

    static Syntax checkSyntax(const QString& address);
    static QString verdictName(Verdict verdict);

    // A flag that cancels a verdict in progress (read on other threads too).
    using StopFlag = std::shared_ptr<const std::atomic_bool>;

    // The verdict within the options' timeout, all steps together (DNS, connecting, each SMTP
    // reply); past it, or when stop is set, Unknown.
    QCoro::Task<Result> verify(QString address, StopFlag stop = {});

    // Whether the nameserver tells the truth, before a run trusts its "no such domain": a well-known
    // mail domain must have mail servers, and a random domain must not exist. Captive portals and
    // some sandboxed networks answer "no such domain" (or an address) for everything, which would
    // make every lead's address invalid. Returns why it cannot be trusted, or an empty string.
    QCoro::Task<QString> checkResolver(StopFlag stop = {});

private:
    QCoro::Task<Result> probe(const QString& address, const QByteArray& aceDomain,
        const QList<QHostAddress>& servers, DnsResolver::Limits limits);
    QCoro::Task<std::pair<int, QString>> smtpReply(QTcpSocket& socket, DnsResolver::Limits limits);
    QCoro::Task<std::pair<int, QString>> smtpCommand(
        QTcpSocket& socket, const QByteArray& line, DnsResolver::Limits limits);
    DnsResolver::Limits limitsFrom(StopFlag stop) const;

    Options m_options;
    DnsResolver m_resolver;
};

} // namespace LeadSync
