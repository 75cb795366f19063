// The real main window, offscreen: first start on the sample, search, sort, selection and details.
// Also writes screenshots to <build>/tests/screenshots for a person to look at.
#include "../HttpTestServer.h"
#include "../TestSupport.h"
#include "campaigns/CampaignPanel.h"
#include "columns/AutoRun.h"
#include "columns/ColumnDefinition.h"
#include "columns/ColumnEditor.h"
#include "columns/ColumnRunPanel.h"
#include "columns/ColumnRunner.h"
#include "columns/ColumnSpec.h"
#include "detail/DetailPanel.h"
#include "detail/TextField.h"
#include "export/ExportDialog.h"
#include "filter/FilterBar.h"
#include "import/ImportWizard.h"
#include "main/MainWindow.h"
#include "main/TableActions.h"
#include "settings/Language.h"
#include "settings/PricesDialog.h"
#include "table/LeadTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace LeadSync;
using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStartShowsTheSample();
    void searchFiltersAsYouType();
    void headerClickSorts();
    void selectionShowsDetails();
    void editInPanelUndoRedo();
    void invalidEmailIsFlagged();
    void cellEditIsUndoable();
    void pasteAndBulkEditAreUndoable();
    void bulkActionsReachEverySelectedRow();
    void addAndDeleteAreUndoable();
    void hiddenColumnsAreRemembered();
    void importThroughWizard();
    void exportThroughDialog();
    void campaignsFromTheSelection();
    void filterBarAndSavedViews();
    void runsAComputedColumn();
    void switchingWorkspaceDuringARun();
    void columnEditorPreviewsTriesAndSaves();
    void failedCellsShowTheirStatus();
    void interruptedRunResumes();
    void autoRunFollowsEdits();
    void modelPricesAreEditable();
    void crashReportIsOffered();
    void screenshots();

private:
    int columnOf(const char* sqlName) const;
    // <build>/tests/screenshots/<name><LEADSYNC_SCREENSHOT_SUFFIX>.png (the high-DPI run adds _hidpi).
    static QString screenshotPath(const char* name);
    QString firstCell(int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for expected values
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSyncTests"));
    // The import wizard's remembered corrections of an earlier run would change its mappings.
    QSettings().remove(QStringLiteral("import"));
    Language::install(*qApp, QStringLiteral("en")); // as the app does: English plurals ("1 lead")
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_dir.filePath(QStringLiteral("first.leadsync")),
        QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/sample/sample_leads.csv"));
    QVERIFY(opened.wait(20000));
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("first.leadsync")));
}

QString TestMainWindow::screenshotPath(const char* name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    if (!QDir().mkpath(folder))
        qFatal("cannot create %s", qPrintable(folder));
    return folder + u'/' + QLatin1String(name) + qEnvironmentVariable("LEADSYNC_SCREENSHOT_SUFFIX")
        + QStringLiteral(".png");
}

int TestMainWindow::columnOf(const char* sqlName) const
{
    const ColumnList& columns = m_window->model()->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].sqlName == QLatin1String(sqlName))
            return i;
    }
    qFatal("no column %s", sqlName);
}

QString TestMainWindow::firstCell(int column) const
{
    return m_window->model()->data(m_window->model()->index(0, column)).toString();
}

void TestMainWindow::firstStartShowsTheSample()
{
    const int leads = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")));
    QVERIFY(leads > 300);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), leads, 10000);
    QTRY_COMPARE(firstCell(columnOf("email")),
        text(*m_workspace, QStringLiteral("SELECT email FROM leads ORDER BY id LIMIT 1")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("first")));
    // The window as a newcomer first sees it: the sample workspace, the first lead selected.
    m_window->tableView()->setCurrentIndex(m_window->model()->index(0, 0));
    QTRY_VERIFY(m_window->detailPanel()->leadId() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentJob(), 10000);
    // Its history: imported from the sample.
    QTRY_COMPARE(m_window->detailPanel()->historyLines().size(), 1);
    QVERIFY(m_window->detailPanel()->historyLines().first().endsWith(
        QStringLiteral("Imported from sample_leads.csv")));
    QVERIFY(m_window->grab().save(screenshotPath("main_window")));
}

void TestMainWindow::searchFiltersAsYouType()
{
    // The full-text index is filled in the background after opening; the search waits for nothing.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->currentJob(), 10000);
    QTest::keyClicks(m_window->searchEdit(), QStringLiteral("acme"));
    const int expected = int(scalar(
        *m_workspace, QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH '\"acme\"*'")));
    QVERIFY(expected > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), expected, 5000);
    QTRY_VERIFY(m_window->model()->isRowCountKnown());
    // An address is a word the tokenizer splits: its parts must stand in a row in one field, so a
    // lead's whole address finds the leads with that address, whatever its case.
    const QString email = text(*m_workspace,
        QStringLiteral("SELECT email FROM leads WHERE email LIKE '%_@_%.%' ORDER BY id LIMIT 1"));
    m_window->searchEdit()->setText(email.toUpper());
    const int withEmail = int(scalar(*m_workspace,
        QStringLiteral("SELECT count(*) FROM leads WHERE lower(email) = '%1'").arg(email.toLower())));
    QVERIFY(withEmail > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), withEmail, 5000);
    QVERIFY(m_window->grab().save(screenshotPath("search_address")));
    m_window->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(),
        int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"))), 5000);
}

