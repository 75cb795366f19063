#pragma once

#include "leads/Column.h"
#include "leads/LeadHistory.h"
#include "replies/Conversation.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace LeadSync {

// The selected lead's fields, built-in and custom, beside the table.
class DetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPanel)

public:
    explicit DetailPanel(QWidget* parent = nullptr);

    void setColumns(const ColumnList& columns);
    // Shows a lead (values in column order), or nothing when leadId is 0.
    void showLead(qint64 leadId, const QStringList& values);
    // The computed fields' statuses, by field (the table's columns): an icon and "Failed: reason" in
    // the field, the reason as its tooltip. statuses[i] is (status, text); empty for a plain field.
    void showCellStatuses(const QList<std::pair<QString, QString>>& statuses);
    qint64 leadId() const { return m_leadId; }
    // The text shown for a column (by SQL name); for tests and accessibility.
    QString shownValue(const QString& sqlName) const;
    // The editor of a column (by SQL name).
    QWidget* editor(const QString& sqlName) const;
    // Whether a field's value is flagged as invalid (an email that is not an email).
    bool isFlagged(const QString& sqlName) const;
    // The shown lead's history, oldest first (shown newest first).
    void showHistory(const LeadEvents& events);
    // The lead's conversation (messages sent, replies, answers), oldest first; hidden when empty.
    void showConversation(const QList<ConversationEntry>& entries);
    QString conversationText() const;
    // The history as shown, one line per event; for tests and accessibility.
    QStringList historyLines() const { return m_historyLines; }

Q_SIGNALS:
    // The user changed a field of the shown lead.
    void fieldEdited(qint64 leadId, const QString& sqlName, const QString& oldValue, const QString& newValue);
    // The user clicked "Undo this import" on the lead's import in its history.
    void undoImportRequested(qint64 importId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool holdsLongText(const Column& column);
    void onEdited(int column, const QString& text);
    void validate(int column);
    QString describe(const LeadEvent& event) const;

    ColumnList m_columns;
    QStringList m_values;
    bool m_updating = false;
    qint64 m_leadId = 0;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QWidget*> m_editors;
    QList<QAction*> m_statusActions; // by editor; made on a field's first status
    QLabel* m_historyLabel = nullptr;
    QLabel* m_conversationTitle = nullptr;
    QLabel* m_conversationLabel = nullptr;
    QStringList m_historyLines;
};

} // namespace LeadSync
