#include "CellComputer.h"

#include "ChatCompletion.h"
#include "Error.h"
#include "JsonPath.h"
#include "pipeline/LeadScorer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LeadSync {

namespace {

// The message an API puts in its error reply ({"error": {"message": ...}} for OpenAI and most others).
QString errorMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isObject())
        return error.toObject().value(QStringLiteral("message")).toString();
    if (error.isString())
        return error.toString();
    return object.value(QStringLiteral("message")).toString();
}

// A reply kept in a cell is cut at this many characters: a cell is for reading, not for archives.
constexpr qsizetype kMaxCellText = 32768;

} // namespace

CellComputer::CellComputer(ColumnSpec spec, Column column, const ColumnList& columns, QByteArray apiKey)
    : m_spec(std::move(spec))
    , m_column(std::move(column))
    , m_columns(columns)
    , m_apiKey(std::move(apiKey))
    , m_resultScope(m_spec.resultScope())
    , m_prompt(m_spec.templateText)
    , m_system(m_spec.system)
    , m_url(m_spec.url)
    , m_body(m_spec.body)
{
    for (const QString& name : m_spec.inputNames()) {
        const QString sqlName = sqlNameOf(name);
        m_sqlNameOfInput.insert(name, sqlName);
        if (!m_inputSqlNames.contains(sqlName))
            m_inputSqlNames.append(sqlName);
    }
    for (const QString& header : m_spec.headers) {
        const qsizetype colon = header.indexOf(u':');
        m_headers.append({ header.left(colon).trimmed().toLatin1(), Template(header.mid(colon + 1)) });
    }
    m_writtenSqlNames.append(m_column.sqlName);
    for (const auto& [from, to] : m_spec.outputs) {
        m_outputSqlNames.append({ from, sqlNameOf(to, true) });
        if (!m_writtenSqlNames.contains(m_outputSqlNames.last().second))
            m_writtenSqlNames.append(m_outputSqlNames.last().second);
    }
}

QString CellComputer::sqlNameOf(const QString& name, bool written) const
{
    const Column* found = findColumn(m_columns, name);
    // Any column is read (a computed one too: RunInputs reads its expression); a cell is written only
    // into a real column, and into the analysis' fields only by a score column.
    const bool writable
        = found && !found->readOnly && (!found->managed || m_spec.kind == ColumnSpec::Kind::Score);
    if (found && written && found->managed && !writable)
        throw Error(QCoreApplication::translate("LeadSync::CellComputer",
            "Column \"%1\" cannot write into \"%2\": only a lead analysis (a score column) does.")
                        .arg(m_column.displayName, found->displayName));
    if (!found || (written && !writable))
        throw Error(QCoreApplication::translate(
            "LeadSync::CellComputer", "Column \"%1\" refers to \"%2\", which is not a column.")
                        .arg(m_column.displayName, name));
    return found->sqlName;
}

