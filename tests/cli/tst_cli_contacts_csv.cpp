#include "storage/store.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace pressdesk;

namespace {

// A German Excel export ("CSV (Trennzeichen-getrennt)"): semicolons, Windows-1252, CRLF, a note with a
// line break, a ragged row and a row without a name.
const QByteArray germanExcel =
    "Anrede;Vorname;Nachname;Firma;Funktion;E-Mail;Telefon;Mobil;Themen;Notiz\r\n"
    "Herr;Klaus;M\xfcller;Ruhr Nachrichten;Redakteur;k.mueller@example.org;0231 555 10;;"
    "Wirtschaft, Stra\xdf"
    "enbau;\"Erreichbar ab 9 Uhr\r\n\x84nur Festnetz\x93\"\r\n"
    "Frau;Eva;Wei\xdf;WDR Studio Bochum;Reporterin;e.weiss@example.org;;0170 555 77;"
    "Kultur;\r\n"
    "Herr;Ralf;Kr\xfcger;;;\r\n"
    ";;;Stadt Bochum;;;;;;\r\n"
    "Frau;Julia;Sommerfeld;Stadt Bochum;Pressesprecherin;PRESSE@example.org;;;Haushalt;\r\n";

} // namespace

// Drives the real executable: `import csv`, `export contacts … .csv`, `search contacts`.
class TestCliContactsCsv : public QObject
{
    Q_OBJECT

private:
    struct Run : testsupport::ProgramRun
    {
        QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    };

    static Run run(const QStringList &arguments)
    {
        Run result;
        static_cast<testsupport::ProgramRun &>(result) =
            testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
        return result;
    }

