#include "HttpCall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
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
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
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
    if (result.status >= 200 && result.status < 300) {
        result.outcome = HttpResult::Outcome::Ok;
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

QCoro::Task<HttpResult> sendHttp(
    QNetworkAccessManager& network, HttpRequest request, HttpLimits limits, std::function<bool()> cancelled)
{
    HttpResult result;
    for (int number = 1; number <= limits.maxAttempts; ++number) {
        if (cancelled()) {
            result.outcome = HttpResult::Outcome::Cancelled;
            co_return result;
        }
        QByteArray retryAfter;
        const int previousAttempts = result.attempts;
        result = co_await attempt(network, request, limits, cancelled, &retryAfter);
        result.attempts = previousAttempts + 1;
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
