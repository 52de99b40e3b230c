#include "releasepages.h"

#include "cairoimage.h"
#include "fontcheck.h"
#include "hyphenator.h"
#include "pdfartifacts.h"
#include "pdffinisher.h"

#include <QBuffer>
#include <QColor>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <future>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <tuple>

namespace pressdesk {

namespace {

constexpr double mm = 72.0 / 25.4;
// DIN 5008-like: 25 mm left, 20 mm right; the letterhead takes the top of page 1.
constexpr double leftMargin = 25 * mm;
constexpr double rightMargin = 20 * mm;
constexpr double columnWidth = ReleasePages::pageWidth - leftMargin - rightMargin;
constexpr double firstPageTop = 50 * mm;
constexpr double nextPageTop = 28 * mm;
constexpr double kitCoverTop = 60 * mm;
constexpr double contentBottom = 270 * mm;
constexpr double footerRuleY = 277 * mm;
constexpr double quoteIndent = 14;
constexpr double listIndent = 16;
constexpr double yearColumn = 72;
constexpr double maximumPhotoHeight = 95 * mm;
// Artifacts are drawn under the standard type Private and turned into /Artifact marked content
// afterwards (pdfartifacts.h says why).
const char *const artifactTag = kPrivateArtifactTag;

struct LayoutDeleter
{
    void operator()(PangoLayout *layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::shared_ptr<PangoLayout>;

struct Line
{
    PangoLayoutLine *line = nullptr;
    double top = 0;      // within its layout
    double height = 0;   // to the next line's top
    double baseline = 0; // from the line's top
    double x = 0;        // alignment offset
};

enum class ItemKind
{
    Begin, // opens a structure element that holds the following items (BlockQuote, L, LI)
    End,
    Text,
    Image,
    PageBreak, // what follows starts on a new page (a kit's parts)
};

// A link in a text item: the bytes of the layout's text it covers (Pango indexes UTF-8 bytes).
struct LinkSpan
{
    int start = 0;
    int end = 0;
    QString uri;
    QString text;
};

// A text as the document is built: Pango markup and how to set it. Laid out later, on one of two threads
// for a long document (ReleasePages::Private::measureShare()).
struct TextSpec
{
    QByteArray markup;
    double size = 10;
    double width = 0;
    bool bold = false;
    bool italic = false;
    double lineSpacing = 1.0;
    bool justify = false;
};

struct Item
{
    ItemKind kind = ItemKind::Text;
    QByteArray tag; // the structure type: P, H1, H2, LBody, Caption; BlockQuote, L, LI for Begin/End
    std::optional<TextSpec> text;      // what layout and label are made of
    std::optional<TextSpec> labelText; // see label
    int linkBytes = 0;                 // the UTF-8 length of the text the links were counted in
    QList<int> hyphenatedFrom; // where the texts to hyphenate start in that text, for moving the links
    LayoutPtr layout;
    QList<Line> lines;
    LayoutPtr label; // a list item's dash or a timeline year, beside the first line (tagged Lbl)
    double labelX = 0;
    double x = 0; // from the column's left edge
    double spaceBefore = 0;
    bool keepWithNext = false;
    int group = -1;    // items of one group stay on one page when the group fits on one
    QColor background; // the Sperrfrist banner's box
    bool quoteBar = false;
    QString outline;        // headings: their entry in the PDF's outline
    int part = -1;          // a kit part's heading: its number, for the contents' page numbers
    int contentsEntry = -1; // a line of the contents: the part whose first page it shows
    QList<LinkSpan> links;  // drawn as link annotations on PDF pages
    // Image
    QByteArray photo; // the file as it came: a JPEG is embedded into a PDF as it is, not re-encoded
    bool isJpeg = false;
    QSize pixels;           // read from the file's header; decoded only to draw pixels
    mutable QImage decoded; // for images, printing and photos cairo cannot embed as they are
    double width = 0;
    double height = 0;
    QString alt;
};

struct Placement
{
    int item = 0;
    int firstLine = 0;
    int lineCount = 0;
    double y = 0; // page position of the first line's top (an image's top)
};

// Body text is hyphenated as it is laid out, on both layout threads, not while the items are built: its
// markup holds a placeholder in its stead, hyphenateOpen, the text's number, hyphenateClose. Control
// characters have no place in Pango markup, so none of the document's own text can look like one.
constexpr char hyphenateOpen = '\x01';
constexpr char hyphenateClose = '\x02';

QString escaped(const QString &text)
{
    QString markup = text.toHtmlEscaped();
    markup.remove(QLatin1Char(hyphenateOpen));
    markup.remove(QLatin1Char(hyphenateClose));
    return markup;
}

} // namespace

struct ReleasePages::Private
{
    ReleaseDocument document; // a release on its own; for a kit, its metadata (headline: the kit's title)
    bool isKit = false;
    KitDocument kit;
    QList<int> partFirstPage; // a kit's parts: the page (from 0) each starts on
    HouseStyle style;
    Options options;
    QString family;
    QColor accent;
    PangoFontMap *fontMap = nullptr;
    PangoContext *context = nullptr;
    // A long document's text is laid out on two threads (measureShare()). Pango objects are not shared
    // between threads, so the helper thread has a font map and context of its own and makes its layouts
    // itself. Drawing happens after both are done, on the calling thread.
    PangoFontMap *helperFontMap = nullptr;
    PangoContext *helperContext = nullptr;
    int lanes = 1;
    std::atomic<qsizetype> nextToMeasure{0};
    std::set<std::tuple<int, bool, bool>> fontUses; // size in Pango units, bold, italic: see collectFontUses
    QString sample;                                 // every character of the document, once
    QStringList toHyphenate; // body texts, hyphenated as they are laid out (bodyText())
    QList<Item> items;
    QList<QList<Placement>> pages;
    QImage logo;

    ~Private()
    {
        items.clear();
        for (PangoContext *made : {context, helperContext}) {
            if (made)
                g_object_unref(made);
        }
        for (PangoFontMap *made : {fontMap, helperFontMap}) {
            if (made)
                g_object_unref(made);
        }
    }

    // A font map of its own for each context, so that layouts can be made on other threads (the live
    // preview's worker, the layout helper) while the window draws. Metrics without hinting, so that
    // lines break alike at every resolution.
    static PangoContext *newContext(PangoFontMap *fontMap, const DocumentLanguage &language)
    {
        PangoContext *made = pango_font_map_create_context(fontMap);
        pango_cairo_context_set_resolution(made, 72);
        cairo_font_options_t *fontOptions = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(made, fontOptions);
        cairo_font_options_destroy(fontOptions);
        pango_context_set_language(made,
                                   pango_language_from_string(language.tagCode().toLatin1().constData()));
        return made;
    }

    // Every face and size the items use, each with every character of the document (so that fallback
    // fonts are found too), made in a context before its thread lays anything out. Two threads making
    // fonts at the same time, each in its own font map, do not always get the same fonts: with Pango 1.50
    // and cairo 1.16 one of them then broke a line or two of a long release differently from the other
    // (in a fresh process, where the fonts are made for the first time: tst_cli_releases). So one thread
    // makes all its fonts, then the other, while the first lays out; laying out with fonts already made is
    // safe on both.
    void collectFontUses()
    {
        QSet<char32_t> characters = {U'-', U'\u2010',
                                     U'\u00ad'}; // the hyphens a break at a soft hyphen draws
        const auto addCharacters = [&characters](const QString &text) {
            for (const char32_t c : text.toUcs4())
                characters.insert(c);
        };
        const auto addUse = [this, &addCharacters](const TextSpec &spec) {
            const int size = int(std::lround(spec.size * PANGO_SCALE));
            fontUses.insert({size, spec.bold, spec.italic});
            const bool bold = spec.markup.contains("<b>");
            const bool italic = spec.markup.contains("<i>");
            if (bold)
                fontUses.insert({size, true, spec.italic});
            if (italic)
                fontUses.insert({size, spec.bold, true});
            if (bold && italic)
                fontUses.insert({size, true, true});
            addCharacters(QString::fromUtf8(spec.markup));
        };
        for (const Item &item : std::as_const(items)) {
            if (item.text)
                addUse(*item.text);
            if (item.labelText)
                addUse(*item.labelText);
        }
        for (const QString &text : std::as_const(toHyphenate))
            addCharacters(text);
        QList<char32_t> sorted(characters.begin(), characters.end());
        std::sort(sorted.begin(), sorted.end());
        sample.clear();
        for (const char32_t c : sorted) {
            if (c >= 0x20 && c != U'<' && c != U'>' && c != U'&')
                sample += QString::fromUcs4(&c, 1);
        }
    }

