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
};

// How the request ended, after any retries.
struct HttpResult
{
    enum class Outcome {
        Ok, // a 2xx reply
        Failed, // permanent (4xx other than 408/429, a reply too large, a bad URL): not retried
        GaveUp, // transient (429, 5xx, timeout, network) on every attempt
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    int status = 0; // the last HTTP status, 0 without one
    QByteArray body;
    QString reason; // why it failed, for the cell's status
    int attempts = 0;
};

struct HttpLimits
{
    int timeoutMs = 60000; // per attempt, from the start to the last byte
    qint64 maxReplyBytes = 1 << 20;
    int maxAttempts = 5;
    int firstBackoffMs = 500; // doubled each retry, with jitter; Retry-After wins when given
    int maxBackoffMs = 30000;
};

// Sends the request on the calling thread's event loop, retrying transient failures with exponential
// backoff and jitter and honouring Retry-After (seconds or an HTTP date). cancelled() is asked between
// attempts and while waiting; a cancelled call aborts its request.
QCoro::Task<HttpResult> sendHttp(
    QNetworkAccessManager& network, HttpRequest request, HttpLimits limits, std::function<bool()> cancelled);

// The delay before retry number `retry` (1 for the first retry): Retry-After when the server gave one
// (capped at maxBackoffMs * 4), else min(maxBackoffMs, firstBackoffMs * 2^(retry-1)) scaled by a
// random factor in [0.5, 1.5).
int retryDelayMs(const HttpLimits& limits, int retry, const QByteArray& retryAfter, double random);

} // namespace LeadSync
