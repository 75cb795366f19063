#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

// What a model costs, in US dollars per million tokens, as the workspace's model_prices table keeps
// it: the run's cost and the estimate before a run come from it. A few OpenAI models are bundled;
// the user edits the list (prices change, other providers' models are added).
struct ModelPrice
{
    QString model;
    double inputUsd = 0;
    double outputUsd = 0;

    // What a call with these token counts costs, in US dollars.
    double costOf(qint64 tokensIn, qint64 tokensOut) const
    {
        return (double(tokensIn) * inputUsd + double(tokensOut) * outputUsd) / 1e6;
    }
};

QList<ModelPrice> readModelPrices(Workspace& workspace);
// The price of one model; nullopt when the list does not have it.
std::optional<ModelPrice> findModelPrice(Workspace& workspace, const QString& model);
// Replaces the list, in one transaction. Throws Error naming the row (1-based) of an empty or
// repeated model name or a negative price, and saves nothing then.
void saveModelPrices(Workspace& workspace, const QList<ModelPrice>& prices);

} // namespace LeadSync
