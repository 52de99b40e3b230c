#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pressdesk::sql {

// Maps an SQLite failure to an Error a user can act on (disk full, read-only, constraint, …).
Error toError(const QSqlError &error, const QString &what);
// The same for an SQLite result code (primary or extended) and SQLite's message.
Error toError(int code, const QString &text, const QString &what);

// The SQLite connection under a Qt Sql connection of the QSQLITE driver, for the few paths that run one
// statement hundreds of thousands of times (imports): Qt Sql spends more per bound value than SQLite
// spends on the row. Null when the driver is another, or when its SQLite library is not the one PressDesk
// is linked with (the handle would then belong to another copy of SQLite).
sqlite3 *nativeHandle(const QSqlDatabase &database);

// One prepared statement on a native handle, reset after every run. Values are bound by position
// (1-based); texts are kept alive by the statement until the next bind at that position, and an empty
// (or null) QString binds as '' (never NULL). Use it on the connection's own thread only.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Result<void> prepare(sqlite3 *connection, const QString &statement);
    bool isPrepared() const { return m_statement != nullptr; }

    void bind(int position, const QString &text);
    void bind(int position, qint64 value);
    void bindNull(int position);
    // Null, text, whole number (bool, int, id) or bytes, as the value holds; as exec() binds it.
    void bind(int position, const QVariant &value);
    // NULL for 0 (an optional reference), the id otherwise.
    void bindIdOrNull(int position, qint64 id);

    // Runs the statement to its next row: true with a row to read, false when it is done (and reset).
    Result<bool> step(const QString &what);
    // Runs a statement that returns no rows (or whose rows do not matter) and resets it.
    Result<void> run(const QString &what);
    void reset();

    qint64 columnInt(int column) const;
    QString columnText(int column) const;

private:
    Error error(int code, const QString &what) const;

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QString> m_texts; // the bound texts, by position
};

// Prepares and runs one statement with bound values, in order. Values only ever travel as parameters.
Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values = {});
Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values);

// A connection name no other connection in this process uses (connections are per thread and per file).
QString newConnectionName();

// The tables of the main schema that hold rows, by name: type 'table' in pragma_table_list (SQLite 3.37),
// so the search index's shadow tables are in and the virtual table itself is not.
Result<QStringList> tableNames(QSqlQuery &query);

// An identifier from the file's own schema, quoted for SQL: identifiers cannot be bound.
QString quotedIdentifier(const QString &name);

// The first problem in a row of PRAGMA quick_check output, as one line ("Page 54: btreeInitPage() returns
// error code 11"), without SQLite's "*** in database main ***" heading.
QString integrityProblem(const QString &checkOutput);

// NULL for an empty string, so that optional columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString &text);

} // namespace pressdesk::sql
