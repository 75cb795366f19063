// The consultant's daily flow in the real main window, offscreen: a German export through the import
// wizard (what was detected and how sure, each mapping with its reason, a column read by its values),
// corrections remembered for the next file with the same headers, a full name split, an import
// undone from the Edit menu and from a lead's history. Writes screenshots to <build>/tests/screenshots.
#include "../TestSupport.h"
#include "campaigns/CampaignPanel.h"
#include "columns/ColumnRunPanel.h"
#include "columns/ColumnSpec.h"
#include "columns/RunOptions.h"
#include "detail/DetailPanel.h"
#include "detail/TextField.h"
#include "duplicates/DuplicatesWindow.h"
#include "export/ExportDialog.h"
#include "filter/FilterBar.h"
#include "import/ImportWizard.h"
#include "leads/ColumnStore.h"
#include "main/ColumnLayout.h"
#include "main/ColumnsMenu.h"
#include "main/FirstSteps.h"
#include "main/ImportExport.h"
#include "main/JobsPanel.h"
#include "main/MainWindow.h"
#include "main/SavedViewsController.h"
#include "main/TitleRoom.h"
#include "settings/Language.h"
#include "settings/SettingsDialog.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <array>

using namespace LeadSync;
using namespace TestSupport;

class TestDailyFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyWorkspaceShowsWhereLeadsComeFrom();
    void germanExportMapsByNameAndValues();
    void correctionsAreRemembered();
    void fullNameIsSplit();
    void importIsUndone();
    void exportProfiles();
    void gettingStartedPage();
    void toolbarHasTheDaysCommands();
    void detailsThatCostTrust();
    void filtersPickValuesAndJoinWithOr();
    void columnsChosenWrappedFrozenAndFitted();
    void viewSaysModifiedAndCampaignReplaces();
    void duplicatesAreMergedAndUndone();
    void jobsPanelListsRecentWork();
    void sampleWorkspaceSaysSo();
    void cleanupTestCase();

private:
    static void shoot(QWidget* widget, const char* name);
    // Opens the wizard on a file and waits for its preview.
    ImportWizard* openWizard(const QString& csv);
    // Runs the wizard from its mapping page to the end of the import.
    static void finishImport(ImportWizard* wizard);
    static QString why(ImportWizard* wizard, int row);
    qint64 leads() { return scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDailyFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSyncTests"));
    QSettings().remove(QStringLiteral("import"));
    qRegisterMetaType<QMessageBox*>();
    Language::install(*qApp, QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    const QString path = m_dir.filePath(QStringLiteral("daily.leadsync"));
    m_window->openWorkspace(path);
    QVERIFY(opened.wait(20000));
    m_workspace = std::make_unique<Workspace>(path);
}

void TestDailyFlow::cleanupTestCase()
{
    m_window.reset();
}

void TestDailyFlow::shoot(QWidget* widget, const char* name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(folder));
    QTest::qWait(50);
    QVERIFY(widget->grab().save(folder + u'/' + QLatin1String(name) + QStringLiteral(".png")));
}

ImportWizard* TestDailyFlow::openWizard(const QString& csv)
{
    ImportWizard* wizard = m_window->openImportWizard(csv);
    if (!wizard || !QTest::qWaitFor([wizard] { return wizard->previewTable()->rowCount() > 0; }, 10000))
        qFatal("the wizard did not preview %s", qPrintable(csv));
    return wizard;
}

void TestDailyFlow::finishImport(ImportWizard* wizard)
{
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isImportFinished(), 10000);
    // Nothing is left to cancel: the button says what it does.
    QCOMPARE(wizard->button(QWizard::CancelButton)->text(), QStringLiteral("&Close"));
}

QString TestDailyFlow::why(ImportWizard* wizard, int row)
{
    return wizard->findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"))->item(row, 3)->text();
}

void TestDailyFlow::emptyWorkspaceShowsWhereLeadsComeFrom()
{
    auto* empty = m_window->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("sampleBanner"))->isVisible());
    shoot(m_window.get(), "empty_state");
}

