#pragma once

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

// The tests' SMTP server (tests/servers/smtp_sink.py, aiosmtpd) on loopback, for as long as this
// object lives; see the script for the recipients that make it misbehave.
namespace TestSupport {

class SmtpSink final
{
public:
    // With auth ("user:password"), AUTH is required; with bearer ("user:token"), XOAUTH2 with that
    // access token is taken too.
    explicit SmtpSink(const QString& auth = {}, const QString& bearer = {})
    {
        QStringList arguments { QStringLiteral(LEADSYNC_SOURCE_DIR "/tests/servers/smtp_sink.py"),
            m_maildir.path() };
        if (!auth.isEmpty())
            arguments << QStringLiteral("--auth") << auth;
        if (!bearer.isEmpty())
            arguments << QStringLiteral("--bearer") << bearer;
        // The system Python: aiosmtpd is a Debian package (python3-aiosmtpd).
        m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
        if (!m_process.waitForStarted(10000))
            qFatal("cannot start the SMTP sink: %s", qPrintable(m_process.errorString()));
        while (m_port == 0 && m_process.waitForReadyRead(10000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("READY "))
                m_port = line.mid(6).toInt();
        }
        if (m_port == 0)
            qFatal("the SMTP sink did not start: %s", m_process.readAllStandardError().constData());
    }
    ~SmtpSink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    // The messages it accepted, oldest first, each beginning with "X-Rcpt-To: <recipient>".
    QList<QByteArray> messages() const
    {
        QList<QByteArray> all;
        const QDir dir(m_maildir.path());
        for (const QString& name : dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all.append(file.readAll());
        }
        return all;
    }

private:
    QTemporaryDir m_maildir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace TestSupport
