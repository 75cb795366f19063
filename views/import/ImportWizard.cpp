#include "ImportWizard.h"

#include "Error.h"
#include "Job.h"
#include "leads/FieldCatalog.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace LeadSync {

namespace {

// A wizard page whose Next/Finish button follows a condition.
class Page final : public QWizardPage
{
public:
    explicit Page(std::function<bool()> complete = {})
        : m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete ? m_complete() : QWizardPage::isComplete(); }
    void refresh() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

// Combo item data for a mapping target: "skip", "new", "field:<sql name>" or "column:<sql name>".
QString targetKey(const ImportTarget& target)
{
    switch (target.kind) {
    case ImportTarget::Kind::Skip:
        return QStringLiteral("skip");
    case ImportTarget::Kind::NewColumn:
        return QStringLiteral("new");
    case ImportTarget::Kind::Field:
        return u"field:" + target.name;
    case ImportTarget::Kind::ExistingColumn:
        return u"column:" + target.name;
    case ImportTarget::Kind::SplitName:
        return u"split:" + target.name;
    }
    return {};
}

// The user's corrections of the automatic mapping, per set of headers: the next file with the same
// headers (the same export, month after month) starts from them. Kept in the app's settings, not the
// workspace, since the files come to every workspace alike.
QString correctionsKey(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& header : headers)
        normalised.append(FieldCatalog::normalise(header));
    return QStringLiteral("import/mappingCorrections/")
        + QString::fromLatin1(
            QCryptographicHash::hash(normalised.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString basisText(MappingBasis basis)
{
    switch (basis) {
    case MappingBasis::Given:
        return ImportWizard::tr("your choice");
    case MappingBasis::Name:
        return ImportWizard::tr("by name");
    case MappingBasis::Values:
        return ImportWizard::tr("by values");
    case MappingBasis::Default:
        return ImportWizard::tr("no match");
    }
    return {};
}

} // namespace

ImportWizard::ImportWizard(QString workspacePath, QString csvPath, ColumnList columns, QWidget* parent)
    : QWizard(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_csvPath(std::move(csvPath))
    , m_columns(std::move(columns))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_csvPath).fileName()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FormatPage, createFormatPage());
    setPage(MappingPage, createMappingPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(RunPage, createRunPage());
    resize(900, 620);
    connect(&m_sniffWatcher, &QFutureWatcher<Sniffed>::finished, this,
        [this] { showSniffed(m_sniffWatcher.result()); });
    resniff();
}

ImportWizard::~ImportWizard()
{
    if (m_job)
        m_job->cancel();
    m_sniffWatcher.waitForFinished();
}

QWizardPage* ImportWizard::createFormatPage()
{
    auto* page = new Page([this] { return !m_plan.headers.isEmpty() && m_formatError->text().isEmpty(); });
    page->setTitle(tr("File format"));
    page->setSubTitle(tr("LeadSync detected how %1 is written. Change a setting if the preview looks wrong.")
                          .arg(QFileInfo(m_csvPath).fileName()));
    m_encodingCombo = new QComboBox(page);
    m_encodingCombo->setObjectName(QStringLiteral("encodingComboBox"));
    m_encodingCombo->addItem(tr("Detect automatically"), QString());
    for (const char* name : { "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-15", "ISO-8859-2",
             "windows-1250", "windows-1251", "KOI8-R", "Shift_JIS", "GB18030", "Big5" })
        m_encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_delimiterCombo = new QComboBox(page);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiterCombo->addItem(tr("Detect automatically"), QString());
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterCombo->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_headerCombo = new QComboBox(page);
    m_headerCombo->setObjectName(QStringLiteral("headerComboBox"));
    m_headerCombo->addItem(tr("Detect automatically"), -1);
    m_headerCombo->addItem(tr("The first row holds the column names"), 1);
    m_headerCombo->addItem(tr("The first row is data"), 0);
    for (QComboBox* combo : { m_encodingCombo, m_delimiterCombo, m_headerCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::resniff);

    m_formatError = new QLabel(page);
    m_formatError->setWordWrap(true);
    m_formatError->setStyleSheet(QStringLiteral("color: #d9534f;"));
    m_previewTable = new QTableWidget(page);
    m_previewTable->setObjectName(QStringLiteral("previewTableWidget"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(140);

    // Beside each setting, what was detected and how sure it is.
    auto* form = new QFormLayout;
    const auto addSetting = [&](const QString& label, QComboBox* combo, QLabel*& note, const char* name) {
        note = new QLabel(page);
        note->setObjectName(QLatin1StringView(name));
        note->setWordWrap(true);
        auto* row = new QHBoxLayout;
        row->addWidget(combo);
        row->addWidget(note, 1);
        auto* buddy = new QLabel(label, page);
        buddy->setBuddy(combo);
        form->addRow(buddy, row);
    };
    addSetting(tr("&Encoding:"), m_encodingCombo, m_encodingNote, "encodingNoteLabel");
    addSetting(tr("&Delimiter:"), m_delimiterCombo, m_delimiterNote, "delimiterNoteLabel");
    addSetting(tr("&Header:"), m_headerCombo, m_headerNote, "headerNoteLabel");
    m_lineEndingsNote = new QLabel(page);
    m_lineEndingsNote->setObjectName(QStringLiteral("lineEndingsLabel"));
    form->addRow(tr("Line endings:"), m_lineEndingsNote);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_formatError);
    layout->addWidget(m_previewTable, 1);
    return page;
}

void ImportWizard::resniff()
{
    CsvSniffer::Overrides overrides;
    overrides.encoding = m_encodingCombo->currentData().toString().toLatin1();
    if (const QString delimiter = m_delimiterCombo->currentData().toString(); !delimiter.isEmpty())
        overrides.delimiter = delimiter.front().toLatin1();
    if (const int header = m_headerCombo->currentData().toInt(); header >= 0)
        overrides.hasHeader = header == 1;
    // The file is read on the thread pool; a newer request replaces the one in flight.
    m_sniffWatcher.setFuture(QtConcurrent::run([path = m_csvPath, overrides, columns = m_columns] {
        Sniffed sniffed;
        try {
            sniffed.plan = ImportPlan::prepare(path, overrides, columns);
        } catch (const Error& error) {
            sniffed.error = error.message();
        }
        return sniffed;
    }));
}

void ImportWizard::showSniffed(const Sniffed& sniffed)
{
    m_formatError->setText(sniffed.error);
    if (sniffed.error.isEmpty()) {
        const QString rejects = m_plan.rejectsPath;
        m_plan = sniffed.plan;
        // Rejected rows go to the app's cache, not beside the user's file; the summary offers to save them.
        m_plan.rejectsPath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/rejects-%1.csv").arg(QDateTime::currentMSecsSinceEpoch());
    }
    showDetection();
    const QStringList& headers = m_plan.headers;
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    m_previewTable->setRowCount(int(m_plan.previewRows.size()));
    for (int row = 0; row < m_plan.previewRows.size(); ++row) {
        const QStringList& cells = m_plan.previewRows[row];
        for (int column = 0; column < cells.size() && column < headers.size(); ++column)
            m_previewTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    static_cast<Page*>(page(FormatPage))->refresh();
}

void ImportWizard::showDetection()
{
    using Basis = CsvDetection::EncodingBasis;
    const CsvDetection& detection = m_plan.detection;
    const QString encoding = QString::fromLatin1(m_plan.dialect.encoding);
    switch (detection.encoding) {
    case Basis::Chosen:
        m_encodingNote->setText(tr("%1, as chosen.").arg(encoding));
        break;
    case Basis::ByteOrderMark:
        m_encodingNote->setText(
            tr("Detected %1, certain: the file starts with its byte-order mark.").arg(encoding));
        break;
    case Basis::ValidUtf8:
        m_encodingNote->setText(tr("Detected UTF-8, certain: all of its accented letters are valid UTF-8."));
        break;
    case Basis::AsciiOnly:
        m_encodingNote->setText(
            tr("Detected plain ASCII, certain: the first mebibyte has no accented letters, and every "
               "encoding reads it the same."));
        break;
    case Basis::Statistical:
        m_encodingNote->setText(
            tr("Detected %1, a guess from the letters used: check the names in the preview.").arg(encoding));
        break;
    }

    const QString delimiter = m_plan.dialect.delimiter == ',' ? tr("comma")
        : m_plan.dialect.delimiter == ';'                     ? tr("semicolon")
        : m_plan.dialect.delimiter == '\t'                    ? tr("tab")
                                                              : tr("pipe");
    const int sampled = detection.sampledRecords;
    const int consistent = detection.recordsOfModalWidth;
    const QString certainty = consistent == sampled ? tr("certain")
        : consistent * 10 >= sampled * 9            ? tr("likely")
                                                    : tr("unsure");
    const QString rows
        = tr("%1 of %2 rows have %3 fields").arg(consistent).arg(sampled).arg(detection.modalWidth);
    m_delimiterNote->setText(detection.delimiterChosen
            ? tr("%1, as chosen: %2.").arg(delimiter, rows)
            : tr("Detected %1, %2: %3.").arg(delimiter, certainty, rows));

    using Header = CsvDetection::HeaderBasis;
    switch (detection.header) {
    case Header::Chosen:
        m_headerNote->setText(m_plan.dialect.hasHeader ? tr("Column names in the first row, as chosen.")
                                                       : tr("No header row, as chosen."));
        break;
    case Header::KnownFieldName:
        m_headerNote->setText(
            tr("Detected column names in the first row, certain: \u201c%1\u201d names a lead field.")
                .arg(detection.headerEvidence));
        break;
    case Header::NoValues:
        m_headerNote->setText(
            tr("Detected column names in the first row, likely: none of its cells looks like data."));
        break;
    case Header::ValueInFirstRow:
        m_headerNote->setText(
            tr("Detected no header row, likely: \u201c%1\u201d in the first row looks like data.")
                .arg(detection.headerEvidence));
        break;
    }

    using LineEndings = CsvDetection::LineEndings;
    switch (detection.lineEndings) {
    case LineEndings::None:
        m_lineEndingsNote->setText(tr("None: the file is a single line."));
        break;
    case LineEndings::Lf:
        m_lineEndingsNote->setText(tr("Unix and macOS (LF)."));
        break;
    case LineEndings::CrLf:
        m_lineEndingsNote->setText(tr("Windows (CR LF)."));
        break;
    case LineEndings::Cr:
        m_lineEndingsNote->setText(tr("Classic Mac OS (CR)."));
        break;
    case LineEndings::Mixed:
        m_lineEndingsNote->setText(tr("Mixed (LF, CR LF or CR): each is read as a line break."));
        break;
    }
}

QWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new Page;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Choose where each column of the file goes: a lead field, an existing column, "
                         "a new column, or nowhere."));
    m_mappingTable = new QTableWidget(page);
    m_mappingTable->setObjectName(QStringLiteral("mappingTableWidget"));
    m_mappingTable->setColumnCount(4);
    m_mappingTable->setHorizontalHeaderLabels(
        { tr("Column in the file"), tr("Sample values"), tr("Import into"), tr("Why") });
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable);
    return page;
}

