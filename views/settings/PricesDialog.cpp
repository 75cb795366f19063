#include "PricesDialog.h"

#include "Error.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadSync {

PricesDialog::PricesDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Model Prices"));
    setObjectName(QStringLiteral("pricesDialog"));
    m_table->setObjectName(QStringLiteral("pricesTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Model"), tr("Input, $ per million tokens"), tr("Output, $ per million tokens") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    auto* note
        = new QLabel(tr("A run's cost is its tokens at these prices. A model not listed has an unknown "
                        "price, or none when it runs on this computer. Check your provider's price list."),
            this);
    note->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add Model"), this);
    add->setObjectName(QStringLiteral("addPriceButton"));
    // The new row is the current one while it is typed in: Remove removes it, not another.
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_errorLabel->setObjectName(QStringLiteral("pricesErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PricesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(620, 360);
}

void PricesDialog::addRow(const ModelPrice& price)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(price.model));
    for (const auto& [column, value] :
        { std::pair { 1, price.inputUsd }, std::pair { 2, price.outputUsd } }) {
        auto* item = new QTableWidgetItem(QLocale().toString(value, 'f', 2));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
}

void PricesDialog::setPrices(const QList<ModelPrice>& prices)
{
    m_table->setRowCount(0);
    for (const ModelPrice& price : prices)
        addRow(price);
}

QList<ModelPrice> PricesDialog::prices() const
{
    QList<ModelPrice> prices;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ModelPrice price;
        price.model = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const bool listed = std::any_of(prices.cbegin(), prices.cend(),
            [&price](const ModelPrice& earlier) { return earlier.model == price.model; });
        if (price.model.isEmpty() || listed) {
            m_table->setCurrentCell(row, 0);
            throw Error(price.model.isEmpty()
                    ? tr("Row %1 has no model name.").arg(row + 1)
                    : tr("Row %1: %2 is listed twice.").arg(row + 1).arg(price.model));
        }
        for (const int column : { 1, 2 }) {
            const QString text
                = m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
            bool ok = false;
            double value = QLocale().toDouble(text, &ok);
            if (!ok)
                value = text.toDouble(&ok); // "0.15" in a locale that writes 0,15
            if (!ok || value < 0) {
                m_table->setCurrentCell(row, column); // the row the message names, selected
                throw Error(ok ? tr("Row %1: a price cannot be negative (%2).").arg(row + 1).arg(text)
                               : tr("Row %1: \"%2\" is not a price.").arg(row + 1).arg(text));
            }
            (column == 1 ? price.inputUsd : price.outputUsd) = value;
        }
        prices.append(price);
    }
    return prices;
}

void PricesDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void PricesDialog::accept()
{
    try {
        const QList<ModelPrice> list = prices();
        m_errorLabel->hide();
        Q_EMIT saveRequested(list);
    } catch (const Error& error) {
        showError(error.message());
    }
}

} // namespace LeadSync
