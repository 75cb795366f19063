#include "ColumnRunner.h"

#include "Error.h"
#include "RunHistory.h"
#include "leads/CellWriter.h"
#include "leads/ColumnStore.h"
#include "leads/SearchIndex.h"
#include "storage/ProcessIdentity.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <QCoroTimer>

#include <chrono>

namespace LeadSync {

namespace {

constexpr std::pair<RunOptions::Only, const char*> kOnly[] = {
    { RunOptions::Only::All, "all" },
    { RunOptions::Only::Empty, "empty" },
    { RunOptions::Only::Failed, "failed" },
    { RunOptions::Only::Stale, "stale" },
};

constexpr std::pair<CellOutcome::Status, const char*> kStatuses[] = {
    { CellOutcome::Status::Done, "done" },
    { CellOutcome::Status::Failed, "failed" },
    { CellOutcome::Status::Skipped, "skipped" },
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Text columns are never NULL (see the schema); a null QString would bind as NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The verifier's settings from an email column's: its timeout bounds a whole verdict.
EmailVerifier::Options emailOptions(const ColumnSpec& spec)
{
    return { spec.dnsServer, spec.smtpProbe, quint16(spec.smtpPort), std::min(spec.timeoutMs, 15000) };
}

// Kept for the report: enough to see what goes wrong, bounded for a run of a million failures.
constexpr qsizetype kMaxErrors = 1000;

} // namespace

QJsonObject RunOptions::toJson() const
{
    QJsonArray where;
    for (const LeadCondition& condition : conditions)
        where.append(
            QJsonArray { condition.sqlName, LeadCondition::operatorText(condition.op), condition.value });
    QJsonArray ids;
    for (const qint64 id : leadIds)
        ids.append(id);
    QString onlyName;
    for (const auto& [known, name] : kOnly) {
        if (known == only)
            onlyName = QString::fromLatin1(name);
    }
    return { { QStringLiteral("only"), onlyName }, { QStringLiteral("where"), where },
        { QStringLiteral("search"), searchText }, { QStringLiteral("ids"), ids },
        { QStringLiteral("limit"), double(limit) } };
}

RunOptions RunOptions::fromJson(const QJsonObject& json)
{
    RunOptions options;
    options.only = onlyFromName(json.value(QStringLiteral("only")).toString(QStringLiteral("empty")));
    for (const QJsonValue& value : json.value(QStringLiteral("where")).toArray()) {
        const QJsonArray condition = value.toArray();
        options.conditions.append({ condition.at(0).toString(),
            LeadCondition::operatorFromText(condition.at(1).toString()).value_or(LeadCondition::Op::Equals),
            condition.at(2).toString() });
    }
    options.searchText = json.value(QStringLiteral("search")).toString();
    for (const QJsonValue& id : json.value(QStringLiteral("ids")).toArray())
        options.leadIds.append(id.toInteger());
    options.limit = qint64(json.value(QStringLiteral("limit")).toDouble(-1));
    return options;
}

RunOptions::Only RunOptions::onlyFromName(const QString& name)
{
    for (const auto& [known, text] : kOnly) {
        if (name == QLatin1String(text))
            return known;
    }
    throw Error(QCoreApplication::translate(
        "LeadSync::ColumnRunner", "\"%1\" is not one of all, empty, failed, stale.")
                    .arg(name));
}

ColumnRunner::ColumnRunner(
    const QString& workspacePath, const QString& columnName, QByteArray apiKey, QObject* parent)
    : QObject(parent)
    , m_workspace(std::make_unique<Workspace>(workspacePath))
    , m_writer(WorkspaceWriter::of(workspacePath))
{
    qRegisterMetaType<LeadSync::RunStats>();
    const ColumnList columns = ColumnStore(*m_workspace).list();
    const Column* column = findColumn(columns, columnName);
    if (!column || column->readOnly)
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner", "There is no column \"%1\".")
                        .arg(columnName));
    ColumnSpec spec = ColumnSpec::fromJson(
        column->displayName, column->kind, ColumnStore(*m_workspace).config(column->id));
    if (!spec.isExecutable())
        throw Error(QCoreApplication::translate(
            "LeadSync::ColumnRunner", "Column \"%1\" is a %2 column: there is nothing to run.")
                        .arg(column->displayName, column->kind));
    if (spec.kind == ColumnSpec::Kind::Ai) {
        SqlQuery price(m_workspace->database(),
            QStringLiteral("SELECT input_usd, output_usd FROM model_prices WHERE model = ?"));
        price.bind(spec.model);
        price.exec();
        if (price.next()) {
            m_priceIn = price.value(0).toDouble();
            m_priceOut = price.value(1).toDouble();
        }
    }
    // Without a key given, the one in the environment variable the column names (the desktop app's).
    if (apiKey.isEmpty())
        apiKey = spec.apiKeyFromEnvironment();
    m_computer = std::make_unique<CellComputer>(std::move(spec), *column, columns, std::move(apiKey));
}

