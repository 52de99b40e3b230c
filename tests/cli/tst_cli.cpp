#include "storage/store.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// Drives the real pressdesk executable: exit 0 on success, 1 with one line on stderr for a user error,
// 2 for wrong usage.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = testsupport::ProgramRun;

    static Run run(const QStringList &arguments)
    {
        return testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
    }

    static void expectOneLineError(const Run &result, const QString &mentions)
    {
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString makeDemo(const QString &name)
    {
        const Run created = run({QStringLiteral("demo"), QStringLiteral("--db"), path(name)});
        return created.exitCode == 0 ? path(name) : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void demoCreatesTheDemoDatabase()
    {
        const Run created =
            run({QStringLiteral("demo"), QStringLiteral("--db"), path(QStringLiteral("demo.pressdesk"))});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.err.isEmpty());
        QVERIFY(created.out.contains(QStringLiteral("demo.pressdesk")));
        auto store = Store::open(path(QStringLiteral("demo.pressdesk")), Database::OpenMode::OpenExisting);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(*(*store)->milestones().count(), 21);
        QCOMPARE((*store)->quotes().all()->size(), 2);
    }

    void demoRefusesToOverwrite()
    {
        const QString file = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!file.isEmpty());
        const QByteArray before = testsupport::readBytes(file);
        expectOneLineError(run({QStringLiteral("demo"), QStringLiteral("--db"), file}),
                           QStringLiteral("already exists"));
        QCOMPARE(testsupport::readBytes(file), before);

        const QString notes = path(QStringLiteral("notes.txt"));
        QVERIFY(testsupport::writeBytes(notes, "Termine"));
        expectOneLineError(run({QStringLiteral("demo"), QStringLiteral("--db"), notes}),
                           QStringLiteral("already exists"));
        QCOMPARE(testsupport::readBytes(notes), QByteArray("Termine"));
    }

    void infoShowsVersionAndRowCounts()
    {
        const QString file = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!file.isEmpty());
        const Run info = run({QStringLiteral("info"), QStringLiteral("--db"), file});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(
            QStringLiteral("Schema version: %1").arg(MigrationSet::builtin().latestVersion())));
        const QStringList expectedRows = {QStringLiteral("milestone 21"),    QStringLiteral("quote 2"),
                                          QStringLiteral("contact 6"),       QStringLiteral("organisation 3"),
                                          QStringLiteral("press_release 1"), QStringLiteral("category 7")};
        const QString simplified = info.out.simplified();
        for (const QString &row : expectedRows)
            QVERIFY2(simplified.contains(row), qPrintable(row + QStringLiteral(" in ") + info.out));
    }

    void infoRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << QByteArray("Am 5.12.2014 rollt der letzte Zafira vom Band.")
                                   << "not an SQLite file";
        QTest::newRow("empty file") << QByteArray() << "empty";
        QTest::newRow("sqlite header, nothing else") << QByteArray("SQLite format 3\0", 16) << "damaged";
    }

    void infoRefusesBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString file = path(QStringLiteral("bad.pressdesk"));
        QVERIFY(testsupport::writeBytes(file, content));
        expectOneLineError(run({QStringLiteral("info"), QStringLiteral("--db"), file}), mentions);
        QCOMPARE(testsupport::readBytes(file), content);
    }

    void infoRefusesNewerVersionAndMissingReadsReadOnly()
    {
        const QString future = makeDemo(QStringLiteral("future.pressdesk"));
        QVERIFY(!future.isEmpty());
        QCOMPARE(testsupport::runRawSql(future, {QStringLiteral("PRAGMA user_version = %1")
                                                     .arg(MigrationSet::builtin().latestVersion() + 1)}),
                 QString());
        const QByteArray futureBytes = testsupport::readBytes(future);
        expectOneLineError(run({QStringLiteral("info"), QStringLiteral("--db"), future}),
                           QStringLiteral("newer PressDesk"));
        QCOMPARE(testsupport::readBytes(future), futureBytes);

        const QString locked = makeDemo(QStringLiteral("locked.pressdesk"));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray lockedBytes = testsupport::readBytes(locked);
        // info only reads (issue: info is read-only), so a read-only file is reported; a command that
        // writes refuses it.
        const Run lockedInfo = run({QStringLiteral("info"), QStringLiteral("--db"), locked});
        QCOMPARE(lockedInfo.exitCode, 0);
        QVERIFY2(lockedInfo.out.contains(QStringLiteral("Schema version:")), qPrintable(lockedInfo.out));
        QCOMPARE(testsupport::readBytes(locked), lockedBytes);
        const QString text = path(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(text, "Chronik\n2016: DHL kommt\n"));
        expectOneLineError(run({QStringLiteral("import"), QStringLiteral("timeline-text"), text,
                                QStringLiteral("--db"), locked}),
                           QStringLiteral("read-only"));
        QCOMPARE(testsupport::readBytes(locked), lockedBytes);

        expectOneLineError(
            run({QStringLiteral("info"), QStringLiteral("--db"), path(QStringLiteral("gone.pressdesk"))}),
            QStringLiteral("does not exist"));
        QVERIFY(!QFile::exists(path(QStringLiteral("gone.pressdesk"))));
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("demo without --db") << QStringList{QStringLiteral("demo")};
        QTest::newRow("info without --db") << QStringList{QStringLiteral("info")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate")};
        QTest::newRow("--db without value") << QStringList{QStringLiteral("info"), QStringLiteral("--db")};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("info"), QStringLiteral("--db"),
                                                       QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("gui, unknown option") << QStringList{QStringLiteral("--frobnicate")};
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.trimmed().isEmpty());
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--db")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(PRESSDESK_VERSION)), qPrintable(version.out));
        const Run guiHelp = run({QStringLiteral("--help")});
        QCOMPARE(guiHelp.exitCode, 0);
        QVERIFY(guiHelp.out.contains(QStringLiteral("--demo")));
        QVERIFY(guiHelp.out.contains(QStringLiteral("info")));
    }

    // Help, version and wrong usage of the window's options need no display (ssh, a server).
    void helpAndVersionWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("two files") << QStringList{QStringLiteral("a.pressdesk"),
                                                  QStringLiteral("b.pressdesk")}
                                   << 2;
    }

    void helpAndVersionWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // a real display …
        environment.remove(QStringLiteral("DISPLAY"));                                // … that is not there
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        const QString output = QString::fromUtf8(exitCode == 0 ? process.readAllStandardOutput()
                                                               : process.readAllStandardError());
        QVERIFY2(!output.trimmed().isEmpty(), "says something");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
