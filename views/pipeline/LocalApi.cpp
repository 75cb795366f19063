#include "LocalApi.h"

#include "Error.h"
#include "api/HttpServer.h"
#include "api/LeadApi.h"
#include "contacts/Contacts.h"
#include "outreach/OAuth.h"
#include "secrets/KeyStore.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWriter.h"
#include "table/LeadTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>

#include <future>

namespace LeadSync {

namespace {

const QString kEnabledKey = QStringLiteral("api/enabled");
const QString kListenKey = QStringLiteral("api/listen");
const QString kDefaultListen = QStringLiteral("127.0.0.1:3010");

QByteArray newToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

} // namespace

LocalApi::LocalApi(QObject* parent)
    : QObject(parent)
{ }

LocalApi::~LocalApi()
{
    stop();
}

bool LocalApi::isEnabled() const
{
    return QSettings().value(kEnabledKey, false).toBool();
}

QString LocalApi::listenAddress() const
{
    return QSettings().value(kListenKey, kDefaultListen).toString();
}

QString LocalApi::url() const
{
    if (!m_server)
        return {};
    const QString host = listenAddress().left(listenAddress().lastIndexOf(u':'));
    return QStringLiteral("http://%1:%2").arg(host).arg(m_server->port());
}

void LocalApi::setModel(LeadTableModel* model, const QString& workspacePath)
{
    m_model = model;
    m_workspacePath = workspacePath;
    stop();
    if (isEnabled())
        start();
}

void LocalApi::setEnabled(bool enabled, const QString& address)
{
    QSettings().setValue(kEnabledKey, enabled);
    QSettings().setValue(kListenKey, address.trimmed().isEmpty() ? kDefaultListen : address.trimmed());
    stop();
    if (enabled)
        start();
    else
        Q_EMIT stateChanged({});
}

void LocalApi::renewToken()
{
    m_token = newToken();
    KeyStore::write(QString::fromLatin1(kTokenName), m_token, this, [this](const QString& error) {
        if (!error.isEmpty())
            Q_EMIT stateChanged(tr("The API token could not be kept in the keychain: %1").arg(error));
    });
    if (m_server && m_api) { // the running server takes the new token
        stop();
        start();
    }
}

void LocalApi::start()
{
    if (m_workspacePath.isEmpty())
        return;
    if (m_token.isEmpty()) {
        // The token first: from the keychain, or a new one kept there.
        KeyStore::read(QString::fromLatin1(kTokenName), this, [this](const QByteArray& key, const QString&) {
            if (key.isEmpty()) {
                renewToken();
            } else {
                m_token = key;
            }
            if (!m_server && isEnabled())
                start();
        });
        return;
    }
    const QString where = listenAddress();
    const qsizetype colon = where.lastIndexOf(u':');
    const QHostAddress address(where.left(colon).remove(u'[').remove(u']'));
    bool portOk = false;
    const uint port = where.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || address.isNull() || !portOk || port > 65535) {
        Q_EMIT stateChanged(tr("The API's address %1 is not HOST:PORT with an IP address.").arg(where));
        return;
    }
    LeadApi::Options options;
    options.workspacePath = m_workspacePath;
    options.token = m_token;
    options.write = OutreachEngine::through(WorkspaceWriter::of(m_workspacePath));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    options.password = [this, started](const Mailbox& mailbox) {
        return MailboxCredentials(
            [this](const QString& entry) -> std::optional<QByteArray> {
                const QByteArray key = keyFor(entry);
                return key.isEmpty() ? std::nullopt : std::optional<QByteArray>(key);
            },
            started)
            .secret(mailbox);
    };
    options.apiKey = [this](const QString& name) { return keyFor(name); };
    options.leadAdded = [this](qint64 leadId) {
        QMetaObject::invokeMethod(
            this, [this, leadId] { Q_EMIT leadAdded(leadId); }, Qt::QueuedConnection);
    };
    m_api = std::make_unique<LeadApi>(options);
    auto server = std::make_unique<HttpServer>(
        [api = m_api.get()](const HttpIncoming& request) { return api->handle(request); });
    try {
        server->listen(address, quint16(port));
    } catch (const Error& error) {
        m_api.reset();
        Q_EMIT stateChanged(error.message());
        return;
    }
    m_server = std::move(server);
    Q_EMIT stateChanged({});
}

