#pragma once

#include "HttpServer.h"
#include "leads/Column.h"
#include "outreach/OutreachEngine.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace LeadSync {

class Workspace;

// The local API (decision 0017): leads in (JSON, a Tilda form webhook), a lead with its history, stage
// moves, analysis, one-off messages, replies recorded by hand and AI drafts, and its own OpenAPI
// description. A thin layer over the same model functions the app and the CLI use; every write goes
// through the options' write (the process's one writer). Thread-safe: each connection's thread reads
// on a workspace connection of its own.
class LeadApi final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::LeadApi)

public:
    struct Options
    {
        QString workspacePath;
        QByteArray token; // every request but GET /health must carry it
        OutreachEngine::Write write;
        // A mailbox's secret for POST /send (the keychain in the app, the environment in the CLI).
        OutreachEngine::PasswordLookup password;
        // An API key by its name, for the analysis and AI drafts.
        std::function<QByteArray(const QString& name)> apiKey;
        // Told of every lead created or merged (on the connection's thread): the app shows it.
        std::function<void(qint64 leadId)> leadAdded;
    };

    explicit LeadApi(Options options);
    ~LeadApi(); // indexes what is left for search
    LeadApi(const LeadApi&) = delete;
    LeadApi& operator=(const LeadApi&) = delete;

    HttpOutgoing handle(const HttpIncoming& request) const;
    // The OpenAPI 3 description of every route.
    QJsonObject openApi() const;

    struct Call; // one request being answered (LeadApi.cpp)
    struct Route;

private:
    HttpOutgoing health(const Call& call) const;
    HttpOutgoing describe(const Call& call) const;
    HttpOutgoing createLead(const Call& call) const;
    HttpOutgoing tildaWebhook(const Call& call) const;
    HttpOutgoing showLead(const Call& call) const;
    HttpOutgoing moveLead(const Call& call) const;
    HttpOutgoing analyzeLead(const Call& call) const;
    HttpOutgoing sendMessage(const Call& call) const;
    HttpOutgoing recordReply(const Call& call) const;
    HttpOutgoing draftReply(const Call& call) const;
    // Stores a lead from its fields (SQL name -> text), normalised, deduplicated by email; columns: the
    // workspace's, as the caller read them.
    HttpOutgoing storeLead(const Call& call, const ColumnList& columns, QHash<QString, QString> fields,
        const QString& source) const;
    bool authorised(const Call& call, bool tokenInPath) const;

    static const QList<Route>& routes();
    // New leads are added to the full-text index in batches, a moment after they came: one FTS5
    // segment per lead (a transaction each) would cost more than the lead itself (decision 0017).
    void indexLoop();

    Options m_options;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    mutable bool m_unindexed = false;
    bool m_stopping = false;
    std::thread m_indexer;
};

} // namespace LeadSync
