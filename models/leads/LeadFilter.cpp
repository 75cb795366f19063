#include "LeadFilter.h"

#include "Error.h"
#include "SearchIndex.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LeadSync {

namespace {

// Each operator with its canonical text first, then the other spellings parse() accepts.
const std::pair<LeadCondition::Op, QList<const char*>> kOperators[] = {
    { LeadCondition::Op::Equals, { "=", "==", "is" } },
    { LeadCondition::Op::NotEquals, { "!=", "<>", "is not" } },
    { LeadCondition::Op::Contains, { "contains", "~" } },
    { LeadCondition::Op::IsEmpty, { "is empty" } },
    { LeadCondition::Op::IsNotEmpty, { "is not empty" } },
    { LeadCondition::Op::Less, { "<" } },
    { LeadCondition::Op::Greater, { ">" } },
    { LeadCondition::Op::LessOrEqual, { "<=" } },
    { LeadCondition::Op::GreaterOrEqual, { ">=" } },
    { LeadCondition::Op::DoesNotContain, { "does not contain", "!~" } },
    { LeadCondition::Op::StartsWith, { "starts with" } },
    { LeadCondition::Op::EndsWith, { "ends with" } },
    { LeadCondition::Op::IsOneOf, { "is one of", "in" } },
};

// A condition on the campaigns column is a membership test, answered by the lead_campaigns index
// rather than by comparing the joined names: "campaigns = Q4" is true of a lead in Q4 and others.
// Returns false for the operators that compare the joined text instead (contains, < and >).
bool appendCampaignClause(const LeadCondition& condition, QByteArrayList& clauses, LeadFilter& filter)
{
    using Op = LeadCondition::Op;
    static const QByteArray members = "id IN (SELECT lc.lead_id FROM lead_campaigns lc JOIN campaigns c "
                                      "ON c.id = lc.campaign_id WHERE c.name = ?)";
    switch (condition.op) {
    case Op::IsOneOf: {
        const QStringList names = condition.values();
        QByteArrayList marks;
        for (const QString& name : names) {
            marks.append("?");
            filter.parameters.append(name.toUtf8());
        }
        clauses.append("id IN (SELECT lc.lead_id FROM lead_campaigns lc JOIN campaigns c ON c.id = "
                       "lc.campaign_id WHERE c.name IN ("
            + (marks.isEmpty() ? QByteArray("NULL") : marks.join(", ")) + "))");
        return true;
    }
    case Op::Equals:
        clauses.append(members);
        break;
    case Op::NotEquals:
        clauses.append("NOT " + members);
        break;
    case Op::IsEmpty:
        clauses.append("id NOT IN (SELECT lead_id FROM lead_campaigns)");
        return true;
    case Op::IsNotEmpty:
        clauses.append("id IN (SELECT lead_id FROM lead_campaigns)");
        return true;
    default:
        return false;
    }
    filter.parameters.append(condition.value.trimmed().toUtf8());
    return true;
}

} // namespace

QStringList LeadCondition::values() const
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size() && value[i + 1] == u',') {
            current += u',';
            ++i;
        } else if (value[i] == u',') {
            result.append(current.trimmed());
            current.clear();
        } else {
            current += value[i];
        }
    }
    result.append(current.trimmed());
    result.removeAll(QString());
    return result;
}

QString LeadCondition::joinValues(const QStringList& values)
{
    QStringList escaped;
    for (const QString& one : values)
        escaped.append(QString(one).replace(u',', QStringLiteral("\\,")));
    return escaped.join(QStringLiteral(", "));
}

QString LeadCondition::operatorText(Op op)
{
    for (const auto& [known, spellings] : kOperators) {
        if (known == op)
            return QString::fromLatin1(spellings.first());
    }
    Q_UNREACHABLE();
}

std::optional<LeadCondition::Op> LeadCondition::operatorFromText(const QString& text)
{
    const QString op = text.simplified().toLower();
    for (const auto& [known, spellings] : kOperators) {
        for (const char* spelling : spellings) {
            if (op == QLatin1String(spelling))
                return known;
        }
    }
    return std::nullopt;
}

LeadCondition LeadCondition::parse(const QString& text, const ColumnList& columns)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*(.+?)\s*(<=|>=|!=|<>|==|=|<|>|!~|~|\s(?:is\s+not\s+empty|is\s+empty|is\s+one\s+of|is\s+not|is|does\s+not\s+contain|contains|starts\s+with|ends\s+with|in)(?:\s|$))\s*(.*?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        throw Error(QCoreApplication::translate("LeadSync::LeadFilter",
            "Cannot read the condition \"%1\": write COLUMN OPERATOR VALUE, "
            "with an operator among = != < > <= >= contains, does not contain, starts with, ends with, is "
            "one of, "
            "is empty, is not empty.")
                        .arg(text));
    const Column* column = findColumn(columns, match.captured(1));
    if (!column)
        throw Error(QCoreApplication::translate(
            "LeadSync::LeadFilter", "The condition \"%1\" names no column \"%2\".")
                        .arg(text, match.captured(1)));
    // The pattern only matches known operators.
    LeadCondition condition { column->sqlName, *operatorFromText(match.captured(2)), match.captured(3) };
    if ((condition.op == Op::IsEmpty || condition.op == Op::IsNotEmpty) && !condition.value.isEmpty())
        throw Error(
            QCoreApplication::translate("LeadSync::LeadFilter", "The condition \"%1\" takes no value.")
                .arg(text));
    return condition;
}

