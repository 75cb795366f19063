#pragma once

#include "leads/LeadFilter.h"
#include "outreach/Mailbox.h"
#include "outreach/OutreachEngine.h"
#include "outreach/Sequence.h"
#include "replies/ReplyActions.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace LeadSync {

class EnrollDialog;
class FiguresTab;
class Workspace;
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

    enum Tab { InboxTab, OutboxTab, SequencesTab, FiguresTab, MailboxesTab, OptOutsTab };
    void showTab(Tab tab);
    // The workspace (its path and its table's model; nullptr: none open); everything is read again.
    void setWorkspace(const QString& path, LeadTableModel* model);
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

    QTreeWidget* inbox() const { return m_inbox; }
    LeadSync::FiguresTab* figures() const { return m_figures; }
    QComboBox* inboxFilter() const { return m_inboxFilter; }
    QPlainTextEdit* draftEdit() const { return m_draft; }
    // The reply selected in the inbox: its answer drafted again, sent (the text in the editor), or
    // discarded; its class corrected.
    void draftSelectedReply();
    void sendSelectedReply();
    void discardSelectedReply();
    void classifySelectedReply(const QString& replyClass);
    QTreeWidget* outbox() const { return m_outbox; }
    QTreeWidget* sequences() const { return m_sequences; }
    QTreeWidget* mailboxes() const { return m_mailboxes; }
    QComboBox* outboxFilter() const { return m_outboxFilter; }

Q_SIGNALS:
    // The lists were read again.
    void refreshed();
    // An answer was sent or drafted (error empty), or not.
    void answerSent(const QString& error);
    // A change was written (an enrollment, a resolution); the table's history may have changed.
    void changed();

private:
    QWidget* makeInboxTab();
    void showSelectedReply();
    std::optional<StoredReply> selectedReply() const;
    // Runs an action on the selected reply on the writer, then reads everything again.
    void onSelectedReply(const std::function<void(ReplyActions&, qint64)>& action);
    // Runs work on a worker with its own connection, writing through the workspace's writer; its
    // error (empty: none) then shows, and everything is read again.
    void runOnWorker(const std::function<QString(Workspace&, const OutreachEngine::Write&)>& work);
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
    QList<StoredReply> m_replyList;
    QString m_path;
    QComboBox* m_inboxFilter;
    QComboBox* m_inboxMailbox;
    QTreeWidget* m_inbox;
    QPlainTextEdit* m_replyText;
    QComboBox* m_replyClass;
    QPlainTextEdit* m_draft;
    QPushButton* m_sendAnswer;
    QFutureWatcher<QString> m_sending;
    LeadSync::FiguresTab* m_figures;
    QTabWidget* m_tabs;
    QComboBox* m_outboxFilter;
    QTreeWidget* m_outbox;
    QLabel* m_outboxNote;
    QTreeWidget* m_sequences;
    QTreeWidget* m_mailboxes;
    QTreeWidget* m_optOuts;
};

} // namespace LeadSync
