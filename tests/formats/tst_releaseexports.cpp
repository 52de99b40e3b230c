#include "formats/imageheader.h"
#include "formats/releasehtml.h"
#include "formats/releasemarkdown.h"
#include "formats/releaseplaintext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace pressdesk;

namespace {
// A real 64 × 48 PNG (two colours in squares), small enough to keep here.
const QByteArray &png()
{
    static const char bytes[] =
        "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x40\x00\x00\x00\x30"
        "\x08\x02\x00\x00\x00\x2e\x29\xeb\x48\x00\x00\x00\x59\x49\x44\x41\x54\x78\xda\xed\xd7\x41\x09\x00"
        "\x20\x10\x04\xc0\x8b\x62\x04\x23\x19\xcd\x28\x46\x32\x82\x19\xee\x40\x10\x1c\xd8\xf7\xb2\xf3\xdc"
        "\x68\x63\xa6\xb2\x57\x4f\xe5\x76\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x94\x01\xaf\x0d"
        "\xca\xf6\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd4\x01\x1e\x19\x00\x00\x00\x00\x00\x00\x00"
        "\x00\x00\xc0\xb7\x80\x03\xb8\x90\x01\x0f\x0c\x8f\x9a\x04\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42"
        "\x60\x82";
    static const QByteArray data(bytes, sizeof bytes - 1);
    return data;
}

const QString longUrl =
    QStringLiteral("https://www.bochum.de/Haus-des-Wissens/Ratsbeschluss-vom-7-Dezember-2020-Unterlagen");
const QString longItem =
    QStringLiteral("Volkshochschule mit Kursräumen, einer Lernwerkstatt und Platz für die "
                   "Vereine aus dem ganzen Stadtgebiet");
const QString longYear =
    QStringLiteral("Baubeginn an der Viktoriastraße, Richtfest der Markthalle, Umzug der "
                   "Stadtbücherei, Eröffnung des Lesesaals");

TextRun plain(const QString &text)
{
    return TextRun{text, false, false, QString()};
}

ReleaseDocument document()
{
    ReleaseDocument document;
    document.headline = QStringLiteral("Haus des Wissens ist beschlossen");
    document.subheadline = QStringLiteral("Bibliothek, Volkshochschule und Markthalle unter einem Dach");
    document.place = QStringLiteral("Bochum");
    document.releaseDate = QDate(2020, 12, 7);
    document.embargoUntil = QDateTime(QDate(2020, 12, 7), QTime(9, 0), Qt::UTC); // 10:00 in Bochum
    document.lead = QStringLiteral("Der Rat hat entschieden.");

    ReleaseDocument::Block paragraph;
    paragraph.runs = {
        plain(QStringLiteral("Mehr unter ")),
        TextRun{QStringLiteral("bochum.de"), true, false, QStringLiteral("https://www.bochum.de")},
        plain(QStringLiteral(". Zeichen wie <b>& bleiben Text, ")),
        TextRun{QStringLiteral("*Sternchen* und [Klammern]"), false, true, QString()},
        plain(QStringLiteral(" auch; ")),
        TextRun{QStringLiteral("kein Skript"), false, false, QStringLiteral("javascript:alert(1)")},
        plain(QStringLiteral(". Alle Unterlagen: ")),
        TextRun{longUrl, false, false, longUrl}};
    ReleaseDocument::Block hashParagraph;
    hashParagraph.runs = {plain(QStringLiteral("# 1 im Ruhrgebiet, sagt die Statistik."))};
    ReleaseDocument::Block subheading;
    subheading.kind = ReleaseBlock::Kind::Subheading;
    subheading.runs = {plain(QStringLiteral("Der Weg dahin"))};
    ReleaseDocument::Block list;
    list.kind = ReleaseBlock::Kind::BulletList;
    list.items = {{plain(QStringLiteral("Bibliothek"))}, {plain(longItem)}};
    ReleaseDocument::Block timeline;
    timeline.kind = ReleaseBlock::Kind::Timeline;
    timeline.years = {
        {QStringLiteral("2016–2020"), {QStringLiteral("Bochum Strategie")}},
        {QStringLiteral("2020"), {QStringLiteral("Citytower"), QStringLiteral("Haus des Wissens")}},
        {QStringLiteral("2021"), {longYear}}};
    ReleaseDocument::Block question;
    question.kind = ReleaseBlock::Kind::Quote;
    question.quoteText = QStringLiteral("Wer hätte das 2014 gedacht?");
    question.speaker = QStringLiteral("Thomas Eiskirch");
    question.speakerRole = QStringLiteral("Oberbürgermeister");
    ReleaseDocument::Block sameSpeaker;
    sameSpeaker.kind = ReleaseBlock::Kind::Quote;
    sameSpeaker.quoteText = QStringLiteral("Wir sind stolz.");
    // Deleted from the register since: whatever is left in the block must not be printed.
    ReleaseDocument::Block deleted;
    deleted.kind = ReleaseBlock::Kind::Quote;
    deleted.quoteMissing = true;
    deleted.quoteText = QStringLiteral("Gestrichenes Zitat");
    deleted.speaker = QStringLiteral("Geisterredner");
    deleted.speakerRole = QStringLiteral("Phantomrolle");
    ReleaseDocument::Block photo;
    photo.kind = ReleaseBlock::Kind::Photo;
    photo.photo.fileName = QStringLiteral("opel-areal.png");
    photo.photo.mimeType = QStringLiteral("image/png");
    photo.photo.data = png();
    photo.photo.caption = QStringLiteral("Das Opel-Areal 2020");
    photo.photo.credit = QStringLiteral("Stadt Bochum");
    photo.photo.licence = QStringLiteral("CC BY 4.0");
    document.blocks = {paragraph, hashParagraph, subheading, list, timeline,
                       question,  sameSpeaker,   deleted,    photo};
    document.boilerplateTitle = QStringLiteral("Über die Stadt Bochum");
    document.boilerplate = QStringLiteral("Bochum liegt im Ruhrgebiet.");
    const ContactChannel phone{0, ChannelKind::Phone, QStringLiteral("0234 555 1001"), QString(), true};
    const ContactChannel email{0, ChannelKind::Email, QStringLiteral("presse@bochum.de"), QString(), true};
    document.contacts = {{QStringLiteral("Julia Sommerfeld"),
                          QStringLiteral("Pressesprecherin"),
                          QStringLiteral("Stadt Bochum"),
                          {phone, email}}};
    return document;
}

ReleaseDocument withoutEmbargo()
{
    ReleaseDocument doc = document();
    doc.embargoUntil = QDateTime();
    return doc;
}
} // namespace

