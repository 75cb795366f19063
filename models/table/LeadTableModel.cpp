#include "LeadTableModel.h"

#include "Error.h"
#include "LeadLoader.h"
#include "LeadWriter.h"
#include "columns/ColumnSpec.h"
#include "storage/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QPointer>

namespace LeadSync {

LeadTableModel::LeadTableModel(const QString& workspacePath, ColumnList columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
    , m_loader(new LeadLoader(workspacePath))
    , m_writer(WorkspaceWriter::of(workspacePath))
{
    qRegisterMetaType<LeadSync::LeadQuery>();
    qRegisterMetaType<LeadSync::LeadRows>();
    qRegisterMetaType<LeadSync::LeadEdits>();
    qRegisterMetaType<LeadSync::StoredLeads>();
    qRegisterMetaType<LeadSync::CampaignList>();
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &LeadLoader::pageLoaded, this, &LeadTableModel::onPageLoaded);
    connect(m_loader, &LeadLoader::rowCountKnown, this, &LeadTableModel::onRowCountKnown);
    connect(m_loader, &LeadLoader::rowCountEstimated, this, &LeadTableModel::onRowCountEstimated);
    connect(m_loader, &LeadLoader::sortIndexProgress, this, [this](quint64 generation, int percent) {
        if (generation != m_generation)
            return;
        m_sortIndexBuilding = percent < 100;
        Q_EMIT sortIndexProgress(percent);
    });
    connect(m_loader, &LeadLoader::failed, this, &LeadTableModel::loadFailed);
    m_thread.setObjectName(QStringLiteral("LeadLoader"));
    m_thread.start();
    start();
    readCampaigns();
}

LeadTableModel::~LeadTableModel()
{
    // The writer, shared with the rest of the process, writes the edits already given even after the
    // model has gone.
    m_thread.quit();
    m_thread.wait();
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isLoaded(index.row()) && m_columns.value(index.column()).isEditable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool LeadTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() >= m_columns.size()
        || !m_columns[index.column()].isEditable())
        return false;
    const std::optional<LeadRow> lead = loadedRow(index.row());
    if (!lead)
        return false;
    const QString oldValue = lead->values.at(index.column());
    const QString newValue = value.toString();
    if (oldValue == newValue)
        return false;
    Q_EMIT editRequested({ { lead->id, m_columns[index.column()].sqlName, oldValue, newValue } });
    return true;
}

void LeadTableModel::applyEdits(const LeadEdits& edits)
{
    patchLoadedRows(edits);
    auto conflicts = std::make_shared<LeadEdits>();
    m_writer->post(
        [edits, conflicts](Workspace& workspace) { *conflicts = LeadWriter(workspace).write(edits); }, this,
        [this, edits, conflicts](const QString& error) {
            if (!error.isEmpty()) {
                patchLoadedRows(reversed(edits)); // the screen goes back to what the workspace holds
                Q_EMIT editFailed(error);
                return;
            }
            Q_EMIT editsSaved(edits);
            if (conflicts->isEmpty())
                return;
            refreshLoadedRows(); // the screen shows what the workspace holds
            Q_EMIT editFailed(tr(
                "%n cell(s) had changed since and were left as they are.", nullptr, int(conflicts->size())));
        });
}

void LeadTableModel::insertLeads(const StoredLeads& leads)
{
    storeLeads(leads, &LeadWriter::insertLeads, &LeadTableModel::leadsInserted);
}

void LeadTableModel::deleteLeads(const StoredLeads& leads)
{
    storeLeads(leads, &LeadWriter::deleteLeads, &LeadTableModel::leadsDeleted);
}

// Rows come or go: positions change, so the table reloads.
void LeadTableModel::storeLeads(const StoredLeads& leads, void (LeadWriter::*change)(const StoredLeads&),
    void (LeadTableModel::*done)(const StoredLeads&))
{
    m_writer->post([leads, change](Workspace& workspace) { (LeadWriter(workspace).*change)(leads); }, this,
        [this, leads, done](const QString& error) {
            if (!error.isEmpty()) {
                Q_EMIT editFailed(error);
                return;
            }
            reload();
            Q_EMIT(this->*done)(leads);
        });
}

