#pragma once

#include <QString>
#include <QStringView>

#include <utility>

namespace LeadSync::FieldCatalog {

// Folds a header or column name for matching: case-folded, letters and digits only,
// so "E-mail Address", "email_address" and "EMAIL ADDRESS" are all "emailaddress".
QString normalise(QStringView name);

// The built-in field (its SQL name, such as "email") that a CSV header means, by name and by the
// aliases real exports use (Apollo, Sales Navigator, HubSpot, Excel templates); empty if none.
QString fieldForHeader(QStringView header);

// Whether a header names a person's full name ("Name", "Full name", "Vollständiger Name", "ФИО"), and
// in which order such names are written: a Russian ФИО puts the family name first.
enum class NameOrder { None, GivenFirst, FamilyFirst };
NameOrder fullNameHeader(QStringView header);

// A full name's given and family names: "Doe, John" is family name first whatever the order; else
// the first word is the given name (GivenFirst: "Mary van der Berg") or the family name (FamilyFirst:
// "Иванов Иван Иванович" gives "Иван Иванович"). Nothing is dropped.
std::pair<QString, QString> splitFullName(QStringView name, NameOrder order);

} // namespace LeadSync::FieldCatalog
