#include "OutreachWindow.h"

#include "EnrollDialog.h"
#include "Error.h"
#include "FiguresTab.h"
#include "MailboxDialog.h"
#include "OutreachController.h"
#include "SequenceEditor.h"
#include "leads/ColumnStore.h"
#include "main/ErrorBox.h"
#include "outreach/OAuth.h"
#include "outreach/OptOutList.h"
#include "outreach/Outbox.h"
#include "replies/OutreachStats.h"
#include "replies/ReplyAssistant.h"
#include "secrets/KeyStore.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace LeadSync {

namespace {

// The outbox shows this many messages of a kind; the CLI's `outreach queue` lists them all.
constexpr qint64 kOutboxLimit = 1000;

QTreeWidget* makeList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

QPushButton* addButton(QHBoxLayout* row, const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, row->parentWidget());
    button->setObjectName(objectName);
    row->addWidget(button);
    return button;
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A state of a message, in the user's language.
QString stateText(const QString& state)
{
    static const QHash<QString, const char*> states {
        { QStringLiteral("planned"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "planned") },
        { QStringLiteral("retry"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "to retry") },
        { QStringLiteral("claimed"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "sending") },
        { QStringLiteral("sent"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "sent") },
        { QStringLiteral("failed"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "failed") },
        { QStringLiteral("skipped"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "skipped") },
        { QStringLiteral("unknown"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "unknown: check Sent") },
        { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("LeadSync::OutreachWindow", "cancelled") },
    };
    const auto found = states.constFind(state);
    return found == states.cend() ? state : OutreachWindow::tr(*found);
}

// A lead's values by SQL name and by column name, as templates refer to them.
QHash<QString, QString> leadValues(Workspace& workspace, qint64 leadId)
{
    QHash<QString, QString> values;
    const ColumnList columns = ColumnStore(workspace).list();
    const std::optional<QStringList> row = ColumnStore(workspace).values(leadId, columns);
    if (!row)
        return values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        values.insert(columns[i].sqlName, row->at(i));
        values.insert(columns[i].displayName, row->at(i));
    }
    values.insert(QStringLiteral("id"), QString::number(leadId));
    return values;
}

// Runs work on the writer; an Error it throws is shown over parent.
void writeOrShow(LeadTableModel* model, QWidget* parent, const std::function<void(Workspace&)>& work,
    const std::function<void()>& done)
{
    model->write(parent,
        [work, done, parent = QPointer(parent)](Workspace& workspace) -> LeadTableModel::Continuation {
            try {
                work(workspace);
            } catch (const Error& error) {
                return [parent, message = error.message()] {
                    if (parent)
                        showErrorBox(parent, OutreachWindow::tr("Outreach"), message);
                };
            }
            return done;
        });
}

// An engine whose writes are the writer's transaction it runs in.
OutreachEngine engineIn(Workspace& workspace)
{
    return OutreachEngine(workspace, OutreachEngine::within(workspace));
}

using Filter = std::optional<std::pair<QList<LeadCondition>, QString>>;

// The leads: those given, or the filter's (read on the thread that runs the task).
std::function<QList<qint64>(Workspace&)> leadsOf(const QList<qint64>& leadIds, const Filter& filter)
{
    return [leadIds, filter](Workspace& workspace) {
        return filter ? LeadFilter::matchingIds(workspace, filter->first, filter->second) : leadIds;
    };
}

} // namespace