void TestDailyFlow::germanExportMapsByNameAndValues()
{
    // As Excel saves a German contact list: Windows-1252, semicolons, CR LF; the last column's
    // header says nothing, its values are LinkedIn profiles.
    const QString csv = m_dir.filePath(QStringLiteral("kontakte.csv"));
    writeFile(csv,
        QByteArray(
            "Vorname;Nachname;E-Mail-Adresse;Firma;Position;Telefon;Stadt;Land;Profil\r\n"
            "J\xFCrgen;M\xFCller;j.mueller@beispiel.de;B\xE4"
            "ckerei M\xFCller GmbH;Gesch\xE4"
            "ftsf\xFChrer;"
            "+49 30 1234567;K\xF6ln;Deutschland;https://www.linkedin.com/in/juergen-mueller\r\n"
            "Anna;Schr\xF6"
            "der;anna@schroeder.de;Schr\xF6"
            "der AG;Leiterin Vertrieb;030 7654321;"
            "M\xFCnchen;Deutschland;https://linkedin.com/in/anna-schroeder\r\n"
            "Lukas;Wei\xDF;lukas@weiss.de;Wei\xDF & Partner;Inhaber;0171 2345678;Stuttgart;Deutschland;"
            "https://de.linkedin.com/in/lukas-weiss\r\n"));
    ImportWizard* wizard = openWizard(csv);
    QCOMPARE(wizard->previewTable()->item(0, 0)->text(), QStringLiteral("Jürgen"));
    // What was detected, and how sure: beside each setting.
    const auto note
        = [wizard](const char* name) { return wizard->findChild<QLabel*>(QLatin1StringView(name))->text(); };
    QVERIFY2(note("encodingNoteLabel").contains(u"WINDOWS-1252"), qPrintable(note("encodingNoteLabel")));
    QVERIFY(note("encodingNoteLabel").contains(u"a guess"));
    QCOMPARE(note("delimiterNoteLabel"),
        QStringLiteral("Detected semicolon, certain: 4 of 4 rows have 9 fields."));
    QVERIFY2(note("headerNoteLabel").contains(u"certain: “Vorname” names a lead field"),
        qPrintable(note("headerNoteLabel")));
    QCOMPARE(note("lineEndingsLabel"), QStringLiteral("Windows (CR LF)."));
    shoot(wizard, "import_wizard_format_german");

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    const std::array expected = { "field:first_name", "field:last_name", "field:email", "field:company",
        "field:title", "field:phone", "field:city", "field:country", "field:linkedin_url" };
    for (int row = 0; row < int(expected.size()); ++row)
        QCOMPARE(wizard->targetCombo(row)->currentData().toString(), QLatin1StringView(expected[row]));
    QCOMPARE(why(wizard, 0), QStringLiteral("by name"));
    QCOMPARE(why(wizard, 8), QStringLiteral("by values"));
    shoot(wizard, "import_wizard_mapping_german");

    finishImport(wizard);
    QCOMPARE(wizard->result().imported, 3);
    wizard->accept();
    QTRY_VERIFY(!m_window->findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(
        text(*m_workspace,
            QStringLiteral("SELECT first_name || ' ' || last_name || ', ' || company || ', ' || linkedin_url "
                           "FROM leads WHERE email = 'anna@schroeder.de'")),
        QStringLiteral("Anna Schröder, Schröder AG, https://linkedin.com/in/anna-schroeder"));
}

void TestDailyFlow::correctionsAreRemembered()
{
    const QByteArray header = "Contact,Owner,Notes about them\n";
    const QString first = m_dir.filePath(QStringLiteral("march.csv"));
    writeFile(first, header + "ann@a.example,bob@us.example,met at fair\nben@b.example,bob@us.example,x\n");
    ImportWizard* wizard = openWizard(first);
    wizard->next();
    // "Contact" holds addresses: the email by its values; "Owner" too, but the email is taken.
    QCOMPARE(wizard->targetCombo(0)->currentData().toString(), QStringLiteral("field:email"));
    QCOMPARE(why(wizard, 0), QStringLiteral("by values"));
    QCOMPARE(wizard->targetCombo(1)->currentData().toString(), QStringLiteral("new"));
    QCOMPARE(why(wizard, 1), QStringLiteral("no match"));
    // The user sends "Owner" nowhere and the notes into Notes.
    wizard->targetCombo(1)->setCurrentIndex(wizard->targetCombo(1)->findData(QStringLiteral("skip")));
    wizard->targetCombo(2)->setCurrentIndex(wizard->targetCombo(2)->findData(QStringLiteral("field:notes")));
    QCOMPARE(why(wizard, 1), QStringLiteral("your choice"));
    wizard->next(); // leaving the page keeps the corrections
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));
    wizard->button(QWizard::CancelButton)->click();

    // Next month's file from the same export: its mapping starts from the corrections.
    const QString second = m_dir.filePath(QStringLiteral("april.csv"));
    writeFile(second, header + "cat@c.example,dan@us.example,call back\ndee@d.example,dan@us.example,y\n");
    wizard = openWizard(second);
    wizard->next();
    QCOMPARE(wizard->targetCombo(0)->currentData().toString(), QStringLiteral("field:email"));
    QCOMPARE(wizard->targetCombo(1)->currentData().toString(), QStringLiteral("skip"));
    QCOMPARE(why(wizard, 1), QStringLiteral("remembered"));
    QCOMPARE(wizard->targetCombo(2)->currentData().toString(), QStringLiteral("field:notes"));
    shoot(wizard, "import_wizard_remembered");
    finishImport(wizard);
    wizard->accept();
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT notes FROM leads WHERE email = 'cat@c.example'")),
        QStringLiteral("call back"));
}

void TestDailyFlow::fullNameIsSplit()
{
    const QString csv = m_dir.filePath(QStringLiteral("names.csv"));
    writeFile(csv,
        "Full name,Email\nMary van der Berg,mary@berg.example\n\"Doe, John\",john@doe.example\n"
        "Cher,cher@solo.example\n");
    ImportWizard* wizard = openWizard(csv);
    wizard->next();
    QCOMPARE(wizard->targetCombo(0)->currentData().toString(), QStringLiteral("split:given-first"));
    QCOMPARE(why(wizard, 0), QStringLiteral("by name"));
    finishImport(wizard);
    wizard->accept();
    QCOMPARE(
        text(*m_workspace,
            QStringLiteral("SELECT group_concat(first_name || '|' || last_name, ';') FROM (SELECT * FROM "
                           "leads WHERE email IN ('mary@berg.example', 'john@doe.example', "
                           "'cher@solo.example') ORDER BY id)")),
        QStringLiteral("Mary|van der Berg;John|Doe;Cher|"));
}

