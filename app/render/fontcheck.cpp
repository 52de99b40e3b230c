#include "fontcheck.h"

#include <fontconfig/fontconfig.h>

namespace pressdesk {

namespace {
// What a German release prints: umlauts, ß, typographic quotes, dashes, the euro and section signs.
const char32_t germanCharacters[] = {U'ä', U'ö', U'ü', U'Ä', U'Ö', U'Ü', U'ß', U'„', U'“',
                                     U'‚', U'‘', U'–', U'—', U'€', U'§', U'…', U'·', U'é'};

bool hasFace(const QString &family, int weight)
{
    FcPattern *pattern = FcPatternCreate();
    const QByteArray name = family.toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(name.constData()));
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(nullptr, pattern, &result);
    FcPatternDestroy(pattern);
    if (!match)
        return false;
    bool good = false;
    FcChar8 *matchedFamily = nullptr;
    FcCharSet *characters = nullptr;
    int matchedWeight = 0;
    if (FcPatternGetString(match, FC_FAMILY, 0, &matchedFamily) == FcResultMatch &&
        QString::fromUtf8(reinterpret_cast<const char *>(matchedFamily))
                .compare(family, Qt::CaseInsensitive) == 0 &&
        FcPatternGetCharSet(match, FC_CHARSET, 0, &characters) == FcResultMatch &&
        FcPatternGetInteger(match, FC_WEIGHT, 0, &matchedWeight) == FcResultMatch) {
        good = (weight == FC_WEIGHT_BOLD) == (matchedWeight >= FC_WEIGHT_DEMIBOLD);
        for (char32_t character : germanCharacters)
            good = good && FcCharSetHasChar(characters, character);
    }
    FcPatternDestroy(match);
    return good;
}
} // namespace

bool FontCheck::hasGermanFamily(const QString &family)
{
    if (family.trimmed().isEmpty() || !FcInit())
        return false;
    return hasFace(family, FC_WEIGHT_REGULAR) && hasFace(family, FC_WEIGHT_BOLD);
}

Result<QString> FontCheck::resolve(const HouseStyle &style)
{
    for (const QString &family : {style.fontFamily, style.fallbackFontFamily}) {
        if (hasGermanFamily(family))
            return family.trimmed();
    }
    return makeError(Error::Kind::FileMissing,
                     tr("Nothing was exported: neither the house style's font “%1” nor its fallback “%2” is "
                        "installed with regular and bold faces and the letters German needs (install the "
                        "package fonts-liberation2 or name another font in the house style).")
                         .arg(style.fontFamily, style.fallbackFontFamily));
}

} // namespace pressdesk
