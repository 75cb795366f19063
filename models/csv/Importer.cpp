#include "Importer.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "Error.h"
#include "LeadsByEmail.h"
#include "OutputFile.h"
#include "contacts/Contacts.h"
#include "leads/CellWriter.h"
#include "leads/ColumnStore.h"
#include "leads/EmailKey.h"
#include "leads/FieldCatalog.h"
#include "leads/LeadIndexes.h"
#include "leads/SearchIndex.h"
#include "pipeline/Pipeline.h"
#include "storage/ProcessIdentity.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "table/LeadWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <thread>

namespace LeadSync {

namespace {

// The import's write transactions, one batch after another. Each batch holds the workspace for about
// ImportPlan::commitEveryMs; between two, the writes queued in this process run (the desktop app's
// edits, a column run's results: Workspace::betweenTransactions), then the import pauses kYieldMs, so
// another process's writer (a CLI from cron), which retries every few tens of milliseconds
// (Workspace::onBusy), gets in: no writer waits for a whole import. The open batch rolls back unless
// committed.
class Batches final
{
public:
    static constexpr int kYieldMs = 60;

    Batches(Workspace& workspace, qint64 batchMs)
        : m_workspace(workspace)
        , m_db(workspace.handle())
        , m_batchMs(batchMs)
    {
        begin();
    }
    ~Batches()
    {
        if (m_open)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Batches(const Batches&) = delete;
    Batches& operator=(const Batches&) = delete;

    bool due() const { return m_started.elapsed() >= m_batchMs; }
    // Commits this batch, lets other writers in, and begins the next.
    void next()
    {
        commit();
        m_workspace.betweenTransactions();
        std::this_thread::sleep_for(std::chrono::milliseconds(kYieldMs));
        begin();
    }
    void commit()
    {
        sqliteExec(m_db, "COMMIT");
        m_open = false;
        m_committed = true;
    }
    // Whether a batch reached the workspace (then a failed import must be taken back).
    bool committedAny() const { return m_committed; }

private:
    void begin()
    {
        sqliteExec(m_db, "BEGIN IMMEDIATE");
        m_open = true;
        m_started.start();
    }

    Workspace& m_workspace;
    sqlite3* m_db;
    qint64 m_batchMs;
    bool m_open = false;
    bool m_committed = false;
    QElapsedTimer m_started;
};

// Holds the workspace in bulk-write mode (see Workspace::beginBulkWrite) for the import's lifetime.
class BulkWrite final
{
public:
    explicit BulkWrite(Workspace& workspace)
        : m_workspace(workspace)
        , m_active(workspace.beginBulkWrite())
    { }
    ~BulkWrite()
    {
        if (m_active) {
            try {
                m_workspace.endBulkWrite();
            } catch (const Error&) {
                // Still in rollback-journal mode: correct, only slower. The next open restores WAL.
            }
        }
    }
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

private:
    Workspace& m_workspace;
    bool m_active;
};

// Writes rejected rows, with their line and reason, to a file that appears only when complete.
class RejectsFile final
{
public:
    RejectsFile(const QString& path, const QStringList& headers)
        : m_file(path)
    {
        m_writer.emplace(m_file.device(), path);
        m_writer->writeField(QCoreApplication::translate("LeadSync::Importer", "Line").toUtf8());
        m_writer->writeField(QCoreApplication::translate("LeadSync::Importer", "Reason").toUtf8());
        for (const QString& header : headers)
            m_writer->writeField(header.toUtf8());
        m_writer->endRow();
    }

    void add(const CsvRecord& record, const QString& reason)
    {
        m_writer->writeField(QByteArray::number(record.line()));
        m_writer->writeField(reason.toUtf8());
        for (qsizetype i = 0; i < record.size(); ++i)
            m_writer->writeField(record.field(i));
        m_writer->endRow();
    }

    void commit()
    {
        m_writer->flush();
        m_file.commit();
    }

private:
    OutputFile m_file;
    std::optional<CsvWriter> m_writer;
};

} // namespace

// The state of one import while it runs.
class Importer::Run final
{
    // A table column filled from a CSV column (a split name fills two).
    struct Slot
    {
        enum class Part { Whole, Given, Family };
        qsizetype field;
        Part part = Part::Whole;
        FieldCatalog::NameOrder order = FieldCatalog::NameOrder::None;
        int parameter = 0;
        QByteArray buffer;