void TestDailyFlow::importIsUndone()
{
    // An import that adds two leads and fills an empty field of a lead it merges into.
    const qint64 before = leads();
    QVERIFY(text(*m_workspace, QStringLiteral("SELECT title FROM leads WHERE email = 'cat@c.example'"))
                .isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("more.csv"));
    writeFile(csv, "Email,Title\ncat@c.example,Founder\nnew1@x.example,CEO\nnew2@x.example,CTO\n");
    ImportWizard* wizard = openWizard(csv);
    wizard->next();
    finishImport(wizard);
    QCOMPARE(wizard->result().merged, 1);
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(before + 2), 10000);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT title FROM leads WHERE email = 'cat@c.example'")),
        QStringLiteral("Founder"));

    // Edit › Undo Import asks first, naming the file and what goes.
    QSignalSpy asked(m_window->files(), &ImportExport::undoImportAsked);
    m_window->findChild<QAction*>(QStringLiteral("undoImportAction"))->trigger();
    QVERIFY(asked.wait(5000));
    auto* question = asked.first().at(0).value<QMessageBox*>();
    QVERIFY(question->text().contains(u"more.csv"));
    QVERIFY2(question->informativeText().contains(u"The 2 leads it added are deleted"),
        qPrintable(question->informativeText()));
    shoot(question, "undo_import_question");
    question->findChild<QPushButton*>(QStringLiteral("undoImportButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(leads(), before, 10000);
    // A job of the window's queue, which tells the outcome.
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Import of more.csv undone."));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(before), 10000);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT title FROM leads WHERE email = 'cat@c.example'")),
        QString());

    // From a lead's history: its import's entry links to undoing that import.
    const qint64 importId = scalar(
        *m_workspace, QStringLiteral("SELECT import_id FROM leads WHERE email = 'mary@berg.example'"));
    QSignalSpy requested(m_window->detailPanel(), &DetailPanel::undoImportRequested);
    QSignalSpy asked2(m_window->files(), &ImportExport::undoImportAsked);
    Q_EMIT m_window->detailPanel()
        ->findChild<QLabel*>(QStringLiteral("historyLabel"))
        ->linkActivated(QStringLiteral("undo-import:%1").arg(importId));
    QCOMPARE(requested.size(), 1);
    QVERIFY(asked2.wait(5000));
    question = asked2.first().at(0).value<QMessageBox*>();
    QVERIFY(question->text().contains(u"names.csv"));
    question->findChild<QPushButton*>(QStringLiteral("undoImportButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(leads(), before - 3, 10000);
}

void TestDailyFlow::exportProfiles()
{
    QSettings().remove(QStringLiteral("export"));
    ExportDialog* dialog = m_window->openExportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->profileCombo()->currentData().toString(), QStringLiteral("csv"));
    QCOMPARE(dialog->delimiterCombo()->currentData().toString(), QStringLiteral(","));
    const auto choose = [dialog](const char* id) {
        dialog->profileCombo()->setCurrentIndex(dialog->profileCombo()->findData(QLatin1StringView(id)));
    };
    // Excel: a BOM, escaping, and the list separator of the system's language.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    choose("excel");
    QVERIFY(dialog->bomCheck()->isChecked());
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("escapeCheckBox"))->isChecked());
    QCOMPARE(dialog->delimiterCombo()->currentData().toString(), QStringLiteral(";"));
    QLocale::setDefault(QLocale::c());
    choose("sheets");
    QVERIFY(!dialog->bomCheck()->isChecked());
    QCOMPARE(dialog->delimiterCombo()->currentData().toString(), QStringLiteral(","));
    // A CRM: its names for the built-in fields, no escaping.
    choose("hubspot");
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("escapeCheckBox"))->isChecked());
    const QString note = dialog->findChild<QLabel*>(QStringLiteral("profileNoteLabel"))->text();
    QVERIFY2(note.contains(u"First Name") && note.contains(u"Job Title"), qPrintable(note));
    shoot(dialog, "export_dialog_profiles");

    QListWidget* list = dialog->columnList();
    for (int i = 0; i < list->count(); ++i) {
        const QString sqlName = list->item(i)->data(Qt::UserRole).toString();
        list->item(i)->setCheckState(sqlName == u"email" || sqlName == u"last_name" || sqlName == u"notes"
                ? Qt::Checked
                : Qt::Unchecked);
    }
    const QString file = m_dir.filePath(QStringLiteral("hubspot.csv"));
    // The dialog stays open while the export runs, then says what it wrote; Cancel becomes Close.
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    dialog->showRunning(m_window->files()->exportTo(dialog->plan(file)));
    QVERIFY(exported.wait(10000));
    auto* outcome = dialog->findChild<QLabel*>(QStringLiteral("exportOutcomeLabel"));
    QVERIFY2(outcome->text().contains(u" leads to ") && outcome->text().endsWith(u"hubspot.csv"),
        qPrintable(outcome->text()));
    QCOMPARE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text(),
        QStringLiteral("&Close"));
    shoot(dialog, "export_dialog_done");
    dialog->reject();
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray header = written.readLine();
    QCOMPARE(header, QByteArray("Last Name,Email,Notes\r\n"));

    // The next export starts where this one went.
    dialog = m_window->openExportDialog();
    QCOMPARE(dialog->profileCombo()->currentData().toString(), QStringLiteral("hubspot"));
    dialog->reject();
    QSettings().remove(QStringLiteral("export"));
}

