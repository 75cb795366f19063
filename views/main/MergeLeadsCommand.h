#pragma once

#include "leads/Duplicates.h"

#include <QUndoCommand>

#include <memory>

namespace LeadSync {

class LeadTableModel;

// Merging groups of duplicate leads, on the undo stack: redo merges each (Duplicates::merge) on the
// writer's thread, undo puts the removed leads back whole and takes the kept leads' edits back.
class MergeLeadsCommand final : public QUndoCommand
{
public:
    MergeLeadsCommand(LeadTableModel* model, QList<LeadMerge> merges, const QString& text);

    void redo() override;
    void undo() override;

private:
    void run(bool merge);

    LeadTableModel* m_model;
    // Shared with the writer's tasks, which fill in what each merge removed.
    std::shared_ptr<QList<LeadMerge>> m_merges;
};

} // namespace LeadSync
