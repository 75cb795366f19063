// The Outreach area of the real main window, offscreen, against a real SMTP server on loopback
// (tests/servers/smtp_sink.py): a mailbox added and tested, a sequence written with its live preview
// and completion, leads enrolled from the table's selection, sending switched on, the outbox and its
// actions, and the warning on quit. Writes screenshots to <build>/tests/screenshots.
#include "../HttpTestServer.h"
#include "../SmtpSink.h"
#include "../TestSupport.h"
#include "detail/DetailPanel.h"
#include "main/MainWindow.h"
#include "main/TableActions.h"
#include "outreach/EnrollDialog.h"
#include "outreach/FiguresTab.h"
#include "outreach/MailboxDialog.h"
#include "outreach/OutreachController.h"
#include "outreach/OutreachWindow.h"
#include "outreach/SequenceEditor.h"
#include "outreach/TemplateEdit.h"
#include "settings/Language.h"
#include "table/LeadTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace LeadSync;
using namespace TestSupport;

class TestOutreachWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mailboxIsAddedAndTested();
    void oauthMailboxSignsInInTheBrowser();
    void sequenceEditorPreviewsTheExactMessage();
    void enrollingShowsTheCountsFirst();
    void sendingDeliversWithoutStallingTheWindow();
    void outboxActionsResolveMessages();
    void leadsAreRemovedFromASequence();
    void wakingUpTicksAtOnce();
    void inboxDraftsAndSendsAnAnswer();
    void figuresShowWhatWorks();
    void quitWarnsOfMessagesDueToday();
    void cleanupTestCase();

private:
    static QString screenshotPath(const char* name);
    static void shoot(QWidget* widget, const char* name);
    template <typename T> T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }
    void selectRows(int first, int last);
    // Shows that part of the outbox, read anew.
    void showOutbox(Outbox::Show show);
    OutreachWindow* outreach() const { return m_window->outreachWindow(); }

    QTemporaryDir m_dir;
    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_workspace; // the test's own connection, for expected values
};

void TestOutreachWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadSyncTests"));
    Language::install(*qApp, QStringLiteral("en"));
    m_sink = std::make_unique<SmtpSink>(QStringLiteral("ana@example.com:app-password"));
    // The mailbox's password entry: no keychain runs here, so the key store reads the environment.
    qputenv("LEADSYNC_TEST_SMTP", "app-password");
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    const QString path = m_dir.filePath(QStringLiteral("outreach.leadsync"));
    m_window->openWorkspace(path, QStringLiteral(LEADSYNC_SOURCE_DIR "/resources/sample/sample_leads.csv"));
    QVERIFY(opened.wait(20000));
    m_workspace = std::make_unique<Workspace>(path);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 300, 10000);
    QVERIFY(!m_window->outreach()->isSending()); // off until the user switches it on
}

void TestOutreachWindow::cleanupTestCase()
{
    m_window.reset();
    OutreachController::waitForTicks();
}

QString TestOutreachWindow::screenshotPath(const char* name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    if (!QDir().mkpath(folder))
        qFatal("cannot create %s", qPrintable(folder));
    return folder + u'/' + QLatin1String(name) + QStringLiteral(".png");
}

void TestOutreachWindow::shoot(QWidget* widget, const char* name)
{
    QTest::qWait(50);
    QVERIFY(widget->grab().save(screenshotPath(name)));
}

void TestOutreachWindow::selectRows(int first, int last)
{
    QTableView* view = m_window->tableView();
    view->clearSelection();
    view->setCurrentIndex(m_window->model()->index(first, 0));
    view->selectionModel()->select(QItemSelection(m_window->model()->index(first, 0),
                                       m_window->model()->index(last, m_window->model()->columnCount() - 1)),
        QItemSelectionModel::Select);
}

void TestOutreachWindow::showOutbox(Outbox::Show show)
{
    QSignalSpy refreshed(outreach(), &OutreachWindow::refreshed);
    QComboBox* filter = outreach()->outboxFilter();
    filter->setCurrentIndex(filter->findData(int(show)));
    QVERIFY(refreshed.wait(10000));
}

