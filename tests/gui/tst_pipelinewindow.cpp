// The Pipeline window of the real main window, offscreen: the board's columns and counts, a card
// dropped on another column (refused with the rule and left in place, or moved), the board following
// the table's search, the stage moves of the table's selection, the deals after a handoff, and leads
// coming in through the in-app local API showing in the table. Writes screenshots to
// <build>/tests/screenshots.
#include "../TestSupport.h"
#include "columns/ColumnEditor.h"
#include "filter/FilterBar.h"
#include "main/MainWindow.h"
#include "pipeline/LocalApi.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/PipelineWindow.h"
#include "settings/Language.h"
#include "storage/SqlQuery.h"
#include "table/LeadTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestPipelineWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardShowsTheStagesWithCounts();
    void droppedCardsMoveByTheRules();
    void boardFollowsTheTableSearch();
    void selectionMovesToAStage();
    void dealsListTheHandoffs();
    void phonesAreCleanedAsOneUndoableEdit();
    void columnEditorMakesAScoreColumn();
    void leadsFromTheLocalApiShowInTheTable();
    void cleanupTestCase();

private:
    static void shoot(QWidget* widget, const char* name);
    PipelineBoard* board() const { return m_window->pipelineWindow()->board(); }
    void showBoard();
    // A drop of lead id on the column of stage, as the mouse makes it.
    void drop(qint64 leadId, Stage stage);
    QStringList cardIds(Stage stage) const;
    void setField(qint64 leadId, const char* field, const QString& value);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace;
};

void TestPipelineWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSyncTests"));
    Language::install(*qApp, QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    const QString path = m_dir.filePath(QStringLiteral("pipeline.leadsync"));
    m_window->openWorkspace(path, QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/sample/sample_leads.csv"));
    QVERIFY(opened.wait(20000));
    m_workspace = std::make_unique<Workspace>(path);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 300, 10000);
}

void TestPipelineWindow::cleanupTestCase()
{
    m_window->localApi()->setEnabled(false, {});
    m_window.reset();
}

void TestPipelineWindow::shoot(QWidget* widget, const char* name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(folder));
    QTest::qWait(50);
    QVERIFY(widget->grab().save(folder + u'/' + QLatin1String(name) + QStringLiteral(".png")));
}

void TestPipelineWindow::showBoard()
{
    QSignalSpy loaded(board(), &PipelineBoard::loaded);
    m_window->activateWindow();
    m_window->findChild<QAction*>(QStringLiteral("pipelineBoardAction"))->trigger(); // Ctrl+Shift+P
    QVERIFY(m_window->pipelineWindow()->isVisible());
    QVERIFY(loaded.wait(10000));
}

void TestPipelineWindow::drop(qint64 leadId, Stage stage)
{
    QListWidget* list = board()->column(stage);
    QMimeData data;
    data.setData(QStringLiteral("application/x-leadsync-lead"), QByteArray::number(leadId));
    const QPoint at = list->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QDropEvent dropped(at, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &dropped);
}

QStringList TestPipelineWindow::cardIds(Stage stage) const
{
    QStringList ids;
    QListWidget* list = board()->column(stage);
    for (int i = 0; i < list->count(); ++i)
        ids.append(list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void TestPipelineWindow::setField(qint64 leadId, const char* field, const QString& value)
{
    SqlQuery update(m_workspace->database(),
        QStringLiteral("UPDATE leads SET %1 = ? WHERE id = ?").arg(QLatin1String(field)));
    update.bind(value);
    update.bind(leadId);
    update.exec();
}

void TestPipelineWindow::boardShowsTheStagesWithCounts()
{
    const qint64 all = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM leads"));
    showBoard();
    QCOMPARE(board()->findChild<QLabel*>(QStringLiteral("newTitleLabel"))->text(),
        QStringLiteral("New (%1)").arg(all));
    QCOMPARE(board()->findChild<QLabel*>(QStringLiteral("contactedTitleLabel"))->text(),
        QStringLiteral("Contacted (0)"));
    // The first page only: the rest comes as the column is scrolled.
    QCOMPARE(board()->column(Stage::New)->count(), PipelineBoard::kPageSize);
    QCOMPARE(cardIds(Stage::New).first(), QStringLiteral("1"));
    board()->column(Stage::New)->scrollToBottom();
    QTRY_COMPARE(board()->column(Stage::New)->count(), 2 * PipelineBoard::kPageSize);
}

void TestPipelineWindow::droppedCardsMoveByTheRules()
{
    showBoard();
    QSignalSpy refused(board(), &PipelineBoard::moveRefused);
    drop(1, Stage::Qualified);
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.first().first().toString(),
        QStringLiteral("No skipping: a new lead moves to contacted next, not to qualified."));
    QCOMPARE(board()->findChild<QLabel*>(QStringLiteral("boardMessageLabel"))->text(),
        refused.first().first().toString());
    QCOMPARE(cardIds(Stage::New).first(), QStringLiteral("1")); // the card stays where it was
    QVERIFY(cardIds(Stage::Qualified).isEmpty());

    QSignalSpy loaded(board(), &PipelineBoard::loaded);
    drop(1, Stage::Contacted);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(cardIds(Stage::Contacted), QStringList { QStringLiteral("1") });
    QVERIFY(!cardIds(Stage::New).contains(QStringLiteral("1")));
    QCOMPARE(board()->findChild<QLabel*>(QStringLiteral("contactedTitleLabel"))->text(),
        QStringLiteral("Contacted (1)"));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT stage FROM leads WHERE id = 1")),
        QStringLiteral("contacted"));
    QCOMPARE(text(*m_workspace,
                 QStringLiteral("SELECT field FROM lead_events WHERE lead_id = 1 AND kind = 'stage'")),
        QStringLiteral("you"));
    shoot(m_window->pipelineWindow(), "pipeline_board");
}

