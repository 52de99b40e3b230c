#include "storage/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

namespace {

const QString samplePath = QStringLiteral(PRESSDESK_SAMPLE_DATA "/bochum-2020-pressemitteilung.txt");

// What the sample release holds, as `pressdesk import timeline-text` prints it (without the suffix).
const QStringList sampleLines = {
    QStringLiteral("2014-12-05 day  Der letzte Zafira rollt vom Band"),
    QStringLiteral("2016 year  DHL kommt"),
    QStringLiteral("2016 year  Vonovia Zentrale entsteht in Bochum"),
    QStringLiteral("2017 year  Bochum Strategie startet"),
    QStringLiteral("2018 year  Viktoria Karree kommt"),
    QStringLiteral("2018 year  Bosch Etas Escrypt kommt"),
    QStringLiteral("2018 year  Babymarkt kommt"),
    QStringLiteral("2019 year  Max-Planck-Institut für Cybersecurity kommt"),
    QStringLiteral("2019 year  Worldfactory Startup Center wird gefördert"),
    QStringLiteral("2019 year  Städtischer Haushalt ausgeglichen"),
    QStringLiteral("2020 year  VW Infotainment baut aus"),
    QStringLiteral("2020 year  Gigabit Ausbau ist top"),
    QStringLiteral("2020 year  Rethink Robotics kommt"),
    QStringLiteral("2020 year  Citytower Vertrag unterschrieben"),
    QStringLiteral("2020 year  Arbeitslosigkeit unter 9%"),
    QStringLiteral("2020 year  Haus des Wissens ist beschlossen"),
};

QStringList withSuffix(const QStringList &lines, const QString &suffix)
{
    QStringList result;
    for (const QString &line : lines)
        result.append(line + suffix);
    return result;
}

} // namespace

