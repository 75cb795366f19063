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
    // SplitName: a full name split into first_name and last_name. The first word is the given name
    // and the rest the family name ("Mary van der Berg"); "Doe, John" is family name first; with
    // kFamilyFirst (a Russian ФИО) the first word is the family name and the rest the given name and
    // patronymic ("Иван Иванович", how such a lead is addressed). Nothing is dropped: the two parts
    // put back together are the cell.
    enum class Kind { Field, ExistingColumn, NewColumn, Skip, SplitName };
    Kind kind = Kind::Skip;
    // SQL name for Field and ExistingColumn, display name for NewColumn, the name order for SplitName
    QString name;

    static constexpr QLatin1StringView kGivenFirst { "given-first" };
    static constexpr QLatin1StringView kFamilyFirst { "family-first" };

    bool operator==(const ImportTarget&) const = default;
};

// Why a CSV column goes where it goes, for the wizard to say.
enum class MappingBasis {
    Given, // the user's mapping (--map, or the wizard's remembered corrections)
    Name, // the header names the field or column
    Values, // the header says nothing, the values do (mostly email addresses, phones, links)
    Default, // nothing matched: a new column named after the header
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
    QList<MappingBasis> bases; // one per header
    DedupeMode dedupe = DedupeMode::Email;
    bool skipBadRows = false;
    // After the import: phones to E.164 and Telegram names to the bare name, in the leads it made or
    // merged into, as edits in their history (see Contacts); the import itself keeps every value.
    bool normaliseContacts = false;
    QString rejectsPath; // where rejected rows go with --skip-bad-rows
    // How long the import holds the workspace before it commits and lets other writers in.
    qint64 commitEveryMs = 2000;
    QList<QStringList> previewRows; // the first data rows, decoded, as the sniffer saw them
    CsvDetection detection; // why the dialect is what it is

    // Sniffs the file and maps its headers: the plan the CLI runs and the GUI's wizard starts from.
    // The rejects file defaults to NAME.rejects.csv beside the input.
    static ImportPlan prepare(const QString& path, const CsvSniffer::Overrides& overrides,
        const ColumnList& existing, const QList<QPair<QString, QString>>& userMapping = {});

    // Maps each header: the user's mapping first ("HEADER=target", target a field, an existing
    // column, "skip", "split" for a full name, or a new column's name), then built-in fields by name
    // and alias, then existing columns by name, then a full name split when no column gives a first
    // or last name, then by the preview rows' values (guessField), else a new column named after the
    // header. Sets targets and bases. Throws Error for a mapping that names a header the file does
    // not have. A pipeline field (stage, score) is chosen by name only when the values fit it.
    void mapHeaders(const ColumnList& existing, const QList<QPair<QString, QString>>& userMapping);

    // The field most of a column's values are (email, linkedin_url, website, phone), from at least
    // two non-empty values of which 80% fit; empty if none.
    static QString guessField(const QStringList& values);
    // Whether most of the values (80% of the non-empty ones) read as people's names: one to five
    // words, no digits, no @, & or /, and no company form (GmbH, Inc., LLC, Ltd, ...). A scraped list
    // of businesses has a "Name" column too, which must not be split into first and last names.
    static bool looksLikePersonNames(const QStringList& values);
    // The values of CSV column i in the preview rows.
    QStringList previewColumn(qsizetype i) const;
};

} // namespace LeadSync
