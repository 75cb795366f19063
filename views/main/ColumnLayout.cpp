#include "ColumnLayout.h"

#include "columns/CellStatus.h"
#include "table/LeadTableModel.h"

#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace LeadSync {

namespace {

constexpr int kWrappedLines = 3; // a row's height in lines while a column wraps

LeadTableModel* leadModel(const QTableView* view)
{
    return qobject_cast<LeadTableModel*>(view->model());
}

} // namespace

ColumnLayout::ColumnLayout(QTableView* view, CellStatusDelegate* delegate, QWidget* window)
    : QObject(window)
    , m_view(view)
    , m_delegate(delegate)
    , m_window(window)
    , m_frozen(new QTableView(view))
    , m_lineHeight(view->verticalHeader()->defaultSectionSize())
{
    // Pixel scrolling: the columns slide under the frozen ones rather than jumping a column at a time.
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_frozen->setObjectName(QStringLiteral("frozenTableView"));
    m_frozen->setItemDelegate(new CellStatusDelegate(m_frozen));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(m_view->verticalScrollMode());
    m_frozen->setSelectionBehavior(m_view->selectionBehavior());
    m_frozen->setSelectionMode(m_view->selectionMode());
    m_frozen->setAlternatingRowColors(true);
    m_frozen->setWordWrap(false);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setStyleSheet(
        QStringLiteral("QTableView#frozenTableView { border-right: 2px solid palette(mid); }"));
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->hide();
    // The same commands in its context menu as in the table's.
    m_frozen->setContextMenuPolicy(Qt::ActionsContextMenu);

    QHeaderView* header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        m_frozen->horizontalHeader()->resizeSection(logical, size);
        placeFrozen();
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { syncFrozen(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int logical, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicator(logical, order);
    });
    // A click on a frozen column's header sorts the table, as the table's own header does.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        QHeaderView* main = m_view->horizontalHeader();
        const Qt::SortOrder order
            = main->sortIndicatorSection() == logical && main->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        main->setSortIndicator(logical, order);
    });
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, m_view->verticalScrollBar(),
        &QScrollBar::setValue);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
        &QScrollBar::setValue);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
}

QString ColumnLayout::settingsKey(const char* what) const
{
    const QByteArray hash
        = QCryptographicHash::hash(m_workspacePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("workspaces/%1/%2")
        .arg(QString::fromLatin1(hash.left(16)), QLatin1StringView(what));
}

void ColumnLayout::setWorkspace(const QString& path)
{
    m_workspacePath = path;
}

int ColumnLayout::logicalOf(const QString& sqlName) const
{
    const LeadTableModel* model = leadModel(m_view);
    if (!model)
        return -1;
    const ColumnList& columns = model->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].sqlName == sqlName)
            return i;
    }
    return -1;
}

QString ColumnLayout::sqlNameOf(int logical) const
{
    const LeadTableModel* model = leadModel(m_view);
    return model ? model->columns().value(logical).sqlName : QString();
}

void ColumnLayout::restore()
{
    const QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(settingsKey("header")).toByteArray());
    const QStringList wrapped = settings.value(settingsKey("wrapped")).toStringList();
    m_wrapped = QSet<QString>(wrapped.cbegin(), wrapped.cend());
    m_frozenCount = settings.value(settingsKey("frozen"), 0).toInt();
    if (m_frozen->model() != m_view->model()) {
        m_frozen->setModel(m_view->model());
        QItemSelectionModel* own = m_frozen->selectionModel();
        m_frozen->setSelectionModel(m_view->selectionModel());
        delete own;
    }
    m_frozen->addActions(m_view->actions());
    applyWrapping();
    syncFrozen();
}

