#include "LeadApi.h"

#include "Error.h"
#include "LeadRecord.h"
#include "columns/ColumnRunner.h"
#include "contacts/Contacts.h"
#include "leads/ColumnStore.h"
#include "leads/EmailKey.h"
#include "leads/FieldCatalog.h"
#include "leads/LeadHistory.h"
#include "leads/SearchIndex.h"
#include "outreach/DirectSend.h"
#include "outreach/Mailbox.h"
#include "pipeline/Pipeline.h"
#include "replies/ReplyActions.h"
#include "replies/ReplyAssistant.h"
#include "replies/ReplySync.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace LeadSync {

namespace {

// A request refused: the status, the message, and the field at fault when there is one.
struct ApiError
{
    int status = 400;
    QString message;
    QString field;
};

HttpOutgoing json(int status, const QJsonObject& body)
{
    return { status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact) };
}

HttpOutgoing errorReply(const ApiError& error)
{
    QJsonObject body { { QStringLiteral("error"), error.message } };
    if (!error.field.isEmpty())
        body.insert(QStringLiteral("field"), error.field);
    return json(error.status, body);
}

// Compares a presented token with the configured one in time that does not depend on where they
// differ (a byte loop: OpenSSL's CRYPTO_memcmp would pull libcrypto in for eight lines).
bool sameToken(const QByteArray& given, const QByteArray& expected)
{
    const qsizetype length = std::max(given.size(), expected.size());
    unsigned difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < length; ++i) {
        const uchar a = i < given.size() ? uchar(given[i]) : 0;
        const uchar b = i < expected.size() ? uchar(expected[i]) : 0;
        difference |= unsigned(a ^ b);
    }
    return difference == 0 && !expected.isEmpty();
}

// The workspace this thread reads on: one connection per connection thread, opened on first use.
Workspace& readerFor(const QString& path)
{
    thread_local std::unique_ptr<Workspace> reader;
    if (!reader || reader->path() != path)
        reader = std::make_unique<Workspace>(path);
    return *reader;
}

QJsonObject bodyObject(const HttpIncoming& request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError { 400,
            LeadApi::tr("The body is not valid JSON: %1 at offset %2.")
                .arg(error.errorString())
                .arg(error.offset),
            {} };
    if (!document.isObject())
        throw ApiError { 400, LeadApi::tr("The body must be a JSON object."), {} };
    return document.object();
}

// A field's text: a string as it is, a number written out, null or absent as empty. Anything else is
// the wrong type, refused naming the field.
QString textOf(const QJsonObject& object, const QString& name)
{
    const QJsonValue value = object.value(name);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        throw ApiError { 400, LeadApi::tr("The field %1 must be a string.").arg(name), name };
    }
}

qint64 idOf(const QString& text, const QString& field)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        throw ApiError { 400, LeadApi::tr("%1 must be a positive whole number.").arg(field), field };
    return id;
}

qint64 requiredId(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        throw ApiError { 400, LeadApi::tr("The field %1 is required.").arg(field), field };
    if (!value.isDouble() && !value.isString())
        throw ApiError { 400, LeadApi::tr("The field %1 must be a number.").arg(field), field };
    return idOf(textOf(object, field), field);
}

void requireLead(Workspace& workspace, qint64 leadId)
{
    CachedQuery exists(workspace, QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    exists->bind(leadId);
    exists->exec();
    if (!exists->next())
        throw ApiError { 404, LeadApi::tr("There is no lead %1.").arg(leadId), {} };
}

// The names Tilda users give their form's fields, normalised (FieldCatalog::normalise), -> the lead's field.
const QHash<QString, QString>& tildaFields()
{
    static const QHash<QString, QString> fields = [] {
        QHash<QString, QString> result;
        const std::pair<const char*, QStringList> names[] = {
            { "name",
                { QStringLiteral("name"), QStringLiteral("имя"), QStringLiteral("fio"), QStringLiteral("фио"),
                    QStringLiteral("fullname"), QStringLiteral("yourname"), QStringLiteral("вашеимя") } },
            { "phone",
                { QStringLiteral("phone"), QStringLiteral("телефон"), QStringLiteral("tel"),
                    QStringLiteral("phonenumber"), QStringLiteral("номертелефона") } },
            { "email",
                { QStringLiteral("email"), QStringLiteral("почта"), QStringLiteral("mail"),
                    QStringLiteral("емейл"), QStringLiteral("электроннаяпочта") } },
            { "telegram",
                { QStringLiteral("username"), QStringLiteral("telegram"), QStringLiteral("логин"),
                    QStringLiteral("ник"), QStringLiteral("телеграм"), QStringLiteral("tg") } },
            { "company",
                { QStringLiteral("company"), QStringLiteral("компания"), QStringLiteral("организация") } },
            { "notes",
                { QStringLiteral("comment"), QStringLiteral("комментарий"), QStringLiteral("message"),
                    QStringLiteral("сообщение"), QStringLiteral("вопрос") } },
        };
        for (const auto& [field, aliases] : names) {
            for (const QString& alias : aliases)
                result.insert(alias, QString::fromLatin1(field));
        }
        return result;
    }();
    return fields;
}

} // namespace

