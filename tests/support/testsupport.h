#pragma once

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

// Small helpers shared by the tests. They use raw Qt Sql on purpose where a test must reach around the
// storage layer, e.g. to fake a file written by another program or a newer version.
namespace testsupport {

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs statements on a file through a private connection that knows nothing of PressDesk.
inline QString runRawSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = query.lastError().text() + QStringLiteral(" in: ") + statement;
                    break;
                }
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The statements that take a file of version 11 back to version 10: without postal addresses, the new
// contact and channel columns, and with the search view of versions 2 to 10.
inline QStringList rewindToVersion10Statements()
{
    QStringList statements = {
        QStringLiteral("DROP TRIGGER contact_search_address_insert"),
        QStringLiteral("DROP TRIGGER contact_search_address_update"),
        QStringLiteral("DROP TRIGGER contact_search_address_delete"),
        QStringLiteral("DROP TABLE postal_address"),
        QStringLiteral("DROP VIEW contact_search_source"),
        QStringLiteral(
            "CREATE VIEW contact_search_source AS SELECT id, name, details, "
            "replace(replace(replace(replace(replace(replace(replace(replace(name, 'ä', 'ae'), 'ö', 'oe'), "
            "'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS') AS name_folded, "
            "replace(replace(replace(replace(replace(replace(replace(replace(details, 'ä', 'ae'), 'ö', "
            "'oe'), "
            "'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'), 'ẞ', 'SS') AS details_folded "
            "FROM (SELECT c.id AS id, c.honorific || ' ' || c.given_name || ' ' || c.family_name AS name, "
            "c.role || ' ' || coalesce(o.name, '') || ' ' || c.press_topics || ' ' || "
            "coalesce((SELECT group_concat(ch.value, ' ') FROM contact_channel ch WHERE ch.contact_id = c.id "
            "AND ch.kind = 'email'), '') AS details FROM contact c "
            "LEFT JOIN organisation o ON o.id = c.organisation_id)"),
        QStringLiteral("DROP INDEX contact_uid"),
        QStringLiteral("ALTER TABLE contact_channel DROP COLUMN types"),
        QStringLiteral("ALTER TABLE contact_channel DROP COLUMN preferred"),
    };
    for (const char *column : {"additional_names", "honorific_suffix", "nickname", "formatted_name",
                               "department", "uid", "kept_properties", "photo", "photo_type"})
        statements.append(QStringLiteral("ALTER TABLE contact DROP COLUMN ") + QLatin1String(column));
    return statements;
}

// Takes a file of the current schema back to how version 3 left it, rows and all: without the topic index
// of version 4 and the release content of version 6 (version 5 rewrites the channel table whatever it
// finds). For tests of updating an old file that has many contacts.
inline QString rewindToVersion3(const QString &path)
{
    return runRawSql(
        path, rewindToVersion10Statements() +
                  // Press kits as version 1 made them (the tests that rewind have none).
                  QStringList{
                      QStringLiteral("DROP TABLE press_kit"),
                      QStringLiteral("CREATE TABLE press_kit (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                                     "release_id INTEGER REFERENCES press_release(id) ON DELETE SET NULL, "
                                     "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                                     "revision INTEGER NOT NULL DEFAULT 1)"),
                      QStringLiteral("CREATE TABLE press_kit_item (kit_id INTEGER NOT NULL REFERENCES "
                                     "press_kit(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN "
                                     "('release', 'timeline', 'quote', 'contact', 'asset')), ref_id INTEGER, "
                                     "position INTEGER NOT NULL, PRIMARY KEY (kit_id, position))"),
                      QStringLiteral("DROP TABLE IF EXISTS office_setting"),
                      QStringLiteral("DROP TABLE IF EXISTS office_word"),
                      QStringLiteral("ALTER TABLE press_release DROP COLUMN approval_note"),
                      QStringLiteral("DROP INDEX IF EXISTS contact_press_topics"),
                      QStringLiteral("DROP TABLE IF EXISTS release_asset"),
                      QStringLiteral("ALTER TABLE press_release DROP COLUMN content"),
                      QStringLiteral("ALTER TABLE press_release ADD COLUMN body TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("PRAGMA user_version = 3")});
}

inline QVariant rawScalar(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Overwrites one page in the middle of a table (not its first page) with noise, as a failing disk would:
// the file still opens, only reading that part of the table fails. False when the table has no such page.
inline bool damagePageInsideTable(const QString &path, const QString &table)
{
    // dbstat (compiled into Debian's SQLite) tells which pages hold which table; not the root page.
    const QVariant page =
        rawScalar(path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                                       "AND pageno <> (SELECT rootpage FROM sqlite_master WHERE name = '%1') "
                                       "ORDER BY pageno LIMIT 1 OFFSET 3")
                            .arg(table));
    const QVariant pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size"));
    if (!page.isValid() || !pageSize.isValid())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page.toLongLong() - 1) * pageSize.toLongLong()))
        return false;
    QByteArray noise(pageSize.toInt(), Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) & 0xff);
    return file.write(noise) == noise.size();
}

// What a finished program said: its exit code (-2 after a crash, -1 after a time-out) and its output.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProgramRun
runProgram(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace testsupport
