#pragma once

#include "core/housestyle.h"
#include "core/kitdocument.h"
#include "core/result.h"
#include "releaseoutput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace pressdesk {

// A press kit as journalists get it: one PDF (cover, contents, every part; tagged and accessible like a
// release), or a ZIP of files to reuse: pressemitteilung.pdf/.txt/.odt, fakten.pdf, zitate.pdf,
// kontakte.pdf, a PDF for each extra page, bilder/ with the original photos and bildnachweise.txt.
class KitOutput
{
    Q_DECLARE_TR_FUNCTIONS(KitOutput)
public:
    // Taken by value: a caller that moves its document in lets the photos go once the pages are drawn,
    // before libqpdf reads the file back.
    static Result<QByteArray> pdf(KitDocument kit, const HouseStyle &style,
                                  const ReleaseOutput::Options &options);
    // The ZIP written into a device (a QSaveFile): the photos are not held in memory a second time.
    static Result<void> zip(const KitDocument &kit, const HouseStyle &style,
                            const ReleaseOutput::Options &options, QIODevice *device);
    // The same in memory, for small kits and tests.
    static Result<QByteArray> zip(const KitDocument &kit, const HouseStyle &style,
                                  const ReleaseOutput::Options &options);
};

} // namespace pressdesk
