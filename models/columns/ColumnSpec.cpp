#include "ColumnSpec.h"

#include "Error.h"
#include "JsonPath.h"
#include "Template.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace LeadSync {

namespace {

constexpr std::pair<ColumnSpec::Kind, const char*> kKinds[] = {
    { ColumnSpec::Kind::Text, "text" },
    { ColumnSpec::Kind::Number, "number" },
    { ColumnSpec::Kind::Date, "date" },
    { ColumnSpec::Kind::Select, "select" },
    { ColumnSpec::Kind::Url, "url" },
    { ColumnSpec::Kind::Checkbox, "checkbox" },
    { ColumnSpec::Kind::Template, "template" },
    { ColumnSpec::Kind::Ai, "ai" },
    { ColumnSpec::Kind::Webhook, "webhook" },
    { ColumnSpec::Kind::Email, "email" },
    { ColumnSpec::Kind::Score, "score" },
};

// The facts a score column reads, by SQL name: see LeadFacts.
const QStringList& scoreInputs()
{
    static const QStringList names { QStringLiteral("source"), QStringLiteral("stage"),
        QStringLiteral("business_domain"), QStringLiteral("messages_sent"), QStringLiteral("replies"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("title"), QStringLiteral("company"),
        QStringLiteral("website") };
    return names;
}

QJsonArray pairsToJson(const QList<std::pair<QString, QString>>& pairs)
{
    QJsonArray array;
    for (const auto& [from, to] : pairs)
        array.append(QJsonArray { from, to });
    return array;
}

// The entry of that name (any case), or an Error listing the names: unknown is "%1", the list "%2".
template <typename Entry>
const Entry& findByName(const QList<Entry>& entries, const QString& name, const char* unknown)
{
    QStringList names;
    for (const Entry& entry : entries) {
        if (entry.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return entry;
        names.append(entry.name);
    }
    throw Error(QCoreApplication::translate("LeadSync::ColumnSpec", unknown).arg(name, names.join(u", ")));
}

} // namespace

bool ColumnSpec::isExecutable() const
{
    return kind == Kind::Template || kind == Kind::Ai || kind == Kind::Webhook || kind == Kind::Email
        || kind == Kind::Score;
}

bool ColumnSpec::isExecutableKind(const QString& kind)
{
    for (const auto& [known, name] : kKinds) {
        if (kind == QLatin1String(name)) {
            ColumnSpec spec;
            spec.kind = known;
            return spec.isExecutable();
        }
    }
    return false;
}

QString ColumnSpec::kindName() const
{
    for (const auto& [known, name] : kKinds) {
        if (known == kind)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
}

ColumnSpec::Kind ColumnSpec::kindFromName(const QString& name)
{
    for (const auto& [known, text] : kKinds) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return known;
    }
    throw Error(
        QCoreApplication::translate("LeadSync::ColumnSpec", "Unknown column kind \"%1\"; the kinds are %2.")
            .arg(name, kindNames().join(u", ")));
}

QStringList ColumnSpec::kindNames()
{
    QStringList names;
    for (const auto& [known, text] : kKinds)
        names.append(QString::fromLatin1(text));
    return names;
}

QList<std::pair<QString, QString>> ColumnSpec::scoreOutputs()
{
    return { { QStringLiteral("score"), QStringLiteral("score") },
        { QStringLiteral("recommendation"), QStringLiteral("recommendation") },
        { QStringLiteral("reason"), QStringLiteral("score_reason") } };
}

QJsonObject ColumnSpec::toJson() const
{
    QJsonObject config;
    const auto put
        = [&config](const char* key, const QJsonValue& value) { config.insert(QLatin1String(key), value); };
    // An OpenAI-compatible provider's settings (AI and score columns).
    const auto putProvider = [&] {
        put("model", model);
        put("base_url", baseUrl);
        put("api_key_env", apiKeyEnv);
        put("api_key_header", apiKeyHeader);
        put("allow_plain_http", allowPlainHttp);
        put("temperature", temperature);
        put("max_tokens", maxTokens);
    };
    switch (kind) {
    case Kind::Template:
        put("template", templateText);
        break;
    case Kind::Ai:
        put("prompt", templateText);
        put("system", system);
        putProvider();
        put("json_fields", pairsToJson(outputs));
        break;
    case Kind::Webhook:
        put("url", url);
        put("method", method);
        put("headers", QJsonArray::fromStringList(headers));
        put("body", body);
        put("map", pairsToJson(outputs));
        put("api_key_env", apiKeyEnv);
        put("api_key_header", apiKeyHeader);
        put("allow_plain_http", allowPlainHttp);
        break;
    case Kind::Email:
        put("input", inputColumn);
        put("smtp_probe", smtpProbe);
        put("dns_server", dnsServer);
        put("smtp_port", smtpPort);
        break;
    case Kind::Select:
        put("options", QJsonArray::fromStringList(options));
        break;
    case Kind::Score:
        put("scorer", aiScoring ? QStringLiteral("ai") : QStringLiteral("rules"));
        put("fields", QJsonArray::fromStringList(fields));
        putProvider();
        break;
    case Kind::Text:
    case Kind::Number:
    case Kind::Date:
    case Kind::Url:
    case Kind::Checkbox:
        break;
    }
    if (isExecutable()) {
        put("concurrency", concurrency);
        put("rate", ratePerMinute);
        put("run_if", runIf);
        put("requires", QJsonArray::fromStringList(requiredInputs));
        put("auto_run", autoRun);
        put("timeout_ms", timeoutMs);
        put("max_reply_bytes", double(maxReplyBytes));
        put("max_attempts", maxAttempts);
        put("stop_after_failures", stopAfterFailures);
    }
    return config;
}

ColumnSpec ColumnSpec::fromJson(const QString& columnName, const QString& kind, const QJsonObject& config)
{
    ColumnSpec spec;
    spec.kind = kindFromName(kind);
    const auto text = [&config](const char* key, const QString& fallback = {}) {
        return config.value(QLatin1String(key)).toString(fallback);
    };
    const auto pairs = [&config](const char* key) {
        QList<std::pair<QString, QString>> result;
        for (const QJsonValue& pair : config.value(QLatin1String(key)).toArray())
            result.append({ pair.toArray().at(0).toString(), pair.toArray().at(1).toString() });
        return result;
    };
    const auto strings = [&config](const char* key) {
        QStringList result;
        for (const QJsonValue& value : config.value(QLatin1String(key)).toArray())
            result.append(value.toString());
        return result;
    };
    spec.templateText = spec.kind == Kind::Ai ? text("prompt") : text("template");
    spec.system = text("system");
    spec.model = text("model", spec.model);
    spec.baseUrl = text("base_url", spec.baseUrl);
    spec.apiKeyEnv = text("api_key_env");
    spec.apiKeyHeader = text("api_key_header", spec.apiKeyHeader);
    spec.temperature = config.value(QStringLiteral("temperature")).toDouble(spec.temperature);
    spec.maxTokens = config.value(QStringLiteral("max_tokens")).toInt(spec.maxTokens);
    spec.outputs = spec.kind == Kind::Ai ? pairs("json_fields") : pairs("map");
    spec.allowPlainHttp = config.value(QStringLiteral("allow_plain_http")).toBool();
    spec.url = text("url");
    spec.method = text("method", spec.method).toUpper();
    spec.headers = strings("headers");
    spec.body = text("body");
    spec.inputColumn = text("input");
    spec.smtpProbe = config.value(QStringLiteral("smtp_probe")).toBool();
    spec.dnsServer = text("dns_server");
    spec.smtpPort = config.value(QStringLiteral("smtp_port")).toInt(spec.smtpPort);
    spec.options = strings("options");
    if (config.contains(QStringLiteral("fields")))
        spec.fields = strings("fields");
    spec.aiScoring = text("scorer") == u"ai";
    if (spec.kind == Kind::Score)
        spec.outputs = scoreOutputs();
    spec.concurrency = config.value(QStringLiteral("concurrency")).toInt(spec.concurrency);
    spec.ratePerMinute = config.value(QStringLiteral("rate")).toInt(spec.ratePerMinute);
    spec.runIf = text("run_if");
    spec.requiredInputs = strings("requires");
    spec.autoRun = config.value(QStringLiteral("auto_run")).toBool();
    spec.timeoutMs = config.value(QStringLiteral("timeout_ms")).toInt(spec.timeoutMs);
    spec.maxReplyBytes
        = qint64(config.value(QStringLiteral("max_reply_bytes")).toDouble(double(spec.maxReplyBytes)));
    spec.maxAttempts = config.value(QStringLiteral("max_attempts")).toInt(spec.maxAttempts);
    spec.stopAfterFailures
        = config.value(QStringLiteral("stop_after_failures")).toInt(spec.stopAfterFailures);
    spec.validate(columnName);
    return spec;
}

void ColumnSpec::validate(const QString& columnName) const
{
    const auto fail = [&columnName](const QString& problem) {
        return Error(QCoreApplication::translate("LeadSync::ColumnSpec", "Column \"%1\": %2")
                         .arg(columnName, problem));
    };
    switch (kind) {
    case Kind::Template:
        if (templateText.trimmed().isEmpty())
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "a template column needs a template (--template)."));
        break;
    case Kind::Ai:
    case Kind::Score:
        if (kind == Kind::Score && !aiScoring)
            break;
        if (kind == Kind::Ai && templateText.trimmed().isEmpty())
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "an AI column needs a prompt (--prompt or --preset)."));
        if (model.trimmed().isEmpty())
            throw fail(
                QCoreApplication::translate("LeadSync::ColumnSpec", "an AI column needs a model (--model)."));
        if (!baseUrl.startsWith(u"http://") && !baseUrl.startsWith(u"https://"))
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "the base URL \"%1\" is not an http(s) URL.")
                           .arg(baseUrl));
        if (temperature < 0 || temperature > 2)
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "the temperature must be between 0 and 2."));
        if (maxTokens < 1)
            throw fail(
                QCoreApplication::translate("LeadSync::ColumnSpec", "--max-tokens must be at least 1."));
        break;
    case Kind::Webhook:
        if (!url.startsWith(u"http://") && !url.startsWith(u"https://"))
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "a webhook column needs an http(s) URL (--url)."));
        for (const QString& header : headers) {
            if (!header.contains(u':'))
                throw fail(QCoreApplication::translate(
                    "LeadSync::ColumnSpec", "the header \"%1\" is not \"Name: value\".")
                               .arg(header));
        }
        break;
    case Kind::Email:
        if (inputColumn.trimmed().isEmpty())
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "an email column needs the column holding the addresses (--input)."));
        if (smtpPort < 1 || smtpPort > 65535)
            throw fail(QCoreApplication::translate(
                "LeadSync::ColumnSpec", "the SMTP port must be between 1 and 65535."));
        break;
    case Kind::Text:
    case Kind::Number:
    case Kind::Date:
    case Kind::Select:
    case Kind::Url:
    case Kind::Checkbox:
        break;
    }
    if (kind == Kind::Webhook) {
        for (const auto& [path, column] : outputs)
            JsonPath { path }; // throws naming the path
    }
    if (isExecutable() && (concurrency < 1 || concurrency > 256))
        throw fail(QCoreApplication::translate(
            "LeadSync::ColumnSpec", "the concurrency must be between 1 and 256."));
    if (ratePerMinute < 0)
        throw fail(QCoreApplication::translate("LeadSync::ColumnSpec", "the rate limit cannot be negative."));
}

