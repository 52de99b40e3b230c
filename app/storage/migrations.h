#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// Schema migrations numbered by PRAGMA user_version: migration N takes a database from N-1 to N.
struct Migration
{
    int version = 0;
    QString sql; // several statements; trigger bodies (BEGIN … END;) are kept whole
};

class MigrationSet
{
public:
    // The migrations shipped in the storage library's resources (:/sql/NNN_*.sql).
    static const MigrationSet &builtin();

    void add(int version, const QString &sql) { m_migrations.append({version, sql}); }
    int latestVersion() const;
    QList<Migration> after(int version) const;

    // Splits a script into single statements for QSqlQuery, which runs one statement at a time.
    static QStringList splitStatements(const QString &script);

private:
    QList<Migration> m_migrations;
};

} // namespace pressdesk