// The exports of a release: each carries the whole release in the document's language, and each is
// checked the way its reader reads it.
class TestReleaseExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The program's locale is not the document's: every label below must still be German.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void htmlIsOneAccessiblePage()
    {
        const QString html = QString::fromUtf8(ReleaseHtml::write(document()));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"de\">\n")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<title>Haus des Wissens ist beschlossen</title>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QCOMPARE(html.count(QStringLiteral("<h1")), 1);
        QVERIFY(html.contains(QStringLiteral("<h1>Haus des Wissens ist beschlossen</h1>")));
        QVERIFY(
            html.contains(QStringLiteral("<article>\n<header>\n<p class=\"label\">Pressemitteilung</p>")));
        QVERIFY(html.contains(QStringLiteral(
            "<p class=\"subheadline\">Bibliothek, Volkshochschule und Markthalle unter einem Dach</p>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"embargo\"><strong>Sperrfrist: 7. Dezember 2020, "
                                             "10:00 Uhr</strong></p>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"lead\"><span class=\"dateline\">Bochum, 7. Dezember "
                                             "2020 –</span> Der Rat hat entschieden.</p>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Der Weg dahin</h2>")));
        QVERIFY(html.contains(QStringLiteral("<ul>\n<li>Bibliothek</li>\n<li>") + longItem));
        QVERIFY(
            html.contains(QStringLiteral("<dt>2020</dt>\n<dd>Citytower</dd>\n<dd>Haus des Wissens</dd>")));
        // Runs: bold inside the link, italics, the text escaped, a script address not linked.
        QVERIFY(html.contains(
            QStringLiteral("<a href=\"https://www.bochum.de\"><strong>bochum.de</strong></a>")));
        QVERIFY(html.contains(QStringLiteral("<em>*Sternchen* und [Klammern]</em>")));
        QVERIFY(html.contains(QStringLiteral("Zeichen wie &lt;b&gt;&amp; bleiben Text")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")));
        QVERIFY(html.contains(QStringLiteral(" kein Skript. ")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"%1\">%1</a>").arg(longUrl)));
        // Quotes: the wording in „…“, the speaker in cite, the role after it; the second has no footer.
        QVERIFY(
            html.contains(QStringLiteral("<blockquote>\n<p>„Wer hätte das 2014 gedacht?“</p>\n"
                                         "<footer><cite>Thomas Eiskirch</cite>, Oberbürgermeister</footer>\n"
                                         "</blockquote>")));
        QVERIFY(html.contains(QStringLiteral("<blockquote>\n<p>„Wir sind stolz.“</p>\n</blockquote>")));
        // The photo: embedded, described by its caption, credited.
        static const QRegularExpression image(
            QStringLiteral("<img src=\"data:([^;\"]+);base64,([^\"]+)\" "
                           "alt=\"([^\"]*)\" width=\"(\\d+)\" height=\"(\\d+)\">"));
        const QRegularExpressionMatch match = image.match(html);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QStringLiteral("image/png"));
        QCOMPARE(QByteArray::fromBase64(match.captured(2).toLatin1()), png());
        QCOMPARE(match.captured(3), QStringLiteral("Das Opel-Areal 2020"));
        QCOMPARE(match.captured(4), QStringLiteral("64"));
        QCOMPARE(match.captured(5), QStringLiteral("48"));
        QCOMPARE(html.count(QStringLiteral("<img ")), 1);
        QVERIFY(html.contains(QStringLiteral(
            "<figcaption>Foto: Das Opel-Areal 2020 (Bild: Stadt Bochum, CC BY 4.0)</figcaption>")));
        // Boilerplate and Pressekontakt, e-mail and phone linked.
        QVERIFY(html.contains(
            QStringLiteral("<h2>Über die Stadt Bochum</h2>\n<p>Bochum liegt im Ruhrgebiet.</p>")));
        QVERIFY(html.contains(
            QStringLiteral("<h2>Pressekontakt</h2>\n<address>\n<strong>Julia Sommerfeld</strong>, "
                           "Pressesprecherin, Stadt Bochum<br>\n"
                           "Telefon: <a href=\"tel:02345551001\">0234 555 1001</a><br>\n"
                           "E-Mail: <a href=\"mailto:presse@bochum.de\">presse@bochum.de</a>\n"
                           "</address>")));
        QVERIFY(html.indexOf(QStringLiteral("Pressekontakt")) >
                html.indexOf(QStringLiteral("Über die Stadt")));
        // Self-contained, no layout tables.
        QVERIFY(!html.contains(QStringLiteral("<table")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(html.endsWith(QStringLiteral("</article>\n</body>\n</html>\n")));

        const QString noEmbargo = QString::fromUtf8(ReleaseHtml::write(withoutEmbargo()));
        QVERIFY(!noEmbargo.contains(QStringLiteral("class=\"embargo\"")));
        QVERIFY(!noEmbargo.contains(QStringLiteral("Sperrfrist")));

        ReleaseDocument english = document();
        english.language = DocumentLanguage(DocumentLanguage::Language::English);
        english.corrected = true;
        const QString englishHtml = QString::fromUtf8(ReleaseHtml::write(english));
        QVERIFY(englishHtml.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(
            englishHtml.contains(QStringLiteral("<p class=\"label\">Press release – Corrected version</p>")));
        QVERIFY(englishHtml.contains(QStringLiteral("<h2>Press contact</h2>")));
    }

    void htmlPhotoAlwaysHasAnAltText()
    {
        ReleaseDocument doc = document();
        doc.blocks.last().photo.caption.clear();
        const QString html = QString::fromUtf8(ReleaseHtml::write(doc));
        QVERIFY(html.contains(QStringLiteral("alt=\"Foto (Bild: Stadt Bochum, CC BY 4.0)\"")));
        QVERIFY(!html.contains(QStringLiteral("alt=\"\"")));
        // Bytes that are no image and claim no image type are not embedded; the credit line stays.
        doc.blocks.last().photo.data = QByteArrayLiteral("not an image");
        doc.blocks.last().photo.mimeType = QStringLiteral("text/html");
        const QString refused = QString::fromUtf8(ReleaseHtml::write(doc));
        QVERIFY(!refused.contains(QStringLiteral("<img")));
        QVERIFY(
            refused.contains(QStringLiteral("<p class=\"photo\">Foto (Bild: Stadt Bochum, CC BY 4.0)</p>")));
    }

    void markdownIsCommonMark()
    {
        const QString md = QString::fromUtf8(ReleaseMarkdown::write(document()));
        QVERIFY(
            md.startsWith(QStringLiteral("Pressemitteilung\n\n**Sperrfrist: 7. Dezember 2020, 10:00 Uhr**\n\n"
                                         "# Haus des Wissens ist beschlossen\n\n"
                                         "*Bibliothek, Volkshochschule und Markthalle unter einem Dach*\n\n"
                                         "Bochum, 7. Dezember 2020 – Der Rat hat entschieden.\n\n")));
        QVERIFY(
            md.contains(QStringLiteral("Mehr unter [**bochum.de**](https://www.bochum.de). Zeichen wie "
                                       "\\<b>& bleiben Text, *\\*Sternchen\\* und \\[Klammern\\]* auch; kein "
                                       "Skript. Alle Unterlagen: [%1](%1)\n\n")
                            .arg(longUrl)));
        QVERIFY(md.contains(QStringLiteral("\n\n\\# 1 im Ruhrgebiet, sagt die Statistik.\n\n")));
        QVERIFY(md.contains(QStringLiteral("\n\n## Der Weg dahin\n\n- Bibliothek\n- ") + longItem +
                            QStringLiteral("\n\n")));
        // The year list right after the bullet list takes the other marker: "-" would merge the two lists.
        QVERIFY(md.contains(QStringLiteral("\n\n* **2016–2020:** Bochum Strategie\n"
                                           "* **2020:** Citytower, Haus des Wissens\n* **2021:** ")));
        QVERIFY(md.contains(QStringLiteral("\n\n> „Wer hätte das 2014 gedacht?“\n>\n"
                                           "> — Thomas Eiskirch, Oberbürgermeister\n\n"
                                           "> „Wir sind stolz.“\n\n")));
        QVERIFY(
            md.contains(QStringLiteral("\n\n![Das Opel-Areal 2020](opel-areal.png)\n\n"
                                       "*Foto: Das Opel-Areal 2020 (Bild: Stadt Bochum, CC BY 4.0)*\n\n")));
        QVERIFY(md.endsWith(
            QStringLiteral("\n\n## Über die Stadt Bochum\n\nBochum liegt im Ruhrgebiet.\n\n"
                           "## Pressekontakt\n\n**Julia Sommerfeld**, Pressesprecherin, Stadt Bochum\\\n"
                           "Telefon: 0234 555 1001\\\n"
                           "E-Mail: [presse@bochum.de](mailto:presse@bochum.de)\n")));
        QVERIFY(!md.contains(QStringLiteral("javascript")));
        ReleaseDocument apart = document();
        apart.blocks.removeAt(3); // the bullet list
        QVERIFY(QString::fromUtf8(ReleaseMarkdown::write(apart))
                    .contains(QStringLiteral("\n\n- **2016–2020:** Bochum Strategie\n- **2020:** ")));
        QVERIFY(!QString::fromUtf8(ReleaseMarkdown::write(withoutEmbargo()))
                     .contains(QStringLiteral("Sperrfrist")));
    }

    void markdownEscapesWhatWouldBeMarkup()
    {
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("a_b *c* `d` [e](f) <g> \\")),
                 QStringLiteral("a\\_b \\*c\\* \\`d\\` \\[e\\](f) \\<g> \\\\"));
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("#1 und # 2")), QStringLiteral("\\#1 und # 2"));
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("7. Dezember")), QStringLiteral("7\\. Dezember"));
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("am 7. Dezember")),
                 QStringLiteral("am 7. Dezember"));
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("- kein Punkt")), QStringLiteral("\\- kein Punkt"));
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("> kein Zitat")), QStringLiteral("\\> kein Zitat"));
        QCOMPARE(ReleaseMarkdown::escaped(QStringLiteral("Müller & Söhne &amp;")),
                 QStringLiteral("Müller & Söhne \\&amp;"));
        // A # at the end of a heading would close it (and vanish); one inside is text.
        ReleaseDocument doc = document();
        doc.headline = QStringLiteral("Bochum ist # 1 im Revier ##");
        QVERIFY(QString::fromUtf8(ReleaseMarkdown::write(doc))
                    .contains(QStringLiteral("\n\n# Bochum ist # 1 im Revier \\##\n\n")));
    }

    void emailTextIsReflowed()
    {
        const ReleaseDocument doc = document();
        const QString text = ReleasePlainText::writeEmail(doc);
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        QVERIFY(!text.endsWith(QStringLiteral("\n\n")));
        const QStringList lines = text.chopped(1).split(QLatin1Char('\n'));
        bool urlAlone = false;
        for (const QString &line : lines) {
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
            if (line.size() > 72) {
                // Only a single word too long for any line may stand out, on a line of its own.
                QVERIFY2(!line.trimmed().contains(QLatin1Char(' ')), qPrintable(line));
            }
            if (line.trimmed() == longUrl)
                urlAlone = true;
        }
        QVERIFY(urlAlone);
        // The same text as write(), only the line breaks differ.
        QCOMPARE(text.simplified(), ReleasePlainText::write(doc).simplified());
        QVERIFY(text.startsWith(QStringLiteral("Pressemitteilung\nSperrfrist: 7. Dezember 2020, 10:00 Uhr\n\n"
                                               "Haus des Wissens ist beschlossen\n")));
        QVERIFY(text.contains(QStringLiteral("\n\nBochum, 7. Dezember 2020 – Der Rat hat entschieden.\n\n")));
        QVERIFY(text.contains(QStringLiteral("\n\nDer Weg dahin\n\n– Bibliothek\n– Volkshochschule")));
        // Hanging indents: a list item's second line under its text, a year's under the milestones.
        const qsizetype item = lines.indexOf(QRegularExpression(QStringLiteral("^– Volkshochschule.*")));
        QVERIFY(item > 0);
        QVERIFY(lines.at(item + 1).startsWith(QStringLiteral("  ")));
        QVERIFY(!lines.at(item + 1).startsWith(QStringLiteral("   ")));
        QCOMPARE(lines.at(item) + QLatin1Char(' ') + lines.at(item + 1).mid(2),
                 QStringLiteral("– ") + longItem);
        const qsizetype year = lines.indexOf(QRegularExpression(QStringLiteral("^2021: .*")));
        QVERIFY(year > 0);
        QVERIFY(lines.at(year + 1).startsWith(QStringLiteral("      ")));
        QVERIFY(!lines.at(year + 1).startsWith(QStringLiteral("       ")));
        QCOMPARE(QString(lines.at(year) + QLatin1Char(' ') + lines.at(year + 1).trimmed()).simplified(),
                 QStringLiteral("2021: ") + longYear);
        QVERIFY(text.contains(
            QStringLiteral("\n2016–2020: Bochum Strategie\n2020: Citytower, Haus des Wissens\n")));
        QVERIFY(
            text.contains(QStringLiteral("„Wer hätte das 2014 gedacht?“, sagt Oberbürgermeister Thomas")));
        // The contact block last.
        QVERIFY(text.endsWith(
            QStringLiteral("\n\nPressekontakt\nJulia Sommerfeld, Pressesprecherin, Stadt Bochum\n"
                           "Telefon: 0234 555 1001\nE-Mail: presse@bochum.de\n")));
        QVERIFY(!ReleasePlainText::writeEmail(withoutEmbargo()).contains(QStringLiteral("Sperrfrist")));
    }

    void wrappingHangsUnderThePrefix()
    {
        const QStringList lines = ReleasePlainText::wrapped(
            QStringLiteral("2016: "), QStringLiteral("eins zwei drei vier fünf sechs sieben"), 20);
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("2016: eins zwei drei"), QStringLiteral("      vier fünf"),
                              QStringLiteral("      sechs sieben")}));
        // A word longer than the line is never split; the dash of a dateline stays with its date.
        QCOMPARE(
            ReleasePlainText::wrapped(QString(), QStringLiteral("ab https://example.org/sehr/lang cd"), 10),
            (QStringList{QStringLiteral("ab"), QStringLiteral("https://example.org/sehr/lang"),
                         QStringLiteral("cd")}));
        QCOMPARE(ReleasePlainText::wrapped(QString(), QStringLiteral("Bochum, 7. Dezember 2020 – Der"), 24),
                 (QStringList{QStringLiteral("Bochum, 7. Dezember"), QStringLiteral("2020 – Der")}));
    }

    void imageHeaders()
    {
        QCOMPARE(ImageHeader::read(png()).mimeType, QStringLiteral("image/png"));
        QCOMPARE(ImageHeader::read(png()).size, QSize(64, 48));
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000"
                                                    "ffc00011080030004003012200021101031101ffd9");
        QCOMPARE(ImageHeader::read(jpeg).mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(ImageHeader::read(jpeg).size, QSize(64, 48));
        QCOMPARE(ImageHeader::read(QByteArray::fromHex("4749463839610a000500")).size, QSize(10, 5));
        // Damaged or cut short: the type when known, never a size read beyond the bytes.
        QVERIFY(!ImageHeader::read(jpeg.left(12)).size.isValid());
        QVERIFY(!ImageHeader::read(png().left(20)).size.isValid());
        QVERIFY(ImageHeader::read(QByteArrayLiteral("hello")).mimeType.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseExports)
#include "tst_releaseexports.moc"