QList<LeadCondition> LeadCondition::parseAny(const QString& text, const ColumnList& columns)
{
    QList<LeadCondition> group;
    for (const QString& part : text.split(QStringLiteral(" OR "))) {
        LeadCondition condition = parse(part, columns);
        condition.orWithPrevious = !group.isEmpty();
        group.append(condition);
    }
    return group;
}

LeadFilter LeadFilter::build(const QList<LeadCondition>& conditions, const QString& searchText)
{
    using Op = LeadCondition::Op;
    QByteArrayList clauses;
    LeadFilter filter;
    // Each condition's clause, then its group's: conditions marked orWithPrevious join the one
    // before. The parameters are in the order of the clauses, which grouping keeps.
    QList<bool> joinsPrevious;
    for (const LeadCondition& condition : conditions) {
        joinsPrevious.append(condition.orWithPrevious && !joinsPrevious.isEmpty());
        if (condition.sqlName == campaignsColumn().sqlName
            && appendCampaignClause(condition, clauses, filter)) {
            filter.readsOtherTables = true;
            continue;
        }
        // Column names come from the columns table (built-in names or generated c<id>), never from user text.
        const QByteArray column = selectExpression(condition.sqlName);
        bool isNumber = false;
        condition.value.toDouble(&isNumber);
        const QByteArray numeric = "(" + column + " <> '' AND CAST(" + column + " AS REAL) ";
        const QByteArray text = "(CAST(COALESCE(" + column + ", '') AS TEXT) COLLATE NOCASE ";
        // A number compares as a number only against a REAL; bound as text it would sort after every number.
        const QByteArray operand = isNumber ? "CAST(? AS REAL))" : "?)";
        // "hours_since_reply > 24" holds for a lead that never replied: no reply in the last 24 hours.
        const QByteArray never
            = isElapsedColumn(condition.sqlName) && isNumber ? "(" + column + " = '' OR " : QByteArray();
        switch (condition.op) {
        case Op::Equals:
            clauses.append(text + "= ?)");
            break;
        case Op::NotEquals:
            clauses.append(text + "<> ?)");
            break;
        case Op::Contains:
            clauses.append("(instr(lower(COALESCE(" + column + ", '')), lower(?)) > 0)");
            break;
        case Op::DoesNotContain:
            clauses.append("(instr(lower(COALESCE(" + column + ", '')), lower(?)) = 0)");
            break;
        case Op::StartsWith:
            // The value is bound once per mark (the statement's other marks are positional).
            clauses.append(
                "(substr(lower(COALESCE(" + column + ", '')), 1, length(CAST(? AS TEXT))) = lower(?))");
            filter.parameters.append(condition.value.toUtf8());
            break;
        case Op::EndsWith:
            // substr(x, -0) would be the whole text: an empty suffix ends every value.
            clauses.append("(length(CAST(? AS TEXT)) = 0 OR substr(lower(COALESCE(" + column
                + ", '')), -length(CAST(? AS TEXT))) = lower(?))");
            filter.parameters.append(condition.value.toUtf8());
            filter.parameters.append(condition.value.toUtf8());
            break;
        case Op::IsOneOf: {
            QByteArrayList marks;
            for (const QString& one : condition.values()) {
                marks.append("?");
                filter.parameters.append(one.toUtf8());
            }
            clauses.append(text + "IN (" + (marks.isEmpty() ? QByteArray("NULL") : marks.join(", ")) + "))");
            continue;
        }
        case Op::IsEmpty:
            clauses.append("(COALESCE(" + column + ", '') = '')");
            continue;
        case Op::IsNotEmpty:
            clauses.append("(COALESCE(" + column + ", '') <> '')");
            continue;
        case Op::Less:
            clauses.append((isNumber ? numeric : text) + "< " + operand);
            break;
        case Op::Greater:
            clauses.append(
                never + (isNumber ? numeric : text) + "> " + operand + (never.isEmpty() ? "" : ")"));
            break;
        case Op::LessOrEqual:
            clauses.append((isNumber ? numeric : text) + "<= " + operand);
            break;
        case Op::GreaterOrEqual:
            clauses.append(
                never + (isNumber ? numeric : text) + ">= " + operand + (never.isEmpty() ? "" : ")"));
            break;
        }
        filter.parameters.append(condition.value.toUtf8());
    }
    QByteArrayList groups;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        if (joinsPrevious[i])
            groups.last() += " OR " + clauses[i];
        else
            groups.append(clauses[i]);
    }
    for (QByteArray& group : groups)
        group = "(" + group + ")";
    if (!searchText.trimmed().isEmpty()) {
        groups.append(QByteArray("id IN (") + SearchIndex::matchingRowidsSql() + ")");
        for (int i = 0; i < SearchIndex::kTextParameters; ++i)
            filter.parameters.append(searchText.toUtf8());
        filter.readsOtherTables = true;
    }
    if (!groups.isEmpty())
        filter.sql = groups.join(" AND ");
    return filter;
}

QList<qint64> LeadFilter::matchingIds(
    Workspace& workspace, const QList<LeadCondition>& conditions, const QString& searchText)
{
    const LeadFilter filter = build(conditions, searchText);
    SqliteStatement select(
        workspace.handle(), QByteArray("SELECT id FROM leads WHERE (" + filter.sql + ") ORDER BY id"));
    for (int i = 0; i < filter.parameters.size(); ++i)
        select.bindText(i + 1, filter.parameters[i]);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.columnInt(0));
    return ids;
}

} // namespace LeadSync
