#include "storage/store.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// Drives the real pressdesk executable: `pressdesk import vcard FILE --db DB [--dry-run]` and
// `pressdesk export contacts --db DB -o FILE.vcf [--include-internal]`, on the demo database.
class TestCliContactsVcard : public QObject
{
    Q_OBJECT

private:
    struct Run : testsupport::ProgramRun
    {
        QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
        QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    };

    static Run run(const QStringList &arguments)
    {
        Run result;
        static_cast<testsupport::ProgramRun &>(result) =
            testsupport::runProgram(QStringLiteral(PRESSDESK_EXECUTABLE), arguments);
        return result;
    }

    static Run importVcard(const QString &file, const QString &db, bool dryRun = false)
    {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("vcard"), file, QStringLiteral("--db"),
                              db};
        if (dryRun)
            arguments.append(QStringLiteral("--dry-run"));
        return run(arguments);
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString makeDemo()
    {
        const Run created =
            run({QStringLiteral("demo"), QStringLiteral("--db"), path(QStringLiteral("demo.pressdesk"))});
        return created.exitCode == 0 ? path(QStringLiteral("demo.pressdesk")) : QString();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return testsupport::writeBytes(path(name), bytes) ? path(name) : QString();
    }

    static int contactCount(const QString &db)
    {
        auto store = Store::open(db, Database::OpenMode::OpenExisting);
        return store ? int((*store)->contacts().all()->size()) : -1;
    }