void TestOutreachWindow::mailboxIsAddedAndTested()
{
    outreach()->showTab(OutreachWindow::MailboxesTab);
    outreach()->show();
    QVERIFY(QTest::qWaitForWindowExposed(outreach()));
    MailboxDialog* dialog = outreach()->openMailboxDialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "mailboxName"), QStringLiteral("Work"));
    // The password entry follows the name until the user changes it.
    QCOMPARE(child<QLineEdit>(dialog, "mailboxPasswordEntry")->text(), QStringLiteral("LEADSYNC_SMTP_WORK"));
    child<QLineEdit>(dialog, "mailboxFrom")->setText(QStringLiteral("Ана Example <ana@example.com>"));
    child<QLineEdit>(dialog, "mailboxSmtp")->setText(m_sink->url());
    child<QLineEdit>(dialog, "mailboxPasswordEntry")->setText(QStringLiteral("LEADSYNC_TEST_SMTP"));
    dialog->findChildren<QComboBox*>().first()->setCurrentText(QStringLiteral("UTC"));
    for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
        if (edit->text() == u"mon-fri 09:00-17:00")
            edit->setText(QStringLiteral("mon-sun 00:00-24:00"));
    }
    QList<QSpinBox*> spins = dialog->findChildren<QSpinBox*>();
    QCOMPARE(spins.size(), 4);
    spins[2]->setValue(0); // no gap: the test sends at once
    spins[3]->setValue(0);

    // A wrong password typed: the test says the server refused it, and nothing was sent.
    child<QLineEdit>(dialog, "mailboxPassword")->setText(QStringLiteral("wrong"));
    child<QPushButton>(dialog, "mailboxTestButton")->click();
    QLabel* message = child<QLabel>(dialog, "mailboxMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("refused the user or password")), 20000);
    QCOMPARE(m_sink->messages().size(), 0);
    shoot(dialog, "outreach_mailbox_test_failed");

    // The password from its entry (here the environment): the test message reaches the From address.
    child<QLineEdit>(dialog, "mailboxPassword")->clear();
    child<QPushButton>(dialog, "mailboxTestButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("The mailbox works")), 20000);
    QCOMPARE(m_sink->messages().size(), 1);
    QVERIFY(m_sink->messages().first().startsWith("X-Rcpt-To: ana@example.com"));

    QSignalSpy refreshed(outreach(), &OutreachWindow::refreshed);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(outreach()->mailboxes()->topLevelItemCount(), 1);
    QCOMPARE(
        outreach()->mailboxes()->topLevelItem(0)->text(1), QStringLiteral("Ана Example <ana@example.com>"));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT gap_max_s FROM mailboxes WHERE name = 'Work'")), 0);
    // The password is nowhere in the workspace.
    QCOMPARE(scalar(*m_workspace,
                 QStringLiteral("SELECT count(*) FROM mailboxes WHERE password_env = 'LEADSYNC_TEST_SMTP'")),
        1);
    shoot(outreach(), "outreach_mailboxes");
}

// An OAuth mailbox (a provider given to leadsync-cli with --oauth custom, here a fake on loopback):
// the password gives way to the client, Sign In sends the browser to the provider, and its answer
// is exchanged for tokens. No keychain runs here, so storing them fails, and the dialog says so.
void TestOutreachWindow::oauthMailboxSignsInInTheBrowser()
{
    HttpTestServer provider([](const HttpTestServer::Request& request) {
        if (request.path != "/token")
            return HttpTestServer::Reply { 404, {}, {} };
        return HttpTestServer::Reply { 200, { { "Content-Type", "application/json" } },
            R"({"access_token": "at1", "refresh_token": "rt1", "expires_in": 3599})" };
    });
    Mailbox mailbox;
    mailbox.name = QStringLiteral("Gmail");
    mailbox.fromAddress = QStringLiteral("ana@example.com");
    mailbox.smtpUrl = QUrl(m_sink->url());
    mailbox.passwordEnv = QStringLiteral("LEADSYNC_GMAIL");
    mailbox.zone = QTimeZone::utc();
    mailbox.oauth = { QStringLiteral("client-123"), QUrl(provider.url("/authorize")),
        QUrl(provider.url("/token")), QStringLiteral("https://mail.google.com/") };
    MailboxDialog* dialog = outreach()->openMailboxDialog(mailbox);
    QVERIFY(!child<QLineEdit>(dialog, "mailboxPassword")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "mailboxClientId")->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "mailboxClientId")->text(), QStringLiteral("client-123"));
    QUrl opened;
    QNetworkAccessManager browser;
    dialog->setBrowser([&](const QUrl& url) {
        opened = url;
        const QUrlQuery query(url);
        QUrl back(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        back.setQuery(QStringLiteral("code=abc&state=") + query.queryItemValue(QStringLiteral("state")));
        browser.get(QNetworkRequest(back));
    });
    child<QPushButton>(dialog, "mailboxSignInButton")->click();
    QLabel* message = child<QLabel>(dialog, "mailboxMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Signed in")), 20000);
    QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-123"));
    QCOMPARE(
        QUrlQuery(opened).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(provider.requests().size(), 1);
    QVERIFY(provider.requests().first().body.contains("code_verifier="));
    shoot(dialog, "outreach_mailbox_oauth");
    dialog->reject();
}

