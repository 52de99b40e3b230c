#include "render/pdfaccessibilitycheck.h"
#include "render/pdfartifacts.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <string>

using namespace pressdesk;

// The structural PDF/UA check on PDFs drawn as the export draws them: cairo 1.16 with tags, pango for the
// text, then fixed up with libqpdf (/Lang, /ViewerPreferences, /Alt). Each broken document differs from the
// good one in one respect and must fail with exactly the problem that names it.
namespace {

cairo_status_t appendToByteArray(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

void showText(cairo_t *cr, const char *text, double y)
{
    PangoLayout *layout = pango_cairo_create_layout(cr);
    PangoFontDescription *font = pango_font_description_from_string("DejaVu Sans 12");
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text, -1);
    cairo_move_to(cr, 72, y);
    pango_cairo_show_layout(cr, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
}

void tagged(cairo_t *cr, const char *tag, const std::function<void()> &draw)
{
    cairo_tag_begin(cr, tag, "");
    draw();
    cairo_tag_end(cr, tag);
}

// A photo: an image XObject painted with Do.
void paintPhoto(cairo_t *cr, double y)
{
    cairo_surface_t *photo = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 16, 12);
    cairo_t *photoCr = cairo_create(photo);
    cairo_set_source_rgb(photoCr, 0.2, 0.5, 0.8);
    cairo_paint(photoCr);
    cairo_destroy(photoCr);
    cairo_save(cr);
    cairo_translate(cr, 72, y);
    cairo_scale(cr, 10, 10);
    cairo_set_source_surface(cr, photo, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(photo);
}

// A rule and a page number, drawn as PressDesk draws page furniture: under kPrivateArtifactTag.
void drawFurniture(cairo_t *cr, int page)
{
    tagged(cr, kPrivateArtifactTag, [&] {
        cairo_rectangle(cr, 72, 790, 451, 1);
        cairo_fill(cr);
        showText(cr, QByteArray::number(page).constData(), 800);
    });
}

struct Drawing
{
    const char *firstHeading = "H1";
    const char *secondHeading = "H2";
    bool untaggedText = false;
    bool furniture = false; // a rule and page number on each page, as private artifacts
    bool secondPage = false;
};

// Document: H1, P, H2, P, Figure (and on request a second page with a P).
QByteArray draw(const Drawing &drawing)
{
    QByteArray pdf;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendToByteArray, &pdf, 595, 842);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Haus des Wissens ist beschlossen");
    cairo_t *cr = cairo_create(surface);
    tagged(cr, "Document", [&] {
        tagged(cr, drawing.firstHeading, [&] { showText(cr, "Haus des Wissens ist beschlossen", 72); });
        tagged(cr, "P", [&] { showText(cr, "Der Rat hat entschieden. Größer wird’s nicht.", 110); });
        tagged(cr, drawing.secondHeading, [&] { showText(cr, "Der Weg dahin", 150); });
        tagged(cr, "P", [&] { showText(cr, "Bibliothek, Volkshochschule und Markthalle.", 190); });
        tagged(cr, "Figure", [&] { paintPhoto(cr, 230); });
        if (drawing.untaggedText)
            showText(cr, "Ohne Tag", 400);
        if (drawing.furniture)
            drawFurniture(cr, 1);
        if (drawing.secondPage) {
            cairo_show_page(cr);
            tagged(cr, "P", [&] { showText(cr, "Zweite Seite.", 72); });
            if (drawing.furniture)
                drawFurniture(cr, 2);
        }
    });
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        qFatal("cairo: %s", cairo_status_to_string(status));
    return pdf;
}

QByteArray written(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

void forEachElement(QPDFObjectHandle parent, const std::function<void(QPDFObjectHandle)> &visit)
{
    QPDFObjectHandle kids = parent.getKey("/K");
    std::vector<QPDFObjectHandle> items =
        kids.isArray() ? kids.getArrayAsVector() : std::vector<QPDFObjectHandle>{kids};
    for (QPDFObjectHandle kid : items) {
        if (kid.isDictionary() && kid.getKey("/S").isName()) {
            visit(kid);
            forEachElement(kid, visit);
        }
    }
}

struct Fixup
{
    QString language = QStringLiteral("de-DE");
    bool displayDocTitle = true;
    QString alt = QStringLiteral("Das Opel-Areal 2020, von Süden");
};

// What the export adds to cairo's file with libqpdf.
QByteArray fixUp(const QByteArray &cairoPdf, const Fixup &fixup = Fixup())
{
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("cairo", cairoPdf.constData(), size_t(cairoPdf.size()));
    QPDFObjectHandle catalog = pdf.getRoot();
    if (!fixup.language.isEmpty())
        catalog.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(fixup.language.toStdString()));
    if (fixup.displayDocTitle)
        catalog.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /DisplayDocTitle true >>"));
    forEachElement(catalog.getKey("/StructTreeRoot"), [&](QPDFObjectHandle element) {
        if (element.getKey("/S").getName() == "/Figure" && !fixup.alt.isEmpty())
            element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(fixup.alt.toStdString()));
    });
    return written(pdf);
}

