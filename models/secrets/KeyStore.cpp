#include "KeyStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace LeadSync {

namespace {

// Starts a keychain job and calls done on the context's thread when it ends (not at all when the
// context is gone by then). The job deletes itself.
void runJob(QKeychain::Job* job, const QString& name, QObject* context,
    const std::function<void(QKeychain::Job&)>& done)
{
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done](QKeychain::Job* finished) { done(*finished); });
    job->start();
}

} // namespace

QString KeyStore::service()
{
    return QStringLiteral("LeadSync");
}

void KeyStore::read(const QString& name, QObject* context,
    const std::function<void(const QByteArray& key, const QString& error)>& done)
{
    runJob(new QKeychain::ReadPasswordJob(service()), name, context, [name, done](QKeychain::Job& job) {
        const QByteArray stored = static_cast<QKeychain::ReadPasswordJob&>(job).binaryData();
        if (job.error() == QKeychain::NoError && !stored.isEmpty()) {
            done(stored, {});
            return;
        }
        const QByteArray fromEnvironment = qgetenv(name.toLocal8Bit().constData());
        if (!fromEnvironment.isEmpty()) {
            done(fromEnvironment, {});
            return;
        }
        done({},
            job.error() == QKeychain::EntryNotFound || job.error() == QKeychain::NoError
                ? QCoreApplication::translate("LeadSync::KeyStore",
                    "No API key is stored under the name %1. Set it in the column's settings (Set Key…).")
                      .arg(name)
                : QCoreApplication::translate("LeadSync::KeyStore",
                    "The keychain could not be read (%1), and the environment variable %2 is not set.")
                      .arg(job.errorString(), name));
    });
}

void KeyStore::write(const QString& name, const QByteArray& key, QObject* context,
    const std::function<void(const QString& error)>& done)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setBinaryData(key);
    runJob(job, name, context, [done](QKeychain::Job& finished) {
        done(finished.error() == QKeychain::NoError ? QString()
                                                    : QCoreApplication::translate("LeadSync::KeyStore",
                                                        "The key was not saved in the keychain: %1")
                                                          .arg(finished.errorString()));
    });
}

void KeyStore::remove(
    const QString& name, QObject* context, const std::function<void(const QString& error)>& done)
{
    runJob(new QKeychain::DeletePasswordJob(service()), name, context, [done](QKeychain::Job& finished) {
        done(finished.error() == QKeychain::NoError || finished.error() == QKeychain::EntryNotFound
                ? QString()
                : QCoreApplication::translate(
                    "LeadSync::KeyStore", "The key was not deleted from the keychain: %1")
                      .arg(finished.errorString()));
    });
}

} // namespace LeadSync
