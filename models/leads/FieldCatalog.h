#pragma once

#include <QString>
#include <QStringView>

namespace LeadSync::FieldCatalog {

// Folds a header or column name for matching: case-folded, letters and digits only,
// so "E-mail Address", "email_address" and "EMAIL ADDRESS" are all "emailaddress".
QString normalise(QStringView name);

// The built-in field (its SQL name, such as "email") that a CSV header means, by name and by the
// aliases real exports use (Apollo, Sales Navigator, HubSpot, Excel templates); empty if none.
QString fieldForHeader(QStringView header);

} // namespace LeadSync::FieldCatalog