        Slot(qsizetype csvField, Part namePart = Part::Whole, FieldCatalog::NameOrder nameOrder = {})
            : field(csvField)
            , part(namePart)
            , order(nameOrder)
        { }
    };

public:
    Run(Workspace& workspace, const ImportPlan& plan, const QDateTime& now)
        : m_workspace(workspace)
        , m_plan(plan)
        , m_now(now.toMSecsSinceEpoch())
    { }

    ImportResult execute(const JobObserver& observer)
    {
        Importer::takeBackInterrupted(m_workspace);
        const BulkWrite bulkWrite(m_workspace); // outlives every batch: WAL comes back after the last
        // The indexes set aside for the load (see LeadIndexes) are built again however it ends; when
        // that fails, the next open builds them.
        const auto indexesBack = qScopeGuard([this] {
            try {
                LeadIndexes::restore(m_workspace);
            } catch (const Error&) { }
        });
        std::optional<Batches> batches;
        try {
            return importInBatches(observer, batches);
        } catch (...) {
            // All or nothing: what earlier batches committed is taken back, then the error goes on.
            if (batches && batches->committedAny()) {
                batches.reset(); // rolls the open batch back
                Importer::takeBack(m_workspace, m_result.importId);
            }
            throw;
        }
    }

private:
    ImportResult importInBatches(const JobObserver& observer, std::optional<Batches>& batches)
    {
        sqlite3* db = m_workspace.handle();
        batches.emplace(m_workspace, m_plan.commitEveryMs);
        SearchIndex search(m_workspace);
        search.prepareForInserts();
        createImportRow();
        if (isLargeForTheTable())
            LeadIndexes::defer(m_workspace);
        prepareStatements(db);
        if (dedupesByEmail())
            loadExistingEmails(db);
        if (m_plan.skipBadRows)
            m_rejects = std::make_unique<RejectsFile>(m_plan.rejectsPath, m_plan.headers);

        bool headerPending = m_plan.dialect.hasHeader;
        qint64 sinceCancelCheck = 0;
        const auto onRecord = [&](const CsvRecord& record) {
            if (headerPending) {
                headerPending = false;
                return true;
            }
            if (++sinceCancelCheck == 1024) {
                sinceCancelCheck = 0;
                if (observer.isCancelled())
                    return false;
                if (batches->due()) {
                    beat();
                    batches->next();
                }
            }
            addRecord(record, search);
            return true;
        };
        const CsvReader reader(m_plan.path, m_plan.dialect);
        // With dedupe: each email's hash on the parsing thread, and its slot prefetched a record ahead.
        CsvReader::Digest emailHash;
        CsvReader::Lookahead warmSlot;
        if (dedupesByEmail()) {
            emailHash = [this](const CsvRecord& record) {
                return m_emailSlot < record.size() ? emailHashOf(record.field(m_emailSlot)) : 0;
            };
            warmSlot = [this](const CsvRecord& next) { m_leadByEmail.prefetch(next.digest()); };
        }
        if (!reader.read(
                onRecord, [&observer](qint64 done, qint64 total) { observer.report(done, total); }, emailHash,
                warmSlot)) {
            m_result.cancelled = true;
            if (batches->committedAny()) {
                batches.reset(); // rolls the open batch back
                Importer::takeBack(m_workspace, m_result.importId);
            }
            return m_result; // nothing of it stays
        }

        finishImportRow();
        if (m_rejects && m_result.rejected > 0) {
            m_rejects->commit();
            m_result.rejectsPath = m_plan.rejectsPath;
        }
        batches->commit();
        return m_result;
    }

    bool dedupesByEmail() const { return m_plan.dedupe == DedupeMode::Email && m_emailSlot >= 0; }

    // The hash of an email's key (see emailKey), or 0 when it has none: the key of the dedupe's table.
    static size_t emailHashOf(QByteArrayView email)
    {
        const QByteArray key = emailKey(email);
        return key.isEmpty() ? 0 : std::max<size_t>(qHash(key), 1);
    }

