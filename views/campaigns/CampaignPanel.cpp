#include "CampaignPanel.h"

#include "CampaignCommand.h"
#include "table/LeadTableModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace LeadSync {

namespace {
// What a row of the list stands for.
enum class Entry { AllLeads, NoCampaign, Campaign };
constexpr int kEntryRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
} // namespace

CampaignPanel::CampaignPanel(QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("campaignListWidget"));
    m_list->setAccessibleName(tr("Campaigns"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_updating || !m_list->currentItem())
            return;
        const QListWidgetItem* item = m_list->currentItem();
        LeadCondition condition;
        switch (Entry(item->data(kEntryRole).toInt())) {
        case Entry::AllLeads:
            break;
        case Entry::NoCampaign:
            condition = { campaignsColumn().sqlName, LeadCondition::Op::IsEmpty, {} };
            break;
        case Entry::Campaign:
            condition
                = { campaignsColumn().sqlName, LeadCondition::Op::Equals, item->data(kNameRole).toString() };
            break;
        }
        m_filter = condition;
        Q_EMIT filterChosen(condition);
    });

    const auto addButton = [this](const QString& name, const QString& text, const QString& tip, auto slot) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        return button;
    };
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton(QStringLiteral("newCampaignToolButton"), tr("New…"), tr("Create a campaign"),
        &CampaignPanel::createCampaign));
    buttons->addWidget(addButton(QStringLiteral("renameCampaignToolButton"), tr("Rename…"),
        tr("Rename the selected campaign"), &CampaignPanel::renameCurrentCampaign));
    buttons->addWidget(addButton(QStringLiteral("deleteCampaignToolButton"), tr("Delete"),
        tr("Delete the selected campaign (its leads stay)"), &CampaignPanel::deleteCurrentCampaign));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    rebuild();
}

void CampaignPanel::setModel(LeadTableModel* model)
{
    m_model = model;
    connect(model, &LeadTableModel::campaignsChanged, this, &CampaignPanel::rebuild);
    rebuild();
}

void CampaignPanel::rebuild()
{
    const QScopedValueRollback updating(m_updating, true);
    m_list->clear();
    auto* all = new QListWidgetItem(tr("All leads"), m_list);
    all->setData(kEntryRole, int(Entry::AllLeads));
    auto* none = new QListWidgetItem(tr("Not in a campaign"), m_list);
    none->setData(kEntryRole, int(Entry::NoCampaign));
    if (m_model) {
        for (const Campaign& campaign : m_model->campaigns()) {
            auto* item
                = new QListWidgetItem(tr("%1 (%L2)").arg(campaign.name).arg(campaign.leadCount), m_list);
            item->setData(kEntryRole, int(Entry::Campaign));
            item->setData(kNameRole, campaign.name);
            item->setData(kIdRole, campaign.id);
            item->setToolTip(tr("%Ln lead(s) in %1", nullptr, int(campaign.leadCount)).arg(campaign.name));
        }
    }
    setCurrentFilter(m_filter);
}

void CampaignPanel::setCurrentFilter(const LeadCondition& condition)
{
    const QScopedValueRollback updating(m_updating, true);
    m_filter = condition;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const auto entry = Entry(item->data(kEntryRole).toInt());
        const bool match = condition.sqlName.isEmpty()   ? entry == Entry::AllLeads
            : condition.op == LeadCondition::Op::IsEmpty ? entry == Entry::NoCampaign
                                                         : entry == Entry::Campaign
                && item->data(kNameRole).toString().compare(condition.value.trimmed(), Qt::CaseInsensitive)
                    == 0;
        if (match) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

QString CampaignPanel::currentCampaign() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && Entry(item->data(kEntryRole).toInt()) == Entry::Campaign ? item->data(kNameRole).toString()
                                                                            : QString();
}

qint64 CampaignPanel::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QStringList CampaignPanel::names() const
{
    QStringList result;
    if (m_model) {
        for (const Campaign& campaign : m_model->campaigns())
            result.append(campaign.name);
    }
    return result;
}

