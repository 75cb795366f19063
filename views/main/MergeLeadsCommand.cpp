#include "MergeLeadsCommand.h"

#include "table/LeadTableModel.h"

namespace LeadSync {

MergeLeadsCommand::MergeLeadsCommand(LeadTableModel* model, QList<LeadMerge> merges, const QString& text)
    : QUndoCommand(text)
    , m_model(model)
    , m_merges(std::make_shared<QList<LeadMerge>>(std::move(merges)))
{ }

void MergeLeadsCommand::redo()
{
    run(true);
}

void MergeLeadsCommand::undo()
{
    run(false);
}

void MergeLeadsCommand::run(bool merge)
{
    m_model->write(m_model,
        [model = m_model, merges = m_merges, merge](Workspace& workspace) -> LeadTableModel::Continuation {
            if (merge) {
                for (LeadMerge& one : *merges)
                    Duplicates::merge(workspace, one);
            } else {
                // The last merged first, as a stack unwinds.
                for (auto it = merges->rbegin(); it != merges->rend(); ++it)
                    Duplicates::unmerge(workspace, *it);
            }
            return [model] {
                model->reload(); // rows came or went
                model->readCampaigns();
            };
        });
}

} // namespace LeadSync