    void loadFonts(PangoContext *target) const
    {
        const QByteArray markup = sample.toUtf8(); // holds no <, > or &: markup as it is
        for (const auto &[size, bold, italic] : fontUses)
            pango_layout_get_line_count(
                layoutIn(target, {markup, double(size) / PANGO_SCALE, 1000, bold, italic}).get());
    }

    // --- Text --------------------------------------------------------------------------------------

    // A text of the document, laid out later by measureShare().
    TextSpec text(const QString &markup, double size, double width, bool bold = false, bool italic = false,
                  double lineSpacing = 1.0, bool justify = false)
    {
        return {markup.toUtf8(), size, width, bold, italic, lineSpacing, justify};
    }

    // A layout made while drawing (running heads, page numbers), on the drawing thread's context.
    LayoutPtr layout(const QString &markup, double size, double width, bool bold = false, bool italic = false,
                     double lineSpacing = 1.0, bool justify = false) const
    {
        return layoutIn(context, {markup.toUtf8(), size, width, bold, italic, lineSpacing, justify});
    }

    LayoutPtr layoutIn(PangoContext *target, const TextSpec &spec) const
    {
        LayoutPtr made(pango_layout_new(target), LayoutDeleter());
        PangoFontDescription *font = pango_font_description_new();
        pango_font_description_set_family(font, family.toUtf8().constData());
        pango_font_description_set_size(font, int(std::lround(spec.size * PANGO_SCALE)));
        pango_font_description_set_weight(font, spec.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_style(font, spec.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        pango_layout_set_font_description(made.get(), font);
        pango_font_description_free(font);
        pango_layout_set_width(made.get(), int(std::lround(spec.width * PANGO_SCALE)));
        pango_layout_set_wrap(made.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_justify(made.get(), spec.justify);
        if (spec.lineSpacing != 1.0)
            pango_layout_set_line_spacing(made.get(), float(spec.lineSpacing));
        pango_layout_set_markup(made.get(), spec.markup.constData(), int(spec.markup.size()));
        return made;
    }

    // Lays out texts in the target context, the lines pagination needs, taking the next text not yet taken
    // until none is left: on two threads, each takes its share however long the texts turn out to be.
    void measureShare(PangoContext *target)
    {
        // Each item is written by the one thread that took it; the list itself does not change meanwhile.
        Item *all = items.data();
        const qsizetype count = items.size();
        for (qsizetype i = nextToMeasure++; i < count; i = nextToMeasure++) {
            Item &item = all[i];
            if (!item.text)
                continue;
            QList<int> added;
            item.layout = layoutIn(target, withHyphens(*item.text, &added));
            item.lines = linesOf(item.layout.get());
            if (!item.links.isEmpty())
                moveLinks(item, added);
            // Only if the layout holds exactly the runs' text (it always should): a wrong rectangle is
            // worse than none.
            if (!item.links.isEmpty() &&
                item.linkBytes != int(qstrlen(pango_layout_get_text(item.layout.get()))))
                item.links.clear();
            if (item.labelText) {
                item.label = layoutIn(target, withHyphens(*item.labelText, &added));
                pango_layout_get_line_count(item.label.get());
            }
        }
    }

    // The text with its placeholders replaced by their texts hyphenated (see hyphenateOpen); appends
    // the UTF-8 bytes each one's soft hyphens added.
    TextSpec withHyphens(const TextSpec &spec, QList<int> *added) const
    {
        const QByteArray &markup = spec.markup;
        qsizetype open = markup.indexOf(hyphenateOpen);
        if (open < 0)
            return spec;
        TextSpec hyphenated = spec;
        hyphenated.markup.clear();
        hyphenated.markup.reserve(markup.size() + markup.size() / 8);
        qsizetype copied = 0;
        while (open >= 0) {
            const qsizetype close = markup.indexOf(hyphenateClose, open);
            if (close < 0)
                break;
            hyphenated.markup.append(markup.constData() + copied, open - copied);
            const qsizetype number =
                QByteArray::fromRawData(markup.constData() + open + 1, close - open - 1).toLongLong();
            const QString &text = toHyphenate.value(number); // never out of range: escaped() sees to it
            const QString withSoftHyphens = Hyphenator::hyphenate(text);
            hyphenated.markup += escaped(withSoftHyphens).toUtf8();
            added->append(int(withSoftHyphens.toUtf8().size() - text.toUtf8().size()));
            copied = close + 1;
            open = markup.indexOf(hyphenateOpen, copied);
        }
        hyphenated.markup.append(markup.constData() + copied, markup.size() - copied);
        return hyphenated;
    }

    // Moves a text's links by the soft hyphens inserted before them (their bytes were counted without).
    static void moveLinks(Item &item, const QList<int> &added)
    {
        if (added.size() != item.hyphenatedFrom.size()) {
            item.links.clear();
            return;
        }
        for (LinkSpan &link : item.links) {
            int shift = 0;
            for (qsizetype i = 0; i < added.size() && item.hyphenatedFrom.at(i) < link.start; ++i)
                shift += added.at(i);
            link.start += shift;
            link.end += shift;
        }
        for (const int bytes : added)
            item.linkBytes += bytes;
    }

    static QList<Line> linesOf(PangoLayout *layout)
    {
        QList<Line> lines;
        PangoLayoutIter *iter = pango_layout_get_iter(layout);
        do {
            int top = 0;
            int bottom = 0;
            pango_layout_iter_get_line_yrange(iter, &top, &bottom);
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            Line line;
            line.line = pango_layout_iter_get_line_readonly(iter);
            line.top = double(top) / PANGO_SCALE;
            line.height = double(bottom - top) / PANGO_SCALE;
            line.baseline = double(pango_layout_iter_get_baseline(iter) - top) / PANGO_SCALE;
            line.x = double(logical.x) / PANGO_SCALE;
            lines.append(line);
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        // With a line spacing, a line's range is its font height: the step to the next line is the
        // line's real height, and the last line gets the same spacing.
        const double spacing = std::max(1.0, double(pango_layout_get_line_spacing(layout)));
        for (qsizetype i = 0; i < lines.size(); ++i)
            lines[i].height =
                i + 1 < lines.size() ? lines.at(i + 1).top - lines.at(i).top : lines.at(i).height * spacing;
        return lines;
    }

    QString accentName() const { return accent.name(); }

    // Runs as Pango markup (bold, italic, links in the accent colour; body text hyphenated), with where
    // the links are in the layout's text (Pango counts UTF-8 bytes) so that they can be made clickable.
    Item &addRuns(const QByteArray &tag, const TextRuns &runs, double size, double width, double lineSpacing,
                  bool justify, double spaceBefore, double x = 0)
    {
        QString markup;
        QList<LinkSpan> links;
        QList<int> hyphenatedFrom;
        int offset = 0;
        for (const TextRun &run : runs) {
            const bool link = !run.link.isEmpty() && isAllowedLink(run.link);
            QString piece;
            if (options.hyphenate && run.link.isEmpty()) {
                hyphenatedFrom.append(offset);
                piece = bodyText(run.text);
            } else {
                piece = escaped(run.text);
            }
            if (run.bold)
                piece = QStringLiteral("<b>%1</b>").arg(piece);
            if (run.italic)
                piece = QStringLiteral("<i>%1</i>").arg(piece);
            if (link)
                piece = QStringLiteral("<span foreground=\"%1\" underline=\"single\">%2</span>")
                            .arg(accentName(), piece);
            markup += piece;
            const int bytes = int(run.text.toUtf8().size());
            if (link)
                links.append({offset, offset + bytes, run.link, run.text});
            offset += bytes;
        }
        Item &item =
            addText(tag, text(markup, size, width, false, false, lineSpacing, justify), spaceBefore, x);
        item.links = std::move(links);
        item.linkBytes = offset;
        item.hyphenatedFrom = std::move(hyphenatedFrom);
        return item;
    }

    // A quotation's words, in the language's quotation marks, indented beside the accent bar.
    void addQuotation(const DocumentLanguage &language, const QString &said, double spaceBefore, int group)
    {
        Item &quote = addText(
            "P", text(bodyText(language.quoted(said)), 11.5, columnWidth - quoteIndent, false, true, 1.3),
            spaceBefore, quoteIndent);
        quote.quoteBar = true;
        quote.group = group;
    }

    // Body text as markup: hyphenated when it is laid out, if the document is hyphenated.
    QString bodyText(const QString &text)
    {
        if (!options.hyphenate)
            return escaped(text);
        toHyphenate.append(text);
        return QLatin1Char(hyphenateOpen) + QString::number(toHyphenate.size() - 1) +
               QLatin1Char(hyphenateClose);
    }

    Item &addText(const QByteArray &tag, TextSpec made, double spaceBefore, double x = 0)
    {
        Item item;
        item.tag = tag;
        item.text = std::move(made);
        item.spaceBefore = spaceBefore;
        item.x = x;
        items.append(item);
        return items.last();
    }

    void begin(const QByteArray &tag)
    {
        Item item;
        item.kind = ItemKind::Begin;
        item.tag = tag;
        items.append(item);
    }

    void end(const QByteArray &tag)
    {
        Item item;
        item.kind = ItemKind::End;
        item.tag = tag;
        items.append(item);
    }

    // --- The release as items ----------------------------------------------------------------------

    static QByteArray heading(int level)
    {
        return QByteArray("H") + QByteArray::number(std::clamp(level, 1, 6));
    }

    void build() { buildRelease(document, 1, 0); }

    // A release's items; its headline is a heading of headlineLevel, its subheadings one below.
    // group: the last group number used (quotes, photos, contacts are groups).
    int buildRelease(const ReleaseDocument &release, int headlineLevel, int group)
    {
        const DocumentLanguage &language = release.language;
        const bool justify = style.justified;
        constexpr double body = 10.5;
        constexpr double bodySpacing = 1.3;

        QString label = language.pressRelease();
        if (release.corrected)
            label += QStringLiteral(" – ") + language.correctedVersion();
        addText("P",
                text(QStringLiteral("<span foreground=\"%1\">%2</span>").arg(accentName(), escaped(label)),
                     13, columnWidth, true),
                0);

        if (release.embargoUntil.isValid() && release.embargoUntil > options.now) {
            Item &banner = addText("P",
                                   text(QStringLiteral("<span foreground=\"#ffffff\">%1</span>")
                                            .arg(escaped(language.embargo(release.embargoUntil))),
                                        10.5, columnWidth - 16, true),
                                   10, 8);
            banner.background = QColor(QStringLiteral("#a4161a"));
        }

        Item &headline =
            addText(heading(headlineLevel),
                    text(escaped(release.headline.trimmed()), 19, columnWidth, true, false, 1.1), 16);
        headline.keepWithNext = true;
        headline.outline = release.headline.trimmed();
        if (!release.subheadline.trimmed().isEmpty())
            addText("P",
                    text(QStringLiteral("<span foreground=\"#333333\">%1</span>")
                             .arg(escaped(release.subheadline.trimmed())),
                         12.5, columnWidth, false, false, 1.15),
                    6);

        const QString dateline = language.dateline(release.place.trimmed(), release.releaseDate);
        if (!dateline.isEmpty() || !release.lead.trimmed().isEmpty())
            addText("P",
                    text(QStringLiteral("%1 %2").arg(escaped(dateline), bodyText(release.lead.trimmed())), 11,
                         columnWidth, true, false, bodySpacing, justify),
                    14);

        for (const ReleaseDocument::Block &block : std::as_const(release.blocks)) {
            switch (block.kind) {
            case ReleaseBlock::Kind::Paragraph:
                addRuns("P", block.runs, body, columnWidth, bodySpacing, justify, 8);
                break;
            case ReleaseBlock::Kind::Subheading: {
                Item &subheading =
                    addText(heading(headlineLevel + 1),
                            text(QStringLiteral("<span foreground=\"%1\">%2</span>")
                                     .arg(accentName(), escaped(plainText(block.runs).trimmed())),
                                 12, columnWidth, true, false, 1.1),
                            16);
                subheading.keepWithNext = true;
                subheading.outline = plainText(block.runs).trimmed();
                break;
            }
            case ReleaseBlock::Kind::BulletList: {
                begin("L");
                bool first = true;
                for (const TextRuns &entry : block.items) {
                    begin("LI");
                    Item &item = addRuns("LBody", entry, body, columnWidth - listIndent, bodySpacing, justify,
                                         first ? 8 : 3, listIndent);
                    item.labelText = text(QStringLiteral("–"), body, listIndent, false, false, bodySpacing);
                    item.labelX = 3;
                    end("LI");
                    first = false;
                }
                end("L");
                break;
            }
            case ReleaseBlock::Kind::Quote: {
                if (block.quoteMissing)
                    break;
                ++group;
                begin("BlockQuote");
                addQuotation(language, block.quoteText, 12, group);
                QStringList attribution = {block.speaker.trimmed(), block.speakerRole.trimmed()};
                attribution.removeAll(QString());
                if (!attribution.isEmpty()) {
                    Item &by = addText(
                        "P",
                        text(QStringLiteral("– %1").arg(escaped(attribution.join(QStringLiteral(", ")))), 9.5,
                             columnWidth - quoteIndent, false, false, 1.2),
                        3, quoteIndent);
                    by.quoteBar = true;
                    by.group = group;
                }
                end("BlockQuote");
                break;
            }
            case ReleaseBlock::Kind::Timeline: {
                if (block.years.isEmpty())
                    break;
                begin("L");
                bool first = true;
                for (const ReleaseDocument::YearEntry &year : block.years) {
                    begin("LI");
                    QStringList titles;
                    for (const QString &title : year.titles)
                        titles.append(bodyText(title));
                    Item &item = addText("LBody",
                                         text(titles.join(QLatin1Char('\n')), body, columnWidth - yearColumn,
                                              false, false, bodySpacing),
                                         first ? 10 : 4, yearColumn);
                    item.labelText = text(QStringLiteral("<span foreground=\"%1\">%2</span>")
                                              .arg(accentName(), escaped(year.label)),
                                          body, yearColumn - 6, true, false, bodySpacing);
                    end("LI");
                    first = false;
                }
                end("L");
                break;
            }
            case ReleaseBlock::Kind::Photo:
                if (addPhoto(block.photo, language, group + 1, maximumPhotoHeight, 12))
                    ++group;
                break;
            }
        }

        if (!release.boilerplate.trimmed().isEmpty()) {
            Item &title = addText(heading(headlineLevel + 1),
                                  text(escaped(release.boilerplateTitle), 10, columnWidth, true), 22);
            title.keepWithNext = true;
            title.outline = release.boilerplateTitle;
            addText("P",
                    text(bodyText(release.boilerplate.trimmed()), 9, columnWidth, false, false, 1.3, justify),
                    4);
        }

        if (!release.contacts.isEmpty()) {
            Item &title = addText(heading(headlineLevel + 1),
                                  text(escaped(language.pressContact()), 10, columnWidth, true), 16);
            title.keepWithNext = true;
            title.outline = language.pressContact();
            for (const ReleaseDocument::PressContact &contact : std::as_const(release.contacts)) {
                QStringList lines = {QStringLiteral("<b>%1</b>").arg(escaped(contact.name))};
                QStringList about = {contact.role, contact.organisation};
                about.removeAll(QString());
                if (!about.isEmpty())
                    lines.append(escaped(about.join(QStringLiteral(", "))));
                for (const ContactChannel &channel : contact.channels)
                    lines.append(
                        escaped(language.channel(channel.kind) + QStringLiteral(": ") + channel.value));
                ++group;
                Item &entry = addText("P", contactText(contact, 9), 6);
                entry.group = group; // a contact is never split across pages
            }
        }
        return group;
    }

    TextSpec contactText(const ReleaseDocument::PressContact &contact, double size)
    {
        const DocumentLanguage &language = isKit ? kit.language : document.language;
        QStringList lines = {QStringLiteral("<b>%1</b>").arg(escaped(contact.name))};
        QStringList about = {contact.role, contact.organisation};
        about.removeAll(QString());
        if (!about.isEmpty())
            lines.append(escaped(about.join(QStringLiteral(", "))));
        for (const QString &line : contact.address)
            lines.append(escaped(line));
        for (const ContactChannel &channel : contact.channels)
            lines.append(escaped(language.channel(channel.kind) + QStringLiteral(": ") + channel.value));
        return text(lines.join(QLatin1Char('\n')), size, columnWidth, false, false, 1.25);
    }

    void pageBreak()
    {
        Item item;
        item.kind = ItemKind::PageBreak;
        items.append(item);
    }

    // A photo with its credit line as one group; false when the data is no picture.
    bool addPhoto(const ReleaseDocument::Photo &photo, const DocumentLanguage &language, int group,
                  double maximumHeight, double spaceBefore)
    {
        // The size from the header: a photo is decoded only when pixels are drawn (preview, print,
        // a PNG in a PDF), so a PDF of ten photos never holds them all decoded.
        QByteArray data = photo.data;
        QBuffer buffer(&data);
        QImageReader reader(&buffer);
        const QSize pixels = reader.size();
        if (!pixels.isValid() || pixels.isEmpty())
            return false;
        Item figure;
        figure.kind = ItemKind::Image;
        figure.tag = "Figure";
        figure.photo = photo.data;
        figure.isJpeg = reader.format() == "jpeg";
        figure.pixels = pixels;
        const double scale = std::min(columnWidth / pixels.width(), maximumHeight / pixels.height());
        figure.width = pixels.width() * scale;
        figure.height = pixels.height() * scale;
        figure.alt = photo.caption.trimmed();
        figure.spaceBefore = spaceBefore;
        figure.group = group;
        items.append(figure);
        Item &caption =
            addText("Caption",
                    text(QStringLiteral("<span foreground=\"#444444\">%1</span>")
                             .arg(escaped(language.photoLine(photo.caption, photo.credit, photo.licence))),
                         8.5, columnWidth, false, false, 1.2),
                    4);
        caption.group = group;
        return true;
    }

    // --- A press kit as items: cover, contents, then each part from a new page ---------------------

    void buildKit()
    {
        const DocumentLanguage &language = kit.language;
        constexpr double body = 10.5;
        constexpr double bodySpacing = 1.3;
        const bool justify = style.justified;
        int group = 0;

        // A sheet on its own (the ZIP's fakten.pdf) starts with its part under the letterhead; the whole
        // kit has a cover and the contents first, and its parts a level below the kit's title.
        const int partLevel = kit.withCover ? 2 : 1;
        if (kit.withCover) {
            // The cover (its letterhead and logo are drawn as artifacts, see drawDecorations).
            addText("P",
                    text(QStringLiteral("<span foreground=\"%1\">%2</span>")
                             .arg(accentName(), escaped(language.pressKit())),
                         14, columnWidth, true),
                    40);
            Item &title = addText("H1", text(escaped(kit.title), 26, columnWidth, true, false, 1.1), 10);
            title.outline = kit.title;
            if (kit.date.isValid())
                addText("P", text(escaped(language.date(kit.date)), 13, columnWidth), 10);
            if (!kit.cover.data.isEmpty())
                addPhoto(kit.cover, language, ++group, 120 * mm, 24);
            pageBreak();

            // The contents: one line per part, its page number filled in once the pages are known.
            begin("TOC");
            Item &contents =
                addText(heading(2), text(escaped(language.contents()), 16, columnWidth, true), 0);
            contents.outline = language.contents();
            for (int part = 0; part < kit.parts.size(); ++part) {
                begin("TOCI");
                Item &entry =
                    addText("P", text(escaped(kit.parts.at(part).title), 12, columnWidth - 40 * mm), 10);
                entry.contentsEntry = part;
                end("TOCI");
            }
            end("TOC");
        }

        for (int part = 0; part < kit.parts.size(); ++part) {
            const KitDocument::Part &content = kit.parts.at(part);
            pageBreak();
            begin("Sect");
            const int firstItem = int(items.size());
            switch (content.kind) {
            case KitPart::Kind::Release:
                group = buildRelease(content.release, partLevel, group);
                break;
            case KitPart::Kind::FactSheet:
                partHeading(content.title, partLevel);
                if (!content.keyFigures.isEmpty()) {
                    Item &glance = addText(heading(partLevel + 1),
                                           text(escaped(language.keyFigures()), 12, columnWidth, true), 12);
                    glance.keepWithNext = true;
                    begin("L");
                    for (const QString &figure : content.keyFigures) {
                        begin("LI");
                        Item &item = addText(
                            "LBody",
                            text(escaped(figure), body, columnWidth - listIndent, false, false, bodySpacing),
                            3, listIndent);
                        item.labelText = text(QStringLiteral("–"), body, listIndent);
                        item.labelX = 3;
                        end("LI");
                    }
                    end("L");
                }
                for (const KitDocument::FactYear &year : content.years) {
                    Item &label = addText(heading(partLevel + 1),
                                          text(QStringLiteral("<span foreground=\"%1\">%2</span>")
                                                   .arg(accentName(), escaped(year.label)),
                                               12, columnWidth, true),
                                          14);
                    label.keepWithNext = true;
                    begin("L");
                    for (const KitDocument::Fact &fact : year.facts) {
                        begin("LI");
                        QString factText = bodyText(fact.title);
                        if (!fact.category.isEmpty())
                            factText += QStringLiteral(" <span foreground=\"#555555\">(%1)</span>")
                                            .arg(escaped(fact.category));
                        Item &item = addText(
                            "LBody", text(factText, body, columnWidth - 38 * mm, false, false, bodySpacing),
                            4, 38 * mm);
                        // A milestone of the year alone needs no date beside the year's heading.
                        if (fact.date != year.label)
                            item.labelText = text(escaped(fact.date), 9, 36 * mm, false, false, bodySpacing);
                        end("LI");
                    }
                    end("L");
                }
                break;
            case KitPart::Kind::Statements:
                partHeading(content.title, partLevel);
                for (const KitDocument::Statement &statement : content.statements) {
                    ++group;
                    begin("BlockQuote");
                    addQuotation(language, statement.text, 14, group);
                    QStringList attribution = {statement.speaker, statement.role};
                    attribution.removeAll(QString());
                    QStringList when = {statement.saidOn, statement.occasion};
                    when.removeAll(QString());
                    QString by = QStringLiteral("– %1").arg(escaped(attribution.join(QStringLiteral(", "))));
                    if (!when.isEmpty())
                        by += QStringLiteral("\n<span foreground=\"#555555\">%1</span>")
                                  .arg(escaped(when.join(QStringLiteral(", "))));
                    Item &attributionItem = addText(
                        "P", text(by, 9.5, columnWidth - quoteIndent, false, false, 1.2), 3, quoteIndent);
                    attributionItem.quoteBar = true;
                    attributionItem.group = group;
                    end("BlockQuote");
                }
                break;
            case KitPart::Kind::Contacts:
                partHeading(content.title, partLevel);
                for (const ReleaseDocument::PressContact &contact : content.contacts) {
                    Item &entry = addText("P", contactText(contact, 10.5), 12);
                    entry.group = ++group;
                }
                break;
            case KitPart::Kind::Photos:
                partHeading(content.title, partLevel);
                for (const ReleaseDocument::Photo &photo : content.photos)
                    addPhoto(photo, language, ++group, 110 * mm, 14);
                break;
            case KitPart::Kind::Text:
                partHeading(content.title, partLevel);
                for (const QString &paragraph :
                     content.text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts))
                    addText("P",
                            text(bodyText(paragraph.trimmed()), body, columnWidth, false, false, bodySpacing,
                                 justify),
                            8);
                break;
            }
            // The part's first heading says where it starts (for the contents and the outline).
            for (int i = firstItem; i < items.size(); ++i) {
                if (items.at(i).tag.startsWith('H')) {
                    items[i].part = part;
                    if (content.kind == KitPart::Kind::Release)
                        items[i].outline = content.release.headline.trimmed();
                    break;
                }
            }
            end("Sect");
        }
    }

    void partHeading(const QString &title, int level)
    {
        Item &item = addText(
            heading(level),
            text(QStringLiteral("<span foreground=\"%1\">%2</span>").arg(accentName(), escaped(title)), 17,
                 columnWidth, true, false, 1.1),
            0);
        item.keepWithNext = true;
        item.outline = title;
    }

    // --- Pagination --------------------------------------------------------------------------------

    static double linesHeight(const Item &item, int first, int count)
    {
        double height = 0;
        for (int i = first; i < first + count && i < item.lines.size(); ++i)
            height += item.lines.at(i).height;
        return height;
    }

    static double itemHeight(const Item &item)
    {
        return item.kind == ItemKind::Image ? item.height : linesHeight(item, 0, int(item.lines.size()));
    }

    // Height of the group starting at index (its items and the space between them).
    double groupHeight(int index) const
    {
        const int group = items.at(index).group;
        double height = itemHeight(items.at(index));
        for (int i = index + 1; i < items.size(); ++i) {
            const Item &item = items.at(i);
            if (item.kind == ItemKind::Begin || item.kind == ItemKind::End)
                continue;
            if (item.group != group)
                break;
            height += item.spaceBefore + itemHeight(item);
        }
        return height;
    }

    // What must follow a heading on the same page: the next text's first two lines (all of a group).
    double keptWithHeading(int index) const
    {
        for (int i = index + 1; i < items.size(); ++i) {
            const Item &item = items.at(i);
            if (item.kind == ItemKind::PageBreak)
                return 0;
            if (item.kind == ItemKind::Begin || item.kind == ItemKind::End)
                continue;
            if (item.group >= 0)
                return item.spaceBefore + groupHeight(i);
            if (item.kind == ItemKind::Image)
                return item.spaceBefore + item.height;
            return item.spaceBefore + linesHeight(item, 0, std::min(2, int(item.lines.size())));
        }
        return 0;
    }

    void paginate()
    {
        pages = {QList<Placement>()};
        double top = isKit && kit.withCover ? kitCoverTop : firstPageTop;
        double y = top;
        const auto newPage = [&] {
            // A structure opened at the foot of a page (a quote, a list) opens on the next one with its
            // content: an empty marked-content sequence would belong to no structure element.
            QList<Placement> carried;
            while (!pages.last().isEmpty() && items.at(pages.last().last().item).kind == ItemKind::Begin)
                carried.prepend(pages.last().takeLast());
            top = nextPageTop;
            y = top;
            for (Placement &placement : carried)
                placement.y = y;
            pages.append(carried);
        };
        const auto atTop = [&] { return y <= top; };
        const double pageRoom = contentBottom - nextPageTop;

        for (int index = 0; index < items.size(); ++index) {
            const Item &item = items.at(index);
            if (item.kind == ItemKind::PageBreak) {
                if (!pages.last().isEmpty())
                    newPage();
                continue;
            }
            if (item.kind == ItemKind::Begin || item.kind == ItemKind::End) {
                pages.last().append({index, 0, 0, y});
                continue;
            }
            const bool startsGroup = item.group >= 0 && [&] {
                for (int i = index - 1; i >= 0; --i) {
                    if (items.at(i).kind == ItemKind::Text || items.at(i).kind == ItemKind::Image)
                        return items.at(i).group != item.group;
                }
                return true;
            }();
            if (startsGroup && !atTop()) {
                const double height = groupHeight(index);
                if (height <= pageRoom && y + item.spaceBefore + height > contentBottom)
                    newPage();
            }
            if (item.keepWithNext && !atTop() &&
                y + item.spaceBefore + itemHeight(item) + keptWithHeading(index) > contentBottom)
                newPage();

            if (item.kind == ItemKind::Image) {
                if (!atTop() && y + item.spaceBefore + item.height > contentBottom)
                    newPage();
                if (!atTop())
                    y += item.spaceBefore;
                pages.last().append({index, 0, 1, y});
                y += item.height;
                continue;
            }

            const int count = int(item.lines.size());
            int next = 0;
            while (next < count) {
                const double space = (next == 0 && !atTop()) ? item.spaceBefore : 0;
                int fit = 0;
                double used = space;
                while (next + fit < count &&
                       y + used + item.lines.at(next + fit).height <= contentBottom + 0.01) {
                    used += item.lines.at(next + fit).height;
                    ++fit;
                }
                const int remaining = count - next;
                int take = fit;
                if (fit < remaining) {
                    if (remaining - take < 2)
                        take = remaining - 2; // no single last line alone at the top of the next page
                    if (take < 2 && !atTop()) {
                        // no single first line alone at the foot of this page
                        newPage();
                        continue;
                    }
                    take = std::max(take, std::min(fit, 1));
                    if (take < 1)
                        take = 1; // a line taller than a page: place it anyway rather than loop
                }
                y += space;
                pages.last().append({index, next, take, y});
                y += linesHeight(item, next, take);
                next += take;
                if (next < count)
                    newPage();
            }
        }
    }

    // Where each of a kit's parts starts, for the contents.
    void findPartPages()
    {
        partFirstPage = QList<int>(isKit ? kit.parts.size() : 0, 0);
        for (int page = 0; page < pages.size(); ++page) {
            for (const Placement &placement : pages.at(page)) {
                const Item &item = items.at(placement.item);
                if (item.part >= 0 && item.part < partFirstPage.size() && placement.firstLine == 0)
                    partFirstPage[item.part] = page;
            }
        }
    }

    // --- Drawing -----------------------------------------------------------------------------------

    struct Tagger
    {
        cairo_t *cr = nullptr;
        bool enabled = false;
        void begin(const char *tag) const
        {
            if (enabled)
                cairo_tag_begin(cr, tag, nullptr);
        }
        void end(const char *tag) const
        {
            if (enabled)
                cairo_tag_end(cr, tag);
        }
    };

    static void setColour(cairo_t *cr, const QColor &colour)
    {
        cairo_set_source_rgb(cr, colour.redF(), colour.greenF(), colour.blueF());
    }

    void showLayout(cairo_t *cr, PangoLayout *made, double x, double y) const
    {
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, made);
    }

    static void paintSurface(cairo_t *cr, cairo_surface_t *surface, QSize pixels, double x, double y,
                             double width, double height)
    {
        cairo_save(cr);
        cairo_translate(cr, x, y);
        cairo_scale(cr, width / pixels.width(), height / pixels.height());
        cairo_set_source_surface(cr, surface, 0, 0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
        cairo_rectangle(cr, 0, 0, pixels.width(), pixels.height());
        cairo_fill(cr);
        cairo_restore(cr);
    }

    static void drawImage(cairo_t *cr, const QImage &image, double x, double y, double width, double height)
    {
        cairo_surface_t *surface =
            cairo_image_surface_create_for_data(const_cast<uchar *>(image.constBits()), CAIRO_FORMAT_ARGB32,
                                                image.width(), image.height(), int(image.bytesPerLine()));
        paintSurface(cr, surface, image.size(), x, y, width, height);
        cairo_surface_destroy(surface);
    }

    // The photo decoded at the size it is needed in, never larger than it is: a 24-megapixel photo for a
    // 100 dpi preview is read straight at a few hundred pixels (the JPEG decoder scales while it reads).
    static QImage decodedAt(const Item &item, QSize wanted)
    {
        QByteArray data = item.photo;
        QBuffer buffer(&data);
        QImageReader reader(&buffer);
        if (wanted.width() < item.pixels.width() && wanted.height() < item.pixels.height())
            reader.setScaledSize(wanted);
        return reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }

    static void drawPhoto(cairo_t *cr, const Item &item, double x, double y)
    {
        const bool pdf = cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF;
        // In a PDF the photo is placed at 300 dpi at its printed size; on a page image or a printer at the
        // device's pixels.
        double deviceWidth = item.width;
        double deviceHeight = item.height;
        if (pdf) {
            deviceWidth = item.width / 72 * 300;
            deviceHeight = item.height / 72 * 300;
        } else {
            cairo_user_to_device_distance(cr, &deviceWidth, &deviceHeight);
        }
        const QSize wanted =
            QSize(int(std::ceil(std::abs(deviceWidth))), int(std::ceil(std::abs(deviceHeight))))
                .boundedTo(item.pixels)
                .expandedTo(QSize(1, 1));
        if (pdf && item.isJpeg) {
            cairo_surface_t *surface = nullptr;
            // At most 10 % more pixels than 300 dpi need: the photographer's file goes in as it is. Larger
            // ones are scaled down and compressed again, one at a time.
            if (item.pixels.width() <= wanted.width() * 1.1) {
                surface =
                    cairo_image_surface_create(CAIRO_FORMAT_A1, item.pixels.width(), item.pixels.height());
                cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG,
                                            reinterpret_cast<const unsigned char *>(item.photo.constData()),
                                            static_cast<unsigned long>(item.photo.size()), nullptr, nullptr);
                paintSurface(cr, surface, item.pixels, x, y, item.width, item.height);
            } else {
                const QImage scaled = decodedAt(item, wanted);
                auto *jpeg = new QByteArray; // cairo writes it when the file is finished, and frees it then
                QBuffer out(jpeg);
                out.open(QIODevice::WriteOnly);
                scaled.save(&out, "JPEG", 90);
                surface = cairo_image_surface_create(CAIRO_FORMAT_A1, scaled.width(), scaled.height());
                cairo_surface_set_mime_data(
                    surface, CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char *>(jpeg->constData()),
                    static_cast<unsigned long>(jpeg->size()),
                    [](void *data) { delete static_cast<QByteArray *>(data); }, jpeg);
                paintSurface(cr, surface, scaled.size(), x, y, item.width, item.height);
            }
            cairo_surface_destroy(surface);
            return;
        }
        if (pdf) { // a PNG: its pixels at 300 dpi, not kept after
            drawImage(cr, decodedAt(item, wanted), x, y, item.width, item.height);
            return;
        }
        if (item.decoded.size() != wanted)
            item.decoded = decodedAt(item, wanted);
        drawImage(cr, item.decoded, x, y, item.width, item.height);
    }

    // The running head's and footer's texts that are the same on every page, laid out once for a whole
    // document rather than once per page.
    struct RunningTexts
    {
        LayoutPtr headline;
        LayoutPtr date;
        LayoutPtr address;
    };
    RunningTexts runningTexts() const
    {
        RunningTexts texts;
        texts.headline = layout(escaped(document.headline.trimmed()), 8, columnWidth * 0.7);
        pango_layout_set_ellipsize(texts.headline.get(), PANGO_ELLIPSIZE_END);
        texts.date = layout(escaped(document.language.date(document.releaseDate)), 8, columnWidth * 0.3);
        pango_layout_set_alignment(texts.date.get(), PANGO_ALIGN_RIGHT);
        // Two lines at most: the sender's whole address, never cut off.
        texts.address = layout(escaped(style.senderLine()), 7.5, columnWidth * 0.78);
        return texts;
    }

    // Letterhead, running header and footer: the same on every export, marked as artifacts.
    void drawDecorations(cairo_t *cr, int page, const Tagger &tagger, const RunningTexts *laidOut) const
    {
        const RunningTexts texts = laidOut ? *laidOut : runningTexts();
        tagger.begin(artifactTag);
        const double right = pageWidth - rightMargin;
        const QColor grey(QStringLiteral("#555555"));
        if (page == 0) {
            setColour(cr, accent);
            showLayout(cr, layout(escaped(style.organisation), 15, columnWidth * 0.7, true).get(), leftMargin,
                       15 * mm);
            setColour(cr, grey);
            showLayout(cr, layout(escaped(style.department), 9.5, columnWidth * 0.7).get(), leftMargin,
                       15 * mm + 21);
            if (!logo.isNull()) {
                const double size = 22 * mm;
                drawImage(cr, logo, right - size, 12 * mm, size,
                          size * logo.height() / std::max(1, logo.width()));
            }
            setColour(cr, accent);
            cairo_set_line_width(cr, 1.2);
            cairo_move_to(cr, leftMargin, 40 * mm);
            cairo_line_to(cr, right, 40 * mm);
            cairo_stroke(cr);
        } else {
            setColour(cr, grey);
            showLayout(cr, texts.headline.get(), leftMargin, 15 * mm);
            showLayout(cr, texts.date.get(), right - columnWidth * 0.3, 15 * mm);
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, leftMargin, 20 * mm);
            cairo_line_to(cr, right, 20 * mm);
            cairo_stroke(cr);
        }
        if (isKit && kit.withCover && page == 0) { // a cover has no footer
            tagger.end(artifactTag);
            return;
        }
        setColour(cr, grey);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, leftMargin, footerRuleY);
        cairo_line_to(cr, right, footerRuleY);
        cairo_stroke(cr);
        showLayout(cr, texts.address.get(), leftMargin, footerRuleY + 3 * mm);
        LayoutPtr number =
            layout(escaped(document.language.pageOf(page + 1, int(pages.size()))), 7.5, columnWidth * 0.2);
        pango_layout_set_alignment(number.get(), PANGO_ALIGN_RIGHT);
        showLayout(cr, number.get(), right - columnWidth * 0.2, footerRuleY + 3 * mm);
        tagger.end(artifactTag);
    }

