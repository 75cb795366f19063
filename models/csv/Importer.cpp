#include "Importer.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "Error.h"
#include "OutputFile.h"
#include "leads/EmailKey.h"
#include "leads/SearchIndex.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

#include <memory>
#include <optional>

namespace LeadSync {

namespace {

// Rolls the import's transaction back unless it was committed.
class Transaction final
{
public:
    explicit Transaction(sqlite3* db)
        : m_db(db)
    {
        sqliteExec(m_db, "BEGIN IMMEDIATE");
    }
    ~Transaction()
    {
        if (m_open)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit()
    {
        sqliteExec(m_db, "COMMIT");
        m_open = false;
    }

private:
    sqlite3* m_db;
    bool m_open = true;
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
public:
    Run(Workspace& workspace, const ImportPlan& plan, const QDateTime& now)
        : m_workspace(workspace)
        , m_plan(plan)
        , m_now(now.toMSecsSinceEpoch())
    { }

    ImportResult execute(const JobObserver& observer)
    {
        sqlite3* db = m_workspace.handle();
        const BulkWrite bulkWrite(m_workspace);
        Transaction transaction(db);
        SearchIndex search(m_workspace);
        search.prepareForInserts();
        createImportRow();
        prepareStatements(db);
        if (m_plan.dedupe == DedupeMode::Email && m_emailSlot >= 0)
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
            }
            addRecord(record, search);
            return true;
        };
        const CsvReader reader(m_plan.path, m_plan.dialect);
        if (!reader.read(
                onRecord, [&observer](qint64 done, qint64 total) { observer.report(done, total); })) {
            m_result.cancelled = true;
            return m_result; // the transaction rolls back
        }

        finishImportRow();
        if (m_rejects && m_result.rejected > 0) {
            m_rejects->commit();
            m_result.rejectsPath = m_plan.rejectsPath;
        }
        transaction.commit();
        return m_result;
    }

private:
    void createImportRow()
    {
        SqlQuery insert(m_workspace.database(),
            QStringLiteral(
                "INSERT INTO imports (file, started_at, encoding, delimiter) VALUES (?, ?, ?, ?)"));
        insert.bind(QFileInfo(m_plan.path).absoluteFilePath());
        insert.bind(m_now);
        insert.bind(QString::fromLatin1(m_plan.dialect.encoding));
        insert.bind(QString(QLatin1Char(m_plan.dialect.delimiter)));
        insert.exec();
        m_result.importId = insert.lastInsertId().toLongLong();
    }

    void finishImportRow()
    {
        SqlQuery update(m_workspace.database(),
            QStringLiteral("UPDATE imports SET finished_at = ?, read_rows = ?, imported = ?, merged = ?, "
                           "rejected = ? WHERE id = ?"));
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
        for (qsizetype i = 0; i < m_plan.targets.size(); ++i) {
            const ImportTarget& target = m_plan.targets[i];
            QByteArray sqlName;
            switch (target.kind) {
            case ImportTarget::Kind::Skip:
                continue;
            case ImportTarget::Kind::NewColumn:
                sqlName = SqlIdentifier::of(m_workspace.addColumn(target.name).sqlName).quoted();
                break;
            case ImportTarget::Kind::Field:
            case ImportTarget::Kind::ExistingColumn:
                sqlName = SqlIdentifier::of(target.name).quoted();
                break;
            }
            if (m_sqlNames.contains(sqlName))
                throw Error(QCoreApplication::translate(
                    "LeadSync::Importer", "Two columns of %1 are mapped to the same field \"%2\".")
                                .arg(m_plan.path, target.name));
            m_sqlNames.append(sqlName);
            const QByteArray p = '?' + QByteArray::number(++parameter);
            m_slots.append({ i, parameter });
            if (sqlName == "\"email\"")
                m_emailSlot = i;
            columns += ", " + sqlName;
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
        m_emailOf.emplace(db, "SELECT email FROM leads WHERE id = ?1");
    }

    void loadExistingEmails(sqlite3* db)
    {
        SqliteStatement select(db, "SELECT id, email FROM leads WHERE email IS NOT NULL AND email <> ''");
        while (select.step()) {
            const QByteArray key = emailKey(select.columnText(1));
            if (!key.isEmpty())
                m_leadByEmail.insert(qHash(key), select.columnInt(0));
        }
    }

    void bindFields(SqliteStatement& statement, const CsvRecord& record)
    {
        for (const auto& [field, parameter] : m_slots)
            statement.bindText(parameter, field < record.size() ? record.field(field) : QByteArrayView());
    }

    // The lead this record duplicates by email, if any; remembers the record's key otherwise.
    std::optional<qint64> duplicateOf(const QByteArray& key)
    {
        const auto found = m_leadByEmail.constFind(qHash(key));
        if (found == m_leadByEmail.cend())
            return std::nullopt;
        // Keys are 64-bit hashes: confirm on the stored email (a mismatch is a hash collision).
        m_emailOf->bindInt(1, *found);
        const bool same = m_emailOf->step() && emailKey(m_emailOf->columnText(0)) == key;
        m_emailOf->reset();
        return same ? std::optional<qint64>(*found) : std::nullopt;
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
        QByteArray key;
        if (m_plan.dedupe == DedupeMode::Email && m_emailSlot >= 0) {
            key = m_emailSlot < record.size() ? emailKey(record.field(m_emailSlot)) : QByteArray();
            if (!key.isEmpty()) {
                if (const std::optional<qint64> lead = duplicateOf(key)) {
                    merge(*lead, record, search);
                    return;
                }
            }
        }
        bindFields(*m_insert, record);
        m_insert->step();
        m_insert->reset();
        ++m_result.imported;
        if (!key.isEmpty())
            m_leadByEmail.insert(qHash(key), sqlite3_last_insert_rowid(m_workspace.handle()));
    }

    void merge(qint64 lead, const CsvRecord& record, SearchIndex& search)
    {
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

    struct Slot
    {
        qsizetype field;
        int parameter;
    };

    Workspace& m_workspace;
    const ImportPlan& m_plan;
    const qint64 m_now;
    ImportResult m_result;
    QList<QByteArray> m_sqlNames;
    QList<Slot> m_slots;
    qsizetype m_emailSlot = -1;
    QHash<size_t, qint64> m_leadByEmail;
    std::optional<SqliteStatement> m_insert;
    std::optional<SqliteStatement> m_merge;
    std::optional<SqliteStatement> m_emailOf;
    std::unique_ptr<RejectsFile> m_rejects;
};

Importer::Importer(Workspace& workspace, ImportPlan plan, QDateTime now)
    : m_workspace(workspace)
    , m_plan(std::move(plan))
    , m_now(std::move(now))
{ }

ImportResult Importer::run(const JobObserver& observer)
{
    return Run(m_workspace, m_plan, m_now).execute(observer);
}

} // namespace LeadSync
