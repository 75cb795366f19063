#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace LeadSync {

// What a column is and, for an executable column, how its cells are computed: the kind (columns.kind)
// and its settings (columns.config, JSON). Manual kinds hold what the user types; template, ai,
// webhook and email columns are computed per row by a ColumnRunner.
struct ColumnSpec
{
    // Score: the pipeline's analysis of a lead (LeadScorer), written into the lead's score,
    // recommendation and score_reason; the column's own cell says who scored ("Rules", "AI: model").
    enum class Kind { Text, Number, Date, Select, Url, Checkbox, Template, Ai, Webhook, Email, Score };

    Kind kind = Kind::Text;

    // template: the text; ai: the prompt. Both with {{column}} references (see Template).
    QString templateText;
    // ai
    QString system;
    QString model = QStringLiteral("gpt-4o-mini");
    QString baseUrl = QStringLiteral("https://api.openai.com/v1");
    // The key's name: the CLI reads the key from the environment variable of that name, the desktop
    // app from the keychain entry of that name (see KeyStore). Never the key itself.
    QString apiKeyEnv;
    // The header the key is sent in (AI and webhook columns): "Authorization" sends "Bearer <key>",
    // any other header the key as it is (Hunter's X-API-KEY).
    QString apiKeyHeader = QStringLiteral("Authorization");
    // A key may go over plain http:// to another machine only when this is set (a server on the
    // user's own network); to this machine it always may.
    bool allowPlainHttp = false;
    double temperature = 0.7;
    int maxTokens = 256;
    // ai with JSON output: reply field -> column; webhook: JSON path -> column (display names).
    QList<std::pair<QString, QString>> outputs;
    // webhook
    QString url;
    QString method = QStringLiteral("POST");
    QStringList headers; // "Name: value", with {{column}} references
    QString body;
    // email (verification)
    QString inputColumn;
    bool smtpProbe = false;
    QString dnsServer; // "host[:port]"; empty: the system's
    int smtpPort = 25;
    // select
    QStringList options;
    // score: the fields the AI reads besides the pipeline's (by the names the user wrote), and whether
    // an AI provider scores (the AI settings above) or the rules do.
    QStringList fields { QStringLiteral("title"), QStringLiteral("company"), QStringLiteral("website"),
        QStringLiteral("country") };
    bool aiScoring = false;
    // score: the pipeline's handoff threshold, for the rules' recommendation (set by the runner from
    // the workspace; not stored).
    double handoffThreshold = 0.6;

    // Running (executable kinds).
    int concurrency = 4;
    int ratePerMinute = 0; // 0: no limit
    QString runIf; // "COLUMN OP VALUE"; rows that do not meet it are not run
    QStringList requiredInputs; // a row with one of these empty is skipped, not sent
    bool autoRun = false;
    int timeoutMs = 60000;
    qint64 maxReplyBytes = 1 << 20;
    int maxAttempts = 5;
    int stopAfterFailures = 10; // consecutive

    bool isExecutable() const;
    // Whether a column of that kind (columns.kind) is computed; false for kinds it does not know.
    static bool isExecutableKind(const QString& kind);
    QString kindName() const;
    // Throws Error for an unknown kind.
    static Kind kindFromName(const QString& name);
    static QStringList kindNames();
    // A score column's outputs: the answer's score, recommendation and reason -> the lead's fields.
    static QList<std::pair<QString, QString>> scoreOutputs();

    QJsonObject toJson() const;
    // Throws Error naming the column when the settings cannot be read or are incomplete.
    static ColumnSpec fromJson(const QString& columnName, const QString& kind, const QJsonObject& config);
    // Throws Error when an executable column lacks what it needs (a prompt, a URL...).
    void validate(const QString& columnName) const;

    // The API key from the environment variable apiKeyEnv names (empty when none is named or set).
    QByteArray apiKeyFromEnvironment() const;

    // The columns the cells are computed from (by the names the user wrote).
    QStringList inputNames() const;
    // The settings that shape a result (not the running ones), for the result cache's key.
    QByteArray resultScope() const;
};

// The bundled AI prompts: icebreaker, pitch, cta, ps.
QString aiPresetPrompt(const QString& preset);
QStringList aiPresetNames();

// Webhook presets for common enrichment endpoints: a synchronous Apify actor run, Hunter's email
// verifier, a generic n8n/Zapier webhook. Each is a complete webhook column to adjust (the actor, the
// webhook's address).
struct WebhookPreset
{
    QString name; // apify, hunter, n8n
    QString title; // shown in the column editor
    ColumnSpec spec;
};
const QList<WebhookPreset>& webhookPresets();
// Throws Error naming the known presets.
const WebhookPreset& webhookPreset(const QString& name);

// OpenAI-compatible providers: where their API is, and the environment variable that usually holds
// the key (empty for local servers, which need none).
struct AiProvider
{
    QString name;
    QString baseUrl;
    QString apiKeyEnv;
};
const QList<AiProvider>& aiProviders();
// Throws Error naming the known providers.
const AiProvider& aiProvider(const QString& name);

} // namespace LeadSync