void TestMainWindow::headerClickSorts()
{
    const int company = columnOf("company");
    QHeaderView* header = m_window->tableView()->horizontalHeader();
    const QPoint centre(
        header->sectionViewportPosition(company) + header->sectionSize(company) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(m_window->model()->query().sortColumn, QStringLiteral("company"));
    const QString expected = text(*m_workspace,
        QStringLiteral("SELECT COALESCE(company, '') FROM leads ORDER BY "
                       "COALESCE(company, '') COLLATE NOCASE %1, id %1 LIMIT 1")
            .arg(m_window->model()->query().sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                                            : QStringLiteral("DESC")));
    QTRY_COMPARE(firstCell(company), expected);
}

void TestMainWindow::selectionShowsDetails()
{
    QTableView* table = m_window->tableView();
    QTRY_VERIFY(m_window->model()->isLoaded(3));
    const int email = columnOf("email");
    table->setFocus();
    table->setCurrentIndex(m_window->model()->index(3, email));
    const QString shown = m_window->model()->data(m_window->model()->index(3, email)).toString();
    QTRY_COMPARE(m_window->detailPanel()->shownValue(QStringLiteral("email")), shown);
    QCOMPARE(m_window->detailPanel()->leadId(), m_window->model()->leadId(3));
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_COMPARE(m_window->detailPanel()->leadId(), m_window->model()->leadId(4));
}

void TestMainWindow::editInPanelUndoRedo()
{
    const qint64 lead = m_window->detailPanel()->leadId();
    QVERIFY(lead > 0);
    const QString sql = QStringLiteral("SELECT COALESCE(first_name, '') FROM leads WHERE id = %1").arg(lead);
    const QString before = text(*m_workspace, sql);
    auto* edit = qobject_cast<QLineEdit*>(m_window->detailPanel()->editor(QStringLiteral("first_name")));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    const int commands = m_window->undoStack()->count();
    QTest::keyClicks(edit, QStringLiteral("Zed"));
    QTRY_COMPARE(text(*m_workspace, sql), QStringLiteral("Zed"));
    QCOMPARE(m_window->undoStack()->count(), commands + 1); // one burst of typing, one step
    // One event in the history too, newest first.
    const auto lastEvent = [this] { return m_window->detailPanel()->historyLines().value(0); };
    QTRY_VERIFY2(lastEvent().endsWith(QStringLiteral("First name changed from “%1” to “Zed”").arg(before)),
        qPrintable(lastEvent()));
    QCOMPARE(m_window->detailPanel()->historyLines().size(), 2);
    const int row = m_window->tableView()->currentIndex().row();
    QCOMPARE(m_window->model()->data(m_window->model()->index(row, columnOf("first_name"))).toString(),
        QStringLiteral("Zed"));

    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(text(*m_workspace, sql), before);
    QTRY_COMPARE(edit->text(), before);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(text(*m_workspace, sql), QStringLiteral("Zed"));
    m_window->undoStack()->undo();
    QTRY_COMPARE(text(*m_workspace, sql), before);
}

void TestMainWindow::invalidEmailIsFlagged()
{
    auto* edit = qobject_cast<QLineEdit*>(m_window->detailPanel()->editor(QStringLiteral("email")));
    QVERIFY(edit);
    QVERIFY(!m_window->detailPanel()->isFlagged(QStringLiteral("email")));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("not an email"));
    QVERIFY(m_window->detailPanel()->isFlagged(QStringLiteral("email")));
    QVERIFY(!edit->toolTip().isEmpty());
    // Flagged, and kept: the consultant decides.
    const QString sql
        = QStringLiteral("SELECT email FROM leads WHERE id = %1").arg(m_window->detailPanel()->leadId());
    QTRY_COMPARE(text(*m_workspace, sql), QStringLiteral("not an email"));
    m_window->undoStack()->undo();
    QTRY_VERIFY(text(*m_workspace, sql).contains(u'@'));
    QTRY_VERIFY(!m_window->detailPanel()->isFlagged(QStringLiteral("email")));
}

void TestMainWindow::cellEditIsUndoable()
{
    LeadTableModel* model = m_window->model();
    const QModelIndex cell = model->index(6, columnOf("city"));
    QTRY_VERIFY(model->isLoaded(6));
    const qint64 lead = model->leadId(6);
    const QString sql = QStringLiteral("SELECT COALESCE(city, '') FROM leads WHERE id = %1").arg(lead);
    const QString before = text(*m_workspace, sql);
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(model->setData(cell, QStringLiteral("Ulaanbaatar")));
    QTRY_COMPARE(text(*m_workspace, sql), QStringLiteral("Ulaanbaatar"));
    QCOMPARE(cell.data().toString(), QStringLiteral("Ulaanbaatar"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit City"));
    m_window->undoStack()->undo();
    QTRY_COMPARE(text(*m_workspace, sql), before);
    QCOMPARE(cell.data().toString(), before);
}

void TestMainWindow::pasteAndBulkEditAreUndoable()
{
    LeadTableModel* model = m_window->model();
    QTableView* table = m_window->tableView();
    QTRY_VERIFY(model->isLoaded(11));
    const int city = columnOf("city");
    const QList<qint64> leads { model->leadId(10), model->leadId(11) };
    const auto cities = [this, &leads] {
        return text(*m_workspace,
            QStringLiteral("SELECT group_concat(city || '|' || country, ';') FROM (SELECT city, country "
                           "FROM leads WHERE id IN (%1, %2) ORDER BY id)")
                .arg(leads[0])
                .arg(leads[1]));
    };
    const QString before = cities();
    // City and Country are next to each other in the view: a 2 x 2 block from a spreadsheet.
    QApplication::clipboard()->setText(QStringLiteral("Oslo\tNorway\r\nLima\tPeru\r\n"));
    table->setFocus();
    table->setCurrentIndex(model->index(10, city));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    const QString pasted = QStringLiteral("%1;%2").arg(
        leads[0] < leads[1] ? QStringLiteral("Oslo|Norway") : QStringLiteral("Lima|Peru"),
        leads[0] < leads[1] ? QStringLiteral("Lima|Peru") : QStringLiteral("Oslo|Norway"));
    QTRY_COMPARE(cities(), pasted);
    QCOMPARE(model->index(11, city).data().toString(), QStringLiteral("Lima"));
    m_window->undoStack()->undo(); // the whole paste in one step
    QTRY_COMPARE(cities(), before);

    const qint64 alreadyThere
        = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE city = 'Reykjavík'"));
    table->selectionModel()->select(
        QItemSelection(model->index(10, 0), model->index(11, 0)), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("bulkEditDialog"));
    QVERIFY(dialog);
    auto* field = dialog->findChild<QComboBox*>(QStringLiteral("fieldComboBox"));
    field->setCurrentIndex(field->findData(QStringLiteral("city")));
    dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("Reykjavík"));
    dialog->accept();
    QTRY_COMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE city = 'Reykjavík'")),
        alreadyThere + 2);
    m_window->undoStack()->undo();
    QTRY_COMPARE(cities(), before);
}

