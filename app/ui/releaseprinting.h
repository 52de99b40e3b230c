#pragma once

#include <QCoreApplication>

class QPrinter;

namespace pressdesk {

class ReleasePages;

// Prints the pages the PDF is made of: each drawn by the same renderer at the printer's resolution (at
// most 600 dpi, plenty for text and photos) onto a whole A4 sheet.
class ReleasePrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReleasePrinting)
public:
    static void prepare(QPrinter *printer, const QString &title);
    // False when the printer could not be started (the reason is the printer's).
    static bool print(QPrinter *printer, const ReleasePages &pages);
};

} // namespace pressdesk