ColumnRunner::~ColumnRunner() = default;

const Column& ColumnRunner::column() const
{
    return m_computer->column();
}

double ColumnRunner::costOf(qint64 tokensIn, qint64 tokensOut) const
{
    return (double(tokensIn) * m_priceIn + double(tokensOut) * m_priceOut) / 1e6;
}

QList<qint64> ColumnRunner::selectTargets(const RunOptions& options)
{
    const ColumnSpec& spec = m_computer->spec();
    QList<LeadCondition> conditions = options.conditions;
    if (!spec.runIf.trimmed().isEmpty())
        conditions.append(LeadCondition::parse(spec.runIf, ColumnStore(*m_workspace).list()));
    if (!options.searchText.trimmed().isEmpty())
        m_writer->runLong([](Workspace& workspace) { SearchIndex(workspace).catchUp(); });
    LeadFilter filter = LeadFilter::build(conditions, options.searchText);
    QByteArray sql = "SELECT id FROM leads WHERE (" + filter.sql + ")";
    const QByteArray columnId = QByteArray::number(column().id);
    switch (options.only) {
    case RunOptions::Only::All:
        break;
    case RunOptions::Only::Empty:
        sql += " AND " + SqlIdentifier::of(column().sqlName).quoted() + " = ''";
        break;
    case RunOptions::Only::Failed:
        sql += " AND id IN (SELECT lead_id FROM cell_states WHERE column_id = " + columnId
            + " AND status = 'failed')";
        break;
    case RunOptions::Only::Stale:
        sql += " AND id IN (SELECT lead_id FROM cell_states WHERE column_id = " + columnId
            + " AND status = 'done')";
        break;
    }
    if (!options.leadIds.isEmpty()) {
        // Numbers formatted here, never text from outside.
        QByteArrayList ids;
        for (const qint64 id : options.leadIds)
            ids.append(QByteArray::number(id));
        sql += " AND id IN (" + ids.join(',') + ")";
    }
    // A stale cell is found by its inputs, row by row: the limit applies after that.
    const bool stale = options.only == RunOptions::Only::Stale;
    sql += " ORDER BY id";
    if (options.limit >= 0 && !stale)
        sql += " LIMIT " + QByteArray::number(options.limit);
    SqliteStatement select(m_workspace->handle(), sql);
    for (int i = 0; i < filter.parameters.size(); ++i)
        select.bindText(i + 1, filter.parameters[i]);
    QList<qint64> targets;
    while (select.step())
        targets.append(select.columnInt(0));
    if (!stale)
        return targets;
    QList<qint64> changed;
    SqlQuery stored(m_workspace->database(),
        QStringLiteral("SELECT input_hash FROM cell_states WHERE column_id = ? AND lead_id = ?"));
    for (const qint64 id : targets) {
        if (options.limit >= 0 && changed.size() >= options.limit)
            break;
        stored.bind(column().id);
        stored.bind(id);
        stored.exec();
        const QByteArray hash = stored.next() ? stored.value(0).toByteArray() : QByteArray();
        const CellRequest request = m_computer->prepare(lookup(readRow(id)));
        if (request.inputHash != hash)
            changed.append(id);
    }
    return changed;
}

