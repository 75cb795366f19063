#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace LeadSync {

// The language of the UI: the system's by default, or the one chosen in Settings (kept in QSettings
// as a language name such as "de"; empty for the system's). A change applies at the next start, when
// every window is built in the new language.
class Language final
{
public:
    // The languages LeadSync ships a translation for (from the compiled :/i18n/leadsync_*.qm),
    // English included, as names such as "de".
    static QStringList available();

    // The available language the system's preferences give (what "System" means), else "en".
    static QString systemLanguage();
    // A language's name in itself, capitalised ("Deutsch", "Русский", "English").
    static QString displayName(const QString& name);

    static QString chosen();
    static void choose(const QString& name);

    // Installs LeadSync's and Qt's own translators for the chosen language on app, and makes it the
    // default locale (numbers and dates follow it). Returns the locale installed.
    static QLocale install(QCoreApplication& app);
    // The same for a given language name, for tests.
    static QLocale install(QCoreApplication& app, const QString& name);
};

} // namespace LeadSync
