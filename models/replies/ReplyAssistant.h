#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace LeadSync {

class Workspace;

// The AI provider of the reply handling: an OpenAI-compatible server (as for AI columns; local
// models work) that classifies each reply and drafts answers from what the consultant wrote once
// about their offer. Its settings are kept in the workspace; its key is in the keychain entry (or
// environment variable) keyEnv names, never in the workspace. Without a server, the rule set and
// the template drafts stand in (ReplySync, ReplyActions). Blocking: a worker thread or the CLI.
class ReplyAssistant final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::ReplyAssistant)

public:
    struct Settings
    {
        QString baseUrl; // empty: no AI
        QString model;
        QString keyEnv;
        QString offer; // what the consultant offers, in their words: answers come from it only

        static Settings load(Workspace& workspace);
        void save(Workspace& workspace) const;
    };

    ReplyAssistant(Settings settings, QByteArray key, int timeoutMs = 60000);
    bool isConfigured() const { return !m_settings.baseUrl.isEmpty() && !m_settings.model.isEmpty(); }

    // The class and a short reason; a failure gives "ambiguous" and says why (never lost).
    std::pair<QString, QString> classify(const QString& subject, const QString& text) const;
    // An answer to the reply: the booking link for an interested lead, an answer from the offer only
    // (or a promise to check) for a question, a polite close otherwise. nullopt with error set when
    // the provider failed.
    std::optional<QString> draft(const QString& replyClass, const QString& subject, const QString& text,
        const QHash<QString, QString>& lead, const QString& bookingLink, const QString& signature,
        QString* error) const;

private:
    // The provider's answer to one prompt, or an error.
    std::optional<QString> ask(const QString& system, const QString& user, bool json, QString* error) const;

    Settings m_settings;
    QByteArray m_key;
    int m_timeoutMs;
};

} // namespace LeadSync
