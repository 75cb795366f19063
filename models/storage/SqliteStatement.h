#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace LeadSync {

// A prepared statement on a raw SQLite connection (from QSqlDriver::handle()).
// Used only on the bulk paths (import, export, search indexing): QSqlQuery's per-row overhead
// (QVariant boxing, QString conversion) costs about three times the C API there, while the rest
// of the code goes through QSqlQuery. Errors throw LeadSync::Error.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3* db, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binds text that must stay valid until the next step() (no copy). An empty view binds ''.
    void bindText(int index, QByteArrayView text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // Returns true when a row is available, false when the statement is done.
    bool step();
    void reset();

    int columnCount() const;
    QByteArrayView columnText(int column) const;
    qint64 columnInt(int column) const;

private:
    [[noreturn]] void fail() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Executes one or more statements without results on a raw connection.
void sqliteExec(sqlite3* db, QByteArrayView sql);

} // namespace LeadSync