namespace {
// Runs work on the calling (worker) thread, then hands its continuation, or its error to the failed
// signal, back to the model's thread. The receiver is checked there, on its own thread: a worker
// cannot safely ask whether an object of another thread still exists.
void runAndDeliver(LeadTableModel* model, const QPointer<QObject>& receiver,
    const std::function<LeadTableModel::Continuation()>& work, void (LeadTableModel::*failed)(const QString&))
{
    std::function<void()> back;
    try {
        back = [receiver, continuation = work()] {
            if (receiver && continuation)
                continuation();
        };
    } catch (const Error& error) {
        back = [model, failed, message = error.message()] { Q_EMIT(model->*failed)(message); };
    }
    QMetaObject::invokeMethod(model, back, Qt::QueuedConnection);
}
} // namespace

void LeadTableModel::read(QObject* receiver, WorkspaceTask task) const
{
    QMetaObject::invokeMethod(
        m_loader,
        [model = const_cast<LeadTableModel*>(this), loader = m_loader, receiver = QPointer(receiver),
            task = std::move(task)] {
            runAndDeliver(
                model, receiver, [&task, loader] { return task(loader->workspace()); },
                &LeadTableModel::loadFailed);
        },
        Qt::QueuedConnection);
}

void LeadTableModel::readLeadIds(const QList<std::pair<int, int>>& rowRanges, QObject* receiver,
    const std::function<void(const QList<qint64>&)>& done) const
{
    readRows(rowRanges, {}, receiver, [done](const LeadRows& rows) {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const LeadRow& row : rows)
            ids.append(row.id);
        done(ids);
    });
}

void LeadTableModel::readRows(const QList<std::pair<int, int>>& rowRanges, const QStringList& columns,
    QObject* receiver, const std::function<void(const LeadRows&)>& done) const
{
    read(receiver,
        [loader = m_loader, generation = m_generation, rowRanges, columns, done](Workspace&) -> Continuation {
            LeadRows rows = loader->rowsAt(generation, rowRanges, columns);
            return [done, rows = std::move(rows)] { done(rows); };
        });
}

void LeadTableModel::write(QObject* receiver, WorkspaceTask task)
{
    auto continuation = std::make_shared<Continuation>();
    m_writer->post(
        [task = std::move(task), continuation](Workspace& workspace) { *continuation = task(workspace); },
        this,
        [this, receiver = QPointer(receiver), continuation](const QString& error) {
            if (!error.isEmpty())
                Q_EMIT editFailed(error);
            else if (receiver && *continuation)
                (*continuation)();
        });
}

void LeadTableModel::readCampaigns()
{
    read(this, [this](Workspace& workspace) -> Continuation {
        CampaignList campaigns = CampaignStore(workspace).list();
        return [this, campaigns] {
            m_campaigns = campaigns;
            Q_EMIT campaignsChanged();
        };
    });
}

void LeadTableModel::changeCampaigns(const CampaignChangePtr& change, bool undo)
{
    write(this, [this, change, undo](Workspace& workspace) -> Continuation {
        CampaignStore store(workspace);
        if (undo)
            store.revert(*change);
        else
            store.apply(*change);
        return [this] {
            readCampaigns();
            refreshLoadedRows();
        };
    });
}

void LeadTableModel::refreshLoadedRows()
{
    const bool shownRowsMayChange = std::any_of(m_query.conditions.cbegin(), m_query.conditions.cend(),
        [](const LeadCondition& condition) { return condition.sqlName == campaignsColumn().sqlName; });
    if (shownRowsMayChange) {
        reload();
        return;
    }
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        QMetaObject::invokeMethod(
            m_loader,
            [loader = m_loader, generation = m_generation, first = page.key() * kPageSize] {
                loader->fetchPage(generation, first, kPageSize);
            },
            Qt::QueuedConnection);
    }
}

void LeadTableModel::patchLoadedRows(const LeadEdits& edits)
{
    for (const LeadEdit& edit : edits) {
        const auto column = std::find_if(m_columns.cbegin(), m_columns.cend(),
            [&edit](const Column& c) { return c.sqlName == edit.sqlName; });
        if (column == m_columns.cend())
            continue;
        const int columnIndex = int(column - m_columns.cbegin());
        for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
            for (qsizetype i = 0; i < page->size(); ++i) {
                LeadRow& row = (*page)[i];
                if (row.id != edit.leadId)
                    continue;
                row.values[columnIndex] = edit.newValue;
                const int rowIndex = page.key() * kPageSize + int(i);
                if (rowIndex < m_rowCount)
                    Q_EMIT dataChanged(index(rowIndex, columnIndex), index(rowIndex, columnIndex),
                        { Qt::DisplayRole, Qt::EditRole });
            }
        }
    }
}

