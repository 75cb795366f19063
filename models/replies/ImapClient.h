#pragma once

#include "ImapResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSslSocket>
#include <QUrl>

#include <atomic>

namespace LeadSync {

// A small IMAP4rev1 client (RFC 9051/3501) for reading replies: TLS (imaps://, or STARTTLS on
// imap://, which is required but to this machine), AUTHENTICATE PLAIN or XOAUTH2, EXAMINE (read-only:
// nothing is ever marked read), UID SEARCH and UID FETCH with BODY.PEEK. Blocking, with a deadline
// for every wait: it runs where the outreach engine runs, on the tick's worker thread or in the CLI,
// never on the GUI thread. Throws Error saying where it failed (connection, TLS, sign-in, folder).
// Why our own: docs/decisions/0016-replies.md.
class ImapClient final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::ImapClient)

public:
    struct Folder
    {
        quint32 uidValidity = 0;
        quint32 uidNext = 0;
        quint32 exists = 0;
    };
    struct Message
    {
        quint32 uid = 0;
        QByteArrayList flags;
        QByteArray raw; // the whole message, as the server keeps it
    };

    explicit ImapClient(int timeoutMs = 30000, const std::atomic_bool* cancel = nullptr);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    // Connects and signs in; `bearer`: secret is an OAuth access token (XOAUTH2), else a password.
    void connectTo(const QUrl& url, const QString& user, const QByteArray& secret, bool bearer = false);
    // Opens the folder read-only.
    Folder examine(const QString& folder);
    // The UIDs of the messages that arrived on or after that day (the first sync's look-back).
    QList<quint32> searchSince(const QDate& day);
    // The messages with these UIDs, fetched without marking them read.
    QList<Message> fetch(const QList<quint32>& uids);
    // The UIDs from `first` on (those that arrived since the last sync).
    QList<quint32> uidsFrom(quint32 first);
    void logout();

private:
    // Sends a command (its tag added) and returns the untagged responses; throws on NO or BAD.
    QList<ImapResponse> command(const QByteArray& text, const char* stage);
    ImapResponse read(const char* stage);
    void write(const QByteArray& bytes, const char* stage);
    [[noreturn]] void fail(const char* stage, const QString& detail) const;

    QSslSocket m_socket;
    ImapReader m_reader;
    QByteArrayList m_capabilities;
    int m_tag = 0;
    int m_timeoutMs;
    const std::atomic_bool* m_cancel;
    QString m_host;
};

} // namespace LeadSync
