#include "umlauts.h"

namespace pressdesk {

QString foldUmlauts(const QString &text)
{
    QString folded;
    folded.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00E4:
            folded += QLatin1String("ae");
            break;
        case 0x00F6:
            folded += QLatin1String("oe");
            break;
        case 0x00FC:
            folded += QLatin1String("ue");
            break;
        case 0x00C4:
            folded += QLatin1String("Ae");
            break;
        case 0x00D6:
            folded += QLatin1String("Oe");
            break;
        case 0x00DC:
            folded += QLatin1String("Ue");
            break;
        case 0x00DF:
            folded += QLatin1String("ss");
            break;
        case 0x1E9E:
            folded += QLatin1String("SS");
            break;
        default:
            folded += c;
            break;
        }
    }
    return folded;
}

} // namespace pressdesk
