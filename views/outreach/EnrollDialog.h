#pragma once

#include "outreach/OutreachEngine.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace LeadSync {

// Enrolls leads (the table's selection, or every lead of its filter) into a sequence. Before
// anything is written it says how many will be enrolled and how many are skipped and why.
class EnrollDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollDialog)

public:
    // scope: which leads, as the user sees them ("12 selected leads").
    EnrollDialog(const QString& scope, QWidget* parent = nullptr);

    void setSequences(const QList<Sequence>& sequences, const QString& preferred);
    QString sequenceName() const;
    // The counts of a dry run for the sequence chosen.
    void showCounts(const QString& sequence, const OutreachEngine::EnrollResult& counts);
    void showError(const QString& message);
    QString countsText() const;
    // A reason the engine gives for a skip, in the user's language.
    static QString reasonText(const QString& reason);

Q_SIGNALS:
    // The counts for this sequence are wanted.
    void sequenceChosen(const QString& sequence);
    void enrollRequested(const QString& sequence);

private:
    QComboBox* m_sequence;
    QLabel* m_counts;
    QDialogButtonBox* m_buttons;
};

} // namespace LeadSync
