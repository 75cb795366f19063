#pragma once

#include "leads/LeadEdit.h"
#include "leads/LeadQuery.h"

#include "contacts/Contacts.h"

#include <QObject>

#include <functional>

class QMainWindow;
class QTableView;
class QUndoStack;

namespace LeadSync {

class CampaignPanel;
class LeadTableModel;

// What the user does to the leads selected in the table: copy, paste, set a field, add and delete
// leads, put them into or out of a campaign, each on every selected row whether its page is loaded
// or not (Ctrl+A over a million rows included), and each one undoable step. Works on the table's
// current model, whichever workspace is open.
class TableActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableActions)

public:
    // The most rows Ctrl+C copies (see copySelection()).
    static constexpr qint64 kMaxCopiedRows = 100000;

    TableActions(QTableView* view, QUndoStack* undoStack, CampaignPanel* campaignPanel, QMainWindow* window);

    // The selected rows as sorted, merged ranges (inclusive).
    QList<std::pair<int, int>> selectedRowRanges() const;
    qint64 selectedRowCount() const;
    // Calls then() with the leads of the selected rows, once the loader has read them.
    void withSelectedLeadIds(const std::function<void(const QList<qint64>&)>& then);

    // The edits as one undoable step.
    void pushEdits(const LeadSync::LeadEdits& edits);
    void copySelection();
    void pasteIntoCells();
    void bulkEdit();
    void addLead();
    void deleteSelectedLeads();
    void assignSelection(bool add);
    // Normalises the phones (to E.164) or Telegram usernames of the selected leads as one undoable
    // edit, flagging what cannot be read in Contact check (see Contacts).
    void cleanUpContacts(Contacts::Channel channel);

Q_SIGNALS:
    // The selected leads are being deleted: the detail panel lets go of its lead.
    void selectionDeleted();

private:
    LeadTableModel* model() const;
    QList<int> selectedColumns() const;
    void withSelectedRows(const QStringList& columns, const std::function<void(const LeadRows&)>& then);

    QTableView* m_view;
    QUndoStack* m_undoStack;
    CampaignPanel* m_campaignPanel;
    QMainWindow* m_window;
};

} // namespace LeadSync
