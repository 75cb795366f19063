#include "FilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadSync {

namespace {

using Op = LeadCondition::Op;

// The operators offered, in menu order, with the words a user reads.
QList<std::pair<Op, QString>> operatorChoices()
{
    return {
        { Op::Equals, FilterBar::tr("is") },
        { Op::NotEquals, FilterBar::tr("is not") },
        { Op::IsOneOf, FilterBar::tr("is one of") },
        { Op::Contains, FilterBar::tr("contains") },
        { Op::DoesNotContain, FilterBar::tr("does not contain") },
        { Op::StartsWith, FilterBar::tr("starts with") },
        { Op::EndsWith, FilterBar::tr("ends with") },
        { Op::IsEmpty, FilterBar::tr("is empty") },
        { Op::IsNotEmpty, FilterBar::tr("is not empty") },
        { Op::Greater, FilterBar::tr("is greater than") },
        { Op::Less, FilterBar::tr("is less than") },
        { Op::GreaterOrEqual, FilterBar::tr("is at least") },
        { Op::LessOrEqual, FilterBar::tr("is at most") },
    };
}

bool takesValue(Op op)
{
    return op != Op::IsEmpty && op != Op::IsNotEmpty;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_viewCombo(new QComboBox(this))
    , m_deleteViewButton(new QToolButton(this))
{
    m_typingDebounce.setSingleShot(true);
    m_typingDebounce.setInterval(300);
    connect(&m_typingDebounce, &QTimer::timeout, this, &FilterBar::conditionsChanged);

    auto* addButton = new QToolButton(this);
    addButton->setObjectName(QStringLiteral("addConditionToolButton"));
    addButton->setText(tr("+ Filter"));
    addButton->setToolTip(tr("Add a condition (Ctrl+Shift+F)"));
    connect(addButton, &QToolButton::clicked, this, &FilterBar::addCondition);
    auto* clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearFiltersToolButton"));
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Remove every condition"));
    connect(clearButton, &QToolButton::clicked, this, [this] {
        const bool hadConditions = !conditions().isEmpty();
        setConditions({});
        setCurrentView({}); // what is shown is no saved view any more
        if (hadConditions)
            Q_EMIT conditionsChanged();
    });

    m_viewCombo->setObjectName(QStringLiteral("viewComboBox"));
    m_viewCombo->setMinimumContentsLength(14);
    m_viewCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setBuddy(m_viewCombo);
    setViewNames({});
    connect(m_viewCombo, &QComboBox::activated, this, [this] {
        m_deleteViewButton->setEnabled(!currentView().isEmpty());
        Q_EMIT viewChosen(currentView());
    });
    auto* saveViewButton = new QToolButton(this);
    saveViewButton->setObjectName(QStringLiteral("saveViewToolButton"));
    saveViewButton->setText(tr("Save View…"));
    saveViewButton->setToolTip(tr("Keep this filter, search, sort and columns under a name"));
    connect(saveViewButton, &QToolButton::clicked, this, &FilterBar::saveViewRequested);
    m_deleteViewButton->setObjectName(QStringLiteral("deleteViewToolButton"));
    m_deleteViewButton->setText(tr("Delete View"));
    m_deleteViewButton->setEnabled(false);
    connect(m_deleteViewButton, &QToolButton::clicked, this, [this] {
        if (!currentView().isEmpty())
            Q_EMIT deleteViewRequested(currentView());
    });

    auto* top = new QHBoxLayout;
    top->addWidget(addButton);
    top->addWidget(clearButton);
    top->addStretch(1);
    top->addWidget(viewLabel);
    top->addWidget(m_viewCombo);
    top->addWidget(saveViewButton);
    top->addWidget(m_deleteViewButton);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(top);
    layout->addLayout(m_rowsLayout);
}

void FilterBar::setColumns(const ColumnList& columns)
{
    m_columns = columns;
    const QList<LeadCondition> kept = conditions();
    setConditions(kept);
}

void FilterBar::setCampaignNames(const QStringList& names)
{
    m_campaignNames = names;
    for (Row& row : m_rows) {
        if (row.valuesOf == campaignsColumn().sqlName)
            row.valuesOf.clear(); // counted again
        updateValueEditor(row);
    }
}

void FilterBar::fillColumnCombo(QComboBox* combo) const
{
    for (const Column& column : m_columns)
        combo->addItem(column.displayName, column.sqlName);
    // Then what the lead's history says (messages sent, replies, hours since): the follow-up
    // selections ("no reply in the last 24 hours, fewer than 3 messages") are filters too.
    combo->insertSeparator(combo->count());
    for (const Column& column : systemColumns()) {
        if ((column.kind == u"number" || column.kind == u"elapsed") && column.sqlName != u"id")
            combo->addItem(column.displayName, column.sqlName);
    }
}

FilterBar::Row& FilterBar::appendRow()
{
    Row row;
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("conditionRow"));
    row.join = new QComboBox(row.widget);
    row.join->setObjectName(QStringLiteral("conditionJoinComboBox"));
    row.join->setAccessibleName(tr("And or or"));
    row.join->addItem(tr("and"), false);
    row.join->addItem(tr("or"), true);
    row.join->setToolTip(tr("\u201cor\u201d: this condition or the one above is enough"));
    // The first row has none, and keeps its room: the columns of the rows stay aligned.
    QSizePolicy keepRoom = row.join->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    row.join->setSizePolicy(keepRoom);
    row.column = new QComboBox(row.widget);
    row.column->setObjectName(QStringLiteral("conditionColumnComboBox"));
    row.column->setAccessibleName(tr("Column"));
    fillColumnCombo(row.column);
    row.op = new QComboBox(row.widget);
    row.op->setObjectName(QStringLiteral("conditionOperatorComboBox"));
    row.op->setAccessibleName(tr("Operator"));
    for (const auto& [op, text] : operatorChoices())
        row.op->addItem(text, int(op));
    row.value = new QComboBox(row.widget);
    row.value->setObjectName(QStringLiteral("conditionValueComboBox"));
    row.value->setAccessibleName(tr("Value"));
    row.value->setEditable(true);
    row.value->setInsertPolicy(QComboBox::NoInsert);
    row.value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row.value->lineEdit()->setPlaceholderText(tr("value"));
    auto* remove = new QToolButton(row.widget);
    remove->setObjectName(QStringLiteral("removeConditionToolButton"));
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAccessibleName(tr("Remove condition"));

    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.join);
    layout->addWidget(row.column);
    layout->addWidget(row.op);
    layout->addWidget(row.value, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);

