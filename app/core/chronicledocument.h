#pragma once

#include "documentlanguage.h"

#include <QList>
#include <QString>

namespace pressdesk {

// A timeline as a printed handout: the milestones in date order with where they sit on a time axis, the
// categories for the legend, a title. What ChronicleHandout draws; no ids, nothing internal.
struct ChronicleDocument
{
    struct Entry
    {
        double start = 0; // in years: 2014.93 for 5 December 2014, 2016.5 for "2016"
        double end = -1;  // a range's end (same unit); -1 for a single date
        QString date;     // "5. Dezember 2014", "2016 – 2020"
        QString title;
        QString category;
        QString colour; // "#rrggbb": the category's
    };
    struct Category
    {
        QString name;
        QString colour;
    };

    DocumentLanguage language;
    QString title;        // "Chronik: Strukturwandel 2014–2020"
    QString organisation; // from the house style, under the title
    int firstYear = 0;
    int lastYear = 0;
    QList<Entry> entries;
    QList<Category> categories; // those that occur, in the user's order
};

} // namespace pressdesk
