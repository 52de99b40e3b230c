#include "releaseodt.h"

#include "ziparchive.h"

#include "imageheader.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <memory>
#include <utility>

namespace pressdesk {

namespace {
const QString mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");
const QString odfVersion = QStringLiteral("1.2");

QString namespaceUri(QStringView prefix)
{
    static const QList<std::pair<QString, QString>> uris = {
        {QStringLiteral("office"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0")},
        {QStringLiteral("style"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0")},
        {QStringLiteral("text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0")},
        {QStringLiteral("draw"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")},
        {QStringLiteral("fo"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")},
        {QStringLiteral("svg"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")},
        {QStringLiteral("meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0")},
        {QStringLiteral("manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")},
        {QStringLiteral("xlink"), QStringLiteral("http://www.w3.org/1999/xlink")},
        {QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
    };
    for (const auto &[known, uri] : uris) {
        if (known == prefix)
            return uri;
    }
    Q_ASSERT_X(false, "namespaceUri", "unknown ODF namespace prefix");
    return {};
}

// XML 1.0 has no place for most control characters or a lone surrogate; a pasted one is dropped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
            continue;
        if (u == 0xfffe || u == 0xffff)
            continue;
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += c;
                out += text.at(++i);
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        out += c;
    }
    return out;
}

struct Attribute
{
    Attribute(const char *qualifiedName, const QString &attributeValue)
        : name(qualifiedName)
        , value(attributeValue)
    {
    }
    Attribute(const char *qualifiedName, const char *attributeValue)
        : name(qualifiedName)
        , value(QString::fromUtf8(attributeValue))
    {
    }
    const char *name;
    QString value;
};
using Attributes = QList<Attribute>;

// QXmlStreamWriter with ODF's prefixes ("text:p") and its white-space rules for paragraph text.
class OdfWriter
{
public:
    explicit OdfWriter(QByteArray *out)
        : m_xml(out)
    {
        m_xml.writeStartDocument();
    }

    void root(const char *name, const QStringList &prefixes, Attributes attributes = {})
    {
        for (const QString &prefix : prefixes)
            m_xml.writeNamespace(namespaceUri(prefix), prefix);
        start(name, attributes);
    }
    void start(const char *name, Attributes attributes = {})
    {
        const auto [uri, local] = split(name);
        m_xml.writeStartElement(uri, local);
        for (const Attribute &each : attributes)
            attribute(each);
        if (local == QLatin1String("p") || local == QLatin1String("h"))
            m_afterSpace = true; // a paragraph's leading blanks are not part of it
    }
    void end() { m_xml.writeEndElement(); }
    void empty(const char *name, Attributes attributes = {})
    {
        const auto [uri, local] = split(name);
        m_xml.writeEmptyElement(uri, local);
        for (const Attribute &each : attributes)
            attribute(each);
    }
    void element(const char *name, const QString &text)
    {
        const auto [uri, local] = split(name);
        m_xml.writeTextElement(uri, local, xmlSafe(text));
    }
    // Paragraph text: blanks collapse into one space (ODF would drop the rest anyway) and a line break
    // becomes text:line-break, since a newline character in ODF text is just a blank.
    void text(const QString &text)
    {
        QString pending;
        for (const QChar c : xmlSafe(text)) {
            if (c == QLatin1Char('\n')) {
                flush(pending);
                m_xml.writeEmptyElement(namespaceUri(u"text"), QStringLiteral("line-break"));
                m_afterSpace = true;
            } else if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
                if (!m_afterSpace)
                    pending += QLatin1Char(' ');
                m_afterSpace = true;
            } else {
                pending += c;
                m_afterSpace = false;
            }
        }
        flush(pending);
    }
    void finish() { m_xml.writeEndDocument(); }
    // One more attribute of the element just started.
    void attribute(const Attribute &attribute)
    {
        const auto [uri, local] = split(attribute.name);
        m_xml.writeAttribute(uri, local, xmlSafe(attribute.value));
    }

private:
    static std::pair<QString, QString> split(const char *qualifiedName)
    {
        const QString name = QString::fromLatin1(qualifiedName);
        const qsizetype colon = name.indexOf(QLatin1Char(':'));
        return {namespaceUri(QStringView(name).left(colon)), name.mid(colon + 1)};
    }
    void flush(QString &pending)
    {
        if (!pending.isEmpty())
            m_xml.writeCharacters(pending);
        pending.clear();
    }

    QXmlStreamWriter m_xml;
    bool m_afterSpace = true;
};

struct Entry
{
    QString path;
    QString mediaType;
    QByteArray data;
};

QString centimetres(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("cm");
}

// The size a photo gets on the page: its pixels at 96 dpi, shrunk to fit the text area (17 cm wide on
// A4 with 2 cm margins, at most 20 cm high). Without a readable size, 12 cm wide in 4:3.
std::pair<QString, QString> frameSize(const QSize &pixels)
{
    constexpr double maxWidth = 17.0;
    constexpr double maxHeight = 20.0;
    if (!pixels.isValid())
        return {centimetres(12.0), centimetres(9.0)};
    double width = pixels.width() * 2.54 / 96.0;
    double height = pixels.height() * 2.54 / 96.0;
    const double scale = std::min({1.0, maxWidth / width, maxHeight / height});
    width = std::max(width * scale, 0.05);
    height = std::max(height * scale, 0.05);
    return {centimetres(width), centimetres(height)};
}

QString attribution(const ReleaseDocument::Block &block)
{
    QStringList who = {block.speaker.trimmed()};
    if (!block.speakerRole.trimmed().isEmpty())
        who.append(block.speakerRole.trimmed());
    return QStringLiteral("— ") + who.join(QStringLiteral(", "));
}

class ContentWriter
{
public:
    ContentWriter(OdfWriter &xml, const ReleaseDocument &document)
        : m_xml(xml)
        , m_document(document)
    {
    }

    QList<Entry> pictures() const { return m_pictures; }

    void write()
    {
        const DocumentLanguage &language = m_document.language;
        m_xml.root("office:document-content",
                   {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
                    QStringLiteral("draw"), QStringLiteral("fo"), QStringLiteral("svg"),
                    QStringLiteral("xlink")},
                   {{"office:version", odfVersion}});
        // Bold and italic runs: automatic text styles, as LibreOffice writes them itself.
        m_xml.start("office:automatic-styles");
        textStyle("T1", true, false);
        textStyle("T2", false, true);
        textStyle("T3", true, true);
        m_xml.end();
        m_xml.start("office:body");
        m_xml.start("office:text");

        QString label = language.pressRelease();
        if (m_document.corrected)
            label += QStringLiteral(" – ") + language.correctedVersion();
        paragraph("Label", label);
        if (m_document.embargoUntil.isValid())
            paragraph("Embargo", language.embargo(m_document.embargoUntil));
        heading(1, m_document.headline.trimmed());
        if (!m_document.subheadline.trimmed().isEmpty())
            paragraph("Subtitle", m_document.subheadline.trimmed());

        // The Spitzmarke runs into the lead, in bold as in print.
        const QString dateline = language.dateline(m_document.place, m_document.releaseDate);
        if (!dateline.isEmpty() || !m_document.lead.trimmed().isEmpty()) {
            m_xml.start("text:p", {{"text:style-name", "Lead"}});
            if (!dateline.isEmpty()) {
                m_xml.start("text:span", {{"text:style-name", "T1"}});
                m_xml.text(dateline);
                m_xml.end();
                m_xml.text(QStringLiteral(" "));
            }
            m_xml.text(m_document.lead.trimmed());
            m_xml.end();
        }

        for (const ReleaseDocument::Block &block : m_document.blocks)
            writeBlock(block);

        if (!m_document.boilerplate.trimmed().isEmpty()) {
            if (!m_document.boilerplateTitle.trimmed().isEmpty())
                heading(2, m_document.boilerplateTitle.trimmed());
            paragraph("Text_20_body", m_document.boilerplate.trimmed());
        }
        if (!m_document.contacts.isEmpty()) {
            heading(2, language.pressContact());
            for (const ReleaseDocument::PressContact &contact : m_document.contacts)
                writeContact(contact);
        }

        m_xml.end(); // office:text
        m_xml.end(); // office:body
        m_xml.end(); // office:document-content
        m_xml.finish();
    }

private:
    void textStyle(const char *name, bool bold, bool italic)
    {
        m_xml.start("style:style", {{"style:name", name}, {"style:family", "text"}});
        if (bold && italic)
            m_xml.empty("style:text-properties", {{"fo:font-weight", "bold"},
                                                  {"style:font-weight-asian", "bold"},
                                                  {"style:font-weight-complex", "bold"},
                                                  {"fo:font-style", "italic"},
                                                  {"style:font-style-asian", "italic"},
                                                  {"style:font-style-complex", "italic"}});
        else if (bold)
            m_xml.empty("style:text-properties", {{"fo:font-weight", "bold"},
                                                  {"style:font-weight-asian", "bold"},
                                                  {"style:font-weight-complex", "bold"}});
        else
            m_xml.empty("style:text-properties", {{"fo:font-style", "italic"},
                                                  {"style:font-style-asian", "italic"},
                                                  {"style:font-style-complex", "italic"}});
        m_xml.end();
    }

    void paragraph(const char *style, const QString &text)
    {
        m_xml.start("text:p", {{"text:style-name", style}});
        m_xml.text(text);
        m_xml.end();
    }

    void heading(int level, const QString &text)
    {
        m_xml.start("text:h", {{"text:style-name", level == 1 ? "Heading_20_1" : "Heading_20_2"},
                               {"text:outline-level", QString::number(level)}});
        m_xml.text(text);
        m_xml.end();
    }

    void runs(const TextRuns &textRuns)
    {
        for (const TextRun &run : textRuns) {
            const bool link = !run.link.isEmpty() && isAllowedLink(run.link);
            if (link)
                m_xml.start("text:a", {{"xlink:type", "simple"}, {"xlink:href", run.link}});
            const char *style = run.bold && run.italic ? "T3" : run.bold ? "T1" : run.italic ? "T2" : nullptr;
            if (style)
                m_xml.start("text:span", {{"text:style-name", style}});
            m_xml.text(run.text);
            if (style)
                m_xml.end();
            if (link)
                m_xml.end();
        }
    }

    void runsParagraph(const char *style, const TextRuns &textRuns)
    {
        m_xml.start("text:p", {{"text:style-name", style}});
        runs(textRuns);
        m_xml.end();
    }

    void writeBlock(const ReleaseDocument::Block &block)
    {
        const DocumentLanguage &language = m_document.language;
        switch (block.kind) {
        case ReleaseBlock::Kind::Paragraph:
            if (!plainText(block.runs).trimmed().isEmpty())
                runsParagraph("Text_20_body", block.runs);
            break;
        case ReleaseBlock::Kind::Subheading:
            if (!plainText(block.runs).trimmed().isEmpty())
                heading(2, plainText(block.runs).trimmed());
            break;
        case ReleaseBlock::Kind::BulletList:
            if (block.items.isEmpty())
                break;
            m_xml.start("text:list", {{"text:style-name", "List_20_1"}});
            for (const TextRuns &item : block.items) {
                m_xml.start("text:list-item");
                runsParagraph("List_20_Paragraph", item);
                m_xml.end();
            }
            m_xml.end();
            break;
        case ReleaseBlock::Kind::Quote:
            if (block.quoteMissing)
                break;
            paragraph("Quotations", language.quoted(block.quoteText.trimmed()));
            if (!block.speaker.trimmed().isEmpty())
                paragraph("Quotation_20_Attribution", attribution(block));
            break;
        case ReleaseBlock::Kind::Timeline:
            // One paragraph per year: the year in bold, a tab to the hanging indent, the milestones.
            for (const ReleaseDocument::YearEntry &year : block.years) {
                m_xml.start("text:p", {{"text:style-name", "Timeline"}});
                m_xml.start("text:span", {{"text:style-name", "T1"}});
                m_xml.text(year.label);
                m_xml.end();
                m_xml.empty("text:tab");
                m_xml.text(year.titles.join(QStringLiteral(", ")));
                m_xml.end();
            }
            break;
        case ReleaseBlock::Kind::Photo:
            writePhoto(block.photo);
            break;
        }
    }

    void writePhoto(const ReleaseDocument::Photo &photo)
    {
        const DocumentLanguage &language = m_document.language;
        const QString line = language.photoLine(photo.caption, photo.credit, photo.licence);
        const ImageHeader header = ImageHeader::read(photo.data);
        // What the bytes say, else the stored type if it is an image's (an SVG); other bytes are left out.
        const QString type =
            !header.mimeType.isEmpty() ? header.mimeType : photo.mimeType.trimmed().toLower();
        if (!photo.data.isEmpty() && type.startsWith(QLatin1String("image/"))) {
            const int number = int(m_pictures.size()) + 1;
            const QString path =
                QStringLiteral("Pictures/photo%1.%2").arg(number).arg(ImageHeader::suffixFor(type));
            m_pictures.append(Entry{path, type, photo.data});
            const auto [width, height] = frameSize(header.size);
            // The caption is the alternative text a screen reader gives; never empty.
            const QString alt = photo.caption.trimmed().isEmpty() ? line : photo.caption.trimmed();
            m_xml.start("text:p", {{"text:style-name", "Figure"}});
            m_xml.start("draw:frame", {{"draw:style-name", "Graphics"},
                                       {"draw:name", language.photoLine(QString(), QString(), QString()) +
                                                         QLatin1Char(' ') + QString::number(number)},
                                       {"text:anchor-type", "as-char"},
                                       {"svg:width", width},
                                       {"svg:height", height},
                                       {"draw:z-index", "0"}});
            m_xml.empty("draw:image", {{"xlink:href", path},
                                       {"xlink:type", "simple"},
                                       {"xlink:show", "embed"},
                                       {"xlink:actuate", "onLoad"}});
            m_xml.element("svg:title", alt);
            m_xml.element("svg:desc", alt);
            m_xml.end(); // draw:frame
            m_xml.end(); // text:p
        }
        paragraph("Caption", line);
    }

    void writeContact(const ReleaseDocument::PressContact &contact)
    {
        const DocumentLanguage &language = m_document.language;
        m_xml.start("text:p", {{"text:style-name", "Contact"}});
        bool first = true;
        const auto lineBreak = [&] {
            if (!first)
                m_xml.empty("text:line-break");
            first = false;
        };
        QStringList rest;
        for (const QString &part : {contact.role, contact.organisation}) {
            if (!part.trimmed().isEmpty())
                rest.append(part.trimmed());
        }
        if (!contact.name.trimmed().isEmpty() || !rest.isEmpty()) {
            lineBreak();
            if (!contact.name.trimmed().isEmpty()) {
                m_xml.start("text:span", {{"text:style-name", "T1"}});
                m_xml.text(contact.name.trimmed());
                m_xml.end();
                if (!rest.isEmpty())
                    m_xml.text(QStringLiteral(", "));
            }
            m_xml.text(rest.join(QStringLiteral(", ")));
        }
        for (const QString &line : contact.address) {
            lineBreak();
            m_xml.text(line);
        }
        for (const ContactChannel &channel : contact.channels) {
            lineBreak();
            const QString value = channel.value.trimmed();
            m_xml.text(language.channel(channel.kind) + QStringLiteral(": "));
            QString link;
            if (channel.kind == ChannelKind::Email && !value.contains(QLatin1Char(' ')) &&
                isAllowedLink(QStringLiteral("mailto:") + value))
                link = QStringLiteral("mailto:") + value;
            else if (channel.kind == ChannelKind::Web && isAllowedLink(value))
                link = value;
            if (!link.isEmpty())
                m_xml.start("text:a", {{"xlink:type", "simple"}, {"xlink:href", link}});
            m_xml.text(value);
            if (!link.isEmpty())
                m_xml.end();
        }
        m_xml.end();
    }

    OdfWriter &m_xml;
    const ReleaseDocument &m_document;
    QList<Entry> m_pictures;
};

// A paragraph style, named as ODF escapes names ("Heading_20_1") and shown as people know it.
struct ParagraphStyle
{
    const char *name;
    const char *displayName;
    const char *parent; // nullptr: none
    const char *next;   // the style of the paragraph after it; nullptr: the same
    int outlineLevel;   // headings: 1, 2; 0 for the others
    Attributes paragraph;
    Attributes text;
};

void writeParagraphStyle(OdfWriter &xml, const ParagraphStyle &style)
{
    xml.start("style:style", {{"style:name", style.name},
                              {"style:display-name", style.displayName},
                              {"style:family", "paragraph"}});
    if (style.parent)
        xml.attribute({"style:parent-style-name", style.parent});
    if (style.next)
        xml.attribute({"style:next-style-name", style.next});
    if (style.outlineLevel > 0)
        xml.attribute({"style:default-outline-level", QString::number(style.outlineLevel)});
    xml.attribute({"style:class", "text"});
    if (style.paragraph.size() > 0)
        xml.empty("style:paragraph-properties", style.paragraph);
    if (style.text.size() > 0)
        xml.empty("style:text-properties", style.text);
    xml.end();
}

QByteArray stylesXml(const DocumentLanguage &language)
{
    QByteArray out;
    OdfWriter xml(&out);
    xml.root("office:document-styles",
             {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
              QStringLiteral("draw"), QStringLiteral("fo"), QStringLiteral("svg")},
             {{"office:version", odfVersion}});

    xml.start("office:font-face-decls");
    xml.empty("style:font-face", {{"style:name", "Liberation Sans"},
                                  {"svg:font-family", "'Liberation Sans'"},
                                  {"style:font-family-generic", "swiss"},
                                  {"style:font-pitch", "variable"}});
    xml.end();

    xml.start("office:styles");
    // The document's language on every paragraph: LibreOffice checks spelling and hyphenates with it.
    const bool german = language.code() == QLatin1String("de");
    xml.start("style:default-style", {{"style:family", "paragraph"}});
    xml.empty("style:text-properties", {{"style:font-name", "Liberation Sans"},
                                        {"fo:font-size", "11pt"},
                                        {"fo:language", language.code()},
                                        {"fo:country", german ? "DE" : "GB"},
                                        {"fo:hyphenate", "false"}});
    xml.end();
    xml.start("style:default-style", {{"style:family", "graphic"}});
    xml.end();

    const Attributes bold = {{"fo:font-weight", "bold"},
                             {"style:font-weight-asian", "bold"},
                             {"style:font-weight-complex", "bold"}};
    const Attributes italic = {{"fo:font-style", "italic"},
                               {"style:font-style-asian", "italic"},
                               {"style:font-style-complex", "italic"}};
    const QList<ParagraphStyle> styles = {
        {"Standard", "Standard", nullptr, nullptr, 0, {}, {}},
        {"Text_20_body",
         "Text body",
         "Standard",
         nullptr,
         0,
         {{"fo:margin-top", "0cm"}, {"fo:margin-bottom", "0.25cm"}, {"fo:line-height", "115%"}},
         {}},
        {"Heading",
         "Heading",
         "Standard",
         "Text_20_body",
         0,
         {{"fo:margin-top", "0.42cm"}, {"fo:margin-bottom", "0.21cm"}, {"fo:keep-with-next", "always"}},
         {}},
        {"Heading_20_1",
         "Heading 1",
         "Heading",
         "Text_20_body",
         1,
         {},
         {{"fo:font-size", "20pt"},
          {"fo:font-weight", "bold"},
          {"style:font-weight-asian", "bold"},
          {"style:font-weight-complex", "bold"}}},
        {"Heading_20_2",
         "Heading 2",
         "Heading",
         "Text_20_body",
         2,
         {{"fo:margin-top", "0.6cm"}},
         {{"fo:font-size", "14pt"},
          {"fo:font-weight", "bold"},
          {"style:font-weight-asian", "bold"},
          {"style:font-weight-complex", "bold"}}},
        {"Subtitle",
         "Subtitle",
         "Standard",
         "Text_20_body",
         0,
         {{"fo:margin-bottom", "0.4cm"}},
         {{"fo:font-size", "13pt"}, {"fo:color", "#444444"}}},
        {"Label",
         "Label",
         "Standard",
         nullptr,
         0,
         {{"fo:margin-bottom", "0.1cm"}},
         {{"fo:font-size", "9pt"},
          {"fo:color", "#555555"},
          {"fo:text-transform", "uppercase"},
          {"fo:letter-spacing", "0.03cm"}}},
        {"Embargo",
         "Embargo",
         "Standard",
         nullptr,
         0,
         {{"fo:margin-bottom", "0.2cm"}},
         {{"fo:color", "#aa0000"},
          {"fo:font-weight", "bold"},
          {"style:font-weight-asian", "bold"},
          {"style:font-weight-complex", "bold"}}},
        {"Lead", "Lead", "Text_20_body", "Text_20_body", 0, {{"fo:margin-bottom", "0.35cm"}}, bold},
        {"List_20_Paragraph",
         "List Paragraph",
         "Text_20_body",
         nullptr,
         0,
         {{"fo:margin-bottom", "0.1cm"}},
         {}},
        {"Quotations",
         "Quotations",
         "Standard",
         "Quotation_20_Attribution",
         0,
         {{"fo:margin-left", "1cm"},
          {"fo:margin-right", "1cm"},
          {"fo:margin-top", "0.2cm"},
          {"fo:margin-bottom", "0.1cm"},
          {"fo:keep-with-next", "always"}},
         italic},
        {"Quotation_20_Attribution",
         "Quotation Attribution",
         "Standard",
         "Text_20_body",
         0,
         {{"fo:margin-left", "1cm"}, {"fo:margin-right", "1cm"}, {"fo:margin-bottom", "0.35cm"}},
         {{"fo:font-size", "10pt"}}},
        {"Timeline",
         "Timeline",
         "Text_20_body",
         nullptr,
         0,
         {{"fo:margin-left", "2.5cm"}, {"fo:text-indent", "-2.5cm"}, {"fo:margin-bottom", "0.1cm"}},
         {}},
        {"Figure",
         "Figure",
         "Standard",
         "Caption",
         0,
         {{"fo:margin-top", "0.3cm"}, {"fo:margin-bottom", "0.1cm"}, {"fo:keep-with-next", "always"}},
         {}},
        {"Caption",
         "Caption",
         "Standard",
         "Text_20_body",
         0,
         {{"fo:margin-bottom", "0.35cm"}},
         {{"fo:font-size", "9pt"},
          {"fo:font-style", "italic"},
          {"style:font-style-asian", "italic"},
          {"style:font-style-complex", "italic"}}},
        {"Contact", "Contact", "Text_20_body", nullptr, 0, {{"fo:margin-bottom", "0.3cm"}}, {}},
    };
    for (const ParagraphStyle &style : styles)
        writeParagraphStyle(xml, style);

    xml.start("style:style", {{"style:name", "Graphics"}, {"style:family", "graphic"}});
    xml.empty("style:graphic-properties", {{"text:anchor-type", "as-char"},
                                           {"svg:y", "0cm"},
                                           {"style:vertical-pos", "top"},
                                           {"style:vertical-rel", "baseline"}});
    xml.end();

    // Bullets for the lists, hanging under their text.
    xml.start("text:list-style", {{"style:name", "List_20_1"}, {"style:display-name", "List 1"}});
    xml.start("text:list-level-style-bullet", {{"text:level", "1"}, {"text:bullet-char", "•"}});
    xml.start("style:list-level-properties",
              {{"text:list-level-position-and-space-mode", "label-alignment"}});
    xml.empty("style:list-level-label-alignment", {{"text:label-followed-by", "listtab"},
                                                   {"text:list-tab-stop-position", "0.635cm"},
                                                   {"fo:text-indent", "-0.635cm"},
                                                   {"fo:margin-left", "0.635cm"}});
    xml.end();
    xml.end();
    xml.end();

    // Headings carry outline levels (the navigator, a PDF's bookmarks) but no numbers.
    xml.start("text:outline-style", {{"style:name", "Outline"}});
    for (int level = 1; level <= 10; ++level)
        xml.empty("text:outline-level-style",
                  {{"text:level", QString::number(level)}, {"style:num-format", ""}});
    xml.end();
    xml.end(); // office:styles

    xml.start("office:automatic-styles");
    xml.start("style:page-layout", {{"style:name", "A4"}});
    xml.empty("style:page-layout-properties", {{"fo:page-width", "21cm"},
                                               {"fo:page-height", "29.7cm"},
                                               {"style:print-orientation", "portrait"},
                                               {"fo:margin-top", "2cm"},
                                               {"fo:margin-bottom", "2cm"},
                                               {"fo:margin-left", "2cm"},
                                               {"fo:margin-right", "2cm"}});
    xml.end();
    xml.end();
    xml.start("office:master-styles");
    xml.empty("style:master-page", {{"style:name", "Standard"}, {"style:page-layout-name", "A4"}});
    xml.end();
    xml.end(); // office:document-styles
    xml.finish();
    return out;
}

QByteArray metaXml(const ReleaseDocument &document)
{
    QByteArray out;
    OdfWriter xml(&out);
    xml.root("office:document-meta", {QStringLiteral("office"), QStringLiteral("meta"), QStringLiteral("dc")},
             {{"office:version", odfVersion}});
    xml.start("office:meta");
    xml.element("meta:generator", QStringLiteral("PressDesk/" PRESSDESK_VERSION));
    xml.element("dc:title", document.headline.trimmed());
    if (!document.subheadline.trimmed().isEmpty())
        xml.element("dc:subject", document.subheadline.trimmed());
    xml.element("dc:language", document.language.code());
    xml.end();
    xml.end();
    xml.finish();
    return out;
}

QByteArray manifestXml(const QList<Entry> &entries)
{
    QByteArray out;
    OdfWriter xml(&out);
    xml.root("manifest:manifest", {QStringLiteral("manifest")}, {{"manifest:version", odfVersion}});
    xml.empty(
        "manifest:file-entry",
        {{"manifest:full-path", "/"}, {"manifest:version", odfVersion}, {"manifest:media-type", mimeType}});
    for (const Entry &entry : entries)
        xml.empty("manifest:file-entry",
                  {{"manifest:full-path", entry.path}, {"manifest:media-type", entry.mediaType}});
    xml.end();
    xml.finish();
    return out;
}

// The ZIP in memory. ODF wants "mimetype" first, stored, without extra fields, so that a program can
// recognise the file by its first bytes; the images are stored too (they are compressed already).
Result<QByteArray> zipped(const QList<Entry> &entries, const QDate &date)
{
    QList<ZipArchive::Entry> files;
    for (const Entry &entry : entries)
        files.append(
            {entry.path, entry.data,
             entry.path == QLatin1String("mimetype") || entry.path.startsWith(QLatin1String("Pictures/"))});
    // A fixed time stamp (the release date) gives the same bytes for the same release.
    const QDate day = date.isValid() ? date : QDate(2000, 1, 1);
    return ZipArchive::write(files, QDateTime(day, QTime(12, 0), Qt::UTC));
}
} // namespace

Result<QByteArray> ReleaseOdt::write(const ReleaseDocument &document)
{
    QByteArray content;
    OdfWriter xml(&content);
    ContentWriter writer(xml, document);
    writer.write();

    QList<Entry> parts = {
        {QStringLiteral("content.xml"), QStringLiteral("text/xml"), content},
        {QStringLiteral("styles.xml"), QStringLiteral("text/xml"), stylesXml(document.language)},
        {QStringLiteral("meta.xml"), QStringLiteral("text/xml"), metaXml(document)}};
    parts += writer.pictures();

    QList<Entry> entries = {
        {QStringLiteral("mimetype"), QString(), mimeType.toLatin1()},
        {QStringLiteral("META-INF/manifest.xml"), QStringLiteral("text/xml"), manifestXml(parts)}};
    entries += parts;
    return zipped(entries, document.releaseDate);
}

} // namespace pressdesk
