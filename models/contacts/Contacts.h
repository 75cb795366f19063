#pragma once

#include "leads/LeadEdit.h"

#include <QCoreApplication>
#include <QString>

namespace LeadSync {

// Contacts normalised the same way on every way in (the local API, a form webhook, the cleanup of a
// column): phones to E.164 with libphonenumber, Telegram usernames to the bare name. A value that
// cannot be read is kept as it was and flagged, never dropped (decision 0017).
class Contacts final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::Contacts)

public:
    struct Result
    {
        QString value; // normalised; the original when it could not be
        QString problem; // empty when normalised (or empty to begin with)
    };

    // A phone number to E.164 ("+4930123456"). A number without its country code is read in the
    // lead's country (a name in English or its own language, or an ISO code: "Germany",
    // "Deutschland", "DE"), else in defaultRegion (an ISO code); it must be a valid number there.
    static Result phone(const QString& raw, const QString& country, const QString& defaultRegion);
    // A Telegram username from "@name", "t.me/name", "https://t.me/name", "tg://resolve?domain=name" or
    // "name": 5 to 32 letters, digits and underscores, starting with a letter.
    static Result telegram(const QString& raw);
    // The ISO 3166 code of a country as leads write it; empty when unknown.
    static QString regionOf(const QString& country);
    // Whether a default region is an ISO code libphonenumber knows ("DE").
    static bool isRegion(const QString& code);

    enum class Channel { Phone, Telegram };
    // "phone" or "telegram": the tag of a channel's entry in contact_check.
    static QString channelName(Channel channel);
    // A lead's contact_check once a channel was checked again: that channel's earlier entry ("phone:
    // ...") replaced by the new problem, or removed when there is none. Entries are joined by "; ".
    static QString checkAfter(const QString& check, Channel channel, const QString& problem);

    // One lead as a cleanup reads it.
    struct Row
    {
        qint64 leadId = 0;
        QString value; // the channel's column
        QString country;
        QString check; // contact_check
    };
    // The edits that normalise a channel kept in column sqlName (phone, telegram, or a custom column)
    // for these leads, with their contact_check; for the table's undoable action and the CLI alike.
    // flagged, when given, receives how many of the values could not be read.
    static LeadEdits cleanupEdits(Channel channel, const QString& sqlName, const QList<Row>& rows,
        const QString& defaultRegion, qint64* flagged = nullptr);

    // The workspace meta key of the default region the user set.
    static QString defaultRegionKey() { return QStringLiteral("contacts.default_region"); }
};

} // namespace LeadSync
