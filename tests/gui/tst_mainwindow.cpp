// The real main window, offscreen: first start on the sample, search, sort, selection and details.
// Also writes screenshots to <build>/tests/screenshots for a person to look at.
#include "../TestSupport.h"
#include "detail/DetailPanel.h"
#include "leads/LeadTableModel.h"
#include "main/MainWindow.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
    void screenshots();

private:
    int columnOf(const char* sqlName) const;
    QString firstCell(int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for expected values
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSyncTests"));
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

void TestMainWindow::screenshots()
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(folder));
    QTest::qWait(100);
    const QImage image = m_window->grab().toImage();
    QVERIFY(image.width() >= 1000);
    QVERIFY(image.save(folder + QStringLiteral("/main_window.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
