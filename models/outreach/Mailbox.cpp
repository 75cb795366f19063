#include "Mailbox.h"

#include "Error.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace LeadSync {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, from_name, from_address, smtp_url, smtp_user, password_env, time_zone, send_window, "
    "daily_cap, hourly_cap, gap_min_s, gap_max_s, unsubscribe_url, oauth_client_id, oauth_authorization_url, "
    "oauth_token_url, oauth_scope, imap_url, imap_user, imap_folders");

Mailbox fromRow(const SqlQuery& row)
{
    Mailbox mailbox;
    mailbox.id = row.value(0).toLongLong();
    mailbox.name = row.value(1).toString();
    mailbox.fromName = row.value(2).toString();
    mailbox.fromAddress = row.value(3).toString();
    mailbox.smtpUrl = QUrl(row.value(4).toString());
    mailbox.smtpUser = row.value(5).toString();
    mailbox.passwordEnv = row.value(6).toString();
    mailbox.zone = QTimeZone(row.value(7).toString().toUtf8());
    mailbox.window = SendingWindow::parse(row.value(8).toString());
    mailbox.dailyCap = row.value(9).toInt();
    mailbox.hourlyCap = row.value(10).toInt();
    mailbox.gapMinSeconds = row.value(11).toInt();
    mailbox.gapMaxSeconds = row.value(12).toInt();
    mailbox.unsubscribeUrl = row.value(13).toString();
    mailbox.oauth = { row.value(14).toString(), QUrl(row.value(15).toString()),
        QUrl(row.value(16).toString()), row.value(17).toString() };
    mailbox.imapUrl = QUrl(row.value(18).toString());
    mailbox.imapUser = row.value(19).toString();
    mailbox.imapFolders = row.value(20).toString().split(u'\n', Qt::SkipEmptyParts);
    return mailbox;
}

// Text columns are never NULL (see the schema); a null QString would bind as NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

bool looksLikeAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    return pattern.match(address).hasMatch();
}

} // namespace

std::pair<QString, QString> parseFrom(const QString& text)
{
    static const QRegularExpression named(QStringLiteral("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$"));
    const QRegularExpressionMatch match = named.match(text);
    const std::pair<QString, QString> from = match.hasMatch()
        ? std::pair { match.captured(1).trimmed(), match.captured(2).trimmed() }
        : std::pair { QString(), text.trimmed() };
    if (!looksLikeAddress(from.second))
        throw Error(MailboxStore::tr("\"%1\" is not a From address: write \"Name <address>\" or an address.")
                        .arg(text));
    return from;
}

QString Mailbox::from() const
{
    return fromName.isEmpty() ? fromAddress : QStringLiteral("%1 <%2>").arg(fromName, fromAddress);
}

bool isLoopbackHost(const QString& host)
{
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

MailMessage Mailbox::newMessage(const QString& toAddress, const QDateTime& now) const
{
    MailMessage mail;
    mail.fromName = fromName;
    mail.fromAddress = fromAddress;
    mail.toAddress = toAddress;
    mail.date = now;
    mail.messageId = MailMessage::newMessageId(fromAddress);
    mail.unsubscribeMailto = fromAddress;
    mail.unsubscribeUrl = unsubscribeUrl;
    return mail;
}

bool Mailbox::isLoopback() const
{
    return isLoopbackHost(smtpUrl.host());
}

MailboxStore::MailboxStore(Workspace& workspace)
    : m_workspace(workspace)
{ }

void MailboxStore::validate(const Mailbox& mailbox)
{
    const QString name = mailbox.name;
    if (name.trimmed().isEmpty())
        throw Error(tr("A mailbox needs a name."));
    if (!looksLikeAddress(mailbox.fromAddress))
        throw Error(tr("Mailbox %1: \"%2\" is not an email address.").arg(name, mailbox.fromAddress));
    const QString scheme = mailbox.smtpUrl.scheme();
    if ((scheme != u"smtp" && scheme != u"smtps") || mailbox.smtpUrl.host().isEmpty())
        throw Error(tr("Mailbox %1: the SMTP URL must be smtps://host:465 or smtp://host:587, not \"%2\".")
                        .arg(name, mailbox.smtpUrl.toString()));
    if (!mailbox.zone.isValid())
        throw Error(tr("Mailbox %1: the time zone is not a zone name such as Europe/Berlin.").arg(name));
    if (mailbox.dailyCap < 1 || mailbox.hourlyCap < 0)
        throw Error(
            tr("Mailbox %1: the daily cap must be at least 1, the hourly cap 0 (none) or more.").arg(name));
    if (mailbox.gapMinSeconds < 0 || mailbox.gapMaxSeconds < mailbox.gapMinSeconds)
        throw Error(tr("Mailbox %1: the gap must be MIN-MAX seconds with MIN ≤ MAX.").arg(name));
    if (!mailbox.unsubscribeUrl.isEmpty() && QUrl(mailbox.unsubscribeUrl).scheme() != u"https")
        throw Error(tr("Mailbox %1: the unsubscribe URL must be https.").arg(name));
    if (!mailbox.imapUrl.isEmpty()
        && ((mailbox.imapUrl.scheme() != u"imaps" && mailbox.imapUrl.scheme() != u"imap")
            || mailbox.imapUrl.host().isEmpty()))
        throw Error(tr("Mailbox %1: the IMAP URL must be imaps://host:993 or imap://host:143, not \"%2\".")
                        .arg(name, mailbox.imapUrl.toString()));
    if (mailbox.usesOAuth()) {
        // The tokens travel to these URLs: https, but to a server on this machine (a test's).
        for (const QUrl& url : { mailbox.oauth.authorizationUrl, mailbox.oauth.tokenUrl }) {
            if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopbackHost(url.host())))
                throw Error(tr("Mailbox %1: the OAuth URL \"%2\" must be https.").arg(name, url.toString()));
        }
        if (mailbox.passwordEnv.isEmpty())
            throw Error(tr("Mailbox %1: OAuth needs a keychain entry to keep its tokens in.").arg(name));
    }
}

