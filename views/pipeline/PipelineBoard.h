#pragma once

#include "leads/LeadQuery.h"
#include "pipeline/Pipeline.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace LeadSync {

class LeadTableModel;

// The pipeline as a board: a column per stage with its count and the leads as cards (name, company,
// score), each column read a page at a time on the table's loader thread as it is scrolled, so the
// board opens at once with a million leads. It shows the leads the table shows (its filter and
// search). Dragging a card to another column moves the lead by the pipeline's rules; a refused move
// leaves the card where it was and says which rule refused it.
class PipelineBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoard)

public:
    static constexpr int kPageSize = 50;

    explicit PipelineBoard(QWidget* parent = nullptr);

    void setModel(LeadTableModel* model);
    // Reads the columns again, with the table's current filter and search.
    void reload();
    // Moves a lead, as a drop does.
    void moveLead(qint64 leadId, Stage to);

    QListWidget* column(Stage stage) const { return m_lists.value(stage); }
    // Whether every column's first page and the counts are in (for tests and the benchmark).
    bool isLoaded() const { return m_pending == 0; }

Q_SIGNALS:
    // Every column's first page is shown (the counts may still be coming).
    void cardsShown();
    // Every column's first page and the counts are in.
    void loaded();
    // A lead moved (the table's rows may show its stage).
    void leadMoved(qint64 leadId);
    // A move was refused: the rule's text.
    void moveRefused(const QString& reason);

private:
    void loadPage(Stage stage, int offset);
    void loadCounts();
    void finishedOne();
    void showMessage(const QString& text, bool error);

    QPointer<LeadTableModel> m_model;
    LeadQuery m_query;
    quint64 m_generation = 0; // a reload makes the answers of the earlier one stale
    int m_pending = 0;
    int m_pendingPages = 0;
    QHash<Stage, QListWidget*> m_lists;
    QHash<Stage, QLabel*> m_titles;
    QHash<Stage, qint64> m_counts;
    QHash<Stage, bool> m_loading; // a page is being read
    QHash<Stage, bool> m_complete; // every card is in
    QLabel* m_message = nullptr;
};

} // namespace LeadSync