OutreachWindow::OutreachWindow(OutreachController* controller, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_inboxFilter(new QComboBox(this))
    , m_inboxMailbox(new QComboBox(this))
    , m_inbox(makeList(QStringLiteral("inboxList"),
          { tr("Received"), tr("From"), tr("Class"), tr("Subject"), tr("State") }, this))
    , m_replyText(new QPlainTextEdit(this))
    , m_replyClass(new QComboBox(this))
    , m_draft(new QPlainTextEdit(this))
    , m_sendAnswer(new QPushButton(tr("&Send Answer"), this))
    , m_figures(new LeadSync::FiguresTab(this))
    , m_tabs(new QTabWidget(this))
    , m_outboxFilter(new QComboBox(this))
    , m_outbox(makeList(QStringLiteral("outboxList"),
          { tr("When"), tr("State"), tr("Lead"), tr("Sequence"), tr("Step"), tr("Variant"), tr("Mailbox"),
              tr("Subject"), tr("Reason") },
          this))
    , m_outboxNote(new QLabel(this))
    , m_sequences(makeList(QStringLiteral("sequenceList"),
          { tr("Sequence"), tr("Mailbox"), tr("Steps"), tr("State"), tr("Active leads"), tr("Finished"),
              tr("Stopped"), tr("Sent") },
          this))
    , m_mailboxes(makeList(QStringLiteral("mailboxList"),
          { tr("Mailbox"), tr("From"), tr("Server"), tr("Time zone"), tr("Window"), tr("Daily cap"),
              tr("Gap") },
          this))
    , m_optOuts(makeList(QStringLiteral("optOutList"), { tr("Address or domain") }, this))
{
    setObjectName(QStringLiteral("outreachWindow"));
    setWindowTitle(tr("Outreach — LeadSync"));
    m_tabs->setObjectName(QStringLiteral("outreachTabs"));
    m_tabs->addTab(makeInboxTab(), tr("&Inbox"));
    m_tabs->addTab(makeOutboxTab(), tr("&Outbox"));
    m_tabs->addTab(makeSequencesTab(), tr("&Sequences"));
    m_tabs->addTab(m_figures, tr("&Figures"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_figures)
            refresh(); // read when shown, not with every refresh
    });
    connect(m_figures, &FiguresTab::exported, this, [this](const QString&, const QString& error) {
        if (!error.isEmpty())
            showError(error);
    });
    m_tabs->addTab(makeMailboxesTab(), tr("&Mailboxes"));
    m_tabs->addTab(makeOptOutsTab(), tr("Opt-&outs"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_controller, &OutreachController::ticked, this, &OutreachWindow::refresh);
    resize(1100, 600);
}

QWidget* OutreachWindow::makeInboxTab()
{
    auto* tab = new QWidget(this);
    m_inboxFilter->setObjectName(QStringLiteral("inboxFilter"));
    m_inboxFilter->addItem(tr("All replies"), QString());
    for (const QString& replyClass : ReplyActions::classes())
        m_inboxFilter->addItem(replyClass, replyClass);
    connect(m_inboxFilter, &QComboBox::currentIndexChanged, this, &OutreachWindow::refresh);
    m_inboxMailbox->setObjectName(QStringLiteral("inboxMailbox"));
    m_inboxMailbox->addItem(tr("All mailboxes"), qint64(0));
    connect(m_inboxMailbox, &QComboBox::currentIndexChanged, this, &OutreachWindow::refresh);
    m_replyText->setObjectName(QStringLiteral("replyText"));
    m_replyText->setReadOnly(true);
    m_replyClass->setObjectName(QStringLiteral("replyClass"));
    m_replyClass->addItems(ReplyActions::classes());
    m_draft->setObjectName(QStringLiteral("replyDraft"));
    m_draft->setPlaceholderText(tr("Your answer. Regenerate drafts one from the reply's class."));
    m_sendAnswer->setObjectName(QStringLiteral("sendAnswerButton"));
    auto* regenerate = new QPushButton(tr("&Regenerate"), tab);
    regenerate->setObjectName(QStringLiteral("regenerateButton"));
    auto* discard = new QPushButton(tr("&Discard"), tab);
    discard->setObjectName(QStringLiteral("discardReplyButton"));
    connect(m_inbox, &QTreeWidget::currentItemChanged, this, &OutreachWindow::showSelectedReply);
    connect(m_replyClass, &QComboBox::activated, this,
        [this] { classifySelectedReply(m_replyClass->currentText()); });
    connect(regenerate, &QPushButton::clicked, this, &OutreachWindow::draftSelectedReply);
    connect(m_sendAnswer, &QPushButton::clicked, this, &OutreachWindow::sendSelectedReply);
    connect(discard, &QPushButton::clicked, this, &OutreachWindow::discardSelectedReply);
    connect(&m_sending, &QFutureWatcher<QString>::finished, this, [this] {
        m_sendAnswer->setEnabled(true);
        const QString error = m_sending.result();
        if (!error.isEmpty())
            showError(error);
        refresh();
        Q_EMIT changed();
        Q_EMIT answerSent(error);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), tab));
    top->addWidget(m_inboxFilter);
    top->addWidget(m_inboxMailbox);
    top->addStretch();
    auto* detail = new QWidget(tab);
    auto* form = new QFormLayout(detail);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Reply:"), m_replyText);
    form->addRow(tr("Class:"), m_replyClass);
    form->addRow(tr("Answer:"), m_draft);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendAnswer);
    buttons->addWidget(regenerate);
    buttons->addWidget(discard);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    auto* splitter = new QSplitter(tab);
    splitter->addWidget(m_inbox);
    splitter->addWidget(detail);
    splitter->setSizes({ 520, 560 });
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    return tab;
}

