#pragma once

#include "LeadFilter.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadSync {

// What the lead table shows: which leads (conditions AND search) in which order.
struct LeadQuery
{
    QList<LeadCondition> conditions;
    QString searchText;
    QString sortColumn = QStringLiteral("id"); // an SQL name
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool operator==(const LeadQuery&) const = default;
};

// One loaded row of the lead table: the lead's id and its values in column order.
struct LeadRow
{
    qint64 id = 0;
    QStringList values;
};

using LeadRows = QList<LeadRow>;

} // namespace LeadSync

Q_DECLARE_METATYPE(LeadSync::LeadQuery)
Q_DECLARE_METATYPE(LeadSync::LeadRows)
