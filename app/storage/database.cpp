#include "database.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtEndian>

namespace pressdesk {

namespace {

using sql::newConnectionName;

qint64 completeCheckLimit = Database::DefaultCompleteCheckLimit;
int busyTimeoutMs = Database::DefaultBusyTimeout;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the read-only look at a file found.
struct FileFacts
{
    int userVersion = 0;
    qint32 applicationId = 0;
    bool hasTables = false;
    QStringList tables; // ordinary tables, by name (not SQLite's virtual and shadow tables)
};

// What a read-only look is for: deciding whether to open the file (damage refuses it), or reporting on
// it (`pressdesk info`: damage is described, row counts are read, nothing is refused for damage).
enum class Inspection
{
    BeforeOpening,
    Report,
};

// Checks the 100-byte SQLite header without opening the file through SQLite.
Result<FileFacts> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
                         Database::tr("“%1” cannot be read: %2").arg(displayPath(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return makeError(
            Error::Kind::NotADatabase,
            Database::tr("“%1” is empty; it is not a PressDesk database.").arg(displayPath(path)));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(Error::Kind::NotADatabase,
                         Database::tr("“%1” is not a PressDesk database (it is not an SQLite file).")
                             .arg(displayPath(path)));
    if (header.size() < 100)
        return makeError(Error::Kind::Corrupt,
                         Database::tr("“%1” is damaged: the file is truncated.").arg(displayPath(path)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 versionValidFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header page count is only trustworthy when it was written by the same change as the counter.
    // While a WAL holds pages, a checkpoint cut short by a crash may have written page 1 but not yet the
    // pages that make the file longer; SQLite recovers that from the WAL, so the count proves nothing then.
    const bool walHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walHoldsPages && pageCount > 0 && changeCounter == versionValidFor && size < pageSize * pageCount)
        return makeError(Error::Kind::Corrupt,
                         Database::tr("“%1” is damaged: the file is truncated (%2 of %3 bytes).")
                             .arg(displayPath(path))
                             .arg(size)
                             .arg(pageSize * pageCount));
    FileFacts facts;
    facts.userVersion = int(qFromBigEndian<quint32>(bytes + 60));
    facts.applicationId = qint32(qFromBigEndian<quint32>(bytes + 68));
    return facts;
}

// A read-only SQLite connection to a WAL file creates -wal and -shm beside it and cannot remove them on
// close. When PressDesk refuses a file, the side files its look created should go again, but only when no
// other process uses the file: another PressDesk may have opened it a moment later and be writing into
// that very WAL. Removing them by name is a race (it lost whole imports); SQLite's own close decides it
// under its locks instead: a read-write connection that has read the file removes -wal and -shm when it
// is the last connection to the file anywhere, and leaves them alone otherwise. With an empty WAL that
// close writes nothing into the database file.
class SideFileGuard
{
public:
    explicit SideFileGuard(const QString &path)
        : m_path(path)
        , m_hadWal(QFileInfo::exists(path + QStringLiteral("-wal")))
    {
    }
    ~SideFileGuard()
    {
        if (m_kept || m_hadWal || !QFileInfo::exists(m_path + QStringLiteral("-wal")))
            return;
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA schema_version")); // a read: opens the WAL
                query.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    SideFileGuard(const SideFileGuard &) = delete;
    SideFileGuard &operator=(const SideFileGuard &) = delete;

    // The file was accepted: its own connection takes over the side files.
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_hadWal;
    bool m_kept = false;
};

// The look at each table's first page that a file too big for the complete check gets before it opens:
// it finds a file whose schema or tables were overwritten, not damage deep inside a table (that is
// what IntegrityCheck finds later, in the background).
QString firstPageProblem(QSqlQuery &query)
{
    const Result<QStringList> tables = sql::tableNames(query);
    if (!tables)
        return query.lastError().databaseText();
    for (const QString &table : *tables) {
        // Table names come from the file's own schema; identifiers cannot be bound.
        if (!query.exec(QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(sql::quotedIdentifier(table))))
            return query.lastError().databaseText();
        query.next();
        if (query.lastError().isValid())
            return query.lastError().databaseText();
    }
    return {};
}

Result<FileFacts> inspectReadOnly(const QString &path, bool completeCheck,
                                  Inspection purpose = Inspection::BeforeOpening,
                                  Database::FileReport *report = nullptr)
{
    const QString name = newConnectionName();
    Result<FileFacts> result = FileFacts{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeout()));
        const auto damaged = [&](const QString &detail) {
            return makeError(
                Error::Kind::Corrupt,
                Database::tr("“%1” is damaged and cannot be opened (%2).").arg(displayPath(path), detail));
        };
        if (!db.open()) {
            result = damaged(db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            // One snapshot for every fact: read one by one, another process's migration committed in
            // between would pair the old version number with the new tables (and refuse a sound file).
            query.exec(QStringLiteral("BEGIN"));
            FileFacts facts;
            if (completeCheck) {
                QStringList problems;
                if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                    problems.append(query.lastError().databaseText());
                } else {
                    while (query.next())
                        problems.append(query.value(0).toString());
                    if (query.lastError().isValid())
                        problems.append(query.lastError().databaseText());
                }
                if (problems == QStringList{QStringLiteral("ok")})
                    problems.clear();
                if (report)
                    report->problems = problems;
                if (!problems.isEmpty() && purpose == Inspection::BeforeOpening)
                    result = damaged(sql::integrityProblem(problems.join(QLatin1Char('\n'))));
            } else if (const QString problem = firstPageProblem(query); !problem.isEmpty()) {
                result = damaged(problem);
            }
            if (result) {
                query.exec(QStringLiteral("PRAGMA user_version"));
                query.next();
                facts.userVersion = query.value(0).toInt();
                query.exec(QStringLiteral("PRAGMA application_id"));
                query.next();
                facts.applicationId = query.value(0).toInt();
                query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
                query.next();
                facts.hasTables = query.value(0).toInt() > 0;
                // Which tables the file has decides whether it is PressDesk's: not knowing is no answer.
                if (Result<QStringList> tables = sql::tableNames(query); tables) {
                    facts.tables = *tables;
                    result = facts;
                } else {
                    result = tables.error();
                }
            }
            if (result && report) {
                for (const QString &table : std::as_const(facts.tables)) {
                    if (table.startsWith(QLatin1String("sqlite_")))
                        continue;
                    // Table names come from the file's own schema; identifiers cannot be bound.
                    if (query.exec(QStringLiteral("SELECT count(*) FROM ") + sql::quotedIdentifier(table)) &&
                        query.next())
                        report->rowCounts.append({table, query.value(0).toLongLong()});
                    else
                        report->problems.append(Database::tr("Table %1 cannot be read: %2")
                                                    .arg(table, query.lastError().databaseText()));
                }
            }
            query.finish();
            query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The ordinary tables a PressDesk file of this schema version has: built in memory from the migrations.
QStringList expectedTables(const MigrationSet &migrations, int version)
{
    QStringList tables;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            for (const Migration &migration : migrations.after(0)) {
                if (migration.version > version)
                    break;
                for (const QString &statement : MigrationSet::splitStatements(migration.sql))
                    query.exec(statement);
            }
            // Unreadable, the list stays empty and no file matches it: refused rather than guessed.
            if (Result<QStringList> listed = sql::tableNames(query); listed)
                tables = *listed;
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

// Whether a file can really be created in the folder: permission bits do not tell an immutable folder or
// a read-only mount. The probe file is removed at once.
Result<void> probeFolder(const QString &folder)
{
    QTemporaryFile probe(folder + QStringLiteral("/.pressdesk-probe-XXXXXX"));
    if (probe.open())
        return {};
    return makeError(Error::Kind::ReadOnly,
                     Database::tr("The folder “%1” cannot be written to (%2); PressDesk needs to write its "
                                  "journal beside the file. Copy the file to a writable folder.")
                         .arg(displayPath(folder), probe.errorString()));
}

// A symbolic link that leads nowhere: to a missing file, or round in a loop.
Error brokenLink(const QString &path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    for (int links = 0; QFileInfo(target).isSymLink(); ++links) {
        if (links == 40) // Linux gives up after 40 links too
            return makeError(
                Error::Kind::FileMissing,
                Database::tr("“%1” is a symbolic link that leads round in a loop; it points to no "
                             "file.")
                    .arg(displayPath(path)));
        target = QFileInfo(target).symLinkTarget();
    }
    return makeError(Error::Kind::FileMissing,
                     Database::tr("“%1” is a symbolic link to “%2”, which does not exist.")
                         .arg(displayPath(path), displayPath(target)));
}

// Refuses another program's database and one written by a newer PressDesk. An application id of 0 with
// no tables is an empty SQLite file, which becomes a PressDesk file.
Result<void> checkAcceptable(const QString &path, const FileFacts &facts, const MigrationSet &migrations)
{
    if (facts.applicationId != Database::ApplicationId && (facts.applicationId != 0 || facts.hasTables))
        return makeError(Error::Kind::NotADatabase,
                         Database::tr("“%1” is an SQLite database of another program, not a PressDesk file.")
                             .arg(displayPath(path)));
    // PressDesk's mark with tables PressDesk never made (another program's, or a file someone edited by
    // hand): refused before anything is written, so that no migration runs on a schema it does not know.
    if (facts.applicationId == Database::ApplicationId && facts.userVersion >= 1 &&
        facts.userVersion <= migrations.latestVersion() && !facts.tables.isEmpty() &&
        facts.tables != expectedTables(migrations, facts.userVersion))
        return makeError(Error::Kind::NotADatabase,
                         Database::tr("“%1” carries PressDesk's mark, but its tables are not those of a "
                                      "PressDesk file (version %2). PressDesk does not open or change it.")
                             .arg(displayPath(path))
                             .arg(facts.userVersion));
    if (facts.userVersion > migrations.latestVersion())
        return makeError(
            Error::Kind::NewerVersion,
            Database::tr("“%1” was saved by a newer PressDesk (file version %2; this PressDesk reads "
                         "up to version %3). Please update PressDesk to open it.")
                .arg(displayPath(path))
                .arg(facts.userVersion)
                .arg(migrations.latestVersion()));
    return {};
}

bool looksWritable(const QFileInfo &info)
{
    // Root may write anything, so isWritable() (and WriteUser) alone would not notice a file the user marked
    // read-only; the permission bits do.
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

// A copy taken before migrating an existing file; VACUUM INTO includes what is still in the WAL. The file
// has been accepted by now, so a writable connection is fine, and it is needed: SQLite 3.40 refuses VACUUM
// INTO on a read-only connection to a table with a generated column (contact.sort_key, version 3) with
// "table vacuum_db.contact has 14 columns but 15 values were supplied".
Result<QString> takeMigrationBackup(const QString &path, int fromVersion)
{
    // Milliseconds and a counter: two updates in one second (two processes, or a retry after a failure)
    // each keep their own copy instead of failing on the name of the other's.
    // The name is claimed by creating the empty file exclusively (VACUUM INTO accepts an empty file):
    // two processes that only checked for the name picked the same one and wrote into each other's copy.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(fromVersion).arg(stamp);
    for (int attempt = 2;; ++attempt) {
        QFile claim(target);
        if (claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (!claim.exists() || attempt > 1000)
            return makeError(Error::Kind::Io, Database::tr("Could not back up “%1” before updating it: %2")
                                                  .arg(displayPath(path), claim.errorString()));
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(path).arg(fromVersion).arg(stamp).arg(attempt);
    }
    const QString name = newConnectionName();
    Result<QString> result = target;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        QSqlQuery query(db);
        if (!db.open() || !query.prepare(QStringLiteral("VACUUM INTO ?"))) {
            result = makeError(Error::Kind::Io, Database::tr("Could not back up “%1” before updating it: %2")
                                                    .arg(displayPath(path), db.lastError().text()));
        } else {
            query.addBindValue(target);
            if (!query.exec())
                result =
                    makeError(Error::Kind::Io, Database::tr("Could not back up “%1” before updating it: %2")
                                                   .arg(displayPath(path), query.lastError().databaseText()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result)
        QFile::remove(target);
    return result;
}

Result<void> applyMigrations(Database &database, const MigrationSet &migrations, int fromVersion)
{
    QSqlQuery query(database.connection());
    for (const Migration &migration : migrations.after(fromVersion)) {
        // One transaction per migration: a failure leaves the file at the previous version.
        Transaction transaction(database);
        if (!transaction.started())
            return transaction.started().error();
        // Another PressDesk may have updated the file since we looked: the version is read again under
        // the write lock, and a migration already applied is not applied twice.
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return sql::toError(query.lastError(), Database::tr("read the schema version"));
        const int current = query.value(0).toInt();
        query.finish();
        if (current >= migration.version)
            continue;
        for (const QString &statement : MigrationSet::splitStatements(migration.sql)) {
            if (!query.exec(statement)) {
                return makeError(Error::Kind::Internal,
                                 Database::tr("Updating the database to version %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(query.lastError().databaseText()));
            }
        }
        // PRAGMAs take no bound parameters; both values are our own integers.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) ||
            !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)))
            return sql::toError(query.lastError(), Database::tr("record the schema version"));
        if (Result<void> committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back into the main file, so that a copied .pressdesk file is complete. Without
            // waiting: while another process still works in the file, the last one to close does it.
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode,
                                                 const MigrationSet &migrations)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (info.isSymLink() && !exists)
        return brokenLink(path);
    if (mode == OpenMode::OpenExisting && !exists)
        return makeError(Error::Kind::FileMissing, tr("“%1” does not exist.").arg(displayPath(path)));
    if (mode == OpenMode::CreateNew && exists)
        return makeError(Error::Kind::Io,
                         tr("“%1” already exists; PressDesk does not overwrite it.").arg(displayPath(path)));
    if (exists && !info.isFile())
        return makeError(Error::Kind::NotADatabase, tr("“%1” is not a file.").arg(displayPath(path)));

    FileFacts facts;
    bool completeCheck = true;
    SideFileGuard sideFiles(path);
    if (exists) {
        Result<FileFacts> header = checkHeader(path);
        if (!header)
            return header.error();
        // What the header alone tells is refused before SQLite touches the file or its folder.
        if (Result<void> acceptable = checkAcceptable(path, *header, migrations); !acceptable)
            return acceptable.error();
        if (!looksWritable(info))
            return makeError(
                Error::Kind::ReadOnly,
                tr("“%1” is read-only. PressDesk saves every change at once, so it needs a writable "
                   "file: copy it to a writable folder or change its permissions.")
                    .arg(displayPath(path)));
        // A big file opens after a look at its structure and is checked completely in the background
        // (IntegrityCheck): reading every page first would cost seconds before the first row shows.
        completeCheck = info.size() <= completeCheckLimit;
        Result<FileFacts> inspected = inspectReadOnly(path, completeCheck);
        if (!inspected) {
            // SQLite says "unable to open" both for a damaged file and for a folder it cannot write its
            // side files into (an immutable folder has write bits and still refuses): tell them apart.
            if (Result<void> writable = probeFolder(info.absolutePath()); !writable)
                return writable.error();
            return inspected.error();
        }
        facts = *inspected;
        // The main file says PressDesk, what SQLite reads through the -wal beside it says otherwise: that
        // -wal belongs to another file (copied or renamed without its file).
        if (header->applicationId == ApplicationId && facts.applicationId != ApplicationId &&
            QFileInfo::exists(path + QStringLiteral("-wal")))
            return makeError(Error::Kind::Corrupt,
                             tr("“%1-wal” beside “%1” belongs to another database and would change the file "
                                "into something else. Move “%1-wal” away (keep it), then open the file "
                                "again.")
                                 .arg(displayPath(path)));
        if (Result<void> acceptable = checkAcceptable(path, facts, migrations); !acceptable)
            return acceptable.error();
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return makeError(Error::Kind::FileMissing,
                         tr("The folder “%1” does not exist.").arg(displayPath(info.absolutePath())));
    if (!looksWritable(folder))
        return makeError(
            Error::Kind::ReadOnly,
            tr("The folder “%1” is read-only; PressDesk needs to write its journal beside the file.")
                .arg(displayPath(info.absolutePath())));

    QString backupPath;
    if (exists && facts.hasTables && facts.userVersion < migrations.latestVersion()) {
        Result<QString> backup = takeMigrationBackup(path, facts.userVersion);
        if (!backup)
            return backup.error();
        backupPath = *backup;
    }

    if (!exists) {
        if (Result<void> created = createFile(info.absoluteFilePath(), migrations); !created)
            return created.error();
        return open(path, OpenMode::OpenExisting, migrations);
    }

    Result<std::unique_ptr<Database>> connected = connect(info.absoluteFilePath());
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> database = std::move(*connected);
    sideFiles.keep();
    if (Result<void> migrated = applyMigrations(*database, migrations, facts.userVersion); !migrated)
        return migrated.error();
    database->m_migrationBackupPath = backupPath;
    database->m_needsIntegrityCheck = !completeCheck;
    return database;
}

Result<Database::FileReport> Database::inspect(const QString &path, const MigrationSet &migrations)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return brokenLink(path);
    if (!info.exists())
        return makeError(Error::Kind::FileMissing, tr("“%1” does not exist.").arg(displayPath(path)));
    if (!info.isFile())
        return makeError(Error::Kind::NotADatabase, tr("“%1” is not a file.").arg(displayPath(path)));
    Result<FileFacts> header = checkHeader(path);
    if (!header)
        return header.error();
    if (Result<void> acceptable = checkAcceptable(path, *header, migrations); !acceptable)
        return acceptable.error();
    FileReport report;
    SideFileGuard sideFiles(path);
    Result<FileFacts> inspected = inspectReadOnly(path, true, Inspection::Report, &report);
    if (!inspected)
        return inspected.error();
    if (Result<void> acceptable = checkAcceptable(path, *inspected, migrations); !acceptable)
        return acceptable.error();
    report.schemaVersion = inspected->userVersion;
    report.latestVersion = migrations.latestVersion();
    return report;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path)
{
    std::unique_ptr<Database> database(new Database(path, newConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return sql::toError(db.lastError(), tr("open “%1”").arg(displayPath(path)));
    }
    if (Result<void> configured = database->configureConnection(); !configured)
        return configured.error();
    return database;
}

Result<void> Database::createFile(const QString &path, const MigrationSet &migrations)
{
    // Built under a temporary name and renamed into place when complete: a crash while creating leaves
    // a stray temporary file, never a half-made file under the name the user chose.
    const QFileInfo target(path);
    const QString temporary = QStringLiteral("%1/.%2.%3.creating")
                                  .arg(target.absolutePath(), target.fileName(), newConnectionName());
    const auto removeTemporary = [&temporary] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temporary + suffix);
    };
    {
        Result<std::unique_ptr<Database>> database = connect(temporary);
        if (!database) {
            removeTemporary();
            return database.error();
        }
        if (Result<void> migrated = applyMigrations(**database, migrations, 0); !migrated) {
            database->reset();
            removeTemporary();
            return migrated;
        }
    } // closing checkpoints the WAL into the file
    if (!QFile::rename(temporary, path)) {
        removeTemporary();
        return makeError(
            Error::Kind::Io,
            QFileInfo::exists(path)
                ? tr("“%1” already exists; PressDesk does not overwrite it.").arg(displayPath(path))
                : tr("Could not create “%1”.").arg(displayPath(path)));
    }
    removeTemporary();
    return {};
}

Result<std::unique_ptr<Database>> Database::openInMemory(const MigrationSet &migrations)
{
    Result<std::unique_ptr<Database>> connected = connect(QStringLiteral(":memory:"));
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> database = std::move(*connected);
    if (Result<void> migrated = applyMigrations(*database, migrations, 0); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::configureConnection()
{
    QSqlQuery query(connection());
    // WAL keeps readers and the writer apart; synchronous=FULL makes every commit durable on its own.
    const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // 32 MiB of pages instead of SQLite's 2 MiB: a search at a million contacts reads a few thousand
        // pages, and the next keystroke reads most of them again (p95 per keystroke 11.7 → 8.0 ms).
        // Pages are taken as needed, so a small file costs no more.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return sql::toError(query.lastError(), tr("prepare “%1”").arg(displayPath(m_path)));
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::saveCopy(const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    if (QFileInfo(target.absoluteFilePath()) == QFileInfo(m_path))
        return makeError(Error::Kind::Io, tr("A copy cannot replace the open file itself."));
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(Error::Kind::FileMissing,
                         tr("The folder “%1” does not exist.").arg(displayPath(target.absolutePath())));
    // Write beside the target, then rename: the target is either the old file or the complete copy.
    const QString temporary =
        QStringLiteral("%1.%2.part").arg(target.absoluteFilePath()).arg(newConnectionName());
    QFile::remove(temporary);
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return sql::toError(query.lastError(), tr("save a copy"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        const QString detail = query.lastError().databaseText();
        return makeError(Error::Kind::Io,
                         tr("Could not save a copy to “%1”: %2").arg(displayPath(targetPath), detail));
    }
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        QFile::remove(temporary);
        return makeError(Error::Kind::Io,
                         tr("Could not replace “%1”; it may be read-only.").arg(displayPath(targetPath)));
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        QFile::remove(temporary);
        return makeError(Error::Kind::Io, tr("Could not save a copy to “%1”.").arg(displayPath(targetPath)));
    }
    return {};
}

void Database::setCompleteCheckLimit(qint64 bytes)
{
    completeCheckLimit = bytes;
}

QString Database::sqliteVersion()
{
    const QString name = newConnectionName();
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

void Database::setBusyTimeout(int milliseconds)
{
    busyTimeoutMs = milliseconds;
}

int Database::busyTimeout()
{
    return busyTimeoutMs;
}

QString Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

Result<void> Database::beginRead()
{
    if (m_transactionDepth > 0)
        return begin();
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("BEGIN DEFERRED")))
        return sql::toError(query.lastError(), tr("read the file"));
    ++m_transactionDepth;
    return {};
}

Result<void> Database::begin()
{
    QSqlQuery query(connection());
    const QString statement = m_transactionDepth == 0
                                  ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("SAVEPOINT pressdesk_%1").arg(m_transactionDepth);
    if (!query.exec(statement))
        return sql::toError(query.lastError(), tr("start a change"));
    ++m_transactionDepth;
    return {};
}

Result<void> Database::commit()
{
    Q_ASSERT(m_transactionDepth > 0);
    QSqlQuery query(connection());
    const QString statement = m_transactionDepth == 1
                                  ? QStringLiteral("COMMIT")
                                  : QStringLiteral("RELEASE pressdesk_%1").arg(m_transactionDepth - 1);
    if (!query.exec(statement)) {
        const Error error = sql::toError(query.lastError(), tr("save the change"));
        rollback();
        return error;
    }
    --m_transactionDepth;
    return {};
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    QSqlQuery query(connection());
    if (m_transactionDepth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString savepoint = QStringLiteral("pressdesk_%1").arg(m_transactionDepth - 1);
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        query.exec(QStringLiteral("RELEASE ") + savepoint);
    }
    --m_transactionDepth;
}

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_started(database.begin())
{
    m_finished = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_finished)
        m_database.rollback();
}

Result<void> Transaction::commit()
{
    if (m_finished)
        return m_started.ok() ? Result<void>() : m_started;
    m_finished = true;
    return m_database.commit();
}

ReadSnapshot::ReadSnapshot(Database &database)
    : m_database(database)
    , m_started(database.beginRead())
{
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: ending it either way only lets the snapshot go.
    if (m_started.ok())
        m_database.rollback();
}

} // namespace pressdesk