// The row's values, read in one statement prepared once per runner.
ColumnRunner::RowValues ColumnRunner::readRow(qint64 leadId)
{
    if (!m_readRow) {
        m_readNames = m_computer->inputSqlNames();
        for (const QString& name : m_computer->writtenSqlNames()) {
            if (!m_readNames.contains(name))
                m_readNames.append(name);
        }
        QByteArrayList expressions;
        for (const QString& name : std::as_const(m_readNames))
            expressions.append(SqlIdentifier::of(name).quoted());
        m_readRow = std::make_unique<SqlQuery>(m_workspace->database(),
            QStringLiteral("SELECT %1 FROM leads WHERE id = ?")
                .arg(QString::fromLatin1(expressions.join(", "))));
    }
    m_readRow->bind(leadId);
    m_readRow->exec();
    RowValues values;
    if (m_readRow->next()) {
        for (qsizetype i = 0; i < m_readNames.size(); ++i)
            values.insert(m_readNames[i], m_readRow->value(int(i)).toString());
    }
    return values;
}

std::function<QString(const QString&)> ColumnRunner::lookup(RowValues values)
{
    return [values = std::move(values)](const QString& sqlName) { return values.value(sqlName); };
}

RunPlan ColumnRunner::plan(const RunOptions& options)
{
    RunPlan plan;
    const QList<qint64> targets = selectTargets(options);
    plan.targets = targets.size();
    if (targets.isEmpty())
        return plan;
    const qint64 first = targets.first();
    const CellRequest request = m_computer->prepare(lookup(readRow(first)));
    plan.firstRequest = m_computer->describe(request);
    if (m_computer->spec().kind == ColumnSpec::Kind::Template)
        return plan;
    // An upper bound: about four characters a token in, every allowed token out.
    const qint64 tokensIn = request.http.body.size() / 4 + 1;
    plan.estimatedCost = double(plan.targets) * costOf(tokensIn, m_computer->spec().maxTokens);
    return plan;
}

QCoro::Task<RunStats> ColumnRunner::run(RunOptions options)
{
    const QList<qint64> targets = selectTargets(options);
    m_stats = {};
    m_stats.targets = targets.size();
    co_await checkBeforeRun(targets);
    if (m_cancelled) { // cancelled while the targets were chosen: nothing is run, nothing recorded
        m_stats.cancelled = true;
        co_return m_stats;
    }
    qint64 runId = 0;
    m_writer->run([&](Workspace& workspace) {
        runId = RunHistory::start(workspace, column().id, options, targets.size());
    });
    startHeartbeat(runId);
    m_stats.runId = runId;
    co_return co_await execute(runId, targets);
}

