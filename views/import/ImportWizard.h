#pragma once

#include "csv/ImportPlan.h"
#include "csv/Importer.h"
#include "leads/Column.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace LeadSync {

class Job;

// File › Import CSV: preview the file as detected (encoding, delimiter, header, each overridable,
// the preview following live), map each CSV column onto a field, an existing column, a new column or
// nothing, choose how duplicates and bad rows are handled, then import off the GUI thread with
// progress and cancel, ending with a summary whose rejected rows can be read and saved.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FormatPage, MappingPage, OptionsPage, RunPage };

    ImportWizard(QString workspacePath, QString csvPath, ColumnList columns, QWidget* parent = nullptr);
    ~ImportWizard() override;

    const ImportPlan& plan() const { return m_plan; }
    // Where each CSV column goes, one combo per header (for tests: set the choice by its text).
    QComboBox* targetCombo(int csvColumn) const;
    QComboBox* encodingCombo() const { return m_encodingCombo; }
    QComboBox* delimiterCombo() const { return m_delimiterCombo; }
    QTableWidget* previewTable() const { return m_previewTable; }
    bool isImportFinished() const { return m_finished; }
    const ImportResult& result() const { return m_result; }

Q_SIGNALS:
    void imported(const LeadSync::ImportResult& result);
    // The import begins (for the jobs panel).
    void jobStarted(LeadSync::Job* job);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    struct Sniffed
    {
        ImportPlan plan;
        QList<QStringList> preview;
        QString error;
    };

    QWizardPage* createFormatPage();
    QWizardPage* createMappingPage();
    QWizardPage* createOptionsPage();
    QWizardPage* createRunPage();
    void resniff();
    void showSniffed(const Sniffed& sniffed);
    void showDetection();
    void fillMapping();
    void applyMapping();
    void rememberCorrections() const;
    void startImport();
    void saveRejects();

    QString m_workspacePath;
    QString m_csvPath;
    ColumnList m_columns;
    ImportPlan m_plan;
    QList<ImportTarget> m_automaticTargets; // the mapping before the user's corrections
    QList<QStringList> m_preview;
    QFutureWatcher<Sniffed> m_sniffWatcher;

    QComboBox* m_encodingCombo = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QComboBox* m_headerCombo = nullptr;
    QLabel* m_encodingNote = nullptr;
    QLabel* m_delimiterNote = nullptr;
    QLabel* m_headerNote = nullptr;
    QLabel* m_lineEndingsNote = nullptr;
    QLabel* m_formatError = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QRadioButton* m_mergeRadio = nullptr;
    QCheckBox* m_skipBadRowsCheck = nullptr;
    QCheckBox* m_normaliseCheck = nullptr;
    QLabel* m_runLabel = nullptr;
    QProgressBar* m_runProgress = nullptr;
    QTableWidget* m_rejectsTable = nullptr;
    QPushButton* m_saveRejectsButton = nullptr;
    QPointer<Job> m_job;
    bool m_finished = false;
    ImportResult m_result;
};

} // namespace LeadSync
