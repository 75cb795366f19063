#include "ChatCompletion.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LeadSync {

HttpRequest ChatCompletion::request(const Prompt& prompt)
{
    QJsonArray messages;
    if (!prompt.system.trimmed().isEmpty())
        messages.append(QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
            { QStringLiteral("content"), prompt.system } });
    messages.append(QJsonObject {
        { QStringLiteral("role"), QStringLiteral("user") }, { QStringLiteral("content"), prompt.user } });
    QJsonObject body { { QStringLiteral("model"), prompt.model }, { QStringLiteral("messages"), messages },
        { QStringLiteral("temperature"), prompt.temperature },
        { QStringLiteral("max_tokens"), prompt.maxTokens } };
    if (prompt.json)
        body.insert(QStringLiteral("response_format"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("json_object") } });
    QString base = prompt.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(base + QStringLiteral("/chat/completions"));
    request.headers = { { QByteArray("Content-Type"), QByteArray("application/json") } };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

std::optional<ChatCompletion::Answer> ChatCompletion::answer(const QByteArray& body)
{
    const QJsonObject reply = QJsonDocument::fromJson(body).object();
    const QJsonValue content = reply.value(QStringLiteral("choices"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toObject()
                                   .value(QStringLiteral("content"));
    if (!content.isString())
        return std::nullopt;
    const QJsonObject usage = reply.value(QStringLiteral("usage")).toObject();
    return Answer { content.toString().trimmed(), usage.value(QStringLiteral("prompt_tokens")).toInteger(),
        usage.value(QStringLiteral("completion_tokens")).toInteger() };
}

} // namespace LeadSync