    // Draws a page's items; returns the headings it placed (for the outline) with their positions.
    struct PlacedHeading
    {
        QString title;
        QByteArray tag;
        double y;
    };
    // A link annotation over the link's text on this page (cairo writes it with a Link structure element);
    // the link's text is kept for the annotation's description.
    static void drawLink(cairo_t *cr, const Item &item, const Placement &placement, double x,
                         const LinkSpan &link, QStringList *linkTexts)
    {
        QString rects;
        const double firstTop = item.lines.at(placement.firstLine).top;
        for (int i = placement.firstLine; i < placement.firstLine + placement.lineCount; ++i) {
            const Line &line = item.lines.at(i);
            const int lineStart = line.line->start_index;
            const int lineEnd = lineStart + line.line->length;
            const int start = std::max(link.start, lineStart);
            const int end = std::min(link.end, lineEnd);
            if (start >= end)
                continue;
            int *ranges = nullptr;
            int count = 0;
            pango_layout_line_get_x_ranges(line.line, start, end, &ranges, &count);
            for (int r = 0; r < count; ++r) {
                const double left = x + double(ranges[2 * r]) / PANGO_SCALE;
                const double width = double(ranges[2 * r + 1] - ranges[2 * r]) / PANGO_SCALE;
                rects += QStringLiteral("%1 %2 %3 %4 ")
                             .arg(left, 0, 'f', 2)
                             .arg(placement.y + (line.top - firstTop), 0, 'f', 2)
                             .arg(width, 0, 'f', 2)
                             .arg(line.height, 0, 'f', 2);
            }
            g_free(ranges);
        }
        if (rects.isEmpty())
            return;
        QString uri = link.uri;
        uri.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        const QByteArray attributes = QStringLiteral("rect=[%1] uri='%2'").arg(rects.trimmed(), uri).toUtf8();
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.constData());
        cairo_tag_end(cr, CAIRO_TAG_LINK);
        if (linkTexts)
            linkTexts->append(link.text.trimmed().isEmpty() ? link.uri : link.text.trimmed());
    }

