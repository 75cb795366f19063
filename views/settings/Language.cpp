#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace LeadSync {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kTranslations = QStringLiteral(":/i18n");
} // namespace

QStringList Language::available()
{
    QStringList names;
    const QStringList files
        = QDir(kTranslations).entryList({ QStringLiteral("leadsync_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names.append(file.mid(int(qstrlen("leadsync_")), file.size() - int(qstrlen("leadsync_.qm"))));
    return names;
}

QString Language::chosen()
{
    return QSettings().value(kLanguageKey).toString();
}

void Language::choose(const QString& name)
{
    QSettings().setValue(kLanguageKey, name);
}

QString Language::systemLanguage()
{
    const QStringList shipped = available();
    for (const QString& preferred : QLocale::system().uiLanguages()) {
        const QString language = preferred.section(u'-', 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Language::displayName(const QString& name)
{
    const QLocale locale(name);
    // Qt names English after a country ("American English"): the language is meant here.
    const QString native
        = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    return native.isEmpty() ? name : native.left(1).toUpper() + native.mid(1);
}

QLocale Language::install(QCoreApplication& app)
{
    return install(app, chosen());
}

QLocale Language::install(QCoreApplication& app, const QString& name)
{
    const QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    QLocale::setDefault(locale);
    // The application owns the translators: they live as long as the text they translate.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English has a translation too: the plural forms of "%Ln lead(s)".
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("leadsync"), QStringLiteral("_"), kTranslations))
        QCoreApplication::installTranslator(own);
    return locale;
}

} // namespace LeadSync