void ImportWizard::fillMapping()
{
    m_automaticTargets = m_plan.targets;
    const QVariantMap corrections = QSettings().value(correctionsKey(m_plan.headers)).toMap();
    m_mappingTable->setRowCount(int(m_plan.headers.size()));
    for (int row = 0; row < m_plan.headers.size(); ++row) {
        const QString& header = m_plan.headers[row];
        m_mappingTable->setItem(row, 0, new QTableWidgetItem(header));
        QStringList samples;
        for (const QStringList& preview : m_plan.previewRows) {
            if (row < preview.size() && !preview[row].trimmed().isEmpty() && samples.size() < 3)
                samples.append(preview[row].simplified().left(40));
        }
        m_mappingTable->setItem(row, 1, new QTableWidgetItem(samples.join(QStringLiteral("  ·  "))));

        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("targetComboBox%1").arg(row));
        combo->addItem(
            tr("New column \u201c%1\u201d")
                .arg(m_plan.targets[row].kind == ImportTarget::Kind::NewColumn ? m_plan.targets[row].name
                                                                               : header),
            QStringLiteral("new"));
        combo->addItem(tr("Skip this column"), QStringLiteral("skip"));
        combo->addItem(tr("Split into first and last name"), QString(u"split:" + ImportTarget::kGivenFirst));
        combo->addItem(tr("Split into last and first name (surname first)"),
            QString(u"split:" + ImportTarget::kFamilyFirst));
        combo->insertSeparator(combo->count());
        for (const Column& column : m_columns)
            combo->addItem(
                column.displayName, QString((column.builtin ? u"field:" : u"column:") + column.sqlName));
        const int automatic = std::max(0, combo->findData(targetKey(m_plan.targets[row])));
        const int remembered = combo->findData(corrections.value(header).toString());
        combo->setCurrentIndex(remembered >= 0 ? remembered : automatic);
        auto* why = new QTableWidgetItem(remembered >= 0 ? tr("remembered") : basisText(m_plan.bases[row]));
        why->setForeground(palette().placeholderText());
        m_mappingTable->setItem(row, 3, why);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, automatic](int index) {
            m_mappingTable->item(row, 3)->setText(
                index == automatic ? basisText(m_plan.bases[row]) : basisText(MappingBasis::Given));
        });
        m_mappingTable->setCellWidget(row, 2, combo);
    }
}

