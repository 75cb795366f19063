#include "FieldCatalog.h"

#include <QHash>

namespace LeadSync::FieldCatalog {

namespace {

struct Alias
{
    const char* field;
    const char* header; // as files write it (UTF-8); normalised when the table is made
};

// Header -> field. Collected from the exports consultants use daily: Apollo
// ("Person Linkedin Url", "Company Name for Emails"), Sales Navigator, HubSpot, Hunter, Excel templates.
constexpr Alias kAliases[] = {
    { "first_name", "firstname" },
    { "first_name", "first" },
    { "first_name", "givenname" },
    { "first_name", "forename" },
    { "first_name", "fname" },
    { "first_name", "contactfirstname" },
    { "last_name", "lastname" },
    { "last_name", "last" },
    { "last_name", "surname" },
    { "last_name", "familyname" },
    { "last_name", "lname" },
    { "last_name", "contactlastname" },
    { "email", "email" },
    { "email", "emailaddress" },
    { "email", "workemail" },
    { "email", "businessemail" },
    { "email", "mail" },
    { "email", "primaryemail" },
    { "email", "contactemail" },
    { "email", "emails" },
    { "phone", "phone" },
    { "phone", "phonenumber" },
    { "phone", "telephone" },
    { "phone", "tel" },
    { "phone", "mobile" },
    { "phone", "mobilephone" },
    { "phone", "workphone" },
    { "phone", "directphone" },
    { "phone", "corporatephone" },
    { "phone", "cellphone" },
    { "company", "company" },
    { "company", "companyname" },
    { "company", "organization" },
    { "company", "organisation" },
    { "company", "organizationname" },
    { "company", "organisationname" },
    { "company", "account" },
    { "company", "accountname" },
    { "company", "employer" },
    { "company", "currentcompany" },
    { "company", "companynameforemails" },
    { "title", "title" },
    { "title", "jobtitle" },
    { "title", "position" },
    { "title", "role" },
    { "title", "designation" },
    { "title", "currenttitle" },
    { "website", "website" },
    { "website", "websiteurl" },
    { "website", "companywebsite" },
    { "website", "companyurl" },
    { "website", "url" },
    { "website", "homepage" },
    { "website", "web" },
    { "linkedin_url", "linkedinurl" },
    { "linkedin_url", "linkedin" },
    { "linkedin_url", "personlinkedinurl" },
    { "linkedin_url", "linkedinprofile" },
    { "linkedin_url", "linkedinprofileurl" },
    { "linkedin_url", "profileurl" },
    { "city", "city" },
    { "city", "town" },
    { "city", "locality" },
    { "city", "personcity" },
    { "country", "country" },
    { "country", "countryname" },
    { "country", "personcountry" },
    { "notes", "notes" },
    { "notes", "note" },
    { "notes", "comments" },
    { "notes", "comment" },
    { "notes", "description" },
    { "business_domain", "businessdomain" },
    { "business_domain", "industry" },
    { "business_domain", "companyindustry" },
    { "business_domain", "sector" },
    { "business_domain", "vertical" },
    { "business_domain", "lineofbusiness" },
    { "source", "source" },
    { "source", "leadsource" },
    { "telegram", "telegram" },
    { "telegram", "telegramusername" },
    { "telegram", "tg" },
    { "telegram", "telegramhandle" },
    { "contact_check", "contactcheck" },
    // The pipeline's own columns, by the names LeadSync exports them under (see Importer).
    { "stage", "stage" },
    { "score", "score" },
    { "recommendation", "recommendation" },
    { "score_reason", "scorereason" },

    // The languages consultants' files come in (headers as written; normalised when the table is made).
    // German
    { "first_name", "Vorname" },
    { "last_name", "Nachname" },
    { "last_name", "Familienname" },
    { "email", "E-Mail-Adresse" },
    { "email", "E-Mail" },
    { "company", "Firma" },
    { "company", "Unternehmen" },
    { "company", "Firmenname" },
    { "title", "Berufsbezeichnung" },
    { "title", "Titel" },
    { "phone", "Telefon" },
    { "phone", "Telefonnummer" },
    { "phone", "Mobil" },
    { "phone", "Handy" },
    { "city", "Stadt" },
    { "city", "Ort" },
    { "country", "Land" },
    { "website", "Webseite" },
    { "notes", "Notizen" },
    { "notes", "Bemerkungen" },
    { "business_domain", "Branche" },
    // French
    { "first_name", "Prénom" },
    { "last_name", "Nom" },
    { "last_name", "Nom de famille" },
    { "email", "Adresse e-mail" },
    { "email", "Courriel" },
    { "company", "Entreprise" },
    { "company", "Société" },
    { "title", "Poste" },
    { "title", "Fonction" },
    { "title", "Titre" },
    { "phone", "Téléphone" },
    { "phone", "Portable" },
    { "city", "Ville" },
    { "country", "Pays" },
    { "website", "Site web" },
    { "notes", "Remarques" },
    { "business_domain", "Secteur" },
    { "business_domain", "Secteur d'activité" },
    // Spanish
    { "first_name", "Nombre" },
    { "last_name", "Apellido" },
    { "last_name", "Apellidos" },
    { "email", "Correo" },
    { "email", "Correo electrónico" },
    { "company", "Empresa" },
    { "company", "Compañía" },
    { "title", "Cargo" },
    { "title", "Puesto" },
    { "phone", "Teléfono" },
    { "phone", "Móvil" },
    { "city", "Ciudad" },
    { "country", "País" },
    { "website", "Sitio web" },
    { "notes", "Notas" },
    { "business_domain", "Industria" },
    // Italian
    { "first_name", "Nome" },
    { "last_name", "Cognome" },
    { "email", "Posta elettronica" },
    { "email", "Indirizzo email" },
    { "company", "Azienda" },
    { "company", "Società" },
    { "title", "Ruolo" },
    { "title", "Posizione" },
    { "title", "Titolo" },
    { "phone", "Telefono" },
    { "phone", "Cellulare" },
    { "city", "Città" },
    { "country", "Nazione" },
    { "country", "Paese" },
    { "website", "Sito web" },
    { "notes", "Note" },
    { "business_domain", "Settore" },
    // Portuguese
    { "last_name", "Sobrenome" },
    { "last_name", "Apelido" },
    { "phone", "Telefone" },
    { "phone", "Celular" },
    { "city", "Cidade" },
    { "website", "Site" },
    { "business_domain", "Setor" },
    // Dutch
    { "first_name", "Voornaam" },
    { "last_name", "Achternaam" },
    { "email", "E-mailadres" },
    { "company", "Bedrijf" },
    { "company", "Bedrijfsnaam" },
    { "title", "Functie" },
    { "title", "Functietitel" },
    { "phone", "Telefoon" },
    { "phone", "Telefoonnummer" },
    { "city", "Plaats" },
    { "city", "Woonplaats" },
    { "notes", "Opmerkingen" },
    // Polish
    { "first_name", "Imię" },
    { "last_name", "Nazwisko" },
    { "email", "Adres e-mail" },
    { "title", "Stanowisko" },
    { "phone", "Numer telefonu" },
    { "city", "Miasto" },
    { "country", "Kraj" },
    { "website", "Strona www" },
    { "notes", "Uwagi" },
    { "business_domain", "Branża" },
    // Russian
    { "first_name", "Имя" },
    { "last_name", "Фамилия" },
    { "email", "Почта" },
    { "email", "Электронная почта" },
    { "email", "Эл. почта" },
    { "email", "E-mail адрес" },
    { "company", "Компания" },
    { "company", "Организация" },
    { "title", "Должность" },
    { "phone", "Телефон" },
    { "phone", "Мобильный" },
    { "city", "Город" },
    { "country", "Страна" },
    { "website", "Сайт" },
    { "notes", "Примечание" },
    { "notes", "Комментарий" },
    { "business_domain", "Отрасль" },
    { "business_domain", "Сфера деятельности" },
    { "telegram", "Телеграм" },

    // The exports consultants meet most, beyond the names above.
    // Apollo ("Company City" and "Company Country" are the company's, not the person's: no alias).
    { "phone", "First Phone" },
    { "phone", "Work Direct Phone" },
    { "business_domain", "Industry" },
    // Sales Navigator and Evaboot
    { "title", "Current Job Title" },
    { "company", "Current Company" },
    { "linkedin_url", "LinkedIn Profile URL" },
    { "linkedin_url", "Public LinkedIn URL" },
    { "website", "Company Website" },
    { "business_domain", "Company Industry" },
    // Clay
    { "linkedin_url", "LinkedIn Profile" },
    { "website", "Company Domain" },
    // HubSpot
    { "country", "Country/Region" },
    { "website", "Website URL" },
    // Pipedrive
    { "first_name", "Person - First name" },
    { "last_name", "Person - Last name" },
    { "email", "Person - Email" },
    { "phone", "Person - Phone" },
    { "title", "Person - Job title" },
    { "company", "Organization - Name" },
    { "company", "Person - Organization" },
    // Lemlist and Instantly (camelCase and snake_case of the same names)
    { "company", "companyName" },
    { "linkedin_url", "linkedinUrl" },
    // Google Contacts
    { "email", "E-mail 1 - Value" },
    { "phone", "Phone 1 - Value" },
    { "company", "Organization 1 - Name" },
    { "company", "Organization Name" },
    { "title", "Organization 1 - Title" },
    { "title", "Organization Title" },
    { "notes", "Notes" },
    // Outlook contacts
    { "phone", "Business Phone" },
    { "city", "Business City" },
    { "country", "Business Country/Region" },
    { "website", "Web Page" },
};

const QHash<QString, QString>& aliasTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const Alias& alias : kAliases)
            result.insert(normalise(QString::fromUtf8(alias.header)), QString::fromLatin1(alias.field));
        return result;
    }();
    return table;
}

