// The command line as a hostile tester drives it: exports aimed at the database itself or at things that
// are not files, inputs that never end, mistyped commands, and files that are old or damaged. Every case
// must end with one clear line and leave the database as it was.

#include "storage/migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

class TestCliHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoTemplate;

    static testsupport::ProgramRun run(const QStringList &arguments, int timeoutMs = 30000)
    {
        QProcess process;
        process.start(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
        process.closeWriteChannel();
        testsupport::ProgramRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out (a window started, or a read never ended)");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString demoCopy(const QString &name) const
    {
        const QString target = path(name);
        QFile::remove(target);
        return QFile::copy(m_demoTemplate, target) ? target : QString();
    }

    // The file and its neighbours as bytes: what a refused command must leave exactly as it was.
    static QByteArray snapshot(const QString &file)
    {
        return testsupport::readBytes(file) + "|" + testsupport::readBytes(file + QStringLiteral("-wal"));
    }

    static void expectError(const testsupport::ProgramRun &result, int exitCode, const QString &mentions)
    {
        QVERIFY2(
            result.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1: %2 %3").arg(result.exitCode).arg(result.out, result.err)));
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoTemplate = path(QStringLiteral("template.pressdesk"));
        const testsupport::ProgramRun created =
            run({QStringLiteral("demo"), QStringLiteral("--db"), m_demoTemplate});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    // `export contacts --db x.csv -o x.csv`: the database happens to be called .csv. Exporting over it
    // (directly, through a symbolic link, through a second hard link, or over its -wal) must be refused.
    void exportNeverReplacesTheDatabase_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("same path") << QStringLiteral("same");
        QTest::newRow("symbolic link") << QStringLiteral("symlink");
        QTest::newRow("hard link") << QStringLiteral("hardlink");
        QTest::newRow("a link to its -wal") << QStringLiteral("wal");
        QTest::newRow("relative path") << QStringLiteral("relative");
    }

    void exportNeverReplacesTheDatabase()
    {
        QFETCH(QString, how);
        const QString db = demoCopy(QStringLiteral("x.csv"));
        QVERIFY(!db.isEmpty());
        QString output = db;
        QString workingDirectory;
        if (how == QLatin1String("symlink")) {
            output = path(QStringLiteral("link-to-db.csv"));
            QFile::remove(output);
            QVERIFY(QFile::link(db, output));
        } else if (how == QLatin1String("hardlink")) {
            output = path(QStringLiteral("second-name.csv"));
            QFile::remove(output);
            QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(output).constData()), 0);
        } else if (how == QLatin1String("wal")) {
            // The -wal has no extension a format could be chosen by: reached through a link.
            output = path(QStringLiteral("link-to-wal.csv"));
            QFile::remove(output);
            QVERIFY(QFile::link(db + QStringLiteral("-wal"), output));
        } else if (how == QLatin1String("relative")) {
            output = QStringLiteral("./sub/../x.csv");
            QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        }
        const QByteArray before = testsupport::readBytes(db);
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(PRESSDESK_EXECUTABLE),
                      {QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                       QStringLiteral("-o"), output});
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("open PressDesk file")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(testsupport::readBytes(db) == before, "the database must stay as it was");
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) ||
                QFileInfo(db + QStringLiteral("-wal")).size() == 0);
        // It still opens as a PressDesk file with its six contacts.
        const testsupport::ProgramRun info = run({QStringLiteral("info"), QStringLiteral("--db"), db});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("contact\\s+6\\n"))),
                 qPrintable(info.out));
    }

    // A symbolic link to something that is not a regular file (a pipe here; as root, a device node was
    // replaced) is refused; a link to a regular file is followed and the link stays a link.
    void exportWritesOnlyRegularFiles()
    {
        const QString db = demoCopy(QStringLiteral("regular.pressdesk"));
        const QString fifo = path(QStringLiteral("pipe.vcf"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString linkToFifo = path(QStringLiteral("contacts-via-link.vcf"));
        QVERIFY(QFile::link(fifo, linkToFifo));
        const QString folder = path(QStringLiteral("folder.vcf"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &output : {fifo, linkToFifo, folder}) {
            const testsupport::ProgramRun result =
                run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                     QStringLiteral("-o"), output});
            expectError(result, 1, QStringLiteral("not a regular file"));
            QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile()); // the pipe is still a pipe
            QVERIFY(QFileInfo(folder).isDir());
        }
        QVERIFY(QFileInfo(linkToFifo).isSymLink());

        const QString real = path(QStringLiteral("real.vcf"));
        QVERIFY(testsupport::writeBytes(real, "old"));
        const QString link = path(QStringLiteral("link.vcf"));
        QVERIFY(QFile::link(real, link));
        const testsupport::ProgramRun written = run({QStringLiteral("export"), QStringLiteral("contacts"),
                                                     QStringLiteral("--db"), db, QStringLiteral("-o"), link});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(testsupport::readBytes(real).startsWith("BEGIN:VCARD"));
    }

    // Inputs that never end or never come: refused at once with one line, the database untouched.
    void importReadsOnlyRegularFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        for (const char *kind : {"vcard", "csv", "timeline-text"}) {
            QTest::addRow("%s from /dev/zero", kind)
                << QString::fromLatin1(kind) << QStringLiteral("/dev/zero");
            QTest::addRow("%s from /dev/urandom", kind)
                << QString::fromLatin1(kind) << QStringLiteral("/dev/urandom");
            QTest::addRow("%s from a pipe", kind) << QString::fromLatin1(kind) << QStringLiteral("fifo");
        }
    }

    void importReadsOnlyRegularFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        const QString db = demoCopy(QStringLiteral("target.pressdesk"));
        if (input == QLatin1String("fifo")) {
            input = path(QStringLiteral("input-pipe"));
            QFile::remove(input);
            QVERIFY(::mkfifo(QFile::encodeName(input).constData(), 0600) == 0);
        }
        const QByteArray before = snapshot(db);
        QElapsedTimer clock;
        clock.start();
        const testsupport::ProgramRun result =
            run({QStringLiteral("import"), kind, input, QStringLiteral("--db"), db}, 15000);
        expectError(result, 1, QStringLiteral("not a regular file"));
        QVERIFY2(clock.elapsed() < 10000, "refused at once");
        QCOMPARE(snapshot(db), before);
    }

    // A mistyped command is a usage error, never a window that a script waits for.
    void mistypedCommandsDoNotStartTheWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command with --db")
            << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--db"), QStringLiteral("DB")} << 2
            << QStringLiteral("Unknown command “frobnicate”");
        QTest::newRow("unknown command alone")
            << QStringList{QStringLiteral("imprt")} << 2 << QStringLiteral("Unknown command “imprt”");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("missing.pressdesk")} << 1 << QStringLiteral("does not exist");
        QTest::newRow("missing --db file")
            << QStringList{QStringLiteral("--db"), QStringLiteral("nowhere/missing.pressdesk")} << 1
            << QStringLiteral("does not exist");
    }

    void mistypedCommandsDoNotStartTheWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString db = demoCopy(QStringLiteral("typo.pressdesk"));
        arguments.replaceInStrings(QStringLiteral("DB"), db);
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            QFAIL("the window started instead of a usage error");
        }
        QCOMPARE(process.exitCode(), exitCode);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    // `info` reports an old file as it is: it does not update it, back it up or switch it to WAL.
    void infoChangesNothing()
    {
        const QString old = path(QStringLiteral("v1.pressdesk"));
        QFile fixture(QStringLiteral(PRESSDESK_TEST_FIXTURES "/v1-demo.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QCOMPARE(testsupport::runRawSql(old, {QStringLiteral("PRAGMA journal_mode = DELETE")}), QString());
        QCOMPARE(testsupport::runRawSql(
                     old, pressdesk::MigrationSet::splitStatements(QString::fromUtf8(fixture.readAll()))),
                 QString());
        const QByteArray before = testsupport::readBytes(old);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        const testsupport::ProgramRun info = run({QStringLiteral("info"), QStringLiteral("--db"), old});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains(QStringLiteral("Schema version: 1 (would be updated to")),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("milestone\\s+21\\n"))),
                 qPrintable(info.out));
        QVERIFY2(testsupport::readBytes(old) == before, "info must not change the file");
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no backup, no side files

        // An empty SQLite file in rollback mode (a look-alike): reported, not switched to WAL.
        const QString plain = path(QStringLiteral("plain.sqlite"));
        QCOMPARE(testsupport::runRawSql(plain, {QStringLiteral("PRAGMA user_version = 0")}), QString());
        QVERIFY(QFileInfo::exists(plain));
        const QByteArray plainBefore = testsupport::readBytes(plain);
        run({QStringLiteral("info"), QStringLiteral("--db"), plain});
        QCOMPARE(testsupport::readBytes(plain), plainBefore);
    }

    // A big file (past the size the window checks before opening) with a damaged page deep inside: the
    // commands that write to it or out of it refuse it, `info` says what is damaged.
    void damagedBigFileIsRefusedByCommands()
    {
        const QString db = demoCopy(QStringLiteral("big-damaged.pressdesk"));
        const QString error = testsupport::runRawSql(
            db,
            {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45000) "
                            "INSERT INTO contact (given_name, family_name, role, created_at, updated_at) "
                            "SELECT 'Anna-Lena ' || i, 'Müller-Lüdenscheidt', "
                            "'Pressesprecherin der Stadtwerke Bochum, Abteilung ' || i, "
                            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"),
             QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        QCOMPARE(error, QString());
        QVERIFY2(QFileInfo(db).size() > 8 * 1024 * 1024, "bigger than the window's complete check");
        QVERIFY(testsupport::damagePageInsideTable(db, QStringLiteral("contact")));
        const QByteArray before = snapshot(db);

        const QString csv = path(QStringLiteral("one.csv"));
        QVERIFY(testsupport::writeBytes(csv, "Vorname;Nachname\nLena;Krause\n"));
        expectError(run({QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--db"), db}),
                    1, QStringLiteral("damaged"));
        QCOMPARE(snapshot(db), before);
        expectError(run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                         QStringLiteral("-o"), path(QStringLiteral("out.csv"))}),
                    1, QStringLiteral("damaged"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.csv"))));
        const testsupport::ProgramRun info = run({QStringLiteral("info"), QStringLiteral("--db"), db});
        expectError(info, 1, QStringLiteral("The file is damaged"));
        QVERIFY2(info.err.contains(QStringLiteral("Page")), qPrintable(info.err)); // SQLite names the page
        QCOMPARE(snapshot(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