void ImportWizard::rememberCorrections() const
{
    QVariantMap corrections;
    for (int row = 0; row < m_plan.headers.size(); ++row) {
        const QString key = targetCombo(row)->currentData().toString();
        if (key != targetKey(m_automaticTargets.value(row)))
            corrections.insert(m_plan.headers[row], key);
    }
    QSettings settings;
    if (corrections.isEmpty())
        settings.remove(correctionsKey(m_plan.headers));
    else
        settings.setValue(correctionsKey(m_plan.headers), corrections);
}

QComboBox* ImportWizard::targetCombo(int csvColumn) const
{
    return qobject_cast<QComboBox*>(m_mappingTable->cellWidget(csvColumn, 2));
}

void ImportWizard::applyMapping()
{
    for (int row = 0; row < m_plan.headers.size(); ++row) {
        const QString key = targetCombo(row)->currentData().toString();
        ImportTarget& target = m_plan.targets[row];
        if (key == u"skip") {
            target = { ImportTarget::Kind::Skip, {} };
        } else if (key == u"new") {
            if (target.kind != ImportTarget::Kind::NewColumn)
                target = { ImportTarget::Kind::NewColumn, m_plan.headers[row] };
        } else if (key.startsWith(u"split:")) {
            target = { ImportTarget::Kind::SplitName, key.section(u':', 1) };
        } else {
            const bool field = key.startsWith(u"field:");
            target = { field ? ImportTarget::Kind::Field : ImportTarget::Kind::ExistingColumn,
                key.section(u':', 1) };
        }
    }
}

