#include "RunInputs.h"

#include "leads/ColumnStore.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

namespace LeadSync {

RunInputs::RunInputs(Workspace& workspace, const CellComputer& computer)
    : m_workspace(workspace)
    , m_computer(computer)
{ }

RunInputs::~RunInputs() = default;

QString RunInputs::value(const Row& row, const QString& sqlName) const
{
    return row.value(m_readIndex.value(sqlName, -1));
}

CellRequest RunInputs::prepare(const Row& row) const
{
    return m_computer.prepare([this, &row](const QString& sqlName) { return value(row, sqlName); });
}

QList<qint64> RunInputs::select(const RunOptions& options, WorkspaceWriter& writer)
{
    const ColumnSpec& spec = m_computer.spec();
    QList<LeadCondition> conditions = options.conditions;
    if (!spec.runIf.trimmed().isEmpty())
        conditions.append(LeadCondition::parse(spec.runIf, ColumnStore(m_workspace).list()));
    if (!options.searchText.trimmed().isEmpty())
        writer.runLong([](Workspace& workspace) { SearchIndex(workspace).catchUp(); });
    LeadFilter filter = LeadFilter::build(conditions, options.searchText);
    QByteArray sql = "SELECT id FROM leads WHERE (" + filter.sql + ")";
    const QByteArray columnId = QByteArray::number(m_computer.column().id);
    switch (options.only) {
    case RunOptions::Only::All:
        break;
    case RunOptions::Only::Empty:
        sql += " AND " + SqlIdentifier::of(m_computer.column().sqlName).quoted() + " = ''";
        break;
    case RunOptions::Only::Failed:
        sql += " AND id IN (SELECT lead_id FROM cell_states WHERE column_id = " + columnId
            + " AND status = 'failed')";
        break;
    case RunOptions::Only::Stale:
        sql += " AND id IN (SELECT lead_id FROM cell_states WHERE column_id = " + columnId
            + " AND status = 'done')";
        break;
    }
    if (!options.leadIds.isEmpty()) {
        // Numbers formatted here, never text from outside.
        QByteArrayList ids;
        for (const qint64 id : options.leadIds)
            ids.append(QByteArray::number(id));
        sql += " AND id IN (" + ids.join(',') + ")";
    }
    // A stale cell is found by its inputs, row by row: the limit applies after that.
    const bool stale = options.only == RunOptions::Only::Stale;
    sql += " ORDER BY id";
    if (options.limit >= 0 && !stale)
        sql += " LIMIT " + QByteArray::number(options.limit);
    SqliteStatement select(m_workspace.handle(), sql);
    for (int i = 0; i < filter.parameters.size(); ++i)
        select.bindText(i + 1, filter.parameters[i]);
    QList<qint64> targets;
    while (select.step())
        targets.append(select.columnInt(0));
    if (!stale)
        return targets;
    QList<qint64> changed;
    SqlQuery stored(m_workspace.database(),
        QStringLiteral("SELECT input_hash FROM cell_states WHERE column_id = ? AND lead_id = ?"));
    for (const qint64 id : targets) {
        if (options.limit >= 0 && changed.size() >= options.limit)
            break;
        stored.bind(m_computer.column().id);
        stored.bind(id);
        stored.exec();
        const QByteArray hash = stored.next() ? stored.value(0).toByteArray() : QByteArray();
        const CellRequest request = prepare(row(id));
        if (request.inputHash != hash)
            changed.append(id);
    }
    return changed;
}

QByteArray RunInputs::selectList()
{
    if (m_readNames.isEmpty()) {
        m_readNames = m_computer.inputSqlNames();
        for (const QString& name : m_computer.writtenSqlNames()) {
            if (!m_readNames.contains(name))
                m_readNames.append(name);
        }
        for (qsizetype i = 0; i < m_readNames.size(); ++i)
            m_readIndex.insert(m_readNames[i], i);
    }
    QByteArrayList expressions;
    for (const QString& name : std::as_const(m_readNames))
        expressions.append(selectExpression(name)); // a computed column (activity) too
    return expressions.join(", ");
}

RunInputs::Row RunInputs::rowOf(const SqliteStatement& statement, int firstColumn) const
{
    Row values;
    values.reserve(m_readNames.size());
    for (qsizetype i = 0; i < m_readNames.size(); ++i)
        values.append(QString::fromUtf8(statement.columnText(firstColumn + int(i))));
    return values;
}

void RunInputs::readAhead(QList<qint64> targets)
{
    m_targets = std::move(targets);
    m_nextChunk = 0;
    m_ahead.clear();
}

void RunInputs::readChunk(qsizetype from)
{
    const qsizetype to = std::min(from + kReadAhead, m_targets.size());
    m_nextChunk = to;
    const qint64 first = m_targets[from];
    const qint64 last = m_targets[to - 1];
    if (last - first >= kMaxSpread * kReadAhead)
        return; // sparse: row() reads them one by one
    if (!m_readRange)
        m_readRange = std::make_unique<SqliteStatement>(m_workspace.handle(),
            QByteArray("SELECT id, " + selectList() + " FROM leads WHERE id BETWEEN ?1 AND ?2 ORDER BY id"));
    m_readRange->bindInt(1, first);
    m_readRange->bindInt(2, last);
    qsizetype target = from;
    while (m_readRange->step()) {
        const qint64 id = m_readRange->columnInt(0);
        while (target < to && m_targets[target] < id)
            ++target;
        if (target < to && m_targets[target] == id)
            m_ahead.insert(id, rowOf(*m_readRange, 1));
    }
    m_readRange->reset();
}

RunInputs::Row RunInputs::row(qint64 leadId)
{
    if (const auto ahead = m_ahead.constFind(leadId); ahead != m_ahead.cend())
        return m_ahead.take(leadId);
    if (m_nextChunk < m_targets.size() && m_targets[m_nextChunk] == leadId) {
        readChunk(m_nextChunk);
        if (const auto ahead = m_ahead.constFind(leadId); ahead != m_ahead.cend())
            return m_ahead.take(leadId);
    }
    if (!m_readRow)
        m_readRow = std::make_unique<SqliteStatement>(
            m_workspace.handle(), QByteArray("SELECT " + selectList() + " FROM leads WHERE id = ?"));
    m_readRow->bindInt(1, leadId);
    const Row values = m_readRow->step() ? rowOf(*m_readRow, 0) : Row();
    m_readRow->reset();
    return values;
}

} // namespace LeadSync
