#pragma once

#include "csv/ImportPlan.h"
#include "csv/Importer.h"
#include "leads/ColumnStore.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QVariant>

#include <sqlite3.h>

// Helpers shared by the tests: write a file, import it the way the CLI does, count rows.
namespace TestSupport {

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline LeadSync::ImportResult importFile(LeadSync::Workspace& workspace, const QString& path,
    LeadSync::DedupeMode dedupe = LeadSync::DedupeMode::Email,
    const QList<QPair<QString, QString>>& mapping = {}, const LeadSync::JobObserver& observer = {},
    bool skipBadRows = false)
{
    LeadSync::ImportPlan plan
        = LeadSync::ImportPlan::prepare(path, {}, LeadSync::ColumnStore(workspace).list(), mapping);
    plan.dedupe = dedupe;
    plan.skipBadRows = skipBadRows;
    return LeadSync::Importer(workspace, plan).run(observer);
}

inline qint64 scalar(LeadSync::Workspace& workspace, const QString& sql)
{
    LeadSync::SqlQuery query(workspace.database(), sql);
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

inline QString text(LeadSync::Workspace& workspace, const QString& sql)
{
    LeadSync::SqlQuery query(workspace.database(), sql);
    query.exec();
    return query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
}

// The indexes of table leads, each as the statement that made it, by name: what an import must leave
// as it found it.
inline QString leadIndexes(LeadSync::Workspace& workspace)
{
    return text(workspace,
        QStringLiteral(
            "SELECT group_concat(sql, ';\n') FROM (SELECT sql FROM sqlite_schema WHERE type = 'index' "
            "AND tbl_name = 'leads' AND sql IS NOT NULL ORDER BY name)"));
}

// A workspace file as LeadSync's schema `version` left it: the migrations up to that version from the
// source tree, then `then` (old data to upgrade). Opening it with Workspace runs the newer migrations.
inline void writeOldWorkspace(const QString& file, int version, const QByteArray& then)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot create %s", qPrintable(file));
    const QDir migrations(QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/migrations"));
    for (int next = 1; next <= version; ++next) {
        QFile migration(migrations.filePath(
            migrations.entryList({ QStringLiteral("%1_*.sql").arg(next, 4, 10, QLatin1Char('0')) })
                .value(0)));
        if (!migration.open(QIODevice::ReadOnly))
            qFatal("no migration %d in %s", next, qPrintable(migrations.path()));
        LeadSync::sqliteExecScript(db, migration.readAll());
    }
    LeadSync::sqliteExecScript(db, then + "PRAGMA user_version = " + QByteArray::number(version) + ";");
    sqlite3_close(db);
}

} // namespace TestSupport
