#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <QCoroTask>

#include <atomic>
#include <memory>

namespace LeadSync {

// Mail-exchanger and address lookups with c-ares, which (unlike Qt 6.4's QDnsLookup) can ask a
// nameserver on any port: a company's own resolver, or the tests' dnsmasq on loopback. Each lookup
// runs c-ares' loop on a thread of the resolver's own pool, so lookups overlap and the caller's
// thread only awaits.
class DnsResolver final
{
public:
    enum class Status { Found, NoRecords, NoDomain, Failed };

    struct MxRecord
    {
        int preference = 0;
        QString host; // empty: the root, a null MX (RFC 7505)
    };
    struct MxAnswer
    {
        Status status = Status::Failed;
        QList<MxRecord> records; // by preference
        QString error;
        bool isNullMx() const { return records.size() == 1 && records.first().host.isEmpty(); }
    };

    // How long a lookup may take, and a flag that cancels it (read on the lookup's thread).
    struct Limits
    {
        QDeadlineTimer deadline { 5000 };
        std::shared_ptr<const std::atomic_bool> stop;
    };

    // server: "host" or "host:port"; empty: the system's resolvers.
    explicit DnsResolver(QString server = {});

    QCoro::Task<MxAnswer> mx(const QByteArray& aceDomain, Limits limits);
    struct AddressAnswer
    {
        Status status = Status::Failed;
        QList<QHostAddress> addresses; // IPv4 first
    };
    // The domain's A, else AAAA records (a mail server's address; the implicit MX of RFC 5321).
    QCoro::Task<AddressAnswer> addresses(const QByteArray& aceDomain, Limits limits);

private:
    QString m_server;
    QThreadPool m_pool;
};

} // namespace LeadSync