// Ctrl+A in a sorted, then a searched view, far more rows than the loaded pages: copy, Set Field and
// a pasted value reach every selected lead, in the table's order, never a blank row.
void TestMainWindow::bulkActionsReachEverySelectedRow()
{
    LeadTableModel* model = m_window->model();
    QTableView* table = m_window->tableView();
    const int all = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")));
    model->setSort(QStringLiteral("company"), Qt::DescendingOrder);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == all);
    QTRY_VERIFY(model->isLoaded(0));
    QVERIFY(!model->isLoaded(all - 1)); // the selection goes beyond the loaded pages
    const int city = columnOf("city");
    const int country = columnOf("country");
    m_window->activateWindow(); // shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    table->selectionModel()->select(QItemSelection(model->index(0, city), model->index(all - 1, country)),
        QItemSelectionModel::ClearAndSelect);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
    QSqlQuery expected(m_workspace->database());
    QVERIFY(expected.exec(
        QStringLiteral("SELECT city, country FROM leads ORDER BY company COLLATE NOCASE DESC, id DESC")));
    QString lines;
    while (expected.next())
        lines += expected.value(0).toString() + u'\t' + expected.value(1).toString() + u'\n';
    QCOMPARE(QApplication::clipboard()->text(), lines);

    // Set Field on all of them: one undo step for every lead.
    table->selectAll();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("bulkEditDialog"));
    QVERIFY(dialog);
    auto* field = dialog->findChild<QComboBox*>(QStringLiteral("fieldComboBox"));
    field->setCurrentIndex(field->findData(QStringLiteral("title")));
    dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("Founder"));
    const qint64 founders
        = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE title = 'Founder'"));
    dialog->accept();
    QTRY_COMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE title = 'Founder'")), all);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit of %1 fields").arg(all - founders));
    m_window->undoStack()->undo();
    QTRY_COMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE title = 'Founder'")), founders);

    // A search: a pasted value over the whole selection reaches exactly the matching leads.
    model->setFilter({}, QStringLiteral("acme"));
    QTRY_VERIFY(model->isRowCountKnown());
    const int matching = model->rowCount();
    QVERIFY(matching > 1);
    m_window->activateWindow(); // the dialog had it: shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    table->setCurrentIndex(model->index(0, city));
    table->selectAll();
    QApplication::clipboard()->setText(QStringLiteral("Atlantis"));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE city = 'Atlantis'")), matching);
    QCOMPARE(
        scalar(*m_workspace,
            QStringLiteral("SELECT count(*) FROM leads WHERE city = 'Atlantis' AND id NOT IN (SELECT rowid "
                           "FROM leads_fts WHERE leads_fts MATCH '\"acme\"*')")),
        0);
    m_window->undoStack()->undo();
    QTRY_COMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE city = 'Atlantis'")), 0);
    model->setFilter({}, {});
    model->setSort(QStringLiteral("id"), Qt::AscendingOrder);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == all);
}

// Every column of the given leads, as text: to check that an undone delete restores them exactly.
static QString snapshotOf(Workspace& workspace, const QList<qint64>& ids)
{
    QStringList idTexts;
    for (const qint64 id : ids)
        idTexts.append(QString::number(id));
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("SELECT * FROM leads WHERE id IN (%1) ORDER BY id").arg(idTexts.join(u',')));
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells.append(query.value(i).toString());
        rows.append(cells.join(u'|'));
    }
    return rows.join(QChar(0x1e)); // notes may hold line breaks: rows are separated by RS
}

void TestMainWindow::addAndDeleteAreUndoable()
{
    QTableView* table = m_window->tableView();
    LeadTableModel* model = m_window->model();
    const qint64 count = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"));
    // Shortcuts reach the active window only; a dialog of an earlier test may have taken activation.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), count + 1);
    const qint64 added = scalar(*m_workspace, QStringLiteral("SELECT max(id) FROM leads"));
    QTRY_COMPARE(model->rowCount(), int(count + 1));
    m_window->undoStack()->undo();
    QTRY_COMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), count);
    m_window->undoStack()->redo();
    QTRY_COMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE id = %1").arg(added)), 1);
    m_window->undoStack()->undo();
    QTRY_COMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")), count);
    QTRY_COMPARE(model->rowCount(), int(count));

    QTRY_VERIFY(model->isLoaded(21));
    const QList<qint64> ids { model->leadId(20), model->leadId(21) };
    const QString before = snapshotOf(*m_workspace, ids);
    QCOMPARE(before.count(QChar(0x1e)), 1); // both leads
    table->selectionModel()->select(
        QItemSelection(model->index(20, 0), model->index(21, 0)), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(snapshotOf(*m_workspace, ids), QString());
    QTRY_COMPARE(model->rowCount(), int(count - 2));
    m_window->undoStack()->undo();
    QTRY_COMPARE(snapshotOf(*m_workspace, ids), before); // timestamps and import source included
    QTRY_COMPARE(model->rowCount(), int(count));
}

void TestMainWindow::hiddenColumnsAreRemembered()
{
    QHeaderView* header = m_window->tableView()->horizontalHeader();
    const int phone = columnOf("phone");
    header->setSectionHidden(phone, true);
    header->moveSection(header->visualIndex(columnOf("email")), 0);
    m_window->close(); // saves the layout, as quitting does
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_window->workspacePath());
    QVERIFY(opened.wait(10000));
    m_window->show();
    QVERIFY(m_window->tableView()->horizontalHeader()->isSectionHidden(phone));
    QCOMPARE(m_window->tableView()->horizontalHeader()->logicalIndex(0), columnOf("email"));
    QHeaderView* restored = m_window->tableView()->horizontalHeader();
    restored->setSectionHidden(phone, false);
    restored->moveSection(0, columnOf("email")); // back to where it was: visual position = logical index
    QCOMPARE(restored->visualIndex(columnOf("email")), columnOf("email"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isRowCountKnown(), 10000);
}