void TestPipelineWindow::boardFollowsTheTableSearch()
{
    showBoard();
    const QString id
        = text(*m_workspace, QStringLiteral("SELECT id FROM leads WHERE id > 3 AND company <> '' LIMIT 1"));
    const QString company
        = text(*m_workspace, QStringLiteral("SELECT company FROM leads WHERE id = %1").arg(id));
    const qint64 matching = scalar(*m_workspace,
        QStringLiteral(
            "SELECT count(*) FROM leads WHERE id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH "
            "'\"%1\"*')")
            .arg(company.section(u' ', 0, 0)));
    QSignalSpy loaded(board(), &PipelineBoard::loaded);
    m_window->searchEdit()->setText(company.section(u' ', 0, 0));
    QVERIFY(loaded.wait(5000));
    int shown = 0;
    for (Stage stage : Stages::all())
        shown += board()->column(stage)->count();
    QCOMPARE(shown, int(matching));
    QVERIFY(shown < 399);
    QVERIFY(cardIds(Stage::New).contains(id));
    m_window->searchEdit()->clear();
    QVERIFY(loaded.wait(5000));
}

void TestPipelineWindow::selectionMovesToAStage()
{
    QTableView* view = m_window->tableView();
    QTRY_VERIFY(m_window->model()->isLoaded(3));
    view->selectionModel()->select(
        QItemSelection(m_window->model()->index(0, 0), m_window->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The status bar counts the selection, as a spreadsheet does.
    QTRY_VERIFY(m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text().endsWith(u"· 3 selected"));
    // Lead 1 is contacted already; 2 and 3 are new: they cannot skip to qualified.
    m_window->moveSelectedLeads(Stage::Qualified);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"moved to Qualified"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral(
            "1 lead moved to Qualified. 2 not moved: No skipping: a new lead moves to contacted next, not "
            "to qualified."));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT group_concat(stage) FROM leads WHERE id <= 3")),
        QStringLiteral("qualified,new,new"));
    const int stageColumn
        = int(std::find_if(m_window->model()->columns().cbegin(), m_window->model()->columns().cend(),
                  [](const Column& column) { return column.sqlName == u"stage"; })
            - m_window->model()->columns().cbegin());
    QTRY_COMPARE(m_window->model()->data(m_window->model()->index(0, stageColumn)).toString(),
        QStringLiteral("qualified"));
    QVERIFY(!(m_window->model()->flags(m_window->model()->index(0, stageColumn)) & Qt::ItemIsEditable));
}