    static Run importCsv(const QString &file, const QString &db, bool dryRun = false)
    {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("csv"), file, QStringLiteral("--db"),
                              db};
        if (dryRun)
            arguments.append(QStringLiteral("--dry-run"));
        return run(arguments);
    }

    static Run search(const QString &query, const QString &db)
    {
        return run({QStringLiteral("search"), QStringLiteral("contacts"), query, QStringLiteral("--db"), db});
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

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return testsupport::writeBytes(path(name), bytes) ? path(name) : QString();
    }

    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            if (name.contains(QStringLiteral(".pressdesk")))
                files.insert(name, testsupport::readBytes(path(name)));
        }
        return files;
    }

    static QList<Contact> contacts(const QString &db)
    {
        auto store = Store::open(db, Database::OpenMode::OpenExisting);
        return store ? *(*store)->contacts().all() : QList<Contact>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // On a terminal the import says on stderr what it is doing, in one line it rewrites and clears at the
    // end; stdout says the same as without a terminal (and the other tests see no progress at all: their
    // stderr is a pipe).
    void showsProgressOnATerminalOnly()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        const QString csv = writeFile(QStringLiteral("kontakte.csv"), germanExcel);
        QVERIFY(!db.isEmpty() && !csv.isEmpty());
        const int terminal = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(terminal >= 0);
        QVERIFY(grantpt(terminal) == 0 && unlockpt(terminal) == 0);
        const int console = ::open(ptsname(terminal), O_RDWR | O_NOCTTY);
        QVERIFY(console >= 0);
        QProcess process;
        process.setChildProcessModifier([console] { ::dup2(console, STDERR_FILENO); });
        process.start(QStringLiteral(PRESSDESK_EXECUTABLE),
                      {QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--db"), db});
        QByteArray shown;
        char buffer[4096];
        ::fcntl(terminal, F_SETFL, O_NONBLOCK);
        const auto drain = [&]() {
            for (ssize_t got; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
                shown.append(buffer, got);
        };
        while (!process.waitForFinished(20)) {
            drain();
            QVERIFY(process.state() != QProcess::NotRunning);
        }
        drain();
        ::close(console);
        ::close(terminal);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Added 2, merged 1, skipped 0, errors 2."));
        // "(s)" plural forms read as English whether or not the English translation is built in.
        const QString text = QString::fromUtf8(shown).replace(QStringLiteral("(s)"), QStringLiteral("s"));
        QVERIFY2(text.contains(QStringLiteral("\rLooking for duplicates among 3 records…")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\rImporting contacts: 0%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\rImporting contacts: 100%")), qPrintable(text));
        // Cleared at the end: nothing but blanks after the last carriage return but one.
        QVERIFY2(text.endsWith(QLatin1Char('\r')), qPrintable(text));
        QVERIFY2(text.section(QLatin1Char('\r'), -2, -2).trimmed().isEmpty(), qPrintable(text));
    }

    void importsGermanExcelFile()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        const QString csv = writeFile(QStringLiteral("kontakte.csv"), germanExcel);
        QVERIFY(!db.isEmpty() && !csv.isEmpty());
        const Run result = importCsv(csv, db);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        // Julia Sommerfeld is in the demo (same e-mail, other case): merged.
        QCOMPARE(result.lines(),
                 (QStringList{QStringLiteral("Added 2, merged 1, skipped 0, errors 2."),
                              QStringLiteral("line 5: The record has 6 fields; the header has 10."),
                              QStringLiteral("line 6: The row has no name and nothing to reach anyone by; it "
                                             "is left out.")}));

        const QList<Contact> all = contacts(db);
        QCOMPARE(all.size(), 8);
        const auto mueller = std::find_if(all.cbegin(), all.cend(), [](const Contact &contact) {
            return contact.familyName == QString::fromUtf8("Müller");
        });
        QVERIFY(mueller != all.cend());
        QCOMPARE(mueller->role, QStringLiteral("Redakteur"));
        QCOMPARE(mueller->pressTopics,
                 (QStringList{QStringLiteral("Wirtschaft"), QString::fromUtf8("Straßenbau")}));
        QCOMPARE(mueller->internalNote, QString::fromUtf8("Erreichbar ab 9 Uhr\n„nur Festnetz“"));
        QCOMPARE(mueller->channels.size(), 2);

        // Found by the search, also with the umlaut spelled out; the new organisation is searchable.
        QCOMPARE(search(QStringLiteral("muell"), db).lines(),
                 QStringList{QString::fromUtf8("Herr Klaus Müller — Redakteur, Ruhr Nachrichten — "
                                               "k.mueller@example.org")});
        QCOMPARE(search(QStringLiteral("wdr"), db).lines(),
                 QStringList{QString::fromUtf8("Frau Eva Weiß — Reporterin, WDR Studio Bochum — "
                                               "e.weiss@example.org")});

        // A second import finds every contact again.
        const Run again = importCsv(csv, db);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lines().value(0), QStringLiteral("Added 0, merged 3, skipped 0, errors 2."));
        QCOMPARE(contacts(db).size(), 8);
    }

    void strayWindows1252BytesInAUtf8File()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        const QString csv =
            writeFile(QStringLiteral("kontakte.csv"), "Vorname;Nachname;Firma\r\n"
                                                      "J\xC3\xBCrgen;M\xC3\xBCller;Stadtwerke Bochum\r\n"
                                                      "Klaus;Wei\xDF;Ruhr Nachrichten\r\n"
                                                      "Eva;Schr\xC3\xB6"
                                                      "der;WDR\r\n");
        QVERIFY(!db.isEmpty() && !csv.isEmpty());
        const Run result = importCsv(csv, db);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.lines(),
                 (QStringList{
                     QStringLiteral("Added 3, merged 0, skipped 0, errors 0."),
                     QStringLiteral("line 3: not valid UTF-8; its odd bytes were read as Windows-1252")}));
        QStringList names;
        for (const Contact &contact : contacts(db))
            names.append(contact.givenName + QLatin1Char(' ') + contact.familyName);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Eva Schröder"), QStringLiteral("Jürgen Müller"),
                                     QStringLiteral("Klaus Weiß")}));
    }

    void columnsWithARepeatedNameAreReported()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        const QString csv = writeFile(QStringLiteral("kontakte.csv"),
                                      "Vorname;Nachname;E-Mail;E-Mail\r\n"
                                      "Julia;Sommerfeld;presse@example.org;j.sommerfeld@example.org\r\n");
        QVERIFY(!db.isEmpty() && !csv.isEmpty());
        const Run result = importCsv(csv, db, true);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            result.lines(),
            (QStringList{QStringLiteral("Added 1, merged 0, skipped 0, errors 0."),
                         QStringLiteral("line 1: column 4 (“E-Mail”) has the same name as column 3 and is "
                                        "not read"),
                         QStringLiteral("Dry run: nothing was written.")}));
    }

    void dryRunWritesNothing()
    {
        const QString db = makeEmpty(QStringLiteral("empty.pressdesk"));
        const QString csv = writeFile(QStringLiteral("kontakte.csv"), germanExcel);
        QVERIFY(!db.isEmpty() && !csv.isEmpty());
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = importCsv(csv, db, true);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines().value(0), QStringLiteral("Added 3, merged 0, skipped 0, errors 2."));
        QCOMPARE(result.lines().last(), QStringLiteral("Dry run: nothing was written."));
        QCOMPARE(snapshot(), before);
        QCOMPARE(contacts(db).size(), 0);
    }

    // Issue #15: one odd value never costs the row; it is kept as text and named with its line. A row with
    // no name but something to reach it by is named after it.
    void keepsAnOddValueAsTextWithItsLine()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        const QString csv = writeFile(QStringLiteral("kontakte.csv"),
                                      "Name;E-Mail\r\nJörg Weiß;kaputt\r\n;Stadt Bochum, Pforte\r\n");
        QVERIFY(!db.isEmpty() && !csv.isEmpty());
        const Run result = importCsv(csv, db);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines(),
                 (QStringList{QStringLiteral("Added 2, merged 0, skipped 0, errors 0."),
                              QStringLiteral("line 2: “kaputt” is not a valid e-mail address; kept as a text "
                                             "channel of Jörg Weiß"),
                              QStringLiteral("line 3: The row has no name; it is named “Stadt Bochum, "
                                             "Pforte”."),
                              QStringLiteral("line 3: “Stadt Bochum, Pforte” is not a valid e-mail address; "
                                             "kept as a text channel of Stadt Bochum, Pforte")}));
        const QList<Contact> all = contacts(db);
        const auto joerg = std::find_if(all.cbegin(), all.cend(), [](const Contact &contact) {
            return contact.familyName == QString::fromUtf8("Weiß");
        });
        QVERIFY(joerg != all.cend());
        QCOMPARE(joerg->channels.size(), 1);
        QCOMPARE(joerg->channels.first().kind, ChannelKind::Other);
        QCOMPARE(joerg->channels.first().value, QStringLiteral("kaputt"));
    }

    void refusesUnusableFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x08\0Vorname", 15) << "binary";
        QTest::newRow("no name column") << QByteArray("Spalte;Wert\r\na;b\r\n") << "no column with a name";
        QTest::newRow("only problems") << QByteArray("Vorname,Nachname\nJulia\n") << "line 2";
        // Whatever makes the only record unusable, the answer is the same: exit code 1, one line.
        QTest::newRow("no name") << QByteArray("Name;Firma\r\n;Stadt Bochum\r\n")
                                 << "line 2: The row has no name and nothing to reach anyone by";
        QTest::newRow("truncated") << QByteArray("Name,Notiz\nJulia Sommerfeld,\"offen\n") << "not closed";
        QTest::newRow("missing") << QByteArray("-") << "does not exist";
    }

    void refusesUnusableFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!db.isEmpty());
        const QString csv =
            content == "-" ? path(QStringLiteral("gone.csv")) : writeFile(QStringLiteral("bad.csv"), content);
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = importCsv(csv, db);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.count(QLatin1Char('\n')) == 1 && result.err.contains(mentions),
                 qPrintable(result.err));
        QCOMPARE(result.out, QString());
        QCOMPARE(snapshot(), before);
        QCOMPARE(contacts(db).size(), 6);
    }

    void exportsPublicChannelsUnlessAskedFor()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!db.isEmpty());
        const QString publicFile = path(QStringLiteral("kontakte.csv"));
        const Run exported =
            run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                 QStringLiteral("-o"), publicFile, QStringLiteral("--separator"), QStringLiteral(";")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out,
                 QStringLiteral("Exported 6 contacts to %1.\n").arg(QDir::toNativeSeparators(publicFile)));
        const QByteArray bytes = testsupport::readBytes(publicFile);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Anrede;Vorname;Weitere Vornamen;Nachname;"));
        QCOMPARE(bytes.count("\r\n"), 7);
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(QStringLiteral("Frau;Julia;;Sommerfeld;;;;Pressesprecherin;Stadt Bochum;")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(";presse@example.org;0234 555 1001;;;")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("0170 555 1001")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("buero.oberbuergermeister@example.org")));
        QVERIFY(!text.contains(QStringLiteral("Interne Notiz")));

        const QString internalFile = path(QStringLiteral("intern.csv"));
        const Run withInternal =
            run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                 QStringLiteral("-o"), internalFile, QStringLiteral("--include-internal")});
        QCOMPARE(withInternal.exitCode, 0);
        const QString internalText = QString::fromUtf8(testsupport::readBytes(internalFile));
        QVERIFY2(internalText.contains(QStringLiteral(",presse@example.org,0234 555 1001,0170 555 1001,")),
                 qPrintable(internalText));
        QVERIFY(internalText.contains(QStringLiteral("buero.oberbuergermeister@example.org")));
        QVERIFY(internalText.contains(QStringLiteral("Interne Notiz")));

        // The export reads back in: into an empty file, every contact is added once.
        const QString empty = makeEmpty(QStringLiteral("empty.pressdesk"));
        const Run reimported = importCsv(internalFile, empty);
        QCOMPARE(reimported.exitCode, 0);
        QCOMPARE(reimported.lines(),
                 (QStringList{QStringLiteral("Read as: PressDesk"),
                              QStringLiteral("Added 6, merged 0, skipped 0, errors 0.")}));
        QCOMPARE(contacts(empty).size(), 6);
    }

    void exportIsSafeToOpenAndReadsBackExactly()
    {
        const QString first = makeEmpty(QStringLiteral("first.pressdesk"));
        const QString csv = writeFile(QStringLiteral("kontakte.csv"),
                                      "Vorname;Nachname;Funktion;Telefon;Themen\r\n"
                                      "Julia;Sommerfeld;=HYPERLINK(\"http://example.org\");+49 234 910-0;"
                                      "-Haushalt\r\n");
        QVERIFY(!first.isEmpty() && !csv.isEmpty());
        QCOMPARE(importCsv(csv, first).exitCode, 0);
        const QString exported = path(QStringLiteral("export.csv"));
        const Run written = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"),
                                 first, QStringLiteral("-o"), exported});
        QCOMPARE(written.exitCode, 0);
        const QByteArray bytes = testsupport::readBytes(exported);
        QVERIFY2(bytes.contains(",Julia,,Sommerfeld,,,,\"'=HYPERLINK(\"\"http://example.org\"\")\",,,,"
                                "\"'+49 234 910-0\",,,,,,,,,,,\"'-Haushalt\",nein\r\n"),
                 bytes.constData());

        const QString second = makeEmpty(QStringLiteral("second.pressdesk"));
        const Run back = importCsv(exported, second);
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.lines(), (QStringList{QStringLiteral("Read as: PressDesk"),
                                            QStringLiteral("Added 1, merged 0, skipped 0, errors 0.")}));
        const QList<Contact> before = contacts(first);
        const QList<Contact> after = contacts(second);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().role, QStringLiteral("=HYPERLINK(\"http://example.org\")"));
        QCOMPARE(after.first().role, before.first().role);
        QCOMPARE(after.first().pressTopics, QStringList{QStringLiteral("-Haushalt")});
        QCOMPARE(after.first().channels.size(), 1);
        QCOMPARE(after.first().channels.first().value, QStringLiteral("+49 234 910-0"));
    }

    void refusesOtherExtension()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        const Run result = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"),
                                db, QStringLiteral("-o"), path(QStringLiteral("kontakte.xlsx"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("kontakte.xlsx"))));
    }

    void searchesContacts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString julia =
            QString::fromUtf8("Frau Julia Sommerfeld — Pressesprecherin, Stadt Bochum — presse@example.org");
        QTest::newRow("name prefix") << "sommer" << QStringList{julia};
        QTest::newRow("topic and organisation") << "haushalt stadt" << QStringList{julia};
        QTest::newRow("e-mail") << "presse@example" << QStringList{julia};
        QTest::newRow("double name")
            << QString::fromUtf8("krüger-h")
            << QStringList{QString::fromUtf8(
                   "Frau Sabine Krüger-Hoffmann — Projektkommunikation, Vermarktungsgesellschaft "
                   "Opel-Areal Bochum — s.krueger-hoffmann@example.org")};
        QTest::newRow("no public e-mail")
            << "weissenb"
            << QStringList{
                   QString::fromUtf8("Herr Jörg Weißenberg — Amt für Stadtplanung, Projektleitung Haus "
                                     "des Wissens, Stadt Bochum")};
        QTest::newRow("nothing") << "zafira" << QStringList{QStringLiteral("No contacts found.")};
        QTest::newRow("FTS syntax") << "\"foo* OR bar" << QStringList{QStringLiteral("No contacts found.")};
    }

    void searchesContacts()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        QVERIFY(!db.isEmpty());
        const Run result = search(query, db);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.lines(), expected);
    }

    void searchUsage()
    {
        const QString db = makeDemo(QStringLiteral("demo.pressdesk"));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("quotes"), QStringLiteral("x"),
                      QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(
            run({QStringLiteral("search"), QStringLiteral("contacts"), QStringLiteral("--db"), db}).exitCode,
            2);
        const Run missing = search(QStringLiteral("x"), path(QStringLiteral("gone.pressdesk")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("gone.pressdesk"))));
        const Run limited =
            run({QStringLiteral("search"), QStringLiteral("contacts"), QStringLiteral("stadt"),
                 QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(limited.lines().size(), 1);
        const Run help = run({QStringLiteral("search"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("QUERY")));
    }
};

QTEST_GUILESS_MAIN(TestCliContactsCsv)
#include "tst_cli_contacts_csv.moc"
