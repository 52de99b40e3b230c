#include "formats/imageheader.h"
#include "formats/releasehtml.h"
#include "formats/releasemarkdown.h"
#include "formats/releaseodt.h"
#include "formats/releaseplaintext.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

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
                          {phone, email},
                          {QStringLiteral("Willy-Brandt-Platz 2–6"), QStringLiteral("44777 Bochum")}}};
    return document;
}

ReleaseDocument withoutEmbargo()
{
    ReleaseDocument doc = document();
    doc.embargoUntil = QDateTime();
    return doc;
}

// The ZIP as another reader sees it: entries in the order of the archive, with their bytes.
struct Unzipped
{
    bool ok = false;
    QStringList names;
    QHash<QString, QByteArray> data;
    QHash<QString, int> method;
};

Unzipped unzip(const QByteArray &bytes)
{
    Unzipped result;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source)
        return result;
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        return result;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            return result;
        const QString name = QString::fromUtf8(stat.name);
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file || zip_fread(file, data.data(), stat.size) != zip_int64_t(stat.size))
            return result;
        zip_fclose(file);
        result.names.append(name);
        result.data.insert(name, data);
        result.method.insert(name, stat.comp_method);
    }
    zip_close(archive);
    result.ok = true;
    return result;
}

const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString drawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString manifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

// What content.xml says, read with QXmlStreamReader: paragraphs and headings with their text, the lists,
// the images and the links.
struct OdtContent
{
    struct Paragraph
    {
        QString element; // "p" or "h"
        QString style;
        int level = 0;
        QString text; // text:tab as a tab, text:line-break as a newline
        bool inList = false;
    };
    struct Image
    {
        QString href;
        QString title;
        QString description;
        QString width;
        QString height;
    };
    bool ok = false;
    QString error;
    QList<Paragraph> paragraphs;
    int lists = 0;
    int listItems = 0;
    QList<Image> images;
    QStringList links;
    QHash<QString, QString> spanStyle;      // span text → its style
    QHash<QString, QString> boldTextStyles; // automatic text style → fo:font-weight

    QStringList texts(const QString &style) const
    {
        QStringList found;
        for (const Paragraph &paragraph : paragraphs) {
            if (paragraph.style == style)
                found.append(paragraph.text);
        }
        return found;
    }
};

OdtContent readContent(const QByteArray &xml)
{
    OdtContent content;
    QXmlStreamReader reader(xml);
    int depthInParagraph = 0;
    int listDepth = 0;
    QString styleName; // the automatic style being read
    QString span;
    QString spanStyle;
    bool inSpan = false;
    bool inTitle = false;
    bool inDescription = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.isStartElement()) {
            if (ns == styleNs && name == u"style")
                styleName = attributes.value(styleNs, QStringLiteral("name")).toString();
            else if (ns == styleNs && name == u"text-properties" &&
                     !attributes.value(foNs, QStringLiteral("font-weight")).isEmpty())
                content.boldTextStyles.insert(
                    styleName, attributes.value(foNs, QStringLiteral("font-weight")).toString());
            else if (ns == textNs && (name == u"p" || name == u"h")) {
                if (depthInParagraph++ == 0) {
                    OdtContent::Paragraph paragraph;
                    paragraph.element = name.toString();
                    paragraph.style = attributes.value(textNs, QStringLiteral("style-name")).toString();
                    paragraph.level = attributes.value(textNs, QStringLiteral("outline-level")).toInt();
                    paragraph.inList = listDepth > 0;
                    content.paragraphs.append(paragraph);
                }
            } else if (ns == textNs && name == u"list") {
                ++content.lists;
                ++listDepth;
            } else if (ns == textNs && name == u"list-item") {
                ++content.listItems;
            } else if (ns == textNs && name == u"tab" && depthInParagraph > 0) {
                content.paragraphs.last().text += QLatin1Char('\t');
            } else if (ns == textNs && name == u"line-break" && depthInParagraph > 0) {
                content.paragraphs.last().text += QLatin1Char('\n');
            } else if (ns == textNs && name == u"s" && depthInParagraph > 0) {
                const int count = qMax(1, attributes.value(textNs, QStringLiteral("c")).toInt());
                content.paragraphs.last().text += QString(count, QLatin1Char(' '));
            } else if (ns == textNs && name == u"a") {
                content.links.append(attributes.value(xlinkNs, QStringLiteral("href")).toString());
            } else if (ns == textNs && name == u"span") {
                inSpan = true;
                span.clear();
                spanStyle = attributes.value(textNs, QStringLiteral("style-name")).toString();
            } else if (ns == drawNs && name == u"frame") {
                OdtContent::Image image;
                image.width = attributes.value(svgNs, QStringLiteral("width")).toString();
                image.height = attributes.value(svgNs, QStringLiteral("height")).toString();
                content.images.append(image);
            } else if (ns == drawNs && name == u"image" && !content.images.isEmpty()) {
                content.images.last().href = attributes.value(xlinkNs, QStringLiteral("href")).toString();
            } else if (ns == svgNs && name == u"title") {
                inTitle = true;
            } else if (ns == svgNs && name == u"desc") {
                inDescription = true;
            }
        } else if (reader.isEndElement()) {
            if (ns == textNs && (name == u"p" || name == u"h"))
                --depthInParagraph;
            else if (ns == textNs && name == u"list")
                --listDepth;
            else if (ns == textNs && name == u"span") {
                inSpan = false;
                content.spanStyle.insert(span, spanStyle);
            } else if (ns == svgNs && name == u"title")
                inTitle = false;
            else if (ns == svgNs && name == u"desc")
                inDescription = false;
        } else if (reader.isCharacters()) {
            if (inTitle && !content.images.isEmpty())
                content.images.last().title += reader.text();
            else if (inDescription && !content.images.isEmpty())
                content.images.last().description += reader.text();
            else if (depthInParagraph > 0)
                content.paragraphs.last().text += reader.text();
            if (inSpan)
                span += reader.text();
        }
    }
    content.ok = !reader.hasError();
    content.error = reader.errorString();
    return content;
}