struct LeadApi::Call
{
    const HttpIncoming& request;
    QStringList captured; // the path's {id}, {token}
    Workspace& workspace;
};

struct LeadApi::Route
{
    QByteArray method;
    QRegularExpression path;
    QString openApiPath;
    bool open = false; // needs no token (GET /health)
    bool tokenInPath = false; // a form webhook, which cannot set headers
    QString summary;
    HttpOutgoing (LeadApi::*handler)(const Call&) const = nullptr;
    QJsonObject requestSchema; // empty: no body
    int success = 200;
};

LeadApi::LeadApi(Options options)
    : m_options(std::move(options))
    , m_indexer([this] { indexLoop(); })
{ }

LeadApi::~LeadApi()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_indexer.join();
}

void LeadApi::indexLoop()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_unindexed || m_stopping; });
        if (!m_unindexed)
            return;
        // A burst of leads is indexed together, 300 ms after it began (or at the end).
        m_wake.wait_for(lock, std::chrono::milliseconds(300), [this] { return m_stopping; });
        m_unindexed = false;
        lock.unlock();
        try {
            WorkspaceWriter::of(m_options.workspacePath)->runLong([](Workspace& workspace) {
                SearchIndex(workspace).catchUp();
            });
        } catch (const Error&) {
            // The workspace is busy or gone: the next lead, or the app's own catch-up, indexes these.
        }
        lock.lock();
    }
}

const QList<LeadApi::Route>& LeadApi::routes()
{
    static const QList<Route> all = [] {
        const auto schema = [](const std::initializer_list<std::pair<const char*, const char*>>& properties,
                                const QStringList& required = {}) {
            QJsonObject object;
            for (const auto& [name, type] : properties)
                object.insert(
                    QLatin1String(name), QJsonObject { { QStringLiteral("type"), QLatin1String(type) } });
            QJsonObject result { { QStringLiteral("type"), QStringLiteral("object") },
                { QStringLiteral("properties"), object } };
            if (!required.isEmpty())
                result.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
            return result;
        };
        const auto path = [](const char* pattern) {
            return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
        };
        return QList<Route> {
            { "GET", path("/health"), QStringLiteral("/health"), true, false,
                QStringLiteral("Is the server up"), &LeadApi::health, {}, 200 },
            { "GET", path("/openapi.json"), QStringLiteral("/openapi.json"), false, false,
                QStringLiteral("This description"), &LeadApi::describe, {}, 200 },
            { "POST", path("/leads"), QStringLiteral("/leads"), false, false,
                QStringLiteral("Create a lead (deduplicated by email; 200 when merged into an existing one)"),
                &LeadApi::createLead,
                schema({ { "name", "string" }, { "first_name", "string" }, { "last_name", "string" },
                    { "email", "string" }, { "phone", "string" }, { "telegram", "string" },
                    { "company", "string" }, { "business_domain", "string" }, { "source", "string" } }),
                201 },
            { "POST", path("/leads/webhooks/tilda(?:/([^/]+))?"), QStringLiteral("/leads/webhooks/tilda"),
                false, true,
                QStringLiteral("A Tilda form webhook (form-encoded or JSON); the token may be a path segment "
                               "(/leads/webhooks/tilda/{token}) or ?token="),
                &LeadApi::tildaWebhook,
                schema({ { "Name", "string" }, { "Phone", "string" }, { "Email", "string" } }), 201 },
            { "GET", path("/leads/([0-9]+)"), QStringLiteral("/leads/{id}"), false, false,
                QStringLiteral("A lead with its messages and history events"), &LeadApi::showLead, {}, 200 },
            { "PATCH", path("/leads/([0-9]+)/stage"), QStringLiteral("/leads/{id}/stage"), false, false,
                QStringLiteral("Move a lead to another stage, by the pipeline's rules (409 with the rule "
                               "when refused)"),
                &LeadApi::moveLead, schema({ { "stage", "string" } }, { QStringLiteral("stage") }), 200 },
            { "POST", path("/leads/([0-9]+)/analyze"), QStringLiteral("/leads/{id}/analyze"), false, false,
                QStringLiteral("Score a lead with the workspace's analysis (it advises; it moves no stage)"),
                &LeadApi::analyzeLead, {}, 200 },
            { "POST", path("/send"), QStringLiteral("/send"), false, false,
                QStringLiteral("Send a one-off message to a lead (claimed before it is sent; the mailbox's "
                               "caps apply: 429 with Retry-After)"),
                &LeadApi::sendMessage,
                schema({ { "lead_id", "integer" }, { "mailbox", "string" }, { "subject", "string" },
                           { "body", "string" } },
                    { QStringLiteral("lead_id"), QStringLiteral("subject"), QStringLiteral("body") }),
                200 },
            { "POST", path("/reply"), QStringLiteral("/reply"), false, false,
                QStringLiteral("Record a lead's reply by hand, handled as if it had been synced"),
                &LeadApi::recordReply,
                schema({ { "lead_id", "integer" }, { "text", "string" }, { "subject", "string" },
                           { "mailbox", "string" }, { "received_at", "string" } },
                    { QStringLiteral("lead_id"), QStringLiteral("text") }),
                201 },
            { "POST", path("/ai/reply"), QStringLiteral("/ai/reply"), false, false,
                QStringLiteral("Draft an answer to a reply (AI when configured, else the template)"),
                &LeadApi::draftReply, schema({ { "reply_id", "integer" } }, { QStringLiteral("reply_id") }),
                200 },
        };
    }();
    return all;
}

