#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <QCoroTask>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace LeadSync {

// One HTTP request of an executable column.
struct HttpRequest
{
    QByteArray method = "POST";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray credentialHeader; // the header carrying the API key, if one is attached
};

// How the request ended, after any retries.
struct HttpResult
{
    enum class Outcome {
        Ok, // a 2xx reply
        Failed, // permanent (4xx other than 408/429, a reply too large, a bad URL): not retried
        GaveUp, // transient (429, 5xx, timeout, network) on every attempt
        Cancelled,
        Redirected, // a 3xx with a Location, followed by sendHttp()
    };
    Outcome outcome = Outcome::Failed;
    int status = 0; // the last HTTP status, 0 without one
    QByteArray body;
    QString reason; // why it failed, for the cell's status
    int attempts = 0;
    QByteArray location; // a redirect's target
};

struct HttpLimits
{
    int timeoutMs = 60000; // per attempt, from the start to the last byte
    qint64 maxReplyBytes = 1 << 20;
    int maxAttempts = 5;
    int firstBackoffMs = 500; // doubled each retry, with jitter; Retry-After wins when given
    int maxBackoffMs = 30000;
};

// Awaited before every request goes out (first attempts, retries and redirects alike): a column's
// rate limit, which a provider counts per request.
using HttpTurn = std::function<QCoro::Task<>()>;

// Sends the request on the calling thread's event loop, retrying transient failures with exponential
// backoff and jitter and honouring Retry-After (seconds or an HTTP date). cancelled() is asked between
// attempts and while waiting; a cancelled call aborts its request. Redirects are followed (at most
// five); one to another origin (scheme, host, port) goes without the credential header, the
// Authorization header and cookies, so a key never reaches a host it was not meant for.
QCoro::Task<HttpResult> sendHttp(QNetworkAccessManager& network, HttpRequest request, HttpLimits limits,
    std::function<bool()> cancelled, HttpTurn turn = {});

// Why the request must not go out, or an empty string: a key over plain http:// to a host that is not
// this machine (unless allowed for a LAN server), or a header value with a line break or NUL (from a
// lead's data, which would otherwise split the request).
QString refusal(const HttpRequest& request, bool allowPlainHttp);

// Whether a URL names this machine (localhost, 127.0.0.0/8, ::1): a local model, a test server.
bool isLoopback(const QUrl& url);

// The delay before retry number `retry` (1 for the first retry): Retry-After when the server gave one
// (capped at maxBackoffMs * 4), else min(maxBackoffMs, firstBackoffMs * 2^(retry-1)) scaled by a
// random factor in [0.5, 1.5).
int retryDelayMs(const HttpLimits& limits, int retry, const QByteArray& retryAfter, double random);

} // namespace LeadSync