QWizardPage* ImportWizard::createOptionsPage()
{
    auto* page = new Page;
    page->setTitle(tr("Duplicates and bad rows"));
    page->setSubTitle(
        tr("Choose what happens to rows whose lead you already have, and to rows that cannot be read."));
    m_mergeRadio = new QRadioButton(tr("&Merge rows whose email is already known into that lead "
                                       "(fills its empty fields, never overwrites)"),
        page);
    m_mergeRadio->setObjectName(QStringLiteral("mergeRadioButton"));
    auto* keepAll = new QRadioButton(tr("&Keep every row as a new lead"), page);
    m_mergeRadio->setChecked(true);
    m_skipBadRowsCheck
        = new QCheckBox(tr("&Set aside rows with more fields than the header, with their reasons, "
                           "and import the others"),
            page);
    m_skipBadRowsCheck->setObjectName(QStringLiteral("skipBadRowsCheckBox"));
    auto* note = new QLabel(tr("Otherwise such a row stops the import, and nothing is imported."), page);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mergeRadio);
    layout->addWidget(keepAll);
    layout->addSpacing(12);
    layout->addWidget(m_skipBadRowsCheck);
    layout->addWidget(note);
    layout->addSpacing(12);
    m_normaliseCheck = new QCheckBox(
        tr("&Normalise phones (+49…) and Telegram names afterwards; what cannot be read is kept and "
           "flagged in Contact check"),
        page);
    m_normaliseCheck->setObjectName(QStringLiteral("normaliseContactsCheckBox"));
    layout->addWidget(m_normaliseCheck);
    layout->addStretch();
    return page;
}

