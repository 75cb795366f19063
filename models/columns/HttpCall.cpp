#include "HttpCall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <QCoroNetworkReply>
#include <QCoroTimer>

#include <chrono>

namespace LeadSync {

namespace {

// One attempt. Transient failures come back as GaveUp with the reason, for the caller to retry.
QCoro::Task<HttpResult> attempt(QNetworkAccessManager& network, const HttpRequest& request,
    const HttpLimits& limits, const std::function<bool()>& cancelled, QByteArray* retryAfter)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    // Redirects are followed by sendHttp(), which decides what a hop may carry.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = network.sendCustomRequest(networkRequest, request.method, request.body);
    // The reply is ours until the end of this attempt, whatever happens.
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> owner(
        reply, [](QNetworkReply* r) { r->deleteLater(); });
    bool timedOut = false;
    bool tooLarge = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, [reply, &timedOut] {
        timedOut = true;
        reply->abort();
    });
    timeout.start(limits.timeoutMs);
    bool wasCancelled = false;
    QTimer poll; // a cancel aborts the request in flight within 100 ms
    QObject::connect(&poll, &QTimer::timeout, reply, [reply, &wasCancelled, &cancelled] {
        if (cancelled()) {
            wasCancelled = true;
            reply->abort();
        }
    });
    poll.start(100);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
        [reply, &tooLarge, &limits](qint64 received, qint64 total) {
            if (received > limits.maxReplyBytes || total > limits.maxReplyBytes) {
                tooLarge = true;
                reply->abort();
            }
        });
    co_await qCoro(reply).waitForFinished();
    timeout.stop();
    poll.stop();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (wasCancelled) {
        result.outcome = HttpResult::Outcome::Cancelled;
        co_return result;
    }
    if (tooLarge) {
        result.outcome = HttpResult::Outcome::Failed;
        result.reason
            = QCoreApplication::translate("LeadSync::HttpCall", "the reply is larger than %L1 bytes")
                  .arg(limits.maxReplyBytes);
        co_return result;
    }
    if (timedOut) {
        result.outcome = HttpResult::Outcome::GaveUp;
        result.reason = QCoreApplication::translate("LeadSync::HttpCall", "no reply within %L1 s")
                            .arg(limits.timeoutMs / 1000.0);
        co_return result;
    }
    result.body = reply->readAll();
    *retryAfter = reply->rawHeader("Retry-After");
    result.location = reply->rawHeader("Location");
    if (result.status >= 200 && result.status < 300) {
        result.outcome = HttpResult::Outcome::Ok;
        co_return result;
    }
    if (result.status >= 300 && result.status < 400 && !result.location.isEmpty()) {
        result.outcome = HttpResult::Outcome::Redirected;
        co_return result;
    }
    if (result.status == 0) { // no HTTP reply at all: refused, reset, DNS
        const bool permanent = reply->error() == QNetworkReply::ProtocolUnknownError
            || reply->error() == QNetworkReply::HostNotFoundError;
        result.outcome = permanent ? HttpResult::Outcome::Failed : HttpResult::Outcome::GaveUp;
        result.reason = reply->errorString();
        co_return result;
    }
    const bool transient = result.status == 408 || result.status == 429 || result.status >= 500;
    result.outcome = transient ? HttpResult::Outcome::GaveUp : HttpResult::Outcome::Failed;
    result.reason = QCoreApplication::translate("LeadSync::HttpCall", "HTTP %1").arg(result.status);
    co_return result;
}

} // namespace

