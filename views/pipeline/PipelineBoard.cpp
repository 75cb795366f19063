#include "PipelineBoard.h"

#include "Error.h"
#include "leads/LeadFilter.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "table/LeadTableModel.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace LeadSync {

namespace {

const QString kLeadMime = QStringLiteral("application/x-leadsync-lead");
constexpr int kIdRole = Qt::UserRole;
constexpr int kDetailRole = Qt::UserRole + 1;

// A lead as a card: the name on the first line, the company and the score below.
class CardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        // As wide as the column (it lays the cards out again when resized).
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        return { view ? view->viewport()->width() : option.rect.width(),
            option.fontMetrics.height() * 2 + 18 };
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(3, 2, -3, -2);
        QPainterPath path;
        path.addRoundedRect(card, 6, 6);
        const bool selected = option.state & QStyle::State_Selected;
        painter->fillPath(path, option.palette.color(selected ? QPalette::Highlight : QPalette::Base));
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawPath(path);
        const QRectF text = card.adjusted(8, 4, -8, -4);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics boldMetrics(bold);
        painter->drawText(text.topLeft() + QPointF(0, boldMetrics.ascent()),
            boldMetrics.elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideRight, int(text.width())));
        painter->setFont(option.font);
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(text.topLeft() + QPointF(0, boldMetrics.height() + option.fontMetrics.ascent() + 2),
            option.fontMetrics.elidedText(
                index.data(kDetailRole).toString(), Qt::ElideRight, int(text.width())));
        painter->restore();
    }
};

// A stage's column: cards are dragged out as lead ids, and a drop asks the board to move the lead
// rather than moving the item (the board shows the result once it is written).
class StageList final : public QListWidget
{
public:
    StageList(Stage stage, PipelineBoard* board)
        : QListWidget(board)
        , m_stage(stage)
        , m_board(board)
    {
        setObjectName(Stages::name(stage) + QStringLiteral("List"));
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setItemDelegate(new CardDelegate(this));
        setSpacing(1);
        setResizeMode(QListView::Adjust);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setUniformItemSizes(true);
    }

protected:
    QStringList mimeTypes() const override { return { kLeadMime }; }

    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        auto* mime = new QMimeData;
        if (!items.isEmpty())
            mime->setData(kLeadMime, QByteArray::number(items.first()->data(kIdRole).toLongLong()));
        return mime;
    }

    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->mimeData()->hasFormat(kLeadMime) && event->source() != this)
            event->acceptProposedAction();
        else
            event->ignore();
    }

    void dragMoveEvent(QDragMoveEvent* event) override
    {
        if (event->mimeData()->hasFormat(kLeadMime) && event->source() != this)
            event->acceptProposedAction();
        else
            event->ignore();
    }

    void dropEvent(QDropEvent* event) override
    {
        const qint64 leadId = event->mimeData()->data(kLeadMime).toLongLong();
        // The drag's source keeps its item: the board reloads both columns once the move is written.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        if (leadId > 0)
            m_board->moveLead(leadId, m_stage);
    }

private:
    Stage m_stage;
    PipelineBoard* m_board;
};

struct Card
{
    qint64 id = 0;
    QString name;
    QString detail;
};

} // namespace

