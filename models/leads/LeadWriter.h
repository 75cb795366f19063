#pragma once

#include "LeadEdit.h"

#include <QObject>

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

Q_SIGNALS:
    void written(const LeadSync::LeadEdits& edits);
    void failed(const LeadSync::LeadEdits& edits, const QString& message);

private:
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace LeadSync