    // Whether the file may bring at least as many rows as the table holds (at 250 bytes a row, more
    // than most lead files have): then building the indexes after the load costs less than keeping
    // them up to date row by row.
    bool isLargeForTheTable() const
    {
        SqliteStatement bounds(m_workspace.handle(),
            "SELECT COALESCE((SELECT max(id) FROM leads), 0) - COALESCE((SELECT min(id) FROM leads), 0)");
        bounds.step();
        return QFileInfo(m_plan.path).size() / 250 >= bounds.columnInt(0);
    }

    // The import's row, 'running' and owned by this process until it is done.
    void createImportRow()
    {
        const ProcessIdentity self = ProcessIdentity::current();
        SqlQuery insert(m_workspace.database(),
            QStringLiteral("INSERT INTO imports (file, started_at, encoding, delimiter, state, owner_pid, "
                           "owner_started, heartbeat_at) VALUES (?, ?, ?, ?, 'running', ?, ?, ?)"));
        for (const QVariant& value : { QVariant(QFileInfo(m_plan.path).absoluteFilePath()), QVariant(m_now),
                 QVariant(QString::fromLatin1(m_plan.dialect.encoding)),
                 QVariant(QString(QLatin1Char(m_plan.dialect.delimiter))), QVariant(self.pid),
                 QVariant(self.started), QVariant(QDateTime::currentMSecsSinceEpoch()) })
            insert.bind(value);
        insert.exec();
        m_result.importId = insert.lastInsertId().toLongLong();
    }

    // Renews the owner's heartbeat (for systems where a process's start time cannot be read).
    void beat()
    {
        SqlQuery update(
            m_workspace.database(), QStringLiteral("UPDATE imports SET heartbeat_at = ? WHERE id = ?"));
        update.bind(QDateTime::currentMSecsSinceEpoch());
        update.bind(m_result.importId);
        update.exec();
    }

    void finishImportRow()
    {
        SqlQuery update(m_workspace.database(),
            QStringLiteral("UPDATE imports SET finished_at = ?, read_rows = ?, imported = ?, merged = ?, "
                           "rejected = ?, state = 'done' WHERE id = ?"));
        update.bind(m_now);
        update.bind(m_result.read);
        update.bind(m_result.imported);
        update.bind(m_result.merged);
        update.bind(m_result.rejected);
        update.bind(m_result.importId);
        update.exec();
    }