PipelineBoard::PipelineBoard(QWidget* parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    m_message->setObjectName(QStringLiteral("boardMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* columns = new QHBoxLayout;
    for (Stage stage : Stages::all()) {
        auto* title = new QLabel(this);
        title->setObjectName(Stages::name(stage) + QStringLiteral("TitleLabel"));
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto* list = new StageList(stage, this);
        connect(list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, stage, list](int value) {
            if (value >= list->verticalScrollBar()->maximum() - 2 * list->sizeHintForRow(0)
                && !m_loading.value(stage) && !m_complete.value(stage, true))
                loadPage(stage, list->count());
        });
        auto* column = new QVBoxLayout;
        column->addWidget(title);
        column->addWidget(list, 1);
        columns->addLayout(column, 1);
        m_titles.insert(stage, title);
        m_lists.insert(stage, list);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
}

void PipelineBoard::setModel(LeadTableModel* model)
{
    m_model = model;
}

void PipelineBoard::showMessage(const QString& text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PipelineBoard::reload()
{
    if (!m_model)
        return;
    ++m_generation;
    m_query = m_model->query();
    m_pending = int(Stages::all().size()) + 1;
    m_pendingPages = int(Stages::all().size());
    for (Stage stage : Stages::all()) {
        m_lists[stage]->clear();
        m_complete[stage] = false;
        m_loading[stage] = false;
        m_titles[stage]->setText(Stages::title(stage));
        loadPage(stage, 0);
    }
    loadCounts();
}

void PipelineBoard::finishedOne()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT loaded();
}

void PipelineBoard::loadPage(Stage stage, int offset)
{
    m_loading[stage] = true;
    const LeadFilter filter = LeadFilter::build(m_query.conditions, m_query.searchText);
    const quint64 generation = m_generation;
    // By id in each stage: the stage index answers it a page at a time, whatever the table's sort.
    m_model->read(this,
        [this, stage, offset, filter, generation](Workspace& workspace) -> LeadTableModel::Continuation {
            SqliteStatement select(workspace.handle(),
                QByteArray(
                    "SELECT id, trim(first_name || ' ' || last_name), email, company, score FROM leads "
                    "WHERE stage = ? AND ("
                    + filter.sql + ") ORDER BY id LIMIT ? OFFSET ?"));
            int parameter = 1;
            const QByteArray stageName = Stages::name(stage).toUtf8(); // bound without a copy: kept alive
            select.bindText(parameter++, stageName);
            for (const QByteArray& value : filter.parameters)
                select.bindText(parameter++, value);
            select.bindInt(parameter++, kPageSize);
            select.bindInt(parameter, offset);
            QList<Card> cards;
            while (select.step()) {
                const QString name = QString::fromUtf8(select.columnText(1));
                const QString company = QString::fromUtf8(select.columnText(3));
                const QString score = QString::fromUtf8(select.columnText(4));
                QStringList detail;
                if (!company.isEmpty())
                    detail.append(company);
                if (!score.isEmpty())
                    detail.append(tr("score %1").arg(score));
                cards.append(
                    { select.columnInt(0), name.isEmpty() ? QString::fromUtf8(select.columnText(2)) : name,
                        detail.join(QStringLiteral(" · ")) });
            }
            return [this, stage, offset, cards, generation] {
                if (generation != m_generation)
                    return;
                QListWidget* list = m_lists[stage];
                for (const Card& card : cards) {
                    auto* item = new QListWidgetItem(
                        card.name.isEmpty() ? tr("Lead %1").arg(card.id) : card.name, list);
                    item->setData(kIdRole, card.id);
                    item->setData(kDetailRole, card.detail);
                    item->setToolTip(card.detail);
                }
                m_loading[stage] = false;
                m_complete[stage] = cards.size() < kPageSize;
                if (offset == 0) {
                    if (--m_pendingPages == 0)
                        Q_EMIT cardsShown();
                    finishedOne();
                }
            };
        });
}

void PipelineBoard::loadCounts()
{
    const LeadFilter filter = LeadFilter::build(m_query.conditions, m_query.searchText);
    const quint64 generation = m_generation;
    m_model->read(this, [this, filter, generation](Workspace& workspace) -> LeadTableModel::Continuation {
        SqliteStatement select(workspace.handle(),
            QByteArray("SELECT stage, count(*) FROM leads WHERE (" + filter.sql + ") GROUP BY stage"));
        for (int i = 0; i < filter.parameters.size(); ++i)
            select.bindText(i + 1, filter.parameters[i]);
        QHash<QString, qint64> counts;
        while (select.step())
            counts.insert(QString::fromUtf8(select.columnText(0)), select.columnInt(1));
        return [this, counts, generation] {
            if (generation != m_generation)
                return;
            const QLocale locale;
            for (Stage stage : Stages::all()) {
                m_counts[stage] = counts.value(Stages::name(stage));
                m_titles[stage]->setText(
                    tr("%1 (%2)").arg(Stages::title(stage), locale.toString(m_counts[stage])));
            }
            finishedOne();
        };
    });
}

void PipelineBoard::moveLead(qint64 leadId, Stage to)
{
    if (!m_model)
        return;
    m_model->write(this, [this, leadId, to](Workspace& workspace) -> LeadTableModel::Continuation {
        const QString refused
            = Pipeline(workspace).tryMove(leadId, to, tr("you"), QDateTime::currentMSecsSinceEpoch()).refused;
        return [this, leadId, to, refused] {
            if (!refused.isEmpty()) {
                // The card stays in its column: nothing moved.
                showMessage(refused, true);
                Q_EMIT moveRefused(refused);
                return;
            }
            showMessage(tr("Moved to %1.").arg(Stages::title(to)), false);
            Q_EMIT leadMoved(leadId);
            reload();
        };
    });
}

} // namespace LeadSync