void TestOutreachWindow::sequenceEditorPreviewsTheExactMessage()
{
    const int emailColumn = [this] {
        for (int c = 0; c < m_window->model()->columnCount(); ++c) {
            if (m_window->model()->columns()[c].sqlName == u"email")
                return c;
        }
        return -1;
    }();
    m_window->tableView()->setCurrentIndex(m_window->model()->index(0, 0));
    const QString email = m_window->model()->data(m_window->model()->index(0, emailColumn)).toString();
    const QString firstName
        = text(*m_workspace, QStringLiteral("SELECT first_name FROM leads ORDER BY id LIMIT 1"));
    SequenceEditor* editor = outreach()->openSequenceEditor();
    child<QLineEdit>(editor, "sequenceName")->setText(QStringLiteral("Intro"));
    for (QLineEdit* edit : editor->findChildren<QLineEdit*>()) {
        if (edit->text() == u"mon-fri 09:00-17:00")
            edit->setText(QStringLiteral("mon-sun 00:00-24:00"));
    }
    QComboBox* zone = editor->findChildren<QComboBox*>().at(1);
    zone->setCurrentIndex(zone->findData(QStringLiteral("UTC")));
    editor->subjectEdit()->setPlainText(QStringLiteral("Quick question, {{first_name}}"));
    editor->bodyEdit()->setFocus();
    // Typing "{{" offers the columns; Enter inserts the name and the closing braces.
    QTest::keyClicks(editor->bodyEdit(), QStringLiteral("Hi {{first"));
    QCompleter* completer = editor->bodyEdit()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completer->completionCount() >= 1);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(editor->bodyEdit()->toPlainText().startsWith(QStringLiteral("Hi {{first_name}}")));
    QTest::keyClicks(editor->bodyEdit(), QStringLiteral(", about {{company}}. Role: {{Title|your role}}"));

    // The preview is the message the current lead gets: its own name, address and subject.
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewText().contains(email), 10000);
    QVERIFY2(editor->previewText().contains(QStringLiteral("Subject: Quick question, %1").arg(firstName)),
        qPrintable(editor->previewText()));
    QVERIFY(editor->previewText().contains(QStringLiteral("Hi %1,").arg(firstName)));
    QVERIFY(editor->previewText().contains(QStringLiteral("From: Ана Example <ana@example.com>")));
    QVERIFY(editor->previewText().contains(QStringLiteral("List-Unsubscribe: <mailto:ana@example.com")));

    // A follow-up without a subject replies in the thread.
    editor->addStep();
    QCOMPARE(editor->currentStep(), 1);
    editor->bodyEdit()->setPlainText(QStringLiteral("Just bumping this, {{first_name}}. {{phone}}"));
    QVERIFY(editor->previewText().contains(QStringLiteral("Subject: Re: Quick question, %1").arg(firstName)));
    QVERIFY(editor->previewText().contains(QStringLiteral("In-Reply-To: <step1.preview@example.com>")));
    // The sample's first lead has no phone: the preview says it would not be sent.
    QVERIFY2(editor->previewText().contains(QStringLiteral("Not sent to this lead: phone is empty")),
        qPrintable(editor->previewText()));
    shoot(editor, "outreach_sequence_editor");
    editor->bodyEdit()->setPlainText(QStringLiteral("Just bumping this, {{first_name}}."));

    // A bad delay is refused, naming the step.
    child<QLineEdit>(editor, "stepAfter")->setText(QStringLiteral("soon"));
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(child<QLabel>(editor, "sequenceMessage")->text().contains(QStringLiteral("steps[1].after")));
    child<QLineEdit>(editor, "stepAfter")->setText(QStringLiteral("2bd"));
    QSignalSpy refreshed(outreach(), &OutreachWindow::refreshed);
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(outreach()->sequences()->topLevelItemCount(), 1);
    QCOMPARE(outreach()->sequences()->topLevelItem(0)->text(2), QStringLiteral("2"));
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT name FROM sequences")), QStringLiteral("Intro"));
}

