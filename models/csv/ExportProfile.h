#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QLocale;

namespace LeadSync {

// Where an exported file goes, and how that place wants it written. A spreadsheet (Excel, Google
// Sheets) evaluates formulas, so their profiles escape them; a CRM or a sending tool is not a
// spreadsheet and would import the apostrophe as part of the value, so theirs do not, and they name
// the built-in fields as their own import maps them without asking.
struct ExportProfile
{
    QString id; // "csv", "excel", "sheets", "hubspot", "salesforce", "pipedrive", "apollo", "instantly",
                // "lemlist"
    bool bom = false; // a UTF-8 byte-order mark (Excel needs it to read UTF-8)
    bool formulaEscape = true;
    // The field delimiter; Excel's follows the system's list separator, a semicolon where the decimal
    // separator is a comma (German, French, Russian... systems): see delimiterFor().
    bool localeDelimiter = false;
    QHash<QString, QString> headers; // built-in field (SQL name) -> the header the destination knows

    QString title() const; // translated, for the export dialog
    char delimiterFor(const QLocale& locale) const;

    static const QList<ExportProfile>& all();
    // The profile with that id; the plain CSV profile for an unknown id.
    static const ExportProfile& byId(QStringView id);
};

} // namespace LeadSync