    // The INSERT binds ?1 import id, ?2 timestamp, then one parameter per mapped CSV column; the
    // merge UPDATE binds ?1 lead id, ?2 timestamp and the same per-column parameters.
    void prepareStatements(sqlite3* db)
    {
        QByteArray columns;
        QByteArray values;
        QByteArray merges;
        int parameter = 2;
        // Each slot is a table column one CSV column fills; a split name fills two.
        QList<std::pair<QByteArray, Slot>> destinations;
        for (qsizetype i = 0; i < m_plan.targets.size(); ++i) {
            const ImportTarget& target = m_plan.targets[i];
            switch (target.kind) {
            case ImportTarget::Kind::Skip:
                continue;
            case ImportTarget::Kind::NewColumn: {
                const Column column = ColumnStore(m_workspace).add(target.name);
                m_newColumns.append(column.id);
                destinations.append({ SqlIdentifier::of(column.sqlName).quoted(), Slot(i) });
                break;
            }
            case ImportTarget::Kind::Field:
            case ImportTarget::Kind::ExistingColumn:
                destinations.append({ SqlIdentifier::of(target.name).quoted(), Slot(i) });
                break;
            case ImportTarget::Kind::SplitName: {
                const auto order = target.name == ImportTarget::kFamilyFirst
                    ? FieldCatalog::NameOrder::FamilyFirst
                    : FieldCatalog::NameOrder::GivenFirst;
                destinations.append({ "\"first_name\"", Slot(i, Slot::Part::Given, order) });
                destinations.append({ "\"last_name\"", Slot(i, Slot::Part::Family, order) });
                break;
            }
            }
        }
        for (auto [sqlName, slot] : destinations) {
            const qsizetype i = slot.field;
            if (m_sqlNames.contains(sqlName))
                throw Error(QCoreApplication::translate(
                    "LeadSync::Importer", "Two columns of %1 are mapped to the same field \"%2\".")
                                .arg(m_plan.path, QString::fromUtf8(sqlName.mid(1, sqlName.size() - 2))));
            m_sqlNames.append(sqlName);
            const QByteArray p = '?' + QByteArray::number(++parameter);
            slot.parameter = parameter;
            m_slots.append(slot);
            if (sqlName == "\"email\"")
                m_emailSlot = i;
            else if (sqlName == "\"stage\"")
                m_stageSlot = i;
            else if (sqlName == "\"score\"")
                m_scoreSlot = i;
            columns += ", " + sqlName;
            // A lead's stage and source are never empty: a blank cell gives the default, and a stage
            // is stored by its name ("Qualified" as qualified).
            if (sqlName == "\"stage\"")
                values += ", COALESCE(NULLIF(lower(trim(" + p + ")), ''), 'new')";
            else if (sqlName == "\"source\"")
                values += ", COALESCE(NULLIF(trim(" + p + "), ''), 'import')";
            else
                values += ", " + p;
            merges += ", " + sqlName + " = COALESCE(NULLIF(" + sqlName + ", ''), " + p + ')';
        }
        m_insert.emplace(db,
            QByteArray("INSERT INTO leads (import_id, created_at, updated_at" + columns
                + ") VALUES (?1, ?2, ?2" + values + ')'));
        m_insert->bindInt(1, m_result.importId);
        m_insert->bindInt(2, m_now);
        m_merge.emplace(db, QByteArray("UPDATE leads SET updated_at = ?2" + merges + " WHERE id = ?1"));
        m_merge->bindInt(2, m_now);
        if (!m_sqlNames.isEmpty())
            m_mergedBefore.emplace(
                db, QByteArray("SELECT " + m_sqlNames.join(", ") + " FROM leads WHERE id = ?1"));
        m_recordMerge.emplace(db,
            "INSERT OR IGNORE INTO import_merges (import_id, lead_id, sql_name, value) VALUES (?1, ?2, ?3, "
            "?4)");
        m_recordMerge->bindInt(1, m_result.importId);
        // The columns made are taken back with the import if it fails.
        QJsonArray made;
        for (const qint64 id : std::as_const(m_newColumns))
            made.append(id);
        SqlQuery columnsMade(
            m_workspace.database(), QStringLiteral("UPDATE imports SET new_columns = ? WHERE id = ?"));
        columnsMade.bind(QString::fromUtf8(QJsonDocument(made).toJson(QJsonDocument::Compact)));
        columnsMade.bind(m_result.importId);
        columnsMade.exec();
        m_emailOf.emplace(db, "SELECT email FROM leads WHERE id = ?1");
    }

    void loadExistingEmails(sqlite3* db)
    {
        // Sized for the leads there are and the rows the file may bring (about 200 bytes a row).
        SqliteStatement span(db, "SELECT COALESCE(MAX(id), 0) FROM leads");
        span.step();
        m_leadByEmail = LeadsByEmail(span.columnInt(0) + QFileInfo(m_plan.path).size() / 200);
        SqliteStatement select(db, "SELECT id, email FROM leads WHERE email IS NOT NULL AND email <> ''");
        while (select.step()) {
            if (const size_t hash = emailHashOf(select.columnText(1)))
                m_leadByEmail.insert(hash, select.columnInt(0));
        }
    }

    // What a slot stores of a record; a part of a split name is kept in the slot's buffer, which
    // holds it until the next record (statements bind text without copying it).
    QByteArrayView slotValue(Slot& slot, const CsvRecord& record)
    {
        const QByteArrayView cell = slot.field < record.size() ? record.field(slot.field) : QByteArrayView();
        if (slot.part == Slot::Part::Whole)
            return cell;
        const auto [given, family] = FieldCatalog::splitFullName(QString::fromUtf8(cell), slot.order);
        slot.buffer = (slot.part == Slot::Part::Given ? given : family).toUtf8();
        return slot.buffer;
    }

    void bindFields(SqliteStatement& statement, const CsvRecord& record)
    {
        for (Slot& slot : m_slots)
            statement.bindText(slot.parameter, slotValue(slot, record));
    }