void LeadTableModel::start()
{
    beginResetModel();
    ++m_generation;
    // Stops the loader's work on the query this one replaces (a sort index half built, a long scan).
    m_loader->supersede(m_generation);
    if (m_sortIndexBuilding) {
        m_sortIndexBuilding = false;
        Q_EMIT sortIndexProgress(100);
    }
    m_pages.clear();
    m_recentPages.clear();
    m_pageInFlight = -1;
    m_pageWaiting = -1;
    m_rowCount = 0;
    m_rowCountKnown = false;
    m_rowCountEstimated = false;
    endResetModel();
    QStringList sqlNames;
    for (const Column& column : m_columns)
        sqlNames.append(column.sqlName);
    // Computed columns bring their cells' states as extra values after the columns.
    m_stateIndex.clear();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (ColumnSpec::isExecutableKind(m_columns[i].kind)) {
            m_stateIndex.insert(int(i), int(sqlNames.size()));
            sqlNames.append(cellStateName(m_columns[i].id));
        }
    }
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, query = m_query, sqlNames] {
            loader->setQuery(generation, query, sqlNames);
        },
        Qt::QueuedConnection);
    requestPage(0);
}

void LeadTableModel::reload()
{
    start();
}

void LeadTableModel::setQuery(const LeadQuery& query)
{
    m_query = query;
    start();
}

void LeadTableModel::setColumns(const ColumnList& columns)
{
    m_columns = columns;
    const auto known = [&columns](const QString& sqlName) {
        return findColumn(columns, sqlName) || findColumn(systemColumns(), sqlName);
    };
    m_query.conditions.removeIf(
        [&known](const LeadCondition& condition) { return !known(condition.sqlName); });
    if (!known(m_query.sortColumn)) {
        m_query.sortColumn = QStringLiteral("id");
        m_query.sortOrder = Qt::AscendingOrder;
    }
    start();
}

void LeadTableModel::setFilter(const QList<LeadCondition>& conditions, const QString& searchText)
{
    m_query.conditions = conditions;
    m_query.searchText = searchText;
    start();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    // A computed column has no index to sort by: the order stays as it is.
    if (column < 0 || column >= m_columns.size() || m_columns[column].readOnly)
        return;
    setSort(m_columns[column].sqlName, order);
}

void LeadTableModel::setSort(const QString& sqlName, Qt::SortOrder order)
{
    m_previousSortColumn = m_query.sortColumn;
    m_previousSortOrder = m_query.sortOrder;
    m_query.sortColumn = sqlName;
    m_query.sortOrder = order;
    start();
}