void TestDailyFlow::gettingStartedPage()
{
    QAction* action = nullptr;
    for (QAction* candidate : m_window->findChildren<QAction*>()) {
        if (candidate->text() == u"&Getting Started")
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("gettingStartedDialog"));
    QVERIFY(dialog);
    auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("gettingStartedBrowser"));
    QVERIFY(browser->toPlainText().contains(u"File › Import CSV"));
    // Its links lead to the README's sections.
    QVERIFY(browser->toHtml().contains(u"README.md#import"));
    QVERIFY(QFile::exists(QStringLiteral(LEADSYNC_SOURCE_DIR "/README.md")));
    shoot(dialog, "getting_started");
    dialog->close();
}

void TestDailyFlow::toolbarHasTheDaysCommands()
{
    auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QStringList shown;
    for (QAction* action : toolBar->actions()) {
        if (action->isSeparator() || action->iconText().isEmpty())
            continue;
        QVERIFY2(
            !action->icon().isNull() && !action->icon().pixmap(16).isNull(), qPrintable(action->iconText()));
        shown.append(action->iconText());
    }
    QCOMPARE(shown,
        (QStringList { QStringLiteral("Import"), QStringLiteral("Export"), QStringLiteral("Add Column"),
            QStringLiteral("Run"), QStringLiteral("Filter"), QStringLiteral("Campaign") }));
    // Run lists the computed columns; without one, it offers to add one.
    auto* runMenu = m_window->findChild<QMenu*>(QStringLiteral("toolbarRunMenu"));
    Q_EMIT runMenu->aboutToShow();
    QCOMPARE(runMenu->actions().size(), 1);
    QVERIFY(runMenu->actions().first()->text().startsWith(u"No computed column yet"));
    // Filter adds a condition row to the bar.
    auto* bar = m_window->findChild<FilterBar*>(QStringLiteral("filterBar"));
    const int rows = bar->conditionRowCount();
    for (QAction* action : toolBar->actions()) {
        if (action->iconText() == u"Filter")
            action->trigger();
    }
    QCOMPARE(bar->conditionRowCount(), rows + 1);
    bar->setConditions({});
}

void TestDailyFlow::detailsThatCostTrust()
{
    // Settings name the language "System" stands for.
    SettingsDialog settings(m_window.get());
    QCOMPARE(settings.findChild<QComboBox*>(QStringLiteral("languageComboBox"))->itemText(0),
        QStringLiteral("System (English)"));

    // A dialog is wide enough for its whole title, a message box too.
    {
        const QString title = QStringLiteral("Run Personalised opening line for the Q4 DACH founders list");
        QMessageBox box(QMessageBox::Question, title, QStringLiteral("Compute 12 cells?"), QMessageBox::Ok,
            m_window.get());
        box.show();
        QTRY_VERIFY(box.width() >= TitleRoom::widthFor(title));
    }

    // A window saved on a bigger monitor opens within today's screen.
    {
        QWidget big;
        big.setGeometry(4000, 3000, 5000, 4000);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), big.saveGeometry());
        MainWindow window;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(window.x())
                           .arg(window.y())
                           .arg(window.width())
                           .arg(window.height())));
        QSettings().remove(QStringLiteral("mainWindow/geometry"));
    }

    // Long text (notes, an AI pitch) in a field that grows with it; short text in one line.
    DetailPanel* panel = m_window->detailPanel();
    auto* notes = panel->findChild<TextField*>(QStringLiteral("notesEdit"));
    QVERIFY(notes);
    QVERIFY(qobject_cast<QLineEdit*>(panel->editor(QStringLiteral("email"))));
    const ColumnList& columns = m_window->model()->columns();
    QStringList values(columns.size());
    const auto at = [&columns](const char* sqlName) {
        return int(std::find_if(columns.cbegin(), columns.cend(), [sqlName](const Column& c) {
            return c.sqlName == QLatin1StringView(sqlName);
        }) - columns.cbegin());
    };
    values[at("first_name")] = QStringLiteral("Jürgen");
    values[at("notes")] = QStringLiteral("Short.");
    panel->showLead(1, values);
    const int oneLine = notes->sizeHint().height();
    values[at("notes")] = QStringLiteral(
        "Met at the Berlin trade fair. Runs three bakeries and wants a fourth; asked for references from "
        "other family businesses.\n- called on Monday, left a message\n- sent the case study on Tuesday\n"
        "Next: follow up after the holidays, mention the Munich client who doubled online orders.");
    panel->showLead(1, values);
    QTRY_VERIFY(notes->height() > 3 * oneLine);
    QVERIFY(notes->sizeHint().height() <= oneLine * TextField::kMaxLines);
    QCOMPARE(panel->shownValue(QStringLiteral("notes")), values[at("notes")]);
    shoot(panel, "detail_panel_long_text");
    panel->showLead(0, {});

    // A reversed sort arrow does not outlive the workspace it sorted.
    QHeaderView* header = m_window->tableView()->horizontalHeader();
    header->setSortIndicator(1, Qt::DescendingOrder);
    QTRY_COMPARE(m_window->model()->query().sortOrder, Qt::DescendingOrder);
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_dir.filePath(QStringLiteral("other.leadsync")));
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_window->model()->query().sortColumn, QStringLiteral("id"));
    QCOMPARE(header->sortIndicatorSection(), -1);
    m_window->openWorkspace(m_dir.filePath(QStringLiteral("daily.leadsync")));
    QVERIFY(opened.wait(10000));
}