QJsonObject LeadApi::openApi() const
{
    QJsonObject paths;
    for (const Route& route : routes()) {
        QJsonObject operation { { QStringLiteral("summary"), route.summary } };
        if (!route.open)
            operation.insert(QStringLiteral("security"),
                QJsonArray { QJsonObject { { QStringLiteral("bearer"), QJsonArray() } } });
        if (route.openApiPath.contains(u"{id}"))
            operation.insert(QStringLiteral("parameters"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("id") },
                    { QStringLiteral("in"), QStringLiteral("path") }, { QStringLiteral("required"), true },
                    { QStringLiteral("schema"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("integer") } } } } });
        if (!route.requestSchema.isEmpty())
            operation.insert(QStringLiteral("requestBody"),
                QJsonObject { { QStringLiteral("content"),
                    QJsonObject { { QStringLiteral("application/json"),
                        QJsonObject { { QStringLiteral("schema"), route.requestSchema } } } } } });
        const QJsonObject error { { QStringLiteral("description"),
            QStringLiteral("{\"error\": \"...\", \"field\": \"...\"}") } };
        operation.insert(QStringLiteral("responses"),
            QJsonObject { { QString::number(route.success),
                              QJsonObject { { QStringLiteral("description"), QStringLiteral("OK") } } },
                { QStringLiteral("400"), error }, { QStringLiteral("401"), error },
                { QStringLiteral("404"), error }, { QStringLiteral("413"), error } });
        QJsonObject item = paths.value(route.openApiPath).toObject();
        item.insert(QString::fromLatin1(route.method.toLower()), operation);
        paths.insert(route.openApiPath, item);
    }
    return QJsonObject { { QStringLiteral("openapi"), QStringLiteral("3.0.3") },
        { QStringLiteral("info"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("LeadSync local API") },
                { QStringLiteral("version"), QCoreApplication::applicationVersion() } } },
        { QStringLiteral("components"),
            QJsonObject { { QStringLiteral("securitySchemes"),
                QJsonObject { { QStringLiteral("bearer"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("http") },
                        { QStringLiteral("scheme"), QStringLiteral("bearer") } } } } } } },
        { QStringLiteral("paths"), paths } };
}