void LocalApi::stop()
{
    m_server.reset(); // waits for the requests being answered
    m_api.reset();
}

QByteArray LocalApi::keyFor(const QString& name)
{
    // On a server thread: the keychain answers on the GUI thread, which never waits for the server.
    auto promise = std::make_shared<std::promise<QByteArray>>();
    std::future<QByteArray> key = promise->get_future();
    QMetaObject::invokeMethod(
        this,
        [this, name, promise] {
            KeyStore::read(name, this,
                [promise](const QByteArray& value, const QString&) { promise->set_value(value); });
        },
        Qt::QueuedConnection);
    return key.wait_for(std::chrono::seconds(20)) == std::future_status::ready ? key.get() : QByteArray();
}

void LocalApi::openDialog(QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("localApiDialog"));
    dialog->setWindowTitle(tr("Local API"));
    auto* enabled = new QCheckBox(tr("&Run the local API while LeadSync is open"), dialog);
    enabled->setObjectName(QStringLiteral("apiEnabledCheckBox"));
    enabled->setChecked(isEnabled());
    auto* address = new QLineEdit(listenAddress(), dialog);
    address->setObjectName(QStringLiteral("apiAddressEdit"));
    address->setToolTip(tr("127.0.0.1 is this computer only; another address lets other machines in."));
    auto* token = new QLineEdit(QString::fromLatin1(m_token), dialog);
    token->setObjectName(QStringLiteral("apiTokenEdit"));
    token->setReadOnly(true);
    auto* copy = new QPushButton(tr("&Copy"), dialog);
    auto* renew = new QPushButton(tr("&New Token"), dialog);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(token, 1);
    tokenRow->addWidget(copy);
    tokenRow->addWidget(renew);
    auto* region = new QLineEdit(dialog);
    region->setObjectName(QStringLiteral("defaultRegionEdit"));
    region->setPlaceholderText(tr("e.g. DE"));
    region->setMaxLength(2);
    region->setToolTip(tr("Phones written without a country code are read in this country when the lead has "
                          "none."));
    auto* status = new QLabel(dialog);
    status->setObjectName(QStringLiteral("apiStatusLabel"));
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto showStatus = [this, status, token](const QString& error) {
        token->setText(QString::fromLatin1(m_token));
        if (!error.isEmpty())
            status->setText(error);
        else if (isRunning())
            status->setText(
                tr("Listening on %1\nTilda webhook: %1/leads/webhooks/tilda/%2\nDescription: %1/openapi.json")
                    .arg(url(), QString::fromLatin1(m_token)));
        else
            status->setText(tr("Off."));
    };
    showStatus({});
    connect(this, &LocalApi::stateChanged, dialog, showStatus);
    connect(copy, &QPushButton::clicked, dialog,
        [this] { QApplication::clipboard()->setText(QString::fromLatin1(m_token)); });
    connect(renew, &QPushButton::clicked, dialog, [this, showStatus] {
        renewToken();
        showStatus({});
    });
    if (m_model) {
        m_model->read(dialog, [region](Workspace& workspace) -> LeadTableModel::Continuation {
            const QString code = workspace.metaValue(Contacts::defaultRegionKey());
            return [region, code] { region->setText(code); };
        });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, enabled, address, region, status] {
        const QString code = region->text().trimmed().toUpper();
        if (!code.isEmpty() && !Contacts::isRegion(code)) {
            status->setText(tr("%1 is not a country's ISO code (DE, US, FR…).").arg(code));
            return;
        }
        if (m_model)
            m_model->write(this, [code](Workspace& workspace) -> LeadTableModel::Continuation {
                workspace.setMetaValue(Contacts::defaultRegionKey(), code);
                return {};
            });
        setEnabled(enabled->isChecked(), address->text());
        dialog->accept();
    });
    auto* form = new QFormLayout;
    form->addRow(enabled);
    form->addRow(tr("&Address:"), address);
    auto* tokenLabel = new QLabel(tr("&Token:"), dialog); // a row of widgets: the label needs its buddy
    tokenLabel->setBuddy(token);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(tr("Default &country for phones:"), region);
    form->addRow(status);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->resize(560, dialog->sizeHint().height());
    dialog->open();
}

} // namespace LeadSync
