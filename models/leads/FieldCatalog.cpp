#include "FieldCatalog.h"

#include <QHash>

namespace LeadSync::FieldCatalog {

namespace {

struct Alias
{
    const char* field;
    const char* normalisedHeader;
};

// Normalised header -> field. Collected from the exports consultants use daily: Apollo
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
};

const QHash<QString, QString>& aliasTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const Alias& alias : kAliases)
            result.insert(QString::fromLatin1(alias.normalisedHeader), QString::fromLatin1(alias.field));
        return result;
    }();
    return table;
}

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

} // namespace LeadSync::FieldCatalog
