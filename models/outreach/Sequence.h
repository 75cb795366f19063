#pragma once

#include "SendingWindow.h"
#include "StepDelay.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

// One message of a step: a subject and a body in the template language of template columns
// ({{column|fallback}}). An empty subject replies in the thread of the previous step ("Re: ...").
struct StepVariant
{
    QString subject;
    QString body;

    bool operator==(const StepVariant&) const = default;
};

struct SequenceStep
{
    StepDelay after; // after the previous step's send (the first: after enrolling)
    QList<StepVariant> variants; // one, or an A/B test: assigned evenly and for good per lead

    bool operator==(const SequenceStep&) const = default;
};

// A sequence as its JSON file gives it (README: "The sequence file"): a name, a mailbox, a sending
// window in the lead's zone (or a named zone), a rule to stop for the whole company on a reply, and
// its steps.
struct SequenceSpec
{
    QString name;
    QString mailbox;
    SendingWindow window;
    QString timeZone = QStringLiteral("lead"); // "lead", or a zone name for every lead
    bool stopOnCompanyReply = false;
    // An interested reply gets its drafted answer sent by itself (the booking link), not only drafted.
    bool autoSendInterested = false;
    QList<SequenceStep> steps;

    // Throws Error naming the field ("steps[2].after") and what is wrong with it.
    static SequenceSpec fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // The variant a lead gets at a step: the lead id spread evenly over the variants.
    static int variantFor(qint64 leadId, int step, qsizetype variants);

    bool operator==(const SequenceSpec&) const = default;
};

struct Sequence
{
    qint64 id = 0;
    qint64 mailboxId = 0;
    bool paused = false;
    SequenceSpec spec;
};

// The sequences of a workspace. Throws Error naming the sequence.
class SequenceStore final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::SequenceStore)

public:
    explicit SequenceStore(Workspace& workspace);

    // Adds the sequence, or replaces the one of the same name (its steps and rules; enrollments and
    // their messages stay). Its mailbox must exist. Returns its id.
    qint64 save(const SequenceSpec& spec, qint64 now);
    QList<Sequence> list() const;
    std::optional<Sequence> find(const QString& name) const;
    // Throws Error when there is no such sequence.
    Sequence get(const QString& name) const;
    // Pauses or resumes the sequence, with an event in the history of each lead it holds. Inside the
    // caller's transaction.
    void setPaused(const QString& name, bool paused, qint64 now);

private:
    Workspace& m_workspace;
};

} // namespace LeadSync
