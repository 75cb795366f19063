#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

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
    // Throws Error when sql is not exactly one statement.
    SqliteStatement(sqlite3* db, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binds text that must stay valid until the next step() (no copy). An empty view binds ''.
    void bindText(int index, QByteArrayView text);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    // Binds bytes as a BLOB, valid until the next step() (no copy). An empty view binds a zero-length one.
    void bindBlob(int index, QByteArrayView bytes);
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

// Runs one statement (composed SQL, such as DDL naming a column) to its end, discarding rows.
void sqliteRun(sqlite3* db, const QByteArray& sql);

// Executes fixed statements, given as a string literal, without results. SQL composed at run time
// goes through sqliteRun() or SqliteStatement, which take one statement only.
void sqliteExecLiteral(sqlite3* db, const char* sql);
template <std::size_t N> void sqliteExec(sqlite3* db, const char (&sql)[N])
{
    sqliteExecLiteral(db, sql);
}

// Executes a script of statements shipped in the resources (a migration); never composed SQL.
void sqliteExecScript(sqlite3* db, const QByteArray& script);

} // namespace LeadSync