std::optional<OAuthSettings> OAuthSettings::preset(const QString& provider)
{
    // The endpoints and scopes the providers document for SMTP with XOAUTH2.
    if (provider == u"google")
        return OAuthSettings { {}, QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")),
            QUrl(QStringLiteral("https://oauth2.googleapis.com/token")),
            QStringLiteral("https://mail.google.com/") };
    if (provider == u"microsoft")
        return OAuthSettings { {},
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")),
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token")),
            QStringLiteral("https://outlook.office.com/SMTP.Send offline_access") };
    return std::nullopt;
}

qint64 MailboxStore::save(const Mailbox& mailbox, qint64 now)
{
    validate(mailbox);
    SqlQuery upsert(m_workspace.database(),
        QStringLiteral(
            "INSERT INTO mailboxes (name, from_name, from_address, smtp_url, smtp_user, password_env, "
            "time_zone, send_window, daily_cap, hourly_cap, gap_min_s, gap_max_s, unsubscribe_url, "
            "oauth_client_id, oauth_authorization_url, oauth_token_url, oauth_scope, imap_url, imap_user, "
            "imap_folders, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO "
            "UPDATE SET "
            "from_name = excluded.from_name, from_address = excluded.from_address, smtp_url = "
            "excluded.smtp_url, smtp_user = excluded.smtp_user, password_env = excluded.password_env, "
            "time_zone = excluded.time_zone, send_window = excluded.send_window, daily_cap = "
            "excluded.daily_cap, hourly_cap = excluded.hourly_cap, gap_min_s = excluded.gap_min_s, "
            "gap_max_s = excluded.gap_max_s, unsubscribe_url = excluded.unsubscribe_url, oauth_client_id = "
            "excluded.oauth_client_id, oauth_authorization_url = excluded.oauth_authorization_url, "
            "oauth_token_url = excluded.oauth_token_url, oauth_scope = excluded.oauth_scope, imap_url = "
            "excluded.imap_url, imap_user = excluded.imap_user, imap_folders = excluded.imap_folders "
            "RETURNING id"));
    for (const QVariant& value :
        { text(mailbox.name.trimmed()), text(mailbox.fromName), text(mailbox.fromAddress),
            text(mailbox.smtpUrl.toString()), text(mailbox.smtpUser), text(mailbox.passwordEnv),
            text(QString::fromUtf8(mailbox.zone.id())), text(mailbox.window.toString()),
            QVariant(mailbox.dailyCap), QVariant(mailbox.hourlyCap), QVariant(mailbox.gapMinSeconds),
            QVariant(mailbox.gapMaxSeconds), text(mailbox.unsubscribeUrl), text(mailbox.oauth.clientId),
            text(mailbox.oauth.authorizationUrl.toString()), text(mailbox.oauth.tokenUrl.toString()),
            text(mailbox.oauth.scope), text(mailbox.imapUrl.toString()), text(mailbox.imapUser),
            text(mailbox.imapFolders.join(u'\n')), QVariant(now) })
        upsert.bind(value);
    upsert.exec();
    upsert.next();
    return upsert.value(0).toLongLong();
}

QList<Mailbox> MailboxStore::list() const
{
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT %1 FROM mailboxes ORDER BY name COLLATE NOCASE").arg(kColumns));
    select.exec();
    QList<Mailbox> mailboxes;
    while (select.next())
        mailboxes.append(fromRow(select));
    return mailboxes;
}

std::optional<Mailbox> MailboxStore::find(const QString& name) const
{
    return findWhere("name", name.trimmed());
}

std::optional<Mailbox> MailboxStore::find(qint64 id) const
{
    return findWhere("id", id);
}

// column: a literal of this file, never text from outside.
std::optional<Mailbox> MailboxStore::findWhere(const char* column, const QVariant& value) const
{
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT %1 FROM mailboxes WHERE %2 = ?").arg(kColumns, QLatin1String(column)));
    select.bind(value);
    select.exec();
    return select.next() ? std::optional(fromRow(select)) : std::nullopt;
}

} // namespace LeadSync
