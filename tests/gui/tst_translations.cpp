// The translations: complete, with the same placeholders as the English text, compiled into the app
// and used by the real window.
#include "main/MainWindow.h"
#include "settings/Language.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace LeadSync;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completeWithTheSamePlaceholders_data();
    void completeWithTheSamePlaceholders();
    void shippedLanguages();
    void windowSpeaksTheChosenLanguage();
    void pluralsFollowTheLanguage();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append(
                { context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false });
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.last().unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1, %L2, %n, %Ln: what a translation must keep, in any order.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.append(match.captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString tsPath(const char* language)
{
    return QStringLiteral(LEADSYNC_SOURCE_DIR "/translations/leadsync_%1.ts").arg(QLatin1String(language));
}

} // namespace

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSyncTests"));
}

void TestTranslations::completeWithTheSamePlaceholders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("de") << tsPath("de") << 2 << false;
    QTest::newRow("ru") << tsPath("ru") << 3 << false;
    // English needs only the plural forms ("1 lead", "2 leads"); the rest is the source text.
    QTest::newRow("en") << tsPath("en") << 2 << true;
}

void TestTranslations::completeWithTheSamePlaceholders()
{
    QFETCH(QString, path);
    QFETCH(int, pluralForms);
    QFETCH(bool, pluralsOnly);
    const QList<Message> messages = readTs(path);
    QVERIFY(messages.size() > 200);
    int checked = 0;
    for (const Message& message : messages) {
        if (pluralsOnly && !message.numerus)
            continue;
        const QString where = message.context + u": " + message.source;
        QVERIFY2(!message.unfinished, qPrintable(where));
        QCOMPARE(message.translations.size(), message.numerus ? pluralForms : 1);
        for (const QString& translation : message.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(translation) == placeholders(message.source),
                qPrintable(where + u" → " + translation));
            // An accelerator in the English text has one in the translation too.
            QVERIFY2(message.source.contains(u'&') == translation.contains(u'&'), qPrintable(where));
        }
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestTranslations::shippedLanguages()
{
    QCOMPARE(Language::available(),
        (QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("ru") }));
    Language::choose(QStringLiteral("ru"));
    QCOMPARE(Language::chosen(), QStringLiteral("ru"));
    Language::choose({});
    QCOMPARE(Language::chosen(), QString());
}

void TestTranslations::windowSpeaksTheChosenLanguage()
{
    const QLocale locale = Language::install(*qApp, QStringLiteral("de"));
    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German); // numbers and dates follow
    MainWindow window;
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus,
        (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
            QStringLiteral("&Kampagnen"), QStringLiteral("&Outreach"), QStringLiteral("&Pipeline"),
            QStringLiteral("&Spalten"), QStringLiteral("&Hilfe") }));
    QCOMPARE(window.windowTitle(), QStringLiteral("LeadSync"));
}

void TestTranslations::pluralsFollowTheLanguage()
{
    const auto deleteLeads = [](int n) {
        return QCoreApplication::translate("LeadSync::TableActions", "Delete %Ln Lead(s)", nullptr, n);
    };
    Language::install(*qApp, QStringLiteral("en"));
    QCOMPARE(deleteLeads(1), QStringLiteral("Delete 1 Lead"));
    QCOMPARE(deleteLeads(1200), QStringLiteral("Delete 1,200 Leads"));
    Language::install(*qApp, QStringLiteral("ru"));
    QCOMPARE(deleteLeads(1), QStringLiteral("Удалить 1 лида"));
    QCOMPARE(deleteLeads(3), QStringLiteral("Удалить 3 лида"));
    QCOMPARE(deleteLeads(25), QStringLiteral("Удалить 25 лидов"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