bool LeadApi::authorised(const Call& call, bool tokenInPath) const
{
    const QByteArray header = call.request.headers.value("authorization");
    if (header.startsWith("Bearer ") && sameToken(header.mid(7).trimmed(), m_options.token))
        return true;
    if (!tokenInPath)
        return false;
    // A form webhook cannot set headers: the token comes in the path or the query.
    if (!call.captured.value(0).isEmpty() && sameToken(call.captured.value(0).toUtf8(), m_options.token))
        return true;
    for (const auto& [name, value] : call.request.query) {
        if (name == u"token" && sameToken(value.toUtf8(), m_options.token))
            return true;
    }
    return false;
}

HttpOutgoing LeadApi::handle(const HttpIncoming& request) const
{
    bool pathKnown = false;
    for (const Route& route : routes()) {
        const QRegularExpressionMatch match = route.path.match(QString::fromUtf8(request.path));
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        try {
            Call call { request, match.capturedTexts().mid(1), readerFor(m_options.workspacePath) };
            if (!route.open && !authorised(call, route.tokenInPath))
                return errorReply(
                    { 401, tr("A valid token is required: Authorization: Bearer <token>."), {} });
            return (this->*route.handler)(call);
        } catch (const ApiError& error) {
            return errorReply(error);
        } catch (const Error& error) {
            return errorReply({ 422, error.message(), {} });
        } catch (const std::exception& error) {
            return errorReply({ 500, QString::fromUtf8(error.what()), {} });
        }
    }
    return pathKnown
        ? errorReply({ 405, tr("%1 is not allowed here.").arg(QString::fromLatin1(request.method)), {} })
        : errorReply({ 404, tr("There is nothing at %1.").arg(QString::fromUtf8(request.path)), {} });
}

HttpOutgoing LeadApi::health(const Call&) const
{
    return json(200,
        { { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("version"), QCoreApplication::applicationVersion() } });
}

HttpOutgoing LeadApi::describe(const Call&) const
{
    return json(200, openApi());
}

HttpOutgoing LeadApi::createLead(const Call& call) const
{
    const QJsonObject body = bodyObject(call.request);
    const ColumnList columns = ColumnStore(call.workspace).list();
    QHash<QString, QString> fields;
    QString source = QStringLiteral("api");
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString text = textOf(body, it.key()); // checks the type of every field given
        if (it.key() == u"name") {
            fields.insert(QStringLiteral("name"), text);
        } else if (it.key() == u"source") {
            if (!text.trimmed().isEmpty())
                source = text.trimmed();
        } else if (const Column* column = findColumn(columns, it.key()); column && column->isEditable()) {
            fields.insert(column->sqlName, text);
        } // unknown fields are ignored
    }
    return storeLead(call, columns, fields, source);
}

HttpOutgoing LeadApi::tildaWebhook(const Call& call) const
{
    // Tilda posts form-encoded fields (or JSON when set so), and "test=test" to check a new webhook.
    QList<std::pair<QString, QString>> pairs;
    const QByteArray type = call.request.headers.value("content-type");
    if (type.startsWith("application/json")) {
        const QJsonObject body = bodyObject(call.request);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            pairs.append({ it.key(), textOf(body, it.key()) });
    } else {
        QByteArray form = call.request.body;
        form.replace('+', ' ');
        for (const auto& [name, value] : QUrlQuery(QString::fromUtf8(form)).queryItems(QUrl::FullyDecoded))
            pairs.append({ name, value });
    }
    QHash<QString, QString> fields;
    for (const auto& [name, value] : std::as_const(pairs)) {
        if (name == u"test" && value == u"test" && pairs.size() <= 2)
            return { 200, "text/plain", "ok" };
        const QString field = tildaFields().value(FieldCatalog::normalise(name));
        if (!field.isEmpty() && !value.trimmed().isEmpty() && !fields.contains(field))
            fields.insert(field, value);
    }
    return storeLead(call, ColumnStore(call.workspace).list(), fields, QStringLiteral("form: tilda"));
}