void TestDailyFlow::filtersPickValuesAndJoinWithOr()
{
    auto* bar = m_window->findChild<FilterBar*>(QStringLiteral("filterBar"));
    bar->addCondition();
    auto* row = bar->findChildren<QWidget*>(QStringLiteral("conditionRow")).value(0);
    QVERIFY(row);
    auto* column = row->findChild<QComboBox*>(QStringLiteral("conditionColumnComboBox"));
    auto* op = row->findChild<QComboBox*>(QStringLiteral("conditionOperatorComboBox"));
    auto* value = row->findChild<QComboBox*>(QStringLiteral("conditionValueComboBox"));
    QVERIFY(row->findChild<QComboBox*>(QStringLiteral("conditionJoinComboBox"))->isHidden());
    column->setCurrentIndex(column->findData(QStringLiteral("city")));
    // The value box offers the column's values, most frequent first, with their counts.
    QTRY_VERIFY_WITH_TIMEOUT(value->count() >= 3, 5000);
    QVERIFY2(value->itemText(0).endsWith(u"(1)"), qPrintable(value->itemText(0)));
    QVERIFY(value->findData(QStringLiteral("München")) >= 0);
    // "is one of": each pick adds a value.
    op->setCurrentIndex(op->findData(int(LeadCondition::Op::IsOneOf)));
    for (const QString& city : { QStringLiteral("Köln"), QStringLiteral("München") })
        Q_EMIT value->activated(value->findData(city));
    QCOMPARE(value->currentText(), QStringLiteral("Köln, München"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->query().conditions.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 2, 5000);
    shoot(bar, "filter_value_picker");

    // A second condition joined by "or": either is enough.
    bar->addCondition();
    auto* second = bar->findChildren<QWidget*>(QStringLiteral("conditionRow")).value(1);
    auto* join = second->findChild<QComboBox*>(QStringLiteral("conditionJoinComboBox"));
    QVERIFY(!join->isHidden());
    join->setCurrentIndex(join->findData(true));
    auto* secondColumn = second->findChild<QComboBox*>(QStringLiteral("conditionColumnComboBox"));
    secondColumn->setCurrentIndex(secondColumn->findData(QStringLiteral("email")));
    auto* secondOp = second->findChild<QComboBox*>(QStringLiteral("conditionOperatorComboBox"));
    secondOp->setCurrentIndex(secondOp->findData(int(LeadCondition::Op::EndsWith)));
    second->findChild<QComboBox*>(QStringLiteral("conditionValueComboBox"))
        ->setEditText(QStringLiteral("@weiss.de"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->query().conditions.size(), 2, 5000);
    QVERIFY(m_window->model()->query().conditions.last().orWithPrevious);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 3, 5000);
    QVERIFY2(m_window->findChild<QLabel*>(QStringLiteral("filterLabel"))
                 ->text()
                 .contains(u" or Email ends with @weiss.de"),
        qPrintable(m_window->findChild<QLabel*>(QStringLiteral("filterLabel"))->text()));
    shoot(m_window.get(), "filter_or_group");
    bar->findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->query().conditions.size(), 0, 5000);
}