void TestMainWindow::importThroughWizard()
{
    const QString csv = m_dir.filePath(QStringLiteral("wizard.csv"));
    writeFile(csv,
        "Mail;Given name;Shoe "
        "Size\r\nzed@new.example;Zed;44\r\nyan@new.example;Yan;41\r\nbad@x;B;1;EXTRA\r\n");
    const int before = m_window->model()->rowCount();
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(folder));

    ImportWizard* wizard = m_window->openImportWizard(csv);
    QVERIFY(wizard);
    QTRY_COMPARE(wizard->previewTable()->rowCount(), 3);
    QCOMPARE(wizard->plan().dialect.delimiter, ';');
    QCOMPARE(wizard->previewTable()->item(0, 1)->text(), QStringLiteral("Zed"));
    QVERIFY(wizard->grab().save(screenshotPath("import_wizard_preview")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard->targetCombo(0)->currentData().toString(),
        QStringLiteral("field:email")); // "Mail" is an alias
    QCOMPARE(wizard->targetCombo(1)->currentData().toString(), QStringLiteral("field:first_name"));
    QCOMPARE(wizard->targetCombo(2)->currentData().toString(), QStringLiteral("new"));
    // Map "Mail" to a new column of its own instead of the email field.
    wizard->targetCombo(0)->setCurrentIndex(wizard->targetCombo(0)->findData(QStringLiteral("new")));
    QVERIFY(wizard->grab().save(screenshotPath("import_wizard_mapping")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));
    wizard->findChild<QCheckBox*>(QStringLiteral("skipBadRowsCheckBox"))->setChecked(true);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isImportFinished(), 10000);
    QCOMPARE(wizard->result().imported, 2);
    QCOMPARE(wizard->result().rejected, 1);
    QCOMPARE(wizard->findChild<QTableWidget*>(QStringLiteral("rejectsTableWidget"))->item(0, 0)->text(),
        QStringLiteral("4"));
    QVERIFY(wizard->grab().save(screenshotPath("import_wizard_summary")));
    wizard->accept();

    QTRY_VERIFY_WITH_TIMEOUT(findColumn(m_window->model()->columns(), u"Shoe Size") != nullptr, 10000);
    QVERIFY(findColumn(m_window->model()->columns(), u"Mail") != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before + 2, 10000);
    const QString mail = findColumn(m_window->model()->columns(), u"Mail")->sqlName;
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT first_name || '/' || email || '/' || %1 FROM leads WHERE %1 = "
                                "'zed@new.example'")
                     .arg(mail)),
        QStringLiteral("Zed//zed@new.example"));
}

void TestMainWindow::exportThroughDialog()
{
    m_window->searchEdit()->setText(QStringLiteral("acme"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->query().searchText, QStringLiteral("acme"), 5000);
    ExportDialog* dialog = m_window->openExportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->filteredRadio()->isChecked()); // the current search, by default
    // Each choice says how many rows it exports; the whole workspace is counted in the background.
    const qint64 all = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"));
    QTRY_COMPARE(dialog->findChild<QRadioButton*>(QStringLiteral("allRadioButton"))->text(),
        QStringLiteral("&All leads (%L1)").arg(all));
    // The table's count, also when it is still counting as the dialog opens.
    QTRY_VERIFY(m_window->model()->isRowCountKnown()
        && dialog->filteredRadio()->text().endsWith(
            QStringLiteral("(%L1)").arg(m_window->model()->rowCount())));
    QListWidget* list = dialog->columnList();
    for (int i = 0; i < list->count(); ++i) {
        const QString sqlName = list->item(i)->data(Qt::UserRole).toString();
        list->item(i)->setCheckState(
            sqlName == u"email" || sqlName == u"first_name" ? Qt::Checked : Qt::Unchecked);
    }
    dialog->profileCombo()->setCurrentIndex(dialog->profileCombo()->findData(QStringLiteral("csv")));
    dialog->bomCheck()->setChecked(true);
    QVERIFY(dialog->grab().save(screenshotPath("export_dialog")));

    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::exported);
    m_window->exportTo(dialog->plan(file));
    dialog->reject();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
    QCOMPARE(exported.first().at(1).toString(), QString());

    QByteArray expected = "\xEF\xBB\xBF"
                          "First name,Email\r\n";
    // In the table's order, which an earlier test sorted by a column: empty values last.
    const LeadQuery& shown = m_window->model()->query();
    QVERIFY(shown.sortColumn != u"id");
    const QString direction
        = shown.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    SqlQuery query(m_workspace->database(),
        QStringLiteral(
            "SELECT first_name, email FROM leads WHERE id IN (SELECT rowid FROM "
            "leads_fts WHERE leads_fts MATCH '\"acme\"*') ORDER BY %1 = '', %1 COLLATE NOCASE %2, id %2")
            .arg(shown.sortColumn, direction));
    query.exec();
    int rows = 0;
    while (query.next()) {
        expected += query.value(0).toString().toUtf8() + ',' + query.value(1).toString().toUtf8() + "\r\n";
        ++rows;
    }
    QVERIFY(rows > 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected);
    m_window->searchEdit()->clear();
}

void TestMainWindow::campaignsFromTheSelection()
{
    QTableView* table = m_window->tableView();
    LeadTableModel* model = m_window->model();
    const int all = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")));
    QTRY_VERIFY(model->isLoaded(2));
    table->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(2, 1)), QItemSelectionModel::ClearAndSelect);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier); // Campaigns › Add Selected Leads to Campaign
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("campaignDialog"))));
    QVERIFY(dialog->windowTitle().contains(u'3'));
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("campaignComboBox"));
    QTest::keyClicks(combo, QStringLiteral("Launch"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("hintLabel"))
                ->text()
                .contains(QStringLiteral("new campaign")));
    dialog->accept();
    const QString members
        = QStringLiteral("SELECT count(*) FROM lead_campaigns lc JOIN campaigns c ON c.id = "
                         "lc.campaign_id WHERE c.name = 'Launch'");
    QTRY_COMPARE(scalar(*m_workspace, members), 3);
    QTRY_COMPARE(model->data(model->index(0, columnOf("campaigns"))).toString(), QStringLiteral("Launch"));
    QCOMPARE(model->data(model->index(3, columnOf("campaigns"))).toString(), QString());
    QVERIFY(!(model->flags(model->index(0, columnOf("campaigns"))) & Qt::ItemIsEditable));

    // Picking the campaign in the panel filters the table by it.
    auto* list = m_window->campaignPanel()->findChild<QListWidget*>(QStringLiteral("campaignListWidget"));
    QTRY_COMPARE(list->count(), 3); // all leads, not in a campaign, Launch
    QTRY_COMPARE(list->item(2)->text(), QStringLiteral("Launch (3)")); // counted in the background
    list->setCurrentRow(2);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == 3);
    QCOMPARE(m_window->filterBar()->conditions().size(), 1);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("filterLabel"))
                ->text()
                .contains(QStringLiteral("Campaigns is Launch")));

    // New campaign and its members are one step: undo takes both back, redo brings both.
    m_window->undoStack()->undo();
    QTRY_COMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM campaigns")), 0);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == 0);
    m_window->undoStack()->redo();
    QTRY_COMPARE(scalar(*m_workspace, members), 3);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == 3);

    // The lead's history tells it. The reload that follows the campaign change may still come and
    // clear the current row: it is chosen again until the history shows.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!table->currentIndex().isValid())
                table->setCurrentIndex(model->index(0, 0));
            return m_window->detailPanel()->historyLines().value(0).endsWith(
                QStringLiteral("Added to campaign Launch"));
        }(),
        15000);

    list->setCurrentRow(0); // all leads
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == all);
    QVERIFY(m_window->filterBar()->conditions().isEmpty());
}