void LeadTableModel::cancelSort()
{
    const QString column = m_previousSortColumn; // a copy: setSort() overwrites the member
    setSort(column, m_previousSortOrder);
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const LeadRow* LeadTableModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    if (!m_recentPages.isEmpty() && m_recentPages.last() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const qsizetype offset = row % kPageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columns.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const LeadRow* row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    const QString& value = row->values.at(index.column());
    // A computed cell that failed or was skipped says so, and why (from the row at hand: data() is
    // asked for every visible cell at every paint).
    if (const int state = m_stateIndex.value(index.column(), -1); state >= 0) {
        const QString& cellState = row->values.at(state);
        const bool unfinished = cellState.startsWith(u"failed:") || cellState.startsWith(u"skipped:");
        if (unfinished && (role == Qt::ToolTipRole || (role == Qt::DisplayRole && value.isEmpty())))
            return stateText(cellState);
    }
    if (role == Qt::ToolTipRole)
        return value.size() > 40 ? QVariant(value) : QVariant();
    // One line in a cell: a note's line breaks would make the row grow.
    return role == Qt::DisplayRole && value.contains(u'\n') ? QVariant(QString(value).replace(u'\n', u' '))
                                                            : value;
}

QString LeadTableModel::cellStatus(const QModelIndex& index) const
{
    const int state = m_stateIndex.value(index.column(), -1);
    const LeadRow* row = state >= 0 && index.row() < m_rowCount ? rowAt(index.row()) : nullptr;
    return row ? row->values.at(state).section(u':', 0, 0) : QString();
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_columns.size())
        return m_columns[section].displayName;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString LeadTableModel::cellStatusText(const QModelIndex& index) const
{
    const int state = m_stateIndex.value(index.column(), -1);
    const LeadRow* row = state >= 0 && index.row() < m_rowCount ? rowAt(index.row()) : nullptr;
    return row ? stateText(row->values.at(state)) : QString();
}

QString LeadTableModel::stateText(const QString& state)
{
    const QString status = state.section(u':', 0, 0);
    const QString reason = state.section(u':', 1);
    if (status == u"failed")
        return tr("Failed: %1").arg(reason);
    if (status == u"skipped")
        return tr("Skipped: %1").arg(reason);
    return reason; // done: an email verdict's reason, say
}

qint64 LeadTableModel::leadId(int row) const
{
    const LeadRow* lead = row >= 0 && row < m_rowCount ? rowAt(row) : nullptr;
    return lead ? lead->id : 0;
}

std::optional<LeadRow> LeadTableModel::loadedRow(int row) const
{
    const LeadRow* lead = row >= 0 && row < m_rowCount ? rowAt(row) : nullptr;
    return lead ? std::optional<LeadRow>(*lead) : std::nullopt;
}

bool LeadTableModel::isLoaded(int row) const
{
    return m_pages.contains(row / kPageSize);
}

void LeadTableModel::requestPage(int page) const
{
    if (page == m_pageInFlight || m_pages.contains(page))
        return;
    if (m_pageInFlight >= 0) {
        m_pageWaiting = page; // replaces any older waiting request
        return;
    }
    m_pageInFlight = page;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, page] {
            loader->fetchPage(generation, page * kPageSize, kPageSize);
        },
        Qt::QueuedConnection);
}

void LeadTableModel::onPageLoaded(quint64 generation, int firstRow, const LeadRows& rows)
{
    if (generation != m_generation)
        return; // an answer to a query since replaced
    const int page = firstRow / kPageSize;
    m_pages.insert(page, rows);
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    while (m_recentPages.size() > kMaxPages)
        m_pages.remove(m_recentPages.takeFirst());
    if (m_pageInFlight == page)
        m_pageInFlight = -1;

    if (!m_rowCountKnown && firstRow + rows.size() > m_rowCount) {
        // The first rows are shown before the count arrives.
        beginInsertRows({}, m_rowCount, int(firstRow + rows.size()) - 1);
        m_rowCount = int(firstRow + rows.size());
        endInsertRows();
    }
    const int last = std::min<int>(int(firstRow + rows.size()), m_rowCount) - 1;
    if (last >= firstRow)
        Q_EMIT dataChanged(
            index(firstRow, 0), index(last, columnCount() - 1), { Qt::DisplayRole, Qt::EditRole });

    if (m_pageWaiting >= 0) {
        const int next = m_pageWaiting;
        m_pageWaiting = -1;
        requestPage(next);
    }
}

void LeadTableModel::onRowCountKnown(quint64 generation, int rowCount)
{
    if (generation != m_generation)
        return;
    m_rowCountKnown = true;
    resizeRows(rowCount);
    Q_EMIT rowCountKnown(rowCount);
}

void LeadTableModel::onRowCountEstimated(quint64 generation, int rowCount)
{
    if (generation != m_generation || m_rowCountKnown)
        return;
    // Rows past the true end show empty until the count corrects it; rows before it load as usual.
    m_rowCountEstimated = true;
    resizeRows(std::max(rowCount, m_rowCount));
    Q_EMIT rowCountEstimated(rowCount);
}

void LeadTableModel::resizeRows(int rowCount)
{
    if (rowCount > m_rowCount) {
        beginInsertRows({}, m_rowCount, rowCount - 1);
        m_rowCount = rowCount;
        endInsertRows();
    } else if (rowCount < m_rowCount) {
        beginRemoveRows({}, rowCount, m_rowCount - 1);
        m_rowCount = rowCount;
        endRemoveRows();
    }
}

} // namespace LeadSync