void TestDailyFlow::columnsChosenWrappedFrozenAndFitted()
{
    QTableView* table = m_window->tableView();
    QHeaderView* header = table->horizontalHeader();
    const ColumnList& columns = m_window->model()->columns();
    const auto logical = [&columns](const char* sqlName) {
        return int(std::find_if(columns.cbegin(), columns.cend(), [sqlName](const Column& c) {
            return c.sqlName == QLatin1StringView(sqlName);
        }) - columns.cbegin());
    };
    // View › Columns…: a search narrows the list; unticking hides the column at once.
    m_window->findChild<QAction*>(QStringLiteral("columnChooserAction"))->trigger();
    auto* chooser = m_window->findChild<QDialog*>(QStringLiteral("columnChooserDialog"));
    QVERIFY(chooser);
    auto* tree = chooser->findChild<QTreeWidget*>(QStringLiteral("columnChooserTree"));
    chooser->findChild<QLineEdit*>(QStringLiteral("columnSearchEdit"))->setText(QStringLiteral("comp"));
    QStringList listed;
    QTreeWidgetItem* company = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->isHidden())
            listed.append(tree->topLevelItem(i)->text(0));
        if (tree->topLevelItem(i)->text(0) == u"Company")
            company = tree->topLevelItem(i);
    }
    QCOMPARE(listed, QStringList { QStringLiteral("Company") });
    company->setCheckState(0, Qt::Unchecked);
    QVERIFY(header->isSectionHidden(logical("company")));
    company->setCheckState(0, Qt::Checked);
    QVERIFY(!header->isSectionHidden(logical("company")));
    // Wrap: the column's text on several lines, the rows taller.
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    chooser->findChild<QLineEdit*>(QStringLiteral("columnSearchEdit"))->setText(QStringLiteral("notes"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == u"Notes")
            tree->topLevelItem(i)->setCheckState(1, Qt::Checked);
    }
    QVERIFY(table->verticalHeader()->defaultSectionSize() > 2 * rowHeight);
    // Freeze the first two columns: they stay at the left while the table scrolls.
    chooser->findChild<QSpinBox*>(QStringLiteral("frozenColumnsSpinBox"))->setValue(2);
    shoot(chooser, "column_chooser");
    chooser->close();
    QTableView* frozen = m_window->findChild<QTableView*>(QStringLiteral("frozenTableView"));
    QTRY_VERIFY(frozen->isVisible());
    QCOMPARE(frozen->width(),
        header->sectionSize(header->logicalIndex(0)) + header->sectionSize(header->logicalIndex(1)));
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QVERIFY(header->sectionViewportPosition(header->logicalIndex(0)) < 0);
    QCOMPARE(frozen->horizontalHeader()->sectionViewportPosition(header->logicalIndex(0)), 0);
    QVERIFY(!frozen->horizontalHeader()->isSectionHidden(header->logicalIndex(1)));
    QVERIFY(frozen->horizontalHeader()->isSectionHidden(header->logicalIndex(2)));
    shoot(m_window.get(), "frozen_and_wrapped_columns");

    // A double click on a column's edge fits its width to the text.
    const int email = logical("email");
    header->resizeSection(email, 20);
    Q_EMIT header->sectionHandleDoubleClicked(email);
    QVERIFY2(header->sectionSize(email) > 100, qPrintable(QString::number(header->sectionSize(email))));

    // A column just added is shown and scrolled to.
    table->horizontalScrollBar()->setValue(0);
    Column added;
    {
        WorkspaceWriter::of(m_window->workspacePath())->run([&added](Workspace& workspace) {
            added = ColumnStore(workspace).add(QStringLiteral("Icebreaker"));
        });
    }
    ColumnList withNew = ColumnStore(*m_workspace).list();
    Q_EMIT m_window->findChild<ColumnsMenu*>()->columnsChanged(withNew);
    const int addedAt = int(m_window->model()->columns().size()) - 2; // before the campaigns column
    QCOMPARE(m_window->model()->columns().at(addedAt).sqlName, added.sqlName);
    QTRY_VERIFY(header->sectionViewportPosition(addedAt) >= 0
        && header->sectionViewportPosition(addedAt) + header->sectionSize(addedAt)
            <= table->viewport()->width());

    // Back to the plain layout for the tests after.
    auto* layout = m_window->findChild<ColumnLayout*>();
    layout->setFrozenCount(0);
    layout->setWrapped(QStringLiteral("notes"), false);
    QVERIFY(!frozen->isVisible());
    QCOMPARE(table->verticalHeader()->defaultSectionSize(), rowHeight);
}