void TestOutreachWindow::enrollingShowsTheCountsFirst()
{
    // One of the selected leads is opted out, so the confirmation counts it as skipped.
    const QString optedOut
        = text(*m_workspace, QStringLiteral("SELECT email FROM leads ORDER BY id LIMIT 1 OFFSET 2"));
    QSqlQuery(m_workspace->database())
        .exec(QStringLiteral("INSERT INTO optouts (value, added_at) VALUES ('%1', 0)").arg(optedOut));
    selectRows(0, 3);
    m_window->enrollLeads(false);
    // The selection's ids are read off the GUI thread first.
    EnrollDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EnrollDialog*>(QStringLiteral("enrollDialog"))));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->countsText().contains(QStringLiteral("<b>3</b> will be enrolled")), 10000);
    QVERIFY2(dialog->countsText().contains(QStringLiteral("opted out: 1")), qPrintable(dialog->countsText()));
    // Counting wrote nothing.
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM enrollments")), 0);
    shoot(dialog, "outreach_enroll_dialog");
    QSignalSpy changed(outreach(), &OutreachWindow::changed);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(changed.wait(10000));
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM enrollments")), 3);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE state = 'planned'")), 3);
}

void TestOutreachWindow::sendingDeliversWithoutStallingTheWindow()
{
    outreach()->showTab(OutreachWindow::OutboxTab);
    QTRY_COMPARE_WITH_TIMEOUT(outreach()->outbox()->topLevelItemCount(), 3, 10000);
    const qsizetype before = m_sink->messages().size();
    // The longest the GUI thread goes without running its timers while the engine sends.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestStall = 0;
    QTimer probe;
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, clock.elapsed() - last);
        last = clock.elapsed();
    });
    probe.start();
    QSignalSpy ticked(m_window->outreach(), &OutreachController::ticked);
    auto* sending = m_window->findChild<QAction*>(QStringLiteral("sendingAction"));
    sending->trigger();
    QVERIFY(m_window->outreach()->isSending());
    QVERIFY(ticked.wait(20000));
    probe.stop();
    // The second lead of the sample has no company, which the body needs without a fallback: skipped.
    const OutreachEngine::TickResult result = ticked.first().first().value<OutreachEngine::TickResult>();
    QCOMPARE(result.sent, 2);
    QCOMPARE(result.skipped, 1);
    QCOMPARE(m_sink->messages().size(), before + 2);
    qInfo("longest GUI thread stall while sending: %lld ms", longestStall);
    QCOMPARE(scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE state = 'sent'")), 2);
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT reason FROM messages WHERE state = 'skipped'")),
        QStringLiteral("company is empty"));
    // The status bar shows the day.
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("outreachStatusLabel"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Sent today: 2 / 50")));
    QTRY_VERIFY(status->isVisible());
    // The follow-ups are planned two business days on: the outbox's upcoming list has them.
    QTRY_COMPARE_WITH_TIMEOUT(outreach()->outbox()->topLevelItemCount(), 2, 10000);
    QCOMPARE(outreach()->outbox()->topLevelItem(0)->text(4), QStringLiteral("2"));
    shoot(m_window.get(), "outreach_main_window_sending");
    sending->trigger();
    QVERIFY(!m_window->outreach()->isSending());
}