QWizardPage* ImportWizard::createRunPage()
{
    auto* page = new Page([this] { return m_finished; });
    page->setTitle(tr("Importing"));
    page->setSubTitle(
        tr("All or nothing: if you cancel, or the import fails, the workspace stays as it was."));
    page->setFinalPage(true);
    m_runLabel = new QLabel(page);
    m_runLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_runLabel->setWordWrap(true);
    m_runProgress = new QProgressBar(page);
    m_rejectsTable = new QTableWidget(page);
    m_rejectsTable->setObjectName(QStringLiteral("rejectsTableWidget"));
    m_rejectsTable->setColumnCount(2);
    m_rejectsTable->setHorizontalHeaderLabels({ tr("Line"), tr("Reason") });
    m_rejectsTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectsTable->verticalHeader()->hide();
    m_rejectsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectsTable->hide();
    m_saveRejectsButton = new QPushButton(tr("&Save Rejected Rows…"), page);
    m_saveRejectsButton->setObjectName(QStringLiteral("saveRejectsButton"));
    m_saveRejectsButton->hide();
    connect(m_saveRejectsButton, &QPushButton::clicked, this, &ImportWizard::saveRejects);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_runLabel);
    layout->addWidget(m_runProgress);
    layout->addWidget(m_rejectsTable, 1);
    layout->addWidget(m_saveRejectsButton, 0, Qt::AlignLeft);
    return page;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMapping();
    else if (id == RunPage)
        startImport();
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == MappingPage) {
        applyMapping();
        QSet<QString> taken;
        for (int row = 0; row < m_plan.targets.size(); ++row) {
            const ImportTarget& target = m_plan.targets[row];
            QStringList places;
            if (target.kind == ImportTarget::Kind::Field || target.kind == ImportTarget::Kind::ExistingColumn)
                places = { target.name };
            else if (target.kind == ImportTarget::Kind::SplitName)
                places = { QStringLiteral("first_name"), QStringLiteral("last_name") };
            for (const QString& place : std::as_const(places)) {
                if (taken.contains(place)) {
                    m_mappingTable->selectRow(row);
                    page(MappingPage)
                        ->setSubTitle(tr("Two columns of the file go into the same place (row %1). Choose "
                                         "another for one of them.")
                                          .arg(row + 1));
                    return false;
                }
                taken.insert(place);
            }
        }
        rememberCorrections();
    }
    if (currentId() == OptionsPage) {
        m_plan.dedupe = m_mergeRadio->isChecked() ? DedupeMode::Email : DedupeMode::None;
        m_plan.skipBadRows = m_skipBadRowsCheck->isChecked();
        m_plan.normaliseContacts = m_normaliseCheck->isChecked();
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::startImport()
{
    QDir().mkpath(QFileInfo(m_plan.rejectsPath).path());
    m_runLabel->setText(tr("Importing %1…").arg(QFileInfo(m_csvPath).fileName()));
    m_runProgress->setRange(0, 0);
    auto result = std::make_shared<ImportResult>();
    auto* job = new Job(
        tr("Importing %1").arg(QFileInfo(m_csvPath).fileName()),
        [path = m_workspacePath, plan = m_plan, result](const JobObserver& observer) {
            WorkspaceWriter::of(path)->runLong(
                [&](Workspace& workspace) { *result = Importer(workspace, plan).run(observer); });
        },
        this);
    m_job = job;
    job->setUnit(Job::Unit::Bytes);
    connect(job, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_runProgress->setRange(0, 1000);
        m_runProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(job, &Job::finished, this, [this, job, result](bool cancelled, const QString& error) {
        job->deleteLater();
        m_runProgress->setRange(0, 1000);
        m_runProgress->setValue(1000);
        if (cancelled || result->cancelled) {
            QWizard::reject(); // nothing was imported: the transaction rolled back
            return;
        }
        m_finished = true;
        setButtonText(QWizard::CancelButton, tr("&Close"));
        page(RunPage)->setTitle(error.isEmpty() ? tr("Import finished") : tr("Import failed"));
        page(RunPage)->setSubTitle(error.isEmpty()
                ? tr("The leads are in the workspace; Edit \u203a Undo Import takes them back.")
                : tr("The workspace is unchanged."));
        if (!error.isEmpty()) {
            m_runLabel->setText(tr("Nothing was imported.\n%1").arg(error));
        } else {
            m_result = *result;
            QString summary = tr("New leads: %L1\nMerged into existing leads: %L2\nRejected rows: %L3")
                                  .arg(result->imported)
                                  .arg(result->merged)
                                  .arg(result->rejected);
            if (m_plan.normaliseContacts)
                summary += u'\n'
                    + tr("Contacts normalised: %L1; not readable (flagged in Contact check): %L2")
                          .arg(result->normalised)
                          .arg(result->flagged);
            m_runLabel->setText(summary);
            job->setResult(tr("%L1 new, %L2 merged, %L3 rejected")
                               .arg(result->imported)
                               .arg(result->merged)
                               .arg(result->rejected));
            m_rejectsTable->setRowCount(int(result->rejections.size()));
            for (int row = 0; row < result->rejections.size(); ++row) {
                m_rejectsTable->setItem(
                    row, 0, new QTableWidgetItem(QString::number(result->rejections[row].line)));
                m_rejectsTable->setItem(row, 1, new QTableWidgetItem(result->rejections[row].reason));
            }
            m_rejectsTable->setVisible(result->rejected > 0);
            m_saveRejectsButton->setVisible(!result->rejectsPath.isEmpty());
            Q_EMIT imported(*result);
        }
        static_cast<Page*>(page(RunPage))->refresh();
    });
    Q_EMIT jobStarted(job);
    job->start();
}

void ImportWizard::reject()
{
    if (m_job && !m_finished) {
        m_job->cancel(); // the wizard closes when the import has rolled back
        return;
    }
    QWizard::reject();
}

void ImportWizard::saveRejects()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"),
        QFileInfo(m_csvPath).completeBaseName() + QStringLiteral(".rejects.csv"), tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        m_runLabel->setText(m_runLabel->text() + u'\n'
            + (watcher->result() ? tr("Rejected rows saved to %1.").arg(target)
                                 : tr("Could not save the rejected rows to %1.").arg(target)));
    });
    watcher->setFuture(QtConcurrent::run([source = m_result.rejectsPath, target] {
        QFile::remove(target);
        return QFile::copy(source, target);
    }));
}

} // namespace LeadSync
