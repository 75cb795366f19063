#pragma once

#include "columns/ModelPrices.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace LeadSync {

// Edits what each AI model costs per million tokens, which turns a run's token counts into money
// (before a run, as an estimate; after, as spent). The owner reads and saves the list off the GUI
// thread: setPrices() fills the table, saveRequested() asks to save, showError() says why not.
class PricesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesDialog)

public:
    explicit PricesDialog(QWidget* parent = nullptr);

    void setPrices(const QList<ModelPrice>& prices);
    // The table's rows; throws Error naming a row whose price is not a number.
    QList<ModelPrice> prices() const;
    void showError(const QString& message);
    void accept() override;

Q_SIGNALS:
    void saveRequested(const QList<LeadSync::ModelPrice>& prices);

private:
    void addRow(const ModelPrice& price);

    QTableWidget* m_table = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace LeadSync
