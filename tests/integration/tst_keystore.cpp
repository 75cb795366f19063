// KeyStore against a real Secret Service: GNOME Keyring on a private D-Bus session bus, both started
// by this test in a temporary home, so the user's own keychain is never touched.

#include "secrets/KeyStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;

class TestKeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storedKeyIsReadBack();
    void environmentStandsInForAMissingKey();
    void removedKeyIsGone();

private:
    // The key stored under name, or the error, waiting for the asynchronous read.
    std::pair<QByteArray, QString> read(const QString& name);
    QString write(const QString& name, const QByteArray& key);

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
};

void TestKeyStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString runtime = m_home.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QFile(runtime).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    m_bus.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    QVERIFY2(m_bus.waitForStarted(), "dbus-daemon (package dbus) is needed");
    QVERIFY(m_bus.waitForReadyRead(10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    // --unlock reads the new login keyring's password from standard input.
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
            QStringLiteral("--components=secrets") });
    QVERIFY2(m_keyring.waitForStarted(), "gnome-keyring-daemon (package gnome-keyring) is needed");
    m_keyring.write("test-password");
    m_keyring.closeWriteChannel();
    QVERIFY(QTest::qWaitFor(
        [] {
            return QDBusConnection::sessionBus().interface()->isServiceRegistered(
                QStringLiteral("org.freedesktop.secrets"));
        },
        10000));
}

void TestKeyStore::cleanupTestCase()
{
    m_keyring.terminate();
    m_keyring.waitForFinished();
    m_bus.terminate();
    m_bus.waitForFinished();
}

std::pair<QByteArray, QString> TestKeyStore::read(const QString& name)
{
    std::optional<std::pair<QByteArray, QString>> result;
    KeyStore::read(name, this, [&result](const QByteArray& key, const QString& error) {
        result = { key, error };
    });
    [&result] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result.value_or(std::pair<QByteArray, QString>());
}

QString TestKeyStore::write(const QString& name, const QByteArray& key)
{
    std::optional<QString> result;
    KeyStore::write(name, key, this, [&result](const QString& error) { result = error; });
    [&result] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result.value_or(QStringLiteral("no answer"));
}

void TestKeyStore::storedKeyIsReadBack()
{
    const QByteArray key = "sk-test-\xc3\xa9-0123456789";
    QCOMPARE(write(QStringLiteral("LEADSYNC_TEST_KEY"), key), QString());
    const auto [read, error] = this->read(QStringLiteral("LEADSYNC_TEST_KEY"));
    QCOMPARE(error, QString());
    QCOMPARE(read, key);
    // It is in the Secret Service, where other tools see it too.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"),
            QStringLiteral("LEADSYNC_TEST_KEY") });
    QVERIFY2(lookup.waitForFinished(10000), "secret-tool (package libsecret-tools) is needed");
    const QByteArray found = lookup.readAllStandardOutput() + lookup.readAllStandardError();
    QVERIFY2(found.contains("LeadSync"), found.constData());
    // It went into the keyring's file, encrypted: no file under the home holds it in the clear.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int keyrings = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("sk-test-"), qPrintable(file.fileName()));
        keyrings += file.fileName().endsWith(u".keyring") ? 1 : 0;
    }
    QVERIFY(keyrings > 0);
}

void TestKeyStore::environmentStandsInForAMissingKey()
{
    qunsetenv("LEADSYNC_UNSTORED_KEY");
    const auto [none, error] = read(QStringLiteral("LEADSYNC_UNSTORED_KEY"));
    QVERIFY(none.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("LEADSYNC_UNSTORED_KEY")), qPrintable(error));
    qputenv("LEADSYNC_UNSTORED_KEY", "from-the-shell");
    const auto [key, noError] = read(QStringLiteral("LEADSYNC_UNSTORED_KEY"));
    QCOMPARE(noError, QString());
    QCOMPARE(key, QByteArray("from-the-shell"));
    // A stored key wins over the environment.
    QCOMPARE(write(QStringLiteral("LEADSYNC_UNSTORED_KEY"), "from-the-keychain"), QString());
    QCOMPARE(read(QStringLiteral("LEADSYNC_UNSTORED_KEY")).first, QByteArray("from-the-keychain"));
    qunsetenv("LEADSYNC_UNSTORED_KEY");
}

void TestKeyStore::removedKeyIsGone()
{
    QCOMPARE(write(QStringLiteral("LEADSYNC_GONE_KEY"), "short-lived"), QString());
    std::optional<QString> removed;
    KeyStore::remove(
        QStringLiteral("LEADSYNC_GONE_KEY"), this, [&removed](const QString& error) { removed = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    QCOMPARE(*removed, QString());
    const auto [key, error] = read(QStringLiteral("LEADSYNC_GONE_KEY"));
    QVERIFY(key.isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