enum class Link
{
    None,
    Tagged,   // in a Link element (OBJR), with /Contents, on a page with /Tabs /S
    Untagged, // an annotation and nothing else
};

// A one-page tagged PDF made by hand: `content` is the page's content stream, drawn with font /F1 (`font`),
// under a P element that owns MCID 0 (given as /MC0 in /Properties).
QByteArray handMade(const std::string &content, const std::string &font, Link link = Link::None)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFObjectHandle fontObject = pdf.makeIndirectObject(QPDFObjectHandle::parse(font));
    QPDFObjectHandle toUnicode = QPDFObjectHandle::newStream(
        &pdf,
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def "
        "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7e> <0020> endbfrange "
        "endcmap CMapName currentdict /CMap defineresource pop end end");
    fontObject.replaceKey("/ToUnicode", toUnicode);
    if (fontObject.getKey("/Subtype").getName() == "/Type3") {
        QPDFObjectHandle glyph = QPDFObjectHandle::newStream(&pdf, "500 0 0 0 400 600 d1 0 0 400 600 re f");
        fontObject.replaceKey("/CharProcs", QPDFObjectHandle::newDictionary({{"/g", glyph}}));
    }
    QPDFObjectHandle page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Page /MediaBox [0 0 595 842] /StructParents 0 /Resources << >> >>"));
    page.getKey("/Resources").replaceKey("/Font", QPDFObjectHandle::newDictionary({{"/F1", fontObject}}));
    page.getKey("/Resources").replaceKey("/Properties", QPDFObjectHandle::parse("<< /MC0 << /MCID 0 >> >>"));
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
    QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(page), false);
    page = pdf.getAllPages().front();

    QPDFObjectHandle treeRoot =
        pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /StructTreeRoot /ParentTreeNextKey 1 >>"));
    QPDFObjectHandle document =
        pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /StructElem /S /Document >>"));
    QPDFObjectHandle paragraph =
        pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /StructElem /S /P /K 0 >>"));
    paragraph.replaceKey("/P", document);
    paragraph.replaceKey("/Pg", page);
    document.replaceKey("/P", treeRoot);
    document.replaceKey("/K", QPDFObjectHandle::newArray({paragraph}));
    treeRoot.replaceKey("/K", QPDFObjectHandle::newArray({document}));
    QPDFObjectHandle nums = QPDFObjectHandle::newArray();
    nums.appendItem(QPDFObjectHandle::newInteger(0));
    nums.appendItem(pdf.makeIndirectObject(QPDFObjectHandle::newArray({paragraph})));
    treeRoot.replaceKey("/ParentTree", QPDFObjectHandle::newDictionary({{"/Nums", nums}}));

    if (link != Link::None) {
        QPDFObjectHandle annotation = pdf.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Rect [72 710 120 730] /Border [0 0 0] "
                                    "/A << /S /URI /URI (https://www.bochum.de) >> >>"));
        page.replaceKey("/Annots", QPDFObjectHandle::newArray({annotation}));
        if (link == Link::Tagged) {
            annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString("Link zu bochum.de"));
            annotation.replaceKey("/StructParent", QPDFObjectHandle::newInteger(1));
            QPDFObjectHandle reference = QPDFObjectHandle::parse("<< /Type /OBJR >>");
            reference.replaceKey("/Obj", annotation);
            reference.replaceKey("/Pg", page);
            QPDFObjectHandle linkElement =
                pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /StructElem /S /Link >>"));
            linkElement.replaceKey("/P", document);
            linkElement.replaceKey("/K", QPDFObjectHandle::newArray({reference}));
            document.getKey("/K").appendItem(linkElement);
            nums.appendItem(QPDFObjectHandle::newInteger(1));
            nums.appendItem(linkElement);
            treeRoot.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(2));
            page.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
        }
    }

    QPDFObjectHandle catalog = pdf.getRoot();
    catalog.replaceKey("/StructTreeRoot", treeRoot);
    catalog.replaceKey("/MarkInfo", QPDFObjectHandle::parse("<< /Marked true >>"));
    catalog.replaceKey("/Lang", QPDFObjectHandle::newString("de"));
    catalog.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /DisplayDocTitle true >>"));
    pdf.getTrailer().replaceKey("/Info",
                                pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Title (Test) >>")));
    return written(pdf);
}