void TestMainWindow::filterBarAndSavedViews()
{
    FilterBar* bar = m_window->filterBar();
    LeadTableModel* model = m_window->model();
    QHeaderView* header = m_window->tableView()->horizontalHeader();
    const int all = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(bar->conditionRowCount(), 1);
    QWidget* row = bar->findChildren<QWidget*>(QStringLiteral("conditionRow")).last();
    auto* column = row->findChild<QComboBox*>(QStringLiteral("conditionColumnComboBox"));
    column->setCurrentIndex(column->findData(QStringLiteral("country")));
    auto* value = row->findChild<QComboBox*>(QStringLiteral("conditionValueComboBox"));
    QTest::keyClicks(value, QStringLiteral("germany")); // applied when typing pauses; case does not matter
    const int germans
        = int(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE country = 'Germany'")));
    QVERIFY(germans > 0 && germans < all);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == germans);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("filterLabel"))
                ->text()
                .contains(QStringLiteral("Country is germany")));

    // Sorted by company, descending, without the phone column: saved as a view.
    header->setSortIndicator(columnOf("company"), Qt::DescendingOrder);
    header->setSectionHidden(columnOf("phone"), true);
    QSignalSpy viewsChanged(m_window.get(), &MainWindow::viewsChanged);
    m_window->saveView(QStringLiteral("Germany by company"));
    QVERIFY(viewsChanged.wait(5000));
    QCOMPARE(m_window->savedViews().size(), 1);
    QCOMPARE(bar->currentView(), QStringLiteral("Germany by company"));

    // Cleared, re-sorted, phone back; then the view brings it all back.
    bar->findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"))->click();
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == all);
    header->setSortIndicator(columnOf("first_name"), Qt::AscendingOrder);
    header->setSectionHidden(columnOf("phone"), false);
    auto* views = bar->findChild<QComboBox*>(QStringLiteral("viewComboBox"));
    const int index = views->findText(QStringLiteral("Germany by company"));
    QVERIFY(index > 0);
    views->setCurrentIndex(index);
    Q_EMIT views->activated(index);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == germans);
    QCOMPARE(model->query().sortColumn, QStringLiteral("company"));
    QCOMPARE(model->query().sortOrder, Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), columnOf("company"));
    QVERIFY(header->isSectionHidden(columnOf("phone")));
    QCOMPARE(bar->conditions().size(), 1);
    QTRY_COMPARE(model->data(model->index(0, columnOf("company"))).toString(),
        text(*m_workspace,
            QStringLiteral(
                "SELECT company FROM leads WHERE country = 'Germany' ORDER BY company COLLATE NOCASE DESC, "
                "id DESC LIMIT 1")));

    // Deleted; the table stays as it is.
    bar->findChild<QToolButton*>(QStringLiteral("deleteViewToolButton"))->click();
    QVERIFY(viewsChanged.wait(5000));
    QVERIFY(m_window->savedViews().isEmpty());
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM saved_views")), 0);
    bar->findChild<QToolButton*>(QStringLiteral("clearFiltersToolButton"))->click();
    header->setSectionHidden(columnOf("phone"), false);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_window->model()->setSort(QStringLiteral("id"), Qt::AscendingOrder);
    QTRY_VERIFY(model->isRowCountKnown() && model->rowCount() == all);
}

// A template column, added as leadsync-cli column add does, run from the Columns menu's flow: the
// plan to confirm, the run off the GUI thread, the values in the table, the summary.
void TestMainWindow::runsAComputedColumn()
{
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Template;
    spec.templateText = QStringLiteral("Hi {{first_name|there}}");
    const QByteArray sqlName = ColumnStore(*m_workspace)
                                   .add(QStringLiteral("Greeting"), spec.kindName(), spec.toJson())
                                   .sqlName.toLatin1();
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_window->workspacePath());
    QVERIFY(opened.wait(10000));
    LeadTableModel* model = m_window->model();
    const int greeting = columnOf(sqlName.constData());
    QTRY_VERIFY(model->isLoaded(0));

    // The Columns menu offers it, with every way to run it.
    auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("columnsMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    const QList<QAction*> entries = menu->actions();
    QCOMPARE(entries.first()->objectName(), QStringLiteral("addColumnAction"));
    const auto entry = std::find_if(entries.cbegin(), entries.cend(),
        [](const QAction* action) { return action->text() == u"Greeting"; });
    QVERIFY(entry != entries.cend());
    // edit, delete, a separator, five runs, resume, a separator, revert
    QCOMPARE((*entry)->menu()->actions().size(), 11);

    RunOptions options;
    options.only = RunOptions::Only::All;
    m_window->findChild<ColumnRunPanel*>()->requestRun(QStringLiteral("Greeting"), options);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox*>(QStringLiteral("confirmRunMessageBox"))));
    const qint64 leads = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"));
    QCOMPARE(confirm->text(), QStringLiteral("Compute %1 cells of Greeting?").arg(leads));
    confirm->button(QMessageBox::Ok)->click();
    const QString first = text(
        *m_workspace, QStringLiteral("SELECT first_name FROM leads WHERE id = %1").arg(model->leadId(0)));
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, greeting)).toString(),
        QStringLiteral("Hi %1").arg(first.isEmpty() ? QStringLiteral("there") : first), 10000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Greeting: %1 cells done").arg(leads)));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done'")),
        leads);

    // Reverted from the menu, after a question that says what it takes back: a job of the queue,
    // then the cells are empty again in the table.
    Q_EMIT menu->aboutToShow();
    const auto again = std::find_if(menu->actions().cbegin(), menu->actions().cend(),
        [](const QAction* action) { return action->text() == u"Greeting"; });
    QAction* revert = (*again)->menu()->actions().last();
    QCOMPARE(revert->text(), QStringLiteral("&Revert Last Run"));
    QVERIFY(revert->isEnabled());
    revert->trigger();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox*>(QStringLiteral("revertRunMessageBox"))));
    QVERIFY2(question->text().startsWith(u"Revert the last run of Greeting ("), qPrintable(question->text()));
    QVERIFY2(question->informativeText().startsWith(QStringLiteral("The %1 cells it computed").arg(leads)),
        qPrintable(question->informativeText()));
    question->findChild<QPushButton*>(QStringLiteral("revertRunButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
        QStringLiteral("Greeting: %1 cells restored.").arg(leads), 10000);
    QTRY_COMPARE(model->data(model->index(0, greeting)).toString(), QString());
    QCOMPARE(scalar(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM leads WHERE %1 <> ''").arg(QLatin1StringView(sqlName))),
        0);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM cell_states")), 0);
    // Once: there is nothing left to revert, and no question.
    revert->trigger();
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Greeting: its last run changed no cell, or was reverted already."));
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("revertRunMessageBox")));
}