    QList<PlacedHeading> drawPage(cairo_t *cr, int page, const Tagger &tagger,
                                  QStringList *linkTexts = nullptr,
                                  const RunningTexts *laidOut = nullptr) const
    {
        drawDecorations(cr, page, tagger, laidOut);
        QList<PlacedHeading> headings;
        for (const Placement &placement : pages.at(page)) {
            const Item &item = items.at(placement.item);
            const QByteArray &tag = item.tag;
            switch (item.kind) {
            case ItemKind::Begin:
                tagger.begin(tag.constData());
                break;
            case ItemKind::End:
                tagger.end(tag.constData());
                break;
            case ItemKind::PageBreak:
                break;
            case ItemKind::Image:
                tagger.begin(tag.constData());
                drawPhoto(cr, item, leftMargin + item.x, placement.y);
                tagger.end(tag.constData());
                break;
            case ItemKind::Text: {
                const double x = leftMargin + item.x;
                const double firstTop = item.lines.at(placement.firstLine).top;
                const double height = linesHeight(item, placement.firstLine, placement.lineCount);
                if (item.background.isValid() || item.quoteBar) {
                    tagger.begin(artifactTag);
                    if (item.background.isValid()) {
                        setColour(cr, item.background);
                        cairo_rectangle(cr, x - 8, placement.y - 5, columnWidth - item.x + 8, height + 10);
                    } else {
                        setColour(cr, accent);
                        cairo_rectangle(cr, leftMargin, placement.y, 2.5, height);
                    }
                    cairo_fill(cr);
                    tagger.end(artifactTag);
                }
                if (placement.firstLine == 0) {
                    if (!item.outline.isEmpty())
                        headings.append({item.outline, tag, placement.y});
                    if (item.label) {
                        tagger.begin("Lbl");
                        setColour(cr, Qt::black);
                        showLayout(cr, item.label.get(), leftMargin + item.labelX, placement.y);
                        tagger.end("Lbl");
                    }
                }
                // Each page's part of a paragraph is an element of its own: cairo 1.16 records one page per
                // structure element and loses the marked content of the earlier page otherwise. The part on
                // the later page is marked as a continuation; the finisher joins it to the first part.
                const char *const partTag = placement.firstLine > 0 ? kContinuationTag : tag.constData();
                tagger.begin(partTag);
                setColour(cr, Qt::black);
                for (int i = placement.firstLine; i < placement.firstLine + placement.lineCount; ++i) {
                    const Line &line = item.lines.at(i);
                    cairo_move_to(cr, x + line.x, placement.y + (line.top - firstTop) + line.baseline);
                    pango_cairo_show_layout_line(cr, line.line);
                }
                if (item.contentsEntry >= 0 && item.contentsEntry < partFirstPage.size()) {
                    LayoutPtr number =
                        layout(QString::number(partFirstPage.at(item.contentsEntry) + 1), 12, 30 * mm);
                    pango_layout_set_alignment(number.get(), PANGO_ALIGN_RIGHT);
                    showLayout(cr, number.get(), pageWidth - rightMargin - 30 * mm, placement.y);
                }
                tagger.end(partTag);
                // Beside the paragraph, not in it: cairo 1.16 marks the content of leaf elements only, so a
                // Link inside a P would leave the P's text unmarked.
                if (tagger.enabled) {
                    for (const LinkSpan &link : item.links)
                        drawLink(cr, item, placement, x, link, linkTexts);
                }
                break;
            }
            }
        }
        return headings;
    }
};

ReleasePages::ReleasePages(std::unique_ptr<Private> data)
    : d(std::move(data))
{
}

ReleasePages::ReleasePages(ReleasePages &&other) noexcept = default;
ReleasePages &ReleasePages::operator=(ReleasePages &&other) noexcept = default;
ReleasePages::~ReleasePages() = default;

Result<ReleasePages> ReleasePages::layOut(const ReleaseDocument &document, const HouseStyle &style,
                                          const Options &options)
{
    return layOut(document, nullptr, style, options);
}

Result<ReleasePages> ReleasePages::layOutKit(const KitDocument &kit, const HouseStyle &style,
                                             const Options &options)
{
    // The kit's title and date head every page after the cover, as a release's headline does.
    ReleaseDocument heading;
    heading.language = kit.language;
    heading.headline = kit.title;
    heading.releaseDate = kit.date;
    heading.keywords = kit.keywords;
    heading.lead = kit.language.pressKit() + QStringLiteral(": ") + kit.title;
    return layOut(heading, &kit, style, options);
}

namespace {
// Below a few pages a second thread costs more (its own fonts to load) than it saves.
constexpr qsizetype parallelFrom = 20000;

qsizetype textSizeOf(const ReleaseDocument &release)
{
    qsizetype size = release.headline.size() + release.lead.size() + release.boilerplate.size();
    for (const ReleaseDocument::Block &block : release.blocks) {
        size += plainText(block.runs).size() + block.quoteText.size();
        for (const TextRuns &entry : block.items)
            size += plainText(entry).size();
        for (const ReleaseDocument::YearEntry &year : block.years) {
            for (const QString &title : year.titles)
                size += title.size();
        }
    }
    return size;
}

qsizetype textSizeOf(const ReleaseDocument &document, const KitDocument *kit)
{
    if (!kit)
        return textSizeOf(document);
    qsizetype size = 0;
    for (const KitDocument::Part &part : kit->parts) {
        size += textSizeOf(part.release) + part.text.size();
        for (const KitDocument::Statement &statement : part.statements)
            size += statement.text.size();
        for (const KitDocument::FactYear &year : part.years)
            size += 40 * year.facts.size();
    }
    return size;
}
} // namespace

Result<ReleasePages> ReleasePages::layOut(const ReleaseDocument &document, const KitDocument *kit,
                                          const HouseStyle &style, const Options &options)
{
    if (Result<void> valid = style.validate(); !valid)
        return valid.error();

    auto d = std::make_unique<Private>();
    d->document = document;
    if (kit) {
        d->isKit = true;
        d->kit = *kit;
    }
    d->style = style;
    d->options = options;
    d->accent = QColor(style.accentColour);
    // A long document is laid out on two threads. While this thread finds the font, builds the items and
    // makes every font they use, the helper indexes the hyphenation patterns; then it makes its own fonts
    // (not at the same time as this thread: see collectFontUses) while this thread starts laying out, and
    // both take the next text not yet taken until none is left.
    Private *data = d.get();
    std::promise<void> fontsMade;
    std::atomic<bool> abandoned{false};
    std::thread helper;
    if (options.threads >= 2 && textSizeOf(document, kit) >= parallelFrom) {
        data->lanes = 2;
        try {
            helper = std::thread(
                [data, hyphenate = options.hyphenate, ready = fontsMade.get_future(), &abandoned] {
                    if (hyphenate)
                        Hyphenator::isAvailable();
                    ready.wait();
                    if (abandoned)
                        return;
                    data->helperFontMap = pango_cairo_font_map_new();
                    data->helperContext = Private::newContext(data->helperFontMap, data->document.language);
                    data->loadFonts(data->helperContext);
                    data->measureShare(data->helperContext);
                });
        } catch (const std::system_error &) {
            data->lanes = 1; // no thread to be had: all on this one
        }
    }
    // Should this end early (no font) or anything below throw (memory), the helper is released and joined
    // on the way out: a thread left joinable would end the program.
    struct JoinOnExit
    {
        std::thread &thread;
        std::atomic<bool> &abandoned;
        std::promise<void> &fontsMade;
        ~JoinOnExit()
        {
            if (!thread.joinable())
                return;
            abandoned = true;
            try {
                fontsMade.set_value();
            } catch (const std::future_error &) { // already set: the helper is past that point
            }
            thread.join();
        }
    } joinOnExit{helper, abandoned, fontsMade};

    Result<QString> family = FontCheck::resolve(style);
    if (!family)
        return family.error();
    d->family = *family;

    d->fontMap = pango_cairo_font_map_new();
    d->context = Private::newContext(d->fontMap, document.language);

    if (!style.logo.isEmpty()) {
        QSvgRenderer svg(style.logo);
        if (svg.isValid()) {
            const QSize size = svg.defaultSize().scaled(600, 600, Qt::KeepAspectRatio);
            QImage logo(size, QImage::Format_ARGB32_Premultiplied);
            logo.fill(Qt::transparent);
            QPainter painter(&logo);
            svg.render(&painter);
            painter.end();
            d->logo = logo;
        } else {
            d->logo = QImage::fromData(style.logo).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        }
    }

    if (d->isKit)
        d->buildKit();
    else
        d->build();
    if (d->lanes == 2) {
        d->collectFontUses();
        d->loadFonts(d->context);
        fontsMade.set_value();
    }
    d->measureShare(d->context);
    if (helper.joinable())
        helper.join();
    d->paginate();
    d->findPartPages();
    return ReleasePages(std::move(d));
}

QList<QList<ReleasePages::PlacedText>> ReleasePages::pagePlan() const
{
    QList<QList<PlacedText>> plan;
    for (const QList<Placement> &page : std::as_const(d->pages)) {
        QList<PlacedText> placed;
        for (const Placement &placement : page) {
            const Item &item = d->items.at(placement.item);
            if (item.kind == ItemKind::Begin || item.kind == ItemKind::End)
                continue;
            PlacedText text;
            text.tag = item.tag;
            text.item = placement.item;
            text.firstLine = placement.firstLine;
            text.lineCount = placement.lineCount;
            text.totalLines = item.kind == ItemKind::Image ? 1 : int(item.lines.size());
            text.group = item.group;
            text.text = item.layout ? QString::fromUtf8(pango_layout_get_text(item.layout.get())) : item.alt;
            if (item.kind != ItemKind::Image) {
                for (int line = placement.firstLine;
                     line < placement.firstLine + placement.lineCount && line < item.lines.size(); ++line)
                    text.lineStarts.append(item.lines.at(line).line->start_index);
            }
            placed.append(text);
        }
        plan.append(placed);
    }
    return plan;
}

int ReleasePages::pageCount() const
{
    return int(d->pages.size());
}

int ReleasePages::layoutThreads() const
{
    return d->lanes;
}

QString ReleasePages::fontFamily() const
{
    return d->family;
}

void ReleasePages::draw(cairo_t *cr, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    d->drawPage(cr, page, Private::Tagger{cr, false});
}

QImage ReleasePages::pageImage(int page, double dotsPerInch) const
{
    return drawnImage(pageWidth, pageHeight, dotsPerInch, [this, page](cairo_t *cr) { draw(cr, page); });
}

namespace {
// Cairo writes a page's content in pieces of a few bytes each (a million for a long release): they are
// copied into room made in large steps, without QByteArray::append()'s checks for every piece.
struct PdfStream
{
    QByteArray bytes;
    qsizetype used = 0;