void ColumnLayout::save() const
{
    if (!leadModel(m_view))
        return;
    QSettings settings;
    settings.setValue(settingsKey("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(settingsKey("wrapped"), QStringList(m_wrapped.cbegin(), m_wrapped.cend()));
    settings.setValue(settingsKey("frozen"), m_frozenCount);
}

void ColumnLayout::setShown(int logical, bool shown)
{
    QHeaderView* header = m_view->horizontalHeader();
    // The last visible column stays: a table without columns cannot be brought back by its header.
    if (!shown && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(logical, !shown);
    syncFrozen();
    save();
}

void ColumnLayout::setWrapped(const QString& sqlName, bool wrapped)
{
    if (wrapped)
        m_wrapped.insert(sqlName);
    else
        m_wrapped.remove(sqlName);
    applyWrapping();
    save();
}

// A wrapping column draws its text on several lines; every row then has room for kWrappedLines (the
// table is lazy: its rows share one height, so a million rows need no measuring).
void ColumnLayout::applyWrapping()
{
    QSet<int> logical;
    for (const QString& sqlName : std::as_const(m_wrapped)) {
        if (const int index = logicalOf(sqlName); index >= 0)
            logical.insert(index);
    }
    m_delegate->setWrappedColumns(logical);
    static_cast<CellStatusDelegate*>(m_frozen->itemDelegate())->setWrappedColumns(logical);
    const int height = logical.isEmpty() ? m_lineHeight : (m_lineHeight - 8) * kWrappedLines + 8;
    m_view->verticalHeader()->setDefaultSectionSize(height);
    m_frozen->verticalHeader()->setDefaultSectionSize(height);
    m_view->viewport()->update();
    m_frozen->viewport()->update();
}

void ColumnLayout::setFrozenCount(int count)
{
    m_frozenCount = std::max(0, count);
    syncFrozen();
    save();
}

// The frozen view shows the table's first m_frozenCount visible columns, in its order and widths.
void ColumnLayout::syncFrozen()
{
    QHeaderView* header = m_view->horizontalHeader();
    QHeaderView* frozenHeader = m_frozen->horizontalHeader();
    if (!m_frozen->model() || m_frozenCount == 0) {
        m_frozen->hide();
        return;
    }
    frozenHeader->restoreState(header->saveState());
    int visibleSeen = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const bool shownHere = !header->isSectionHidden(logical) && visibleSeen < m_frozenCount;
        visibleSeen += header->isSectionHidden(logical) ? 0 : 1;
        frozenHeader->setSectionHidden(logical, !shownHere);
    }
    frozenHeader->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_frozen->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value());
    m_frozen->show();
    m_frozen->raise();
    placeFrozen();
}

void ColumnLayout::placeFrozen()
{
    if (m_frozenCount == 0 || !m_frozen->model())
        return;
    QHeaderView* header = m_view->horizontalHeader();
    int width = 0;
    int visibleSeen = 0;
    for (int visual = 0; visual < header->count() && visibleSeen < m_frozenCount; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        width += header->sectionSize(logical);
        ++visibleSeen;
    }
    m_frozen->setGeometry(m_view->verticalHeader()->width() + m_view->frameWidth(), m_view->frameWidth(),
        width, m_view->viewport()->height() + header->height());
}

// The viewport's own pointer, not the view's: the filter sees events while the view is destroyed.
bool ColumnLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        placeFrozen();
    return QObject::eventFilter(watched, event);
}

void ColumnLayout::scrollToColumn(const QString& sqlName)
{
    const int logical = logicalOf(sqlName);
    if (logical < 0)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    if (header->isSectionHidden(logical))
        setShown(logical, true);
    // After the view has laid the new column out.
    QTimer::singleShot(0, m_view, [this, logical] {
        QHeaderView* laidOut = m_view->horizontalHeader();
        const int centre = laidOut->sectionPosition(logical) + laidOut->sectionSize(logical) / 2;
        m_view->horizontalScrollBar()->setValue(centre - m_view->viewport()->width() / 2);
        if (m_view->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(std::max(0, m_view->rowAt(0)), logical));
    });
}

