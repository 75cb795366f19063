#pragma once

#include "ColumnSpec.h"
#include "HttpCall.h"
#include "Template.h"
#include "leads/Column.h"

#include <QHash>
#include <QString>

#include <functional>

namespace LeadSync {

// What one row of an executable column sends: rendered from the row's values.
struct CellRequest
{
    QStringList missing; // required inputs that are empty: the row is skipped, not sent
    QString text; // a template column's result (nothing is sent); an email column's address
    // The cells of a result computed here, without I/O (a template, a rule-based score): SQL name ->
    // value. Empty for a cell that must be fetched.
    QList<std::pair<QString, QString>> localValues;
    HttpRequest http; // an AI or webhook column's request
    QByteArray cacheKey; // sha256 of what shapes a fetched result (never the API key); empty otherwise
    QByteArray inputHash; // sha256 of the rendered inputs, to tell a stale cell
};

// What came of one cell.
struct CellOutcome
{
    enum class Status { Done, Failed, Skipped, Cancelled };
    Status status = Status::Failed;
    QString reason;
    QList<std::pair<QString, QString>> values; // SQL name -> value: the column's own cell and mapped ones
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    bool cached = false;
};

// Turns a row into a request and a reply into cell values, for one executable column. No I/O.
class CellComputer final
{
public:
    // columns: the workspace's columns, to resolve references and outputs; apiKey: for AI columns.
    // Throws Error naming a reference or output column that does not exist.
    CellComputer(ColumnSpec spec, Column column, const ColumnList& columns, QByteArray apiKey = {});

    const ColumnSpec& spec() const { return m_spec; }
    // The key for the requests prepare() makes from now on.
    void setApiKey(const QByteArray& apiKey) { m_apiKey = apiKey; }
    const Column& column() const { return m_column; }
    // The SQL names of the columns prepare() reads.
    const QStringList& inputSqlNames() const { return m_inputSqlNames; }
    // The SQL names of the cells an outcome may write: the column's own and the mapped outputs.
    const QStringList& writtenSqlNames() const { return m_writtenSqlNames; }

    // value(sqlName) gives the row's value of an input column.
    CellRequest prepare(const std::function<QString(const QString& sqlName)>& value) const;
    // prepare()'s request as a person reads it: method, URL, headers (the key masked) and body; a
    // template's result; an email column's address; or why the row is skipped.
    QString describe(const CellRequest& request) const;
    // The outcome of a reply to prepare()'s request.
    CellOutcome interpret(const HttpResult& result) const;
    // A template column's outcome, or a cached one (outputs as stored by cacheOutputs()).
    CellOutcome done(
        const QList<std::pair<QString, QString>>& values, qint64 tokensIn = 0, qint64 tokensOut = 0) const;

private:
    // The SQL name of a column the user named; throws Error for none, and for a cell that cannot be
    // written (computed, or a pipeline field written by any but a score column).
    QString sqlNameOf(const QString& name, bool written = false) const;
    void prepareScore(const std::function<QString(const QString& name)>& byName, CellRequest& request) const;
    // The key header's value: "Bearer <key>" for Authorization, else the key.
    QByteArray keyHeaderValue(const QByteArray& key) const;
    CellOutcome interpretAi(const QByteArray& body) const;
    CellOutcome interpretWebhook(const QByteArray& body) const;

    ColumnSpec m_spec;
    Column m_column;
    ColumnList m_columns;
    QByteArray m_apiKey;
    QStringList m_inputSqlNames;
    QByteArray m_resultScope; // the spec's part of every cache key
    QHash<QString, QString> m_sqlNameOfInput; // an input as the user named it -> its SQL name
    QList<std::pair<QString, QString>> m_outputSqlNames; // JSON field or path -> SQL name
    QStringList m_writtenSqlNames;
    // The spec's texts, parsed once and rendered for every row (a million for a template column).
    Template m_prompt; // a template column's text, an AI column's prompt
    Template m_system;
    Template m_url;
    Template m_body;
    QList<std::pair<QByteArray, Template>> m_headers; // a webhook's: name, value
};

} // namespace LeadSync
