#include "ValueCounts.h"

#include "Column.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

namespace LeadSync {

ValueCounts ValueCounts::top(Workspace& workspace, const QString& sqlName)
{
    ValueCounts result;
    if (sqlName == campaignsColumn().sqlName) {
        SqliteStatement select(workspace.handle(),
            "SELECT c.name, count(lc.lead_id) FROM campaigns c LEFT JOIN lead_campaigns lc ON lc.campaign_id "
            "= "
            "c.id GROUP BY c.id ORDER BY count(lc.lead_id) DESC, c.name COLLATE NOCASE LIMIT ?1");
        select.bindInt(1, kMaxValues);
        while (select.step())
            result.entries.append({ QString::fromUtf8(select.columnText(0)), select.columnInt(1) });
        return result;
    }
    // selectExpression() checks the name: only the columns of leads, never text from outside.
    const QByteArray column = selectExpression(sqlName);
    SqliteStatement total(workspace.handle(), "SELECT count(*) > ?1 FROM (SELECT 1 FROM leads LIMIT ?1 + 1)");
    total.bindInt(1, kScanLimit);
    total.step();
    result.exact = total.columnInt(0) == 0;
    // Values that differ only in case are one (a filter ignores case), shown in one of their spellings.
    SqliteStatement select(workspace.handle(),
        QByteArray("SELECT v, count(*) FROM (SELECT CAST(" + column
            + " AS TEXT) AS v FROM leads LIMIT ?1) WHERE v <> '' GROUP BY v COLLATE NOCASE ORDER BY count(*) "
              "DESC, v COLLATE NOCASE LIMIT ?2"));
    select.bindInt(1, kScanLimit);
    select.bindInt(2, kMaxValues);
    while (select.step())
        result.entries.append({ QString::fromUtf8(select.columnText(0)), select.columnInt(1) });
    return result;
}

} // namespace LeadSync