    // The lead this record duplicates by email, if any; hash is its email's (see emailHashOf).
    std::optional<qint64> duplicateOf(size_t hash, const CsvRecord& record)
    {
        // The table holds hashes: each candidate is confirmed on its stored email.
        std::optional<QByteArray> key;
        return m_leadByEmail.find(hash, [&](qint64 lead) {
            if (!key)
                key = emailKey(record.field(m_emailSlot));
            m_emailOf->bindInt(1, lead);
            const bool same = m_emailOf->step() && emailKey(m_emailOf->columnText(0)) == *key;
            m_emailOf->reset();
            return same;
        });
    }

    void addRecord(const CsvRecord& record, SearchIndex& search)
    {
        ++m_result.read;
        if (record.isEmpty()) {
            ++m_result.blank;
            return;
        }
        if (record.size() > m_plan.headers.size()) {
            reject(record,
                QCoreApplication::translate(
                    "LeadSync::Importer", "the row has %1 fields but the header has %2")
                    .arg(record.size())
                    .arg(m_plan.headers.size()));
            return;
        }
        if (const QString refused = pipelineRefusal(record); !refused.isEmpty()) {
            reject(record, refused);
            return;
        }
        // The email's hash, from the reader's parsing thread; 0 without dedupe or an email.
        const size_t hash = record.digest();
        if (hash != 0) {
            if (const std::optional<qint64> lead = duplicateOf(hash, record)) {
                merge(*lead, record, search);
                return;
            }
        }
        bindFields(*m_insert, record);
        m_insert->step();
        m_insert->reset();
        ++m_result.imported;
        if (hash != 0)
            m_leadByEmail.insert(hash, sqlite3_last_insert_rowid(m_workspace.handle()));
    }

    void merge(qint64 lead, const CsvRecord& record, SearchIndex& search)
    {
        recordMergedCells(lead, record);
        const bool indexed = search.isIndexed(lead);
        if (indexed)
            search.removeLead(lead);
        m_merge->bindInt(1, lead);
        bindFields(*m_merge, record);
        m_merge->step();
        m_merge->reset();
        if (indexed)
            search.addLead(lead);
        ++m_result.merged;
    }

    // The cells this merge fills (empty ones, given a value), so a failed import can empty them again.
    void recordMergedCells(qint64 lead, const CsvRecord& record)
    {
        if (!m_mergedBefore)
            return;
        m_mergedBefore->bindInt(1, lead);
        if (m_mergedBefore->step()) {
            for (qsizetype i = 0; i < m_slots.size(); ++i) {
                const QByteArrayView value = slotValue(m_slots[i], record);
                if (value.isEmpty() || !m_mergedBefore->columnText(int(i)).isEmpty())
                    continue;
                m_recordMerge->bindInt(2, lead);
                const QByteArray name = m_sqlNames[i].mid(1, m_sqlNames[i].size() - 2); // unquoted
                m_recordMerge->bindText(3, name);
                m_recordMerge->bindText(4, value);
                m_recordMerge->step();
                m_recordMerge->reset();
            }
        }
        m_mergedBefore->reset();
    }

    // A file's Stage and Score must be values the pipeline knows (see Stages::importRefusal). An
    // existing lead's stage is never changed by a merge: it is never empty.
    QString pipelineRefusal(const CsvRecord& record) const
    {
        for (const auto& [slot, sqlName] :
            { std::pair(m_stageSlot, u"stage"), std::pair(m_scoreSlot, u"score") }) {
            if (slot < 0 || slot >= record.size())
                continue;
            const QString refused = Stages::importRefusal(
                sqlName, m_plan.headers.value(slot), QString::fromUtf8(record.field(slot)));
            if (!refused.isEmpty())
                return refused;
        }
        return {};
    }

    void reject(const CsvRecord& record, const QString& reason)
    {
        if (!m_plan.skipBadRows)
            throw Error(QCoreApplication::translate("LeadSync::Importer",
                "%1:%2: %3. Nothing was imported; use --skip-bad-rows to import the other rows.")
                            .arg(m_plan.path)
                            .arg(record.line())
                            .arg(reason));
        ++m_result.rejected;
        if (m_result.rejections.size() < ImportResult::kMaxListedRejections)
            m_result.rejections.append({ record.line(), reason });
        m_rejects->add(record, reason);
    }