const std::string Type3Font = "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 600] "
                              "/FontMatrix [0.001 0 0 0.001 0 0] /Encoding << /Differences [32 /g] >> "
                              "/FirstChar 32 /LastChar 32 /Widths [500] /Resources << >> >>";
const std::string HelveticaFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                                  "/Encoding /WinAnsiEncoding >>";
const std::string TaggedText = "/P /MC0 BDC BT /F1 12 Tf 72 720 Td (Hallo) Tj ET EMC\n";

// The decoded content of every page, one after the other.
// Page content as cairo writes it by itself (deflated) or as PressDesk has it written (raw, see
// pdffinisher.cpp), for the PDFs drawn while this lives.
class CairoPageContent
{
public:
    explicit CairoPageContent(bool raw)
        : m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {
        if (raw)
            qputenv(name, "1");
        else
            qunsetenv(name);
    }
    ~CairoPageContent()
    {
        if (m_wasSet)
            qputenv(name, m_value);
        else
            qunsetenv(name);
    }
    CairoPageContent(const CairoPageContent &) = delete;
    CairoPageContent &operator=(const CairoPageContent &) = delete;

private:
    static constexpr const char *name = "CAIRO_DEBUG_PDF";
    bool m_wasSet;
    QByteArray m_value;
};

// Hands each page's content streams of the PDF to `visit`, in page order.
void visitPageContents(const QByteArray &bytes,
                       const std::function<void(std::vector<QPDFObjectHandle> &)> &visit)
{
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("read back", bytes.constData(), size_t(bytes.size()));
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        std::vector<QPDFObjectHandle> streams = page.getPageContents();
        visit(streams);
    }
}

// Whether every page's content is one stream without a filter.
bool pageContentsAreRaw(const QByteArray &bytes)
{
    bool raw = true;
    visitPageContents(bytes, [&raw](std::vector<QPDFObjectHandle> &streams) {
        raw = raw && streams.size() == 1 && streams.front().getDict().getKey("/Filter").isNull();
    });
    return raw;
}

QByteArray pageContents(const QByteArray &bytes)
{
    QByteArray contents;
    visitPageContents(bytes, [&contents](std::vector<QPDFObjectHandle> &streams) {
        for (QPDFObjectHandle &stream : streams) {
            std::shared_ptr<Buffer> data = stream.getStreamData();
            contents.append(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        }
    });
    return contents;
}

} // namespace

class TestPdfAccessibilityCheck : public QObject
{
    Q_OBJECT

private:
    // Exactly one problem, and it contains every one of `words`.
    static void verifyOneProblem(const PdfAccessibilityCheck::Report &report, const QStringList &words)
    {
        QVERIFY2(report.problems.size() == 1, qPrintable(report.problems.join(QLatin1Char('\n'))));
        for (const QString &word : words)
            QVERIFY2(report.problems.front().contains(word), qPrintable(report.problems.front()));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        // Give back what pango, cairo and fontconfig keep for the whole process, so that LeakSanitizer (the
        // asan preset) reports only leaks of ours.
        pango_cairo_font_map_set_default(nullptr);
        cairo_debug_reset_static_data();
        FcFini();
    }

