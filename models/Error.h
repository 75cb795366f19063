#pragma once

#include <QString>

#include <exception>

namespace LeadSync {

// The one error type of the core. Thrown inside the models layer and caught at its API boundary
// (the CLI's command handlers, a worker's run function), so that a failure deep inside an import
// unwinds through RAII guards (transaction rollback, file close) instead of through error codes.
// The message is a complete sentence for the user; it names the file, line or field at fault.
class Error final : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    { }

    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace LeadSync