// Renewed while the run goes on, for systems where a process's start time cannot be read.
void ColumnRunner::startHeartbeat(qint64 runId)
{
    m_heartbeat.disconnect();
    m_heartbeat.setInterval(int(ProcessIdentity::kHeartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, [this, runId] {
        try {
            m_writer->run([runId](Workspace& workspace) { RunHistory::beat(workspace, runId); });
        } catch (const Error&) {
            // The workspace is busy: the next beat comes in ten seconds, well within the timeout.
        }
    });
    m_heartbeat.start();
}

EmailVerifier& ColumnRunner::verifier()
{
    if (!m_verifier)
        m_verifier = std::make_unique<EmailVerifier>(emailOptions(m_computer->spec()));
    return *m_verifier;
}

QCoro::Task<> ColumnRunner::checkBeforeRun(const QList<qint64>& targets)
{
    const ColumnSpec& spec = m_computer->spec();
    if (spec.kind != ColumnSpec::Kind::Email || targets.isEmpty())
        co_return;
    // The addresses column must hold addresses: a run over names would call every lead invalid.
    const QString input = m_computer->inputSqlNames().value(0);
    qsizetype sampled = 0;
    qsizetype addresses = 0;
    for (qsizetype i = 0; i < targets.size() && sampled < 200; ++i) {
        const QString value = readRow(targets[i]).value(input).trimmed();
        if (value.isEmpty())
            continue;
        ++sampled;
        addresses += value.contains(u'@') ? 1 : 0;
    }
    if (sampled > 0 && addresses * 2 < sampled)
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner",
            "Column \"%1\": most values of \"%2\" are not email addresses (%3 of %4 looked at). Choose "
            "the column that holds the addresses; nothing was run.")
                        .arg(column().displayName, spec.inputColumn)
                        .arg(sampled - addresses)
                        .arg(sampled));
    const QString untrusted = co_await verifier().checkResolver(m_stop);
    if (!untrusted.isEmpty() && !m_cancelled)
        throw Error(QCoreApplication::translate("LeadSync::ColumnRunner",
            "Column \"%1\" was not run: %2. A verdict from it could call good addresses invalid; try "
            "again on another network, or set a DNS server in the column.")
                        .arg(column().displayName, untrusted));
}

QCoro::Task<RunStats> ColumnRunner::resume(qint64 runId)
{
    const RunHistory::Stored stored = RunHistory::load(*m_workspace, column(), runId, m_stats);
    RunOptions options = RunOptions::fromJson(stored.options);
    // The cells the run finished are not run again; the others are found as the run found them.
    const QSet<qint64>& skip = stored.finishedLeads;
    // Found without the limit, then cut: the run's first cells (all: the same order; empty: no longer
    // empty) must not take the places of the ones it left.
    const qint64 limit = options.limit;
    options.limit = -1;
    QList<qint64> targets = selectTargets(options);
    targets.removeIf([&skip](qint64 id) { return skip.contains(id); });
    if (limit >= 0)
        targets.resize(std::min(targets.size(), std::max<qsizetype>(0, qsizetype(limit) - skip.size())));
    co_await checkBeforeRun(targets);
    if (m_cancelled) {
        m_stats.cancelled = true;
        co_return m_stats;
    }
    m_writer->run([runId](Workspace& workspace) { RunHistory::claim(workspace, runId); });
    startHeartbeat(runId);
    co_return co_await execute(runId, targets);
}

QCoro::Task<RunStats> ColumnRunner::execute(qint64 runId, QList<qint64> targets)
{
    m_failuresInRow = 0;
    m_failure = nullptr;
    m_lastFlushMs = now();
    auto queue = std::make_shared<QList<qint64>>(std::move(targets));
    auto next = std::make_shared<qsizetype>(0);
    const int workers = int(std::min<qsizetype>(m_computer->spec().concurrency, queue->size()));
    std::vector<QCoro::Task<>> running;
    while (int(m_networks.size()) * kConnectionsPerManager < workers)
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    for (int i = 0; i < workers; ++i)
        running.push_back(worker(i, runId, queue, next));
    for (QCoro::Task<>& task : running)
        co_await task; // a worker never throws: its error stops the others and is kept in m_failure
    m_heartbeat.stop();
    if (m_failure) {
        // Every worker has stopped; the run stays resumable (its cells so far are saved).
        try {
            m_writer->run(
                [runId](Workspace& workspace) { RunHistory::finish(workspace, runId, "stopped", {}); });
        } catch (const Error&) {
            // The workspace itself failed: the run is found interrupted when its owner is gone.
        }
        std::rethrow_exception(m_failure);
    }
    flush(runId);
    const char* state = m_cancelled ? "cancelled" : m_stats.stopReason.isEmpty() ? "done" : "stopped";
    m_stats.cancelled = m_cancelled;
    m_writer->run(
        [&](Workspace& workspace) { RunHistory::finish(workspace, runId, state, m_stats.stopReason); });
    Q_EMIT progress(m_stats);
    co_return m_stats;
}

