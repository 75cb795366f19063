#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

// A Dovecot IMAP server on loopback for as long as this object lives, started as a child of the test
// from a configuration written into a temporary folder (Dovecot 2.3, as Debian 12 has it), with one
// user, me@example.test / s3cret, and plain IMAP (the client allows it to this machine only). As root
// it runs its login and mail processes as Debian's dovenull and dovecot users; as anyone else, as
// that user. See ../shared/research/outreach-tech.md §3b.
namespace TestSupport {

class DovecotServer final
{
public:
    static constexpr const char* kUser = "me@example.test";
    static constexpr const char* kPassword = "s3cret";

    DovecotServer()
    {
        const QString root = m_dir.path();
        ::chmod(QFile::encodeName(root).constData(), 0755);
        const bool asRoot = ::getuid() == 0;
        const passwd* mail = asRoot ? ::getpwnam("dovecot") : ::getpwuid(::getuid());
        if (!mail)
            qFatal("the dovecot user is missing: install dovecot-imapd");
        const QString login = asRoot ? QStringLiteral("dovenull") : QString::fromLocal8Bit(mail->pw_name);
        const QString user = QString::fromLocal8Bit(mail->pw_name);
        const group* mailGroup = ::getgrgid(mail->pw_gid);
        const QString home = root + QStringLiteral("/home/me");
        QDir().mkpath(home);
        for (const QString& folder : { QString(root + QStringLiteral("/home")), home })
            if (::chown(QFile::encodeName(folder).constData(), mail->pw_uid, mail->pw_gid) != 0)
                qFatal("cannot hand %s to the mail user", qPrintable(folder));
        m_port = freePort();
        write(root + QStringLiteral("/users"),
            QStringLiteral("%1:{PLAIN}%2:%3:%4::%5::\n")
                .arg(QLatin1String(kUser), QLatin1String(kPassword))
                .arg(mail->pw_uid)
                .arg(mail->pw_gid)
                .arg(home));
        m_config = root + QStringLiteral("/dovecot.conf");
        write(m_config,
            QStringLiteral(
                "base_dir = %1/run\nstate_dir = %1/state\nlog_path = %1/dovecot.log\n"
                "protocols = imap\nlisten = 127.0.0.1\nssl = no\ndisable_plaintext_auth = no\n"
                "auth_mechanisms = plain login\ndefault_login_user = %2\n"
                "default_internal_user = %3\ndefault_internal_group = %4\nfirst_valid_uid = %5\n"
                "mail_location = maildir:~/Maildir\n"
                "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/users\n}\n"
                "userdb {\n  driver = passwd-file\n  args = username_format=%u %1/users\n}\n"
                "service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n"
                "    port = %6\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}\n"
                "service anvil {\n  chroot =\n}\n")
                .arg(
                    root, login, user, QString::fromLocal8Bit(mailGroup ? mailGroup->gr_name : mail->pw_name))
                .arg(mail->pw_uid)
                .arg(m_port));
        m_process.start(
            binary(QStringLiteral("dovecot")), { QStringLiteral("-F"), QStringLiteral("-c"), m_config });
        if (!m_process.waitForStarted(10000))
            qFatal("cannot start dovecot: %s", qPrintable(m_process.errorString()));
        // Ready when it greets; never waits without a deadline (a login process that dies keeps the
        // master up and retrying).
        QElapsedTimer clock;
        clock.start();
        while (!greets()) {
            if (clock.elapsed() > 15000 || m_process.state() != QProcess::Running)
                qFatal("dovecot did not start: %s", log().constData());
            QThread::msleep(20);
        }
    }
    ~DovecotServer()
    {
        m_process.kill(); // its children exit by themselves
        m_process.waitForFinished(5000);
    }
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    QString url() const { return QStringLiteral("imap://127.0.0.1:%1").arg(m_port); }
    QByteArray log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Delivers a message into the folder as the mail server would (doveadm save, no IMAP).
    void deliver(const QByteArray& message, const QString& folder = QStringLiteral("INBOX")) const
    {
        doveadm({ QStringLiteral("save"), QStringLiteral("-u"), QLatin1String(kUser), QStringLiteral("-m"),
                    folder },
            message);
    }
    // Adds a flag (\Seen: the user read it in their mail program).
    void flag(quint32 uid, const QString& flag) const
    {
        doveadm({ QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"), QLatin1String(kUser),
            flag, QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("uid"),
            QString::number(uid) });
    }
    // The flags the server holds for a message, as doveadm prints them.
    QByteArray flags(quint32 uid) const
    {
        return doveadm({ QStringLiteral("fetch"), QStringLiteral("-u"), QLatin1String(kUser),
            QStringLiteral("flags"), QStringLiteral("mailbox"), QStringLiteral("INBOX"),
            QStringLiteral("uid"), QString::number(uid) });
    }
    // Empties the folder and has it start over with a new UIDVALIDITY (a server that renumbers).
    void renumber() const
    {
        doveadm({ QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"),
            QLatin1String(kUser), QStringLiteral("--uid-validity"),
            QString::number(quint32(QDateTime::currentSecsSinceEpoch()) + 7), QStringLiteral("INBOX") });
    }

private:
    static QString binary(const QString& name)
    {
        const QString found = QStandardPaths::findExecutable(
            name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin") });
        if (found.isEmpty())
            qFatal("%s is missing: install dovecot-imapd", qPrintable(name));
        return found;
    }
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            qFatal("no free port on loopback");
        return probe.serverPort();
    }
    static void write(const QString& path, const QString& text)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
    }
    bool greets() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(200) && socket.waitForReadyRead(500)
            && socket.readAll().startsWith("* OK");
    }
    QByteArray doveadm(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        process.start(
            binary(QStringLiteral("doveadm")), QStringList { QStringLiteral("-c"), m_config } + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(15000) || process.exitCode() != 0)
            qFatal("doveadm %s failed: %s", qPrintable(arguments.join(u' ')),
                process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    QString m_config;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace TestSupport