    Workspace& m_workspace;
    const ImportPlan& m_plan;
    const qint64 m_now;
    ImportResult m_result;
    QList<QByteArray> m_sqlNames;
    QList<Slot> m_slots;
    qsizetype m_emailSlot = -1;
    qsizetype m_stageSlot = -1;
    qsizetype m_scoreSlot = -1;
    LeadsByEmail m_leadByEmail;
    std::optional<SqliteStatement> m_insert;
    std::optional<SqliteStatement> m_merge;
    std::optional<SqliteStatement> m_emailOf;
    std::optional<SqliteStatement> m_mergedBefore;
    std::optional<SqliteStatement> m_recordMerge;
    QList<qint64> m_newColumns;
    std::unique_ptr<RejectsFile> m_rejects;
};

Importer::Importer(Workspace& workspace, ImportPlan plan, QDateTime now)
    : m_workspace(workspace)
    , m_plan(std::move(plan))
    , m_now(std::move(now))
{ }

ImportResult Importer::run(const JobObserver& observer)
{
    ImportResult result = Run(m_workspace, m_plan, m_now).execute(observer);
    if (m_plan.normaliseContacts && !result.cancelled && result.importId != 0)
        normaliseContacts(result);
    return result;
}

void Importer::normaliseContacts(ImportResult& result)
{
    m_workspace.transact([&] {
        const QString region = m_workspace.metaValue(Contacts::defaultRegionKey());
        SqlQuery select(m_workspace.database(),
            QStringLiteral(
                "SELECT id, phone, telegram, country, contact_check FROM leads WHERE import_id = ? OR "
                "id IN (SELECT lead_id FROM import_merges WHERE import_id = ?) ORDER BY id"));
        select.bind(result.importId);
        select.bind(result.importId);
        select.exec();
        QList<Contacts::Row> phones;
        QList<Contacts::Row> telegrams;
        while (select.next()) {
            const qint64 id = select.value(0).toLongLong();
            phones.append(
                { id, select.value(1).toString(), select.value(3).toString(), select.value(4).toString() });
            telegrams.append({ id, select.value(2).toString(), select.value(3).toString(), {} });
        }
        select.finish();
        LeadEdits edits = Contacts::cleanupEdits(
            Contacts::Channel::Phone, QStringLiteral("phone"), phones, region, &result.flagged);
        // The Telegram check starts from the check the phones left.
        QHash<qint64, QString> checks;
        for (const Contacts::Row& row : std::as_const(phones))
            checks.insert(row.leadId, row.check);
        for (const LeadEdit& edit : std::as_const(edits)) {
            if (edit.sqlName == u"contact_check")
                checks.insert(edit.leadId, edit.newValue);
        }
        for (Contacts::Row& row : telegrams)
            row.check = checks.value(row.leadId);
        edits += Contacts::cleanupEdits(
            Contacts::Channel::Telegram, QStringLiteral("telegram"), telegrams, region, &result.flagged);
        for (const LeadEdit& edit : std::as_const(edits))
            result.normalised += edit.sqlName == u"contact_check" ? 0 : 1;
        LeadWriter(m_workspace).write(edits);
    });
}

namespace {

// Whether a row of another table refers to a lead the import added, by a foreign key to leads as
// the schema declares it (an edit's history, a campaign, an enrollment made while the import ran).
// Read from each table's rows, a lookup of its lead each (CROSS JOIN keeps that order): most of these
// tables are small or empty, where "IN (the import's leads)" read the whole leads table for each of
// the seven, 2.8 s of taking back an import killed at a million.
bool addedLeadsAreReferenced(Workspace& workspace, qint64 importId)
{
    const auto quoted = [](QByteArrayView name) {
        return QByteArray("\"" + name.toByteArray().replace('"', "\"\"") + "\"");
    };
    SqliteStatement children(workspace.handle(),
        "SELECT m.name, f.\"from\" FROM sqlite_schema AS m, pragma_foreign_key_list(m.name) AS f "
        "WHERE m.type = 'table' AND f.\"table\" = 'leads'");
    while (children.step()) {
        SqliteStatement refers(workspace.handle(),
            QByteArray("SELECT EXISTS (SELECT 1 FROM " + quoted(children.columnText(0))
                + " AS child CROSS JOIN leads ON leads.id = child." + quoted(children.columnText(1))
                + " WHERE leads.import_id = ?1)"));
        refers.bindInt(1, importId);
        if (refers.step() && refers.columnInt(0) != 0)
            return true;
    }
    return false;
}

// The leads an import added, as a take-back goes through them: their ids (a range: an import's leads
// have consecutive ids, but for those deleted since, and a concurrent import's between them), how
// many they are and how many leads stay, and the cells its merges filled.
struct Added
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 leads = 0;
    qint64 staying = 0;
    qint64 merges = 0;