// Drives the real pressdesk executable: `pressdesk import timeline-text FILE --db DB [--dry-run]`.
class TestCliImport : public QObject
{
    Q_OBJECT

private:
    struct Run : testsupport::ProgramRun
    {
        // The milestone lines, without the summary line.
        QStringList milestoneLines() const
        {
            static const QRegularExpression shape(
                QStringLiteral("^\\d{4}(-\\d\\d){0,2}(/\\d{4})? (year|month|day)  \\S.*$"));
            QStringList lines;
            for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (shape.match(line).hasMatch())
                    lines.append(line);
            }
            return lines;
        }
        QString lastLine() const
        {
            const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            return lines.isEmpty() ? QString() : lines.last();
        }
    };

    static Run run(const QStringList &arguments)
    {
        Run result;
        static_cast<testsupport::ProgramRun &>(result) =
            testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
        return result;
    }

    static Run import(const QString &file, const QString &db, bool dryRun = false)
    {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("timeline-text"), file,
                              QStringLiteral("--db"), db};
        if (dryRun)
            arguments.append(QStringLiteral("--dry-run"));
        return run(arguments);
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString makeDemo(const QString &name)
    {
        const Run created = run({QStringLiteral("demo"), QStringLiteral("--db"), path(name)});
        return created.exitCode == 0 ? path(name) : QString();
    }

    QString makeEmpty(const QString &name)
    {
        auto store = Store::open(path(name), Database::OpenMode::CreateNew);
        return store ? path(name) : QString();
    }

    static int milestoneCount(const QString &db)
    {
        auto store = Store::open(db, Database::OpenMode::OpenExisting);
        return store ? *(*store)->milestones().count() : -1;
    }

    // The database file and whatever SQLite keeps beside it.
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files))
            files.insert(name, testsupport::readBytes(path(name)));
        return files;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void dryRunOnTheDemoFindsOnlyDuplicates()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!db.isEmpty());
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = import(samplePath, db, true);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        // The demo is built from the sample: its 15 list items and the Zafira day (the demo title "Der
        // letzte Zafira rollt vom Band" has the same words and date as the sentence) are all there.
        QCOMPARE(result.milestoneLines(), withSuffix(sampleLines, QStringLiteral("  (duplicate)")));
        QCOMPARE(result.out.count(QLatin1Char('\n')), 17);
        QVERIFY2(result.lastLine().startsWith(
                     QStringLiteral("Dry run: would import 0 milestones, skip 16 duplicates")),
                 qPrintable(result.out));
        QCOMPARE(snapshot(), before);
    }

    void theDatelineIsNamedNotImported()
    {
        const QString db = makeEmpty(QStringLiteral("dateline.pressdesk"));
        QVERIFY(!db.isEmpty());
        QFile text(path(QStringLiteral("herne.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QStringLiteral("Strukturwandel in Herne\n\nHerne, 14. März 2023 – Die Stadt zieht Bilanz. "
                                  "Am 5.12.2014 schloss das Werk.\n")
                       .toUtf8());
        text.close();
        const Run result = import(text.fileName(), db);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(
                     QStringLiteral("dateline: Herne, 2023-03-14 (the text's own date, not imported)\n")),
                 qPrintable(result.out));
        QCOMPARE(result.milestoneLines(), QStringList{QStringLiteral("2014-12-05 day  Werk schloss")});
        QCOMPARE(milestoneCount(db), 1);
    }

    void dryRunWritesNothing()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        QVERIFY(!db.isEmpty());
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = import(samplePath, db, true);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.milestoneLines(), sampleLines);
        QVERIFY2(result.lastLine().startsWith(
                     QStringLiteral("Dry run: would import 16 milestones, skip 0 duplicates")),
                 qPrintable(result.out));
        QCOMPARE(snapshot(), before);
        QCOMPARE(milestoneCount(db), 0);
    }

    void importsIntoAnEmptyDatabaseOnce()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        QVERIFY(!db.isEmpty());
        const Run first = import(samplePath, db);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.err, QString());
        QCOMPARE(first.milestoneLines(), sampleLines);
        QCOMPARE(first.lastLine(), QStringLiteral("Imported 16 milestones, skipped 0 duplicates."));

        {
            auto store = Store::open(db, Database::OpenMode::OpenExisting);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            const QList<Milestone> milestones = *(*store)->milestones().all();
            QCOMPARE(milestones.size(), 16);
            const Milestone zafira = milestones.first();
            QCOMPARE(zafira.start, PartialDate::fromYmd(2014, 12, 5));
            QCOMPARE(zafira.title, QStringLiteral("Der letzte Zafira rollt vom Band"));
            for (const Milestone &milestone : milestones) {
                QCOMPARE(milestone.status, MilestoneStatus::Draft);
                QCOMPARE(milestone.categoryId, RecordId(0));
            }
            QCOMPARE(milestones.at(1).start, PartialDate::fromYear(2016));
            QCOMPARE(milestones.at(1).description,
                     QStringLiteral("2016: DHL kommt, Vonovia Zentrale entsteht in Bochum"));
        }

        const QMap<QString, QByteArray> before = snapshot();
        const Run second = import(samplePath, db);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.milestoneLines(), withSuffix(sampleLines, QStringLiteral("  (duplicate)")));
        QCOMPARE(second.lastLine(), QStringLiteral("Imported 0 milestones, skipped 16 duplicates."));
        QCOMPARE(milestoneCount(db), 16);
        QCOMPARE(snapshot(), before);
    }

    void repeatsWithinTheTextAreDuplicates()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        const QString text = path(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(text, "2016: DHL kommt, DHL kommt.\n2017 – 2020: Strategie\n"));
        const Run result = import(text, db);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.milestoneLines(), (QStringList{QStringLiteral("2016 year  DHL kommt"),
                                                       QStringLiteral("2016 year  DHL kommt  (duplicate)"),
                                                       QStringLiteral("2017/2020 year  Strategie")}));
        QCOMPARE(result.lastLine(), QStringLiteral("Imported 2 milestones, skipped 1 duplicate."));
        auto store = Store::open(db, Database::OpenMode::OpenExisting);
        QVERIFY(store);
        const QList<Milestone> milestones = *(*store)->milestones().all();
        QCOMPARE(milestones.size(), 2);
        QCOMPARE(milestones.at(1).end, PartialDate::fromYear(2020));
    }

    void unusualYearsAreImportedWithAWarning()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        const QString text = path(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(text, "2016: DHL kommt\n1321: Bochum erh\xC3\xA4lt Stadtrechte\n"
                                              "Im Mai 2350 ist es so weit.\n"));
        const Run result = import(text, db);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{
                     QStringLiteral("2016 year  DHL kommt"),
                     QStringLiteral("1321 year  Bochum erhält Stadtrechte"),
                     QStringLiteral("2350-05 month  Im Mai 2350 ist es so weit"),
                     QStringLiteral(
                         "line 2: the year 1321 lies outside 1800–2200; check that it is meant as a year"),
                     QStringLiteral(
                         "line 3: the year 2350 lies outside 1800–2200; check that it is meant as a year"),
                     QStringLiteral("Imported 3 milestones, skipped 0 duplicates.")}));
        QCOMPARE(milestoneCount(db), 3);
    }

    void readsHtmlAndUtf16_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        const QString release =
            QStringLiteral("2016: DHL kommt, Vonovia für Bochum\r\n2017: Quote sinkt auf 6,4%, "
                           "2.500 neue Jobs\r\n");
        QByteArray utf16("\xFF\xFE");
        for (const QChar c : release)
            utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        QTest::newRow("UTF-16") << "release.txt" << utf16;
        QTest::newRow("HTML") << "release.html"
                              << QByteArray(
                                     "<html><body><p>2016: DHL kommt, Vonovia f&uuml;r Bochum</p>"
                                     "<p>2017: Quote sinkt auf 6,4%, 2.500 neue Jobs</p></body></html>");
    }

    void readsHtmlAndUtf16()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        QVERIFY(testsupport::writeBytes(path(name), content));
        const Run result = import(path(name), db, true);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.milestoneLines(), (QStringList{QStringLiteral("2016 year  DHL kommt"),
                                                       QStringLiteral("2016 year  Vonovia für Bochum"),
                                                       QStringLiteral("2017 year  Quote sinkt auf 6,4%"),
                                                       QStringLiteral("2017 year  2.500 neue Jobs")}));
    }

    void oneTransaction()
    {
        // The database refuses the seventh item: none of the sixteen may stay.
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        QCOMPARE(
            testsupport::runRawSql(db, {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON milestone "
                                                       "WHEN NEW.title = 'Babymarkt kommt' "
                                                       "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")}),
            QString());
        const Run result = import(samplePath, db);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(QStringLiteral("Babymarkt kommt")), qPrintable(result.err));
        QCOMPARE(milestoneCount(db), 0);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("binary") << "release.txt" << QByteArray("2016: DHL kommt\0\x01\x02", 18)
                                << "not a text file";
        QTest::newRow("sqlite file") << "release.txt" << QByteArray("SQLite format 3\0", 16)
                                     << "not a text file";
        QTest::newRow("empty") << "release.txt" << QByteArray() << "is empty";
        QTest::newRow("latin-1") << "release.txt" << QByteArray("2016: Vonovia Zentrale f\xfcr Bochum")
                                 << "not UTF-8";
        QTest::newRow("missing") << "" << QByteArray() << "does not exist";
        QTest::newRow("folder") << "folder" << QByteArray() << "folder";
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!db.isEmpty());
        QString file = path(QStringLiteral("gone.txt"));
        if (name == QLatin1String("folder")) {
            file = path(name);
            QVERIFY(QDir().mkpath(file));
        } else if (!name.isEmpty()) {
            file = path(name);
            QVERIFY(testsupport::writeBytes(file, content));
        }
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = import(file, db);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(result.out, QString());
        QCOMPARE(snapshot(), before);
        QCOMPARE(milestoneCount(db), 21);
    }

    void badDatabase()
    {
        const Run missing = import(samplePath, path(QStringLiteral("gone.pressdesk")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("gone.pressdesk"))));
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = QStringLiteral("x.pressdesk");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("import"), QStringLiteral("vcard-ish"),
                                                     samplePath, QStringLiteral("--db"), db};
        QTest::newRow("no kind") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db};
        QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("timeline-text"),
                                                QStringLiteral("--db"), db};
        QTest::newRow("no --db") << QStringList{QStringLiteral("import"), QStringLiteral("timeline-text"),
                                                samplePath};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("import"),
                                                       QStringLiteral("timeline-text"),
                                                       samplePath,
                                                       samplePath,
                                                       QStringLiteral("--db"),
                                                       db};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("import"), QStringLiteral("timeline-text"), samplePath, QStringLiteral("--db"), db,
            QStringLiteral("--dry")};
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.pressdesk")));
    }

    void unknownKindNamesTheKnownOnes()
    {
        const Run result = run({QStringLiteral("import"), QStringLiteral("vcard-ish"), samplePath,
                                QStringLiteral("--db"), path(QStringLiteral("x.pressdesk"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("vcard-ish")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("timeline-text")), qPrintable(result.err));
    }

    void help()
    {
        const Run result = run({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("timeline-text")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("--dry-run")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
