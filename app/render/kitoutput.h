#pragma once

#include "core/housestyle.h"
#include "core/kitdocument.h"
#include "core/result.h"
#include "releaseoutput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace pressdesk {

// A press kit as journalists get it: one PDF (cover, contents, every part; tagged and accessible like a
// release), or a ZIP of files to reuse: pressemitteilung.pdf/.txt/.odt, fakten.pdf, zitate.pdf,
// kontakte.pdf, a PDF for each extra page, bilder/ with the original photos and bildnachweise.txt.
class KitOutput
{
    Q_DECLARE_TR_FUNCTIONS(KitOutput)
public:
    static Result<QByteArray> pdf(const KitDocument &kit, const HouseStyle &style,
                                  const ReleaseOutput::Options &options);
    static Result<QByteArray> zip(const KitDocument &kit, const HouseStyle &style,
                                  const ReleaseOutput::Options &options);
};

} // namespace pressdesk
