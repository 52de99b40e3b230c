#include "storage/migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Several PressDesk processes on one file: any number of real `pressdesk` importers started within a few
// milliseconds of each other. Every addition a process reports must be in the file afterwards, and the file
// must stay sound. The processes start on a closed file (no -wal, no -shm), so that they race each other
// through opening, creating the side files, writing and closing.
namespace {

// The executable under test; PRESSDESK_UNDER_TEST runs the same rounds against another build (an older
// one, to see the rounds fail there).
QString executable()
{
    return qEnvironmentVariable("PRESSDESK_UNDER_TEST", QStringLiteral(PRESSDESK_EXECUTABLE));
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    struct Writer
    {
        std::unique_ptr<QProcess> process;
        QString kind; // "csv" or "timeline-text"
        int expectedAdded = 0;
        QStringList expectedKeys; // e-mail addresses or milestone titles that must be in the file
    };

    QTemporaryDir m_dir;
    QString m_db;
    int m_serial = 0;
    QRandomGenerator m_random{20261206};

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!testsupport::writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A CSV of `count` contacts no other writer has: unique e-mail addresses and names.
    Writer contactWriter(int count)
    {
        const int serial = ++m_serial;
        QByteArray csv = "Vorname;Nachname;Firma;E-Mail\n";
        Writer writer;
        writer.kind = QStringLiteral("csv");
        for (int i = 0; i < count; ++i) {
            const QString email = QStringLiteral("w%1.c%2@example.org").arg(serial).arg(i);
            csv +=
                QStringLiteral("Anna%1;Schreiber%2;Redaktion %1;%3\n").arg(serial).arg(i).arg(email).toUtf8();
            writer.expectedKeys.append(email);
        }
        writer.expectedAdded = count;
        const QString path = writeFile(QStringLiteral("writer-%1.csv").arg(serial), csv);
        writer.process = std::make_unique<QProcess>();
        writer.process->setProgram(executable());
        writer.process->setArguments(
            {QStringLiteral("import"), QStringLiteral("csv"), path, QStringLiteral("--db"), m_db});
        return writer;
    }

    // A release text with milestones no other writer has (an editor of the timeline, not of contacts).
    Writer timelineWriter()
    {
        const int serial = ++m_serial;
        Writer writer;
        writer.kind = QStringLiteral("timeline-text");
        const QString first = QStringLiteral("Werk %1 eröffnet").arg(serial);
        const QString second = QStringLiteral("Halle %1 fertig").arg(serial);
        const QByteArray text =
            QStringLiteral("Chronik\n\n%1: %2, %3\n").arg(1900 + serial % 300).arg(first, second).toUtf8();
        writer.expectedKeys = {first, second};
        writer.expectedAdded = 2;
        const QString path = writeFile(QStringLiteral("writer-%1.txt").arg(serial), text);
        writer.process = std::make_unique<QProcess>();
        writer.process->setProgram(executable());
        writer.process->setArguments(
            {QStringLiteral("import"), QStringLiteral("timeline-text"), path, QStringLiteral("--db"), m_db});
        return writer;
    }

    static int reportedAdditions(const Writer &writer, const QString &out)
    {
        static const QRegularExpression added(QStringLiteral("^Added (\\d+),"),
                                              QRegularExpression::MultilineOption);
        static const QRegularExpression imported(QStringLiteral("^Imported (\\d+) milestone"),
                                                 QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match =
            (writer.kind == QLatin1String("csv") ? added : imported).match(out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static QStringList rawColumn(const QString &db, const QString &statement)
    {
        QStringList values;
        const QString name = QStringLiteral("concurrency-check");
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(db);
            connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (connection.open()) {
                QSqlQuery query(connection);
                if (query.exec(statement)) {
                    while (query.next())
                        values.append(query.value(0).toString());
                }
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

    // One round: `writers` processes started at random offsets within 15 ms; all must succeed.
    void runRound(int writers, int round, bool contactsOnly = false)
    {
        std::vector<Writer> all;
        for (int i = 0; i < writers; ++i)
            all.push_back(i % 4 == 3 && !contactsOnly ? timelineWriter()
                                                      : contactWriter(20 + int(m_random.bounded(40))));
        std::vector<int> offsets;
        for (int i = 0; i < writers; ++i)
            offsets.push_back(int(m_random.bounded(15)));
        QElapsedTimer clock;
        clock.start();
        std::vector<bool> started(all.size(), false);
        for (std::size_t done = 0; done < all.size();) {
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (!started[i] && clock.elapsed() >= offsets[i]) {
                    all[i].process->start();
                    started[i] = true;
                    ++done;
                }
            }
        }
        for (Writer &writer : all) {
            QVERIFY2(writer.process->waitForFinished(120000), "a writer did not finish in two minutes");
            const QString out = QString::fromUtf8(writer.process->readAllStandardOutput());
            const QString err = QString::fromUtf8(writer.process->readAllStandardError());
            const QString context = QStringLiteral("round %1 with %2 writers, %3: %4 %5")
                                        .arg(round)
                                        .arg(writers)
                                        .arg(writer.kind, out.trimmed(), err.trimmed());
            QVERIFY2(writer.process->exitStatus() == QProcess::NormalExit, qPrintable(context));
            QVERIFY2(writer.process->exitCode() == 0, qPrintable(context));
            QVERIFY2(reportedAdditions(writer, out) == writer.expectedAdded, qPrintable(context));
        }
        QCOMPARE(rawColumn(m_db, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        const QStringList emails = rawColumn(m_db, QStringLiteral("SELECT value FROM contact_channel"));
        const QStringList titles = rawColumn(m_db, QStringLiteral("SELECT title FROM milestone"));
        const QSet<QString> stored(emails.cbegin(), emails.cend());
        const QSet<QString> storedTitles(titles.cbegin(), titles.cend());
        for (const Writer &writer : all) {
            for (const QString &key : writer.expectedKeys) {
                const bool found =
                    writer.kind == QLatin1String("csv") ? stored.contains(key) : storedTitles.contains(key);
                QVERIFY2(found, qPrintable(QStringLiteral("round %1 with %2 writers: “%3” reported as added "
                                                          "but missing from the file")
                                               .arg(round)
                                               .arg(writers)
                                               .arg(key)));
            }
        }
        // No process may leave the file open behind it: the last one out folds the WAL back.
        QVERIFY2(!QFileInfo::exists(m_db + QStringLiteral("-wal")) ||
                     QFileInfo(m_db + QStringLiteral("-wal")).size() == 0,
                 qPrintable(QStringLiteral("round %1: a WAL with pages was left behind").arg(round)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("shared-%1.pressdesk").arg(++m_serial));
        const testsupport::ProgramRun created =
            testsupport::runProgram(executable(), {QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    void writersOnOneFile_data()
    {
        QTest::addColumn<int>("writers");
        QTest::addColumn<int>("rounds");
        // 50 rounds each; the sanitizer run (ten times slower per process) sets fewer through
        // PRESSDESK_CONCURRENCY_ROUNDS: it looks for memory errors, the normal run for lost writes.
        const int rounds = qEnvironmentVariableIntValue("PRESSDESK_CONCURRENCY_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("PRESSDESK_CONCURRENCY_ROUNDS")
                               : 50;
        QTest::newRow("2 writers") << 2 << rounds;
        QTest::newRow("4 writers") << 4 << rounds;
        QTest::newRow("8 writers") << 8 << rounds;
    }

    void writersOnOneFile()
    {
        QFETCH(int, writers);
        QFETCH(int, rounds);
        for (int round = 1; round <= rounds; ++round) {
            runRound(writers, round);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Writers that all find an old file: each takes its own backup, the update runs once, and every
    // writer's contacts are in the updated file.
    void writersUpdateAnOldFileTogether()
    {
        for (int round = 1; round <= 10; ++round) {
            QCOMPARE(testsupport::rewindToVersion3(m_db), QString());
            runRound(4, round, true);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(rawColumn(m_db, QStringLiteral("PRAGMA user_version")),
                     QStringList{QString::number(pressdesk::MigrationSet::builtin().latestVersion())});
            QCOMPARE(rawColumn(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE name = "
                                                    "'contact_press_topics'")),
                     QStringList{QStringLiteral("contact_press_topics")});
            // Every copy taken is a whole database of its own: writers whose backups got the same name
            // once wrote into each other's copy ("table category already exists").
            const QFileInfo file(m_db);
            const QFileInfoList backups = file.dir().entryInfoList(
                {file.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Name);
            QVERIFY2(!backups.isEmpty(), "no writer backed up the old file");
            for (const QFileInfo &backup : backups) {
                QVERIFY2(rawColumn(backup.filePath(), QStringLiteral("PRAGMA integrity_check")) ==
                             QStringList{QStringLiteral("ok")},
                         qPrintable(backup.fileName()));
                QVERIFY2(!rawColumn(backup.filePath(), QStringLiteral("SELECT id FROM contact")).isEmpty(),
                         qPrintable(backup.fileName()));
                QVERIFY(QFile::remove(backup.filePath()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
