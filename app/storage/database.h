#pragma once

#include "core/result.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace pressdesk {

// One open PressDesk file: an SQLite connection with our pragmas, at the current schema version.
// Opening inspects the file read-only first, so that a file we refuse is left byte-identical.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // 'PRDK': marks an SQLite file as a PressDesk file (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x5052444b;

    enum class OpenMode
    {
        OpenExisting, // the file must exist and be a PressDesk database
        CreateNew,    // the file must not exist yet
        OpenOrCreate, // the default database on first start
    };

    // Files up to this size are checked completely (PRAGMA quick_check) before they open. A bigger file
    // opens after a look at its schema and the first page of each table, and needsIntegrityCheck() asks
    // the caller to run IntegrityCheck in the background: reading every page of a file with a million
    // contacts takes seconds, and the user should see the first rows at once.
    static constexpr qint64 DefaultCompleteCheckLimit = 8 * 1024 * 1024;
    static void setCompleteCheckLimit(qint64 bytes); // for tests

    // How long a connection waits for another connection's write (another PressDesk process, say) before
    // it gives up with "database is locked". The window keeps this short so that it never hangs; commands
    // on the command line wait longer, because a colleague's import may hold the file for minutes.
    static constexpr int DefaultBusyTimeout = 5000;
    static void setBusyTimeout(int milliseconds);
    // The SQLite library Qt's driver uses ("3.40.1"), for the About box and bug reports.
    static QString sqliteVersion();
    static int busyTimeout();

    // What a look at a file found without changing it (`pressdesk info`).
    struct FileReport
    {
        int schemaVersion = 0;
        int latestVersion = 0; // what this PressDesk would update the file to when it writes
        QList<QPair<QString, qint64>> rowCounts; // per table, by name
        QStringList problems;                    // what PRAGMA quick_check found; empty when sound
    };
    // Reads the file read-only: every page is checked, every table counted, nothing migrated or written.
    // A file PressDesk would refuse to open (not a PressDesk file, a newer version) is refused here too;
    // damage is reported in the report, not refused.
    static Result<FileReport> inspect(const QString &path,
                                      const MigrationSet &migrations = MigrationSet::builtin());

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode,
                                                  const MigrationSet &migrations = MigrationSet::builtin());
    // A private in-memory database, for tests and previews.
    static Result<std::unique_ptr<Database>>
    openInMemory(const MigrationSet &migrations = MigrationSet::builtin());

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // Where the copy taken before the last migration went; empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackupPath; }
    // True when the file opened without the complete check (see DefaultCompleteCheckLimit).
    bool needsIntegrityCheck() const { return m_needsIntegrityCheck; }

    // A consistent copy of the whole database (including what is still in the WAL), written atomically.
    Result<void> saveCopy(const QString &targetPath) const;
    // PRAGMA integrity_check; "ok" when the file is sound.
    QString integrityCheck() const;

    // Nesting-aware transactions: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    Result<void> begin();
    // The outermost as a deferred transaction, for reads that must see one state of the file
    // (ReadSnapshot); inside a running transaction it is a savepoint like begin().
    Result<void> beginRead();
    Result<void> commit();
    void rollback();
    int transactionDepth() const { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> connect(const QString &path);
    static Result<void> createFile(const QString &path, const MigrationSet &migrations);
    Result<void> configureConnection();

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackupPath;
    bool m_needsIntegrityCheck = false;
    int m_transactionDepth = 0;
};

// Rolls back unless commit() was called: one scope is one unit of work.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Database &m_database;
    Result<void> m_started;
    bool m_finished = false;
};

// Several reads that see one state of the file: a deferred transaction, so that nothing is locked against
// other processes (WAL keeps this connection's snapshot while they write). Ended when it goes out of
// scope. For reads only.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const Result<void> &started() const { return m_started; }

private:
    Database &m_database;
    Result<void> m_started;
};

} // namespace pressdesk
