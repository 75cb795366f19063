#pragma once

#include "CsvDialect.h"
#include "CsvSniffer.h"
#include "leads/Column.h"

#include <QList>
#include <QPair>
#include <QString>

namespace LeadSync {

// Where one CSV column goes.
struct ImportTarget
{
    enum class Kind { Field, ExistingColumn, NewColumn, Skip };
    Kind kind = Kind::Skip;
    QString name; // SQL name for Field and ExistingColumn, display name for NewColumn

    bool operator==(const ImportTarget&) const = default;
};

enum class DedupeMode { Email, None };

// Everything an import needs to know, decided before it starts: the file's dialect, where each CSV
// column goes, and how duplicates and bad rows are handled. The GUI's wizard edits one; the CLI
// builds one from the sniffer and its --map options.
struct ImportPlan
{
    QString path;
    CsvDialect dialect;
    QStringList headers;
    QList<ImportTarget> targets; // one per header
    DedupeMode dedupe = DedupeMode::Email;
    bool skipBadRows = false;
    // After the import: phones to E.164 and Telegram names to the bare name, in the leads it made or
    // merged into, as edits in their history (see Contacts); the import itself keeps every value.
    bool normaliseContacts = false;
    QString rejectsPath; // where rejected rows go with --skip-bad-rows
    // How long the import holds the workspace before it commits and lets other writers in.
    qint64 commitEveryMs = 2000;
    QList<QStringList> previewRows; // the first data rows, decoded, as the sniffer saw them

    // Sniffs the file and maps its headers: the plan the CLI runs and the GUI's wizard starts from.
    // The rejects file defaults to NAME.rejects.csv beside the input.
    static ImportPlan prepare(const QString& path, const CsvSniffer::Overrides& overrides,
        const ColumnList& existing, const QList<QPair<QString, QString>>& userMapping = {});

    // Maps each header: the user's mapping first ("HEADER=target", target a field, an existing
    // column, "skip", or a new column's name), then built-in fields by name and alias, then existing
    // columns by name, else a new column named after the header. Throws Error for a mapping that
    // names a header the file does not have. A pipeline field (stage, score) is chosen by name only
    // when the preview rows' values fit it.
    static QList<ImportTarget> mapHeaders(const QStringList& headers, const ColumnList& existing,
        const QList<QPair<QString, QString>>& userMapping, const QList<QStringList>& previewRows);
};

} // namespace LeadSync