    static cairo_status_t write(void *closure, const unsigned char *data, unsigned int length)
    {
        auto *stream = static_cast<PdfStream *>(closure);
        if (stream->used + qsizetype(length) > stream->bytes.size())
            stream->bytes.resize(
                std::max(2 * stream->bytes.size(), stream->used + qsizetype(length) + 65536));
        std::memcpy(stream->bytes.data() + stream->used, data, length);
        stream->used += qsizetype(length);
        return CAIRO_STATUS_SUCCESS;
    }

    QByteArray take()
    {
        bytes.truncate(used);
        bytes.squeeze();
        return std::move(bytes);
    }
};

QString firstSentence(const QString &text)
{
    const QString trimmed = text.simplified();
    // A sentence ends at ". ", "! " or "? " followed by a capital, not after "Dr." or "z. B." alone.
    for (qsizetype i = 0; i + 2 < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
            trimmed.at(i + 1) == QLatin1Char(' ') && trimmed.at(i + 2).isUpper() && i > 12)
            return trimmed.left(i + 1);
    }
    return trimmed;
}
} // namespace

// What cairo wrote and what libqpdf is to add to it.
struct ReleasePages::DrawnPdf
{
    QByteArray raw;
    PdfFinisher::Description description;
};

Result<QByteArray> ReleasePages::pdf(const PdfOptions &options) const &
{
    Result<DrawnPdf> drawn = drawPdf(options);
    if (!drawn)
        return drawn.error();
    return PdfFinisher::finish(drawn->raw, drawn->description);
}

Result<QByteArray> ReleasePages::pdf(const PdfOptions &options) &&
{
    Result<DrawnPdf> drawn = drawPdf(options);
    d.reset();
    if (!drawn)
        return drawn.error();
    return PdfFinisher::finish(drawn->raw, drawn->description);
}

Result<ReleasePages::DrawnPdf> ReleasePages::drawPdf(const PdfOptions &options) const
{
    PdfStream stream;
    cairo_surface_t *surface =
        cairo_pdf_surface_create_for_stream(PdfStream::write, &stream, pageWidth, pageHeight);
    cairo_t *cr = cairo_create(surface);
    const Private::Tagger tagger{cr, true};
    QStringList linkTexts; // in the order the annotations are drawn
    tagger.begin("Document");
    struct Entry
    {
        QString title;
        QByteArray tag;
        int page;
        double y;
    };
    QList<Entry> outline;
    const Private::RunningTexts runningTexts = d->runningTexts();
    for (int page = 0; page < pageCount(); ++page) {
        cairo_pdf_surface_set_page_label(surface, QByteArray::number(page + 1).constData());
        const QList<Private::PlacedHeading> headings =
            d->drawPage(cr, page, tagger, &linkTexts, &runningTexts);
        for (const Private::PlacedHeading &heading : headings)
            outline.append({heading.title, heading.tag, page + 1, heading.y});
        if (page + 1 == pageCount())
            tagger.end("Document");
        cairo_show_page(cr);
    }
    // The outline follows the headings: a release's headline with its subheadings, boilerplate and
    // Pressekontakt beneath it; a kit's title with its parts, and a release part's subheadings below that.
    int parents[7] = {CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                      CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                      CAIRO_PDF_OUTLINE_ROOT};
    for (const Entry &entry : std::as_const(outline)) {
        const int level = std::clamp(entry.tag.mid(1).toInt(), 1, 6);
        const QByteArray destination =
            QStringLiteral("page=%1 pos=[%2 %3]").arg(entry.page).arg(leftMargin).arg(entry.y).toLatin1();
        const int id =
            cairo_pdf_surface_add_outline(surface, parents[level - 1], entry.title.toUtf8().constData(),
                                          destination.constData(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
        for (int deeper = level; deeper < 7; ++deeper)
            parents[deeper] = id;
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return makeError(
            Error::Kind::Internal,
            tr("The PDF could not be drawn: %1").arg(QString::fromUtf8(cairo_status_to_string(status))));

    PdfFinisher::Description description;
    description.title = d->document.headline.trimmed(); // a kit's title, for a kit
    description.author = d->style.organisation.trimmed();
    description.subject = firstSentence(d->document.lead);
    description.keywords = d->document.keywords;
    description.language = d->document.language.tagCode();
    description.producer = options.producer;
    description.created = QDateTime::currentDateTimeUtc();
    for (const Item &item : std::as_const(d->items)) {
        if (item.kind == ItemKind::Image)
            description.figureAlternatives.append(item.alt);
    }
    description.linkDescriptions = linkTexts;
    description.privateArtifactTag = artifactTag;
    description.continuationTag = kContinuationTag;
    description.pdfa = options.pdfa;
    return DrawnPdf{stream.take(), description};
}

} // namespace pressdesk