QCoro::Task<> ColumnRunner::worker(
    int number, qint64 runId, std::shared_ptr<QList<qint64>> queue, std::shared_ptr<qsizetype> next)
{
    try {
        co_await work(number, runId, std::move(queue), std::move(next));
    } catch (...) {
        // The first error stops every worker; execute() throws it once they have all stopped, so
        // none outlives the runner.
        if (!m_failure)
            m_failure = std::current_exception();
        *m_stop = true;
    }
}

QCoro::Task<> ColumnRunner::work(
    int number, qint64 runId, std::shared_ptr<QList<qint64>> queue, std::shared_ptr<qsizetype> next)
{
    QNetworkAccessManager& network = *m_networks[number / kConnectionsPerManager];
    while (!*m_stop && m_stats.stopReason.isEmpty()) {
        while (m_paused && !*m_stop)
            co_await QCoro::sleepFor(std::chrono::milliseconds(100));
        if (*m_stop || *next >= queue->size())
            break;
        Pending pending;
        pending.leadId = queue->at((*next)++);
        pending.outcome = co_await compute(network, pending.leadId, &pending);
        if (pending.outcome.status == CellOutcome::Status::Cancelled)
            break;
        record(std::move(pending));
        if (m_pending.size() >= kBatch || now() - m_lastFlushMs >= kFlushMs)
            flush(runId);
    }
}

QCoro::Task<> ColumnRunner::waitForTurn()
{
    const int rate = m_computer->spec().ratePerMinute;
    if (rate <= 0)
        co_return;
    const qint64 interval = 60000 / rate;
    const qint64 start = std::max(now(), m_nextStartMs);
    m_nextStartMs = start + interval;
    // A coarse timer may fire a little early: wait until the start has really come.
    while (start > now())
        co_await QCoro::sleepFor(std::chrono::milliseconds(start - now()));
}

QCoro::Task<CellOutcome> computeCell(const CellComputer& computer, const CellRequest& request,
    QNetworkAccessManager& network, std::unique_ptr<EmailVerifier>& verifier, EmailVerifier::StopFlag stop,
    HttpTurn turn)
{
    const ColumnSpec& spec = computer.spec();
    if (!request.missing.isEmpty()) {
        CellOutcome skipped;
        skipped.status = CellOutcome::Status::Skipped;
        skipped.reason = QCoreApplication::translate("LeadSync::ColumnRunner", "missing %1")
                             .arg(request.missing.join(QStringLiteral(", ")));
        co_return skipped;
    }
    if (spec.kind == ColumnSpec::Kind::Template)
        co_return computer.done({ { computer.column().sqlName, request.text } });
    if (spec.kind == ColumnSpec::Kind::Email) {
        if (!verifier)
            verifier = std::make_unique<EmailVerifier>(emailOptions(spec));
        if (turn)
            co_await turn();
        const EmailVerifier::Result result = co_await verifier->verify(request.text, stop);
        if (stop && *stop) {
            CellOutcome cancelled;
            cancelled.status = CellOutcome::Status::Cancelled;
            co_return cancelled;
        }
        CellOutcome outcome
            = computer.done({ { computer.column().sqlName, EmailVerifier::verdictName(result.verdict) } });
        outcome.reason = result.reason;
        // No verdict (no DNS answer, the probe's server silent): the cell says "unknown" and counts as
        // failed, with its reason shown, so "Run on failed" asks again.
        if (result.verdict == EmailVerifier::Verdict::Unknown)
            outcome.status = CellOutcome::Status::Failed;
        co_return outcome;
    }
    HttpLimits limits;
    limits.timeoutMs = spec.timeoutMs;
    limits.maxReplyBytes = spec.maxReplyBytes;
    limits.maxAttempts = spec.maxAttempts;
    if (const QString refused = refusal(request.http, spec.allowPlainHttp); !refused.isEmpty()) {
        CellOutcome failed;
        failed.reason = refused;
        co_return failed;
    }
    std::function<bool()> stopped = [stop] { return stop && *stop; };
    const HttpResult result
        = co_await sendHttp(network, request.http, limits, std::move(stopped), std::move(turn));
    co_return computer.interpret(result);
}

