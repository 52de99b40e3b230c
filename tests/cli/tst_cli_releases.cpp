#include "releasegenerator.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// `pressdesk list releases` and `pressdesk show release`: the demo release printed as a newsroom reads it,
// in German whatever locale the command runs in.
class TestCliReleases : public QObject
{
    Q_OBJECT

private:
    using Run = testsupport::ProgramRun;

    static Run run(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
        return testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE), arguments, environment);
    }

    static QString sampleText()
    {
        QFile file(QStringLiteral(PRESSDESK_TEST_FIXTURES "/bochum-2020-pressemitteilung.txt"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("demo.pressdesk"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db}).exitCode, 0);
    }

    void listShowsOneLinePerRelease()
    {
        const Run listed =
            run({QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--db"), m_db});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out,
                 QStringLiteral("   1  2020-12-07  published  Vom letzten Zafira zum Haus des Wissens\n"));
        QVERIFY(listed.err.isEmpty());
    }

    void showReadsLikeTheSampleRelease()
    {
        const Run shown = run({QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("1"),
                               QStringLiteral("--db"), m_db});
        QCOMPARE(shown.exitCode, 0);
        const QString text = shown.out;
        QVERIFY2(
            text.startsWith(QStringLiteral("Pressemitteilung\n\nVom letzten Zafira zum Haus des Wissens\n")),
            qPrintable(text.left(200)));
        QVERIFY(text.contains(
            QStringLiteral("\n\nBochum, 7. Dezember 2020 – Am 5.12.2014 rollt der letzte Zafira")));

        // The sample's glued year list comes out one year per line, as the register has it.
        QString sample = sampleText();
        QVERIFY(!sample.isEmpty());
        static const QRegularExpression yearItem(QStringLiteral("(20\\d\\d): (.*?),?(?=20\\d\\d: |\")"));
        int years = 0;
        for (auto match = yearItem.globalMatch(sample); match.hasNext(); ++years) {
            const QRegularExpressionMatch item = match.next();
            const QString line = QStringLiteral("\n%1: %2\n").arg(item.captured(1), item.captured(2));
            QVERIFY2(text.contains(line), qPrintable(line));
        }
        QCOMPARE(years, 5);

        // The mayor's first quote carries his role; the second follows without repeating it.
        QCOMPARE(text.count(QStringLiteral("“, sagt Oberbürgermeister Thomas Eiskirch.")), 1);
        QVERIFY(text.contains(QStringLiteral("„Es scheint nun klar, wohin die Reise geht")));
        QVERIFY(text.contains(QStringLiteral("\n\n„Wir sind natürlich auch ein bisschen stolz")));

        // Every sentence of the sample is there (quotation marks aside: the sample has straight ones).
        const QString normalised =
            QString(text).remove(QRegularExpression(QStringLiteral("[„“\"]"))).simplified();
        QString prose = sample;
        prose.remove(QRegularExpression(QStringLiteral("2016: .*?(?=\")")));
        prose.remove(QStringLiteral(", sagt Oberbürgermeister Thomas Eiskirch."));
        prose.remove(QLatin1Char('"'));
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s*(?=[A-ZÄÖÜ])"));
        int sentences = 0;
        for (QString sentence : prose.split(sentenceEnd, Qt::SkipEmptyParts)) {
            sentence = sentence.simplified();
            if (sentence.endsWith(QLatin1Char('.')))
                sentence.chop(1); // the quote's own full stop moves behind the attribution
            ++sentences;
            QVERIFY2(normalised.contains(sentence, Qt::CaseInsensitive), qPrintable(sentence));
        }
        QVERIFY(sentences >= 15);

        // Boilerplate and Pressekontakt close it, with public channels only.
        QVERIFY(text.contains(
            QStringLiteral("\n\nÜber die Stadt Bochum\nBochum liegt im Herzen des Ruhrgebiets")));
        QVERIFY(text.contains(
            QStringLiteral("\n\nPressekontakt\nJulia Sommerfeld, Pressesprecherin, Stadt Bochum\nE-Mail: ")));
        auto store = Store::open(m_db, Database::OpenMode::OpenExisting);
        QVERIFY(store);
        int internalChannels = 0;
        for (const Contact &contact : *(*store)->contacts().all()) {
            for (const ContactChannel &channel : contact.channels) {
                if (!channel.isPublic) {
                    ++internalChannels;
                    QVERIFY2(!text.contains(channel.value), qPrintable(channel.value));
                }
            }
            if (!contact.internalNote.isEmpty())
                QVERIFY(!text.contains(contact.internalNote));
        }
        QVERIFY(internalChannels > 0);
    }

    void englishWhenAsked()
    {
        const Run shown =
            run({QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("1"),
                 QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--db"), m_db},
                QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.startsWith(QStringLiteral("Press release\n")));
        QVERIFY(shown.out.contains(QStringLiteral("Bochum, 7 December 2020 – Am 5.12.2014")));
        QVERIFY(shown.out.contains(QStringLiteral("könnte,” says Oberbürgermeister Thomas Eiskirch.")));
        QVERIFY(shown.out.contains(QStringLiteral("\n\nPress contact\n")));
    }

    void countsForTheReleaseAndItsLead()
    {
        const Run shown = run({QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("1"),
                               QStringLiteral("--counts"), QStringLiteral("--db"), m_db});
        QCOMPARE(shown.exitCode, 0);
        const QStringList lines = shown.out.split(QLatin1Char('\n'));
        const auto figures = [&](const QString &label) {
            for (const QString &line : lines) {
                if (line.startsWith(label))
                    return line.mid(30).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            }
            return QStringList();
        };
        // The lead alone: "Bochum, 7. Dezember 2020 – " and the sample's first four sentences.
        QCOMPARE(figures(QStringLiteral("Words")).value(1), QStringLiteral("38"));
        const QStringList words = figures(QStringLiteral("Words"));
        QVERIFY2(words.value(0).remove(QLatin1Char(',')).toInt() > 300, qPrintable(words.join(' ')));
        QCOMPARE(figures(QStringLiteral("Lines of 60 characters")).size(), 2);
        const double flesch = figures(QStringLiteral("Flesch-Amstad")).value(0).toDouble();
        QVERIFY2(flesch > 10 && flesch < 70, qPrintable(QString::number(flesch)));
    }

    void aDamagedBodyIsNamedAndLeftAsItIs()
    {
        const QString damaged = m_dir->filePath(QStringLiteral("damaged.pressdesk"));
        QVERIFY(QFile::copy(m_db, damaged));
        QCOMPARE(testsupport::runRawSql(
                     damaged, {QStringLiteral("UPDATE press_release SET content = '<p>Hallo</p>'")}),
                 QString());
        const QByteArray before = testsupport::readBytes(damaged);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("1")},
              QStringList{QStringLiteral("list"), QStringLiteral("releases")}}) {
            const Run refused = run(arguments + QStringList{QStringLiteral("--db"), damaged});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.count(QLatin1Char('\n')) == 1, qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("“Vom letzten Zafira zum Haus des Wissens”")) &&
                         refused.err.contains(QStringLiteral("damaged")),
                     qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
        QCOMPARE(testsupport::readBytes(damaged), before);
    }

    void badIdsAndKinds()
    {
        const Run missing = run({QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("99"),
                                 QStringLiteral("--db"), m_db});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, QStringLiteral("There is no press release with the number 99.\n"));
        QVERIFY(missing.out.isEmpty());
        const Run german = run({QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("99"),
                                QStringLiteral("--db"), m_db},
                               QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.err, QStringLiteral("Es gibt keine Pressemitteilung mit der Nummer 99.\n"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("eins")},
              QStringList{QStringLiteral("show"), QStringLiteral("quote"), QStringLiteral("1")},
              QStringList{QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("1"),
                          QStringLiteral("--language"), QStringLiteral("fr")},
              QStringList{QStringLiteral("list"), QStringLiteral("photos")}}) {
            const Run wrong = run(arguments + QStringList{QStringLiteral("--db"), m_db});
            QVERIFY2(wrong.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + wrong.err));
            QVERIFY(!wrong.err.isEmpty());
        }
    }

    // `export release`: every format on a machine without a display, in German whatever the locale;
    // unknown id, impossible path and missing fonts exit 1 with one line and write nothing.
    void exportWritesEveryFormatWithoutADisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        for (const QString &name :
             {QStringLiteral("release.pdf"), QStringLiteral("release.odt"), QStringLiteral("release.html"),
              QStringLiteral("release.md"), QStringLiteral("release.txt")}) {
            const QString path = m_dir->filePath(name);
            const Run exported = testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE),
                                                         {QStringLiteral("export"), QStringLiteral("release"),
                                                          QStringLiteral("1"), QStringLiteral("--db"), m_db,
                                                          QStringLiteral("-o"), path},
                                                         environment);
            QVERIFY2(exported.exitCode == 0, qPrintable(name + exported.err));
            QVERIFY(QFileInfo(path).size() > 500);
        }
        QFile text(m_dir->filePath(QStringLiteral("release.txt")));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString email = QString::fromUtf8(text.readAll());
        QVERIFY(email.contains(QStringLiteral("Pressekontakt")));
        for (const QString &line : email.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 72, qPrintable(line));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {m_dir->filePath(QStringLiteral("release.pdf")), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished());
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(pdfText.contains(QStringLiteral("Seite 1 von 2")));
        QVERIFY(pdfText.contains(QStringLiteral("Pressemitteilung")));
    }

    void exportRefusalsWriteNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("refused.pdf"));
        const Run missing = run({QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("99"),
                                 QStringLiteral("--db"), m_db, QStringLiteral("-o"), path});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, QStringLiteral("There is no press release with the number 99.\n"));
        QVERIFY(!QFileInfo::exists(path));

        const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const Run unwritable = run({QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("1"),
                                    QStringLiteral("--db"), m_db, QStringLiteral("-o"),
                                    blocker + QStringLiteral("/release.pdf")});
        QCOMPARE(unwritable.exitCode, 1);
        QCOMPARE(unwritable.err.count(QLatin1Char('\n')), 1);

        // Fonts missing: one line, and the earlier export stays as it was.
        const QString copy = m_dir->filePath(QStringLiteral("nofonts.pressdesk"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            auto store = Store::open(copy, Database::OpenMode::OpenExisting);
            QVERIFY(store);
            HouseStyle style = *(*store)->officeSettings().houseStyle();
            style.fontFamily = QStringLiteral("No Such Font");
            style.fallbackFontFamily = QStringLiteral("Nor This One");
            QVERIFY((*store)->officeSettings().setHouseStyle(style, QString()));
        }
        const QString earlier = m_dir->filePath(QStringLiteral("earlier.pdf"));
        {
            QFile file(earlier);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the earlier export");
        }
        const Run noFonts = run({QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("1"),
                                 QStringLiteral("--db"), copy, QStringLiteral("-o"), earlier});
        QCOMPARE(noFonts.exitCode, 1);
        QVERIFY(noFonts.err.contains(QStringLiteral("No Such Font")));
        QCOMPARE(noFonts.err.count(QLatin1Char('\n')), 1);
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the earlier export"));
    }

    void theDemoKitIsListedAndExportedWithoutADisplay()
    {
        const Run listed =
            run({QStringLiteral("list"), QStringLiteral("kits"), QStringLiteral("--db"), m_db});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out,
                 QStringLiteral(
                     "   1  2020-12-07     1  6 parts    Sechs Jahre nach Opel: Bochum zieht Bilanz\n"));

        const QString path = m_dir->filePath(QStringLiteral("kit.pdf"));
        const Run exported = run({QStringLiteral("export"), QStringLiteral("kit"), QStringLiteral("1"),
                                  QStringLiteral("--db"), m_db, QStringLiteral("-o"), path});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.err.isEmpty());
        const QString text =
            testsupport::runProgram(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
        QVERIFY(text.contains(QStringLiteral("Inhalt")));
        QVERIFY(text.contains(QStringLiteral("Daten und Fakten")));
        QVERIFY(text.contains(QStringLiteral("Vom letzten Zafira zum Haus des Wissens")));

        const QString zipPath = m_dir->filePath(QStringLiteral("Pressemappe Bochum.zip"));
        const Run zipped = run({QStringLiteral("export"), QStringLiteral("kit"), QStringLiteral("1"),
                                QStringLiteral("--db"), m_db, QStringLiteral("-o"), zipPath});
        QCOMPARE(zipped.exitCode, 0);
        const QByteArray zip = testsupport::readBytes(zipPath);
        QVERIFY(zip.startsWith("PK\x03\x04"));
        QVERIFY(zip.contains("pressemitteilung.odt") && zip.contains("fakten.pdf"));

        // A kit with open checks is exported, and the checks are named on the error stream.
        const QString copy = m_dir->filePath(QStringLiteral("checks.pressdesk"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            auto store = Store::open(copy, Database::OpenMode::OpenExisting);
            QVERIFY(store);
            PressKit kit = *(*store)->pressKits().find(1);
            KitPart photos;
            photos.kind = KitPart::Kind::Photos;
            kit.parts.append(photos);
            QVERIFY((*store)->pressKits().update(kit));
        }
        const Run checked =
            run({QStringLiteral("export"), QStringLiteral("kit"), QStringLiteral("1"), QStringLiteral("--db"),
                 copy, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("checked.pdf"))});
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.err,
                 QStringLiteral("Check before handing out: The photos part holds no photo yet.\n"));

        const QString refused = m_dir->filePath(QStringLiteral("nokit.pdf"));
        const Run missing = run({QStringLiteral("export"), QStringLiteral("kit"), QStringLiteral("7"),
                                 QStringLiteral("--db"), m_db, QStringLiteral("-o"), refused});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, QStringLiteral("There is no press kit with the number 7.\n"));
        QVERIFY(!QFileInfo::exists(refused));
        const Run wrongFormat =
            run({QStringLiteral("export"), QStringLiteral("kit"), QStringLiteral("1"), QStringLiteral("--db"),
                 m_db, QStringLiteral("-o"), m_dir->filePath(QStringLiteral("kit.docx"))});
        QCOMPARE(wrongFormat.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("kit.docx"))));
    }

    void theChronicleHandoutOnA3()
    {
        const QString path = m_dir->filePath(QStringLiteral("chronik.pdf"));
        const Run exported =
            run({QStringLiteral("export"), QStringLiteral("handout"), QStringLiteral("chronicle"),
                 QStringLiteral("--db"), m_db, QStringLiteral("-o"), path, QStringLiteral("--paper"),
                 QStringLiteral("a3"), QStringLiteral("--category"), QStringLiteral("Ansiedlung"),
                 QStringLiteral("--from"), QStringLiteral("2018")});
        QCOMPARE(exported.exitCode, 0);
        const QString info = testsupport::runProgram(QStringLiteral("pdfinfo"), {path}).out;
        QVERIFY(info.contains(QStringLiteral("(A3)")));
        QVERIFY(info.contains(QStringLiteral("Chronik: Ansiedlung 2018–2020")));
        for (const QStringList &wrong : {QStringList{QStringLiteral("--paper"), QStringLiteral("a5")},
                                         QStringList{QStringLiteral("--from"), QStringLiteral("zwanzig")}}) {
            const Run refused =
                run(QStringList{QStringLiteral("export"), QStringLiteral("handout"),
                                QStringLiteral("chronicle"), QStringLiteral("--db"), m_db,
                                QStringLiteral("-o"), m_dir->filePath(QStringLiteral("no.pdf"))} +
                    wrong);
            QCOMPARE(refused.exitCode, 2);
        }
        const Run noCategory = run({QStringLiteral("export"), QStringLiteral("handout"),
                                    QStringLiteral("chronicle"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("-o"), m_dir->filePath(QStringLiteral("no.pdf")),
                                    QStringLiteral("--category"), QStringLiteral("Raumfahrt")});
        QCOMPARE(noCategory.exitCode, 1);
        QCOMPARE(noCategory.err, QStringLiteral("There is no category “Raumfahrt”.\n"));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no.pdf"))));
    }

    // A long release is laid out on two threads, each with fonts of its own, and every export from the
    // command line is a fresh process that makes them: each run breaks every line alike (two threads
    // making fonts at once in a fresh process broke a line or two differently from run to run).
    void aLongReleaseBreaksAlikeInEveryProcess()
    {
        const QString db = m_dir->filePath(QStringLiteral("long.pressdesk"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
        RecordId id = 0;
        {
            Result<std::unique_ptr<Store>> store = Store::open(db, Database::OpenMode::OpenExisting);
            QVERIFY(store);
            // The benchmark's release: 150,000 characters with bold runs, links, quotes, timelines, photos.
            const Result<RecordId> generated = generateLongRelease(**store, 150000);
            QVERIFY(generated);
            id = *generated;
        }
        QString first;
        for (int i = 0; i < 6; ++i) {
            const QString pdf = m_dir->filePath(QStringLiteral("long-%1.pdf").arg(i));
            const Run exported =
                run({QStringLiteral("export"), QStringLiteral("release"), QString::number(id),
                     QStringLiteral("--db"), db, QStringLiteral("-o"), pdf});
            QCOMPARE(exported.exitCode, 0);
            const QString text =
                testsupport::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
            QVERIFY(text.size() > 50000);
            if (i == 0)
                first = text;
            else
                QVERIFY2(text == first,
                         qPrintable(QStringLiteral("run %1 broke lines differently").arg(i + 1)));
        }
    }
};

QTEST_MAIN(TestCliReleases) // the generator paints its photos
#include "tst_cli_releases.moc"
