// The header names of the files consultants import, by language and by the tool that exported them,
// and the field each must fill; and headers that must not be taken for a field.
#include "csv/ImportPlan.h"
#include "leads/FieldCatalog.h"

#include <QTest>

using namespace LeadSync;

class TestFieldCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void fullNames_data();
    void fullNames();
    void personNamesOrBusinesses_data();
    void personNamesOrBusinesses();
    void valuesGuessAField_data();
    void valuesGuessAField();
};

void TestFieldCatalog::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // empty: a column of its own
    // source, header, field
    const char* const rows[][3] = {
        { "German", "Vorname", "first_name" },
        { "German", "Nachname", "last_name" },
        { "German", "E-Mail-Adresse", "email" },
        { "German", "Firma", "company" },
        { "German", "Position", "title" },
        { "German", "Telefon", "phone" },
        { "German", "Stadt", "city" },
        { "German", "Land", "country" },
        { "German", "Branche", "business_domain" },
        { "French", "Prénom", "first_name" },
        { "French", "Nom", "last_name" },
        { "French", "Adresse e-mail", "email" },
        { "French", "Société", "company" },
        { "French", "Poste", "title" },
        { "French", "Téléphone", "phone" },
        { "French", "Ville", "city" },
        { "French", "Pays", "country" },
        { "Spanish", "Nombre", "first_name" },
        { "Spanish", "Apellidos", "last_name" },
        { "Spanish", "Correo electrónico", "email" },
        { "Spanish", "Empresa", "company" },
        { "Spanish", "Cargo", "title" },
        { "Spanish", "Teléfono", "phone" },
        { "Spanish", "Ciudad", "city" },
        { "Spanish", "País", "country" },
        { "Italian", "Nome", "first_name" },
        { "Italian", "Cognome", "last_name" },
        { "Italian", "Azienda", "company" },
        { "Italian", "Ruolo", "title" },
        { "Italian", "Telefono", "phone" },
        { "Italian", "Città", "city" },
        { "Italian", "Nazione", "country" },
        { "Portuguese", "Sobrenome", "last_name" },
        { "Portuguese", "Telefone", "phone" },
        { "Portuguese", "Cidade", "city" },
        { "Portuguese", "Cargo", "title" },
        { "Dutch", "Voornaam", "first_name" },
        { "Dutch", "Achternaam", "last_name" },
        { "Dutch", "E-mailadres", "email" },
        { "Dutch", "Bedrijf", "company" },
        { "Dutch", "Functie", "title" },
        { "Dutch", "Telefoonnummer", "phone" },
        { "Dutch", "Woonplaats", "city" },
        { "Polish", "Imię", "first_name" },
        { "Polish", "Nazwisko", "last_name" },
        { "Polish", "Adres e-mail", "email" },
        { "Polish", "Stanowisko", "title" },
        { "Polish", "Miasto", "city" },
        { "Polish", "Kraj", "country" },
        { "Russian", "Имя", "first_name" },
        { "Russian", "Фамилия", "last_name" },
        { "Russian", "Почта", "email" },
        { "Russian", "Компания", "company" },
        { "Russian", "Должность", "title" },
        { "Russian", "Телефон", "phone" },
        { "Russian", "Город", "city" },
        { "Russian", "Страна", "country" },
        { "Apollo", "First Name", "first_name" },
        { "Apollo", "Company Name for Emails", "company" },
        { "Apollo", "Person Linkedin Url", "linkedin_url" },
        { "Apollo", "First Phone", "phone" },
        { "Apollo", "Industry", "business_domain" },
        { "Apollo", "Company City", "" },
        { "Apollo", "Company Country", "" },
        { "Apollo", "Email Status", "" },
        { "Sales Navigator", "Current Job Title", "title" },
        { "Sales Navigator", "Current Company", "company" },
        { "Evaboot", "LinkedIn Profile URL", "linkedin_url" },
        { "Evaboot", "Company Website", "website" },
        { "Clay", "Full Name", "" },
        { "Clay", "Company Domain", "website" },
        { "Clay", "LinkedIn Profile", "linkedin_url" },
        { "HubSpot", "Phone Number", "phone" },
        { "HubSpot", "Country/Region", "country" },
        { "HubSpot", "Website URL", "website" },
        { "HubSpot", "Lifecycle Stage", "" },
        { "Pipedrive", "Person - First name", "first_name" },
        { "Pipedrive", "Person - Email", "email" },
        { "Pipedrive", "Organization - Name", "company" },
        { "Pipedrive", "Person - Job title", "title" },
        { "Lemlist", "firstName", "first_name" },
        { "Lemlist", "companyName", "company" },
        { "Lemlist", "linkedinUrl", "linkedin_url" },
        { "Instantly", "company_name", "company" },
        { "Instantly", "personalization", "" },
        { "Google Contacts", "Given Name", "first_name" },
        { "Google Contacts", "Family Name", "last_name" },
        { "Google Contacts", "E-mail 1 - Value", "email" },
        { "Google Contacts", "Phone 1 - Value", "phone" },
        { "Google Contacts", "Organization 1 - Name", "company" },
        { "Google Contacts", "Organization 1 - Title", "title" },
        { "Outlook", "E-mail Address", "email" },
        { "Outlook", "Business Phone", "phone" },
        { "Outlook", "Business City", "city" },
        { "Outlook", "Business Country/Region", "country" },
        { "Outlook", "Web Page", "website" },
        { "Outlook", "Job Title", "title" },
    };
    for (const auto& row : rows)
        QTest::addRow("%s: %s", row[0], row[1]) << QString::fromUtf8(row[1]) << QString::fromLatin1(row[2]);
}