QCoro::Task<CellOutcome> ColumnRunner::compute(
    QNetworkAccessManager& network, qint64 leadId, Pending* pending)
{
    pending->before = readRow(leadId);
    const CellRequest request = m_computer->prepare(lookup(pending->before));
    pending->inputHash = request.inputHash;
    const ColumnSpec::Kind kind = m_computer->spec().kind;
    // Email verdicts are free and quick to change (a mailbox closes): verified anew, never cached.
    const bool requested
        = request.missing.isEmpty() && (kind == ColumnSpec::Kind::Ai || kind == ColumnSpec::Kind::Webhook);
    if (requested) {
        if (!m_readCache)
            m_readCache = std::make_unique<SqlQuery>(m_workspace->database(),
                QStringLiteral("SELECT outputs, tokens_in, tokens_out FROM exec_cache WHERE key = ?"));
        SqlQuery& cached = *m_readCache;
        cached.bind(request.cacheKey);
        cached.exec();
        if (cached.next()) {
            QList<std::pair<QString, QString>> values;
            const QJsonArray outputs = QJsonDocument::fromJson(cached.value(0).toByteArray()).array();
            for (const QJsonValue& output : outputs)
                values.append({ output.toArray().at(0).toString(), output.toArray().at(1).toString() });
            CellOutcome outcome
                = m_computer->done(values, cached.value(1).toLongLong(), cached.value(2).toLongLong());
            outcome.cached = true;
            co_return outcome;
        }
    }
    // The rate limit counts every request the cell makes: retries and redirects too.
    HttpTurn turn = [this]() -> QCoro::Task<> { co_await waitForTurn(); };
    CellOutcome outcome
        = co_await computeCell(*m_computer, request, network, m_verifier, m_stop, std::move(turn));
    if (requested && outcome.status == CellOutcome::Status::Done)
        pending->cacheKey = request.cacheKey;
    co_return outcome;
}

void ColumnRunner::record(Pending pending)
{
    const qint64 leadId = pending.leadId;
    const CellOutcome& outcome = m_pending.emplace_back(std::move(pending)).outcome;
    switch (outcome.status) {
    case CellOutcome::Status::Done:
        ++m_stats.done;
        m_stats.cached += outcome.cached ? 1 : 0;
        if (!outcome.cached) { // a cached answer costs nothing
            m_stats.tokensIn += outcome.tokensIn;
            m_stats.tokensOut += outcome.tokensOut;
            m_stats.cost += costOf(outcome.tokensIn, outcome.tokensOut);
        }
        m_failuresInRow = 0;
        break;
    case CellOutcome::Status::Failed:
        ++m_stats.failed;
        if (m_stats.errors.size() < kMaxErrors)
            m_stats.errors.append({ leadId, outcome.reason });
        if (++m_failuresInRow >= m_computer->spec().stopAfterFailures && m_stats.stopReason.isEmpty()) {
            *m_stop = true;
            m_stats.stopReason = QCoreApplication::translate(
                "LeadSync::ColumnRunner", "Stopped after %1 failures in a row. The last: %2")
                                     .arg(m_failuresInRow)
                                     .arg(outcome.reason);
        }
        break;
    case CellOutcome::Status::Skipped:
        ++m_stats.skipped;
        break;
    case CellOutcome::Status::Cancelled:
        break;
    }
    Q_EMIT progress(m_stats);
}