    // Deleting a lead from the secondary indexes is a random B-tree change each: a million leads
    // took 16 s with SQLite's default cache, 0.7 s with the indexes set aside (sqlite3 CLI, foreign
    // keys off). Building them again sorts what stays, about 1 s a million. So they are set aside
    // when the import's leads are at least an eighth of what stays.
    bool rebuildsIndexes() const { return leads >= 10000 && leads * 8 >= staying; }
    // Steps of its progress: a lead id of the range, a lead that stays when the indexes are built
    // again, a merged cell.
    qint64 steps() const { return (last - first + 1) + (rebuildsIndexes() ? staying : 0) + merges; }
};

Added addedBy(Workspace& workspace, qint64 importId, bool withLeads)
{
    Added added;
    if (withLeads) {
        SqliteStatement leads(workspace.handle(),
            "SELECT COALESCE(min(id), 0), COALESCE(max(id), -1), count(*), (SELECT count(*) FROM leads) "
            "FROM leads WHERE import_id = ?");
        leads.bindInt(1, importId);
        leads.step();
        added.first = leads.columnInt(0);
        added.last = leads.columnInt(1);
        added.leads = leads.columnInt(2);
        added.staying = leads.columnInt(3) - added.leads;
    }
    SqliteStatement merges(workspace.handle(), "SELECT count(*) FROM import_merges WHERE import_id = ?");
    merges.bindInt(1, importId);
    merges.step();
    added.merges = merges.columnInt(0);
    return added;
}

// The import 'running' again, owned by this process, while it is taken back in two transactions:
// should the process die in between, the next open takes the rest back.
void claimForTakeBack(Workspace& workspace, qint64 importId)
{
    const ProcessIdentity self = ProcessIdentity::current();
    SqlQuery claim(workspace.database(),
        QStringLiteral(
            "UPDATE imports SET state = 'running', owner_pid = ?, owner_started = ?, heartbeat_at = ? "
            "WHERE id = ?"));
    for (const QVariant& value : { QVariant(self.pid), QVariant(self.started),
             QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(importId) })
        claim.bind(value);
    claim.exec();
}

// The leads the import added, out of the search index first where a catch-up indexed them meanwhile;
// a range of ids a step, so that a million leads show progress and can be cancelled.
void removeAddedLeads(Workspace& workspace, qint64 importId, const Added& added, JobSteps& steps)
{
    constexpr qint64 kIds = 16384;
    if (added.leads == 0)
        return;
    if (added.rebuildsIndexes())
        LeadIndexes::defer(workspace);
    SearchIndex search(workspace);
    SqliteStatement remove(
        workspace.handle(), "DELETE FROM leads WHERE id BETWEEN ? AND ? AND import_id = ?");
    for (qint64 from = added.first; from <= added.last; from += kIds) {
        const qint64 to = std::min(added.last, from + kIds - 1);
        search.removeImported(importId, from, to);
        remove.bindInt(1, from);
        remove.bindInt(2, to);
        remove.bindInt(3, importId);
        remove.step();
        remove.reset();
        steps.advance(to - from + 1);
    }
    if (added.rebuildsIndexes()) {
        LeadIndexes::restore(workspace);
        steps.advance(added.staying);
    }
}

} // namespace

bool Importer::takeBack(Workspace& workspace, qint64 importId, const JobObserver& observer)
{
    // Deleting a lead runs SQLite's ON DELETE CASCADE program of every table that refers to leads,
    // once per lead and table, even when no row refers to it: 7.8 s for the 837,000 leads of an
    // import killed at a million, against 1.6 s without foreign keys. So the import's leads go first,
    // alone, with foreign keys off when no row refers to them (checked inside the same transaction,
    // which holds the write lock; a fresh import's leads usually have nothing yet), the import claimed
    // by this process (claimForTakeBack()); then the rest, with foreign keys on (the import's journal
    // and columns cascade). The setting cannot change inside a transaction: inside the caller's, all
    // of it goes in one, with foreign keys on.
    sqlite3* db = workspace.handle();
    bool leadsRemoved = false;
    JobSteps steps(observer);
    try {
        if (sqlite3_get_autocommit(db) != 0) {
            sqliteExec(db, "PRAGMA foreign_keys = OFF");
            const auto restore = qScopeGuard(
                [db] { sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); });
            workspace.transact([&] {
                leadsRemoved = !addedLeadsAreReferenced(workspace, importId);
                if (!leadsRemoved)
                    return;
                claimForTakeBack(workspace, importId);
                const Added added = addedBy(workspace, importId, true);
                steps.setTotal(added.steps());
                removeAddedLeads(workspace, importId, added, steps);
            });
        }
        if (leadsRemoved) // a cancel would leave the import half taken back until the next open
            steps.stopCancelling();
        workspace.transact([&] {
            const Added added = addedBy(workspace, importId, !leadsRemoved); // not another scan when gone
            if (!leadsRemoved)
                steps.setTotal(added.steps());
            removeAddedLeads(workspace, importId, added, steps);
            // The cells it filled in existing leads, emptied again unless changed since.
            SqlQuery merged(workspace.database(),
                QStringLiteral("SELECT lead_id, sql_name, value FROM import_merges WHERE import_id = ?"));
            merged.bind(importId);
            merged.exec();
            CellWriter cells(workspace);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            qint64 written = 0;
            while (merged.next()) {
                cells.write(merged.value(0).toLongLong(), SqlIdentifier::of(merged.value(1).toString()),
                    QString(), now, merged.value(2).toString());
                if (++written % 1024 == 0)
                    steps.advance(1024);
            }
            steps.advance(written % 1024);
            // The columns it made.
            SqlQuery made(
                workspace.database(), QStringLiteral("SELECT new_columns FROM imports WHERE id = ?"));
            made.bind(importId);
            made.exec();
            const QJsonArray columnIds
                = made.next() ? QJsonDocument::fromJson(made.value(0).toByteArray()).array() : QJsonArray();
            for (const Column& column : ColumnStore(workspace).list()) {
                if (!column.builtin && columnIds.contains(QJsonValue(column.id)))
                    ColumnStore(workspace).remove(column);
            }
            SqlQuery row(workspace.database(), QStringLiteral("DELETE FROM imports WHERE id = ?"));
            row.bind(importId);
            row.exec();
        });
    } catch (const JobCancelled&) {
        return false;
    }
    return true;
}

