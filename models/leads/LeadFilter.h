#pragma once

#include "Column.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadSync {

class Workspace;

// One "COLUMN OPERATOR VALUE" condition on leads, as typed in the CLI's --where or built by the GUI's
// filter bar. Operators: = (alias "is"), != (alias "is not"), contains, "does not contain",
// "starts with", "ends with", "is one of" (values separated by commas, a comma in a value written
// "\,"), "is empty", "is not empty", <, >, <=, >= (numeric when the value is a number, else text
// order). Text comparisons ignore ASCII case, as a user filtering "country = germany" expects.
//
// Conditions are met all together, except that a condition marked orWithPrevious joins the one
// before it in a group of which any one is enough: "country is Germany, or country is Austria, and
// title contains CEO" is (Germany OR Austria) AND CEO.
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
        GreaterOrEqual,
        DoesNotContain,
        StartsWith,
        EndsWith,
        IsOneOf,
    };

    LeadCondition() = default;
    LeadCondition(QString column, Op oper, QString text, bool orPrevious = false)
        : sqlName(std::move(column))
        , op(oper)
        , value(std::move(text))
        , orWithPrevious(orPrevious)
    { }

    QString sqlName;
    Op op = Op::Equals;
    QString value;
    bool orWithPrevious = false;

    bool operator==(const LeadCondition&) const = default;

    // IsOneOf's values (split at unescaped commas, trimmed, empty ones left out), and back.
    QStringList values() const;
    static QString joinValues(const QStringList& values);

    // Throws Error naming the condition when it cannot be read or names an unknown column.
    static LeadCondition parse(const QString& text, const ColumnList& columns);
    // Conditions joined by " OR " (upper case, between spaces) as one group: the CLI's --where.
    static QList<LeadCondition> parseAny(const QString& text, const ColumnList& columns);
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
    // Whether sql holds a subquery on another table (campaigns, the search), which SQLite builds again
    // each time a statement runs: a statement run once per chunk of leads would repeat it.
    bool readsOtherTables = false;

    // All conditions AND the full-text search (prefix match of every word) when searchText is set.
    static LeadFilter build(const QList<LeadCondition>& conditions, const QString& searchText = {});
    // The ids of the leads that match, in id order. The search reads the full-text index as it is: a
    // writer catches it up first (SearchIndex::catchUp) when leads may have been added unindexed.
    static QList<qint64> matchingIds(
        Workspace& workspace, const QList<LeadCondition>& conditions, const QString& searchText);
};

} // namespace LeadSync
