#include "ModelPrices.h"

#include "Error.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace LeadSync {

QList<ModelPrice> readModelPrices(Workspace& workspace)
{
    SqlQuery query(workspace.database(),
        QStringLiteral(
            "SELECT model, input_usd, output_usd FROM model_prices ORDER BY model COLLATE NOCASE"));
    query.exec();
    QList<ModelPrice> prices;
    while (query.next())
        prices.append({ query.value(0).toString(), query.value(1).toDouble(), query.value(2).toDouble() });
    return prices;
}

std::optional<ModelPrice> findModelPrice(Workspace& workspace, const QString& model)
{
    SqlQuery query(workspace.database(),
        QStringLiteral("SELECT input_usd, output_usd FROM model_prices WHERE model = ?"));
    query.bind(model);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return ModelPrice { model, query.value(0).toDouble(), query.value(1).toDouble() };
}

void saveModelPrices(Workspace& workspace, const QList<ModelPrice>& prices)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const ModelPrice& price = prices[i];
        const auto fail = [i](const QString& problem) {
            return Error(
                QCoreApplication::translate("LeadSync::ModelPrices", "Row %1: %2").arg(i + 1).arg(problem));
        };
        if (price.model.trimmed().isEmpty())
            throw fail(QCoreApplication::translate("LeadSync::ModelPrices", "the model has no name."));
        if (seen.contains(price.model.trimmed().toCaseFolded()))
            throw fail(
                QCoreApplication::translate("LeadSync::ModelPrices", "%1 is listed twice.").arg(price.model));
        if (price.inputUsd < 0 || price.outputUsd < 0)
            throw fail(QCoreApplication::translate("LeadSync::ModelPrices", "a price cannot be negative."));
        seen.insert(price.model.trimmed().toCaseFolded());
    }
    workspace.transact([&] {
        SqlQuery(workspace.database(), QStringLiteral("DELETE FROM model_prices")).exec();
        SqlQuery insert(workspace.database(),
            QStringLiteral("INSERT INTO model_prices (model, input_usd, output_usd) VALUES (?, ?, ?)"));
        for (const ModelPrice& price : prices) {
            insert.bind(price.model.trimmed());
            insert.bind(price.inputUsd);
            insert.bind(price.outputUsd);
            insert.exec();
        }
    });
}

} // namespace LeadSync
