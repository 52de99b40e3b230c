#include "releaseprinting.h"

#include "render/releasepages.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace pressdesk {

void ReleasePrinting::prepare(QPrinter *printer, const QString &title)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer->setFullPage(true);
    printer->setDocName(title);
}

bool ReleasePrinting::print(QPrinter *printer, const ReleasePages &pages)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const double dotsPerInch = std::min(600, printer->resolution());
    const QRectF sheet = printer->paperRect(QPrinter::DevicePixel);
    int first = 0;
    int last = pages.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = printer->fromPage() - 1;
        last = std::min(last, printer->toPage() - 1);
    }
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer->newPage();
        painter.drawImage(sheet, pages.pageImage(page, dotsPerInch));
    }
    return painter.end();
}

} // namespace pressdesk
