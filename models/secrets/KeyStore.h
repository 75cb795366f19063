#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace LeadSync {

// API keys in the operating system's keychain (the Secret Service of GNOME Keyring or KWallet on
// Linux, the Keychain on macOS, the Credential Manager on Windows) through QtKeychain: never in the
// workspace, the settings, logs or exports. A key is filed under its name, the one a column names
// (OPENAI_API_KEY, HUNTER_API_KEY), so the CLI's environment variable and the desktop app's keychain
// entry are the same key under the same name. Every call is asynchronous: the keychain may ask the
// user to unlock it, and the GUI thread never waits.
class KeyStore final
{
public:
    // The keychain's service name; one entry per key name.
    static QString service();

    // done(key, error): the key, or an empty key and why. A key the keychain does not have (or a
    // machine without a keychain) is looked up in the environment variable of that name, so keys
    // exported in a shell keep working; error is set only when neither has it.
    static void read(const QString& name, QObject* context,
        const std::function<void(const QByteArray& key, const QString& error)>& done);
    // done(error): empty on success.
    static void write(const QString& name, const QByteArray& key, QObject* context,
        const std::function<void(const QString& error)>& done);
    static void remove(
        const QString& name, QObject* context, const std::function<void(const QString& error)>& done);
};

} // namespace LeadSync
