#pragma once

#include "leads/LeadFilter.h"
#include "outreach/Mailbox.h"
#include "outreach/OutreachEngine.h"
#include "outreach/Sequence.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace LeadSync {

class EnrollDialog;
class LeadTableModel;
class MailboxDialog;
class OutreachController;
class SequenceEditor;

// The Outreach area: the outbox (what goes next, what was sent, and what waits for the user: failed,
// unknown and skipped messages, with Send Again, Skip and Mark Sent), the sequences (new, edit, pause,
// enroll), the mailboxes (add, edit, test) and the opt-out list. Every read runs on the table model's
// loader thread and every change on the workspace's writer: the window never waits on the database.
class OutreachWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachWindow)

public:
    OutreachWindow(OutreachController* controller, QWidget* parent = nullptr);

    enum Tab { OutboxTab, SequencesTab, MailboxesTab, OptOutsTab };
    void showTab(Tab tab);
    // The workspace's model (nullptr: none open); everything is read again.
    void setModel(LeadTableModel* model);
    // The lead the sequence editor's preview shows (the table's current lead; 0: none).
    void setPreviewLead(qint64 leadId);
    void refresh();

    MailboxDialog* openMailboxDialog(const std::optional<Mailbox>& existing = {});
    SequenceEditor* openSequenceEditor(const std::optional<Sequence>& existing = {});
    // Enrolls the leads given, or those the filter matches; scope says which, for the user.
    EnrollDialog* openEnrollDialog(const QList<qint64>& leadIds,
        const std::optional<std::pair<QList<LeadCondition>, QString>>& filter, const QString& scope);
    // Takes the leads out of a sequence the user picks; their messages not sent yet are cancelled.
    void openUnenrollDialog(const QList<qint64>& leadIds,
        const std::optional<std::pair<QList<LeadCondition>, QString>>& filter, const QString& scope);
    // Applies a resolution to the messages selected in the outbox.
    void resolveSelected(OutreachEngine::Resolution resolution);

    QTreeWidget* outbox() const { return m_outbox; }
    QTreeWidget* sequences() const { return m_sequences; }
    QTreeWidget* mailboxes() const { return m_mailboxes; }
    QComboBox* outboxFilter() const { return m_outboxFilter; }

Q_SIGNALS:
    // The lists were read again.
    void refreshed();
    // A change was written (an enrollment, a resolution); the table's history may have changed.
    void changed();

private:
    QWidget* makeOutboxTab();
    QWidget* makeSequencesTab();
    QWidget* makeMailboxesTab();
    QWidget* makeOptOutsTab();
    std::optional<Sequence> currentSequence() const;
    std::optional<Mailbox> currentMailbox() const;
    void editCurrentSequence();
    void pauseCurrentSequence();
    void addOptOuts();
    void importOptOuts();
    void showError(const QString& message);

    OutreachController* m_controller;
    QPointer<LeadTableModel> m_model;
    qint64 m_previewLeadId = 0;
    quint64 m_refreshes = 0; // the reads asked for; only the latest is shown
    QPointer<SequenceEditor> m_editor;
    QList<Mailbox> m_mailboxList;
    QList<Sequence> m_sequenceList;
    QTabWidget* m_tabs;
    QComboBox* m_outboxFilter;
    QTreeWidget* m_outbox;
    QLabel* m_outboxNote;
    QTreeWidget* m_sequences;
    QTreeWidget* m_mailboxes;
    QTreeWidget* m_optOuts;
};

} // namespace LeadSync
