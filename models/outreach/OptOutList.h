#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace LeadSync {

class Workspace;

// Addresses and whole domains never to write to: added by hand, from a CSV file, or by the reply
// handling (an unsubscribe). An opted-out lead is never enrolled and never sent to.
class OptOutList final
{
    Q_DECLARE_TR_FUNCTIONS(LeadSync::OptOutList)

public:
    explicit OptOutList(Workspace& workspace);

    // An address ("ana@example.com") or a domain ("@example.com"), trimmed and lower-cased; throws
    // Error naming the value when it is neither.
    static QString normalized(const QString& value);
    // Adds the values (already listed ones stay as they were); returns how many are new.
    int add(const QStringList& values, const QString& source, qint64 now);
    // The values of a CSV file: its "email" column (or its first), one per row; throws Error naming
    // the file and line of a value that is no address.
    static QStringList readCsv(const QString& path);
    QStringList list() const;
    // Whether the address, or its domain, is on the list.
    bool contains(const QString& address) const;

private:
    Workspace& m_workspace;
};

} // namespace LeadSync
