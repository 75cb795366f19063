#include "ImapClient.h"

#include "Error.h"
#include "outreach/Mailbox.h"

#include <QDeadlineTimer>

namespace LeadSync {

namespace {

// UIDs fetched per command: a window keeps each response bounded.
constexpr qsizetype kFetchWindow = 50;

QByteArray quoted(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + bytes + '"';
}

QByteArray uidSet(const QList<quint32>& uids)
{
    QByteArrayList parts;
    for (const quint32 uid : uids)
        parts.append(QByteArray::number(uid));
    return parts.join(',');
}

QList<quint32> searchResults(const QList<ImapResponse>& responses)
{
    QList<quint32> uids;
    for (const ImapResponse& response : responses) {
        if (response.values.isEmpty()
            || response.values.first().bytes.compare("SEARCH", Qt::CaseInsensitive) != 0)
            continue;
        for (qsizetype i = 1; i < response.values.size(); ++i)
            uids.append(response.values[i].bytes.toUInt());
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

} // namespace

ImapClient::ImapClient(int timeoutMs, const std::atomic_bool* cancel)
    : m_timeoutMs(timeoutMs)
    , m_cancel(cancel)
{ }

ImapClient::~ImapClient()
{
    m_socket.abort();
}

void ImapClient::fail(const char* stage, const QString& detail) const
{
    static const QHash<QByteArray, const char*> stages {
        { "connection", QT_TR_NOOP("Cannot reach the IMAP server %1: %2") },
        { "tls", QT_TR_NOOP("The secure (TLS) connection to the IMAP server %1 failed: %2") },
        { "authentication", QT_TR_NOOP("The IMAP server %1 refused the user or password: %2") },
        { "folder", QT_TR_NOOP("The IMAP server %1 cannot open the folder: %2") },
        { "fetch", QT_TR_NOOP("The IMAP server %1 failed to send messages: %2") },
    };
    throw Error(tr(stages.value(stage, QT_TR_NOOP("The IMAP server %1 failed: %2"))).arg(m_host, detail));
}

void ImapClient::write(const QByteArray& bytes, const char* stage)
{
    m_socket.write(bytes);
    const QDeadlineTimer deadline(m_timeoutMs);
    while (m_socket.bytesToWrite() > 0) {
        if (deadline.hasExpired()
            || !m_socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
            fail(stage, m_socket.errorString());
    }
}

ImapResponse ImapClient::read(const char* stage)
{
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        try {
            if (std::optional<ImapResponse> response = m_reader.next())
                return *response;
        } catch (const Error& error) {
            fail(stage, error.message());
        }
        if (m_cancel && m_cancel->load())
            fail(stage, tr("cancelled"));
        // A short wait at a time, so that a cancel is seen soon.
        const int slice = int(std::clamp<qint64>(deadline.remainingTime(), 0, 250));
        if (deadline.hasExpired())
            fail(stage, tr("no answer within %1 s").arg(m_timeoutMs / 1000));
        if (m_socket.waitForReadyRead(slice) || m_socket.bytesAvailable() > 0)
            m_reader.append(m_socket.readAll());
        else if (m_socket.state() != QAbstractSocket::ConnectedState)
            fail(stage, m_socket.errorString());
    }
}

QList<ImapResponse> ImapClient::command(const QByteArray& text, const char* stage)
{
    const QByteArray tag = "L" + QByteArray::number(++m_tag);
    write(tag + ' ' + text + "\r\n", stage);
    QList<ImapResponse> untagged;
    for (;;) {
        ImapResponse response = read(stage);
        if (response.tag == "+") {
            write("\r\n", stage); // a SASL error challenge (XOAUTH2): answered empty, then refused
            continue;
        }
        if (response.tag != tag) {
            if (response.status == "BYE")
                fail(stage, QString::fromUtf8(response.text));
            untagged.append(std::move(response));
            continue;
        }
        if (response.status != "OK")
            fail(stage, QString::fromUtf8(response.text));
        for (const ImapResponse& data : std::as_const(untagged)) {
            if (!data.values.isEmpty()
                && data.values.first().bytes.compare("CAPABILITY", Qt::CaseInsensitive) == 0) {
                m_capabilities.clear();
                for (qsizetype i = 1; i < data.values.size(); ++i)
                    m_capabilities.append(data.values[i].bytes.toUpper());
            }
        }
        if (response.code.toUpper().startsWith("CAPABILITY "))
            m_capabilities = response.code.toUpper().split(' ').mid(1);
        return untagged;
    }
}

void ImapClient::connectTo(const QUrl& url, const QString& user, const QByteArray& secret, bool bearer)
{
    m_host = url.host();
    const bool implicitTls = url.scheme() == u"imaps";
    if (!implicitTls && url.scheme() != u"imap")
        fail("connection",
            tr("the URL must be imaps://host:993 or imap://host:143, not %1").arg(url.toString()));
    const quint16 port = quint16(url.port(implicitTls ? 993 : 143));
    if (implicitTls)
        m_socket.connectToHostEncrypted(m_host, port);
    else
        m_socket.connectToHost(m_host, port);
    if (!m_socket.waitForConnected(m_timeoutMs))
        fail("connection", m_socket.errorString());
    if (implicitTls && !m_socket.waitForEncrypted(m_timeoutMs))
        fail("tls", m_socket.errorString());
    const ImapResponse greeting = read("connection");
    if (greeting.status != "OK" && greeting.status != "PREAUTH")
        fail("connection", QString::fromUtf8(greeting.text));
    command("CAPABILITY", "connection");
    if (!implicitTls) {
        // TLS is required, but to a server on this machine (a test's, or a local bridge).
        if (m_capabilities.contains("STARTTLS")) {
            command("STARTTLS", "tls");
            m_socket.startClientEncryption();
            if (!m_socket.waitForEncrypted(m_timeoutMs))
                fail("tls", m_socket.errorString());
            command("CAPABILITY", "tls");
        } else if (!isLoopbackHost(m_host)) {
            fail("tls", tr("the server offers no STARTTLS, and LeadSync sends no password in the clear"));
        }
    }
    if (greeting.status == "PREAUTH")
        return;
    // SASL XOAUTH2 (as Gmail and Microsoft document it) or PLAIN (RFC 4616).
    const QByteArray response = bearer ? QByteArray("user=" + user.toUtf8()
                                    + "\x01"
                                      "auth=Bearer "
                                    + secret + "\x01\x01")
                                       : QByteArray(QByteArray(1, '\0') + user.toUtf8() + '\0' + secret);
    const QByteArray mechanism = bearer ? "XOAUTH2" : "PLAIN";
    if (m_capabilities.contains("SASL-IR")) {
        command("AUTHENTICATE " + mechanism + ' ' + response.toBase64(), "authentication");
        return;
    }
    const QByteArray tag = "L" + QByteArray::number(++m_tag);
    write(tag + " AUTHENTICATE " + mechanism + "\r\n", "authentication");
    if (read("authentication").tag != "+")
        fail("authentication", tr("the server did not ask for the credentials"));
    write(response.toBase64() + "\r\n", "authentication");
    for (;;) {
        const ImapResponse answer = read("authentication");
        if (answer.tag == "+") {
            write("\r\n", "authentication");
            continue;
        }
        if (answer.tag != tag)
            continue;
        if (answer.status != "OK")
            fail("authentication", QString::fromUtf8(answer.text));
        if (answer.code.toUpper().startsWith("CAPABILITY "))
            m_capabilities = answer.code.toUpper().split(' ').mid(1);
        return;
    }
}

ImapClient::Folder ImapClient::examine(const QString& folder)
{
    Folder status;
    for (const ImapResponse& response : command("EXAMINE " + quoted(folder), "folder")) {
        const QByteArray code = response.code.toUpper();
        if (code.startsWith("UIDVALIDITY "))
            status.uidValidity = code.mid(12).toUInt();
        else if (code.startsWith("UIDNEXT "))
            status.uidNext = code.mid(8).toUInt();
        else if (response.values.size() == 2
            && response.values[1].bytes.compare("EXISTS", Qt::CaseInsensitive) == 0)
            status.exists = response.values[0].bytes.toUInt();
    }
    return status;
}

QList<quint32> ImapClient::searchSince(const QDate& day)
{
    static const char* const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QByteArray date = QByteArray::number(day.day()) + '-' + months[day.month() - 1] + '-'
        + QByteArray::number(day.year());
    return searchResults(command("UID SEARCH SINCE " + date, "fetch"));
}

QList<quint32> ImapClient::uidsFrom(quint32 first)
{
    // "n:*" names the last message even when n is past it (RFC 9051 §6.4.8): filtered here.
    QList<quint32> uids
        = searchResults(command("UID SEARCH UID " + QByteArray::number(first) + ":*", "fetch"));
    uids.removeIf([first](quint32 uid) { return uid < first; });
    return uids;
}

QList<ImapClient::Message> ImapClient::fetch(const QList<quint32>& uids)
{
    QList<Message> messages;
    for (qsizetype start = 0; start < uids.size(); start += kFetchWindow) {
        const QList<quint32> window = uids.mid(start, kFetchWindow);
        for (const ImapResponse& response :
            command("UID FETCH " + uidSet(window) + " (UID FLAGS BODY.PEEK[])", "fetch")) {
            if (response.values.size() < 3
                || response.values[1].bytes.compare("FETCH", Qt::CaseInsensitive) != 0)
                continue;
            const ImapValue& data = response.values[2];
            const ImapValue* uid = data.find("UID");
            const ImapValue* body = data.find("BODY[]");
            if (!uid || !body)
                continue; // a flag change the server told of by itself
            Message message { uid->bytes.toUInt(), {}, body->bytes };
            if (const ImapValue* flags = data.find("FLAGS")) {
                for (const ImapValue& flag : flags->items)
                    message.flags.append(flag.bytes);
            }
            messages.append(std::move(message));
        }
    }
    return messages;
}

void ImapClient::logout()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        try {
            command("LOGOUT", "connection");
        } catch (const Error&) {
            // Leaving anyway.
        }
    }
    m_socket.disconnectFromHost();
}

} // namespace LeadSync
