#include "ImportPlan.h"

#include "Error.h"
#include "leads/FieldCatalog.h"
#include "pipeline/Pipeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace LeadSync {

namespace {

// Resolves a user's target name: a built-in field (SQL name, display name or alias), an existing
// custom column (display name), "skip", or else a new column of that name.
ImportTarget resolveTarget(const QString& target, const ColumnList& existing)
{
    const QString key = FieldCatalog::normalise(target);
    if (key == u"skip" || target.trimmed() == u"-")
        return { ImportTarget::Kind::Skip, {} };
    if (key == u"split")
        return { ImportTarget::Kind::SplitName, ImportTarget::kGivenFirst };
    if (key == u"splitfamilyfirst")
        return { ImportTarget::Kind::SplitName, ImportTarget::kFamilyFirst };
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
    plan.previewRows = sniff.previewRows;
    plan.detection = sniff.detection;
    plan.mapHeaders(existing, userMapping);
    plan.rejectsPath = info.path() + u'/' + info.completeBaseName() + QStringLiteral(".rejects.csv");
    return plan;
}

QStringList ImportPlan::previewColumn(qsizetype i) const
{
    QStringList values;
    for (const QStringList& row : previewRows)
        values.append(row.value(i));
    return values;
}

QString ImportPlan::guessField(const QStringList& values)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;.]{2,}$)"));
    static const QRegularExpression linkedin(
        QStringLiteral(R"(^(https?://)?([a-z]{2,3}\.)?linkedin\.com/\S+$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression website(
        QStringLiteral(R"(^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?(/\S*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    // A phone: digits with the separators phones are written with, 7 to 15 digits (E.164), and not a
    // date or a plain number (an ID, a revenue), which have no + and no separator.
    static const QRegularExpression phone(QStringLiteral(R"(^(\+|00)?[\d\s().\-/]+(\s*(x|ext\.?)\s*\d+)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(QStringLiteral(R"(^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$)"));
    const auto isPhone = [](const QString& value) {
        if (!phone.match(value).hasMatch() || date.match(value).hasMatch())
            return false;
        const auto digits = std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
        const bool written = value.startsWith(u'+') || value.contains(u' ') || value.contains(u'-')
            || value.contains(u'(') || value.startsWith(u'0');
        return digits >= 7 && digits <= 15 && written;
    };
    const std::pair<const char*, std::function<bool(const QString&)>> kinds[] = {
        { "email", [](const QString& v) { return email.match(v).hasMatch(); } },
        { "linkedin_url", [](const QString& v) { return linkedin.match(v).hasMatch(); } },
        { "website",
            [](const QString& v) { return website.match(v).hasMatch() && !linkedin.match(v).hasMatch(); } },
        { "phone", isPhone },
    };
    QStringList filled;
    for (const QString& value : values) {
        if (const QString trimmed = value.trimmed(); !trimmed.isEmpty())
            filled.append(trimmed);
    }
    if (filled.size() < 2)
        return {};
    for (const auto& [field, fits] : kinds) {
        const auto fitting = std::count_if(filled.cbegin(), filled.cend(), fits);
        if (fitting * 5 >= filled.size() * 4)
            return QString::fromLatin1(field);
    }
    return {};
}

bool ImportPlan::looksLikePersonNames(const QStringList& values)
{
    static const QRegularExpression companyForm(
        QStringLiteral(
            R"(\b(gmbh|ag|kg|ug|inc|llc|ltd|limited|corp|corporation|co|company|sa|sas|sarl|srl|spa|bv|nv|)"
            R"(oy|ab|as|plc|pty|group|ооо|оао|зао|пао|ип)\.?$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    qsizetype filled = 0;
    qsizetype names = 0;
    for (const QString& value : values) {
        const QString trimmed = value.simplified();
        if (trimmed.isEmpty())
            continue;
        ++filled;
        const qsizetype words = trimmed.count(u' ') + 1;
        const bool odd = std::any_of(trimmed.cbegin(), trimmed.cend(),
            [](QChar c) { return c.isDigit() || c == u'@' || c == u'&' || c == u'/'; });
        if (!odd && words <= 5 && !companyForm.match(trimmed).hasMatch())
            ++names;
    }
    return filled > 0 && names * 5 >= filled * 4;
}

void ImportPlan::mapHeaders(const ColumnList& existing, const QList<QPair<QString, QString>>& userMapping)
{
    // Whether the first rows of column i all fit the field (a pipeline field is picky: Stages).
    const auto fits = [&](const QString& field, qsizetype i) {
        return std::all_of(previewRows.cbegin(), previewRows.cend(), [&](const QStringList& row) {
            return Stages::importRefusal(field, headers[i], row.value(i)).isEmpty();
        });
    };
    targets = QList<ImportTarget>(headers.size());
    bases = QList<MappingBasis>(headers.size(), MappingBasis::Default);
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
        bases[index] = MappingBasis::Given;
    }
    const auto decided = [&](qsizetype i) { return bases[i] == MappingBasis::Given; };

    // Each built-in field and existing column receives at most one CSV column: the first that claims it.
    QSet<QString> taken;
    const auto claim = [&](qsizetype i) {
        if (targets[i].kind == ImportTarget::Kind::SplitName) {
            taken.insert(QStringLiteral("first_name"));
            taken.insert(QStringLiteral("last_name"));
        } else if (targets[i].kind != ImportTarget::Kind::NewColumn) {
            taken.insert(targets[i].name);
        }
    };
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (decided(i))
            claim(i);
    }
    QHash<QString, QString> columnByName; // normalised display name -> SQL name, custom columns only
    for (const Column& column : existing) {
        if (!column.builtin)
            columnByName.insert(FieldCatalog::normalise(column.displayName), column.sqlName);
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (decided(i))
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
            bases[i] = MappingBasis::Name;
        claim(i);
    }
    // A full name is split when nothing else gives a first or last name: the first such column.
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const FieldCatalog::NameOrder order = FieldCatalog::fullNameHeader(headers[i]);
        if (decided(i) || targets[i].kind != ImportTarget::Kind::NewColumn
            || order == FieldCatalog::NameOrder::None || taken.contains(QStringLiteral("first_name"))
            || taken.contains(QStringLiteral("last_name")) || !looksLikePersonNames(previewColumn(i)))
            continue;
        targets[i] = { ImportTarget::Kind::SplitName,
            order == FieldCatalog::NameOrder::FamilyFirst ? ImportTarget::kFamilyFirst
                                                          : ImportTarget::kGivenFirst };
        bases[i] = MappingBasis::Name;
        claim(i);
    }
    // Headers that say nothing ("Contact", "Column 3") are read by their values.
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (decided(i) || targets[i].kind != ImportTarget::Kind::NewColumn)
            continue;
        if (const QString field = guessField(previewColumn(i)); !field.isEmpty() && !taken.contains(field)) {
            targets[i] = { ImportTarget::Kind::Field, field };
            bases[i] = MappingBasis::Values;
            claim(i);
        }
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
}

} // namespace LeadSync