void TestOutreachWindow::outboxActionsResolveMessages()
{
    // An unknown outcome (the server dropped the connection after the message) waits for the user.
    QSqlQuery(m_workspace->database())
        .exec(QStringLiteral(
            "UPDATE leads SET email = 'drop@example.com', company = 'Drop Co' WHERE id = (SELECT "
            "id FROM leads ORDER BY id LIMIT 1 OFFSET 10)"));
    selectRows(10, 10);
    m_window->enrollLeads(false);
    EnrollDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EnrollDialog*>(QStringLiteral("enrollDialog"))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->countsText().contains(QStringLiteral("<b>1</b> will")), 10000);
    QSignalSpy changed(outreach(), &OutreachWindow::changed);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(changed.wait(10000));
    QSignalSpy ticked(m_window->outreach(), &OutreachController::ticked);
    m_window->outreach()->setSending(true);
    QVERIFY(ticked.wait(30000));
    m_window->outreach()->setSending(false);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE state = 'unknown'")), 1);
    const auto select = [this](const QString& email) {
        outreach()->outbox()->clearSelection();
        for (int i = 0; i < outreach()->outbox()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = outreach()->outbox()->topLevelItem(i);
            item->setSelected(item->text(2) == email);
        }
        QCOMPARE(outreach()->outbox()->selectedItems().size(), 1);
    };
    const auto click
        = [this](const char* button) { outreach()->findChild<QPushButton*>(QLatin1String(button))->click(); };

    // Needs attention: the unknown message, and the one skipped for its empty company.
    showOutbox(Outbox::Show::Attention);
    QCOMPARE(outreach()->outbox()->topLevelItemCount(), 2);
    QCOMPARE(outreach()->outbox()->topLevelItem(0)->text(1), QStringLiteral("unknown: check Sent"));
    QCOMPARE(outreach()->outbox()->topLevelItem(1)->text(8), QStringLiteral("company is empty"));
    shoot(outreach(), "outreach_outbox_attention");
    select(QStringLiteral("drop@example.com"));
    click("markSentButton");
    QTRY_COMPARE_WITH_TIMEOUT(outreach()->outbox()->topLevelItemCount(), 1, 10000);
    QCOMPARE(
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE state = 'unknown'")), 0);
    // Marked sent, its follow-up is planned; it was never sent twice by itself.
    const QString dropFollowUp = QStringLiteral(
        "SELECT m.state FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN leads l ON l.id = "
        "e.lead_id WHERE l.email = 'drop@example.com' AND m.step = 1");
    QCOMPARE(text(*m_workspace, dropFollowUp), QStringLiteral("planned"));
    const qsizetype delivered = m_sink->messages().size();

    // The skipped lead gets its company, then Send Again: it goes out on the next tick.
    const QString skippedEmail = outreach()->outbox()->topLevelItem(0)->text(2);
    QSqlQuery(m_workspace->database())
        .exec(QStringLiteral("UPDATE leads SET company = 'Granite Energy' WHERE email = '%1'")
                  .arg(skippedEmail));
    select(skippedEmail);
    click("retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(outreach()->outbox()->topLevelItemCount(), 0, 10000);
    ticked.clear();
    m_window->outreach()->setSending(true);
    QVERIFY(ticked.wait(30000));
    m_window->outreach()->setSending(false);
    QCOMPARE(ticked.first().first().value<OutreachEngine::TickResult>().sent, 1);
    QCOMPARE(m_sink->messages().size(), delivered + 1);
    QVERIFY(
        m_sink->messages().last().startsWith(QByteArray(QByteArray("X-Rcpt-To: ") + skippedEmail.toUtf8())));

    // Skip the dropped lead's follow-up: the sequence is done for it.
    showOutbox(Outbox::Show::Upcoming);
    QCOMPARE(outreach()->outbox()->topLevelItemCount(), 4);
    select(QStringLiteral("drop@example.com"));
    click("skipButton");
    QTRY_COMPARE_WITH_TIMEOUT(outreach()->outbox()->topLevelItemCount(), 3, 10000);
    QCOMPARE(text(*m_workspace, dropFollowUp), QStringLiteral("skipped"));
    QCOMPARE(text(*m_workspace,
                 QStringLiteral(
                     "SELECT e.state FROM enrollments e JOIN leads l ON l.id = e.lead_id WHERE l.email = "
                     "'drop@example.com'")),
        QStringLiteral("finished"));
}

void TestOutreachWindow::leadsAreRemovedFromASequence()
{
    const QString first = text(*m_workspace, QStringLiteral("SELECT email FROM leads ORDER BY id LIMIT 1"));
    const QString followUp = QStringLiteral(
        "SELECT m.state FROM messages m JOIN enrollments e ON e.id = m.enrollment_id JOIN leads l ON l.id = "
        "e.lead_id WHERE l.email = '%1' AND m.step = 1")
                                 .arg(first);
    QCOMPARE(text(*m_workspace, followUp), QStringLiteral("planned"));
    selectRows(0, 0);
    m_window->unenrollLeads(false);
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QInputDialog*>(QStringLiteral("unenrollDialog"))));
    QCOMPARE(dialog->comboBoxItems(), QStringList { QStringLiteral("Intro") });
    QSignalSpy changed(outreach(), &OutreachWindow::changed);
    dialog->setTextValue(QStringLiteral("Intro"));
    dialog->accept();
    QVERIFY(changed.wait(10000));
    QCOMPARE(text(*m_workspace, followUp), QStringLiteral("cancelled"));
    QCOMPARE(
        text(*m_workspace,
            QStringLiteral(
                "SELECT e.state FROM enrollments e JOIN leads l ON l.id = e.lead_id WHERE l.email = '%1'")
                .arg(first)),
        QStringLiteral("removed"));
}

