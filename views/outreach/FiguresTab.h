#pragma once

#include "replies/OutreachStats.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QTreeWidget;

namespace LeadSync {

// What works, per sequence, step and A/B variant (OutreachStats): a table of the counts and rates,
// a chart of the chosen sequence's sends and replies per day, and its funnel (contacted, replied,
// interested). Exported to CSV on a worker thread.
class FiguresTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresTab)

public:
    explicit FiguresTab(QWidget* parent = nullptr);

    void setFigures(const QList<SequenceFigures>& figures);
    QTreeWidget* table() const { return m_table; }
    // The table as the CSV export writes it: a header, a row per sequence and per step.
    QList<QStringList> rows() const;
    void exportCsv();

Q_SIGNALS:
    // An export ended; error empty on success.
    void exported(const QString& path, const QString& error);

private:
    void showChart();

    QList<SequenceFigures> m_figures;
    QComboBox* m_sequence;
    QTreeWidget* m_table;
    QChartView* m_daysView;
    QChartView* m_funnelView;
};

} // namespace LeadSync
