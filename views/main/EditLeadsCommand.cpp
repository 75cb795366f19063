#include "EditLeadsCommand.h"

#include "table/LeadTableModel.h"

namespace LeadSync {

EditLeadsCommand::EditLeadsCommand(LeadTableModel* model, LeadEdits edits, const QString& text)
    : QUndoCommand(text)
    , m_model(model)
    , m_edits(std::move(edits))
{
    m_sinceLastEdit.start();
}

void EditLeadsCommand::redo()
{
    LeadEdits edits = m_edits;
    for (LeadEdit& edit : edits)
        edit.ifUnchanged = m_done;
    m_done = true;
    m_model->applyEdits(edits);
}

void EditLeadsCommand::undo()
{
    m_model->applyEdits(reversed(m_edits));
}

bool EditLeadsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditLeadsCommand*>(other);
    if (m_edits.size() != 1 || next->m_edits.size() != 1 || m_sinceLastEdit.elapsed() > kBurstMs)
        return false;
    LeadEdit& mine = m_edits.first();
    const LeadEdit& theirs = next->m_edits.first();
    if (mine.leadId != theirs.leadId || mine.sqlName != theirs.sqlName)
        return false;
    mine.newValue = theirs.newValue;
    m_sinceLastEdit.restart();
    return true;
}

} // namespace LeadSync