// The column editor on an AI column against an OpenAI-compatible server on loopback: the preview
// shows the request for the selected lead, Try sends it with the key (from the environment variable of
// the key's name: the test machine has no keychain) and shows the answer without saving it, Save adds
// the column to the table.
// Another workspace opened while a run waits on a server that never answers: the window does not
// wait for the run, nothing of the old run reaches the new workspace's panel, and the old run ends
// cancelled (resumable).
void TestMainWindow::switchingWorkspaceDuringARun()
{
    HttpTestServer server([](const HttpTestServer::Request&) -> HttpTestServer::Reply {
        return { 200, {}, {}, 0, true }; // never answers
    });
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Webhook;
    spec.url = server.url("/slow?name={{first_name}}");
    spec.method = QStringLiteral("GET");
    spec.concurrency = 2;
    defineColumn(*m_workspace, QStringLiteral("Slow hook"), spec);
    const QString first = m_window->workspacePath();
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(first);
    QVERIFY(opened.wait(10000));
    auto* panel = m_window->findChild<ColumnRunPanel*>();
    panel->runAutomatically(QStringLiteral("Slow hook"), {});
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 2, 10000);

    QElapsedTimer clock;
    clock.start();
    m_window->openWorkspace(m_dir.filePath(QStringLiteral("other.leadsync")),
        QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/sample/sample_leads.csv"));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(opened.wait(20000));
    QTest::qWait(500); // anything the old run still sends would arrive now
    QVERIFY(!panel->isVisible());
    QVERIFY(!m_window->statusBar()->currentMessage().contains(u"Slow hook"));
    QTRY_COMPARE_WITH_TIMEOUT(
        text(*m_workspace, QStringLiteral("SELECT state FROM column_runs ORDER BY id DESC LIMIT 1")),
        QStringLiteral("cancelled"), 10000);

    ColumnStore(*m_workspace).remove(*findColumn(ColumnStore(*m_workspace).list(), u"Slow hook"));
    m_window->openWorkspace(first);
    QVERIFY(opened.wait(10000));
}

