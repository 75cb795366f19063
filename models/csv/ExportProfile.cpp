#include "ExportProfile.h"

#include <QCoreApplication>
#include <QLocale>

namespace LeadSync {

namespace {

using Headers = QHash<QString, QString>;

// Each tool's field names, from its import documentation and its own exports (which its import maps
// back without a question): HubSpot's contact properties, Salesforce's Lead fields, Pipedrive's
// "Person -" / "Organization -" labels, Apollo's contact export, Instantly's and lemlist's lead upload.
Headers headers(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    Headers result;
    for (const auto& [field, header] : pairs)
        result.insert(QString::fromLatin1(field), QString::fromUtf8(header));
    return result;
}

QList<ExportProfile> makeProfiles()
{
    return {
        { QStringLiteral("csv"), false, true, false, {} },
        { QStringLiteral("excel"), true, true, true, {} },
        { QStringLiteral("sheets"), false, true, false, {} },
        { QStringLiteral("hubspot"), false, false, false,
            headers({ { "first_name", "First Name" }, { "last_name", "Last Name" }, { "email", "Email" },
                { "phone", "Phone Number" }, { "company", "Company Name" }, { "title", "Job Title" },
                { "website", "Website URL" }, { "linkedin_url", "LinkedIn URL" }, { "city", "City" },
                { "country", "Country/Region" }, { "business_domain", "Industry" },
                { "stage", "Lifecycle Stage" } }) },
        { QStringLiteral("salesforce"), false, false, false,
            headers({ { "first_name", "First Name" }, { "last_name", "Last Name" }, { "email", "Email" },
                { "phone", "Phone" }, { "company", "Company" }, { "title", "Title" },
                { "website", "Website" }, { "city", "City" }, { "country", "Country" },
                { "notes", "Description" }, { "source", "Lead Source" }, { "business_domain", "Industry" },
                { "stage", "Lead Status" } }) },
        { QStringLiteral("pipedrive"), false, false, false,
            headers({ { "first_name", "Person - First name" }, { "last_name", "Person - Last name" },
                { "email", "Person - Email" }, { "phone", "Person - Phone" },
                { "company", "Organization - Name" }, { "title", "Person - Job title" },
                { "website", "Organization - Website" }, { "linkedin_url", "Person - LinkedIn" },
                { "notes", "Note - Content" } }) },
        { QStringLiteral("apollo"), false, false, false,
            headers({ { "first_name", "First Name" }, { "last_name", "Last Name" }, { "email", "Email" },
                { "phone", "Corporate Phone" }, { "company", "Company" }, { "title", "Title" },
                { "website", "Website" }, { "linkedin_url", "Person Linkedin Url" }, { "city", "City" },
                { "country", "Country" }, { "business_domain", "Industry" } }) },
        { QStringLiteral("instantly"), false, false, false,
            headers({ { "first_name", "First Name" }, { "last_name", "Last Name" }, { "email", "Email" },
                { "phone", "Phone" }, { "company", "Company Name" }, { "title", "Job Title" },
                { "website", "Website" }, { "linkedin_url", "LinkedIn" } }) },
        { QStringLiteral("lemlist"), false, false, false,
            headers({ { "first_name", "firstName" }, { "last_name", "lastName" }, { "email", "email" },
                { "phone", "phone" }, { "company", "companyName" }, { "title", "jobTitle" },
                { "website", "companyDomain" }, { "linkedin_url", "linkedinUrl" } }) },
    };
}

} // namespace

QString ExportProfile::title() const
{
    static const QHash<QString, const char*> titles = {
        { QStringLiteral("csv"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Plain CSV (UTF-8)") },
        { QStringLiteral("excel"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Microsoft Excel") },
        { QStringLiteral("sheets"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Google Sheets") },
        { QStringLiteral("hubspot"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "HubSpot") },
        { QStringLiteral("salesforce"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Salesforce") },
        { QStringLiteral("pipedrive"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Pipedrive") },
        { QStringLiteral("apollo"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Apollo") },
        { QStringLiteral("instantly"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "Instantly") },
        { QStringLiteral("lemlist"), QT_TRANSLATE_NOOP("LeadSync::ExportProfile", "lemlist") },
    };
    return QCoreApplication::translate("LeadSync::ExportProfile", titles.value(id));
}

char ExportProfile::delimiterFor(const QLocale& locale) const
{
    return localeDelimiter && locale.decimalPoint() == u"," ? ';' : ',';
}

const QList<ExportProfile>& ExportProfile::all()
{
    static const QList<ExportProfile> profiles = makeProfiles();
    return profiles;
}

const ExportProfile& ExportProfile::byId(QStringView id)
{
    for (const ExportProfile& profile : all()) {
        if (profile.id == id)
            return profile;
    }
    return all().first();
}

} // namespace LeadSync