// logind says the machine sleeps, then that it woke: the app looks at the plan at once, without
// waiting for its timer (which may be minutes away).
void TestOutreachWindow::wakingUpTicksAtOnce()
{
    OutreachController* controller = m_window->outreach();
    controller->setSending(true);
    QSignalSpy ticked(controller, &OutreachController::ticked);
    QVERIFY(ticked.wait(10000)); // the tick of switching on
    ticked.clear();
    controller->onPrepareForSleep(true);
    QTest::qWait(200);
    QCOMPARE(ticked.size(), 0); // going to sleep sends nothing
    controller->onPrepareForSleep(false);
    QVERIFY(ticked.wait(5000));
    controller->setSending(false);
}

// A reply as a sync stores it (written here directly: tst_replies reads real ones from Dovecot): the
// inbox shows it, its class can be corrected, an answer is drafted and sent in its thread.
void TestOutreachWindow::inboxDraftsAndSendsAnAnswer()
{
    const qint64 lead
        = scalar(*m_workspace, QStringLiteral("SELECT id FROM leads ORDER BY id LIMIT 1 OFFSET 3"));
    const QString email
        = text(*m_workspace, QStringLiteral("SELECT email FROM leads WHERE id = %1").arg(lead));
    QSqlQuery insert(m_workspace->database());
    QVERIFY(insert.exec(QStringLiteral(
        "INSERT INTO replies (mailbox_id, lead_id, message_id, kind, from_address, received_at, subject, "
        "text, class, "
        "reason, synced_at) VALUES ((SELECT id FROM mailboxes WHERE name = 'Work'), %1, 'r1@example.org', "
        "'reply', "
        "'%2', %3, 'Re: Quick question', 'Sounds good, send me a time.', 'ambiguous', 'rule-based', 0)")
                            .arg(lead)
                            .arg(email)
                            .arg(QDateTime::currentMSecsSinceEpoch())));
    // The reply waits: the status bar and the window title count it.
    m_window->outreach()->refreshStatus();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->windowTitle().startsWith(QStringLiteral("(1) ")), 10000);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("outreachStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Replies to handle: 1")));
    outreach()->showTab(OutreachWindow::InboxTab);
    QSignalSpy refreshed(outreach(), &OutreachWindow::refreshed);
    outreach()->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(outreach()->inbox()->topLevelItemCount(), 1);
    // Filtered by the mailbox it came to: still there.
    auto* byMailbox = child<QComboBox>(outreach(), "inboxMailbox");
    QCOMPARE(byMailbox->itemText(1), QStringLiteral("Work"));
    byMailbox->setCurrentIndex(1);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(outreach()->inbox()->topLevelItemCount(), 1);
    outreach()->inbox()->setCurrentItem(outreach()->inbox()->topLevelItem(0));
    QVERIFY(child<QPlainTextEdit>(outreach(), "replyText")
                ->toPlainText()
                .contains(QStringLiteral("Sounds good")));
    outreach()->classifySelectedReply(QStringLiteral("interested"));
    QTRY_COMPARE_WITH_TIMEOUT(
        outreach()->inbox()->topLevelItem(0)->text(2), QStringLiteral("interested"), 10000);
    outreach()->draftSelectedReply();
    QTRY_VERIFY_WITH_TIMEOUT(outreach()->draftEdit()->toPlainText().startsWith(QStringLiteral("Hi ")), 10000);
    shoot(outreach(), "outreach_inbox");
    const qsizetype before = m_sink->messages().size();
    QSignalSpy sent(outreach(), &OutreachWindow::answerSent);
    outreach()->sendSelectedReply();
    QVERIFY(sent.wait(20000));
    QCOMPARE(sent.first().first().toString(), QString());
    QCOMPARE(m_sink->messages().size(), before + 1);
    QVERIFY(m_sink->messages().last().contains("In-Reply-To: <r1@example.org>"));
    QTRY_COMPARE_WITH_TIMEOUT(
        outreach()->inbox()->topLevelItem(0)->text(4), QStringLiteral("answered"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->windowTitle().startsWith(u'('), 10000);
    // The lead's details show the exchange as a conversation: our message, the reply, our answer.
    selectRows(3, 3);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->detailPanel()->conversationText().contains(QStringLiteral("Sounds good, send me a time.")),
        10000);
    const QString conversation = m_window->detailPanel()->conversationText();
    QVERIFY(conversation.contains(QStringLiteral("Quick question, Thomas")));
    QVERIFY(conversation.contains(QStringLiteral("your answer")));
    QVERIFY(conversation.indexOf(QStringLiteral("Quick question, Thomas"))
        < conversation.indexOf(QStringLiteral("Sounds good")));
    shoot(m_window->detailPanel(), "outreach_conversation");
}