std::optional<StoredReply> OutreachWindow::selectedReply() const
{
    const QTreeWidgetItem* item = m_inbox->currentItem();
    for (const StoredReply& reply : m_replyList) {
        if (item && reply.id == item->data(0, Qt::UserRole).toLongLong())
            return reply;
    }
    return std::nullopt;
}

void OutreachWindow::showSelectedReply()
{
    const std::optional<StoredReply> reply = selectedReply();
    m_replyText->setPlainText(
        reply ? tr("From: %1\nSubject: %2\n\n%3").arg(reply->from, reply->subject, reply->text) : QString());
    m_replyClass->setCurrentText(reply ? reply->replyClass : QString());
    m_replyClass->setToolTip(reply ? reply->reason : QString());
    m_draft->setPlainText(reply ? reply->draft : QString());
    const bool open = reply && reply->state == u"new";
    m_sendAnswer->setEnabled(open && !m_sending.isRunning());
    m_draft->setReadOnly(!open);
}

void OutreachWindow::onSelectedReply(const std::function<void(ReplyActions&, qint64)>& action)
{
    const std::optional<StoredReply> reply = selectedReply();
    if (!reply || !m_model)
        return;
    writeOrShow(
        m_model, this,
        [action, id = reply->id](Workspace& workspace) {
            ReplyActions actions(workspace, OutreachEngine::within(workspace));
            action(actions, id);
        },
        [this] {
            refresh();
            Q_EMIT changed();
        });
}

void OutreachWindow::classifySelectedReply(const QString& replyClass)
{
    onSelectedReply([replyClass](ReplyActions& actions, qint64 id) {
        actions.classify(id, replyClass, QDateTime::currentDateTimeUtc());
    });
}

// Drafted on a worker: an AI provider may take seconds (its key read from the keychain first).
void OutreachWindow::draftSelectedReply()
{
    const std::optional<StoredReply> reply = selectedReply();
    if (!reply || m_path.isEmpty() || m_sending.isRunning() || !m_model)
        return;
    m_model->read(this, [this, id = reply->id](Workspace& workspace) -> LeadTableModel::Continuation {
        const ReplyAssistant::Settings settings = ReplyAssistant::Settings::load(workspace);
        return [this, id, settings] {
            const auto draft = [this, id, settings](const QByteArray& key) {
                runOnWorker([id, settings, key](Workspace& worker, const OutreachEngine::Write& write) {
                    const ReplyAssistant assistant(settings, key);
                    ReplyActions(worker, write).draft(id, QDateTime::currentDateTimeUtc(), &assistant);
                    return QString();
                });
            };
            if (settings.baseUrl.isEmpty() || settings.keyEnv.isEmpty())
                draft({});
            else
                KeyStore::read(
                    settings.keyEnv, this, [draft](const QByteArray& key, const QString&) { draft(key); });
        };
    });
}

void OutreachWindow::runOnWorker(const std::function<QString(Workspace&, const OutreachEngine::Write&)>& work)
{
    m_sendAnswer->setEnabled(false);
    m_sending.setFuture(QtConcurrent::run([path = m_path, work]() -> QString {
        try {
            Workspace workspace(path);
            return work(workspace, OutreachEngine::through(WorkspaceWriter::of(path)));
        } catch (const Error& error) {
            return error.message();
        }
    }));
}

void OutreachWindow::discardSelectedReply()
{
    onSelectedReply(
        [](ReplyActions& actions, qint64 id) { actions.discard(id, QDateTime::currentDateTimeUtc()); });
}

