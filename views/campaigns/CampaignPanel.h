#pragma once

#include "campaigns/CampaignStore.h"
#include "leads/LeadFilter.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QUndoStack;

namespace LeadSync {

class LeadTableModel;

// The campaigns beside the table: pick one to see its leads; create, rename and delete them; add
// leads to one or take them out. Every change is an undoable command.
class CampaignPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignPanel)

public:
    explicit CampaignPanel(QUndoStack* undoStack, QWidget* parent = nullptr);

    void setModel(LeadTableModel* model);
    // Highlights the campaign a filter condition picks (an empty condition: all leads), quietly.
    void setCurrentFilter(const LeadCondition& condition);
    // The campaign highlighted, or empty.
    QString currentCampaign() const;

    // Each opens a small dialog (non-modal) and pushes the command when it is accepted.
    void createCampaign();
    void renameCurrentCampaign();
    void deleteCurrentCampaign();
    using LeadsFilter = std::pair<QList<LeadCondition>, QString>; // conditions, search
    // Adds the leads to a campaign chosen or typed (a new name creates it), or removes them from one:
    // the leads given, or when filter is set, the leadCount leads meeting it.
    void assignLeads(const QList<qint64>& leadIds, bool add, const std::optional<LeadsFilter>& filter = {},
        int leadCount = 0);

Q_SIGNALS:
    // The campaign condition to filter by: campaigns = NAME, campaigns is empty, or none (sqlName empty).
    void filterChosen(const LeadSync::LeadCondition& condition);

private:
    void rebuild();
    void push(CampaignChange change, const QString& text);
    enum class Ask {
        NewName, // a name no other campaign than renamedId has
        Existing, // one of the campaigns
        ExistingOrNew, // one of them, or a new name (to be created)
    };
    // Asks for a campaign in a small dialog; done() gets the trimmed name when accepted.
    void askCampaign(const QString& title, const QString& label, Ask ask, const QString& initial,
        qint64 renamedId, const std::function<void(const QString&)>& done);
    QStringList names() const;
    bool exists(const QString& name, qint64 exceptId = 0) const;
    qint64 currentId() const;

    QUndoStack* m_undoStack;
    LeadTableModel* m_model = nullptr;
    QListWidget* m_list = nullptr;
    LeadCondition m_filter;
    bool m_updating = false;
};

} // namespace LeadSync