// Full-name headers in the languages and exports above (normalised when the table is made).
constexpr const char* kFullNameHeaders[] = { "name", "fullname", "contactname", "personname", "leadname",
    "contactfullname", "displayname", "Person - Name", "Vollständiger Name", "Nom complet", "Nombre completo",
    "Nome completo", "Volledige naam", "Imię i nazwisko", "Полное имя", "Имя и фамилия" };
constexpr const char* kFamilyFirstHeaders[] = { "ФИО", "Фамилия Имя Отчество", "Фамилия, имя, отчество" };

} // namespace

QString normalise(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name.toString().toCaseFolded()) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

QString fieldForHeader(QStringView header)
{
    return aliasTable().value(normalise(header));
}

NameOrder fullNameHeader(QStringView header)
{
    static const auto table = [] {
        QHash<QString, NameOrder> result;
        for (const char* name : kFullNameHeaders)
            result.insert(normalise(QString::fromUtf8(name)), NameOrder::GivenFirst);
        for (const char* name : kFamilyFirstHeaders)
            result.insert(normalise(QString::fromUtf8(name)), NameOrder::FamilyFirst);
        return result;
    }();
    return table.value(normalise(header), NameOrder::None);
}

std::pair<QString, QString> splitFullName(QStringView name, NameOrder order)
{
    const QStringView trimmed = name.trimmed();
    if (const qsizetype comma = trimmed.indexOf(u','); comma >= 0)
        return { trimmed.mid(comma + 1).trimmed().toString(), trimmed.left(comma).trimmed().toString() };
    qsizetype space = 0;
    while (space < trimmed.size() && !trimmed[space].isSpace())
        ++space;
    const QString first = trimmed.left(space).toString();
    const QString rest = trimmed.mid(space).trimmed().toString();
    if (order == NameOrder::FamilyFirst)
        return { rest, first };
    return { first, rest };
}

} // namespace LeadSync::FieldCatalog
