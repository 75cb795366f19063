#include "DnsResolver.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <QCoroFuture>

#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>

#include <mutex>

namespace LeadSync {

namespace {

struct Query
{
    int status = ARES_ECONNREFUSED;
    QByteArray answer;
    bool timedOut = false; // cancelled at the deadline
};

// A DNS answer is at most 64 KiB on TCP (512 bytes on UDP without EDNS): anything larger is refused.
constexpr int kMaxAnswerBytes = 65535;

void onAnswer(void* argument, int status, int /*timeouts*/, unsigned char* answer, int length)
{
    auto* query = static_cast<Query*>(argument);
    query->status = status;
    if (status == ARES_SUCCESS && answer && length <= kMaxAnswerBytes)
        query->answer = QByteArray(reinterpret_cast<const char*>(answer), length);
    else if (status == ARES_SUCCESS)
        query->status = ARES_EBADRESP;
}

// One query, answered on the calling thread with c-ares' own timeouts and retries, within the
// deadline and until stop is set: then the query is cancelled (ARES_ECANCELLED). The sockets are
// waited for with poll(), which has no limit on descriptor numbers (select()'s fd_set overflows
// above 1024, which a busy process reaches).
Query blockingQuery(
    const QByteArray& domain, int type, const QByteArray& server, const DnsResolver::Limits& limits)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { ares_library_init(ARES_LIB_INIT_ALL); });
    Query query;
    ares_options options {};
    options.timeout = int(std::clamp<qint64>(limits.deadline.remainingTime(), 1, 5000));
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
        ares_socket_t sockets[ARES_GETSOCK_MAXNUM];
        const int mask = ares_getsock(channel, sockets, ARES_GETSOCK_MAXNUM);
        pollfd polled[ARES_GETSOCK_MAXNUM];
        nfds_t count = 0;
        for (int i = 0; i < ARES_GETSOCK_MAXNUM; ++i) {
            const short events = short((ARES_GETSOCK_READABLE(mask, i) ? POLLIN : 0)
                | (ARES_GETSOCK_WRITABLE(mask, i) ? POLLOUT : 0));
            if (events != 0)
                polled[count++] = { sockets[i], events, 0 };
        }
        if (count == 0)
            break; // answered, or given up
        if (limits.deadline.hasExpired() || (limits.stop && *limits.stop)) {
            query.timedOut = !(limits.stop && *limits.stop);
            ares_cancel(channel); // calls onAnswer with ARES_ECANCELLED
            continue;
        }
        // At most 100 ms at a time, so a cancel or the deadline is seen soon.
        timeval wait {};
        const timeval* next = ares_timeout(channel, nullptr, &wait);
        qint64 waitMs = next ? qint64(next->tv_sec) * 1000 + next->tv_usec / 1000 : 100;
        waitMs = std::clamp<qint64>(std::min(waitMs, limits.deadline.remainingTime()), 0, 100);
        if (::poll(polled, count, int(waitMs)) < 0 && errno != EINTR)
            break;
        for (nfds_t i = 0; i < count; ++i) {
            const bool readable = polled[i].revents & (POLLIN | POLLERR | POLLHUP);
            const bool writable = polled[i].revents & POLLOUT;
            ares_process_fd(channel, readable ? polled[i].fd : ARES_SOCKET_BAD,
                writable ? polled[i].fd : ARES_SOCKET_BAD);
        }
        ares_process_fd(channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD); // timeouts
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

DnsResolver::DnsResolver(QString server)
    : m_server(std::move(server))
{
    m_pool.setMaxThreadCount(16); // lookups wait on the network, not on a core
}

QCoro::Task<DnsResolver::MxAnswer> DnsResolver::mx(const QByteArray& aceDomain, Limits limits)
{
    const QByteArray server = m_server.toLatin1();
    // The future is named, not a temporary of the co_await: GCC 12 destroys such temporaries (and
    // the lambda's captures) twice. The same holds for every co_await of this code.
    QFuture<Query> lookup = QtConcurrent::run(
        &m_pool, [aceDomain, server, limits] { return blockingQuery(aceDomain, T_MX, server, limits); });
    const Query query = co_await lookup;
    MxAnswer answer;
    answer.status = statusOf(query.status);
    if (answer.status == Status::Failed) {
        answer.error = query.timedOut
            ? QCoreApplication::translate("LeadSync::DnsResolver", "no answer in time")
            : QString::fromLatin1(ares_strerror(query.status));
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

QCoro::Task<DnsResolver::AddressAnswer> DnsResolver::addresses(const QByteArray& aceDomain, Limits limits)
{
    const QByteArray server = m_server.toLatin1();
    AddressAnswer answer;
    for (const int type : { T_A, T_AAAA }) {
        QFuture<Query> lookup = QtConcurrent::run(&m_pool,
            [aceDomain, server, limits, type] { return blockingQuery(aceDomain, type, server, limits); });
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
