#include "ImportPlan.h"

#include "Error.h"
#include "leads/FieldCatalog.h"
#include "pipeline/Pipeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace LeadSync {

namespace {

// Resolves a user's target name: a built-in field (SQL name, display name or alias), an existing
// custom column (display name), "skip", or else a new column of that name.
ImportTarget resolveTarget(const QString& target, const ColumnList& existing)
{
    const QString key = FieldCatalog::normalise(target);
    if (key == u"skip" || target.trimmed() == u"-")
        return { ImportTarget::Kind::Skip, {} };
    for (const Column& column : existing) {
        if (FieldCatalog::normalise(column.sqlName) == key
            || FieldCatalog::normalise(column.displayName) == key)
            return { column.builtin ? ImportTarget::Kind::Field : ImportTarget::Kind::ExistingColumn,
                column.sqlName };
    }
    if (const QString field = FieldCatalog::fieldForHeader(target); !field.isEmpty())
        return { ImportTarget::Kind::Field, field };
    return { ImportTarget::Kind::NewColumn, target.trimmed() };
}

} // namespace

ImportPlan ImportPlan::prepare(const QString& path, const CsvSniffer::Overrides& overrides,
    const ColumnList& existing, const QList<QPair<QString, QString>>& userMapping)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(QCoreApplication::translate("LeadSync::ImportPlan", "%1 does not exist or is not a file.")
                        .arg(path));
    const CsvSniff sniff = CsvSniffer::sniff(path, overrides);
    ImportPlan plan;
    plan.path = path;
    plan.dialect = sniff.dialect;
    plan.headers = sniff.headers;
    plan.targets = mapHeaders(sniff.headers, existing, userMapping, sniff.previewRows);
    plan.previewRows = sniff.previewRows;
    plan.rejectsPath = info.path() + u'/' + info.completeBaseName() + QStringLiteral(".rejects.csv");
    return plan;
}

QList<ImportTarget> ImportPlan::mapHeaders(const QStringList& headers, const ColumnList& existing,
    const QList<QPair<QString, QString>>& userMapping, const QList<QStringList>& previewRows)
{
    // Whether the first rows of column i all fit the field (a pipeline field is picky: Stages).
    const auto fits = [&](const QString& field, qsizetype i) {
        return std::all_of(previewRows.cbegin(), previewRows.cend(), [&](const QStringList& row) {
            return Stages::importRefusal(field, headers[i], row.value(i)).isEmpty();
        });
    };
    QList<ImportTarget> targets(headers.size());
    QList<bool> decided(headers.size(), false);
    for (const auto& [header, target] : userMapping) {
        qsizetype index = headers.indexOf(header.trimmed());
        for (qsizetype i = 0; index < 0 && i < headers.size(); ++i) {
            if (FieldCatalog::normalise(headers[i]) == FieldCatalog::normalise(header))
                index = i;
        }
        if (index < 0)
            throw Error(QCoreApplication::translate(
                "LeadSync::ImportPlan", "The mapping \"%1=%2\" names a column the file does not have.")
                            .arg(header, target));
        targets[index] = resolveTarget(target, existing);
        decided[index] = true;
    }

    // Each built-in field and existing column receives at most one CSV column: the first that claims it.
    QSet<QString> taken;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (decided[i] && targets[i].kind != ImportTarget::Kind::NewColumn)
            taken.insert(targets[i].name);
    }
    QHash<QString, QString> columnByName; // normalised display name -> SQL name, custom columns only
    for (const Column& column : existing) {
        if (!column.builtin)
            columnByName.insert(FieldCatalog::normalise(column.displayName), column.sqlName);
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (decided[i])
            continue;
        const QString field = FieldCatalog::fieldForHeader(headers[i]);
        const QString column = columnByName.value(FieldCatalog::normalise(headers[i]));
        if (!field.isEmpty() && !taken.contains(field) && fits(field, i))
            targets[i] = { ImportTarget::Kind::Field, field };
        else if (!column.isEmpty() && !taken.contains(column))
            targets[i] = { ImportTarget::Kind::ExistingColumn, column };
        else
            targets[i] = { ImportTarget::Kind::NewColumn, headers[i] };
        if (targets[i].kind != ImportTarget::Kind::NewColumn)
            taken.insert(targets[i].name);
    }

    // New columns get names no other column has ("Email (2)" beside the built-in "Email").
    QSet<QString> names;
    for (const Column& column : existing)
        names.insert(column.displayName.toCaseFolded());
    for (ImportTarget& target : targets) {
        if (target.kind != ImportTarget::Kind::NewColumn)
            continue;
        const QString base = target.name;
        for (int n = 2; names.contains(target.name.toCaseFolded()); ++n)
            target.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        names.insert(target.name.toCaseFolded());
    }
    return targets;
}

} // namespace LeadSync