void TestDailyFlow::viewSaysModifiedAndCampaignReplaces()
{
    auto* bar = m_window->findChild<FilterBar*>(QStringLiteral("filterBar"));
    auto* viewCombo = bar->findChild<QComboBox*>(QStringLiteral("viewComboBox"));
    const ColumnList& columns = m_window->model()->columns();
    bar->setConditions({ LeadCondition::parse(QStringLiteral("country = Deutschland"), columns) });
    Q_EMIT bar->conditionsChanged();
    m_window->findChild<SavedViewsController*>()->save(QStringLiteral("Germany"));
    QTRY_COMPARE(viewCombo->currentText(), QStringLiteral("Germany"));
    // A search departs from the view: it says so, and says so no more once the search is gone.
    m_window->searchEdit()->setText(QStringLiteral("anna"));
    QTRY_COMPARE_WITH_TIMEOUT(viewCombo->currentText(), QStringLiteral("Germany (modified)"), 5000);
    m_window->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(viewCombo->currentText(), QStringLiteral("Germany"), 5000);
    m_window->tableView()->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(viewCombo->currentText(), QStringLiteral("Germany (modified)"), 5000);
    shoot(bar, "view_modified");
    // Clear: no view is applied any more.
    bar->findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"))->click();
    QCOMPARE(viewCombo->currentText(), QStringLiteral("(none)"));

    // A campaign chosen in the panel replaces any condition on campaigns, keeping the others.
    bar->setConditions({ LeadCondition::parse(QStringLiteral("campaigns contains Q"), columns),
        LeadCondition::parse(QStringLiteral("country = Deutschland"), columns) });
    Q_EMIT bar->conditionsChanged();
    Q_EMIT m_window->findChild<CampaignPanel*>()->filterChosen(
        LeadCondition(campaignsColumn().sqlName, LeadCondition::Op::Equals, QStringLiteral("Spring")));
    const QList<LeadCondition> now = m_window->model()->query().conditions;
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).sqlName, QStringLiteral("country"));
    QCOMPARE(now.at(1).value, QStringLiteral("Spring"));
    QCOMPARE(bar->conditionRowCount(), 2); // the campaign shows in the bar
    bar->setConditions({});
    Q_EMIT bar->conditionsChanged();
    m_window->tableView()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void TestDailyFlow::duplicatesAreMergedAndUndone()
{
    // Two Annas (one address in two spellings) and a Lukas twice by name at his company.
    const QString csv = m_dir.filePath(QStringLiteral("dupes.csv"));
    writeFile(csv,
        "first_name,last_name,email,company,title,website\n"
        "Anna,Schröder,ANNA@schroeder.de ,Schröder AG,Vertriebsleiterin,schroeder.de\n"
        "Lukas,Weiß,l.weiss@gmail.com,Weiß & Partner,,weiss-partner.de\n");
    WorkspaceWriter::of(m_window->workspacePath())->runLong([&csv](Workspace& workspace) {
        ImportPlan plan = ImportPlan::prepare(csv, {}, ColumnStore(workspace).list());
        plan.dedupe = DedupeMode::None;
        Importer(workspace, plan).run();
    });
    m_window->model()->reload();
    const qint64 before = leads();

    auto* window = m_window->findChild<DuplicatesWindow*>();
    QSignalSpy scanned(window, &DuplicatesWindow::scanned);
    QSignalSpy shown(window, &DuplicatesWindow::groupShown);
    m_window->findChild<QAction*>(QStringLiteral("findDuplicatesAction"))->trigger();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(window->groupList()->count(), 2);
    QVERIFY(window->groupList()->item(0)->text().contains(u"same email"));
    QVERIFY(window->groupList()->item(1)->text().contains(u"same name and company"));
    QVERIFY(shown.wait(5000) || shown.size() > 0);
    // The kept lead had no website: the other's is picked by default. The user picks the other title.
    QTableWidget* table = window->mergeTable();
    QCOMPARE(table->columnCount(), 2);
    const auto rowOf = [table](const char* field) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->verticalHeaderItem(row)->text() == QLatin1StringView(field))
                return row;
        }
        return -1;
    };
    QVERIFY(table->item(rowOf("Website"), 1)->font().bold());
    QVERIFY(table->item(rowOf("Title"), 0)->font().bold());
    window->choose(rowOf("Title"), 1);
    QVERIFY(table->item(rowOf("Title"), 1)->font().bold() && !table->item(rowOf("Title"), 0)->font().bold());
    shoot(window, "duplicates_view");
    const qint64 kept = scalar(*m_workspace,
        QStringLiteral("SELECT min(id) FROM leads WHERE lower(trim(email)) = 'anna@schroeder.de'"));
    window->mergeCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(leads(), before - 1, 10000);
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT email || '|' || title || '|' || website FROM leads WHERE id = %1")
                     .arg(kept)),
        QStringLiteral("anna@schroeder.de|Vertriebsleiterin|schroeder.de"));
    // The list is found again: Lukas' group is left.
    QTRY_COMPARE_WITH_TIMEOUT(window->groupList()->count(), 1, 10000);

    // Edit › Undo puts the merged lead back and the kept one as it was.
    m_window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(leads(), before, 10000);
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT email || '|' || title || '|' || website FROM leads WHERE id = %1")
                     .arg(kept)),
        QStringLiteral("anna@schroeder.de|Leiterin Vertrieb|"));
    QTRY_COMPARE_WITH_TIMEOUT(window->groupList()->count(), 2, 10000);

    // Merge All Shown: every group, blanks filled, one undoable step.
    window->mergeAllShown();
    QTRY_COMPARE_WITH_TIMEOUT(leads(), before - 2, 10000);
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT phone || '|' || website FROM leads WHERE email = 'lukas@weiss.de'")),
        QStringLiteral("0171 2345678|weiss-partner.de"));
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("duplicatesSummaryLabel"))
                                 ->text()
                                 .startsWith(u"No duplicates"),
        10000);
    m_window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(leads(), before, 10000);
    window->close();
}