void ColumnRunner::flush(qint64 runId)
{
    m_lastFlushMs = now();
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::move(m_pending);
    m_pending.clear();
    const qint64 at = now();
    m_writer->run([&](Workspace& workspace) {
        CellWriter cells(workspace);
        SqlQuery keep(workspace.database(),
            QStringLiteral(
                "INSERT OR IGNORE INTO run_previous_values (run_id, lead_id, sql_name, value, written) "
                "VALUES (?, ?, ?, ?, ?)"));
        SqlQuery cache(workspace.database(),
            QStringLiteral(
                "INSERT OR REPLACE INTO exec_cache (key, outputs, tokens_in, tokens_out, created_at) "
                "VALUES (?, ?, ?, ?, ?)"));
        SqlQuery state(workspace.database(),
            QStringLiteral(
                "INSERT OR REPLACE INTO cell_states (column_id, lead_id, status, reason, input_hash, "
                "tokens_in, tokens_out, cost, run_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Pending& pending : batch) {
            const CellOutcome& outcome = pending.outcome;
            if (outcome.status == CellOutcome::Status::Cancelled)
                continue;
            // A cell edited by the user while it was computed keeps the user's value (compare-and-set
            // against what the cell held then); the run's cell is then stale, to be run again.
            bool edited = false;
            for (const auto& [sqlName, value] : outcome.values) {
                QString previous;
                const auto expected = pending.before.contains(sqlName)
                    ? std::optional<QString>(pending.before.value(sqlName))
                    : std::nullopt;
                switch (cells.write(
                    pending.leadId, SqlIdentifier::of(sqlName), notNull(value), at, expected, &previous)) {
                case CellWriter::Outcome::Written:
                    // What the run replaced is kept, so the run can be reverted.
                    for (const QVariant& bound : { QVariant(runId), QVariant(pending.leadId),
                             QVariant(sqlName), QVariant(previous), QVariant(notNull(value)) })
                        keep.bind(bound);
                    keep.exec();
                    break;
                case CellWriter::Outcome::Conflict:
                    edited = true;
                    break;
                case CellWriter::Outcome::Unchanged:
                case CellWriter::Outcome::NoLead:
                    break;
                }
            }
            if (!pending.cacheKey.isEmpty() && outcome.status == CellOutcome::Status::Done) {
                QJsonArray outputs;
                for (const auto& [sqlName, value] : outcome.values)
                    outputs.append(QJsonArray { sqlName, value });
                cache.bind(pending.cacheKey);
                cache.bind(QString::fromUtf8(QJsonDocument(outputs).toJson(QJsonDocument::Compact)));
                cache.bind(outcome.tokensIn);
                cache.bind(outcome.tokensOut);
                cache.bind(at);
                cache.exec();
            }
            const auto status = std::find_if(std::cbegin(kStatuses), std::cend(kStatuses),
                [&outcome](const auto& entry) { return entry.first == outcome.status; });
            state.bind(column().id);
            state.bind(pending.leadId);
            state.bind(QString::fromLatin1(status->second));
            state.bind(edited ? QCoreApplication::translate(
                           "LeadSync::ColumnRunner", "edited while the run computed it: the edit was kept")
                              : notNull(outcome.reason));
            state.bind(edited ? QByteArray() : pending.inputHash); // no hash: stale
            state.bind(outcome.cached ? 0 : outcome.tokensIn);
            state.bind(outcome.cached ? 0 : outcome.tokensOut);
            state.bind(outcome.cached ? 0.0 : costOf(outcome.tokensIn, outcome.tokensOut));
            state.bind(runId);
            state.bind(at);
            state.exec();
        }
        RunHistory::saveCounters(workspace, runId, m_stats);
    });
}

RunStats waitForRun(QCoro::Task<RunStats>&& run)
{
    std::exception_ptr error;
    auto guarded = [](QCoro::Task<RunStats> task, std::exception_ptr* caught) -> QCoro::Task<RunStats> {
        try {
            co_return co_await std::move(task);
        } catch (...) {
            *caught = std::current_exception();
        }
        co_return RunStats {};
    };
    RunStats stats = QCoro::waitFor(guarded(std::move(run), &error));
    if (error)
        std::rethrow_exception(error);
    return stats;
}

qint64 ColumnRunner::resumableRun() const
{
    return RunHistory::resumableRun(*m_workspace, column().id);
}

} // namespace LeadSync