void TestMainWindow::columnEditorPreviewsTriesAndSaves()
{
    HttpTestServer server([](const HttpTestServer::Request& request) -> HttpTestServer::Reply {
        if (request.headers.value("authorization") != "Bearer sk-editor-test")
            return { 401, {}, R"({"error": {"message": "Incorrect API key provided"}})", 0, false };
        const QString prompt = HttpTestServer::promptOf(request);
        return { 200, {}, HttpTestServer::chatCompletion(QStringLiteral("Answer to: ") + prompt, 30, 9), 0,
            false };
    });
    qputenv("LEADSYNC_EDITOR_TEST_KEY", "sk-editor-test");
    LeadTableModel* model = m_window->model();
    QTRY_VERIFY(model->isLoaded(0));
    m_window->tableView()->setCurrentIndex(model->index(0, 0));
    const QString first = text(
        *m_workspace, QStringLiteral("SELECT first_name FROM leads WHERE id = %1").arg(model->leadId(0)));
    const qsizetype columnsBefore = model->columns().size();
    // An edit before the column is added stays undoable after it.
    const QString city = model->data(model->index(0, columnOf("city"))).toString();
    QVERIFY(model->setData(model->index(0, columnOf("city")), QStringLiteral("Linz")));
    QTRY_COMPARE(
        text(*m_workspace, QStringLiteral("SELECT city FROM leads WHERE id = %1").arg(model->leadId(0))),
        QStringLiteral("Linz"));

    ColumnEditor* editor = m_window->openColumnEditor();
    QVERIFY(editor);
    // A nameless column is refused with a message, and nothing is saved.
    editor->accept();
    auto* error = editor->findChild<QLabel*>(QStringLiteral("columnErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));

    editor->findChild<QLineEdit*>(QStringLiteral("columnNameEdit"))->setText(QStringLiteral("Opener"));
    QCOMPARE(editor->spec().kind, ColumnSpec::Kind::Ai); // a new column starts as an AI prompt
    editor->findChild<QPlainTextEdit*>(QStringLiteral("promptEdit"))
        ->setPlainText(QStringLiteral("Say hi to {{first_name|friend}}"));
    editor->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->setText(server.url("/v1"));
    // A URL of no known provider's: "other".
    QCOMPARE(editor->findChild<QComboBox*>(QStringLiteral("providerComboBox"))->currentData().toString(),
        QString());
    editor->findChild<QLineEdit*>(QStringLiteral("modelEdit"))->setText(QStringLiteral("test-model"));
    editor->findChild<QLineEdit*>(QStringLiteral("aiKeyNameEdit"))
        ->setText(QStringLiteral("LEADSYNC_EDITOR_TEST_KEY"));
    const QString greeting
        = QStringLiteral("Say hi to %1").arg(first.isEmpty() ? QStringLiteral("friend") : first);
    QTRY_VERIFY2(editor->previewText().contains(greeting), qPrintable(editor->previewText()));
    QVERIFY(
        editor->previewText().contains(QStringLiteral("POST %1/chat/completions").arg(server.url("/v1"))));
    QVERIFY(!editor->previewText().contains(QStringLiteral("sk-editor-test")));

    QSignalSpy tried(editor, &ColumnEditor::trialFinished);
    editor->findChild<QPushButton*>(QStringLiteral("tryButton"))->click();
    QVERIFY(tried.wait(10000));
    QVERIFY2(editor->trialText().contains(QStringLiteral("Opener: Answer to: ") + greeting),
        qPrintable(editor->trialText()));
    QVERIFY(editor->trialText().contains(QStringLiteral("Tokens: 30 in, 9 out")));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(editor->grab().save(screenshotPath("column_editor")));

    // A reference to a column that does not exist shows in the preview and blocks the save.
    editor->findChild<QPlainTextEdit*>(QStringLiteral("promptEdit"))
        ->setPlainText(QStringLiteral("{{no_such}}"));
    QTRY_VERIFY(editor->previewText().contains(QStringLiteral("no_such")));
    editor->accept();
    QVERIFY(error->text().contains(QStringLiteral("no_such")));
    editor->findChild<QPlainTextEdit*>(QStringLiteral("promptEdit"))
        ->setPlainText(QStringLiteral("Say hi to {{first_name|friend}}"));

    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    editor->findChild<QPushButton*>(QStringLiteral("saveColumnButton"))->click();
    const QPointer<QLabel> errorShown = error; // the editor closes when saved
    const bool saved = opened.wait(10000);
    QVERIFY2(saved, qPrintable(errorShown ? errorShown->text() : QString()));
    QTRY_VERIFY(!errorShown);
    QCOMPARE(m_window->model()->columns().size(), columnsBefore + 1);
    QCOMPARE(m_window->model(), model); // the same table, with one more column
    QVERIFY(m_window->undoStack()->canUndo());
    m_window->undoStack()->undo();
    QTRY_COMPARE(
        text(*m_workspace, QStringLiteral("SELECT city FROM leads WHERE id = %1").arg(model->leadId(0))),
        city);
    const Column* added = findColumn(m_window->model()->columns(), u"Opener");
    QVERIFY(added);
    QCOMPARE(added->kind, QStringLiteral("ai"));
    const QString config
        = text(*m_workspace, QStringLiteral("SELECT config FROM columns WHERE display_name = 'Opener'"));
    QVERIFY(config.contains(QStringLiteral("LEADSYNC_EDITOR_TEST_KEY")));
    QVERIFY(!config.contains(QStringLiteral("sk-editor-test"))); // the name, never the key
    // The try saved nothing.
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads WHERE %1 != ''").arg(added->sqlName)),
        0);
    qunsetenv("LEADSYNC_EDITOR_TEST_KEY");
}

// A computed cell that failed shows an icon in the table and, in the detail panel, the reason.
void TestMainWindow::failedCellsShowTheirStatus()
{
    HttpTestServer server([](const HttpTestServer::Request&) -> HttpTestServer::Reply {
        return { 404, {}, R"({"error": "no such person"})", 0, false };
    });
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Webhook;
    spec.url = server.url("/people?email={{email}}");
    spec.method = QStringLiteral("GET");
    const Column column = defineColumn(*m_workspace, QStringLiteral("Lookup"), spec);
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_window->workspacePath());
    QVERIFY(opened.wait(10000));
    LeadTableModel* model = m_window->model();
    QTRY_VERIFY(model->isLoaded(0));
    RunOptions options;
    options.leadIds = { model->leadId(0) };
    options.only = RunOptions::Only::All;
    const RunStats stats
        = waitForRun(ColumnRunner(m_window->workspacePath(), QStringLiteral("Lookup")).run(options));
    QCOMPARE(stats.failed, 1);
    model->refreshLoadedRows();
    const int lookup = columnOf(column.sqlName.toLatin1().constData());
    const QModelIndex cell = model->index(0, lookup);
    QTRY_COMPARE_WITH_TIMEOUT(model->cellStatus(cell), QStringLiteral("failed"), 15000);
    QVERIFY2(model->cellStatusText(cell).startsWith(QStringLiteral("Failed: HTTP 404")),
        qPrintable(model->cellStatusText(cell)));

    // The table's delegate puts an icon before the text: the cell asks for more room than plain text.
    QStyleOptionViewItem option;
    option.initFrom(m_window->tableView());
    const QSize withIcon = m_window->tableView()->itemDelegate()->sizeHint(option, cell);
    const QSize plain = QStyledItemDelegate().sizeHint(option, cell);
    QVERIFY2(withIcon.width() > plain.width(),
        qPrintable(QStringLiteral("%1 %2").arg(withIcon.width()).arg(plain.width())));

    m_window->tableView()->setCurrentIndex(model->index(0, 0));
    // A webhook's answer may be long: a field that grows with it, the status in its corner.
    auto* field = m_window->detailPanel()->findChild<TextField*>(column.sqlName + QStringLiteral("Edit"));
    QVERIFY(field);
    QTRY_VERIFY(field->toolTip().startsWith(QStringLiteral("Failed: HTTP 404")));
    QCOMPARE(field->placeholderText(), field->toolTip());
    auto* status = field->findChild<QAction*>(column.sqlName + QStringLiteral("EditStatus"));
    QVERIFY(status && status->isVisible());
    m_window->tableView()->scrollTo(cell);
    QVERIFY(m_window->grab().save(screenshotPath("main_window_failed_cell")));
}

// A run cancelled after three cells (as after a crash or a closed laptop) is offered on the next
// open, and Columns › Resume Interrupted Run computes only the cells it had not finished.
void TestMainWindow::interruptedRunResumes()
{
    ColumnRunner* cancelling = nullptr;
    int requests = 0;
    HttpTestServer server([&](const HttpTestServer::Request&) -> HttpTestServer::Reply {
        if (++requests == 3 && cancelling)
            cancelling->cancel();
        return { 200, {}, R"({"size": "51-200"})", 0, false };
    });
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Webhook;
    spec.url = server.url("/size?c={{company}}");
    spec.method = QStringLiteral("GET");
    spec.concurrency = 1;
    defineColumn(*m_workspace, QStringLiteral("Size"), spec);
    RunOptions options;
    options.only = RunOptions::Only::All;
    options.limit = 10;
    {
        ColumnRunner runner(m_window->workspacePath(), QStringLiteral("Size"));
        cancelling = &runner;
        const RunStats stats = waitForRun(runner.run(options));
        cancelling = nullptr;
        QVERIFY(stats.cancelled);
        QCOMPARE(stats.done, 3);
    }
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_window->workspacePath());
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Size")));

    // The Columns menu's Resume entry for the column, as the menu shows it when opened.
    auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("columnsMenu"));
    const auto resumeAction = [menu]() -> QAction* {
        Q_EMIT menu->aboutToShow();
        for (QAction* entry : menu->actions()) {
            for (QAction* action : entry->text() == u"Size" ? entry->menu()->actions() : QList<QAction*>()) {
                if (action->text() == u"Res&ume Interrupted Run")
                    return action;
            }
        }
        return nullptr;
    };
    QAction* resume = resumeAction();
    QVERIFY(resume);
    QVERIFY(resume->isEnabled());
    resume->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Size: 10 cells done")), 10000);
    // Three before the cancel, seven after (fewer requests when companies repeat: the cache answers).
    QVERIFY(requests <= 10);
    QCOMPARE(scalar(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM cell_states WHERE status = 'done' AND column_id = "
                                "(SELECT id FROM columns WHERE display_name = 'Size')")),
        10);
    // Nothing left to resume (read in the background after the run).
    QTRY_VERIFY(resumeAction() && !resumeAction()->isEnabled());
}

