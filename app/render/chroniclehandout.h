#pragma once

#include "core/chronicledocument.h"
#include "core/housestyle.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace pressdesk {

// The chronicle handout: the timeline on one landscape page, A4 or A3, drawn as vectors by cairo (axis,
// years, a dot or a bar per milestone in its category's colour, labels placed in lanes above and below the
// axis so that none overlaps), a legend of the categories and the dated list below. Type sizes shrink
// until everything fits the one page. Tagged like a release: H1, the graphic as a Figure with an
// alternative text, legend and list as lists; Lang, XMP and artifacts finished by libqpdf.
class ChronicleHandout
{
    Q_DECLARE_TR_FUNCTIONS(ChronicleHandout)
public:
    enum class Paper
    {
        A4,
        A3
    };
    struct Options
    {
        Paper paper = Paper::A4;
        QString producer;
    };
    static Result<QByteArray> pdf(const ChronicleDocument &chronicle, const HouseStyle &style,
                                  const Options &options);
    // The same page as an image at dotsPerInch (for the print preview and the printer): the same drawing.
    static Result<QImage> pageImage(const ChronicleDocument &chronicle, const HouseStyle &style,
                                    const Options &options, double dotsPerInch);
};

} // namespace pressdesk
