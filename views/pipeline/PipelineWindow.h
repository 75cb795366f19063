#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace LeadSync {

class LeadTableModel;
class PipelineBoard;

// The Pipeline window: the board (the table's leads by stage) and the deals (the leads handed to
// sales), with the deals' CSV export. Reads run on the table's loader thread, the export too.
class PipelineWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineWindow)

public:
    enum Tab { BoardTab, DealsTab };

    explicit PipelineWindow(QWidget* parent = nullptr);

    void setModel(LeadTableModel* model);
    void showTab(Tab tab);
    // Reads the board (when shown) and the deals again.
    void refresh();
    // Asks for a file and writes the deals to it.
    void exportDeals();

    PipelineBoard* board() const { return m_board; }
    QTableWidget* dealsTable() const { return m_deals; }

Q_SIGNALS:
    void dealsLoaded();
    void dealsExported(const QString& path, const QString& error);

private:
    void readDeals();

    QPointer<LeadTableModel> m_model;
    QTabWidget* m_tabs = nullptr;
    PipelineBoard* m_board = nullptr;
    QTableWidget* m_deals = nullptr;
    QLabel* m_dealsSummary = nullptr;
};

} // namespace LeadSync
