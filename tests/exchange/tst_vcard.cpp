#include "exchange/contactimport.h"
#include "formats/vcard.h"
#include "storage/store.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

using namespace pressdesk;

namespace {

// One contact as a line: "honorific|given|family|organisation|department|role|channels|topics|note",
// channels as "kind:value" (with "/label" when there is one; "!" marks a public channel).
QString describe(const ParsedContact &parsed)
{
    const Contact &c = parsed.contact;
    QStringList channels;
    for (const ContactChannel &channel : c.channels) {
        QString text = toStorageString(channel.kind) + QLatin1Char(':') + channel.value;
        if (!channel.label.isEmpty())
            text += QLatin1Char('/') + channel.label;
        if (channel.isPublic)
            text += QLatin1Char('!');
        channels.append(text);
    }
    return QStringList{c.honorific,
                       c.givenName,
                       c.familyName,
                       parsed.organisationName,
                       c.department,
                       c.role,
                       channels.join(QLatin1Char(',')),
                       c.pressTopics.join(QLatin1Char(',')),
                       c.internalNote}
        .join(QLatin1Char('|'));
}

QStringList describe(const QList<ParsedContact> &contacts)
{
    QStringList lines;
    for (const ParsedContact &parsed : contacts)
        lines.append(describe(parsed));
    return lines;
}

QStringList describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(QString::number(problem.line) + QStringLiteral(": ") + problem.message);
    return lines;
}

// vCard text as written in the test: "\n" becomes CRLF (as all four writers use).
QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

QByteArray utf16le(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return encoder.encode(text);
}

struct ReadResult
{
    bool ok = false;
    QList<ParsedContact> contacts;
    QList<Problem> problems;
    QList<Problem> warnings;
};

ReadResult readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ReadResult result;
    const Result<VCardContent> content = VCard::read(&buffer);
    result.ok = content.ok();
    if (content) {
        result.contacts = content->contacts;
        result.problems = content->problems;
        result.warnings = content->warnings;
    } else {
        // The whole input refused: described as one problem on line 0, as the tests below expect it.
        result.problems.append(Problem{0, content.errorMessage()});
    }
    return result;
}

QByteArray writeContacts(const QList<Contact> &contacts, const QHash<RecordId, QString> &organisations,
                         bool includeInternal)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Result<void> written = VCard::write(&buffer, contacts, organisations, includeInternal);
        !written) {
        qWarning("%s", qPrintable(written.errorMessage()));
        return {};
    }
    return buffer.data();
}

} // namespace

