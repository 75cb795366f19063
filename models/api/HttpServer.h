#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>

#include <functional>

struct MHD_Daemon;

namespace LeadSync {

// One HTTP request as the handler sees it: the whole body read (never more than the server's limit).
struct HttpIncoming
{
    QByteArray method;
    QByteArray path; // without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QList<std::pair<QString, QString>> query; // decoded
    QByteArray body;
};

struct HttpOutgoing
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
};

// An HTTP/1.1 server on GNU libmicrohttpd (decision 0017): keep-alive, a thread per connection, and a
// request whose body is over the limit answered 413 before the body is read when its Content-Length
// says so; a chunked body that passes the limit is dropped as it comes (never kept) and answered 413
// when it ends, or cut off past 64 MB. Qt HTTP Server 6.4 buffers a body whole before any handler
// runs, and is a technical preview; cpp-httplib 0.11 reads chunked bodies without a limit.
//
// The handler runs on the connection's thread, any number at once: it must be thread-safe.
class HttpServer final
{
public:
    using Handler = std::function<HttpOutgoing(const HttpIncoming&)>;

    explicit HttpServer(Handler handler, qint64 maxBodyBytes = 1 << 20);
    ~HttpServer(); // stops: waits for the requests being handled
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Listens on address:port (port 0: any free one). Throws Error naming the address when it cannot.
    void listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_port; }
    void stop();

    // Internal: libmicrohttpd's callbacks reach the server through these.
    const Handler& handler() const { return m_handler; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

private:
    Handler m_handler;
    qint64 m_maxBodyBytes;
    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
};

} // namespace LeadSync
