#pragma once

#include "HttpCall.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace LeadSync {

// The OpenAI Chat Completions protocol, as AI columns and the reply assistant speak it to any
// OpenAI-compatible server (OpenAI, OpenRouter, Ollama, LM Studio).
namespace ChatCompletion {

struct Prompt
{
    QString baseUrl; // "https://api.openai.com/v1"; "/chat/completions" is added
    QString model;
    QString system; // empty: none
    QString user;
    double temperature = 0.2;
    int maxTokens = 400;
    bool json = false; // ask for a JSON object
};

// The request (without the key, which the caller attaches as it attaches keys).
HttpRequest request(const Prompt& prompt);

struct Answer
{
    QString content;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
};
// The reply's first choice, or nullopt when the body is not a chat completion.
std::optional<Answer> answer(const QByteArray& body);

} // namespace ChatCompletion

} // namespace LeadSync
