#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `pressdesk export timeline --db DB -o FILE`, on the real executable and a database made by
// `pressdesk demo`: the format follows the extension, the target is written atomically.
class TestCliExport : public QObject
{
    Q_OBJECT

private:
    using Run = testsupport::ProgramRun;

    static Run run(const QStringList &arguments)
    {
        return testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
    }

    Run exportTimeline(const QString &output, const QStringList &more = {}) const
    {
        return run(QStringList{QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("--db"),
                               m_demo, QStringLiteral("-o"), output} +
                   more);
    }

    static QJsonObject readJson(const QString &file)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(testsupport::readBytes(file), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            qWarning("%s: %s", qPrintable(file), qPrintable(parseError.errorString()));
        return document.object();
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_demo = path(QStringLiteral("demo.pressdesk"));
        const Run created = run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
        QCOMPARE(created.exitCode, 0);
    }

    void exportsTimelineJs()
    {
        const QString file = path(QStringLiteral("zeitleiste.json"));
        const Run exported = exportTimeline(file);
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.err, QString());
        QCOMPARE(exported.out, QStringLiteral("Exported 21 milestones to ") + file + QStringLiteral(".\n"));
        const QJsonObject root = readJson(file);
        const QJsonArray events = root[QLatin1String("events")].toArray();
        QCOMPARE(events.size(), 21);
        QCOMPARE(root[QLatin1String("eras")].toArray().size(), 1);
        const QJsonObject zafira = events.first().toObject();
        QCOMPARE(zafira[QLatin1String("text")][QLatin1String("headline")].toString(),
                 QStringLiteral("Der letzte Zafira rollt vom Band"));
        QCOMPARE(zafira[QLatin1String("start_date")][QLatin1String("day")].toInt(), 5);
        QCOMPARE(zafira[QLatin1String("group")].toString(), QStringLiteral("Strukturwandel"));
        QVERIFY(!testsupport::readBytes(file).contains("Stadtplanung")); // the internal note
        // Nothing but the target is left in the folder (no temporary file of the atomic write).
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("demo.pressdesk"), QStringLiteral("zeitleiste.json")}));
    }

    void exportsCsv()
    {
        const QString file = path(QStringLiteral("zeitleiste.CSV"));
        const Run exported = exportTimeline(file, {QStringLiteral("--separator"), QStringLiteral(";")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.startsWith(QStringLiteral("Exported 21 milestones")), qPrintable(exported.out));
        const QByteArray csv = testsupport::readBytes(file);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "start;start_precision;end;end_precision;title;description;category;status;"
                               "source_url\r\n"));
        QCOMPARE(csv.count("\r\n"), 1 + 21);
        QCOMPARE(csv.count('\n'), 1 + 21);
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.contains("2016;year;2020;year;Bochum Strategie;"));
        QVERIFY(csv.contains("Opel-Werk wird abgerissen, die Fl\xC3\xA4"
                             "che aufbereitet"));

        const QString commaFile = path(QStringLiteral("komma.csv"));
        QCOMPARE(exportTimeline(commaFile).exitCode, 0);
        const QByteArray commaCsv = testsupport::readBytes(commaFile);
        QVERIFY(commaCsv.contains("\"Opel-Werk wird abgerissen, die Fl\xC3\xA4"
                                  "che aufbereitet\""));
        QVERIFY(commaCsv.contains("2016,year,2020,year,Bochum Strategie,"));
    }

    void draftsOnlyWithIncludeDrafts()
    {
        QCOMPARE(
            testsupport::runRawSql(
                m_demo, {QStringLiteral("UPDATE milestone SET status = 'draft' WHERE title = 'DHL kommt'")}),
            QString());
        const QString file = path(QStringLiteral("public.json"));
        const Run publicExport = exportTimeline(file);
        QCOMPARE(publicExport.exitCode, 0);
        QVERIFY2(publicExport.out.startsWith(QStringLiteral("Exported 20 milestones")),
                 qPrintable(publicExport.out));
        QCOMPARE(readJson(file)[QLatin1String("events")].toArray().size(), 20);
        QVERIFY(!testsupport::readBytes(file).contains("DHL kommt"));

        const QString internal = path(QStringLiteral("internal.csv"));
        const Run internalExport = exportTimeline(internal, {QStringLiteral("--include-drafts")});
        QCOMPARE(internalExport.exitCode, 0);
        QVERIFY2(internalExport.out.startsWith(QStringLiteral("Exported 21 milestones")),
                 qPrintable(internalExport.out));
        QVERIFY(testsupport::readBytes(internal).contains("2016,year,,,DHL kommt,,Ansiedlung,draft,\r\n"));
    }

    void replacesAnExistingFileCompletely()
    {
        const QString file = path(QStringLiteral("zeitleiste.json"));
        QVERIFY(testsupport::writeBytes(file, QByteArray(200000, 'x')));
        QCOMPARE(exportTimeline(file).exitCode, 0);
        const QByteArray written = testsupport::readBytes(file);
        QVERIFY(!written.contains("xxxx"));
        QVERIFY(written.size() < 200000);
        QCOMPARE(readJson(file)[QLatin1String("events")].toArray().size(), 21);

        // A failed export leaves the existing file as it was.
        QVERIFY(testsupport::writeBytes(file, "alt"));
        const Run failed = run({QStringLiteral("export"), QStringLiteral("timeline"), QStringLiteral("--db"),
                                path(QStringLiteral("gone.pressdesk")), QStringLiteral("-o"), file});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(testsupport::readBytes(file), QByteArray("alt"));
    }

    void unwritablePathIsAUserError()
    {
        const QString file = path(QStringLiteral("fehlt/zeitleiste.json"));
        const Run result = exportTimeline(file);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(file), qPrintable(result.err));
        QCOMPARE(result.out, QString());
        QVERIFY(!QFile::exists(path(QStringLiteral("fehlt"))));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("demo.pressdesk")});
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = QStringLiteral("--db");
        const QString o = QStringLiteral("-o");
        const QString timeline = QStringLiteral("timeline");
        const QString ex = QStringLiteral("export");
        QTest::newRow("unknown extension")
            << QStringList{ex, timeline, db, QString(), o, QStringLiteral("t.txt")}
            << QStringLiteral("t.txt");
        QTest::newRow("no extension")
            << QStringList{ex, timeline, db, QString(), o, QStringLiteral("zeitleiste")}
            << QStringLiteral(".json");
        QTest::newRow("unknown kind")
            << QStringList{ex, QStringLiteral("quotes"), db, QString(), o, QStringLiteral("q.json")}
            << QStringLiteral("timeline");
        QTest::newRow("no kind") << QStringList{ex, db, QString(), o, QStringLiteral("t.json")}
                                 << QStringLiteral("KIND");
        QTest::newRow("no -o") << QStringList{ex, timeline, db, QString()} << QStringLiteral("-o");
        QTest::newRow("no --db") << QStringList{ex, timeline, o, QStringLiteral("t.json")}
                                 << QStringLiteral("--db");
        QTest::newRow("bad separator") << QStringList{ex,
                                                      timeline,
                                                      db,
                                                      QString(),
                                                      o,
                                                      QStringLiteral("t.csv"),
                                                      QStringLiteral("--separator"),
                                                      QStringLiteral("|")}
                                       << QStringLiteral("separator");
        QTest::newRow("two kinds")
            << QStringList{ex, timeline, timeline, db, QString(), o, QStringLiteral("t.json")}
            << QStringLiteral("timeline");
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        for (QString &argument : arguments) {
            if (argument.isEmpty())
                argument = m_demo;
            else if (argument.contains(QLatin1Char('.')) && !argument.startsWith(QLatin1Char('-')))
                argument = path(argument);
        }
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("demo.pressdesk")});
    }

    void helpNamesTheOptions()
    {
        const Run help = run({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--db", "-o", "--include-drafts", "--separator"})
            QVERIFY2(help.out.contains(QLatin1String(option)), qPrintable(help.out));
        const Run guiHelp = run({QStringLiteral("--help")}); // lists the headless commands
        QCOMPARE(guiHelp.exitCode, 0);
        QVERIFY2(guiHelp.out.contains(QStringLiteral("export")), qPrintable(guiHelp.out));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