QByteArray ColumnSpec::apiKeyFromEnvironment() const
{
    return apiKeyEnv.isEmpty() ? QByteArray() : qgetenv(apiKeyEnv.toLocal8Bit().constData());
}

QStringList ColumnSpec::inputNames() const
{
    QStringList names;
    const auto add = [&names](const QStringList& more) {
        for (const QString& name : more) {
            if (!names.contains(name))
                names.append(name);
        }
    };
    switch (kind) {
    case Kind::Template:
    case Kind::Ai:
        add(Template(templateText).names());
        add(Template(system).names());
        break;
    case Kind::Webhook:
        add(Template(url).names());
        add(Template(body).names());
        for (const QString& header : headers)
            add(Template(header).names());
        break;
    case Kind::Email:
        add({ inputColumn });
        break;
    case Kind::Score:
        add(scoreInputs());
        add(fields);
        break;
    default:
        break;
    }
    add(requiredInputs);
    return names;
}

QByteArray ColumnSpec::resultScope() const
{
    QJsonObject scope = toJson();
    for (const char* running :
        { "concurrency", "rate", "run_if", "requires", "auto_run", "timeout_ms", "max_reply_bytes",
            "max_attempts", "stop_after_failures", "api_key_env", "api_key_header", "json_fields", "map" })
        scope.remove(QLatin1String(running));
    scope.insert(QStringLiteral("kind"), kindName());
    return QJsonDocument(scope).toJson(QJsonDocument::Compact); // QJsonObject keeps keys sorted
}