bool CampaignPanel::exists(const QString& name, qint64 exceptId) const
{
    if (!m_model)
        return false;
    const auto& campaigns = m_model->campaigns();
    return std::any_of(campaigns.cbegin(), campaigns.cend(), [&name, exceptId](const Campaign& campaign) {
        return campaign.id != exceptId && campaign.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

void CampaignPanel::push(CampaignChange change, const QString& text)
{
    if (m_model)
        m_undoStack->push(
            new CampaignCommand(m_model, std::make_shared<CampaignChange>(std::move(change)), text));
}

void CampaignPanel::askCampaign(const QString& title, const QString& label, Ask ask, const QString& initial,
    qint64 renamedId, const std::function<void(const QString&)>& done)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("campaignDialog"));
    dialog->setWindowTitle(title);
    auto* combo = new QComboBox(dialog);
    combo->setObjectName(QStringLiteral("campaignComboBox"));
    combo->setEditable(ask != Ask::Existing);
    combo->setInsertPolicy(QComboBox::NoInsert);
    if (ask != Ask::NewName)
        combo->addItems(names());
    combo->setCurrentText(initial);
    combo->setMinimumContentsLength(24);
    auto* hint = new QLabel(dialog);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* form = new QFormLayout(dialog);
    form->addRow(label, combo);
    form->addRow(hint);
    form->addRow(buttons);
    const bool mustBeNew = ask == Ask::NewName;
    const auto validate = [this, combo, hint, buttons, mustBeNew, renamedId] {
        const QString name = combo->currentText().trimmed();
        QString problem;
        if (mustBeNew && exists(name, renamedId))
            problem = tr("There is already a campaign \"%1\".").arg(name);
        else if (!mustBeNew && !name.isEmpty() && !exists(name))
            problem = tr("A new campaign \"%1\" will be created.").arg(name);
        hint->setText(problem);
        const bool ok = !name.isEmpty() && !(mustBeNew && exists(name, renamedId));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(combo, &QComboBox::currentTextChanged, dialog, validate);
    validate();
    connect(dialog, &QDialog::accepted, this, [combo, done] { done(combo->currentText().trimmed()); });
    dialog->open();
}

void CampaignPanel::createCampaign()
{
    askCampaign(tr("New Campaign"), tr("&Name:"), Ask::NewName, {}, 0, [this](const QString& name) {
        push({ CampaignChange::Action::Create, 0, name, {}, {}, 0, {} }, tr("New Campaign %1").arg(name));
    });
}

void CampaignPanel::renameCurrentCampaign()
{
    const qint64 id = currentId();
    const QString old = currentCampaign();
    if (id == 0)
        return;
    askCampaign(
        tr("Rename Campaign"), tr("&Name:"), Ask::NewName, old, id, [this, id, old](const QString& name) {
            if (name != old)
                push({ CampaignChange::Action::Rename, id, name, {}, {}, 0, {} },
                    tr("Rename Campaign %1 to %2").arg(old, name));
        });
}

// No confirmation: a deleted campaign comes back, with its members, with Undo.
void CampaignPanel::deleteCurrentCampaign()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const QString name = currentCampaign();
    push({ CampaignChange::Action::Delete, id, {}, {}, {}, 0, {} }, tr("Delete Campaign %1").arg(name));
    if (m_filter.sqlName == campaignsColumn().sqlName
        && m_filter.value.compare(name, Qt::CaseInsensitive) == 0) {
        m_filter = {};
        Q_EMIT filterChosen(m_filter);
    }
}

void CampaignPanel::assignLeads(
    const QList<qint64>& leadIds, bool add, const std::optional<LeadsFilter>& filter, int leadCount)
{
    if ((leadIds.isEmpty() && !filter) || !m_model || (!add && m_model->campaigns().isEmpty()))
        return;
    const int count = filter ? leadCount : int(leadIds.size());
    const QString title = add ? tr("Add %Ln Lead(s) to Campaign", nullptr, count)
                              : tr("Remove %Ln Lead(s) from Campaign", nullptr, count);
    askCampaign(title, tr("&Campaign:"), add ? Ask::ExistingOrNew : Ask::Existing, currentCampaign(), 0,
        [this, leadIds, add, count, filter](const QString& name) {
            if (add && !exists(name)) {
                m_undoStack->beginMacro(tr("Add %Ln Lead(s) to New Campaign %1", nullptr, count).arg(name));
                push({ CampaignChange::Action::Create, 0, name, {}, {}, 0, {} },
                    tr("New Campaign %1").arg(name));
            }
            const qint64 id = [this, &name] {
                for (const Campaign& campaign : m_model->campaigns()) {
                    if (campaign.name.compare(name, Qt::CaseInsensitive) == 0)
                        return campaign.id;
                }
                return qint64(0); // made just now: found by name on the writer's thread
            }();
            push({ add ? CampaignChange::Action::Assign : CampaignChange::Action::Unassign, id, name, leadIds,
                     {}, 0, {}, filter },
                add ? tr("Add %Ln Lead(s) to %1", nullptr, count).arg(name)
                    : tr("Remove %Ln Lead(s) from %1", nullptr, count).arg(name));
            if (add && id == 0)
                m_undoStack->endMacro();
        });
}

} // namespace LeadSync