// The answer goes out on a worker: the mailbox's secret from the keychain first, then SMTP, with the
// reply claimed and its outcome recorded through the workspace's writer.
void OutreachWindow::sendSelectedReply()
{
    const std::optional<StoredReply> reply = selectedReply();
    if (!reply || m_path.isEmpty() || m_sending.isRunning())
        return;
    const auto mailbox = std::find_if(m_mailboxList.cbegin(), m_mailboxList.cend(),
        [&reply](const Mailbox& box) { return box.id == reply->mailboxId; });
    if (mailbox == m_mailboxList.cend())
        return;
    const auto send = [this, id = reply->id, text = m_draft->toPlainText()](const QByteArray& stored) {
        runOnWorker([id, text, stored](Workspace& workspace, const OutreachEngine::Write& write) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            MailboxCredentials credentials([&stored](const QString&) { return std::optional(stored); }, now);
            const SmtpResult result
                = ReplyActions(workspace, write)
                      .send(
                          id, text, [&credentials](const Mailbox& box) { return credentials.secret(box); },
                          now);
            return result.outcome == SmtpResult::Outcome::Sent ? QString() : result.reason;
        });
    };
    if (mailbox->passwordEnv.isEmpty())
        send({});
    else
        KeyStore::read(
            mailbox->passwordEnv, this, [send](const QByteArray& key, const QString&) { send(key); });
}

QWidget* OutreachWindow::makeOutboxTab()
{
    auto* tab = new QWidget(this);
    m_outboxFilter->setObjectName(QStringLiteral("outboxFilter"));
    m_outboxFilter->addItem(tr("Upcoming"), int(Outbox::Show::Upcoming));
    m_outboxFilter->addItem(tr("Needs attention (failed, unknown, skipped)"), int(Outbox::Show::Attention));
    m_outboxFilter->addItem(tr("Sent"), int(Outbox::Show::Sent));
    m_outboxFilter->addItem(tr("All"), int(Outbox::Show::All));
    connect(m_outboxFilter, &QComboBox::currentIndexChanged, this, &OutreachWindow::refresh);
    m_outbox->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_outboxNote->setObjectName(QStringLiteral("outboxNote"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), tab));
    top->addWidget(m_outboxFilter);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    QPushButton* retry = addButton(buttons, tr("Send &Again"), QStringLiteral("retryButton"));
    retry->setToolTip(tr("Plan the message again from now (failed, unknown or skipped messages)."));
    QPushButton* skip = addButton(buttons, tr("S&kip"), QStringLiteral("skipButton"));
    skip->setToolTip(tr("Do not send this step; the lead goes on to the next one."));
    QPushButton* markSent = addButton(buttons, tr("&Mark Sent"), QStringLiteral("markSentButton"));
    markSent->setToolTip(tr("The message is in your Sent folder: record it as sent (unknown messages)."));
    buttons->addStretch();
    QPushButton* refreshButton = addButton(buttons, tr("&Refresh"), QStringLiteral("refreshButton"));
    connect(
        retry, &QPushButton::clicked, this, [this] { resolveSelected(OutreachEngine::Resolution::Retry); });
    connect(skip, &QPushButton::clicked, this, [this] { resolveSelected(OutreachEngine::Resolution::Skip); });
    connect(markSent, &QPushButton::clicked, this,
        [this] { resolveSelected(OutreachEngine::Resolution::MarkSent); });
    connect(refreshButton, &QPushButton::clicked, this, &OutreachWindow::refresh);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_outbox, 1);
    layout->addWidget(m_outboxNote);
    layout->addLayout(buttons);
    return tab;
}

QWidget* OutreachWindow::makeSequencesTab()
{
    auto* tab = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    QPushButton* add = addButton(buttons, tr("&New Sequence…"), QStringLiteral("newSequenceButton"));
    QPushButton* edit = addButton(buttons, tr("&Edit…"), QStringLiteral("editSequenceButton"));
    QPushButton* pause = addButton(buttons, tr("&Pause or Resume"), QStringLiteral("pauseSequenceButton"));
    buttons->addStretch();
    connect(add, &QPushButton::clicked, this, [this] { openSequenceEditor(); });
    connect(edit, &QPushButton::clicked, this, &OutreachWindow::editCurrentSequence);
    connect(m_sequences, &QTreeWidget::itemActivated, this, &OutreachWindow::editCurrentSequence);
    connect(pause, &QPushButton::clicked, this, &OutreachWindow::pauseCurrentSequence);
    auto* hint = new QLabel(
        tr("To enroll leads, select them in the table (or filter it) and choose Outreach › Enroll."), tab);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_sequences, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    return tab;
}