QStringList aiPresetNames()
{
    return { QStringLiteral("icebreaker"), QStringLiteral("pitch"), QStringLiteral("cta"),
        QStringLiteral("ps") };
}

// The prompts are sent to the model, not shown in the UI: they stay in English, the language models
// follow best; each asks for the reply in the language the lead's fields suggest.
QString aiPresetPrompt(const QString& preset)
{
    if (preset == u"icebreaker")
        return QStringLiteral(
            "Write one friendly, specific opening line for a cold email to {{first_name|the reader}}, "
            "{{title}} at {{company}}. Refer to something concrete about their role or company. "
            "No greeting, no flattery, at most 25 words. Reply with the line only.");
    if (preset == u"pitch")
        return QStringLiteral(
            "In two sentences, explain how we could help {{company}} given that {{first_name|the reader}} "
            "works as {{title}}. Be concrete and plain; no buzzwords. Reply with the two sentences only.");
    if (preset == u"cta")
        return QStringLiteral(
            "Write a short, low-pressure call to action asking {{first_name|the reader}} ({{title}} at "
            "{{company}}) for a 15-minute call. One sentence. Reply with the sentence only.");
    if (preset == u"ps")
        return QStringLiteral(
            "Write a one-line P.S. for a cold email to {{first_name|the reader}} at {{company}} that adds a "
            "relevant, human detail. Start with \"P.S.\". Reply with the line only.");
    throw Error(
        QCoreApplication::translate("LeadSync::ColumnSpec", "Unknown preset \"%1\"; the presets are %2.")
            .arg(preset, aiPresetNames().join(u", ")));
}