void TestPipelineWindow::dealsListTheHandoffs()
{
    setField(1, "score", QStringLiteral("0.8"));
    setField(1, "business_domain", QStringLiteral("Logistics"));
    showBoard();
    QSignalSpy loaded(board(), &PipelineBoard::loaded);
    drop(1, Stage::Transferred);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(cardIds(Stage::Transferred), QStringList { QStringLiteral("1") });
    QSignalSpy deals(m_window->pipelineWindow(), &PipelineWindow::dealsLoaded);
    m_window->pipelineWindow()->showTab(PipelineWindow::DealsTab);
    QVERIFY(deals.wait(5000));
    QTableWidget* table = m_window->pipelineWindow()->dealsTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("0.80"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Logistics"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("you"));
    shoot(m_window->pipelineWindow(), "pipeline_deals");
    m_window->pipelineWindow()->showTab(PipelineWindow::BoardTab);
}

void TestPipelineWindow::phonesAreCleanedAsOneUndoableEdit()
{
    setField(4, "phone", QStringLiteral("030 12345678"));
    setField(4, "country", QStringLiteral("Deutschland"));
    setField(5, "phone", QStringLiteral("12345"));
    setField(5, "country", QStringLiteral("Germany"));
    m_window->model()->reload();
    QTRY_VERIFY(m_window->model()->isLoaded(4));
    m_window->tableView()->selectionModel()->select(
        QItemSelection(m_window->model()->index(3, 0), m_window->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->findChild<QAction*>(QStringLiteral("cleanPhonesAction"))->trigger();
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"normalised"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("1 of 2 normalised; 1 could not be read (kept, and flagged in Contact check)."));
    QTRY_COMPARE(text(*m_workspace, QStringLiteral("SELECT phone FROM leads WHERE id = 4")),
        QStringLiteral("+493012345678"));
    QCOMPARE(
        text(*m_workspace, QStringLiteral("SELECT phone || ' / ' || contact_check FROM leads WHERE id = 5")),
        QStringLiteral("12345 / phone: the phone 12345 is not a valid number in DE"));
    m_window->undoStack()->undo();
    QTRY_COMPARE(text(*m_workspace, QStringLiteral("SELECT phone FROM leads WHERE id = 4")),
        QStringLiteral("030 12345678"));
    QTRY_COMPARE(
        text(*m_workspace, QStringLiteral("SELECT contact_check FROM leads WHERE id = 5")), QString());
    // The history's conditions are in the filter bar, for follow-up selections.
    m_window->filterBar()->addCondition();
    const QList<QComboBox*> columns
        = m_window->filterBar()->findChildren<QComboBox*>(QStringLiteral("conditionColumnComboBox"));
    QVERIFY(!columns.isEmpty());
    QVERIFY(columns.last()->findData(QStringLiteral("hours_since_reply")) >= 0);
    QVERIFY(columns.last()->findData(QStringLiteral("messages_sent")) >= 0);
}

void TestPipelineWindow::columnEditorMakesAScoreColumn()
{
    ColumnEditor* editor = m_window->openColumnEditor();
    editor->findChild<QLineEdit*>(QStringLiteral("columnNameEdit"))->setText(QStringLiteral("Fit"));
    auto* kind = editor->findChild<QComboBox*>(QStringLiteral("columnKindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("score")));
    auto* scorer = editor->findChild<QComboBox*>(QStringLiteral("scorerComboBox"));
    QVERIFY(scorer->isVisible());
    QVERIFY(!editor->findChild<QLineEdit*>(QStringLiteral("scoreModelEdit"))
                 ->isEnabled()); // rules: no AI settings
    scorer->setCurrentIndex(1);
    QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("scoreModelEdit"))->isEnabled());
    scorer->setCurrentIndex(0);
    shoot(editor, "column_editor_score");
    const ColumnSpec spec = editor->spec();
    QCOMPARE(spec.kind, ColumnSpec::Kind::Score);
    QVERIFY(!spec.aiScoring);
    QCOMPARE(spec.outputs, ColumnSpec::scoreOutputs());
    editor->reject();
}

void TestPipelineWindow::leadsFromTheLocalApiShowInTheTable()
{
    // No keychain runs here: the token is read from the variable of its name.
    qputenv(LocalApi::kTokenName, "gui-test-token-0123456789");
    QSignalSpy state(m_window->localApi(), &LocalApi::stateChanged);
    m_window->localApi()->setEnabled(true, QStringLiteral("127.0.0.1:0"));
    QTRY_VERIFY(m_window->localApi()->isRunning());
    QCOMPARE(m_window->localApi()->token(), QByteArray("gui-test-token-0123456789"));
    const int before = m_window->model()->rowCount();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_window->localApi()->url() + QStringLiteral("/leads")));
    request.setRawHeader("Authorization", "Bearer gui-test-token-0123456789");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = network.post(request, R"({"name": "Api Lead", "email": "api.lead@example.com"})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), before + 1, 10000);
    // The dialog shows the address and the token, and where Tilda posts.
    m_window->findChild<QAction*>(QStringLiteral("localApiAction"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("localApiDialog"))));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("apiStatusLabel"));
    QVERIFY(status->text().contains(
        m_window->localApi()->url() + QStringLiteral("/leads/webhooks/tilda/gui-test-token")));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("apiTokenEdit"))->text(),
        QStringLiteral("gui-test-token-0123456789"));
    shoot(dialog, "local_api_dialog");
    dialog->reject();
    m_window->localApi()->setEnabled(false, {});
    QVERIFY(!m_window->localApi()->isRunning());
}

QTEST_MAIN(TestPipelineWindow)
#include "tst_pipelinewindow.moc"