CellRequest CellComputer::prepare(const std::function<QString(const QString& sqlName)>& value) const
{
    CellRequest request;
    // References are by the name the user wrote; values by SQL name.
    const auto byName = [this, &value](const QString& name) {
        const auto known = m_sqlNameOfInput.constFind(name);
        return value(known != m_sqlNameOfInput.cend() ? *known : sqlNameOf(name));
    };
    for (const QString& required : m_spec.requiredInputs) {
        if (byName(required).trimmed().isEmpty())
            request.missing.append(required);
    }
    QCryptographicHash inputs(QCryptographicHash::Sha256);
    for (const QString& sqlName : m_inputSqlNames) {
        inputs.addData(value(sqlName).toUtf8());
        inputs.addData(QByteArrayView("\x1f", 1));
    }
    request.inputHash = inputs.result();

    switch (m_spec.kind) {
    case ColumnSpec::Kind::Template:
        request.text = m_prompt.render(byName);
        request.localValues = { { m_column.sqlName, request.text } };
        break;
    case ColumnSpec::Kind::Score:
        prepareScore(byName, request);
        break;
    case ColumnSpec::Kind::Ai:
        request.http = ChatCompletion::request({ m_spec.baseUrl, m_spec.model, m_system.render(byName),
            m_prompt.render(byName), m_spec.temperature, m_spec.maxTokens, !m_spec.outputs.isEmpty() });
        break;
    case ColumnSpec::Kind::Webhook:
        request.http.method = m_spec.method.toLatin1();
        request.http.url = QUrl(m_url.render(byName, Template::Escape::Url));
        for (const auto& [name, valueTemplate] : m_headers)
            request.http.headers.append({ name, valueTemplate.render(byName).trimmed().toUtf8() });
        if (!m_spec.body.isEmpty()) {
            request.http.body = m_body.render(byName, Template::Escape::Json).toUtf8();
            const bool typed = std::any_of(
                request.http.headers.cbegin(), request.http.headers.cend(), [](const auto& header) {
                    return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
                });
            if (!typed)
                request.http.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
        }
        break;
    case ColumnSpec::Kind::Email:
        request.text = byName(m_spec.inputColumn).trimmed(); // the address to verify
        break;
    case ColumnSpec::Kind::Text:
    case ColumnSpec::Kind::Number:
    case ColumnSpec::Kind::Date:
    case ColumnSpec::Kind::Select:
    case ColumnSpec::Kind::Url:
    case ColumnSpec::Kind::Checkbox:
        break;
    }
    if (request.http.url.isEmpty())
        return request; // computed here or verified anew: nothing to cache
    QCryptographicHash cache(QCryptographicHash::Sha256);
    cache.addData(m_resultScope);
    cache.addData(request.text.toUtf8());
    cache.addData(QByteArray(request.http.method + ' ' + request.http.url.toEncoded() + '\n'));
    for (const auto& [name, headerValue] : request.http.headers)
        cache.addData(QByteArray(name + ": " + headerValue + '\n'));
    cache.addData(request.http.body);
    request.cacheKey = cache.result();
    // Added after the key: a new key must not make every cached answer look new, nor end up in it.
    if (!m_apiKey.isEmpty()) {
        request.http.headers.append({ m_spec.apiKeyHeader.toLatin1(), keyHeaderValue(m_apiKey) });
        request.http.credentialHeader = m_spec.apiKeyHeader.toLatin1();
    }
    return request;
}

void CellComputer::prepareScore(
    const std::function<QString(const QString& name)>& byName, CellRequest& request) const
{
    LeadFacts facts { byName(QStringLiteral("source")), byName(QStringLiteral("stage")),
        byName(QStringLiteral("business_domain")), byName(QStringLiteral("messages_sent")).toLongLong(),
        byName(QStringLiteral("replies")).toLongLong(), byName(QStringLiteral("email")),
        byName(QStringLiteral("phone")), byName(QStringLiteral("title")), byName(QStringLiteral("company")),
        byName(QStringLiteral("website")), {} };
    for (const QString& field : m_spec.fields) {
        const Column* column = findColumn(m_columns, field);
        facts.picked.append({ column ? column->displayName : field, byName(field) });
    }
    if (m_spec.aiScoring) {
        request.http = ChatCompletion::request({ m_spec.baseUrl, m_spec.model, LeadScorer::systemPrompt(),
            LeadScorer::userPrompt(facts), m_spec.temperature, m_spec.maxTokens, true });
        return;
    }
    const LeadScore score = LeadScorer::byRules(facts, m_spec.handoffThreshold);
    request.text = score.reason;
    request.localValues
        = { { m_column.sqlName, QCoreApplication::translate("LeadSync::CellComputer", "Rules") },
              { QStringLiteral("score"), QString::number(score.score, 'f', 2) },
              { QStringLiteral("recommendation"), score.recommendation },
              { QStringLiteral("score_reason"), score.reason } };
}

QByteArray CellComputer::keyHeaderValue(const QByteArray& key) const
{
    return m_spec.apiKeyHeader.compare(u"authorization", Qt::CaseInsensitive) == 0 ? "Bearer " + key : key;
}

QString CellComputer::describe(const CellRequest& request) const
{
    if (!request.missing.isEmpty())
        return QCoreApplication::translate("LeadSync::CellComputer", "Skipped: %1 is empty.")
            .arg(request.missing.join(u", "));
    if (request.http.url.isEmpty())
        return request.text; // a template's result, an email column's address
    QString text
        = QString::fromLatin1(request.http.method) + u' ' + request.http.url.toDisplayString() + u'\n';
    for (const auto& [name, value] : request.http.headers) {
        // The key is a secret: shown only as its start.
        const bool secret = !m_apiKey.isEmpty() && value == keyHeaderValue(m_apiKey);
        text += QString::fromLatin1(name) + QStringLiteral(": ")
            + (secret
                    ? QString::fromUtf8(value.left(value.size() - m_apiKey.size() + 3)) + QStringLiteral("…")
                    : QString::fromUtf8(value))
            + u'\n';
    }
    return text + u'\n' + QString::fromUtf8(request.http.body);
}

