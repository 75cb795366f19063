#include "SqliteStatement.h"

#include "Error.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace LeadSync {

namespace {
Error databaseError(const char* detail, QByteArrayView sql)
{
    return Error(
        QCoreApplication::translate("LeadSync::SqliteStatement", "Database error: %1 (in: %2)")
            .arg(QString::fromUtf8(detail), QString::fromUtf8(sql.first(qMin<qsizetype>(sql.size(), 120)))));
}
} // namespace

SqliteStatement::SqliteStatement(sqlite3* db, QByteArrayView sql)
    : m_db(db)
{
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, &tail) != SQLITE_OK)
        throw databaseError(sqlite3_errmsg(db), sql);
    // One statement and nothing after it: composed SQL can never bring a second statement along.
    if (m_stmt == nullptr || !QByteArrayView(tail, sql.data() + sql.size() - tail).trimmed().isEmpty()) {
        sqlite3_finalize(m_stmt);
        throw databaseError("not exactly one statement", sql);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindText(int index, QByteArrayView text)
{
    // An empty view may have a null pointer, which SQLite would bind as NULL: bind an empty string.
    const int rc = sqlite3_bind_text(
        m_stmt, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail();
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail();
}

void SqliteStatement::bindDouble(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail();
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    if (const int rc = sqlite3_bind_blob64(
            m_stmt, index, bytes.isEmpty() ? "" : bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
        rc != SQLITE_OK)
        fail();
}

void SqliteStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail();
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    // The blob of the column's value hands out the stored UTF-8 bytes as they are; sqlite3_column_text
    // would first NUL-terminate them, often by copying: a third of an export's time. The value is read
    // once: sqlite3_column_blob and sqlite3_column_bytes would each look the column up, enter and
    // leave the connection's mutex and check for an allocation failure, a fifth of an export's time.
    // SQLite calls a value from sqlite3_column_value "unprotected": reading it is not thread-safe,
    // which does not matter here, since a connection is only ever used by one thread at a time.
    sqlite3_value* value = sqlite3_column_value(m_stmt, column);
    const auto* text = static_cast<const char*>(sqlite3_value_blob(value));
    return QByteArrayView(text, sqlite3_value_bytes(value));
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

void SqliteStatement::fail() const
{
    Error error = databaseError(sqlite3_errmsg(m_db), sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    throw error;
}

void sqliteRun(sqlite3* db, const QByteArray& sql)
{
    SqliteStatement statement(db, sql);
    while (statement.step()) { }
}

void sqliteExecLiteral(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error = databaseError(message, sql);
        sqlite3_free(message);
        throw error;
    }
}

void sqliteExecScript(sqlite3* db, const QByteArray& script)
{
    sqliteExecLiteral(db, script.constData());
}

} // namespace LeadSync
