#include "libraryversions.h"

#include <cairo.h>
#include <pango/pango.h>
#include <qpdf/QPDF.hh>

namespace pressdesk {

QString renderLibraryVersions()
{
    return QStringLiteral("cairo %1 · Pango %2 · qpdf %3")
        .arg(QString::fromLatin1(cairo_version_string()), QString::fromLatin1(pango_version_string()),
             QString::fromStdString(QPDF::QPDFVersion()));
}

} // namespace pressdesk
