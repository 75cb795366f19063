#pragma once

#include "leads/Column.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace LeadSync {

class Workspace;

// A lead as scripts and the local API read it (`leadsync-cli lead show`, GET /leads/{id}): its fields
// (built-in by SQL name, custom columns by display name), its activity, its messages and its history.
namespace LeadRecord {

// {"lead": {...}, "messages": [...], "events": [...]}; nullopt when there is no such lead.
std::optional<QJsonObject> full(Workspace& workspace, qint64 leadId);
// The lead's fields with its id and activity (messages_sent, replies); nullopt when there is none.
std::optional<QJsonObject> fields(Workspace& workspace, qint64 leadId);
// The same with the workspace's columns as the caller read them (ColumnStore::list()).
std::optional<QJsonObject> fields(Workspace& workspace, qint64 leadId, ColumnList columns);

// An ISO 8601 UTC time, or null for an invalid time or a NULL epoch milliseconds.
QJsonValue isoOrNull(const QDateTime& at);
QJsonValue isoOrNull(const QVariant& ms);

} // namespace LeadRecord

} // namespace LeadSync
