#pragma once

#include "core/housestyle.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace pressdesk {

// Before anything is exported: which installed font the house style really gets. fontconfig always
// answers with some font, so the answer is checked: the family must be the one asked for (or the named
// fallback) and hold every letter German needs, or the export stops with one clear message.
class FontCheck
{
    Q_DECLARE_TR_FUNCTIONS(FontCheck)
public:
    // The family to render with: the house style's font, else its fallback.
    static Result<QString> resolve(const HouseStyle &style);
    // Whether fontconfig has this family (not a substitute) with regular and bold faces and the German
    // letters and punctuation („“ – € §).
    static bool hasGermanFamily(const QString &family);
};

} // namespace pressdesk
