#include "CampaignCommand.h"

#include "table/LeadTableModel.h"

namespace LeadSync {

CampaignCommand::CampaignCommand(
    LeadTableModel* model, CampaignChangePtr change, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_change(std::move(change))
{ }

void CampaignCommand::redo()
{
    m_model->changeCampaigns(m_change, false);
}

void CampaignCommand::undo()
{
    m_model->changeCampaigns(m_change, true);
}

} // namespace LeadSync