HttpOutgoing LeadApi::storeLead(
    const Call& call, const ColumnList& columns, QHash<QString, QString> fields, const QString& source) const
{
    // A full name fills the first and last names it is given for.
    if (const QString name = fields.take(QStringLiteral("name")).simplified(); !name.isEmpty()) {
        const qsizetype space = name.indexOf(u' ');
        if (!fields.contains(QStringLiteral("first_name")))
            fields.insert(QStringLiteral("first_name"), space < 0 ? name : name.left(space));
        if (!fields.contains(QStringLiteral("last_name")) && space > 0)
            fields.insert(QStringLiteral("last_name"), name.mid(space + 1));
    }
    QStringList problems;
    if (const QString phone = fields.value(QStringLiteral("phone")); !phone.trimmed().isEmpty()) {
        const Contacts::Result result = Contacts::phone(phone, fields.value(QStringLiteral("country")),
            call.workspace.metaValue(Contacts::defaultRegionKey()));
        fields.insert(QStringLiteral("phone"), result.value);
        if (!result.problem.isEmpty())
            problems.append(Contacts::checkAfter({}, Contacts::Channel::Phone, result.problem));
    }
    if (const QString telegram = fields.value(QStringLiteral("telegram")); !telegram.trimmed().isEmpty()) {
        const Contacts::Result result = Contacts::telegram(telegram);
        fields.insert(QStringLiteral("telegram"), result.value);
        if (!result.problem.isEmpty())
            problems.append(Contacts::checkAfter({}, Contacts::Channel::Telegram, result.problem));
    }
    const QString email = fields.value(QStringLiteral("email")).trimmed();
    if (email.isEmpty() && fields.value(QStringLiteral("phone")).trimmed().isEmpty()
        && fields.value(QStringLiteral("telegram")).trimmed().isEmpty())
        throw ApiError { 400, tr("A lead needs at least one contact: email, phone or telegram."),
            QStringLiteral("email") };
    if (!problems.isEmpty())
        fields.insert(QStringLiteral("contact_check"), problems.join(QStringLiteral("; ")));
    fields.insert(QStringLiteral("source"), source);

    qint64 leadId = 0;
    bool merged = false;
    m_options.write([&](Workspace& workspace) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Deduplicated by email as the importer does: the same address (case and spaces aside) merges,
        // filling the fields the lead has empty. The index finds the candidates; emailKey decides.
        if (!email.isEmpty()) {
            CachedQuery same(workspace,
                QStringLiteral(
                    "SELECT id, email FROM leads WHERE lower(trim(email)) = lower(trim(?)) AND email <> ''"));
            same->bind(email);
            same->exec();
            while (same->next()) {
                if (emailKey(same->value(1).toString().toUtf8()) == emailKey(email.toUtf8())) {
                    leadId = same->value(0).toLongLong();
                    merged = true;
                    break;
                }
            }
        }
        if (merged) {
            // Out of the index with the values it was indexed with, back in with the filled ones.
            SearchIndex search(workspace);
            const bool indexed = search.isIndexed(leadId);
            if (indexed)
                search.removeLead(leadId);
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (it.key() == u"source" || it.value().isEmpty())
                    continue;
                const QByteArray column = SqlIdentifier::of(it.key()).quoted();
                SqlQuery fill(workspace.database(),
                    QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ? AND %1 = ''")
                        .arg(QString::fromLatin1(column)));
                fill.bind(it.value());
                fill.bind(now);
                fill.bind(leadId);
                fill.exec();
                if (fill.numRowsAffected() == 1)
                    LeadHistory(workspace).record(
                        leadId, now, LeadEvent::Kind::Edited, it.key(), {}, it.value());
            }
            if (indexed)
                search.addLead(leadId);
            return;
        }
        SearchIndex(workspace).prepareForInserts();
        QStringList names { QStringLiteral("created_at"), QStringLiteral("updated_at") };
        QVariantList values { now, now };
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            names.append(QString::fromLatin1(SqlIdentifier::of(it.key()).quoted()));
            values.append(it.value());
        }
        SqlQuery insert(workspace.database(),
            QStringLiteral("INSERT INTO leads (%1) VALUES (%2)")
                .arg(names.join(u", "), QStringList(names.size(), QStringLiteral("?")).join(u", ")));
        for (const QVariant& value : std::as_const(values))
            insert.bind(value);
        insert.exec();
        leadId = insert.lastInsertId().toLongLong();
    });
    if (!merged) {
        const std::lock_guard lock(m_mutex);
        m_unindexed = true;
    }
    m_wake.notify_all();
    if (m_options.leadAdded)
        m_options.leadAdded(leadId);
    QJsonObject reply { { QStringLiteral("lead"), *LeadRecord::fields(call.workspace, leadId, columns) },
        { QStringLiteral("merged"), merged } };
    return json(merged ? 200 : 201, reply);
}

HttpOutgoing LeadApi::showLead(const Call& call) const
{
    const qint64 leadId = idOf(call.captured.value(0), QStringLiteral("id"));
    const std::optional<QJsonObject> record = LeadRecord::full(call.workspace, leadId);
    if (!record)
        throw ApiError { 404, tr("There is no lead %1.").arg(leadId), {} };
    return json(200, *record);
}