    QWidget* widget = row.widget;
    const auto changed = [this] {
        if (!m_updating)
            Q_EMIT conditionsChanged();
    };
    const auto rowOf = [this, widget]() -> Row& {
        return *std::find_if(
            m_rows.begin(), m_rows.end(), [widget](const Row& r) { return r.widget == widget; });
    };
    connect(row.column, &QComboBox::currentIndexChanged, this, [this, rowOf, changed] {
        updateValueEditor(rowOf());
        changed();
    });
    connect(row.op, &QComboBox::currentIndexChanged, this, [this, rowOf, changed] {
        updateValueEditor(rowOf());
        changed();
    });
    connect(row.join, &QComboBox::currentIndexChanged, this, changed);
    connect(row.value, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            m_typingDebounce.start();
    });
    // A picked value goes in as the value (for "is one of", added to the values), without its count.
    connect(row.value, &QComboBox::activated, this, [this, rowOf](int index) {
        Row& current = rowOf();
        const QString picked = current.value->itemData(index).toString();
        if (picked.isEmpty())
            return;
        QString text = picked;
        if (Op(current.op->currentData().toInt()) == Op::IsOneOf) {
            QStringList values = LeadCondition(QString(), Op::IsOneOf, current.typed).values();
            if (!values.contains(picked, Qt::CaseInsensitive))
                values.append(picked);
            text = LeadCondition::joinValues(values);
        }
        current.typed = text;
        current.value->setEditText(text);
        m_typingDebounce.stop();
        Q_EMIT conditionsChanged();
    });
    connect(row.value->lineEdit(), &QLineEdit::textEdited, this,
        [rowOf](const QString& text) { rowOf().typed = text; });
    connect(row.value->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        m_typingDebounce.stop();
        Q_EMIT conditionsChanged();
    });
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        const qsizetype before = conditions().size();
        removeRow(widget);
        if (conditions().size() != before) // an incomplete condition filtered nothing
            Q_EMIT conditionsChanged();
    });
    updateValueEditor(m_rows.last());
    updateJoins();
    return m_rows.last();
}

void FilterBar::removeRow(QWidget* rowWidget)
{
    m_rows.removeIf([rowWidget](const Row& row) { return row.widget == rowWidget; });
    rowWidget->deleteLater();
    updateJoins();
}