std::optional<ImportRecord> Importer::finishedImport(Workspace& workspace, qint64 importId)
{
    SqlQuery select(workspace.database(),
        QStringLiteral("SELECT id, file, finished_at, imported, merged FROM imports WHERE state = 'done' AND "
                       "(id = ? OR ? = 0) ORDER BY id DESC LIMIT 1"));
    select.bind(importId);
    select.bind(importId);
    select.exec();
    if (!select.next())
        return std::nullopt;
    return ImportRecord { select.value(0).toLongLong(), select.value(1).toString(),
        select.value(2).toLongLong(), select.value(3).toLongLong(), select.value(4).toLongLong() };
}

int Importer::takeBackInterrupted(Workspace& workspace)
{
    SqlQuery running(workspace.database(),
        QStringLiteral(
            "SELECT id, COALESCE(owner_pid, 0), COALESCE(owner_started, 0), COALESCE(heartbeat_at, 0) "
            "FROM imports WHERE state = 'running'"));
    running.exec();
    QList<qint64> interrupted;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (running.next()) {
        const ProcessIdentity owner { running.value(1).toLongLong(), running.value(2).toLongLong() };
        if (!owner.isAlive(running.value(3).toLongLong(), now))
            interrupted.append(running.value(0).toLongLong());
    }
    for (const qint64 importId : interrupted)
        takeBack(workspace, importId);
    // Indexes an interrupted import set aside, unless another import still runs.
    SqlQuery alive(
        workspace.database(), QStringLiteral("SELECT count(*) FROM imports WHERE state = 'running'"));
    alive.exec();
    if (alive.next() && alive.value(0).toLongLong() == 0)
        LeadIndexes::restore(workspace);
    return int(interrupted.size());
}

} // namespace LeadSync
