#pragma once

#include "campaigns/CampaignStore.h"

#include <QUndoCommand>

namespace LeadSync {

class LeadTableModel;

// A campaign change on the undo stack; the model's writer applies and reverts it in order.
class CampaignCommand final : public QUndoCommand
{
public:
    CampaignCommand(
        LeadTableModel* model, CampaignChangePtr change, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    LeadTableModel* m_model;
    CampaignChangePtr m_change;
};

} // namespace LeadSync