int retryDelayMs(const HttpLimits& limits, int retry, const QByteArray& retryAfter, double random)
{
    const qint64 cap = qint64(limits.maxBackoffMs) * 4;
    if (!retryAfter.trimmed().isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&isNumber);
        if (isNumber && seconds >= 0)
            return int(std::min(cap, seconds * 1000));
        const QDateTime when
            = QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
        if (when.isValid())
            return int(std::clamp(QDateTime::currentDateTimeUtc().msecsTo(when), qint64(0), cap));
    }
    const qint64 base
        = std::min<qint64>(limits.maxBackoffMs, qint64(limits.firstBackoffMs) << std::min(retry - 1, 20));
    return int(double(base) * (0.5 + random));
}

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// The request for a redirect's target: a 303 (and a 301/302 after a POST, as browsers do) becomes a
// GET without a body; another origin gets no credentials.
HttpRequest redirected(const HttpRequest& request, const QUrl& target, int status)
{
    HttpRequest next = request;
    next.url = target;
    if (status == 303 || ((status == 301 || status == 302) && request.method == "POST")) {
        next.method = "GET";
        next.body.clear();
    }
    if (!sameOrigin(request.url, target)) {
        next.headers.removeIf([&request](const auto& header) {
            return header.first.compare(request.credentialHeader, Qt::CaseInsensitive) == 0
                || header.first.compare("authorization", Qt::CaseInsensitive) == 0
                || header.first.compare("cookie", Qt::CaseInsensitive) == 0;
        });
        next.credentialHeader.clear();
    }
    return next;
}

} // namespace

bool isLoopback(const QUrl& url)
{
    const QString host = url.host().toLower();
    return host == u"localhost" || host.endsWith(u".localhost") || QHostAddress(host).isLoopback();
}

QString refusal(const HttpRequest& request, bool allowPlainHttp)
{
    if (!request.credentialHeader.isEmpty() && request.url.scheme() == u"http" && !isLoopback(request.url)
        && !allowPlainHttp)
        return QCoreApplication::translate("LeadSync::HttpCall",
            "the API key would go over plain http:// to %1; use https://, or allow plain HTTP for this "
            "column "
            "(a server on your own network)")
            .arg(request.url.host());
    for (const auto& [name, value] : request.headers) {
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return QCoreApplication::translate(
                "LeadSync::HttpCall", "the header %1 would hold a line break (from the lead's data)")
                .arg(QString::fromLatin1(name));
    }
    return {};
}

QCoro::Task<HttpResult> sendHttp(QNetworkAccessManager& network, HttpRequest request, HttpLimits limits,
    std::function<bool()> cancelled, HttpTurn turn)
{
    constexpr int kMaxRedirects = 5;
    HttpResult result;
    int redirects = 0;
    for (int number = 1; number <= limits.maxAttempts; ++number) {
        if (cancelled()) {
            result.outcome = HttpResult::Outcome::Cancelled;
            co_return result;
        }
        if (turn)
            co_await turn();
        QByteArray retryAfter;
        const int previousAttempts = result.attempts;
        result = co_await attempt(network, request, limits, cancelled, &retryAfter);
        result.attempts = previousAttempts + 1;
        if (result.outcome == HttpResult::Outcome::Redirected) {
            const QUrl target = request.url.resolved(QUrl::fromEncoded(result.location));
            if (++redirects > kMaxRedirects || !target.isValid()
                || (target.scheme() != u"https" && target.scheme() != u"http")) {
                result.outcome = HttpResult::Outcome::Failed;
                result.reason
                    = QCoreApplication::translate("LeadSync::HttpCall", "too many or bad redirects");
                break;
            }
            request = redirected(request, target, result.status);
            --number; // a hop is not a retry
            continue;
        }
        if (result.outcome != HttpResult::Outcome::GaveUp || number == limits.maxAttempts)
            break;
        const int delay
            = retryDelayMs(limits, number, retryAfter, QRandomGenerator::global()->generateDouble());
        // Waited in short steps, so a cancel does not sit out a long Retry-After, against a clock: a
        // coarse timer may fire a little early, and a server's Retry-After must be waited in full.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < delay && !cancelled())
            co_await QCoro::sleepFor(
                std::chrono::milliseconds(std::min<qint64>(100, delay - waited.elapsed())));
    }
    if (result.outcome == HttpResult::Outcome::GaveUp && result.attempts > 1)
        result.reason = QCoreApplication::translate("LeadSync::HttpCall", "%1 (after %2 attempts)")
                            .arg(result.reason)
                            .arg(result.attempts);
    co_return result;
}

} // namespace LeadSync