const QList<WebhookPreset>& webhookPresets()
{
    static const QList<WebhookPreset> presets = [] {
        ColumnSpec apify;
        apify.kind = ColumnSpec::Kind::Webhook;
        // run-sync-get-dataset-items waits for the run (Apify ends it after 300 s) and answers with the
        // dataset's items, an array.
        apify.url = QStringLiteral("https://api.apify.com/v2/acts/USERNAME~ACTOR/run-sync-get-dataset-items");
        apify.body = QStringLiteral("{\"startUrls\": [{\"url\": \"{{website}}\"}], \"maxItems\": 1}");
        apify.apiKeyEnv = QStringLiteral("APIFY_TOKEN");
        apify.outputs = { { QStringLiteral("[0]"), QStringLiteral("Apify result") } };
        apify.requiredInputs = { QStringLiteral("website") };
        apify.concurrency = 2;
        apify.timeoutMs = 310000;
        apify.maxReplyBytes = 8 << 20;

        ColumnSpec hunter;
        hunter.kind = ColumnSpec::Kind::Webhook;
        hunter.method = QStringLiteral("GET");
        hunter.url = QStringLiteral("https://api.hunter.io/v2/email-verifier?email={{email}}");
        hunter.apiKeyEnv = QStringLiteral("HUNTER_API_KEY");
        hunter.apiKeyHeader = QStringLiteral("X-API-KEY");
        hunter.outputs = { { QStringLiteral("data.status"), QStringLiteral("Hunter status") },
            { QStringLiteral("data.score"), QStringLiteral("Hunter score") },
            { QStringLiteral("data.accept_all"), QStringLiteral("Hunter accept all") } };
        hunter.requiredInputs = { QStringLiteral("email") };
        hunter.ratePerMinute = 300; // Hunter allows 10 verifications a second
        hunter.timeoutMs = 90000; // a verification may take a while when the mail server is slow

        ColumnSpec n8n;
        n8n.kind = ColumnSpec::Kind::Webhook;
        n8n.url = QStringLiteral("https://n8n.example.com/webhook/leadsync");
        n8n.body = QStringLiteral(
            "{\"email\": \"{{email}}\", \"first_name\": \"{{first_name}}\", \"last_name\": "
            "\"{{last_name}}\", \"company\": \"{{company}}\", \"title\": \"{{title}}\", \"website\": "
            "\"{{website}}\", \"linkedin_url\": \"{{linkedin_url}}\"}");
        return QList<WebhookPreset> {
            { QStringLiteral("apify"),
                QCoreApplication::translate("LeadSync::ColumnSpec", "Apify actor, synchronous run"), apify },
            { QStringLiteral("hunter"),
                QCoreApplication::translate("LeadSync::ColumnSpec", "Hunter email verifier"), hunter },
            { QStringLiteral("n8n"),
                QCoreApplication::translate("LeadSync::ColumnSpec", "n8n or Zapier webhook"), n8n },
        };
    }();
    return presets;
}

const WebhookPreset& webhookPreset(const QString& name)
{
    return findByName(webhookPresets(), name,
        QT_TRANSLATE_NOOP("LeadSync::ColumnSpec", "Unknown preset \"%1\"; the presets are %2."));
}

const QList<AiProvider>& aiProviders()
{
    static const QList<AiProvider> providers = {
        { QStringLiteral("openai"), QStringLiteral("https://api.openai.com/v1"),
            QStringLiteral("OPENAI_API_KEY") },
        { QStringLiteral("openrouter"), QStringLiteral("https://openrouter.ai/api/v1"),
            QStringLiteral("OPENROUTER_API_KEY") },
        { QStringLiteral("ollama"), QStringLiteral("http://localhost:11434/v1"), {} },
        { QStringLiteral("lmstudio"), QStringLiteral("http://localhost:1234/v1"), {} },
    };
    return providers;
}

const AiProvider& aiProvider(const QString& name)
{
    return findByName(aiProviders(), name,
        QT_TRANSLATE_NOOP("LeadSync::ColumnSpec", "Unknown provider \"%1\"; the providers are %2."));
}

} // namespace LeadSync