void TestFieldCatalog::headers()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(FieldCatalog::fieldForHeader(header), field);
}

void TestFieldCatalog::fullNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::newRow("two words") << "Full Name"
                               << "Ana Lima"
                               << "Ana"
                               << "Lima";
    QTest::newRow("particle kept") << "Name"
                                   << "Mary van der Berg"
                                   << "Mary"
                                   << "van der Berg";
    QTest::newRow("comma: family first") << "Name"
                                         << "Doe, John"
                                         << "John"
                                         << "Doe";
    QTest::newRow("one word") << "Contact Name"
                              << "Cher"
                              << "Cher"
                              << "";
    QTest::newRow("spaces trimmed") << "Vollständiger Name"
                                    << "  Jürgen   Weiß "
                                    << "Jürgen"
                                    << "Weiß";
    QTest::newRow("ФИО: family first") << "ФИО"
                                       << "Иванов Иван Иванович"
                                       << "Иван Иванович"
                                       << "Иванов";
    QTest::newRow("Pipedrive") << "Person - Name"
                               << "Li Wei"
                               << "Li"
                               << "Wei";
    QTest::newRow("not a full name") << "Company Name"
                                     << ""
                                     << ""
                                     << "";
}

void TestFieldCatalog::fullNames()
{
    QFETCH(QString, header);
    QFETCH(QString, name);
    QFETCH(QString, given);
    QFETCH(QString, family);
    const FieldCatalog::NameOrder order = FieldCatalog::fullNameHeader(header);
    QCOMPARE(order == FieldCatalog::NameOrder::None, name.isEmpty());
    if (name.isEmpty())
        return;
    const auto [first, last] = FieldCatalog::splitFullName(name, order);
    QCOMPARE(first, given);
    QCOMPARE(last, family);
}

void TestFieldCatalog::personNamesOrBusinesses_data()
{
    QTest::addColumn<QString>("values"); // separated by |
    QTest::addColumn<bool>("people");
    QTest::newRow("people") << "Ana Lima|Mary van der Berg|Doe, John||Иванов Иван Иванович" << true;
    QTest::newRow("businesses from a maps scraper")
        << "Acme Bakery GmbH|Joe's Pizza & Grill|Studio 54|Blue Fox LLC" << false;
    QTest::newRow("mostly people") << "Ana Lima|Bo Chen|Cy Ode|Di Ray|Acme Inc." << true;
    QTest::newRow("company forms in other languages") << "ООО Ромашка|Rossi S.p.A|Dupont SARL" << false;
    QTest::newRow("nothing") << "||" << false;
}

void TestFieldCatalog::personNamesOrBusinesses()
{
    QFETCH(QString, values);
    QFETCH(bool, people);
    QCOMPARE(ImportPlan::looksLikePersonNames(values.split(u'|')), people);
}

void TestFieldCatalog::valuesGuessAField_data()
{
    QTest::addColumn<QString>("values"); // separated by |
    QTest::addColumn<QString>("field");
    QTest::newRow("emails") << "ana@x.com||bo@y.co.uk|c.d@e-f.de"
                            << "email";
    QTest::newRow("mostly emails") << "a@x.com|b@x.com|c@x.com|d@x.com|n/a"
                                   << "email";
    QTest::newRow("half emails") << "a@x.com|b@x.com|n/a|none"
                                 << "";
    QTest::newRow("linkedin") << "https://www.linkedin.com/in/ana|linkedin.com/in/bo"
                              << "linkedin_url";
    QTest::newRow("websites") << "https://acme.com|www.beta.io|gamma.co.uk/about"
                              << "website";
    QTest::newRow("phones") << "+49 30 1234567|(415) 555-0100|0171 2345678"
                            << "phone";
    QTest::newRow("dates are not phones") << "2024-01-15|2024-02-03"
                                          << "";
    QTest::newRow("revenues are not phones") << "15000000|2300000"
                                             << "";
    QTest::newRow("zip codes are not phones") << "10115|80331"
                                              << "";
    QTest::newRow("one value is not enough") << "ana@x.com|"
                                             << "";
    QTest::newRow("names") << "Ana Lima|Bo Chen"
                           << "";
}

void TestFieldCatalog::valuesGuessAField()
{
    QFETCH(QString, values);
    QFETCH(QString, field);
    QCOMPARE(ImportPlan::guessField(values.split(u'|')), field);
}

QTEST_GUILESS_MAIN(TestFieldCatalog)
#include "tst_fieldcatalog.moc"