void ColumnLayout::showHeaderMenu(const QPoint& position)
{
    const LeadTableModel* model = leadModel(m_view);
    if (!model)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const int clicked = header->logicalIndexAt(position);
    QMenu menu(m_window);
    if (clicked >= 0) {
        const QString sqlName = sqlNameOf(clicked);
        QAction* wrap = menu.addAction(tr("&Wrap Text"));
        wrap->setCheckable(true);
        wrap->setChecked(isWrapped(sqlName));
        connect(wrap, &QAction::toggled, this, [this, sqlName](bool on) { setWrapped(sqlName, on); });
        menu.addAction(
            tr("&Fit Width to Contents"), this, [this, clicked] { m_view->resizeColumnToContents(clicked); });
        // Freezing "up to here" counts the visible columns up to the one clicked.
        int visibleUpTo = 0;
        for (int visual = 0; visual <= header->visualIndex(clicked); ++visual)
            visibleUpTo += header->isSectionHidden(header->logicalIndex(visual)) ? 0 : 1;
        menu.addAction(
            tr("F&reeze Columns up to Here"), this, [this, visibleUpTo] { setFrozenCount(visibleUpTo); });
        if (m_frozenCount > 0)
            menu.addAction(tr("&Unfreeze Columns"), this, [this] { setFrozenCount(0); });
        menu.addAction(tr("&Hide Column"), this, [this, clicked] { setShown(clicked, false); });
        menu.addSeparator();
    }
    menu.addAction(tr("&Columns…"), this, &ColumnLayout::openChooser);
    menu.exec(header->viewport()->mapToGlobal(position));
}

QDialog* ColumnLayout::openChooser()
{
    const LeadTableModel* model = leadModel(m_view);
    if (!model)
        return nullptr;
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("columnChooserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Columns"));
    auto* search = new QLineEdit(dialog);
    search->setObjectName(QStringLiteral("columnSearchEdit"));
    search->setPlaceholderText(tr("Find a column"));
    search->setClearButtonEnabled(true);
    auto* list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("columnChooserTree"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({ tr("Column"), tr("Wrap text") });
    QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const Column& column = model->columns().at(logical);
        auto* item = new QTreeWidgetItem(list, { column.displayName, QString() });
        item->setData(0, Qt::UserRole, logical);
        item->setCheckState(0, header->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
        item->setCheckState(1, isWrapped(column.sqlName) ? Qt::Checked : Qt::Unchecked);
    }
    list->resizeColumnToContents(0);
    connect(list, &QTreeWidget::itemChanged, this, [this, list](QTreeWidgetItem* item, int column) {
        const int logical = item->data(0, Qt::UserRole).toInt();
        if (column == 0) {
            setShown(logical, item->checkState(0) == Qt::Checked);
            // The last column stays shown: the box says so.
            const QSignalBlocker blocker(list);
            item->setCheckState(
                0, m_view->horizontalHeader()->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
        } else {
            setWrapped(sqlNameOf(logical), item->checkState(1) == Qt::Checked);
        }
    });
    connect(search, &QLineEdit::textChanged, list, [list](const QString& text) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            item->setHidden(!item->text(0).contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    const auto setAll = [list](Qt::CheckState state) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden())
                list->topLevelItem(i)->setCheckState(0, state);
        }
    };
    auto* showAll = new QPushButton(tr("Show &All"), dialog);
    connect(showAll, &QPushButton::clicked, dialog, [setAll] { setAll(Qt::Checked); });
    auto* hideAll = new QPushButton(tr("&Hide All"), dialog);
    connect(hideAll, &QPushButton::clicked, dialog, [setAll] { setAll(Qt::Unchecked); });
    auto* frozen = new QSpinBox(dialog);
    frozen->setObjectName(QStringLiteral("frozenColumnsSpinBox"));
    frozen->setRange(0, 5);
    frozen->setValue(m_frozenCount);
    frozen->setSpecialValueText(tr("none"));
    connect(frozen, &QSpinBox::valueChanged, this, &ColumnLayout::setFrozenCount);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->addButton(showAll, QDialogButtonBox::ActionRole);
    buttons->addButton(hideAll, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Freeze the first columns:"), frozen);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->resize(420, 560);
    dialog->open();
    search->setFocus();
    return dialog;
}

} // namespace LeadSync