QWidget* OutreachWindow::makeMailboxesTab()
{
    auto* tab = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    QPushButton* add = addButton(buttons, tr("&Add Mailbox…"), QStringLiteral("addMailboxButton"));
    QPushButton* edit = addButton(buttons, tr("&Edit…"), QStringLiteral("editMailboxButton"));
    QPushButton* test = addButton(buttons, tr("&Test…"), QStringLiteral("testMailboxButton"));
    buttons->addStretch();
    connect(add, &QPushButton::clicked, this, [this] { openMailboxDialog(); });
    const auto editCurrent = [this] {
        if (const std::optional<Mailbox> mailbox = currentMailbox())
            openMailboxDialog(mailbox);
    };
    connect(edit, &QPushButton::clicked, this, editCurrent);
    connect(m_mailboxes, &QTreeWidget::itemActivated, this, editCurrent);
    connect(test, &QPushButton::clicked, this, [this] {
        if (const std::optional<Mailbox> mailbox = currentMailbox())
            openMailboxDialog(mailbox)->test();
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_mailboxes, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* OutreachWindow::makeOptOutsTab()
{
    auto* tab = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    QPushButton* add = addButton(buttons, tr("&Add…"), QStringLiteral("addOptOutButton"));
    QPushButton* import = addButton(buttons, tr("&Import CSV…"), QStringLiteral("importOptOutButton"));
    buttons->addStretch();
    connect(add, &QPushButton::clicked, this, &OutreachWindow::addOptOuts);
    connect(import, &QPushButton::clicked, this, &OutreachWindow::importOptOuts);
    auto* hint = new QLabel(
        tr("Addresses and whole domains (@example.com) that are never enrolled or written to."), tab);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(hint);
    layout->addWidget(m_optOuts, 1);
    layout->addLayout(buttons);
    return tab;
}

void OutreachWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void OutreachWindow::setWorkspace(const QString& path, LeadTableModel* model)
{
    m_path = path;
    m_model = model;
    m_previewLeadId = 0;
    refresh();
}

void OutreachWindow::showError(const QString& message)
{
    showErrorBox(this, tr("Outreach"), message);
}

// Everything the tabs show, in one read.
void OutreachWindow::refresh()
{
    if (!m_model)
        return;
    const auto show = Outbox::Show(m_outboxFilter->currentData().toInt());
    const QString replyClass = m_inboxFilter->currentData().toString();
    const qint64 replyMailbox = m_inboxMailbox->currentData().toLongLong();
    const quint64 generation = ++m_refreshes;
    // The figures read every message of every sequence: only while their tab is shown.
    const bool withFigures = m_tabs->currentWidget() == m_figures;
    m_model->read(this,
        [this, show, replyClass, replyMailbox, generation, withFigures](
            Workspace& workspace) -> LeadTableModel::Continuation {
            QList<Mailbox> mailboxes = MailboxStore(workspace).list();
            QList<Sequence> sequences = SequenceStore(workspace).list();
            const Outbox outbox(workspace);
            QHash<qint64, Outbox::SequenceCounts> counts = outbox.sequenceCounts();
            QList<OutboxEntry> entries = outbox.list(show, kOutboxLimit + 1);
            QStringList optOuts = OptOutList(workspace).list();
            QList<StoredReply> replies
                = ReplyActions::list(workspace, replyClass, kOutboxLimit, replyMailbox);
            std::optional<QList<SequenceFigures>> figures;
            if (withFigures)
                figures = OutreachStats(workspace).figures();
            return [=, this] {
                if (generation != m_refreshes)
                    return; // a newer read (another filter) is on its way
                m_mailboxList = mailboxes;
                m_sequenceList = sequences;
                if (figures)
                    m_figures->setFigures(*figures);
                {
                    // The mailbox filter follows the mailboxes, keeping its choice.
                    const QSignalBlocker blocker(m_inboxMailbox);
                    const qint64 chosen = m_inboxMailbox->currentData().toLongLong();
                    while (m_inboxMailbox->count() > 1)
                        m_inboxMailbox->removeItem(1);
                    for (const Mailbox& mailbox : mailboxes)
                        m_inboxMailbox->addItem(mailbox.name, mailbox.id);
                    m_inboxMailbox->setCurrentIndex(std::max(0, m_inboxMailbox->findData(chosen)));
                }
                const qint64 selected = selectedReply() ? selectedReply()->id : 0;
                m_replyList = replies;
                {
                    const QSignalBlocker blocker(m_inbox);
                    m_inbox->clear();
                    for (const StoredReply& reply : replies) {
                        auto* item = new QTreeWidgetItem(m_inbox,
                            { localTime(reply.receivedAt), reply.from, reply.replyClass, reply.subject,
                                reply.state });
                        item->setData(0, Qt::UserRole, reply.id);
                        if (reply.id == selected)
                            m_inbox->setCurrentItem(item);
                    }
                }
                showSelectedReply();
                const QLocale locale;
                m_outbox->clear();
                for (const OutboxEntry& entry : entries.mid(0, kOutboxLimit)) {
                    auto* item = new QTreeWidgetItem(m_outbox,
                        { localTime(entry.state == u"sent" ? entry.sentAt : entry.plannedAt),
                            stateText(entry.state), entry.email, entry.sequence,
                            QString::number(entry.step + 1), QString(QChar(u'A' + entry.variant)),
                            entry.mailbox, entry.subject, entry.reason });
                    item->setData(0, Qt::UserRole, entry.messageId);
                    item->setData(0, Qt::UserRole + 1, entry.state);
                    item->setToolTip(8, entry.reason);
                }
                m_outboxNote->setText(entries.size() > kOutboxLimit
                        ? tr("Showing the first %1 messages; `leadsync-cli outreach queue` lists them all.")
                              .arg(locale.toString(kOutboxLimit))
                        : QString());
                m_sequences->clear();
                for (const Sequence& sequence : sequences) {
                    QString mailbox;
                    for (const Mailbox& box : mailboxes) {
                        if (box.id == sequence.mailboxId)
                            mailbox = box.name;
                    }
                    const Outbox::SequenceCounts count = counts.value(sequence.id);
                    auto* item = new QTreeWidgetItem(m_sequences,
                        { sequence.spec.name, mailbox, QString::number(sequence.spec.steps.size()),
                            sequence.paused ? tr("paused") : tr("running"), locale.toString(count.active),
                            locale.toString(count.finished), locale.toString(count.stopped),
                            locale.toString(count.sent) });
                    item->setData(0, Qt::UserRole, sequence.spec.name);
                }
                m_mailboxes->clear();
                for (const Mailbox& mailbox : mailboxes) {
                    auto* item = new QTreeWidgetItem(m_mailboxes,
                        { mailbox.name, mailbox.from(), mailbox.smtpUrl.toString(),
                            QString::fromUtf8(mailbox.zone.id()), mailbox.window.toString(),
                            locale.toString(mailbox.dailyCap),
                            tr("%1–%2 s").arg(mailbox.gapMinSeconds).arg(mailbox.gapMaxSeconds) });
                    item->setData(0, Qt::UserRole, mailbox.name);
                }
                m_optOuts->clear();
                for (const QString& value : optOuts)
                    new QTreeWidgetItem(m_optOuts, { value });
                for (QTreeWidget* list : { m_inbox, m_outbox, m_sequences, m_mailboxes }) {
                    for (int column = 0; column + 1 < list->columnCount(); ++column)
                        list->resizeColumnToContents(column);
                }
                if (m_editor)
                    m_editor->setMailboxes(mailboxes);
                Q_EMIT refreshed();
            };
        });
}

std::optional<Sequence> OutreachWindow::currentSequence() const
{
    const QTreeWidgetItem* item = m_sequences->currentItem();
    for (const Sequence& sequence : m_sequenceList) {
        if (item && sequence.spec.name == item->data(0, Qt::UserRole).toString())
            return sequence;
    }
    return std::nullopt;
}

std::optional<Mailbox> OutreachWindow::currentMailbox() const
{
    const QTreeWidgetItem* item = m_mailboxes->currentItem();
    for (const Mailbox& mailbox : m_mailboxList) {
        if (item && mailbox.name == item->data(0, Qt::UserRole).toString())
            return mailbox;
    }
    return std::nullopt;
}

MailboxDialog* OutreachWindow::openMailboxDialog(const std::optional<Mailbox>& existing)
{
    auto* dialog = new MailboxDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setMailbox(*existing);
    connect(dialog, &MailboxDialog::saveRequested, this,
        [this, dialog = QPointer(dialog)](const Mailbox& mailbox) {
            if (!m_model)
                return;
            m_model->write(
                this, [this, dialog, mailbox](Workspace& workspace) -> LeadTableModel::Continuation {
                    try {
                        MailboxStore(workspace).save(mailbox, QDateTime::currentMSecsSinceEpoch());
                    } catch (const Error& error) {
                        return [dialog, message = error.message()] {
                            if (dialog)
                                dialog->showError(message);
                        };
                    }
                    return [this, dialog] {
                        if (dialog)
                            dialog->accept();
                        m_controller->forgetPasswords(); // a new password is read again
                        refresh();
                        m_controller->refreshStatus();
                        m_controller->tickNow();
                    };
                });
        });
    dialog->open();
    return dialog;
}

SequenceEditor* OutreachWindow::openSequenceEditor(const std::optional<Sequence>& existing)
{
    auto* editor = new SequenceEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    editor->setMailboxes(m_mailboxList);
    if (m_model) {
        // Built-in fields by the names templates use for them (first_name), the user's columns by
        // their own names.
        QStringList names;
        for (const Column& column : m_model->columns()) {
            if (!column.readOnly)
                names.append(column.builtin ? column.sqlName : column.displayName);
        }
        editor->setFieldNames(names);
    }
    if (existing)
        editor->setSequence(existing->spec);
    setPreviewLead(m_previewLeadId);
    connect(editor, &SequenceEditor::saveRequested, this,
        [this, editor = QPointer(editor)](const SequenceSpec& spec) {
            if (!m_model)
                return;
            m_model->write(this, [this, editor, spec](Workspace& workspace) -> LeadTableModel::Continuation {
                try {
                    SequenceStore(workspace).save(spec, QDateTime::currentMSecsSinceEpoch());
                } catch (const Error& error) {
                    return [editor, message = error.message()] {
                        if (editor)
                            editor->showError(message);
                    };
                }
                return [this, editor] {
                    if (editor)
                        editor->accept();
                    refresh();
                };
            });
        });
    editor->open();
    return editor;
}

void OutreachWindow::setPreviewLead(qint64 leadId)
{
    m_previewLeadId = leadId;
    if (!m_editor || !m_model)
        return;
    if (leadId == 0) {
        m_editor->setPreviewLead({});
        return;
    }
    m_model->read(
        m_editor, [editor = m_editor, leadId](Workspace& workspace) -> LeadTableModel::Continuation {
            QHash<QString, QString> lead = leadValues(workspace, leadId);
            return [editor, lead] {
                if (editor)
                    editor->setPreviewLead(lead);
            };
        });
}

void OutreachWindow::editCurrentSequence()
{
    if (const std::optional<Sequence> sequence = currentSequence())
        openSequenceEditor(sequence);
}

void OutreachWindow::pauseCurrentSequence()
{
    const std::optional<Sequence> sequence = currentSequence();
    if (!sequence || !m_model)
        return;
    writeOrShow(
        m_model, this,
        [name = sequence->spec.name, paused = !sequence->paused](Workspace& workspace) {
            SequenceStore(workspace).setPaused(name, paused, QDateTime::currentMSecsSinceEpoch());
        },
        [this] {
            refresh();
            m_controller->refreshStatus();
            m_controller->tickNow();
        });
}

EnrollDialog* OutreachWindow::openEnrollDialog(
    const QList<qint64>& leadIds, const Filter& filter, const QString& scope)
{
    if (!m_model)
        return nullptr;
    auto* dialog = new EnrollDialog(scope, parentWidget() ? parentWidget() : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto idsIn = leadsOf(leadIds, filter);
    connect(dialog, &EnrollDialog::sequenceChosen, this, [this, dialog, idsIn](const QString& name) {
        m_model->read(dialog, [dialog, idsIn, name](Workspace& workspace) -> LeadTableModel::Continuation {
            try {
                const Sequence sequence = SequenceStore(workspace).get(name);
                const OutreachEngine::EnrollResult counts = engineIn(workspace).enroll(
                    sequence, idsIn(workspace), QDateTime::currentDateTimeUtc(), true);
                return [dialog, name, counts] { dialog->showCounts(name, counts); };
            } catch (const Error& error) {
                return [dialog, message = error.message()] { dialog->showError(message); };
            }
        });
    });
    connect(dialog, &EnrollDialog::enrollRequested, this, [this, dialog, idsIn](const QString& name) {
        m_model->write(
            dialog, [this, dialog, idsIn, name](Workspace& workspace) -> LeadTableModel::Continuation {
                try {
                    const Sequence sequence = SequenceStore(workspace).get(name);
                    engineIn(workspace).enroll(sequence, idsIn(workspace), QDateTime::currentDateTimeUtc());
                } catch (const Error& error) {
                    return [dialog, message = error.message()] { dialog->showError(message); };
                }
                return [this, dialog] {
                    dialog->accept();
                    refresh();
                    m_controller->refreshStatus();
                    m_controller->tickNow();
                    Q_EMIT changed();
                };
            });
    });
    dialog->setSequences(m_sequenceList, currentSequence() ? currentSequence()->spec.name : QString());
    dialog->open();
    return dialog;
}

void OutreachWindow::openUnenrollDialog(
    const QList<qint64>& leadIds, const Filter& filter, const QString& scope)
{
    if (!m_model || m_sequenceList.isEmpty())
        return;
    QStringList names;
    for (const Sequence& sequence : std::as_const(m_sequenceList))
        names.append(sequence.spec.name);
    auto* input = new QInputDialog(parentWidget() ? parentWidget() : this);
    input->setObjectName(QStringLiteral("unenrollDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Remove from Sequence"));
    input->setLabelText(
        tr("Take %1 out of the sequence (their messages not sent yet are cancelled):").arg(scope));
    input->setComboBoxItems(names);
    connect(input, &QInputDialog::textValueSelected, this,
        [this, idsIn = leadsOf(leadIds, filter)](const QString& name) {
            writeOrShow(
                m_model, this,
                [idsIn, name](Workspace& workspace) {
                    engineIn(workspace).unenroll(SequenceStore(workspace).get(name), idsIn(workspace),
                        QDateTime::currentDateTimeUtc());
                },
                [this] {
                    refresh();
                    m_controller->refreshStatus();
                    Q_EMIT changed();
                });
        });
    input->open();
}

void OutreachWindow::resolveSelected(OutreachEngine::Resolution resolution)
{
    QList<qint64> ids;
    for (const QTreeWidgetItem* item : m_outbox->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toLongLong());
    if (ids.isEmpty() || !m_model)
        return;
    writeOrShow(
        m_model, this,
        [ids, resolution](Workspace& workspace) {
            engineIn(workspace).resolve(ids, resolution, QDateTime::currentDateTimeUtc());
        },
        [this] {
            refresh();
            m_controller->refreshStatus();
            m_controller->tickNow();
            Q_EMIT changed();
        });
}

void OutreachWindow::addOptOuts()
{
    auto* input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Add Opt-Outs"));
    input->setLabelText(tr("Addresses or domains (@example.com), separated by spaces, commas or lines:"));
    input->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QStringList values
            = text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
        if (values.isEmpty() || !m_model)
            return;
        writeOrShow(
            m_model, this,
            [values](Workspace& workspace) {
                OptOutList(workspace).add(values, tr("added by hand"), QDateTime::currentMSecsSinceEpoch());
            },
            [this] { refresh(); });
    });
    input->open();
}

void OutreachWindow::importOptOuts()
{
    auto* chooser
        = new QFileDialog(this, tr("Import Opt-Outs"), QString(), tr("CSV files (*.csv);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!m_model)
            return;
        // The file is read on the writer's thread: a large list does not hold up the window.
        writeOrShow(
            m_model, this,
            [path](Workspace& workspace) {
                OptOutList(workspace).add(
                    OptOutList::readCsv(path), path, QDateTime::currentMSecsSinceEpoch());
            },
            [this] { refresh(); });
    });
    chooser->open();
}

} // namespace LeadSync
