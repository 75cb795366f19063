#pragma once

#include "leads/LeadEdit.h"

#include <QUndoCommand>

namespace LeadSync {

class LeadTableModel;

// Adding leads or deleting them, on the undo stack. The two are mirror images: adding inserts and
// undo deletes, deleting deletes and undo inserts. The shared StoredLeads carry each lead's id and
// every column between the two, so an undone delete brings the leads back exactly as they were.
class StoreLeadsCommand final : public QUndoCommand
{
public:
    enum class Action { Add, Delete };

    StoreLeadsCommand(LeadTableModel* model, Action action, StoredLeads leads, const QString& text);

    void redo() override;
    void undo() override;

private:
    void run(bool insert);

    LeadTableModel* m_model;
    Action m_action;
    StoredLeads m_leads;
};

} // namespace LeadSync