CellOutcome CellComputer::done(
    const QList<std::pair<QString, QString>>& values, qint64 tokensIn, qint64 tokensOut) const
{
    CellOutcome outcome;
    outcome.status = CellOutcome::Status::Done;
    outcome.values = values;
    outcome.tokensIn = tokensIn;
    outcome.tokensOut = tokensOut;
    return outcome;
}

CellOutcome CellComputer::interpret(const HttpResult& result) const
{
    CellOutcome outcome;
    switch (result.outcome) {
    case HttpResult::Outcome::Cancelled:
        outcome.status = CellOutcome::Status::Cancelled;
        return outcome;
    case HttpResult::Outcome::Failed:
    case HttpResult::Outcome::GaveUp:
    case HttpResult::Outcome::Redirected: // followed by sendHttp(), never its last word
    {
        const QString message = errorMessage(result.body);
        outcome.reason = message.isEmpty() ? result.reason : result.reason + QStringLiteral(": ") + message;
        return outcome;
    }
    case HttpResult::Outcome::Ok:
        break;
    }
    return m_spec.kind == ColumnSpec::Kind::Webhook ? interpretWebhook(result.body)
                                                    : interpretAi(result.body);
}

CellOutcome CellComputer::interpretAi(const QByteArray& body) const
{
    CellOutcome outcome;
    const std::optional<ChatCompletion::Answer> answer = ChatCompletion::answer(body);
    if (!answer) {
        outcome.reason
            = QCoreApplication::translate("LeadSync::CellComputer", "the reply is not a chat completion");
        return outcome;
    }
    outcome.tokensIn = answer->tokensIn;
    outcome.tokensOut = answer->tokensOut;
    const QString& text = answer->content;
    if (m_spec.kind == ColumnSpec::Kind::Score) {
        QString problem = QCoreApplication::translate(
            "LeadSync::CellComputer", "the model did not answer with a JSON object");
        const QJsonDocument fields = QJsonDocument::fromJson(text.toUtf8());
        const std::optional<LeadScore> score
            = fields.isObject() ? LeadScorer::fromAnswer(fields.object(), &problem) : std::nullopt;
        if (!score) {
            outcome.reason = problem;
            return outcome;
        }
        outcome.values
            = { { m_column.sqlName,
                    QCoreApplication::translate("LeadSync::CellComputer", "AI: %1").arg(m_spec.model) },
                  { QStringLiteral("score"), QString::number(score->score, 'f', 2) },
                  { QStringLiteral("recommendation"), score->recommendation },
                  { QStringLiteral("score_reason"), score->reason } };
        outcome.status = CellOutcome::Status::Done;
        return outcome;
    }
    outcome.values.append({ m_column.sqlName, text.left(kMaxCellText) });
    if (!m_outputSqlNames.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument fields = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !fields.isObject()) {
            outcome.values.clear();
            outcome.reason = QCoreApplication::translate(
                "LeadSync::CellComputer", "the model did not answer with a JSON object");
            return outcome;
        }
        for (const auto& [field, sqlName] : m_outputSqlNames)
            outcome.values.append({ sqlName, JsonPath::cellText(JsonPath(field).find(fields.object())) });
    }
    outcome.status = CellOutcome::Status::Done;
    return outcome;
}

CellOutcome CellComputer::interpretWebhook(const QByteArray& body) const
{
    CellOutcome outcome;
    const QString text = QString::fromUtf8(body).trimmed();
    outcome.values.append({ m_column.sqlName, text.left(kMaxCellText) });
    if (!m_outputSqlNames.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument reply = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            outcome.values.clear();
            outcome.reason
                = QCoreApplication::translate("LeadSync::CellComputer", "the reply is not JSON: %1")
                      .arg(error.errorString());
            return outcome;
        }
        const QJsonValue root = reply.isObject() ? QJsonValue(reply.object()) : QJsonValue(reply.array());
        for (const auto& [path, sqlName] : m_outputSqlNames)
            outcome.values.append({ sqlName, JsonPath::cellText(JsonPath(path).find(root)) });
    }
    outcome.status = CellOutcome::Status::Done;
    return outcome;
}

} // namespace LeadSync
