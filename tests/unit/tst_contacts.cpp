// Contacts as leads write them: phones from several countries to E.164, Telegram usernames from the
// ways people paste them, and what cannot be read kept and flagged.
#include "contacts/Contacts.h"

#include <QTest>

using namespace LeadSync;

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phones_data();
    void phones();
    void countries();
    void telegram_data();
    void telegram();
};

void TestContacts::phones_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("expected"); // empty: kept as it was, with a problem
    // raw, the lead's country, the user's default region, E.164
    const char* const rows[][4] = {
        { "030 12345678", "Germany", "", "+493012345678" },
        { "+49 (0)30 1234 5678", "", "", "+493012345678" },
        { "0049 30 12345678", "", "DE", "+493012345678" },
        { "0171 2345678", "Deutschland", "US", "+491712345678" },
        { "(202) 555-0143", "USA", "", "+12025550143" },
        { "202.555.0143", "", "US", "+12025550143" },
        { "+1-202-555-0143 ext. 12", "", "", "+12025550143" },
        { "020 7946 0958", "United Kingdom", "", "+442079460958" },
        { "07911 123456", "UK", "", "+447911123456" },
        { "8 (495) 123-45-67", "Россия", "", "+74951234567" },
        { "+7 916 123-45-67", "", "", "+79161234567" },
        { "01 42 68 53 00", "France", "", "+33142685300" },
        { "06 12 34 56 78", "FR", "", "+33612345678" },
        { "(11) 91234-5678", "Brazil", "", "+5511912345678" },
        { "098765 43210", "India", "", "+919876543210" },
        { "612 345 678", "España", "", "+34612345678" },
        { "0612345678", "Nederland", "", "+31612345678" },
        { "12345", "Germany", "", "" },
        { "030 12345678", "", "", "" }, // no country code, nothing to read it by
        { "call me", "", "DE", "" },
    };
    for (const auto& row : rows)
        QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1])
                              << QString::fromUtf8(row[2]) << QString::fromUtf8(row[3]);
}

void TestContacts::phones()
{
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, expected);
    const Contacts::Result result = Contacts::phone(raw, country, defaultRegion);
    if (expected.isEmpty()) {
        QCOMPARE(result.value, raw); // kept
        QVERIFY(result.problem.contains(raw.trimmed()));
    } else {
        QCOMPARE(result.value, expected);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    }
}

void TestContacts::countries()
{
    QCOMPARE(Contacts::regionOf(QStringLiteral("germany")), QStringLiteral("DE"));
    QCOMPARE(Contacts::regionOf(QStringLiteral("Deutschland")), QStringLiteral("DE"));
    QCOMPARE(Contacts::regionOf(QStringLiteral("Россия")), QStringLiteral("RU"));
    QCOMPARE(Contacts::regionOf(QStringLiteral("United States")), QStringLiteral("US"));
    QCOMPARE(Contacts::regionOf(QStringLiteral("ch")), QStringLiteral("CH"));
    QCOMPARE(Contacts::regionOf(QStringLiteral("Atlantis")), QString());
    QVERIFY(Contacts::isRegion(QStringLiteral("de")));
    QVERIFY(!Contacts::isRegion(QStringLiteral("XX")));
    QCOMPARE(Contacts::phone(QString(), QStringLiteral("DE"), {}).problem, QString()); // empty stays empty
}

void TestContacts::telegram_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected"); // empty: kept, flagged
    QTest::newRow("at") << QStringLiteral("@ivan_petrov") << QStringLiteral("ivan_petrov");
    QTest::newRow("bare") << QStringLiteral(" ivan_petrov ") << QStringLiteral("ivan_petrov");
    QTest::newRow("t.me") << QStringLiteral("t.me/IvanPetrov") << QStringLiteral("IvanPetrov");
    QTest::newRow("https") << QStringLiteral("https://t.me/ivan_petrov?start=1")
                           << QStringLiteral("ivan_petrov");
    QTest::newRow("telegram.me") << QStringLiteral("http://telegram.me/ivan_petrov/")
                                 << QStringLiteral("ivan_petrov");
    QTest::newRow("tg") << QStringLiteral("tg://resolve?domain=ivan_petrov") << QStringLiteral("ivan_petrov");
    QTest::newRow("short") << QStringLiteral("@ivan") << QString();
    QTest::newRow("digit first") << QStringLiteral("1ivan_petrov") << QString();
    QTest::newRow("cyrillic") << QStringLiteral("@иван_петров") << QString();
    QTest::newRow("too long") << QStringLiteral("a").repeated(33) << QString();
    QTest::newRow("phone") << QStringLiteral("+7 916 123-45-67") << QString();
}

void TestContacts::telegram()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const Contacts::Result result = Contacts::telegram(raw);
    if (expected.isEmpty()) {
        QCOMPARE(result.value, raw);
        QVERIFY(result.problem.startsWith(QStringLiteral("the Telegram username")));
    } else {
        QCOMPARE(result.value, expected);
        QCOMPARE(result.problem, QString());
    }
}

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
