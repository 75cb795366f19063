#include "SmtpSender.h"

#include "MailMessage.h"

#include <QDateTime>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace LeadSync {

namespace {

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What one transaction reads and hears.
struct Transfer
{
    QByteArrayView message;
    qsizetype offset = 0;
    QByteArrayList replies; // every server line (libcurl gives them to the header callback only)
    const std::atomic_bool* cancel = nullptr;

    static size_t read(char* buffer, size_t size, size_t count, void* self)
    {
        auto* transfer = static_cast<Transfer*>(self);
        const size_t n = std::min(size * count, size_t(transfer->message.size() - transfer->offset));
        std::memcpy(buffer, transfer->message.data() + transfer->offset, n);
        transfer->offset += qsizetype(n);
        return n;
    }
    static size_t header(char* buffer, size_t size, size_t count, void* self)
    {
        auto* transfer = static_cast<Transfer*>(self);
        // Bounded: a server that talks without end is cut off at 64 lines of 512 bytes.
        if (transfer->replies.size() < 64)
            transfer->replies.append(
                QByteArray(buffer, qsizetype(std::min<size_t>(size * count, 512))).trimmed());
        return size * count;
    }
    static int progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        const auto* transfer = static_cast<Transfer*>(self);
        return transfer->cancel && transfer->cancel->load() ? 1 : 0;
    }
    // The last reply that is not the goodbye libcurl's QUIT brings after a failure.
    QString lastReply() const
    {
        for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
            if (!it->startsWith("221"))
                return QString::fromUtf8(*it);
        }
        return {};
    }
};

// Where a transaction stopped, for "Test mailbox" and the reasons the outbox shows.
QString stageOf(CURLcode code, long reply, QByteArrayView error)
{
    switch (code) {
    case CURLE_OK:
        return {};
    case CURLE_COULDNT_RESOLVE_HOST:
        return QStringLiteral("dns");
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return reply == 0 ? QStringLiteral("connection") : QStringLiteral("message");
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return QStringLiteral("tls");
    case CURLE_LOGIN_DENIED:
        return QStringLiteral("authentication");
    default:
        break;
    }
    if (error.startsWith("MAIL"))
        return QStringLiteral("sender");
    if (error.startsWith("RCPT"))
        return QStringLiteral("recipient");
    return reply == 0 ? QStringLiteral("connection") : QStringLiteral("message");
}

} // namespace

SmtpSender::SmtpSender(Mailbox mailbox, QByteArray password, Limits limits)
    : m_mailbox(std::move(mailbox))
    , m_password(std::move(password))
    , m_limits(limits)
{
    initCurl();
    m_curl = curl_easy_init();
}

SmtpSender::SmtpSender(Mailbox mailbox, QByteArray password)
    : SmtpSender(std::move(mailbox), std::move(password), Limits {})
{ }

SmtpSender::~SmtpSender()
{
    curl_easy_cleanup(m_curl); // says QUIT on a connection kept open
}

SmtpResult SmtpSender::send(const QString& to, const QByteArray& message, const std::atomic_bool* cancel)
{
    Transfer transfer;
    transfer.message = message;
    transfer.cancel = cancel;
    const QByteArray url = m_mailbox.smtpUrl.toEncoded();
    const QByteArray user = m_mailbox.smtpLogin().toUtf8();
    const QByteArray from = '<' + m_mailbox.fromAddress.toUtf8() + '>';
    const QByteArray recipient = '<' + to.trimmed().toUtf8() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, recipient.constData());
    char error[CURL_ERROR_SIZE] = {};

    CURL* curl = m_curl;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    // TLS, always but to this machine: STARTTLS is required on smtp://, smtps:// is TLS from the start.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(m_mailbox.isLoopback() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    if (!m_password.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        // An OAuth mailbox's secret is an access token: SASL XOAUTH2 (Gmail, Microsoft 365).
        if (m_mailbox.usesOAuth()) {
            curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, m_password.constData());
            curl_easy_setopt(curl, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
        } else {
            curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
        }
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &Transfer::read);
    curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &Transfer::header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Transfer::progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_limits.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_limits.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_off_t uploaded = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    SmtpResult result;
    result.code = int(reply);
    const QString heard = transfer.lastReply();
    const QString said = QString::fromUtf8(error[0] ? error : curl_easy_strerror(code));
    result.reason = heard.isEmpty() ? said : heard;
    // The whole message went out: from here on the server may have it.
    const bool handedOver = uploaded >= curl_off_t(message.size()) && message.size() > 0;
    if (code == CURLE_OK) {
        result.outcome = SmtpResult::Outcome::Sent;
    } else if (handedOver && (reply == 354 || reply == 0 || reply / 100 == 2)) {
        // DATA was sent and the answer to it never came (a timeout, a dropped connection, a cancel).
        result.outcome = SmtpResult::Outcome::Unknown;
        result.reason = tr("the message was handed to the server, but its answer never came (%1)").arg(said);
    } else if (code == CURLE_ABORTED_BY_CALLBACK) {
        result.outcome = SmtpResult::Outcome::Cancelled;
    } else if (reply / 100 == 5 && code == CURLE_SEND_ERROR && QByteArrayView(error).startsWith("RCPT")) {
        result.outcome = SmtpResult::Outcome::RecipientRefused;
    } else if (reply / 100 == 5 && code != CURLE_LOGIN_DENIED) {
        result.outcome = SmtpResult::Outcome::Permanent;
    } else {
        // Before the hand-over: no connection, no TLS, authentication refused, a 4xx. Nothing arrived.
        result.outcome = SmtpResult::Outcome::Temporary;
        if (code == CURLE_LOGIN_DENIED)
            result.reason = tr("the server refused the user name or password (%1)").arg(result.reason);
        else if (heard.isEmpty())
            result.reason = said;
    }
    result.stage = stageOf(code, reply, QByteArrayView(error));
    return result;
}

SmtpResult SmtpSender::test(
    const Mailbox& mailbox, const QByteArray& password, const QDateTime& now, const std::atomic_bool* cancel)
{
    MailMessage mail = mailbox.newMessage(mailbox.fromAddress, now);
    mail.subject = tr("LeadSync test message");
    mail.body = tr("LeadSync sent this message to check mailbox %1. It can be deleted.").arg(mailbox.name);
    Limits limits;
    limits.timeoutMs = 30000;
    limits.connectTimeoutMs = 15000;
    return SmtpSender(mailbox, password, limits).send(mailbox.fromAddress, mail.render(), cancel);
}

} // namespace LeadSync
