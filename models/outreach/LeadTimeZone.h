#pragma once

#include <QString>
#include <QTimeZone>

namespace LeadSync {

// The zone a lead's sending window is counted in: its time_zone field when that names a zone
// ("Europe/Berlin"), else its country when every zone of that country keeps the same clock (Germany,
// France, Sweden; not the United States or Spain), else fallback (the mailbox's). The country may be
// an ISO code ("DE"), its English name ("Germany") or its name in its own language ("Deutschland").
QTimeZone leadTimeZone(const QString& timeZoneField, const QString& country, const QTimeZone& fallback);

} // namespace LeadSync