HttpOutgoing LeadApi::moveLead(const Call& call) const
{
    const qint64 leadId = idOf(call.captured.value(0), QStringLiteral("id"));
    const QJsonObject body = bodyObject(call.request);
    const QString name = textOf(body, QStringLiteral("stage"));
    const std::optional<Stage> stage = Stages::fromName(name);
    if (!stage)
        throw ApiError { 400,
            tr("The field stage must be new, contacted, qualified, transferred or lost, not \"%1\".")
                .arg(name),
            QStringLiteral("stage") };
    requireLead(call.workspace, leadId);
    Pipeline::Moved moved;
    m_options.write([&](Workspace& workspace) {
        moved
            = Pipeline(workspace).tryMove(leadId, *stage, tr("the API"), QDateTime::currentMSecsSinceEpoch());
    });
    if (!moved.refused.isEmpty())
        throw ApiError { 409, moved.refused, QStringLiteral("stage") };
    return json(200,
        { { QStringLiteral("lead"), *LeadRecord::fields(call.workspace, leadId) },
            { QStringLiteral("sale"), moved.sale ? QJsonValue(*moved.sale) : QJsonValue() } });
}

HttpOutgoing LeadApi::analyzeLead(const Call& call) const
{
    const qint64 leadId = idOf(call.captured.value(0), QStringLiteral("id"));
    requireLead(call.workspace, leadId);
    Column column;
    m_options.write([&](Workspace& workspace) { column = Pipeline(workspace).analysisColumn(); });
    const ColumnSpec spec = ColumnSpec::fromJson(
        column.displayName, column.kind, ColumnStore(call.workspace).config(column.id));
    // The run goes through the column runner as any other (cache, cost, history), on this thread's own
    // event loop while the client waits.
    ColumnRunner runner(m_options.workspacePath, column.displayName,
        spec.apiKeyEnv.isEmpty() || !m_options.apiKey ? QByteArray() : m_options.apiKey(spec.apiKeyEnv));
    RunOptions options;
    options.only = RunOptions::Only::All;
    options.leadIds = { leadId };
    const RunStats stats = waitForRun(runner.run(options));
    if (stats.failed > 0)
        throw ApiError { 502,
            stats.errors.isEmpty() ? tr("The analysis failed.") : stats.errors.first().second, {} };
    const QJsonObject lead = *LeadRecord::fields(call.workspace, leadId);
    return json(200,
        { { QStringLiteral("lead_id"), leadId },
            { QStringLiteral("score"), lead.value(QStringLiteral("score")) },
            { QStringLiteral("recommendation"), lead.value(QStringLiteral("recommendation")) },
            { QStringLiteral("reason"), lead.value(QStringLiteral("score_reason")) },
            { QStringLiteral("scored_by"), lead.value(column.displayName) },
            { QStringLiteral("stage"), lead.value(QStringLiteral("stage")) } });
}

HttpOutgoing LeadApi::sendMessage(const Call& call) const
{
    const QJsonObject body = bodyObject(call.request);
    DirectSend::Request request { requiredId(body, QStringLiteral("lead_id")),
        textOf(body, QStringLiteral("mailbox")), textOf(body, QStringLiteral("subject")),
        textOf(body, QStringLiteral("body")) };
    requireLead(call.workspace, request.leadId);
    const DirectSend::Result result = DirectSend(call.workspace, m_options.write)
                                          .send(request, m_options.password, QDateTime::currentDateTimeUtc());
    if (!result.refused.isEmpty()) {
        HttpOutgoing reply = errorReply({ result.notBefore.isValid() ? 429 : 409, result.refused, {} });
        if (result.notBefore.isValid()) // the seconds to wait, in the body: the server adds no headers
            reply.body = QJsonDocument(
                QJsonObject { { QStringLiteral("error"), result.refused },
                    { QStringLiteral("retry_after"),
                        std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(result.notBefore)) } })
                             .toJson(QJsonDocument::Compact);
        return reply;
    }
    static const char* const outcomes[]
        = { "sent", "temporary_failure", "permanent_failure", "recipient_refused", "unknown", "cancelled" };
    const bool sent = result.smtp.outcome == SmtpResult::Outcome::Sent;
    return json(sent ? 200 : 502,
        { { QStringLiteral("id"), result.id },
            { QStringLiteral("message_id"), QString::fromLatin1(result.messageId) },
            { QStringLiteral("outcome"), QLatin1String(outcomes[int(result.smtp.outcome)]) },
            { QStringLiteral("reason"), result.smtp.reason } });
}

