#pragma once

#include "core/partialdate.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace pressdesk {

// A date as German press texts write it, found in a piece of text.
struct DateExpression
{
    int from = 0; // the span in the text searched, with its preposition or qualifier ("im Frühjahr 2018")
    int to = 0;   // exclusive
    PartialDate start;
    PartialDate end; // invalid unless a range ("2016 bis 2020", "vom 2. bis 4. September 2021", decades)
    bool approximate = false;     // season, quarter, half year, Anfang/Mitte/Ende, decade
    bool openEnded = false;       // "seit 2019"
    bool yearFromContext = false; // "am 5.12.": the year is the one mentioned last before it
};

// The date expressions of German press texts:
//  - days: 5.12.2014, 05.12.2014, 5. Dezember 2014, 5. Dez. 2014, 2014-12-05, December 5, 2014; "am 5.12."
//    and "am 5. Dezember" take the year from context;
//  - months: Oktober 2019, Okt. 2019, 10/2019, 10.2019;
//  - approximate: Frühjahr/Sommer/Herbst/Winter 2018, Q3 2012, 3. Quartal 2012, im dritten Quartal 2012,
//    1. Halbjahr 2017, in der ersten Jahreshälfte 2017, Anfang/Mitte/Ende 2016 (→ the year), Anfang Oktober
//    2019 (→ the month);
//  - ranges: vom 2. bis 4. September 2021, vom 2. September bis 4. Oktober 2021, März 2015 bis Juni 2016,
//    März bis Juni 2016, 2016–2020, 2016 bis 2020, von 2016 bis 2020, zwischen 2016 und 2020; decades
//    (in den 1990er Jahren, 1990ern → 1990–1999, approximate); "seit …" → open-ended;
//  - bare years: only after "im Jahr(e)", "seit", "bis", "für", or where the caller says a year may stand
//    alone (at the start of a list item).
// Numbers are not dates: "2.500", "6,4", "10 bis 12 Uhr", "0234 910-1234" are never read as one.
class GermanDates
{
public:
    // Every expression in text, in order and not overlapping. contextYear (0: none) completes "am 5.12.";
    // bareYearAt: the offset where a year alone counts (the start of an item), or -1.
    static QList<DateExpression> findAll(QStringView text, int contextYear, int bareYearAt = -1);

    // The first one, or none.
    static std::optional<DateExpression> first(QStringView text, int contextYear, int bareYearAt = -1);

    // True when the words around a date say it is planned ("für 2024 geplant", "soll 2026 fertig sein",
    // "voraussichtlich").
    static bool soundsPlanned(QStringView sentence);
};

} // namespace pressdesk