// An edit of an input reruns the template column and the webhook column with auto-run on, for the
// edited lead only; a webhook column with auto-run off (the default) sends nothing.
void TestMainWindow::autoRunFollowsEdits()
{
    QStringList asked;
    HttpTestServer server([&asked](const HttpTestServer::Request& request) -> HttpTestServer::Reply {
        asked.append(QString::fromUtf8(request.path));
        return { 200, {}, R"({"ok": true})", 0, false };
    });
    ColumnSpec hello;
    hello.kind = ColumnSpec::Kind::Template;
    hello.templateText = QStringLiteral("Hello {{first_name}}");
    const Column helloColumn = defineColumn(*m_workspace, QStringLiteral("Hello"), hello);
    ColumnSpec automatic;
    automatic.kind = ColumnSpec::Kind::Webhook;
    automatic.method = QStringLiteral("GET");
    automatic.url = server.url("/auto?name={{first_name}}");
    automatic.autoRun = true;
    defineColumn(*m_workspace, QStringLiteral("Automatic"), automatic);
    ColumnSpec manual = automatic;
    manual.url = server.url("/manual?name={{first_name}}");
    manual.autoRun = false;
    defineColumn(*m_workspace, QStringLiteral("Manual"), manual);
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_window->workspacePath());
    QVERIFY(opened.wait(10000));
    LeadTableModel* model = m_window->model();
    QTRY_VERIFY(model->isLoaded(0));

    QVERIFY(model->setData(model->index(0, columnOf("first_name")), QStringLiteral("Zoë")));
    const QModelIndex helloCell = model->index(0, columnOf(helloColumn.sqlName.toLatin1().constData()));
    QTRY_COMPARE_WITH_TIMEOUT(model->data(helloCell).toString(), QStringLiteral("Hello Zoë"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(asked, QStringList { QStringLiteral("/auto?name=Zo%C3%AB") }, 15000);
    // An edit of a field no column reads runs nothing.
    QVERIFY(model->setData(model->index(0, columnOf("city")), QStringLiteral("Graz")));
    QTest::qWait(AutoRun::kSettleMs + 500);
    QCOMPARE(asked.size(), 1);
}

// The prices dialog shows the bundled prices, refuses a negative one naming its row, and saves a new
// model's price into the workspace.
void TestMainWindow::modelPricesAreEditable()
{
    PricesDialog* dialog = m_window->openPricesDialog();
    QVERIFY(dialog);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("pricesTable"));
    QTRY_VERIFY(table->rowCount() >= 4);
    const int bundled = table->rowCount();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("gpt-4.1"));
    dialog->findChild<QPushButton*>(QStringLiteral("addPriceButton"))->click();
    QCOMPARE(table->rowCount(), bundled + 1);
    QCOMPARE(table->currentRow(), bundled); // the new row is the one edited, and Remove's
    table->setCurrentCell(0, 0);
    table->item(bundled, 0)->setText(QStringLiteral("llama-3.1-70b"));
    table->item(bundled, 1)->setText(QStringLiteral("-1"));
    table->item(bundled, 2)->setText(QStringLiteral("0.79"));
    dialog->accept();
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("pricesErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Row %1:").arg(bundled + 1)), qPrintable(error->text()));
    QCOMPARE(table->currentRow(), bundled); // the row the message names is selected
    QCOMPARE(scalar(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM model_prices WHERE model = 'llama-3.1-70b'")),
        0);
    table->item(bundled, 1)->setText(QStringLiteral("0.59"));
    const QPointer<PricesDialog> open = dialog;
    dialog->accept();
    QTRY_VERIFY(!open);
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT input_usd || '/' || output_usd FROM model_prices WHERE model = "
                                "'llama-3.1-70b'")),
        QStringLiteral("0.59/0.79"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM model_prices")), bundled + 1);
}

void TestMainWindow::crashReportIsOffered()
{
    const QString report = m_dir.filePath(QStringLiteral("crash-report.txt"));
    writeFile(report, "LeadSync 0.1.0 crash report\n");
    m_window->offerCrashReports({ report });
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("crashReportMessageBox"))));
    QVERIFY(box->text().contains(u"closed unexpectedly"));
    QCOMPARE(box->detailedText(), report);
    box->close();
}

void TestMainWindow::screenshots()
{
    QTest::qWait(100);
    const QImage image = m_window->grab().toImage();
    QVERIFY(image.width() >= 1000);
    QVERIFY(image.save(screenshotPath("main_window_after_tests")));

    // A dark desktop theme hands the application a dark palette: nothing may stay hard-coded light.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    const QPalette light = QApplication::palette();
    QApplication::setPalette(dark);
    QTest::qWait(100);
    const QImage darkImage = m_window->grab().toImage();
    QApplication::setPalette(light);
    QVERIFY(darkImage.save(screenshotPath("main_window_dark")));
    // The table's empty area and the detail panel are dark, and the history's dates readable on it.
    for (QWidget* widget : { static_cast<QWidget*>(m_window->tableView()->viewport()),
             static_cast<QWidget*>(m_window->detailPanel()) }) {
        const QPoint corner
            = widget->mapTo(m_window.get(), QPoint(widget->width() - 3, widget->height() - 3));
        QVERIFY2(darkImage.pixelColor(corner * darkImage.devicePixelRatio()).lightness() < 80,
            qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "leads/ColumnStore.h"
#include "tst_mainwindow.moc"
