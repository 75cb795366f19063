#include "HttpServer.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <cstring>

namespace LeadSync {

namespace {

// What a connection collects for one request between libmicrohttpd's calls.
struct Pending
{
    QByteArray body;
    bool refused = false; // answered 413 already
    bool tooLarge = false; // a chunked body passed the limit: the rest is read and dropped
    qint64 dropped = 0;
};

// A chunked body past the limit is read on and dropped, to answer 413 once it ends (libmicrohttpd
// cannot answer while a body is coming in); one that goes on past this is cut off.
constexpr qint64 kMaxDroppedBytes = 64LL << 20;

MHD_Result queue(MHD_Connection* connection, const HttpOutgoing& reply)
{
    MHD_Response* response = MHD_create_response_from_buffer(
        size_t(reply.body.size()), const_cast<char*>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, reply.contentType.constData());
    const MHD_Result result = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    return result;
}

HttpOutgoing tooLarge(qint64 limit)
{
    const QString message
        = QCoreApplication::translate("LeadSync::HttpServer", "The request body is larger than %1 bytes.")
              .arg(limit);
    return { 413, "application/json",
        QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson(QJsonDocument::Compact) };
}

MHD_Result collectHeader(void* target, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<HttpIncoming*>(target)->headers.insert(
        QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result collectArgument(void* target, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<HttpIncoming*>(target)->query.append(
        { QString::fromUtf8(key), value ? QString::fromUtf8(value) : QString() });
    return MHD_YES;
}

MHD_Result onRequest(void* context, MHD_Connection* connection, const char* url, const char* method,
    const char*, const char* uploadData, size_t* uploadSize, void** state)
{
    const auto* server = static_cast<const HttpServer*>(context);
    auto* pending = static_cast<Pending*>(*state);
    if (!pending) {
        // The headers are in: refuse an announced oversized body before a byte of it is read (no
        // "100 Continue" is sent then).
        pending = new Pending;
        *state = pending;
        const char* length
            = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length && QByteArray(length).toLongLong() > server->maxBodyBytes()) {
            pending->refused = true;
            return queue(connection, tooLarge(server->maxBodyBytes()));
        }
        return MHD_YES;
    }
    if (*uploadSize > 0) {
        if (!pending->tooLarge && pending->body.size() + qint64(*uploadSize) > server->maxBodyBytes()) {
            pending->tooLarge = true;
            pending->body = QByteArray();
        }
        if (pending->tooLarge) {
            pending->dropped += qint64(*uploadSize);
            if (pending->dropped > kMaxDroppedBytes)
                return MHD_NO; // closes the connection
        } else {
            pending->body.append(uploadData, qsizetype(*uploadSize));
        }
        *uploadSize = 0;
        return MHD_YES;
    }
    if (pending->refused)
        return MHD_YES; // answered already
    if (pending->tooLarge) {
        pending->refused = true;
        return queue(connection, tooLarge(server->maxBodyBytes()));
    }
    HttpIncoming request;
    request.method = method;
    request.path = url;
    request.body = std::move(pending->body);
    MHD_get_connection_values(connection, MHD_HEADER_KIND, collectHeader, &request);
    MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, collectArgument, &request);
    return queue(connection, server->handler()(request));
}

void onCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode)
{
    delete static_cast<Pending*>(*state);
    *state = nullptr;
}

} // namespace

HttpServer::HttpServer(Handler handler, qint64 maxBodyBytes)
    : m_handler(std::move(handler))
    , m_maxBodyBytes(maxBodyBytes)
{ }

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::listen(const QHostAddress& address, quint16 port)
{
    stop();
    sockaddr_storage storage {};
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* ipv6 = reinterpret_cast<sockaddr_in6*>(&storage);
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&ipv6->sin6_addr, &bytes, sizeof bytes);
        flags |= MHD_USE_IPv6;
    } else {
        auto* ipv4 = reinterpret_cast<sockaddr_in*>(&storage);
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(port);
        ipv4->sin_addr.s_addr = htonl(address.toIPv4Address());
    }
    m_daemon = MHD_start_daemon(flags, port, nullptr, nullptr, &onRequest, this, MHD_OPTION_SOCK_ADDR,
        reinterpret_cast<sockaddr*>(&storage), MHD_OPTION_NOTIFY_COMPLETED, &onCompleted, nullptr,
        // A client that opens connections and sends nothing ties up threads only for so long.
        MHD_OPTION_CONNECTION_LIMIT, 256u, MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
    if (!m_daemon)
        throw Error(QCoreApplication::translate("LeadSync::HttpServer",
            "Cannot listen on %1 port %2: the address is not this machine's, or the port is taken.")
                        .arg(address.toString())
                        .arg(port));
    m_port = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT)->port;
}

void HttpServer::stop()
{
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    m_port = 0;
}

} // namespace LeadSync
