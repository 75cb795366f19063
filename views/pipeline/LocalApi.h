#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QWidget;

namespace LeadSync {

class HttpServer;
class LeadApi;
class LeadTableModel;

// The local API served by the desktop app while it is open (decision 0017): the same LeadApi as
// `leadsync-cli serve`, writing through the app's writer, so the two never conflict, and a lead that
// arrives shows in the table. Off by default; on, it listens on the address the user set (loopback
// unless told otherwise) with a token kept in the keychain under LEADSYNC_API_TOKEN, the variable
// the CLI reads.
class LocalApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalApi)

public:
    static constexpr const char* kTokenName = "LEADSYNC_API_TOKEN";

    explicit LocalApi(QObject* parent = nullptr);
    ~LocalApi() override;

    // The workspace it serves (the server restarts on it when on).
    void setModel(LeadTableModel* model, const QString& workspacePath);
    bool isEnabled() const;
    QString listenAddress() const; // "127.0.0.1:3010"
    // Turns the server on or off and remembers it, with the address.
    void setEnabled(bool enabled, const QString& listenAddress);
    bool isRunning() const { return m_server != nullptr; }
    QString url() const; // "http://127.0.0.1:3010", empty when off
    const QByteArray& token() const { return m_token; }
    // Makes a new token (the old one stops working).
    void renewToken();
    // The settings dialog.
    void openDialog(QWidget* parent);

Q_SIGNALS:
    // On the GUI thread: a lead came in (created or merged).
    void leadAdded(qint64 leadId);
    // The server started, stopped or failed (error empty unless it failed).
    void stateChanged(const QString& error);

private:
    void start();
    void stop();
    // A key from the keychain, for the server's threads (waits for the GUI thread's answer).
    QByteArray keyFor(const QString& name);

    QPointer<LeadTableModel> m_model;
    QString m_workspacePath;
    QByteArray m_token;
    std::unique_ptr<LeadApi> m_api;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace LeadSync