void TestDailyFlow::jobsPanelListsRecentWork()
{
    // A template column run, to see a column run beside the imports and exports.
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Template;
    spec.templateText = QStringLiteral("Hi {{first_name|there}}");
    WorkspaceWriter::of(m_window->workspacePath())->run([&spec](Workspace& workspace) {
        ColumnStore(workspace).add(QStringLiteral("Greeting"), spec.kindName(), spec.toJson());
    });
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_window->workspacePath());
    QVERIFY(opened.wait(10000));
    RunOptions options;
    options.only = RunOptions::Only::All;
    m_window->findChild<ColumnRunPanel*>()->requestRun(QStringLiteral("Greeting"), options);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox*>(QStringLiteral("confirmRunMessageBox"))));
    QVERIFY(confirm->informativeText().startsWith(u"Free"));
    confirm->button(QMessageBox::Ok)->click();

    m_window->findChild<QAction*>(QStringLiteral("jobsPanelAction"))->trigger();
    auto* panel = m_window->findChild<JobsPanel*>();
    QTRY_VERIFY(panel->isVisible());
    QTreeWidget* list = panel->list();
    const auto entry = [list](const QString& title) -> QTreeWidgetItem* {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(JobsPanel::TitleColumn) == title)
                return list->topLevelItem(i);
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(entry(QStringLiteral("Computing Greeting"))
            && entry(QStringLiteral("Computing Greeting"))->text(JobsPanel::StateColumn) == u"Done",
        10000);
    QTreeWidgetItem* run = entry(QStringLiteral("Computing Greeting"));
    QCOMPARE(run->text(JobsPanel::CostColumn), QStringLiteral("free"));
    QVERIFY2(run->text(JobsPanel::ResultColumn).startsWith(u"Greeting: "),
        qPrintable(run->text(JobsPanel::ResultColumn)));
    QTreeWidgetItem* import = entry(QStringLiteral("Importing kontakte.csv"));
    QVERIFY(import);
    QCOMPARE(import->text(JobsPanel::StateColumn), QStringLiteral("Done"));
    QCOMPARE(import->text(JobsPanel::ResultColumn), QStringLiteral("3 new, 0 merged, 0 rejected"));
    QVERIFY(import->text(JobsPanel::RateColumn).isEmpty()
        || import->text(JobsPanel::RateColumn).endsWith(u"MB/s"));
    QTreeWidgetItem* exported = entry(QStringLiteral("Exporting hubspot.csv"));
    QVERIFY(exported);
    QVERIFY2(exported->text(JobsPanel::ResultColumn).contains(u"leads to "),
        qPrintable(exported->text(JobsPanel::ResultColumn)));
    QVERIFY(entry(QStringLiteral("Opening daily.leadsync")));
    // Newest first.
    QCOMPARE(list->topLevelItem(0), run);
    // A batch of outreach sends that did something is one; a tick with nothing due is none.
    OutreachEngine::TickResult tick;
    tick.sent = 3;
    tick.failed = 1;
    panel->outreachTicked(tick);
    panel->outreachTicked({});
    QCOMPARE(list->topLevelItem(0)->text(JobsPanel::TitleColumn), QStringLiteral("Sending due messages"));
    QCOMPARE(list->topLevelItem(0)->text(JobsPanel::ResultColumn),
        QStringLiteral("3 sent, 1 failed, 0 to retry, 0 unknown, 0 skipped"));
    QCOMPARE(list->topLevelItem(1), run);
    shoot(m_window.get(), "jobs_panel");
    m_window->findChild<QAction*>(QStringLiteral("jobsPanelAction"))->trigger();
}

void TestDailyFlow::sampleWorkspaceSaysSo()
{
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    const QString samplePath = m_dir.filePath(QStringLiteral("sample.leadsync"));
    m_window->openWorkspace(
        samplePath, QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/sample/sample_leads.csv"));
    QVERIFY(opened.wait(20000));
    auto* banner = m_window->findChild<QWidget*>(QStringLiteral("sampleBanner"));
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 300, 10000);
    shoot(m_window.get(), "sample_banner");

    // Importing into the sample offers a fresh workspace, named after the file, beside it.
    const QString csv = m_dir.filePath(QStringLiteral("my leads.csv"));
    writeFile(csv, "Email,First name\nmine@real.example,Real\n");
    QSignalSpy asked(m_window->files(), &ImportExport::sampleImportAsked);
    m_window->files()->importCsv(csv);
    QCOMPARE(asked.size(), 1);
    auto* question = asked.first().at(0).value<QMessageBox*>();
    shoot(question, "sample_import_question");
    question->findChild<QPushButton*>(QStringLiteral("freshWorkspaceButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->workspacePath(), m_dir.filePath(QStringLiteral("my leads.leadsync")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<ImportWizard*>(), 10000);
    ImportWizard* wizard = m_window->findChild<ImportWizard*>();
    QTRY_VERIFY(wizard->previewTable()->rowCount() == 1);
    wizard->next();
    finishImport(wizard);
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 1, 10000);
    QVERIFY(!banner->isVisible());

    // Back in the sample: Remove Sample Leads empties it, and it is a sample no more.
    m_window->openWorkspace(samplePath);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspacePath(), samplePath, 10000);
    QTRY_VERIFY(banner->isVisible());
    banner->findChild<QPushButton*>(QStringLiteral("removeSampleButton"))->click();
    Workspace sample(samplePath);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(sample, QStringLiteral("SELECT count(*) FROM leads")), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 0, 10000);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
    QCOMPARE(text(sample, QStringLiteral("SELECT value FROM meta WHERE key = 'sample_import'")), QString());
}

QTEST_MAIN(TestDailyFlow)
#include "tst_dailyflow.moc"