    void goodDocumentPasses()
    {
        const auto report = PdfAccessibilityCheck::check(fixUp(draw(Drawing())));
        QVERIFY2(report.passes(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.language, QStringLiteral("de-DE"));
        QCOMPARE(report.title, QStringLiteral("Haus des Wissens ist beschlossen"));
        QCOMPARE(report.pages, 1);
        QCOMPARE(report.structureTypes,
                 QStringList({QStringLiteral("Document"), QStringLiteral("H1"), QStringLiteral("P"),
                              QStringLiteral("H2"), QStringLiteral("P"), QStringLiteral("Figure")}));
        QCOMPARE(report.headings, QStringList({QStringLiteral("H1"), QStringLiteral("H2")}));
        QCOMPARE(report.figureAlts, QStringList{QStringLiteral("Das Opel-Areal 2020, von Süden")});
    }

    void cairoAloneIsNotEnough()
    {
        // What the fix-up adds is what the check asks for: no /Lang, no DisplayDocTitle, no /Alt.
        const auto report = PdfAccessibilityCheck::check(draw(Drawing()));
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(report.figureAlts, QStringList{QString()});
    }

    void untaggedTextIsAPageProblem()
    {
        Drawing drawing;
        drawing.untaggedText = true;
        verifyOneProblem(PdfAccessibilityCheck::check(fixUp(draw(drawing))),
                         {QStringLiteral("page 1:"),
                          QStringLiteral("outside any structure element or artifact"), QStringLiteral("TJ")});
    }

    void missingLanguage()
    {
        Fixup fixup;
        fixup.language.clear();
        const auto report = PdfAccessibilityCheck::check(fixUp(draw(Drawing()), fixup));
        verifyOneProblem(report, {QStringLiteral("/Lang")});
        QVERIFY(report.language.isEmpty());
    }

    void languageThatIsNoTag()
    {
        Fixup fixup;
        fixup.language = QStringLiteral("Deutsch (Deutschland)");
        verifyOneProblem(PdfAccessibilityCheck::check(fixUp(draw(Drawing()), fixup)),
                         {QStringLiteral("no language tag")});
    }

    void missingDisplayDocTitle()
    {
        Fixup fixup;
        fixup.displayDocTitle = false;
        verifyOneProblem(PdfAccessibilityCheck::check(fixUp(draw(Drawing()), fixup)),
                         {QStringLiteral("DisplayDocTitle")});
    }

    void figureWithoutAlt()
    {
        Fixup fixup;
        fixup.alt.clear();
        const auto report = PdfAccessibilityCheck::check(fixUp(draw(Drawing()), fixup));
        verifyOneProblem(report, {QStringLiteral("Figure 1 has no /Alt")});
        QCOMPARE(report.figureAlts, QStringList{QString()});
    }

    void headingLevelSkipped()
    {
        Drawing drawing;
        drawing.secondHeading = "H3";
        const auto report = PdfAccessibilityCheck::check(fixUp(draw(drawing)));
        verifyOneProblem(report, {QStringLiteral("H3 follows H1")});
        QCOMPARE(report.headings, QStringList({QStringLiteral("H1"), QStringLiteral("H3")}));
    }

    void firstHeadingIsNotH1()
    {
        Drawing drawing;
        drawing.firstHeading = "H2";
        verifyOneProblem(PdfAccessibilityCheck::check(fixUp(draw(drawing))),
                         {QStringLiteral("the first heading is H2, not H1")});
    }

    void handMadeDocumentWithType3FontPasses()
    {
        // The baseline of the hand-made files below: everything in place, a Type 3 font counts as embedded,
        // the MCID comes through /Properties.
        const auto report = PdfAccessibilityCheck::check(handMade(TaggedText, Type3Font));
        QVERIFY2(report.passes(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.structureTypes, QStringList({QStringLiteral("Document"), QStringLiteral("P")}));
    }

    void taggedLinkPasses()
    {
        const auto report = PdfAccessibilityCheck::check(handMade(TaggedText, Type3Font, Link::Tagged));
        QVERIFY2(report.passes(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.structureTypes,
                 QStringList({QStringLiteral("Document"), QStringLiteral("P"), QStringLiteral("Link")}));
    }

    void untaggedLink()
    {
        const auto report = PdfAccessibilityCheck::check(handMade(TaggedText, Type3Font, Link::Untagged));
        QCOMPARE(
            report.problems,
            QStringList({QStringLiteral("page 1: a Link annotation has no /Contents (its description)"),
                         QStringLiteral("page 1: a Link annotation is in no structure element (/StructParent "
                                        "and ParentTree)"),
                         QStringLiteral("page 1: the page has annotations but no /Tabs /S (tab order by "
                                        "structure)")}));
    }

    void unembeddedFont()
    {
        verifyOneProblem(PdfAccessibilityCheck::check(handMade(TaggedText, HelveticaFont)),
                         {QStringLiteral("font Helvetica"), QStringLiteral("not embedded")});
    }

    void fontWithoutToUnicode()
    {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        const QByteArray good = handMade(TaggedText, Type3Font);
        pdf.processMemoryFile("hand-made", good.constData(), size_t(good.size()));
        QPDFObjectHandle page = pdf.getAllPages().front();
        page.getKey("/Resources").getKey("/Font").getKey("/F1").removeKey("/ToUnicode");
        verifyOneProblem(PdfAccessibilityCheck::check(written(pdf)), {QStringLiteral("/ToUnicode")});
    }

    void unbalancedMarkedContent()
    {
        verifyOneProblem(
            PdfAccessibilityCheck::check(handMade("/P /MC0 BDC BT /F1 12 Tf (Hallo) Tj ET\n", Type3Font)),
            {QStringLiteral("page 1:"), QStringLiteral("not closed by EMC")});
    }

    void markedContentOwnedByNoElement()
    {
        const auto report = PdfAccessibilityCheck::check(
            handMade(TaggedText + "/P << /MCID 7 >> BDC 0 0 10 10 re f EMC\n", Type3Font));
        QVERIFY2(report.problems.size() == 2, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(
            report.problems.contains(QStringLiteral("page 1: marked content MCID 7 belongs to no structure "
                                                    "element")));
        QVERIFY(report.problems.contains(QStringLiteral("page 1: the ParentTree names no structure element "
                                                        "for MCID 7")));
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray garbage("\x89PNG\r\n\x1a\n this is no PDF at all ");
        garbage.append('\0').append('\xff');
        QTest::newRow("garbage") << garbage;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n");
    }

    void unreadableInput()
    {
        QFETCH(QByteArray, bytes);
        const auto report = PdfAccessibilityCheck::check(bytes);
        verifyOneProblem(report, {QStringLiteral("not a readable PDF")});
        QCOMPARE(report.pages, 0);
    }

    void damagedFileThatQpdfRepairsIsAProblem()
    {
        // A wrong startxref: qpdf reconstructs the cross-reference table (with warnings), and everything else
        // about the file is fine.
        QByteArray damaged = fixUp(draw(Drawing()));
        const qsizetype startxref = damaged.lastIndexOf("startxref\n");
        QVERIFY(startxref > 0);
        const qsizetype offset = startxref + qsizetype(qstrlen("startxref\n"));
        damaged.replace(offset, damaged.indexOf('\n', offset) - offset, "17");
        const auto report = PdfAccessibilityCheck::check(damaged);
        QVERIFY(!report.passes());
        for (const QString &problem : report.problems)
            QVERIFY2(problem.startsWith(QStringLiteral("qpdf: ")), qPrintable(problem));
        QCOMPARE(report.language, QStringLiteral("de-DE"));
    }

    void truncatedFileFailsWithoutCrashing()
    {
        const QByteArray good = fixUp(draw(Drawing()));
        for (qsizetype length : {good.size() / 4, good.size() / 2, good.size() - 40}) {
            const auto report = PdfAccessibilityCheck::check(good.left(length));
            QVERIFY2(!report.passes(), qPrintable(QString::number(length)));
        }
    }

    static void pageContentKinds()
    {
        QTest::addColumn<bool>("raw");
        QTest::newRow("deflated by cairo") << false;
        QTest::newRow("raw") << true;
    }

    void damagedBytesNeverStopTheCheck_data() { pageContentKinds(); }
    void damagedBytesNeverStopTheCheck()
    {
        // Bytes overwritten anywhere (cross-reference table, structure tree, page content): the check
        // always returns and never passes a file qpdf had to repair; the conversion always returns, and
        // what it makes of a damaged page never passes with private content left in it.
        QFETCH(bool, raw);
        Drawing furnished;
        furnished.furniture = true;
        furnished.secondPage = true;
        QByteArray plain;
        QByteArray drawn;
        {
            const CairoPageContent content(raw);
            plain = draw(Drawing());
            drawn = draw(furnished);
        }
        QCOMPARE(pageContentsAreRaw(drawn), raw);
        const QByteArray good = fixUp(plain);
        const QByteArray goodFurnished = fixUp(drawn);
        QRandomGenerator random(20201207);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = good;
            for (int i = 0, count = random.bounded(1, 8); i < count; ++i)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            const auto report = PdfAccessibilityCheck::check(damaged);
            if (report.passes())
                QVERIFY(convertPrivateArtifacts(damaged).ok());

            damaged = goodFurnished;
            for (int i = 0, count = random.bounded(1, 8); i < count; ++i)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            const Result<QByteArray> converted = convertPrivateArtifacts(damaged);
            if (converted.ok() && PdfAccessibilityCheck::check(*converted).passes())
                QVERIFY(!pageContents(*converted).contains("/Private"));
        }
    }

    void privateArtifactsPassOnlyAfterConversion_data() { pageContentKinds(); }
    void privateArtifactsPassOnlyAfterConversion()
    {
        QFETCH(bool, raw);
        Drawing drawing;
        drawing.furniture = true;
        drawing.secondPage = true;
        QByteArray drawn;
        {
            const CairoPageContent content(raw);
            drawn = draw(drawing);
        }
        QCOMPARE(pageContentsAreRaw(drawn), raw);
        const QByteArray fixedUp = fixUp(drawn);

        const auto before = PdfAccessibilityCheck::check(fixedUp);
        QCOMPARE(before.problems.size(), 2); // one Private element per page
        for (int page = 1; page <= 2; ++page) {
            const QString &problem = before.problems.at(page - 1);
            QVERIFY2(problem.startsWith(
                         QStringLiteral("page %1: the structure tree has a Private element").arg(page)),
                     qPrintable(problem));
        }

        const Result<QByteArray> converted = convertPrivateArtifacts(fixedUp);
        QVERIFY2(converted.ok(), qPrintable(converted.errorMessage()));
        const auto after = PdfAccessibilityCheck::check(*converted);
        QVERIFY2(after.passes(), qPrintable(after.problems.join(QLatin1Char('\n'))));
        QCOMPARE(after.pages, 2);
        QVERIFY(!after.structureTypes.contains(QStringLiteral("Private")));
        QCOMPARE(after.structureTypes.count(QStringLiteral("P")), 3);
        const QByteArray contents = pageContents(*converted);
        QCOMPARE(contents.count("/Artifact BMC"), 2);
        QVERIFY(!contents.contains("/Private"));

        // The converted file is sound for qpdf's own check as well.
        const QString qpdf = QStringLiteral("/usr/bin/qpdf");
        if (QFile::exists(qpdf)) {
            QTemporaryDir folder;
            QVERIFY(folder.isValid());
            QFile file(folder.filePath(QStringLiteral("converted.pdf")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(*converted), converted->size());
            file.close();
            QProcess process;
            process.start(qpdf, {QStringLiteral("--check"), file.fileName()});
            QVERIFY(process.waitForFinished(60000));
            const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     output.constData());
            QVERIFY2(output.contains("No syntax or stream encoding errors found"), output.constData());
        } else {
            QPDF pdf;
            pdf.setSuppressWarnings(true);
            pdf.processMemoryFile("converted", converted->constData(), size_t(converted->size()));
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages())
                (void)page.getPageContents();
            QVERIFY(!pdf.anyWarnings());
        }
    }

    void conversionLeavesOtherFilesAlone()
    {
        const QByteArray good = fixUp(draw(Drawing()));
        const Result<QByteArray> converted = convertPrivateArtifacts(good);
        QVERIFY2(converted.ok(), qPrintable(converted.errorMessage()));
        QCOMPARE(*converted, good);
    }

    void conversionRefusesWhatItCannotRead()
    {
        const Result<QByteArray> converted = convertPrivateArtifacts(QByteArray("no PDF"));
        QVERIFY(!converted.ok());
        QCOMPARE(converted.error().kind, Error::Kind::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestPdfAccessibilityCheck)
#include "tst_pdfaccessibilitycheck.moc"
