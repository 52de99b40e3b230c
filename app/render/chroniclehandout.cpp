#include "chroniclehandout.h"

#include "cairoimage.h"
#include "fontcheck.h"
#include "pdfartifacts.h"
#include "pdffinisher.h"

#include <QColor>
#include <QSizeF>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace pressdesk {

namespace {

constexpr double mm = 72.0 / 25.4;

struct LayoutFree
{
    void operator()(PangoLayout *layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutFree>;

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

void setColour(cairo_t *cr, const QColor &colour)
{
    cairo_set_source_rgb(cr, colour.redF(), colour.greenF(), colour.blueF());
}

// Everything placed on the page at one type size; fits says whether it all stayed inside.
struct Plan
{
    struct Label
    {
        int entry;
        int lane; // 1, 2 … above the axis; -1, -2 … below
        double x;
        double width;
    };
    double size = 9;
    QList<Label> labels;
    int lanes = 0; // on each side
    int listColumns = 2;
    double listRowHeight = 0;
    bool fits = false;
};

class Drawer
{
public:
    Drawer(ChronicleDocument chronicle, const HouseStyle &style, const QString &family, double width,
           double height)
        : m_chronicle(std::move(chronicle))
        , m_style(style)
        , m_family(family)
        , m_width(width)
        , m_height(height)
        , m_scale(width / (297 * mm))
    {
        m_fontMap = pango_cairo_font_map_new();
        m_context = pango_font_map_create_context(m_fontMap);
        pango_cairo_context_set_resolution(m_context, 72);
        cairo_font_options_t *options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(m_context, options);
        cairo_font_options_destroy(options);
    }
    ~Drawer()
    {
        g_object_unref(m_context);
        g_object_unref(m_fontMap);
    }

    Layout text(const QString &content, double size, bool bold = false, double width = -1) const
    {
        Layout layout(pango_layout_new(m_context));
        PangoFontDescription *font = pango_font_description_new();
        pango_font_description_set_family(font, m_family.toUtf8().constData());
        pango_font_description_set_size(font, int(std::lround(size * PANGO_SCALE)));
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout.get(), font);
        pango_font_description_free(font);
        if (width > 0) {
            pango_layout_set_width(layout.get(), int(std::lround(width * PANGO_SCALE)));
            pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        }
        const QByteArray utf8 = content.toUtf8();
        pango_layout_set_text(layout.get(), utf8.constData(), int(utf8.size()));
        return layout;
    }

    static QSizeF sizeOf(PangoLayout *layout)
    {
        int width = 0;
        int height = 0;
        pango_layout_get_size(layout, &width, &height);
        return {double(width) / PANGO_SCALE, double(height) / PANGO_SCALE};
    }

    const ChronicleDocument &chronicle() const { return m_chronicle; }
    double margin() const { return 14 * mm * m_scale; }
    double axisLeft() const { return margin() + 4 * m_scale; }
    double axisRight() const { return m_width - margin() - 4 * m_scale; }
    double xOf(double years) const
    {
        const double first = m_chronicle.firstYear;
        const double span = std::max(1, m_chronicle.lastYear + 1 - m_chronicle.firstYear);
        return axisLeft() + (years - first) / span * (axisRight() - axisLeft());
    }
    double graphicTop() const { return 40 * mm * m_scale; }
    double graphicBottom() const { return m_height * 0.56; }
    double axisY() const { return (graphicTop() + graphicBottom()) / 2; }
    double listTop() const { return graphicBottom() + 8 * mm * m_scale; }
    double listBottom() const { return m_height - margin() - 6 * m_scale; }

    // Labels into lanes, nearest the axis first, alternating above and below; the list into columns.
    Plan plan(double size) const
    {
        Plan result;
        result.size = size;
        const double laneHeight = size * 1.45;
        const int maximumLanes = int((axisY() - graphicTop() - 10 * m_scale) / laneHeight);
        QList<double> rightEdge; // per lane, index 2k: above k+1, 2k+1: below k+1
        const double gap = 4 * m_scale;
        bool overlapped = false;
        for (int i = 0; i < m_chronicle.entries.size(); ++i) {
            const ChronicleDocument::Entry &entry = m_chronicle.entries.at(i);
            const Layout label = text(entry.title, size);
            const double width = sizeOf(label.get()).width();
            double x = xOf(entry.start) - 2 * m_scale;
            x = std::min(x, axisRight() - width); // the last labels end at the axis' end
            int chosen = -1;
            for (int lane = 0; lane < 2 * maximumLanes; ++lane) {
                if (lane >= rightEdge.size())
                    rightEdge.append(-1e9);
                if (rightEdge.at(lane) + gap <= x) {
                    chosen = lane;
                    break;
                }
            }
            if (chosen < 0) {
                overlapped = true;
                chosen = int(std::min_element(rightEdge.cbegin(), rightEdge.cend()) - rightEdge.cbegin());
            }
            rightEdge[chosen] = x + width;
            const int lane = chosen % 2 == 0 ? chosen / 2 + 1 : -(chosen / 2 + 1);
            result.lanes = std::max(result.lanes, std::abs(lane));
            result.labels.append({i, lane, x, width});
        }
        // The list: rows of "date  title (category)" in columns, as many columns as the paper allows.
        result.listColumns = m_width > 1000 ? 3 : 2;
        result.listRowHeight = size * 1.35;
        const int rows = int(std::ceil(double(m_chronicle.entries.size()) / result.listColumns));
        const bool listFits = listTop() + size * 1.6 + rows * result.listRowHeight <= listBottom();
        result.fits = !overlapped && listFits;
        return result;
    }

    QString alternative() const
    {
        const bool german = m_chronicle.language.code() == QLatin1String("de");
        return (german
                    ? QStringLiteral("Zeitleiste %1 mit %2 Meilensteinen; die Liste darunter nennt sie alle.")
                    : QStringLiteral("Timeline %1 with %2 milestones; the list below names them all."))
            .arg(m_chronicle.language.yearRange(m_chronicle.firstYear, m_chronicle.lastYear))
            .arg(m_chronicle.entries.size());
    }

    void draw(cairo_t *cr, const Plan &plan) const
    {
        const QColor accent(m_style.accentColour);
        const QColor grey(QStringLiteral("#555555"));
        const double size = plan.size;
        const auto show = [cr](PangoLayout *layout, double x, double y) {
            cairo_move_to(cr, x, y);
            pango_cairo_show_layout(cr, layout);
        };
        cairo_tag_begin(cr, "Document", nullptr);

        // Title and organisation.
        cairo_tag_begin(cr, "H1", nullptr);
        setColour(cr, accent);
        show(text(m_chronicle.title, 20 * m_scale, true).get(), margin(), margin());
        cairo_tag_end(cr, "H1");
        cairo_tag_begin(cr, "P", nullptr);
        setColour(cr, grey);
        show(text(m_chronicle.organisation, 10 * m_scale).get(), margin(), margin() + 27 * m_scale);
        cairo_tag_end(cr, "P");

        // The legend, in one row at the right of the title.
        cairo_tag_begin(cr, "L", nullptr);
        double legendX = m_width - margin();
        QList<QPair<double, int>> placed;
        for (int i = int(m_chronicle.categories.size()) - 1; i >= 0; --i) {
            const Layout name = text(m_chronicle.categories.at(i).name, 8.5 * m_scale);
            legendX -= sizeOf(name.get()).width() + 16 * m_scale;
            placed.prepend({legendX, i});
        }
        for (const auto &[x, index] : placed) {
            const ChronicleDocument::Category &category = m_chronicle.categories.at(index);
            cairo_tag_begin(cr, "LI", nullptr);
            cairo_tag_begin(cr, kPrivateArtifactTag, nullptr);
            setColour(cr, QColor(category.colour));
            cairo_arc(cr, x + 4 * m_scale, margin() + 31 * m_scale, 3.5 * m_scale, 0, 2 * M_PI);
            cairo_fill(cr);
            cairo_tag_end(cr, kPrivateArtifactTag);
            cairo_tag_begin(cr, "LBody", nullptr);
            setColour(cr, Qt::black);
            show(text(category.name, 8.5 * m_scale).get(), x + 10 * m_scale, margin() + 25.5 * m_scale);
            cairo_tag_end(cr, "LBody");
            cairo_tag_end(cr, "LI");
        }
        cairo_tag_end(cr, "L");

        // The graphic: axis with years, a dot or bar per milestone, labels in their lanes.
        cairo_tag_begin(cr, "Figure", nullptr);
        const double axis = axisY();
        const double laneHeight = size * 1.45;
        setColour(cr, grey);
        cairo_set_line_width(cr, 1.2 * m_scale);
        cairo_move_to(cr, axisLeft(), axis);
        cairo_line_to(cr, axisRight(), axis);
        cairo_stroke(cr);
        for (int year = m_chronicle.firstYear; year <= m_chronicle.lastYear + 1; ++year) {
            const double x = xOf(year);
            cairo_set_line_width(cr, 0.8 * m_scale);
            cairo_move_to(cr, x, axis - 4 * m_scale);
            cairo_line_to(cr, x, axis + 4 * m_scale);
            cairo_stroke(cr);
        }
        auto labelTop = [&](const Plan::Label &label) {
            return label.lane > 0 ? axis - 14 * m_scale - label.lane * laneHeight
                                  : axis + 14 * m_scale + (-label.lane - 1) * laneHeight + 6 * m_scale;
        };
        for (const Plan::Label &label : plan.labels) {
            const ChronicleDocument::Entry &entry = m_chronicle.entries.at(label.entry);
            const double x = xOf(entry.start);
            const double top = labelTop(label);
            setColour(cr, QColor(entry.colour));
            cairo_set_line_width(cr, 0.6 * m_scale);
            cairo_move_to(cr, x, axis);
            cairo_line_to(cr, x, label.lane > 0 ? top + size * 1.2 : top);
            cairo_stroke(cr);
            if (entry.end > entry.start) {
                cairo_set_line_width(cr, 4 * m_scale);
                cairo_move_to(cr, x, axis - 3 * m_scale);
                cairo_line_to(cr, xOf(entry.end), axis - 3 * m_scale);
                cairo_stroke(cr);
            }
            cairo_arc(cr, x, axis, 3 * m_scale, 0, 2 * M_PI);
            cairo_fill(cr);
        }
        // Labels after all lines, each on a white ground: a line on its way to a label further out
        // passes behind the years and the labels nearer the axis instead of striking through them.
        auto onWhite = [&](const Layout &layout, double x, double y) {
            const QSizeF extent = sizeOf(layout.get());
            setColour(cr, Qt::white);
            cairo_rectangle(cr, x - 1.5 * m_scale, y, extent.width() + 3 * m_scale, extent.height());
            cairo_fill(cr);
        };
        for (int year = m_chronicle.firstYear; year <= m_chronicle.lastYear; ++year) {
            const Layout label = text(QString::number(year), 8 * m_scale, true);
            const double x = (xOf(year) + xOf(year + 1)) / 2 - sizeOf(label.get()).width() / 2;
            onWhite(label, x, axis + 5 * m_scale);
            setColour(cr, grey);
            show(label.get(), x, axis + 5 * m_scale);
        }
        for (const Plan::Label &label : plan.labels) {
            const ChronicleDocument::Entry &entry = m_chronicle.entries.at(label.entry);
            const Layout title = text(entry.title, size);
            const double top = labelTop(label);
            onWhite(title, label.x, top);
            setColour(cr, Qt::black);
            show(title.get(), label.x, top);
        }
        cairo_tag_end(cr, "Figure");

        // The dated list: every milestone with its date and category.
        cairo_tag_begin(cr, "L", nullptr);
        const int columns = plan.listColumns;
        const int rows = int(std::ceil(double(m_chronicle.entries.size()) / columns));
        const double columnWidth = (m_width - 2 * margin()) / columns;
        double dateWidth = 0; // the longest date, so that none is cut
        for (const ChronicleDocument::Entry &entry : m_chronicle.entries)
            dateWidth = std::max(dateWidth, sizeOf(text(entry.date, size * 0.92, true).get()).width());
        dateWidth = std::min(dateWidth + 8 * m_scale, columnWidth * 0.4);
        for (int i = 0; i < m_chronicle.entries.size(); ++i) {
            const ChronicleDocument::Entry &entry = m_chronicle.entries.at(i);
            const double x = margin() + (i / rows) * columnWidth;
            const double y = listTop() + (i % rows) * plan.listRowHeight;
            cairo_tag_begin(cr, "LI", nullptr);
            cairo_tag_begin(cr, "Lbl", nullptr);
            setColour(cr, QColor(entry.colour));
            show(text(entry.date, size * 0.92, true, dateWidth - 4).get(), x, y);
            cairo_tag_end(cr, "Lbl");
            cairo_tag_begin(cr, "LBody", nullptr);
            setColour(cr, Qt::black);
            // With one category the legend already names it; repeating it on every line is noise.
            const QString line = entry.category.isEmpty() || m_chronicle.categories.size() < 2
                                     ? entry.title
                                     : QStringLiteral("%1 (%2)").arg(entry.title, entry.category);
            show(text(line, size, false, columnWidth - dateWidth - 8 * m_scale).get(), x + dateWidth, y);
            cairo_tag_end(cr, "LBody");
            cairo_tag_end(cr, "LI");
        }
        cairo_tag_end(cr, "L");

        // The sender at the foot, as an artifact.
        cairo_tag_begin(cr, kPrivateArtifactTag, nullptr);
        setColour(cr, grey);
        show(text(m_style.senderLine(), 7 * m_scale, false, m_width - 2 * margin()).get(), margin(),
             m_height - margin());
        cairo_tag_end(cr, kPrivateArtifactTag);
        cairo_tag_end(cr, "Document");
    }

private:
    ChronicleDocument m_chronicle;
    const HouseStyle &m_style;
    QString m_family;
    double m_width;
    double m_height;
    double m_scale;
    PangoFontMap *m_fontMap = nullptr;
    PangoContext *m_context = nullptr;
};

} // namespace

namespace {
// The largest type size at which every label finds a free place and the list fits below.
Plan bestPlan(const Drawer &drawer, double width)
{
    Plan plan;
    for (double size = 9 * width / (297 * mm); size >= 4.5; size -= 0.5) {
        plan = drawer.plan(size);
        if (plan.fits)
            break;
    }
    return plan;
}
} // namespace

namespace {
// The page laid out once, whatever it is drawn onto: the paper, the fonts checked, the type size found.
struct Page
{
    double width = 0;
    double height = 0;
    std::unique_ptr<Drawer> drawer;
    Plan plan;
};

Result<Page> prepare(const ChronicleDocument &chronicle, const HouseStyle &style,
                     const ChronicleHandout::Options &options)
{
    if (Result<void> valid = style.validate(); !valid)
        return valid.error();
    Result<QString> family = FontCheck::resolve(style);
    if (!family)
        return family.error();
    ChronicleDocument document = chronicle;
    if (document.organisation.isEmpty())
        document.organisation = style.organisation;
    Page page;
    const bool a3 = options.paper == ChronicleHandout::Paper::A3;
    page.width = (a3 ? 420 : 297) * mm;
    page.height = (a3 ? 297 : 210) * mm;
    page.drawer = std::make_unique<Drawer>(std::move(document), style, *family, page.width, page.height);
    page.plan = bestPlan(*page.drawer, page.width);
    return page;
}
} // namespace

Result<QImage> ChronicleHandout::pageImage(const ChronicleDocument &chronicle, const HouseStyle &style,
                                           const Options &options, double dotsPerInch)
{
    Result<Page> page = prepare(chronicle, style, options);
    if (!page)
        return page.error();
    return drawnImage(page->width, page->height, dotsPerInch, [&page](cairo_t *cr) {
        page->drawer->draw(cr, page->plan); // structure tags do nothing on an image
    });
}

Result<QByteArray> ChronicleHandout::pdf(const ChronicleDocument &chronicle, const HouseStyle &style,
                                         const Options &options)
{
    Result<Page> page = prepare(chronicle, style, options);
    if (!page)
        return page.error();
    const double width = page->width;
    const double height = page->height;
    const Drawer &drawer = *page->drawer;
    const Plan &plan = page->plan;

    QByteArray raw;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, &raw, width, height);
    cairo_t *cr = cairo_create(surface);
    cairo_pdf_surface_set_page_label(surface, "1");
    drawer.draw(cr, plan);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return makeError(Error::Kind::Internal, tr("The chronicle could not be drawn: %1")
                                                    .arg(QString::fromUtf8(cairo_status_to_string(status))));

    PdfFinisher::Description description;
    description.title = drawer.chronicle().title;
    description.author = style.organisation;
    description.subject = drawer.alternative();
    description.language = drawer.chronicle().language.tagCode();
    description.producer = options.producer;
    description.created = QDateTime::currentDateTimeUtc();
    description.figureAlternatives = {drawer.alternative()};
    description.privateArtifactTag = kPrivateArtifactTag;
    return PdfFinisher::finish(raw, description);
}

} // namespace pressdesk