HttpOutgoing LeadApi::recordReply(const Call& call) const
{
    const QJsonObject body = bodyObject(call.request);
    const qint64 leadId = requiredId(body, QStringLiteral("lead_id"));
    const QString text = textOf(body, QStringLiteral("text"));
    if (text.trimmed().isEmpty())
        throw ApiError { 400, tr("The field text is required."), QStringLiteral("text") };
    requireLead(call.workspace, leadId);
    std::optional<QDateTime> receivedAt; // none: now (see ReplySync::recordByHand)
    if (const QString at = textOf(body, QStringLiteral("received_at")); !at.isEmpty()) {
        receivedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!receivedAt->isValid())
            throw ApiError { 400, tr("The field received_at must be an ISO 8601 time."),
                QStringLiteral("received_at") };
    }
    // The mailbox named, else the one the lead was written from last, else the only one.
    const QString named = textOf(body, QStringLiteral("mailbox"));
    std::optional<Mailbox> mailbox;
    MailboxStore store(call.workspace);
    if (!named.isEmpty()) {
        mailbox = store.find(named);
    } else {
        SqlQuery last(call.workspace.database(),
            QStringLiteral(
                "SELECT s.mailbox_id FROM enrollments e JOIN sequences s ON s.id = e.sequence_id "
                "WHERE e.lead_id = ? UNION ALL SELECT mailbox_id FROM direct_messages WHERE lead_id = ?"));
        last.bind(leadId);
        last.bind(leadId);
        last.exec();
        if (last.next())
            mailbox = store.find(last.value(0).toLongLong());
        else if (store.list().size() == 1)
            mailbox = store.list().first();
    }
    if (!mailbox)
        throw ApiError { 400,
            named.isEmpty() ? tr("Name the mailbox the reply belongs to (the field mailbox).")
                            : tr("There is no mailbox \"%1\".").arg(named),
            QStringLiteral("mailbox") };
    const qint64 replyId = ReplySync(call.workspace, m_options.write)
                               .recordByHand(leadId, *mailbox, textOf(body, QStringLiteral("subject")), text,
                                   receivedAt, QDateTime::currentDateTimeUtc());
    SqlQuery stored(call.workspace.database(),
        QStringLiteral("SELECT id, kind, class, reason FROM replies WHERE id = ?"));
    stored.bind(replyId);
    stored.exec();
    if (!stored.next())
        throw ApiError { 409, tr("This reply was recorded before."), {} };
    return json(201,
        { { QStringLiteral("reply_id"), replyId }, { QStringLiteral("kind"), stored.value(1).toString() },
            { QStringLiteral("class"), stored.value(2).toString() },
            { QStringLiteral("reason"), stored.value(3).toString() },
            { QStringLiteral("stage"),
                LeadRecord::fields(call.workspace, leadId)->value(QStringLiteral("stage")) } });
}

HttpOutgoing LeadApi::draftReply(const Call& call) const
{
    const QJsonObject body = bodyObject(call.request);
    const qint64 replyId = requiredId(body, QStringLiteral("reply_id"));
    SqlQuery exists(call.workspace.database(), QStringLiteral("SELECT 1 FROM replies WHERE id = ?"));
    exists.bind(replyId);
    exists.exec();
    if (!exists.next())
        throw ApiError { 404, tr("There is no reply %1.").arg(replyId), QStringLiteral("reply_id") };
    exists.finish();
    const ReplyAssistant::Settings settings = ReplyAssistant::Settings::load(call.workspace);
    const ReplyAssistant assistant(settings,
        settings.keyEnv.isEmpty() || !m_options.apiKey ? QByteArray() : m_options.apiKey(settings.keyEnv));
    const QString draft = ReplyActions(call.workspace, m_options.write)
                              .draft(replyId, QDateTime::currentDateTimeUtc(), &assistant);
    return json(200,
        { { QStringLiteral("reply_id"), replyId }, { QStringLiteral("draft"), draft },
            { QStringLiteral("by"),
                assistant.isConfigured() ? QStringLiteral("ai") : QStringLiteral("template") } });
}

} // namespace LeadSync
