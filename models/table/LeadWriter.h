#pragma once

#include "leads/LeadEdit.h"

#include <QObject>
#include <QSqlRecord>

#include <functional>
#include <memory>

namespace LeadSync {

class Workspace;

// Writes the user's edits to the workspace on its own thread and connection (the one writer of the
// table), each batch in one transaction, keeping the full-text index in step.
class LeadWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadWriter)

public:
    explicit LeadWriter(QString workspacePath, QObject* parent = nullptr);
    ~LeadWriter() override;

public Q_SLOTS:
    void write(const LeadSync::LeadEdits& edits);
    // Inserts the leads (with their stored id and columns, or as new empty leads).
    void insertLeads(const LeadSync::StoredLeads& leads);
    // Deletes the leads, keeping every column of each, and its related rows, in `leads` first.
    void deleteLeads(const LeadSync::StoredLeads& leads);
    // Runs any change in one transaction after the ones given before it; throws Error.
    void perform(const std::function<void(Workspace&)>& work);

Q_SIGNALS:
    void written(const LeadSync::LeadEdits& edits);
    // The conditional edits (undo, redo) left undone because their cell had changed since.
    void conflicted(const LeadSync::LeadEdits& edits);
    void failed(const LeadSync::LeadEdits& edits, const QString& message);
    void leadsInserted(const LeadSync::StoredLeads& leads);
    void leadsDeleted(const LeadSync::StoredLeads& leads);
    void leadsFailed(const QString& message);

private:
    void insertRecord(const QString& table, const QSqlRecord& record);

    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace LeadSync
