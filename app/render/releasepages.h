#pragma once

#include "core/housestyle.h"
#include "core/kitdocument.h"
#include "core/releasedocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QStringList>

#include <memory>

typedef struct _cairo cairo_t;

namespace pressdesk {

// A release laid out on A4 pages in the house style: Pango sets the text (German hyphenation in the body),
// PressDesk places the lines itself (letterhead, running header, footer with "Seite x von y", no lone
// heading at a page foot, no single line of a paragraph alone, quotes and photos kept whole), and cairo
// draws the pages: into a tagged PDF, into an image for the preview, or at a printer's resolution. What
// is previewed is what is printed and exported, because it is the same drawing.
class ReleasePages
{
    Q_DECLARE_TR_FUNCTIONS(ReleasePages)
public:
    struct Options
    {
        // When "now" is: the Sperrfrist banner shows while the embargo is still ahead of it.
        QDateTime now = QDateTime::currentDateTimeUtc();
        bool hyphenate = true;
        // A long document is laid out on up to this many threads (1 or 2); the pages are the same.
        int threads = 2;
    };
    // Checks the fonts first: without the house style's font (or its fallback) nothing is laid out.
    static Result<ReleasePages> layOut(const ReleaseDocument &document, const HouseStyle &style,
                                       const Options &options);
    static Result<ReleasePages> layOut(const ReleaseDocument &document, const HouseStyle &style)
    {
        return layOut(document, style, Options());
    }
    // A press kit: a cover (organisation, "Pressemappe", title, date, logo, cover photo), the contents
    // with the page each part starts on, then each part from a new page as a Sect of the PDF's structure
    // (the release with its headline one level down), under the same running header and footer.
    static Result<ReleasePages> layOutKit(const KitDocument &kit, const HouseStyle &style,
                                          const Options &options);

    ReleasePages(ReleasePages &&other) noexcept;
    ReleasePages &operator=(ReleasePages &&other) noexcept;
    ~ReleasePages();

    static constexpr double pageWidth = 595.2756;  // A4 in points
    static constexpr double pageHeight = 841.8898; // A4 in points

    int pageCount() const;
    // How many threads laid the text out (2 for a long document unless Options::threads said 1).
    int layoutThreads() const;
    // What stands on each page, in order: for checking the pagination rules.
    struct PlacedText
    {
        QByteArray tag; // P, H1, H2, LBody, Caption, Figure
        int item = 0;   // the same number for the parts of one paragraph split across pages
        int firstLine = 0;
        int lineCount = 0;
        int totalLines = 0;
        int group = -1; // a quote, photo or contact kept together: the same number for its parts
        QString text;
        QList<int> lineStarts; // where each of its lines on this page starts, in bytes of text as UTF-8
    };
    QList<QList<PlacedText>> pagePlan() const;
    QString fontFamily() const; // the family fontconfig resolved for the house style

    // One page on white, dotsPerInch pixels per inch (72: one pixel per point).
    QImage pageImage(int page, double dotsPerInch) const;
    // One page onto any cairo context whose user space is in points (no structure tags).
    void draw(cairo_t *cr, int page) const;

    struct PdfOptions
    {
        bool pdfa = false; // also PDF/A-2a: sRGB output intent, XMP identification
        QString producer;  // "PressDesk 0.12"
    };
    // The tagged, accessible PDF (PDF/UA-1 structure, Lang, alternative texts, XMP), in memory.
    Result<QByteArray> pdf(const PdfOptions &options) const &;
    // The same, for pages no longer needed afterwards: the layouts are freed once the pages are drawn,
    // before libqpdf reads the file back to finish it, so the two never take memory at the same time.
    Result<QByteArray> pdf(const PdfOptions &options) &&;

private:
    static Result<ReleasePages> layOut(const ReleaseDocument &document, const KitDocument *kit,
                                       const HouseStyle &style, const Options &options);
    struct DrawnPdf;
    Result<DrawnPdf> drawPdf(const PdfOptions &options) const;
    struct Private;
    explicit ReleasePages(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace pressdesk
