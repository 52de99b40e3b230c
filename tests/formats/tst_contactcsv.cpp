#include "formats/contactcsv.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace pressdesk;
using Field = ContactCsv::Field;

namespace {

QStringList utf8List(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *text : list)
        result.append(QString::fromUtf8(text));
    return result;
}

CsvRow row(int line, std::initializer_list<const char *> fields)
{
    return {line, utf8List(fields)};
}

} // namespace

class TestContactCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesGermanExcelHeader()
    {
        const ContactCsv::Mapping mapping = ContactCsv::guessMapping(
            utf8List({"Anrede", "Vorname", "Nachname", "Firma", "Abteilung", "Funktion", "E-Mail-Adresse",
                      "Telefon geschäftlich", "Mobiltelefon", "Webseite", "Themen", "Presseanfragen",
                      "Bemerkungen", "Geburtstag"}));
        QCOMPARE(mapping.value(Field::Honorific, -1), 0);
        QCOMPARE(mapping.value(Field::GivenName, -1), 1);
        QCOMPARE(mapping.value(Field::FamilyName, -1), 2);
        QCOMPARE(mapping.value(Field::Organisation, -1), 3);
        QCOMPARE(mapping.value(Field::Department, -1), 4);
        QCOMPARE(mapping.value(Field::Role, -1), 5);
        QCOMPARE(mapping.value(Field::Email, -1), 6);
        QCOMPARE(mapping.value(Field::Phone, -1), 7);
        QCOMPARE(mapping.value(Field::Mobile, -1), 8);
        QCOMPARE(mapping.value(Field::Web, -1), 9);
        QCOMPARE(mapping.value(Field::Topics, -1), 10);
        QCOMPARE(mapping.value(Field::AvailableForPress, -1), 11);
        QCOMPARE(mapping.value(Field::Note, -1), 12);
        QVERIFY(!mapping.contains(Field::FullName));
        QCOMPARE(mapping.size(), 13); // "Geburtstag" is not ours
    }

    void guessesEnglishAndOddlySpelledHeaders_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("expected"); // mappingToString()
        QTest::newRow("English") << utf8List({"First Name", "Last Name", "Company", "Job Title",
                                              "E-mail Address", "Business Phone", "Mobile Phone"})
                                 << "GivenName=0;FamilyName=1;Role=3;Organisation=2;Email=4;Phone=5;Mobile=6";
        QTest::newRow("case, blanks, umlaut spellings")
            << utf8List({" VORNAME ", "nachname", "FUNKTION", "e-mail", "Handy", "Themen (Presse)"})
            << "GivenName=0;FamilyName=1;Role=2;Email=3;Mobile=4;Topics=5";
        QTest::newRow("Vorname and Name: Name is the family name")
            << utf8List({"Vorname", "Name", "Organisation"}) << "GivenName=0;FamilyName=1;Organisation=2";
        QTest::newRow("one name column") << utf8List({"Name", "Email"}) << "FullName=0;Email=1";
        QTest::newRow("our own export") << ContactCsv::header(true)
                                        << "Honorific=0;GivenName=1;AdditionalNames=2;FamilyName=3;"
                                           "HonorificSuffix=4;Nickname=5;FullName=6;Role=7;Organisation=8;"
                                           "Department=9;Email=10;Phone=11;Mobile=12;Fax=13;Web=14;Street=15;"
                                           "ExtendedAddress=16;PoBox=17;Postcode=18;City=19;Region=20;"
                                           "Country=21;Topics=22;AvailableForPress=23;Note=24";
        QTest::newRow("German address columns")
            << utf8List({"Name", "Straße", "PLZ", "Ort", "Land", "Postfach", "Telefax"})
            << "FullName=0;Fax=6;Street=1;PoBox=5;Postcode=2;City=3;Country=4";
        QTest::newRow("nothing known") << utf8List({"Spalte 1", "Spalte 2"}) << "";
    }

    void guessesEnglishAndOddlySpelledHeaders()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, expected);
        QCOMPARE(ContactCsv::mappingToString(ContactCsv::guessMapping(header)), expected);
    }

    void reportsColumnsLeftOutForTheirName_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("mapping"); // empty: guessed
        QTest::addColumn<QStringList>("warnings");
        QTest::newRow("our own export") << ContactCsv::header(true) << QString() << QStringList();
        QTest::newRow("the same name twice")
            << utf8List({"Name", "E-Mail", "E-Mail"}) << QString()
            << QStringList{
                   QString::fromUtf8("1: column 3 (“E-Mail”) has the same name as column 2 and is not read")};
        QTest::newRow("spelled differently")
            << utf8List({"Vorname", "Nachname", "E-Mail", " e-mail "}) << QString()
            << QStringList{
                   QString::fromUtf8("1: column 4 (“e-mail”) has the same name as column 3 and is not read")};
        QTest::newRow("three times")
            << utf8List({"Name", "Telefon", "Telefon", "TELEFON"}) << QString()
            << QStringList{
                   QString::fromUtf8("1: column 3 (“Telefon”) has the same name as column 2 and is not read"),
                   QString::fromUtf8(
                       "1: column 4 (“TELEFON”) has the same name as column 2 and is not read")};
        QTest::newRow("the second one mapped")
            << utf8List({"Name", "Name"}) << QStringLiteral("FullName=1")
            << QStringList{
                   QString::fromUtf8("1: column 1 (“Name”) has the same name as column 2 and is not read")};
        QTest::newRow("both mapped") << utf8List({"Name", "Name"})
                                     << QStringLiteral("GivenName=0;FamilyName=1") << QStringList();
        QTest::newRow("neither known")
            << utf8List({"Name", "Spalte", "Spalte"}) << QString() << QStringList();
    }

    void reportsColumnsLeftOutForTheirName()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, mapping);
        QFETCH(QStringList, warnings);
        const ContactCsv::Mapping used =
            mapping.isEmpty() ? ContactCsv::guessMapping(header) : ContactCsv::mappingFromString(mapping);
        QStringList actual;
        for (const Problem &warning : ContactCsv::duplicateColumns(header, used, 1))
            actual.append(QStringLiteral("%1: %2").arg(warning.line).arg(warning.message));
        QCOMPARE(actual, warnings);
    }

    // The header of a wrong file (one line of tens of thousands of values) is checked in linear time: the
    // old comparison of every column with every other took two minutes for 20,000 columns under ASan.
    void reportsColumnsLeftOutOfAWideHeaderQuickly()
    {
        QStringList header;
        for (int column = 0; column < 30000; ++column)
            header.append(QStringLiteral("Spalte %1").arg(column));
        header.append({QStringLiteral("Name"), QStringLiteral("E-Mail"), QStringLiteral("e-mail")});
        const ContactCsv::Mapping mapping = ContactCsv::guessMapping(header);
        QElapsedTimer timer;
        timer.start();
        const QList<Problem> warnings = ContactCsv::duplicateColumns(header, mapping, 1);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(
            warnings.at(0).message,
            QString::fromUtf8("column 30003 (“e-mail”) has the same name as column 30002 and is not read"));
    }

    void mappingRoundTripsAsText()
    {
        ContactCsv::Mapping mapping;
        mapping.insert(Field::FamilyName, 3);
        mapping.insert(Field::Email, 0);
        mapping.insert(Field::Note, 12);
        const QString text = ContactCsv::mappingToString(mapping);
        QCOMPARE(text, QStringLiteral("FamilyName=3;Email=0;Note=12"));
        QCOMPARE(ContactCsv::mappingFromString(text), mapping);
        // Settings edited by hand: unknown keys and bad columns are dropped.
        QCOMPARE(ContactCsv::mappingToString(ContactCsv::mappingFromString(
                     QStringLiteral("Shoe=1;FamilyName=x;GivenName=-2;Role= 4 "))),
                 QStringLiteral("Role=4"));
    }

    void convertsRows()
    {
        const QStringList header =
            utf8List({"Anrede", "Vorname", "Nachname", "Firma", "Abteilung", "Position", "E-Mail", "Telefon",
                      "Mobil", "Themen", "Presseanfragen", "Notiz"});
        const ContactCsv::Mapping mapping = ContactCsv::guessMapping(header);
        const QList<CsvRow> rows = {
            row(2, {"Frau", "Julia", "Sommerfeld", "Stadt Bochum", "Presseamt", "Pressesprecherin",
                    "presse@example.org; j.sommerfeld@example.org", "0234 555 1001", "0170 555 1001",
                    "Haushalt, Bochum Strategie\nStadtentwicklung", "ja", "Mehrzeilige\nNotiz"}),
            row(4, {"", "", "", "", "", "", "", "", "", "", "", ""}),
            row(5, {"Herr", "", "", "Stadt Bochum", "", "", "ohne-name@example.org", "", "", "", "", ""}),
            row(6, {"", "Markus", "Brandt", "", "", "", "kein-at.example.org", "", "", "", "nein", ""}),
            row(7, {"", "Jörg", "Weißenberg", "", "", "", "", "", "", "", "", ""}),
        };
        QList<Problem> problems;
        QList<Problem> warnings;
        const QList<ParsedContact> parsed = ContactCsv::toParsedContacts(rows, mapping, &problems, &warnings);
        QCOMPARE(parsed.size(), 4);
        const ParsedContact &julia = parsed.at(0);
        QCOMPARE(julia.line, 2);
        QCOMPARE(julia.contact.honorific, QStringLiteral("Frau"));
        QCOMPARE(julia.contact.givenName, QStringLiteral("Julia"));
        QCOMPARE(julia.contact.familyName, QStringLiteral("Sommerfeld"));
        QCOMPARE(julia.contact.role, QStringLiteral("Pressesprecherin"));
        QCOMPARE(julia.organisationName, QStringLiteral("Stadt Bochum"));
        QCOMPARE(julia.contact.department, QStringLiteral("Presseamt"));
        QCOMPARE(julia.contact.pressTopics, utf8List({"Haushalt", "Bochum Strategie", "Stadtentwicklung"}));
        QVERIFY(julia.contact.availableForPress);
        QCOMPARE(julia.contact.internalNote, QStringLiteral("Mehrzeilige\nNotiz"));
        QCOMPARE(julia.contact.channels.size(), 4);
        QCOMPARE(julia.contact.channels.at(0).kind, ChannelKind::Email);
        QCOMPARE(julia.contact.channels.at(0).value, QStringLiteral("presse@example.org"));
        QCOMPARE(julia.contact.channels.at(1).value, QStringLiteral("j.sommerfeld@example.org"));
        QCOMPARE(julia.contact.channels.at(2).kind, ChannelKind::Phone);
        QCOMPARE(julia.contact.channels.at(3).kind, ChannelKind::Mobile);
        QCOMPARE(julia.contact.channels.at(3).value, QStringLiteral("0170 555 1001"));
        // Issue #15: a row with no name but an e-mail address is named after its organisation.
        QCOMPARE(parsed.at(1).line, 5);
        QCOMPARE(parsed.at(1).contact.familyName, QStringLiteral("Stadt Bochum"));
        QCOMPARE(parsed.at(1).contact.channels.size(), 1);
        // A bad e-mail address costs nothing: it is kept as a text channel.
        QCOMPARE(parsed.at(2).line, 6);
        QCOMPARE(parsed.at(2).contact.familyName, QStringLiteral("Brandt"));
        QCOMPARE(parsed.at(2).contact.channels.size(), 1);
        QCOMPARE(parsed.at(2).contact.channels.first().kind, ChannelKind::Other);
        QCOMPARE(parsed.at(2).contact.channels.first().value, QStringLiteral("kein-at.example.org"));
        QCOMPARE(parsed.at(3).line, 7);
        QCOMPARE(parsed.at(3).contact.familyName, QString::fromUtf8("Weißenberg"));
        QVERIFY(!parsed.at(3).contact.availableForPress);

        QCOMPARE(problems.size(), 0);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).line, 5);
        QCOMPARE(warnings.at(0).message,
                 QString::fromUtf8("The row has no name; it is named “Stadt Bochum”."));
        QCOMPARE(warnings.at(1).line, 6);
        QCOMPARE(
            warnings.at(1).message,
            QString::fromUtf8("“kein-at.example.org” is not a valid e-mail address; kept as a text channel "
                              "of Markus Brandt"));

        // Only a row with no name and nothing to reach anyone by is left out, and said so.
        problems.clear();
        QVERIFY(ContactCsv::toParsedContacts(
                    {row(9, {"Herr", "", "", "Stadt Bochum", "", "", "", "", "", "", "", "nur eine Notiz"})},
                    mapping, &problems)
                    .isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 9);
    }

    void splitsFullNames_data()
    {
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("honorific");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::newRow("plain") << "Julia Sommerfeld"
                               << ""
                               << "Julia"
                               << "Sommerfeld";
        QTest::newRow("titles") << "Frau Dr. Deniz Yılmaz"
                                << "Frau Dr."
                                << "Deniz"
                                << "Yılmaz";
        QTest::newRow("two given names") << "Anna Maria Krüger-Hoffmann"
                                         << ""
                                         << "Anna Maria"
                                         << "Krüger-Hoffmann";
        QTest::newRow("family first") << "Weißenberg, Jörg"
                                      << ""
                                      << "Jörg"
                                      << "Weißenberg";
        QTest::newRow("one word") << "Pressestelle"
                                  << ""
                                  << ""
                                  << "Pressestelle";
    }

    void splitsFullNames()
    {
        QFETCH(QString, fullName);
        QFETCH(QString, honorific);
        QFETCH(QString, given);
        QFETCH(QString, family);
        ContactCsv::Mapping mapping;
        mapping.insert(Field::FullName, 0);
        QList<Problem> problems;
        const QList<ParsedContact> parsed =
            ContactCsv::toParsedContacts({CsvRow{2, {fullName}}}, mapping, &problems);
        QCOMPARE(problems.size(), 0);
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.first().contact.honorific, honorific);
        QCOMPARE(parsed.first().contact.givenName, given);
        QCOMPARE(parsed.first().contact.familyName, family);
    }

    void writesPublicChannelsUnlessAskedFor()
    {
        Contact julia;
        julia.honorific = QStringLiteral("Frau");
        julia.givenName = QStringLiteral("Julia");
        julia.familyName = QStringLiteral("Sommerfeld");
        julia.role = QStringLiteral("Pressesprecherin");
        julia.organisationId = 7;
        julia.pressTopics = utf8List({"Haushalt", "Bochum Strategie"});
        julia.availableForPress = true;
        julia.internalNote = QStringLiteral("nur intern");
        julia.channels = {{0, ChannelKind::Email, QStringLiteral("presse@example.org"), {}, true},
                          {0, ChannelKind::Mobile, QStringLiteral("0170 555 1001"), {}, false}};
        PostalAddress office;
        office.kind = QStringLiteral("work");
        office.street = QStringLiteral("Willy-Brandt-Platz 2-6");
        office.extended = QStringLiteral("Rathaus, Raum 113");
        office.poBox = QStringLiteral("Postfach 10 22 69");
        office.postcode = QStringLiteral("44777");
        office.city = QStringLiteral("Bochum");
        office.country = QStringLiteral("Deutschland");
        office.isPublic = true;
        PostalAddress home;
        home.street = QString::fromUtf8("Hattinger Straße 312");
        home.postcode = QStringLiteral("44795");
        home.city = QStringLiteral("Bochum");
        home.isPublic = false;
        home.preferred = true;
        julia.addresses = {office, home};
        const QHash<RecordId, QString> organisations = {{7, QStringLiteral("Stadt Bochum")}};

        QBuffer publicOnly;
        publicOnly.open(QIODevice::WriteOnly);
        const Result<void> written =
            ContactCsv::write(&publicOnly, {julia}, organisations, false, QLatin1Char(';'));
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(publicOnly.data(),
                 QByteArray("\xEF\xBB\xBF"
                            "Anrede;Vorname;Weitere Vornamen;Nachname;Namenszusatz;Spitzname;"
                            "Anzeigename;Funktion;Organisation;Abteilung;E-Mail;Telefon;Mobil;Fax;Web;"
                            "Stra\xC3\x9F"
                            "e;Adresszusatz;Postfach;PLZ;Ort;Region;Land;Pressethemen;"
                            "F\xC3\xBC"
                            "r Presseanfragen\r\n"
                            "Frau;Julia;;Sommerfeld;;;;Pressesprecherin;Stadt Bochum;;presse@example.org;;;;;"
                            "Willy-Brandt-Platz 2-6;Rathaus, Raum 113;Postfach 10 22 69;44777;Bochum;;"
                            "Deutschland;Haushalt, Bochum Strategie;ja\r\n"));

        QBuffer withInternal;
        withInternal.open(QIODevice::WriteOnly);
        QVERIFY(ContactCsv::write(&withInternal, {julia}, organisations, true, QLatin1Char(',')).ok());
        const QString text = QString::fromUtf8(withInternal.data());
        QVERIFY2(text.contains(QStringLiteral(",0170 555 1001,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("nur intern")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"Haushalt, Bochum Strategie\"")), qPrintable(text));
        // With internal data, the preferred address is the one written.
        QVERIFY2(text.contains(QString::fromUtf8(",Hattinger Straße 312,,,44795,Bochum,,,")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Willy-Brandt-Platz")), qPrintable(text));

        // What we write, we read back with the same mapping.
        withInternal.close();
        withInternal.open(QIODevice::ReadOnly);
        const Result<CsvTable> table = CsvReader::read(&withInternal);
        QVERIFY(table);
        QList<Problem> problems;
        const QList<ParsedContact> parsed = ContactCsv::toParsedContacts(
            table->rows.mid(1), ContactCsv::guessMapping(table->header()), &problems);
        QCOMPARE(parsed.size(), 1);
        QList<ContactChannel> expected = julia.channels;
        expected[1].isPublic = true; // CSV has no notion of internal channels
        QCOMPARE(parsed.first().contact.channels, expected);
        QCOMPARE(parsed.first().contact.pressTopics, julia.pressTopics);
        QCOMPARE(parsed.first().organisationName, QStringLiteral("Stadt Bochum"));
        QCOMPARE(parsed.first().contact.internalNote, julia.internalNote);
        QCOMPARE(parsed.first().contact.addresses.size(), 1);
        PostalAddress expectedHome = home;
        expectedHome.preferred = false; // one address per row: nothing to prefer it to
        expectedHome.isPublic = true;   // like the channels of a spreadsheet
        QCOMPARE(parsed.first().contact.addresses.first(), expectedHome);
    }

    void exportNeutralisesFormulasAndReadsThemBack()
    {
        Contact contact;
        contact.givenName = QStringLiteral("=Max");
        contact.familyName = QStringLiteral("Mustermann");
        contact.role = QStringLiteral("-");
        contact.pressTopics = {QStringLiteral("@Verkehr"), QStringLiteral("Kultur")};
        contact.internalNote = QStringLiteral("'=nur ein Apostroph davor");
        contact.channels = {{0, ChannelKind::Phone, QStringLiteral("+49 234 910-0"), {}, true},
                            {0, ChannelKind::Mobile, QStringLiteral("+49 170 555 1001"), {}, true}};
        const QHash<RecordId, QString> organisations = {{7, QStringLiteral("+Stadt Bochum")}};
        contact.organisationId = 7;

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<void> written =
            ContactCsv::write(&buffer, {contact}, organisations, true, QLatin1Char(';'));
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(buffer.data().split('\n').value(1),
                 QByteArray(";\"'=Max\";;Mustermann;;;;\"'-\";\"'+Stadt Bochum\";;;\"'+49 234 910-0\";"
                            "\"'+49 170 555 1001\";;;;;;;;;;\"'@Verkehr, Kultur\";nein;\"''=nur ein "
                            "Apostroph davor\"\r"));

        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        const Result<CsvTable> table = CsvReader::read(&buffer);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QList<Problem> problems;
        const QList<ParsedContact> parsed = ContactCsv::toParsedContacts(
            table->rows.mid(1), ContactCsv::guessMapping(table->header()), &problems);
        QCOMPARE(problems.size(), 0);
        QCOMPARE(parsed.size(), 1);
        const Contact &back = parsed.first().contact;
        QCOMPARE(back.givenName, contact.givenName);
        QCOMPARE(back.role, contact.role);
        QCOMPARE(back.pressTopics, contact.pressTopics);
        QCOMPARE(back.internalNote, contact.internalNote);
        QCOMPARE(back.channels, contact.channels);
        QCOMPARE(parsed.first().organisationName, QStringLiteral("+Stadt Bochum"));
    }

    void refusesUnusableSeparator()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<void> refused = ContactCsv::write(&buffer, {}, {}, false, QLatin1Char('"'));
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Invalid));
        QVERIFY(!refused.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactCsv)
#include "tst_contactcsv.moc"
