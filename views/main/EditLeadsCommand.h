#pragma once

#include "leads/LeadEdit.h"
#include "leads/LeadHistory.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace LeadSync {

class LeadTableModel;

// One user edit of leads (a cell, a field in the detail panel, a bulk edit) on the undo stack.
// Typing in one field of one lead merges into one command while the keystrokes come less than
// kBurstMs apart, so Undo takes back the word, not the last letter.
class EditLeadsCommand final : public QUndoCommand
{
public:
    static constexpr qint64 kBurstMs = LeadHistory::kMergeWindowMs; // the history merges them alike

    EditLeadsCommand(LeadTableModel* model, LeadEdits edits, const QString& text);

    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    LeadTableModel* m_model;
    LeadEdits m_edits;
    bool m_done = false; // redone once: later redos are conditional (see LeadEdit::ifUnchanged)
    QElapsedTimer m_sinceLastEdit;
};

} // namespace LeadSync
