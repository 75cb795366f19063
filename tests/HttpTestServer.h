#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// A small HTTP/1.1 server on loopback for the tests of executable columns, speaking the real wire
// format (keep-alive, Content-Length bodies). Written on QTcpServer rather than QHttpServer, because
// Qt 6.4's QHttpServer answers from the handler's thread only: a reply that comes 50 ms later, or
// never (a stalled server), would need a thread per request, and the benchmark runs 32 at once.
class HttpTestServer final : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 receivedAtMs = 0; // since the server started
    };
    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        bool stall = false; // never answer
    };
    using Handler = std::function<Reply(const Request&)>;

    // The last message's content of a Chat Completions request (the rendered prompt).
    static QString promptOf(const Request& request)
    {
        const QJsonArray messages
            = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("messages")).toArray();
        return messages.last().toObject().value(QStringLiteral("content")).toString();
    }

    // An OpenAI Chat Completions reply with that content and usage, as the API writes it.
    static QByteArray chatCompletion(const QString& content, int tokensIn = 12, int tokensOut = 5)
    {
        const QJsonObject reply {
            { QStringLiteral("id"), QStringLiteral("chatcmpl-1") },
            { QStringLiteral("object"), QStringLiteral("chat.completion") },
            { QStringLiteral("choices"),
                QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                    { QStringLiteral("message"),
                        QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                            { QStringLiteral("content"), content } } },
                    { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } },
            { QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), tokensIn },
                    { QStringLiteral("completion_tokens"), tokensOut },
                    { QStringLiteral("total_tokens"), tokensIn + tokensOut } } },
        };
        return QJsonDocument(reply).toJson(QJsonDocument::Compact);
    }

    explicit HttpTestServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on loopback");
    }

    QString url(const char* path = "") const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path));
    }
    const QList<Request>& requests() const { return m_requests; }
    qint64 requestCount() const { return m_requestCount; }
    // Off for a benchmark: the server's own memory is then flat too.
    void setKeepRequests(bool keep) { m_keepRequests = keep; }
    int maxInFlight() const { return m_maxInFlight; }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(
                        lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return; // the body is still coming
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            request.receivedAtMs = m_clock.elapsed();
            ++m_requestCount;
            if (m_keepRequests)
                m_requests.append(request);
            m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
            const Reply reply = m_handler(request);
            if (reply.stall)
                continue; // the client gives up; the connection stays open
            QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, socket, [this, socket, reply] {
                --m_inFlight;
                QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status)
                    + " X\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
                for (const auto& [name, value] : reply.headers)
                    head += name + ": " + value + "\r\n";
                socket->write(head + "\r\n" + reply.body);
            });
        }
    }

    Handler m_handler;
    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
    qint64 m_requestCount = 0;
    bool m_keepRequests = true;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
