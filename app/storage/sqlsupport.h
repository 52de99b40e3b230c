#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace pressdesk::sql {

// Maps an SQLite failure to an Error a user can act on (disk full, read-only, constraint, …).
Error toError(const QSqlError &error, const QString &what);

// Prepares and runs one statement with bound values, in order. Values only ever travel as parameters.
Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values = {});

// A connection name no other connection in this process uses (connections are per thread and per file).
QString newConnectionName();

// The tables of the main schema that hold rows, by name: type 'table' in pragma_table_list (SQLite 3.37),
// so the search index's shadow tables are in and the virtual table itself is not. False on failure, with
// the reason in query.lastError().
bool tableNames(QSqlQuery &query, QStringList &names);

// An identifier from the file's own schema, quoted for SQL: identifiers cannot be bound.
QString quotedIdentifier(const QString &name);

// The first problem in a row of PRAGMA quick_check output, as one line ("Page 54: btreeInitPage() returns
// error code 11"), without SQLite's "*** in database main ***" heading.
QString integrityProblem(const QString &checkOutput);

// NULL for an empty string, so that optional columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString &text);

} // namespace pressdesk::sql
