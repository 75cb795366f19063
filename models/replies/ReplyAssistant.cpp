#include "ReplyAssistant.h"

#include "ReplyActions.h"
#include "columns/ChatCompletion.h"
#include "storage/Workspace.h"

#include <QCoroTask>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace LeadSync {

namespace {
const QString kBaseUrl = QStringLiteral("replies.ai_base_url");
const QString kModel = QStringLiteral("replies.ai_model");
const QString kKeyEnv = QStringLiteral("replies.ai_key_env");
const QString kOffer = QStringLiteral("replies.offer");
} // namespace

ReplyAssistant::Settings ReplyAssistant::Settings::load(Workspace& workspace)
{
    return { workspace.metaValue(kBaseUrl), workspace.metaValue(kModel), workspace.metaValue(kKeyEnv),
        workspace.metaValue(kOffer) };
}

void ReplyAssistant::Settings::save(Workspace& workspace) const
{
    workspace.setMetaValue(kBaseUrl, baseUrl);
    workspace.setMetaValue(kModel, model);
    workspace.setMetaValue(kKeyEnv, keyEnv);
    workspace.setMetaValue(kOffer, offer);
}

ReplyAssistant::ReplyAssistant(Settings settings, QByteArray key, int timeoutMs)
    : m_settings(std::move(settings))
    , m_key(std::move(key))
    , m_timeoutMs(timeoutMs)
{ }

std::optional<QString> ReplyAssistant::ask(
    const QString& system, const QString& user, bool json, QString* error) const
{
    HttpRequest request
        = ChatCompletion::request({ m_settings.baseUrl, m_settings.model, system, user, 0.2, 600, json });
    if (!m_key.isEmpty()) {
        request.headers.append({ QByteArray("Authorization"), "Bearer " + m_key });
        request.credentialHeader = "Authorization";
    }
    if (const QString refused = refusal(request, false); !refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    QNetworkAccessManager network;
    HttpLimits limits;
    limits.timeoutMs = m_timeoutMs;
    limits.maxAttempts = 3;
    const HttpResult result = QCoro::waitFor(sendHttp(network, request, limits, [] { return false; }));
    if (result.outcome != HttpResult::Outcome::Ok) {
        *error = tr("the AI provider failed: %1").arg(result.reason);
        return std::nullopt;
    }
    const std::optional<ChatCompletion::Answer> answer = ChatCompletion::answer(result.body);
    if (!answer) {
        *error = tr("the AI provider's reply is not a chat completion");
        return std::nullopt;
    }
    return answer->content;
}

std::pair<QString, QString> ReplyAssistant::classify(const QString& subject, const QString& text) const
{
    QString error;
    const std::optional<QString> content
        = ask(QStringLiteral(
                  "You classify replies to a sales email. Answer with a JSON object: {\"class\": one of %1, "
                  "\"reason\": a short reason}.")
                  .arg(ReplyActions::classes().join(QStringLiteral(", "))),
            QStringLiteral("Subject: %1\n\n%2").arg(subject, text), true, &error);
    if (!content)
        return { QStringLiteral("ambiguous"), error };
    const QJsonObject json = QJsonDocument::fromJson(content->toUtf8()).object();
    const QString replyClass = json.value(QStringLiteral("class")).toString();
    if (!ReplyActions::classes().contains(replyClass))
        return { QStringLiteral("ambiguous"),
            tr("the AI provider gave no known class: %1").arg(content->left(200)) };
    return { replyClass, tr("AI: %1").arg(json.value(QStringLiteral("reason")).toString()) };
}

std::optional<QString> ReplyAssistant::draft(const QString& replyClass, const QString& subject,
    const QString& text, const QHash<QString, QString>& lead, const QString& bookingLink,
    const QString& signature, QString* error) const
{
    QStringList about;
    for (const char* field : { "first_name", "last_name", "company", "title" }) {
        const QString value = lead.value(QLatin1String(field));
        if (!value.isEmpty())
            about.append(QStringLiteral("%1: %2").arg(QLatin1String(field), value));
    }
    const QString system = QStringLiteral(
        "You write the consultant's short answer to a lead's reply, in the language of the reply, as plain "
        "text "
        "without a subject line, signed \"%1\". Use only facts from the offer below. If the lead is "
        "interested, "
        "offer the booking link. If the lead asks a question the offer does not answer, say you will check "
        "and "
        "get back; never invent facts. If the lead is not interested, close politely in two sentences.\n\n"
        "Offer:\n%2\n\nBooking link: %3")
                               .arg(signature, m_settings.offer, bookingLink);
    return ask(system,
        QStringLiteral("Lead: %1\nClass of the reply: %2\nSubject: %3\n\nTheir reply:\n%4")
            .arg(about.join(QStringLiteral(", ")), replyClass, subject, text),
        false, error);
}

} // namespace LeadSync
