#pragma once

#include "Column.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

// One "COLUMN OPERATOR VALUE" condition on leads, as typed in the CLI's --where or built by the GUI's
// filter bar. Operators: = (alias "is"), != (alias "is not"), contains, "is empty", "is not empty",
// <, >, <=, >= (numeric when the value is a number, else text order).
// Text comparisons ignore ASCII case, as a user filtering "country = germany" expects.
struct LeadCondition
{
    enum class Op {
        Equals,
        NotEquals,
        Contains,
        IsEmpty,
        IsNotEmpty,
        Less,
        Greater,
        LessOrEqual,
        GreaterOrEqual
    };

    QString sqlName;
    Op op = Op::Equals;
    QString value;

    // Throws Error naming the condition when it cannot be read or names an unknown column.
    static LeadCondition parse(const QString& text, const ColumnList& columns);
    // The operator as the CLI writes it (=, !=, contains, is empty, ...), and back; an unknown text
    // gives nullopt.
    static QString operatorText(Op op);
    static std::optional<Op> operatorFromText(const QString& text);
};

// A WHERE clause (without the keyword; "1" when empty) and its positional parameters.
struct LeadFilter
{
    QByteArray sql = "1";
    QList<QByteArray> parameters;

    // All conditions AND the full-text search (prefix match of every word) when searchText is set.
    static LeadFilter build(const QList<LeadCondition>& conditions, const QString& searchText = {});
    // The ids of the leads that match, in id order. The search reads the full-text index as it is: a
    // writer catches it up first (SearchIndex::catchUp) when leads may have been added unindexed.
    static QList<qint64> matchingIds(
        Workspace& workspace, const QList<LeadCondition>& conditions, const QString& searchText);
};

} // namespace LeadSync