    // The database file and whatever SQLite keeps beside it (not the input files).
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        for (const QString &name :
             QDir(m_dir->path()).entryList({QStringLiteral("demo.pressdesk*")}, QDir::Files))
            files.insert(name, testsupport::readBytes(path(name)));
        return files;
    }

    // A new contact, a duplicate of Julia Sommerfeld (her press e-mail) bringing a new mobile number,
    // and a record cut off before its END (line 13).
    static QByteArray sample()
    {
        return QByteArray("BEGIN:VCARD\r\n"
                          "VERSION:3.0\r\n"
                          "N:Müller;Hans;;Dr.;\r\n"
                          "ORG:Stadtwerke Bochum;Unternehmenskommunikation\r\n"
                          "EMAIL;TYPE=work:h.mueller@example.org\r\n"
                          "END:VCARD\r\n"
                          "BEGIN:VCARD\r\n"
                          "VERSION:3.0\r\n"
                          "N:Sommerfeld;Julia;;;\r\n"
                          "EMAIL;TYPE=work:Presse@example.org\r\n"
                          "TEL;TYPE=cell:0171 555 1002\r\n"
                          "END:VCARD\r\n"
                          "BEGIN:VCARD\r\n"
                          "VERSION:3.0\r\n"
                          "N:Weiß;Jörg;;;\r\n");
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void importAddsMergesAndListsErrors()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        QCOMPARE(contactCount(db), 6);
        const Run result = importVcard(writeFile(QStringLiteral("kontakte.vcf"), sample()), db);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("Added 1, merged 1, skipped 0, errors 1."),
                              QStringLiteral("line 13: record starting on line 13 has no END:VCARD")}));
        QCOMPARE(contactCount(db), 7);
        auto store = Store::open(db, Database::OpenMode::OpenExisting);
        QVERIFY(store.ok());
        bool sawSommerfeld = false;
        for (const Contact &contact : *(*store)->contacts().all()) {
            if (contact.familyName != QStringLiteral("Sommerfeld"))
                continue;
            sawSommerfeld = true;
            QCOMPARE(contact.honorific, QStringLiteral("Frau"));
            QCOMPARE(contact.channels.size(), 4);
            QCOMPARE(contact.channels.last().value, QStringLiteral("0171 555 1002"));
            QVERIFY(!contact.channels.last().isPublic);
        }
        QVERIFY(sawSommerfeld);
        // Importing the same file again adds nothing new.
        const Run again = importVcard(path(QStringLiteral("kontakte.vcf")), db);
        QCOMPARE(again.outLines().value(0), QStringLiteral("Added 0, merged 2, skipped 0, errors 1."));
        QCOMPARE(contactCount(db), 7);
    }

    void unknownVersionIsReadAndReported()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(QStringLiteral("neu.vcf"),
                                       "BEGIN:VCARD\r\nVERSION:5.0\r\nN:Brandt;Markus\r\nEND:VCARD\r\n");
        const Run result = importVcard(file, db);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("Added 1, merged 0, skipped 0, errors 0."),
                              QStringLiteral("line 2: vCard version “5.0” is unknown; the record is read as "
                                             "version 4.0")}));
        QCOMPARE(contactCount(db), 7);
    }

    // Issue #15: one odd value never costs the contact; it is kept as text and named with its line.
    void aBadEMailIsKeptAsTextWithItsLine()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const QString file =
            writeFile(QStringLiteral("kontakte.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Brandt;Markus\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weiß;Jörg\r\nEMAIL:kaputt\r\nEND:VCARD\r\n");
        const Run result = importVcard(file, db);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("Added 2, merged 0, skipped 0, errors 0."),
                              QStringLiteral("line 8: “kaputt” is not a valid e-mail address; kept as a text "
                                             "channel of Jörg Weiß")}));
        QCOMPARE(contactCount(db), 8);
    }

    void dryRunWritesNothing()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(QStringLiteral("kontakte.vcf"), sample());
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = importVcard(file, db, true);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.outLines(),
                 (QStringList{QStringLiteral("Added 1, merged 1, skipped 0, errors 1."),
                              QStringLiteral("line 13: record starting on line 13 has no END:VCARD"),
                              QStringLiteral("Dry run: nothing was written.")}));
        QCOMPARE(snapshot(), before);
    }

    void unusableFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("This is not a vCard file: it holds binary data.");
        QTest::newRow("no END") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weiß;Jörg\r\n")
                                << QStringLiteral("line 1: record starting on line 1 has no END:VCARD");
        // Whatever makes the only record unusable, the answer is the same: exit code 1, one line.
        QTest::newRow("no name, nothing to reach")
            << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:leer\r\nEND:VCARD\r\n")
            << QStringLiteral(
                   "line 1: The vCard has no name and nothing to reach anyone by; it is left out.");
    }

    void unusableFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const QString file = writeFile(QStringLiteral("kaputt.vcf"), bytes);
        const QMap<QString, QByteArray> before = snapshot();
        const Run result = importVcard(file, db);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(snapshot(), before);
    }

    void exportWritesPublicChannelsUnlessAsked()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const QString publicFile = path(QStringLiteral("kontakte.vcf"));
        const Run exported = run({QStringLiteral("export"), QStringLiteral("contacts"),
                                  QStringLiteral("--db"), db, QStringLiteral("-o"), publicFile});
        QCOMPARE(exported.err, QString());
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.outLines(),
                 QStringList{
                     QStringLiteral("Exported 6 contacts to %1.").arg(QDir::toNativeSeparators(publicFile))});
        const QByteArray publicBytes = testsupport::readBytes(publicFile);
        QCOMPARE(publicBytes.count("BEGIN:VCARD\r\nVERSION:4.0\r\n"), 6);
        QVERIFY(publicBytes.contains("EMAIL:presse@example.org\r\n"));
        QVERIFY(publicBytes.contains("TEL;VALUE=text:0234 555 1001\r\n"));
        QVERIFY(!publicBytes.contains("0170 555 1001"));
        QVERIFY(!publicBytes.contains("NOTE"));

        const QString allFile = path(QStringLiteral("alle.vcf"));
        const Run all = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                             QStringLiteral("-o"), allFile, QStringLiteral("--include-internal")});
        QCOMPARE(all.exitCode, 0);
        const QByteArray allBytes = testsupport::readBytes(allFile);
        QVERIFY(allBytes.contains("TEL;VALUE=text;TYPE=cell:0170 555 1001\r\n"));
        QVERIFY(allBytes.contains("NOTE:"));

        // What was exported imports again as the same six contacts (all merged, nothing added).
        const Run back = importVcard(allFile, db);
        QCOMPARE(back.outLines(), QStringList{QStringLiteral("Added 0, merged 6, skipped 0, errors 0.")});
        QCOMPARE(contactCount(db), 6);
    }

    // Issue #15: vCard 3.0 for Outlook on request; a version PressDesk does not write is a usage error.
    void exportWritesTheVersionAskedFor()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const QString file = path(QStringLiteral("outlook.vcf"));
        const Run exported =
            run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                 QStringLiteral("-o"), file, QStringLiteral("--vcard-version"), QStringLiteral("3.0")});
        QCOMPARE(exported.err, QString());
        QCOMPARE(exported.exitCode, 0);
        const QByteArray bytes = testsupport::readBytes(file);
        QCOMPARE(bytes.count("BEGIN:VCARD\r\nVERSION:3.0\r\n"), 6);
        QVERIFY(bytes.contains("TEL;TYPE=VOICE:0234 555 1001\r\n") ||
                bytes.contains("TEL:0234 555 1001\r\n"));
        QCOMPARE(importVcard(file, db).outLines(),
                 QStringList{QStringLiteral("Added 0, merged 6, skipped 0, errors 0.")});

        const QString refused = path(QStringLiteral("v21.vcf"));
        const Run wrong =
            run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"), db,
                 QStringLiteral("-o"), refused, QStringLiteral("--vcard-version"), QStringLiteral("2.1")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("4.0 or 3.0")), qPrintable(wrong.err));
        QVERIFY(!QFile::exists(refused));
    }

    void exportRefusesOtherExtensions()
    {
        const QString db = makeDemo();
        QVERIFY(!db.isEmpty());
        const Run result = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--db"),
                                db, QStringLiteral("-o"), path(QStringLiteral("kontakte.txt"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("kontakte.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestCliContactsVcard)
#include "tst_cli_contacts_vcard.moc"