// The value box lists the column's frequent values (the campaigns for the campaigns column), read in
// the background once per column chosen, and is hidden for "is empty".
void FilterBar::updateValueEditor(Row& row)
{
    const QScopedValueRollback updating(m_updating, true);
    const auto op = Op(row.op->currentData().toInt());
    row.value->setVisible(takesValue(op));
    const QString sqlName = row.column->currentData().toString();
    const Column* column = findColumn(m_columns, sqlName);
    if (!column || sqlName == row.valuesOf)
        return; // a history column (numbers of messages, hours) has no values to pick
    row.valuesOf = sqlName;
    const QString text = row.value->currentText();
    row.value->clear();
    row.value->setEditText(text);
    if (!m_valueSource) {
        if (sqlName == campaignsColumn().sqlName)
            row.value->addItems(m_campaignNames);
        row.value->setEditText(text);
        return;
    }
    m_valueSource(sqlName, row.widget, [this, widget = row.widget, sqlName](const ValueCounts& counts) {
        const auto found = std::find_if(
            m_rows.begin(), m_rows.end(), [widget](const Row& r) { return r.widget == widget; });
        if (found != m_rows.end() && found->valuesOf == sqlName)
            offerValues(*found, counts);
    });
}

void FilterBar::offerValues(Row& row, const ValueCounts& counts)
{
    const QScopedValueRollback updating(m_updating, true);
    const QString text = row.value->currentText();
    row.value->clear();
    for (const ValueCounts::Entry& entry : counts.entries)
        row.value->addItem(tr("%1   (%L2)").arg(entry.value).arg(entry.count), entry.value);
    row.value->setEditText(text);
    row.value->setToolTip(counts.exact
            ? tr("Pick one of the most frequent values; the number is how many leads have it.")
            : tr("Pick one of the most frequent values; the number is how many of the first %L1 leads have "
                 "it.")
                  .arg(ValueCounts::kScanLimit));
}

// "and"/"or" joins a condition to the one above: the first row has none above.
void FilterBar::updateJoins()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].join->setVisible(i > 0);
}

void FilterBar::addCondition()
{
    Row& row = appendRow();
    row.column->setFocus(Qt::ShortcutFocusReason);
}

QList<LeadCondition> FilterBar::conditions() const
{
    QList<LeadCondition> result;
    for (const Row& row : m_rows) {
        const auto op = Op(row.op->currentData().toInt());
        const QString value = takesValue(op) ? row.value->currentText() : QString();
        if (row.column->currentIndex() < 0 || (takesValue(op) && value.trimmed().isEmpty()))
            continue;
        result.append({ row.column->currentData().toString(), op, value,
            !result.isEmpty() && row.join->currentData().toBool() });
    }
    return result;
}

void FilterBar::setConditions(const QList<LeadCondition>& conditions)
{
    const QScopedValueRollback updating(m_updating, true);
    m_typingDebounce.stop();
    for (const Row& row : std::as_const(m_rows))
        row.widget->deleteLater();
    m_rows.clear();
    for (const LeadCondition& condition : conditions) {
        const int column = [this, &condition] {
            for (qsizetype i = 0; i < m_columns.size(); ++i) {
                if (m_columns[i].sqlName == condition.sqlName)
                    return int(i);
            }
            return -1;
        }();
        if (column < 0)
            continue; // a column since deleted
        Row& row = appendRow();
        row.column->setCurrentIndex(column);
        row.op->setCurrentIndex(row.op->findData(int(condition.op)));
        row.join->setCurrentIndex(condition.orWithPrevious ? 1 : 0);
        updateValueEditor(row);
        row.value->setEditText(condition.value);
        row.typed = condition.value;
    }
}

QString FilterBar::describe(const LeadCondition& condition, const ColumnList& columns)
{
    const Column* column = findColumn(columns, condition.sqlName);
    const QString name = column ? column->displayName : condition.sqlName;
    const auto choices = operatorChoices();
    const auto op = std::find_if(choices.cbegin(), choices.cend(),
        [&condition](const auto& choice) { return choice.first == condition.op; });
    const QString text = (condition.orWithPrevious ? tr("or") + u' ' : QString()) + name + u' ' + op->second;
    return takesValue(condition.op) ? text + u' ' + condition.value : text;
}

void FilterBar::setViewNames(const QStringList& names)
{
    const QString current = currentView();
    m_viewCombo->clear();
    m_viewCombo->addItem(tr("(none)"), QString());
    for (const QString& name : names)
        m_viewCombo->addItem(name, name);
    setCurrentView(current);
}

void FilterBar::setCurrentView(const QString& name)
{
    setViewModified(false);
    const int index = m_viewCombo->findData(name);
    m_viewCombo->setCurrentIndex(std::max(0, index));
    m_deleteViewButton->setEnabled(m_viewCombo->currentIndex() > 0);
}

void FilterBar::setViewModified(bool modified)
{
    const int index = m_viewCombo->currentIndex();
    m_viewModified = modified && index > 0;
    if (index > 0) {
        const QString name = m_viewCombo->itemData(index).toString();
        m_viewCombo->setItemText(index, m_viewModified ? tr("%1 (modified)").arg(name) : name);
    }
}

QString FilterBar::currentView() const
{
    return m_viewCombo->currentData().toString();
}

} // namespace LeadSync