// The text of the first element with this name in an XML file ("" when there is none).
QString firstText(const QByteArray &xml, const QString &namespaceUri, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.namespaceUri() == namespaceUri &&
            reader.name() == name)
            return reader.readElementText();
    }
    return {};
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
        // PRESSDESK_EXPORTS_KEEP=<folder> keeps the files of this release there, to open them in a browser,
        // LibreOffice or a Markdown viewer.
        const QString keep = qEnvironmentVariable("PRESSDESK_EXPORTS_KEEP");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            const ReleaseDocument doc = document();
            const auto save = [&](const QString &name, const QByteArray &bytes) {
                QFile file(QDir(keep).filePath(name));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(bytes);
            };
            save(QStringLiteral("release.html"), ReleaseHtml::write(doc));
            save(QStringLiteral("release.md"), ReleaseMarkdown::write(doc));
            save(QStringLiteral("release.txt"), ReleasePlainText::writeEmail(doc).toUtf8());
            const Result<QByteArray> odt = ReleaseOdt::write(doc);
            QVERIFY(odt.ok());
            save(QStringLiteral("release.odt"), *odt);
            save(QStringLiteral("opel-areal.png"), png());
        }
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
                           "Willy-Brandt-Platz 2–6<br>\n44777 Bochum<br>\n"
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
                           "Willy-Brandt-Platz 2–6\\\n44777 Bochum\\\n"
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
                           "Willy-Brandt-Platz 2–6\n44777 Bochum\n"
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

    void odtIsAnOpenDocumentPackage()
    {
        const Result<QByteArray> written = ReleaseOdt::write(document());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QByteArray bytes = *written;
        // The first local header: "mimetype", stored, no extra field, the type readable at byte 38.
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(quint8(bytes.at(8)) | (quint8(bytes.at(9)) << 8), 0); // compression method: stored
        QCOMPARE(quint8(bytes.at(26)) | (quint8(bytes.at(27)) << 8), 8);
        QCOMPARE(quint8(bytes.at(28)) | (quint8(bytes.at(29)) << 8), 0); // extra field length
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

        const Unzipped zip = unzip(bytes);
        QVERIFY(zip.ok);
        QCOMPARE(zip.names.first(), QStringLiteral("mimetype"));
        QCOMPARE(zip.method.value(QStringLiteral("mimetype")), int(ZIP_CM_STORE));
        QCOMPARE(zip.data.value(QStringLiteral("mimetype")),
                 QByteArray("application/vnd.oasis.opendocument.text"));
        for (const QString &name : {QStringLiteral("META-INF/manifest.xml"), QStringLiteral("content.xml"),
                                    QStringLiteral("styles.xml"), QStringLiteral("meta.xml")})
            QVERIFY2(zip.names.contains(name), qPrintable(name));
        QCOMPARE(zip.method.value(QStringLiteral("content.xml")), int(ZIP_CM_DEFLATE));

        // The manifest names every entry (but itself and the mimetype) with a media type, and nothing else.
        QXmlStreamReader manifest(zip.data.value(QStringLiteral("META-INF/manifest.xml")));
        QHash<QString, QString> listed;
        while (!manifest.atEnd()) {
            if (manifest.readNext() == QXmlStreamReader::StartElement && manifest.name() == u"file-entry")
                listed.insert(
                    manifest.attributes().value(manifestNs, QStringLiteral("full-path")).toString(),
                    manifest.attributes().value(manifestNs, QStringLiteral("media-type")).toString());
        }
        QVERIFY(!manifest.hasError());
        QCOMPARE(listed.value(QStringLiteral("/")),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        QStringList expected = zip.names;
        expected.removeAll(QStringLiteral("mimetype"));
        expected.removeAll(QStringLiteral("META-INF/manifest.xml"));
        expected.append(QStringLiteral("/"));
        QStringList names = listed.keys();
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);

        const OdtContent content = readContent(zip.data.value(QStringLiteral("content.xml")));
        QVERIFY2(content.ok, qPrintable(content.error));
        // Headings with outline levels: the headline at 1, subheadings, boilerplate and contact at 2.
        QStringList headings;
        for (const OdtContent::Paragraph &paragraph : content.paragraphs) {
            if (paragraph.element == QLatin1String("h"))
                headings.append(QString::number(paragraph.level) + QLatin1Char(' ') + paragraph.text);
        }
        QCOMPARE(headings,
                 (QStringList{QStringLiteral("1 Haus des Wissens ist beschlossen"),
                              QStringLiteral("2 Der Weg dahin"), QStringLiteral("2 Über die Stadt Bochum"),
                              QStringLiteral("2 Pressekontakt")}));
        QCOMPARE(content.texts(QStringLiteral("Heading_20_1")).size(), 1);
        QCOMPARE(content.texts(QStringLiteral("Label")), QStringList{QStringLiteral("Pressemitteilung")});
        QCOMPARE(content.texts(QStringLiteral("Embargo")),
                 QStringList{QStringLiteral("Sperrfrist: 7. Dezember 2020, 10:00 Uhr")});
        QCOMPARE(content.texts(QStringLiteral("Subtitle")),
                 QStringList{QStringLiteral("Bibliothek, Volkshochschule und Markthalle unter einem Dach")});
        QCOMPARE(content.texts(QStringLiteral("Lead")),
                 QStringList{QStringLiteral("Bochum, 7. Dezember 2020 – Der Rat hat entschieden.")});
        QCOMPARE(content.spanStyle.value(QStringLiteral("Bochum, 7. Dezember 2020 –")), QStringLiteral("T1"));
        // Runs: the text as it was (escaped by the writer, read back whole), bold via an automatic style.
        const QStringList body = content.texts(QStringLiteral("Text_20_body"));
        QVERIFY(body.size() >= 3);
        QVERIFY(body.first().contains(
            QStringLiteral("Zeichen wie <b>& bleiben Text, *Sternchen* und [Klammern]")));
        QVERIFY(body.first().endsWith(longUrl));
        QVERIFY(content.links.contains(QStringLiteral("https://www.bochum.de")));
        QVERIFY(content.links.contains(longUrl));
        QVERIFY(content.links.contains(QStringLiteral("mailto:presse@bochum.de")));
        QVERIFY(!content.links.join(QLatin1Char(' ')).contains(QStringLiteral("javascript")));
        const QString boldStyle = content.spanStyle.value(QStringLiteral("bochum.de"));
        QCOMPARE(content.boldTextStyles.value(boldStyle), QStringLiteral("bold"));
        // The list, the year list with a tab after the bold year, the quotes with their attribution.
        QCOMPARE(content.lists, 1);
        QCOMPARE(content.listItems, 2);
        QCOMPARE(content.texts(QStringLiteral("List_20_Paragraph")),
                 (QStringList{QStringLiteral("Bibliothek"), longItem}));
        QCOMPARE(content.texts(QStringLiteral("Timeline")),
                 (QStringList{QStringLiteral("2016–2020\tBochum Strategie"),
                              QStringLiteral("2020\tCitytower, Haus des Wissens"),
                              QStringLiteral("2021\t") + longYear}));
        QCOMPARE(content.spanStyle.value(QStringLiteral("2016–2020")), boldStyle);
        QCOMPARE(content.texts(QStringLiteral("Quotations")),
                 (QStringList{QStringLiteral("„Wer hätte das 2014 gedacht?“"),
                              QStringLiteral("„Wir sind stolz.“")}));
        QCOMPARE(content.texts(QStringLiteral("Quotation_20_Attribution")),
                 QStringList{QStringLiteral("— Thomas Eiskirch, Oberbürgermeister")});
        for (qsizetype i = 0; i < content.paragraphs.size(); ++i) {
            if (content.paragraphs.at(i).text == QStringLiteral("„Wer hätte das 2014 gedacht?“"))
                QCOMPARE(content.paragraphs.at(i + 1).style, QStringLiteral("Quotation_20_Attribution"));
        }
        // The photo: an entry of the package, described by its caption, 64 × 48 pixels at 96 dpi.
        QCOMPARE(content.images.size(), 1);
        const OdtContent::Image &image = content.images.first();
        QVERIFY(zip.names.contains(image.href));
        QCOMPARE(zip.data.value(image.href), png());
        QCOMPARE(listed.value(image.href), QStringLiteral("image/png"));
        QCOMPARE(image.title, QStringLiteral("Das Opel-Areal 2020"));
        QCOMPARE(image.description, QStringLiteral("Das Opel-Areal 2020"));
        QCOMPARE(image.width, QStringLiteral("1.69cm"));
        QCOMPARE(image.height, QStringLiteral("1.27cm"));
        QCOMPARE(content.texts(QStringLiteral("Caption")),
                 QStringList{QStringLiteral("Foto: Das Opel-Areal 2020 (Bild: Stadt Bochum, CC BY 4.0)")});
        // Boilerplate and Pressekontakt, one line each.
        QVERIFY(body.contains(QStringLiteral("Bochum liegt im Ruhrgebiet.")));
        QCOMPARE(content.texts(QStringLiteral("Contact")),
                 QStringList{QStringLiteral("Julia Sommerfeld, Pressesprecherin, Stadt Bochum\n"
                                            "Willy-Brandt-Platz 2–6\n44777 Bochum\n"
                                            "Telefon: 0234 555 1001\nE-Mail: presse@bochum.de")});
        QCOMPARE(content.paragraphs.last().style, QStringLiteral("Contact"));

        // styles.xml defines what content.xml uses; meta.xml names the release.
        const QByteArray styles = zip.data.value(QStringLiteral("styles.xml"));
        QXmlStreamReader stylesReader(styles);
        QHash<QString, QString> outlineLevels;
        while (!stylesReader.atEnd()) {
            if (stylesReader.readNext() == QXmlStreamReader::StartElement && stylesReader.name() == u"style")
                outlineLevels.insert(
                    stylesReader.attributes().value(styleNs, QStringLiteral("name")).toString(),
                    stylesReader.attributes()
                        .value(styleNs, QStringLiteral("default-outline-level"))
                        .toString());
        }
        QVERIFY(!stylesReader.hasError());
        QCOMPARE(outlineLevels.value(QStringLiteral("Heading_20_1")), QStringLiteral("1"));
        QCOMPARE(outlineLevels.value(QStringLiteral("Heading_20_2")), QStringLiteral("2"));
        for (const OdtContent::Paragraph &paragraph : content.paragraphs)
            QVERIFY2(outlineLevels.contains(paragraph.style), qPrintable(paragraph.style));
        QVERIFY(styles.contains("fo:language=\"de\""));
        const QByteArray meta = zip.data.value(QStringLiteral("meta.xml"));
        const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
        QCOMPARE(firstText(meta, dcNs, QStringLiteral("title")),
                 QStringLiteral("Haus des Wissens ist beschlossen"));
        QCOMPARE(firstText(meta, dcNs, QStringLiteral("language")), QStringLiteral("de"));
        QVERIFY(firstText(meta, QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
                          QStringLiteral("generator"))
                    .startsWith(QStringLiteral("PressDesk")));

        // Without an embargo there is no embargo paragraph.
        const Result<QByteArray> noEmbargo = ReleaseOdt::write(withoutEmbargo());
        QVERIFY(noEmbargo.ok());
        const OdtContent without = readContent(unzip(*noEmbargo).data.value(QStringLiteral("content.xml")));
        QVERIFY(without.ok);
        QVERIFY(without.texts(QStringLiteral("Embargo")).isEmpty());
        QVERIFY(!unzip(*noEmbargo).data.value(QStringLiteral("content.xml")).contains("Sperrfrist"));
    }

    void odtPhotoSizes()
    {
        const auto frame = [](const QByteArray &data, const QString &type) -> QString {
            ReleaseDocument doc = document();
            doc.blocks.last().photo.data = data;
            doc.blocks.last().photo.mimeType = type;
            const Result<QByteArray> written = ReleaseOdt::write(doc);
            const Unzipped zip = unzip(written.ok() ? *written : QByteArray());
            const OdtContent content = readContent(zip.data.value(QStringLiteral("content.xml")));
            if (content.images.size() != 1 || !zip.names.contains(content.images.first().href))
                return QString();
            const OdtContent::Image &image = content.images.first();
            return image.href.section(QLatin1Char('.'), -1) + QLatin1Char(' ') + image.width +
                   QLatin1Char(' ') + image.height;
        };
        // A camera's 3000 × 2000 JPEG fits the 17 cm of text width, in its proportions.
        // (fromHex() skips the blanks: SOI, APP0, then SOF0 with height and width.)
        const QByteArray camera = QByteArray::fromHex("ffd8 ffe0 0010 4a46494600 0101 00 0001 0001 0000 "
                                                      "ffc0 0011 08 07d0 0bb8 03 012200 021101 031101 ffd9");
        QCOMPARE(frame(camera, QStringLiteral("image/jpeg")), QStringLiteral("jpg 17.00cm 11.33cm"));
        // A tall one is held to 20 cm in height.
        const QByteArray tall =
            QByteArray::fromHex("ffd8 ffc0 0011 08 0bb8 03e8 03 012200 021101 031101 ffd9");
        QCOMPARE(frame(tall, QStringLiteral("image/jpeg")), QStringLiteral("jpg 6.67cm 20.00cm"));
        // An SVG says no pixel size in its first bytes: 12 cm wide.
        QCOMPARE(frame(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                       QStringLiteral("image/svg+xml")),
                 QStringLiteral("svg 12.00cm 9.00cm"));
        // Bytes that are no image and do not claim to be one are left out (the caption stays).
        QCOMPARE(frame(QByteArrayLiteral("not an image"), QStringLiteral("text/html")), QString());
    }

    void odtKeepsTheSpacesBetweenRuns()
    {
        ReleaseDocument doc;
        doc.headline = QStringLiteral("Titel");
        ReleaseDocument::Block paragraph;
        paragraph.runs = {
            plain(QStringLiteral("  eins")), TextRun{QStringLiteral(" zwei"), true, false, QString()},
            plain(QStringLiteral("  drei ")), TextRun{QStringLiteral(" vier\nfünf"), false, true, QString()},
            plain(QStringLiteral("\x01sechs"))};
        doc.blocks = {paragraph};
        const Result<QByteArray> written = ReleaseOdt::write(doc);
        QVERIFY(written.ok());
        const OdtContent content = readContent(unzip(*written).data.value(QStringLiteral("content.xml")));
        QVERIFY2(content.ok, qPrintable(content.error));
        // Leading blanks dropped, one space between words whichever run has it, a control character gone.
        QCOMPARE(content.texts(QStringLiteral("Text_20_body")),
                 QStringList{QStringLiteral("eins zwei drei vier\nfünfsechs")});
    }

    void aDeletedQuoteLeavesNoTrace()
    {
        ReleaseDocument doc = document();
        const Result<QByteArray> odt = ReleaseOdt::write(doc);
        QVERIFY(odt.ok());
        const QByteArray content = unzip(*odt).data.value(QStringLiteral("content.xml"));
        const QList<QByteArray> outputs = {ReleaseHtml::write(doc), ReleaseMarkdown::write(doc),
                                           ReleasePlainText::writeEmail(doc).toUtf8(), content};
        for (const QByteArray &output : outputs) {
            QVERIFY(!output.isEmpty());
            QVERIFY(!output.contains("Gestrichenes"));
            QVERIFY(!output.contains("Geisterredner"));
            QVERIFY(!output.contains("Phantomrolle"));
        }
        // … nor an empty frame where it stood.
        QCOMPARE(QString::fromUtf8(outputs.at(0)).count(QStringLiteral("<blockquote>")), 2);
        QCOMPARE(QString::fromUtf8(outputs.at(1)).count(QStringLiteral("\n> „")), 2);
        QCOMPARE(readContent(content).texts(QStringLiteral("Quotations")).size(), 2);
        // A release whose only quote is gone prints no quote markup at all.
        doc.blocks = {doc.blocks.at(7)};
        QVERIFY(!ReleaseHtml::write(doc).contains("<blockquote"));
        QVERIFY(!ReleaseMarkdown::write(doc).contains(">"));
        QVERIFY(
            !unzip(*ReleaseOdt::write(doc)).data.value(QStringLiteral("content.xml")).contains("Quotations"));
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
