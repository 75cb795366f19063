#include "DnsResolver.h"

#include <QtConcurrent>

#include <QCoroFuture>

#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <sys/select.h>

#include <mutex>

namespace LeadSync {

namespace {

struct Query
{
    int status = ARES_ECONNREFUSED;
    QByteArray answer;
};

void onAnswer(void* argument, int status, int /*timeouts*/, unsigned char* answer, int length)
{
    auto* query = static_cast<Query*>(argument);
    query->status = status;
    if (status == ARES_SUCCESS && answer)
        query->answer = QByteArray(reinterpret_cast<const char*>(answer), length);
}

// One query, answered on the calling thread: c-ares' own select() loop with its own timeouts.
Query blockingQuery(const QByteArray& domain, int type, const QByteArray& server, int timeoutMs)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { ares_library_init(ARES_LIB_INIT_ALL); });
    Query query;
    ares_options options {};
    options.timeout = timeoutMs;
    options.tries = 2;
    ares_channel channel = nullptr;
    if (ares_init_options(&channel, &options, ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES) != ARES_SUCCESS)
        return query;
    if (!server.isEmpty() && ares_set_servers_ports_csv(channel, server.constData()) != ARES_SUCCESS) {
        ares_destroy(channel);
        query.status = ARES_EBADSTR;
        return query;
    }
    ares_query(channel, domain.constData(), C_IN, type, onAnswer, &query);
    for (;;) {
        fd_set read;
        fd_set write;
        FD_ZERO(&read);
        FD_ZERO(&write);
        const int count = ares_fds(channel, &read, &write);
        if (count == 0)
            break;
        timeval wait {};
        timeval* until = ares_timeout(channel, nullptr, &wait);
        select(count, &read, &write, nullptr, until);
        ares_process(channel, &read, &write);
    }
    ares_destroy(channel);
    return query;
}

DnsResolver::Status statusOf(int aresStatus)
{
    switch (aresStatus) {
    case ARES_SUCCESS:
        return DnsResolver::Status::Found;
    case ARES_ENODATA:
        return DnsResolver::Status::NoRecords;
    case ARES_ENOTFOUND:
        return DnsResolver::Status::NoDomain;
    default:
        return DnsResolver::Status::Failed;
    }
}

} // namespace

DnsResolver::DnsResolver(QString server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
{
    m_pool.setMaxThreadCount(16); // lookups wait on the network, not on a core
}

QCoro::Task<DnsResolver::MxAnswer> DnsResolver::mx(const QByteArray& aceDomain)
{
    const QByteArray server = m_server.toLatin1();
    const int timeoutMs = m_timeoutMs;
    // The future is named, not a temporary of the co_await: GCC 12 destroys such temporaries (and
    // the lambda's captures) twice. The same holds for every co_await of this code.
    QFuture<Query> lookup = QtConcurrent::run(&m_pool,
        [aceDomain, server, timeoutMs] { return blockingQuery(aceDomain, T_MX, server, timeoutMs); });
    const Query query = co_await lookup;
    MxAnswer answer;
    answer.status = statusOf(query.status);
    if (answer.status == Status::Failed) {
        answer.error = QString::fromLatin1(ares_strerror(query.status));
        co_return answer;
    }
    if (answer.status != Status::Found)
        co_return answer;
    ares_mx_reply* replies = nullptr;
    const int parsed = ares_parse_mx_reply(
        reinterpret_cast<const unsigned char*>(query.answer.constData()), int(query.answer.size()), &replies);
    if (parsed == ARES_ENODATA) {
        answer.status = Status::NoRecords;
        co_return answer;
    }
    if (parsed != ARES_SUCCESS) {
        answer.status = Status::Failed;
        answer.error = QString::fromLatin1(ares_strerror(parsed));
        co_return answer;
    }
    for (const ares_mx_reply* reply = replies; reply; reply = reply->next) {
        QString host = QString::fromLatin1(reply->host);
        if (host == u".")
            host.clear();
        answer.records.append({ reply->priority, host });
    }
    ares_free_data(replies);
    std::sort(answer.records.begin(), answer.records.end(),
        [](const MxRecord& a, const MxRecord& b) { return a.preference < b.preference; });
    co_return answer;
}

QCoro::Task<DnsResolver::AddressAnswer> DnsResolver::addresses(const QByteArray& aceDomain)
{
    const QByteArray server = m_server.toLatin1();
    const int timeoutMs = m_timeoutMs;
    AddressAnswer answer;
    for (const int type : { T_A, T_AAAA }) {
        QFuture<Query> lookup = QtConcurrent::run(&m_pool, [aceDomain, server, timeoutMs, type] {
            return blockingQuery(aceDomain, type, server, timeoutMs);
        });
        const Query query = co_await lookup;
        answer.status = statusOf(query.status);
        if (answer.status != Status::Found) {
            if (answer.status == Status::NoRecords)
                continue;
            co_return answer; // no such domain, or a failure
        }
        const auto* data = reinterpret_cast<const unsigned char*>(query.answer.constData());
        const int length = int(query.answer.size());
        if (type == T_A) {
            ares_addrttl found[8];
            int count = 8;
            if (ares_parse_a_reply(data, length, nullptr, found, &count) == ARES_SUCCESS) {
                for (int i = 0; i < count; ++i)
                    answer.addresses.append(QHostAddress(ntohl(found[i].ipaddr.s_addr)));
            }
        } else {
            ares_addr6ttl found[8];
            int count = 8;
            if (ares_parse_aaaa_reply(data, length, nullptr, found, &count) == ARES_SUCCESS) {
                for (int i = 0; i < count; ++i)
                    answer.addresses.append(QHostAddress(found[i].ip6addr._S6_un._S6_u8));
            }
        }
        if (!answer.addresses.isEmpty())
            co_return answer;
    }
    answer.status = Status::NoRecords;
    co_return answer;
}

} // namespace LeadSync