// The figures of the sequence: its sends and its one (interested) reply, per step, with a chart.
void TestOutreachWindow::figuresShowWhatWorks()
{
    outreach()->showTab(OutreachWindow::FiguresTab);
    QSignalSpy refreshed(outreach(), &OutreachWindow::refreshed);
    outreach()->refresh();
    QVERIFY(refreshed.wait(10000));
    QTreeWidget* table = outreach()->figures()->table();
    QCOMPARE(table->topLevelItemCount(), 1);
    const QTreeWidgetItem* intro = table->topLevelItem(0);
    QCOMPARE(intro->text(0), QStringLiteral("Intro"));
    QCOMPARE(intro->text(2).toLongLong(),
        scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE state = 'sent'")));
    QCOMPARE(intro->text(4), QStringLiteral("1")); // replied
    QCOMPARE(intro->text(5), QStringLiteral("1")); // interested
    QVERIFY(intro->childCount() >= 1);
    QCOMPARE(intro->child(0)->text(0), QStringLiteral("Step 1"));
    const QList<QStringList> rows = outreach()->figures()->rows();
    QCOMPARE(rows.first().first(), QStringLiteral("Sequence / step"));
    QCOMPARE(rows.at(2).first(), QStringLiteral("Intro / Step 1"));
    shoot(outreach(), "outreach_figures");
}

void TestOutreachWindow::quitWarnsOfMessagesDueToday()
{
    // A message due now (planned for today): closing asks first, and "Keep Running" keeps the window.
    QSqlQuery(m_workspace->database())
        .exec(QStringLiteral("UPDATE messages SET planned_at = %1 WHERE state = 'planned'")
                  .arg(QDateTime::currentMSecsSinceEpoch()));
    m_window->outreach()->refreshStatus();
    const qint64 planned
        = scalar(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE state = 'planned'"));
    QCOMPARE(planned, 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->outreach()->dueToday(), planned, 10000);
    m_window->close();
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("quitWithMessagesDueBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("2 outreach messages are due today")));
    shoot(box, "outreach_quit_warning");
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            button->click();
    }
    QTest::qWait(50);
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestOutreachWindow)
#include "tst_outreachwindow.moc"