// vCard in and out, on QBuffer: what Outlook, Thunderbird, Apple and Android write, and what breaks.
class TestVCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("contacts");
        QTest::addColumn<QStringList>("problems");

        // Outlook, vCard 2.1: windows-1252 (ü as 0xFC, en dash as 0x96), bare types, quoted-printable note
        // with a soft line break.
        QTest::newRow("outlook 2.1 windows-1252")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:2.1\n"
                    "N;LANGUAGE=de;CHARSET=Windows-1252:M\xFCller;Hans;;Dr.\n"
                    "FN;CHARSET=Windows-1252:Dr. Hans M\xFCller\n"
                    "ORG:Stadt Bochum;Presseamt\n"
                    "TITLE:Pressesprecher\n"
                    "TEL;WORK;VOICE:0234 910-1001\n"
                    "TEL;CELL;VOICE:0171 2345678\n"
                    "TEL;WORK;FAX:0234 910-1099\n"
                    "EMAIL;PREF;INTERNET:hans.mueller@example.org\n"
                    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Erreichbar Mo=96Fr.=0D=0A=\n"
                    "Nicht f=FCr Interviews.\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("Dr.|Hans|Müller|Stadt Bochum|Presseamt|Pressesprecher|"
                                          "phone:0234 910-1001,mobile:0171 2345678,fax:0234 910-1099,"
                                          "email:hans.mueller@example.org||Erreichbar Mo–Fr.\nNicht für "
                                          "Interviews.")}
            << QStringList{};

        // Android, vCard 2.1: quoted-printable UTF-8 with soft line breaks in the middle of a word.
        QTest::newRow("android 2.1 quoted-printable utf-8")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:2.1\n"
                    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Wei=C3=9F;J=C3=B6rg;;;\n"
                    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg Wei=C3=9F\n"
                    "TEL;CELL:+49 171 555 0001\n"
                    "TEL;HOME:0234 555 0002\n"
                    "EMAIL;WORK:j.weiss@example.org\n"
                    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Stadt Bochum;Amt f=C3=BCr Stadtplan=\n"
                    "ung\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß|Stadt Bochum|Amt für Stadtplanung||mobile:+49 171 555 "
                                          "0001,phone:0234 555 0002,email:j.weiss@example.org||")}
            << QStringList{};

        QTest::newRow("2.1 quoted-printable iso-8859-1")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:2.1\n"
                    "N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Kr=FCger-Hoffmann;Sabine\n"
                    "NOTE;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Stra=DFe gesperrt =3D Umweg\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("|Sabine|Krüger-Hoffmann||||||Straße gesperrt = Umweg")}
            << QStringList{};

        // vCard 2.1 folds at whitespace, which belongs to the value (RFC 822).
        QTest::newRow("2.1 folding keeps the space")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:2.1\n"
                    "N:Brandt;Markus\n"
                    "TITLE:Leiter\n"
                    " Kommunikation\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("|Markus|Brandt|||Leiter Kommunikation|||")} << QStringList{};

        // Apple Contacts, vCard 3.0: grouped properties, type=… repeated, escapes, trailing ';' in ORG.
        QTest::newRow("apple 3.0")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:3.0\n"
                    "PRODID:-//Apple Inc.//macOS 13.4//EN\n"
                    "N:Krüger-Hoffmann;Sabine;;;\n"
                    "FN:Sabine Krüger-Hoffmann\n"
                    "ORG:Vermarktungsgesellschaft Opel-Areal Bochum;\n"
                    "TITLE:Projektkommunikation\n"
                    "item1.EMAIL;type=INTERNET;type=WORK;type=pref:s.krueger-hoffmann@example.org\n"
                    "item1.X-ABLabel:_$!<Work>!$_\n"
                    "TEL;type=CELL;type=VOICE;type=pref:+49 170 5553001\n"
                    "TEL;type=WORK;type=VOICE:0234 555 3001\n"
                    "item2.URL;type=pref:https://www.example.org/opel-areal\n"
                    "item2.X-ABLabel:_$!<HomePage>!$_\n"
                    "CATEGORIES:Opel-Areal,Logistik\n"
                    "NOTE:Rückrufe bitte nach 10 Uhr\\, nicht am Freitag.\\nDanke!\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral(
                   "|Sabine|Krüger-Hoffmann|Vermarktungsgesellschaft Opel-Areal Bochum||Projektkommunikation|"
                   "email:s.krueger-hoffmann@example.org/Work,mobile:+49 170 5553001,phone:0234 555 3001,"
                   "web:https://www.example.org/opel-areal/HomePage|Opel-Areal,Logistik|Rückrufe bitte nach "
                   "10 Uhr, "
                   "nicht "
                   "am Freitag.\nDanke!")}
            << QStringList{};

        // Thunderbird, vCard 4.0: PREF=1, VALUE=TEXT, a fold in the middle of a UTF-8 sequence, TITLE and
        // ROLE (TITLE wins), ORG with two departments.
        QTest::newRow("thunderbird 4.0")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:4.0\n"
                    "EMAIL;PREF=1:d.yilmaz@example.org\n"
                    "FN:Dr. Deniz Yılmaz\n"
                    "N:Yılmaz;Deniz;;Dr.;\n"
                    "ORG:Bochum Wirtschaftsentwicklung GmbH;Ansiedlung;Wissenschaft\n"
                    "TITLE:Projektleiterin\n"
                    "ROLE:Ansprechpartnerin Cybersecurity\n"
                    "TEL;TYPE=work;VALUE=TEXT:0234 555 2017\n"
                    "TEL;TYPE=cell;VALUE=TEXT:0172 555 2018\n"
                    "NOTE:Gefaltet mitten im Umlaut: l\xC3\n"
                    " \xA4nger als eine Zeile.\n"
                    "UID:c1b5a0e4-1d0f-4b43-9d3e-2a6c7a5b8f10\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral(
                   "Dr.|Deniz|Yılmaz|Bochum Wirtschaftsentwicklung GmbH|Ansiedlung; "
                   "Wissenschaft|Projektleiterin|email:d.yilmaz@example.org,phone:0234 "
                   "555 2017,mobile:0172 555 2018||Gefaltet mitten im Umlaut: länger als "
                   "eine Zeile.")}
            << QStringList{};

        // vCard 4.0 as Android and Google write it: TYPE lists in quotes, tel: URIs, a tab as fold.
        QTest::newRow("4.0 uri values and type lists")
            << crlf("BEGIN:VCARD\n"
                    "VERSION:4.0\n"
                    "FN:Julia Sommerfeld\n"
                    "N:Sommerfeld;Julia;;Frau;\n"
                    "TEL;VALUE=uri;TYPE=\"voice,work\":tel:+49-234-910-1001\n"
                    "TEL;VALUE=uri;TYPE=fax:tel:+49-234-910-1099;ext=12\n"
                    "EMAIL;TYPE=work:presse@\n"
                    "\texample.org\n"
                    "ROLE:Pressesprecherin\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("Frau|Julia|Sommerfeld|||Pressesprecherin|phone:+49-234-910-1001,"
                                          "fax:+49-234-910-1099,email:presse@example.org||")}
            << QStringList{};

        QTest::newRow("escapes") << crlf("BEGIN:VCARD\n"
                                         "VERSION:3.0\n"
                                         "N:Müller\\, jun.;Hans\n"
                                         "ORG:Müller\\, Weiß & Partner;Presse\\;Kommunikation\n"
                                         "NOTE:Zeile 1\\nZeile 2\\NC:\\\\Daten\\\\neu\n"
                                         "CATEGORIES:Haushalt\\, Finanzen,Kultur\n"
                                         "END:VCARD\n")
                                 << QStringList{QStringLiteral(
                                        "|Hans|Müller, jun.|Müller, Weiß & Partner|Presse;Kommunikation|||"
                                        "Haushalt, Finanzen,Kultur|Zeile 1\nZeile 2\nC:\\Daten\\neu")}
                                 << QStringList{};

        // Google Contacts writes its own groups as categories: no topics.
        QTest::newRow("google system groups")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Schröder;Lena;;;\nCATEGORIES:myContacts,starred,Presse\n"
                    "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:Baumgärtner;Heinrich;;;\nCATEGORIES:myContacts\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("|Lena|Schröder|||||Presse|"),
                           QStringLiteral("|Heinrich|Baumgärtner||||||")}
            << QStringList{};

        QTest::newRow("FN only, with honorific and particle")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Prof. Dr. Ursula von der Leyen\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Weiß\\, Jörg\nEND:VCARD\n")
            << QStringList{QStringLiteral("Prof. Dr.|Ursula|von der Leyen||||||"),
                           QStringLiteral("|Jörg|Weiß||||||")}
            << QStringList{};

        // A lone CR inside a value (found by fuzz_vcard) is a line break, as the writer writes it.
        QTest::newRow("lone CR in a value")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nNOTE:Zeile 1\rZeile 2\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||Zeile 1\nZeile 2")} << QStringList{};

        // Control characters are no text (RFC 6350); a few of them in a name made the file PressDesk wrote
        // from it look binary (found by fuzz_vcard).
        QTest::newRow("control characters are dropped")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Wei\x10"
                    "ß;J\x7F"
                    "örg\x01\nTITLE:Lei\x1Bter\n"
                    "X-ABOUT:Four control characters in under 200 bytes would make the whole file binary, "
                    "so this line is here to keep their share low enough for the file to be read at all.\n"
                    "END:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß|||Leiter|||")} << QStringList{};

        // A number given as "tel:tel:…" keeps no scheme, so that it reads the same after an export.
        QTest::newRow("scheme given twice")
            << crlf("BEGIN:VCARD\nVERSION:4.0\nN:Weiß;Jörg\nTEL;VALUE=uri:tel:TEL: +49-234-1\n"
                    "EMAIL:mailto:mailto:j@example.org\nURL:https://example.org/tel:1\nEND:VCARD\n")
            << QStringList{QStringLiteral(
                   "|Jörg|Weiß||||phone:+49-234-1,email:j@example.org,web:https://example.org/tel:1||")}
            << QStringList{};

        // Whitespace in a number or address is one space, as the writer writes it; the same number with
        // other blanks is one channel (found by fuzz_vcard).
        QTest::newRow("blanks in channel values")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nTEL:0234\xC2\xA0"
                    "910-1099\nTEL;TYPE=work:0234 \t 910-1099\nEMAIL: j@example.org\t\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||phone:0234 910-1099,email:j@example.org||")}
            << QStringList{};

        // A byte order mark inside the text is dropped like a control character: the decoder dropped it
        // where it started a value and kept it elsewhere (found by fuzz_vcard).
        QTest::newRow("byte order mark inside a value")
            << crlf("\xEF\xBB\xBF"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:J\xC3\xB6rg \xEF\xBB\xBF"
                    "Wei\xC3\x9F\nNOTE:\xEF\xBB\xBF"
                    "a\xEF\xBB\xBF"
                    "b\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||ab")} << QStringList{};

        QTest::newRow("BOM and LF line ends")
            << QByteArray("\xEF\xBB\xBF"
                          "BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||")} << QStringList{};

        QTest::newRow("outlook unicode (utf-16 with BOM)")
            << QByteArray("\xFF\xFE") +
                   utf16le(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weiß;Jörg\r\nEND:VCARD\r\n"))
            << QStringList{QStringLiteral("|Jörg|Weiß||||||")} << QStringList{};

        QTest::newRow("truncated: no END at the end")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:Müller;Hans\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||")}
            << QStringList{QStringLiteral("5: record starting on line 5 has no END:VCARD")};

        QTest::newRow("no END before the next record")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Müller;Hans\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||")}
            << QStringList{QStringLiteral("1: record starting on line 1 has no END:VCARD")};

        QTest::newRow("malformed line spoils only its record")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Müller;Hans\nDas ist keine Eigenschaft\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||")}
            << QStringList{
                   QStringLiteral("1: line 4 is not a vCard property (it has no “NAME:” at its start)")};

        // Issue #15: a card is left out only when it has neither a name nor anything to reach anyone by;
        // else it is named after what it has, and an odd value is kept as text.
        QTest::newRow("record without a name")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nEMAIL:info@example.org\nEND:VCARD\n")
            << QStringList{QStringLiteral("||info@example.org||||email:info@example.org||")} << QStringList{};
        QTest::newRow("record with nothing at all")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nNOTE:leer\nEND:VCARD\n") << QStringList{}
            << QStringList{QStringLiteral(
                   "1: The vCard has no name and nothing to reach anyone by; it is left out.")};

        QTest::newRow("record with a bad e-mail address")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nEMAIL:kaputt\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||other:kaputt||")} << QStringList{};

        QTest::newRow("record with only a bad e-mail address")
            << crlf("BEGIN:VCARD\nVERSION:3.0\nEMAIL:kaputt\nEND:VCARD\n")
            << QStringList{QStringLiteral("||kaputt||||other:kaputt||")} << QStringList{};

        QTest::newRow("END without BEGIN, text outside")
            << crlf(
                   "Kontakte der Pressestelle\nBEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nEND:VCARD\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||")}
            << QStringList{QStringLiteral("1: text outside a vCard record is ignored"),
                           QStringLiteral("6: END:VCARD without BEGIN:VCARD")};
    }

    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, contacts);
        QFETCH(QStringList, problems);
        const ReadResult result = readBytes(input);
        QVERIFY2(result.ok, qPrintable(describe(result.problems).join(QLatin1Char('\n'))));
        QCOMPARE(describe(result.problems), problems);
        QCOMPARE(describe(result.contacts), contacts);
    }

    void unknownVersionsAreReadAndReported_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("contacts");
        QTest::addColumn<QStringList>("warnings");
        QTest::newRow("2.1, 3.0 and 4.0 are known")
            << crlf("BEGIN:VCARD\nVERSION:2.1\nN:Weiß;Jörg\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:Müller;Hans\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION: 4.0 \nN:Brandt;Markus\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||"), QStringLiteral("|Hans|Müller||||||"),
                           QStringLiteral("|Markus|Brandt||||||")}
            << QStringList{};
        QTest::newRow("5.0") << crlf("BEGIN:VCARD\nVERSION:5.0\nN:Weiß;Jörg\nEMAIL:j@example.org\nEND:VCARD\n"
                                     "BEGIN:VCARD\nVERSION:3.0\nN:Müller;Hans\nEND:VCARD\n")
                             << QStringList{QStringLiteral("|Jörg|Weiß||||email:j@example.org||"),
                                            QStringLiteral("|Hans|Müller||||||")}
                             << QStringList{QStringLiteral(
                                    "2: vCard version “5.0” is unknown; the record is read as version 4.0")};
        QTest::newRow("one per record, group prefix")
            << crlf("BEGIN:VCARD\nitem1.VERSION:1.0\nN:Weiß;Jörg\nEND:VCARD\n"
                    "BEGIN:VCARD\nN:Müller;Hans\nVERSION:2.0\nEND:VCARD\n")
            << QStringList{QStringLiteral("|Jörg|Weiß||||||"), QStringLiteral("|Hans|Müller||||||")}
            << QStringList{
                   QStringLiteral("2: vCard version “1.0” is unknown; the record is read as version 4.0"),
                   QStringLiteral("7: vCard version “2.0” is unknown; the record is read as version 4.0")};
    }

    void unknownVersionsAreReadAndReported()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, contacts);
        QFETCH(QStringList, warnings);
        const ReadResult result = readBytes(input);
        QVERIFY(result.ok);
        QCOMPARE(describe(result.contacts), contacts);
        QCOMPARE(describe(result.problems), QStringList());
        QCOMPARE(describe(result.warnings), warnings);
    }

    // A damaged or hostile card is read in linear time: each number and category was compared with all
    // before it, and each soft line break rescanned the property's header (found by timing fuzz_vcard's
    // harness on large files: 20,000 numbers took 85 s, 20,000 categories 11 s, a 100 KB header with 2,000
    // soft line breaks 27 s).
    void aHugeCardIsReadQuickly()
    {
        QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Weiss;Joerg\r\n";
        for (int i = 0; i < 30000; ++i)
            card += "TEL:0234 " + QByteArray::number(i % 20000) + "\r\n";
        card += "CATEGORIES:";
        for (int i = 0; i < 30000; ++i)
            card += QByteArray(i ? "," : "") + (i % 2 ? "T" : "t") + QByteArray::number(i % 20000);
        card += "\r\nNOTE;ENCODING=QUOTED-PRINTABLE;X-LONG=" + QByteArray(100000, 'a') + ":";
        for (int i = 0; i < 2000; ++i)
            card += "ab=\r\n";
        card += "c\r\nEND:VCARD\r\n";
        QElapsedTimer timer;
        timer.start();
        const ReadResult result = readBytes(card);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.ok);
        QCOMPARE(result.contacts.size(), 1);
        const Contact &contact = result.contacts.at(0).contact;
        QCOMPARE(contact.channels.size(), 20000); // each number twice or once, case aside
        QCOMPARE(contact.pressTopics.size(), 20000);
        QCOMPARE(contact.internalNote, QString(QStringLiteral("ab")).repeated(2000) + QLatin1Char('c'));
    }

    void lineNumbersOfRecords()
    {
        const ReadResult result =
            readBytes(crlf("BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jörg\nNOTE:a\n b\nEND:VCARD\n\n"
                           "BEGIN:VCARD\nVERSION:3.0\nN:Müller;Hans\nEND:VCARD\n"));
        QVERIFY(result.ok);
        QCOMPARE(result.contacts.size(), 2);
        QCOMPARE(result.contacts.at(0).line, 1);
        QCOMPARE(result.contacts.at(1).line, 8);
    }

    void importedChannelsAreInternal()
    {
        const ReadResult result = readBytes(crlf(
            "BEGIN:VCARD\nVERSION:4.0\nN:Weiß;Jörg\nEMAIL;TYPE=work:j@example.org\nTEL:0234 1\nEND:VCARD\n"));
        QCOMPARE(result.contacts.size(), 1);
        QCOMPARE(result.contacts.at(0).contact.channels.size(), 2);
        for (const ContactChannel &channel : result.contacts.at(0).contact.channels)
            QVERIFY(!channel.isPublic);
    }

    void unusableInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("only blank lines")
            << QByteArray("\r\n  \r\n\t\n") << QStringLiteral("The file is empty.");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("The file is empty.");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                             << QStringLiteral("This is not a vCard file: it holds binary data.");
        QTest::newRow("control bytes") << QByteArray("\x01\x02\x03\x04\x05\x06 BEGIN:VCARD\x07\x08")
                                       << QStringLiteral("This is not a vCard file: it holds binary data.");
        QTest::newRow("plain text") << QByteArray("Sehr geehrte Damen und Herren,\nanbei die Kontakte.\n")
                                    << QStringLiteral(
                                           "This is not a vCard file: it has no BEGIN:VCARD line.");
    }

    void unusableInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const ReadResult result = readBytes(input);
        QVERIFY(!result.ok);
        QVERIFY(result.contacts.isEmpty());
        QCOMPARE(describe(result.problems), QStringList{QStringLiteral("0: ") + message});
    }

    void unreadableDevice()
    {
        QBuffer closed;
        const Result<VCardContent> content = VCard::read(&closed);
        QVERIFY(!content);
        QVERIFY(content.errorMessage().startsWith(QStringLiteral("The file cannot be read")));
    }

    void writesVersion4WithCrlfAndPublicChannelsOnly()
    {
        Contact contact;
        contact.honorific = QStringLiteral("Frau");
        contact.givenName = QStringLiteral("Julia");
        contact.familyName = QStringLiteral("Sommerfeld");
        contact.role = QStringLiteral("Pressesprecherin; Leitung, Presseamt");
        contact.organisationId = 7;
        contact.pressTopics = {QStringLiteral("Haushalt, Finanzen"), QStringLiteral("Kultur")};
        contact.internalNote = QStringLiteral("Nur über das Büro.\nNie am Freitag.");
        contact.channels = {
            {0, ChannelKind::Email, QStringLiteral("presse@example.org"), {}, true},
            {0, ChannelKind::Phone, QStringLiteral("0234 555 1001"), {}, true},
            {0, ChannelKind::Mobile, QStringLiteral("0170 555 1001"), {}, false},
            {0, ChannelKind::Fax, QStringLiteral("0234 555 1099"), {}, true},
            {0, ChannelKind::Web, QStringLiteral("https://www.example.org/presse"), {}, true}};
        const QHash<RecordId, QString> organisations{{7, QStringLiteral("Stadt Bochum")}};

        const QByteArray publicOnly = writeContacts({contact}, organisations, false);
        QCOMPARE(publicOnly, crlf("BEGIN:VCARD\n"
                                  "VERSION:4.0\n"
                                  "FN:Frau Julia Sommerfeld\n"
                                  "N:Sommerfeld;Julia;;Frau;\n"
                                  "ORG:Stadt Bochum\n"
                                  "TITLE:Pressesprecherin\\; Leitung\\, Presseamt\n"
                                  "EMAIL:presse@example.org\n"
                                  "TEL;VALUE=text:0234 555 1001\n"
                                  "TEL;VALUE=text;TYPE=fax:0234 555 1099\n"
                                  "URL:https://www.example.org/presse\n"
                                  "CATEGORIES:Haushalt\\, Finanzen,Kultur\n"
                                  "END:VCARD\n"));

        const QByteArray everything = writeContacts({contact}, organisations, true);
        QVERIFY(everything.contains("TEL;VALUE=text;TYPE=cell:0170 555 1001\r\n"));
        QVERIFY(everything.contains("NOTE:Nur über das Büro.\\nNie am Freitag.\r\n"));
    }

    // A contact that came in with control characters (a CSV import keeps them) is written without them,
    // so that the file is valid vCard and reads back (found by fuzz_vcard).
    void writesNoControlCharacters()
    {
        Contact contact;
        contact.givenName = QStringLiteral("J\u0010\u0010örg");
        contact.familyName = QStringLiteral("Wei\u0001ß\u007F");
        contact.internalNote = QStringLiteral("a\u001Bb\tc");
        contact.channels = {{0, ChannelKind::Email, QStringLiteral("j\u0007@example.org"), {}, true}};
        const QByteArray written = writeContacts({contact}, {}, true);
        for (const char c : written) {
            const auto byte = static_cast<unsigned char>(c);
            QVERIFY2(byte >= 0x20 ? byte != 0x7F : (c == '\r' || c == '\n' || c == '\t'),
                     qPrintable(QString::number(byte)));
        }
        const ReadResult back = readBytes(written);
        QVERIFY(back.ok);
        QCOMPARE(describe(back.contacts),
                 QStringList{QStringLiteral("|Jörg|Weiß||||email:j@example.org||ab\tc")});
    }

    // E-mail addresses and numbers are escaped text, so that a backslash or comma in one reads back as
    // it was; a web address is not escaped but for its backslashes (found by fuzz_vcard).
    void writesChannelValuesThatReadBack()
    {
        Contact contact;
        contact.givenName = QStringLiteral("Jörg");
        contact.familyName = QStringLiteral("Weiß");
        contact.channels = {
            {0, ChannelKind::Email, QStringLiteral("presse\\neu@example.org"), {}, true},
            {0, ChannelKind::Email, QStringLiteral("presse,neu;x@example.org"), {}, true},
            {0, ChannelKind::Web, QStringLiteral("https://example.org/a\\nb?x=1;y=2,3"), {}, true}};
        const QByteArray written = writeContacts({contact}, {}, false);
        QVERIFY2(written.contains("EMAIL:presse\\\\neu@example.org\r\n"), written.constData());
        QVERIFY2(written.contains("EMAIL:presse\\,neu\\;x@example.org\r\n"), written.constData());
        QVERIFY2(written.contains("URL:https://example.org/a\\\\nb?x=1;y=2,3\r\n"), written.constData());
        const ReadResult back = readBytes(written);
        QCOMPARE(back.contacts.size(), 1);
        QList<ContactChannel> channels = back.contacts.at(0).contact.channels;
        for (ContactChannel &channel : channels)
            channel.isPublic = true;
        QCOMPARE(channels, contact.channels);
    }

    void foldsAt75OctetsWithoutSplittingUtf8()
    {
        Contact contact;
        contact.givenName = QStringLiteral("Jörg");
        contact.familyName = QStringLiteral("Weißenberg");
        contact.internalNote = QString(60, QChar(0x00FC)) + QStringLiteral(" – ") +
                               QString(100, QLatin1Char('x')) + QString(40, QChar(0x20AC));
        const QByteArray written = writeContacts({contact}, {}, true);
        QVERIFY(written.endsWith("END:VCARD\r\n"));
        const QList<QByteArray> lines = written.split('\n');
        int continuations = 0;
        for (QByteArray line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            // Every physical line is valid UTF-8 on its own: no sequence was cut.
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
            if (line.startsWith(' '))
                ++continuations;
        }
        QVERIFY(continuations >= 4);
        // And it unfolds to what was written.
        const ReadResult back = readBytes(written);
        QCOMPARE(back.contacts.size(), 1);
        QCOMPARE(back.contacts.at(0).contact.internalNote, contact.internalNote);
    }

    // vCard (each writer) → database → vCard → read again: names, channels and organisation survive.
    void roundTripThroughTheDatabase_data() { read_data(); }

    void roundTripThroughTheDatabase()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, contacts);
        const ReadResult first = readBytes(input);
        QVERIFY(first.ok);
        QCOMPARE(first.contacts.size(), contacts.size());
        if (contacts.isEmpty())
            return; // a sample without a usable contact has nothing to carry through the database

        auto opened = Store::openInMemory();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Store &store = **opened;
        Result<ContactImportPlan> plan = ContactImporter::plan(store, first.contacts);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->problems.size(), 0);
        Result<ContactImportOutcome> outcome = ContactImporter::apply(store, *plan);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->counts.added, int(contacts.size()));

        const QList<Contact> stored = *store.contacts().all();
        QHash<RecordId, QString> organisations;
        for (const Organisation &organisation : *store.organisations().all())
            organisations.insert(organisation.meta.id, organisation.name);
        const ReadResult second = readBytes(writeContacts(stored, organisations, true));
        QVERIFY(second.ok);
        QCOMPARE(second.problems.size(), 0);
        QCOMPARE(second.contacts.size(), first.contacts.size());

        const auto key = [](const ParsedContact &parsed) {
            const Contact &c = parsed.contact;
            QStringList channels;
            for (const ContactChannel &channel : c.channels)
                channels.append(toStorageString(channel.kind) + QLatin1Char(':') + channel.value);
            channels.sort();
            return QStringList{c.honorific,
                               c.givenName,
                               c.familyName,
                               parsed.organisationName,
                               channels.join(QLatin1Char(',')),
                               c.pressTopics.join(QLatin1Char(',')),
                               c.internalNote}
                .join(QLatin1Char('|'));
        };
        QStringList before;
        QStringList after;
        for (const ParsedContact &parsed : first.contacts)
            before.append(key(parsed));
        for (const ParsedContact &parsed : second.contacts)
            after.append(key(parsed));
        before.sort();
        after.sort();
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
