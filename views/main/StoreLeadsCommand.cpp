#include "StoreLeadsCommand.h"

#include "table/LeadTableModel.h"

namespace LeadSync {

StoreLeadsCommand::StoreLeadsCommand(
    LeadTableModel* model, Action action, StoredLeads leads, const QString& text)
    : QUndoCommand(text)
    , m_model(model)
    , m_action(action)
    , m_leads(std::move(leads))
{ }

void StoreLeadsCommand::redo()
{
    run(m_action == Action::Add);
}

void StoreLeadsCommand::undo()
{
    run(m_action != Action::Add);
}

void StoreLeadsCommand::run(bool insert)
{
    if (insert)
        m_model->insertLeads(m_leads);
    else
        m_model->deleteLeads(m_leads);
}

} // namespace LeadSync
