#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pressdesk {

// How the office's documents look: the letterhead (organisation, department, logo, accent colour), the
// footer address, the font and the document language. An office setting kept in the file, so every
// colleague exports the same pages.
struct HouseStyle
{
    Q_DECLARE_TR_FUNCTIONS(HouseStyle)
public:
    QString organisation; // "Stadt Bochum": letterhead and the PDF's author when no officer is named
    QString department;   // "Presse- und Informationsamt"
    QString address;      // one footer line: "Willy-Brandt-Platz 2–6 · 44777 Bochum"
    QString website;      // "www.bochum.de": in the footer unless the address names it already
    QString accentColour = QStringLiteral("#1f4e79"); // #rrggbb: label, headings, rules
    QByteArray logo;                                  // SVG or PNG; empty: none
    QString fontFamily = QStringLiteral("Liberation Sans");
    QString fallbackFontFamily = QStringLiteral("DejaVu Sans");
    bool justified = false; // body text justified (hyphenated either way) or ragged right
    QString documentLanguage = QStringLiteral("de");

    friend bool operator==(const HouseStyle &a, const HouseStyle &b)
    {
        return a.organisation == b.organisation && a.department == b.department && a.address == b.address &&
               a.website == b.website && a.accentColour == b.accentColour && a.logo == b.logo &&
               a.fontFamily == b.fontFamily && a.fallbackFontFamily == b.fallbackFontFamily &&
               a.justified == b.justified && a.documentLanguage == b.documentLanguage;
    }

    // The footer's sender line: organisation, address and website, each once, joined by " · ".
    QString senderLine() const;

    // Refuses what would print wrong: a colour that is not #rrggbb, no font named.
    Result<void> validate() const;
    QByteArray toJson() const;
    // Unknown keys are ignored and missing ones keep their defaults, so an older file reads as it was.
    static Result<HouseStyle> fromJson(const QByteArray &json);
};

} // namespace pressdesk
