#include "Exporter.h"

#include "CsvWriter.h"
#include "Error.h"
#include "ExportProfile.h"
#include "OutputFile.h"
#include "leads/ColumnStore.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace LeadSync {

void ExportPlan::apply(const ExportProfile& profile)
{
    bom = profile.bom;
    formulaEscape = profile.formulaEscape;
    delimiter = profile.delimiterFor(QLocale());
    headers = profile.headers;
}

Exporter::Exporter(Workspace& workspace, ExportPlan plan)
    : m_workspace(workspace)
    , m_plan(std::move(plan))
{ }

// The same order as the table's (see LeadLoader), which has made the index for it.
QByteArray Exporter::orderBy(const ColumnList& columns) const
{
    const QByteArray direction = m_plan.sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    if (m_plan.sortColumn == u"id")
        return "id" + direction;
    const Column* column = findColumn(columns, m_plan.sortColumn);
    if (!column || column->sqlName != m_plan.sortColumn || column->readOnly)
        throw Error(QCoreApplication::translate("LeadSync::Exporter", "Cannot sort by \"%1\".")
                        .arg(m_plan.sortColumn));
    return SqlIdentifier::of(column->sqlName).sortKey(m_plan.sortOrder) + direction + ", id" + direction;
}

qint64 Exporter::run(const JobObserver& observer)
{
    const ColumnList all = ColumnStore(m_workspace).list();
    QByteArrayList names = m_plan.columns;
    if (names.isEmpty()) {
        for (const Column& column : all)
            names.append(column.sqlName.toLatin1());
    }
    QByteArrayList headers;
    QByteArrayList expressions;
    for (const QByteArray& name : names) {
        const Column* column = findColumn(all, QString::fromLatin1(name));
        if (!column || column->sqlName.toLatin1() != name)
            throw Error(
                QCoreApplication::translate("LeadSync::Exporter", "There is no column \"%1\" to export.")
                    .arg(QString::fromLatin1(name)));
        headers.append(m_plan.headers.value(column->sqlName, column->displayName).toUtf8());
        expressions.append(selectExpression(column->sqlName));
    }
    if (!m_plan.searchText.trimmed().isEmpty())
        SearchIndex(m_workspace).catchUp();

    LeadFilter filter = LeadFilter::build(m_plan.conditions, m_plan.searchText);
    if (!m_plan.leadIds.isEmpty()) {
        // Ids are numbers formatted here, never text from outside: safe to splice into the statement.
        QByteArrayList ids;
        for (const qint64 id : m_plan.leadIds)
            ids.append(QByteArray::number(id));
        filter.sql = "(" + filter.sql + ") AND id IN (" + ids.join(',') + ")";
    }
    const QByteArray where = " FROM leads WHERE " + filter.sql;
    SqliteStatement select(m_workspace.handle(),
        QByteArray("SELECT " + expressions.join(", ") + where + " ORDER BY " + orderBy(all)));
    qint64 total = 0;
    if (observer.progress) {
        SqliteStatement count(m_workspace.handle(), QByteArray("SELECT count(*)" + where));
        for (int i = 0; i < filter.parameters.size(); ++i)
            count.bindText(i + 1, filter.parameters[i]);
        count.step();
        total = count.columnInt(0);
    }
    for (int i = 0; i < filter.parameters.size(); ++i)
        select.bindText(i + 1, filter.parameters[i]);

    OutputFile file(m_plan.path);
    CsvWriter writer(file.device(), m_plan.path, { m_plan.delimiter, m_plan.formulaEscape });
    if (m_plan.bom)
        writer.writeRaw("\xEF\xBB\xBF");
    for (const QByteArray& header : headers)
        writer.writeField(header);
    writer.endRow();

    const int columnCount = int(names.size());
    qint64 rows = 0;
    while (select.step()) {
        for (int i = 0; i < columnCount; ++i)
            writer.writeField(select.columnText(i));
        writer.endRow();
        if ((++rows & 0x3FFF) == 0) {
            if (observer.isCancelled())
                return -1; // a regular file's temporary is discarded
            observer.report(rows, total);
        }
    }
    writer.flush();
    file.commit();
    observer.report(rows, total);
    m_escapedCells = writer.escapedFields();
    return rows;
}

} // namespace LeadSync
