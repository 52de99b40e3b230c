#include "germandates.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace pressdesk {

namespace {

using RE = QRegularExpression;

int monthNumber(QStringView word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> names;
        const char *const spellings[12] = {
            "januar jänner jaenner january jän jan",
            "februar february feb",
            "märz maerz march mär mrz mar",
            "april apr",
            "mai may",
            "juni june jun",
            "juli july jul",
            "august aug",
            "september sept sep",
            "oktober october okt oct",
            "november nov",
            "dezember december dez dec",
        };
        for (int month = 0; month < 12; ++month) {
            for (const QString &name : QString::fromUtf8(spellings[month]).split(QLatin1Char(' ')))
                names.insert(name, month + 1);
        }
        return names;
    }();
    QString key = word.toString().toLower();
    key.remove(QLatin1Char('.'));
    return months.value(key.trimmed(), 0);
}

// The pieces of the expressions. A year has four digits and is not part of a longer number ("2.500", "6,4",
// "0234 910-1234"); a lower-case letter after it makes a word ("2016er"), an upper-case one is glue
// ("…2014Die" in text pasted without its line breaks).
const QString month = QStringLiteral(
    "(?:januar|jänner|jaenner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|"
    "dezember|january|february|march|may|june|july|october|december|jän|jan|feb|mär|mrz|mar|apr|jun|jul|"
    "aug|sept|sep|okt|oct|nov|dez|dec)(?!\\p{L})\\.?");
const QString day = QStringLiteral("(?:0?[1-9]|[12][0-9]|3[01])");
const QString monthDigits = QStringLiteral("(?:0?[1-9]|1[0-2])");
const QString year = QStringLiteral("(?:[12][0-9]{3})(?![0-9]|[.,][0-9]|\\p{Ll})");
// A year standing alone is taken only from the years a press text is about (a "1234" is more likely a
// number).
const QString usualYear =
    QStringLiteral("(?:1[5-9][0-9]{2}|20[0-9]{2}|21[0-9]{2})(?![0-9]|[.,][0-9]|\\p{Ll})");
const QString dash = QStringLiteral("[\\-\\x{2010}-\\x{2015}\\x{2212}]");
const QString until = QStringLiteral("(?:bis(?:\\s+(?:zum|einschließlich))?|%1)").arg(dash);

const RE &expression()
{
    static const RE pattern(
        QStringLiteral(
            "(?<![0-9.,/\\-\\p{L}])(?:"
            // vom 2. bis 4. September 2021, 2.9. bis 4.9.2021, vom 2. September bis 4. Oktober 2021
            "(?:(?:vom|von|zwischen)\\s+)?(?<rd1>%1)\\.\\s*(?:(?<rm1>%2)\\s*|(?<rn1>%3)\\.\\s*)?"
            "(?:%4|und)\\s*(?<rd2>%1)\\.\\s*(?:(?<rm2>%2)|(?<rn2>%3)\\.)\\s*,?\\s*(?<ry2>%5)"
            // März 2015 bis Juni 2016, März bis Juni 2016
            "|(?:(?:von|zwischen)\\s+)?(?<mm1>%2)\\s*(?<my1>%5)?\\s*(?:%4|und)\\s*(?<mm2>%2)\\s*,?\\s*(?<my2>"
            "%5)"
            // 2014-12-05
            "|(?<iy>%5)-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12][0-9]|3[01])(?![0-9])"
            // zwischen 2016 und 2020; von 2016 bis 2020, 2016–2020
            "|zwischen\\s+(?<za>%5)\\s*und\\s*(?<zb>%5)"
            "|(?:von\\s+)?(?<ya>%5)\\s*%4\\s*(?<yb>%5)"
            // in den 1990er Jahren, 1990ern
            "|(?:in\\s+den\\s+)?(?<dec>1[5-9][0-9]0|20[0-9]0)er(?:[\\s\\-]*jahren?|n)?(?!\\p{L})"
            // Anfang Oktober 2019; Mitte 2016, Ende des Jahres 2016
            "|(?<qa>anfang|mitte|ende)\\s+(?<qm>%2)\\s*(?<qmy>%5)"
            "|(?<qb>anfang|mitte|ende)\\s+(?:des\\s+jahres\\s+)?(?<qy>%5)"
            // im Frühjahr 2018
            "|(?:(?:im|ab\\s+dem|seit\\s+dem)\\s+)?(?:frühjahr|frühling|sommer|herbst|winter)"
            "(?:\\s+des\\s+jahres)?\\s+(?<sy>%5)"
            // Q3 2012, 3. Quartal 2012, im dritten Quartal 2012
            "|(?:(?:im|ab\\s+dem|seit\\s+dem)\\s+)?(?:q[1-4]|[1-4]\\.\\s*quartal|(?:erste|zweite|dritte|"
            "vierte)[nsm]?"
            "\\s+quartal)s?(?:\\s+des\\s+jahres)?[\\s/]+(?<quy>%5)"
            // 1. Halbjahr 2017, in der ersten Jahreshälfte 2017, H2 2017
            "|(?:(?:im|in\\s+der|ab\\s+dem|seit\\s+dem)\\s+)?(?:[12]\\.\\s*(?:halbjahr|jahreshälfte)|(?:"
            "erste|zweite)[nsm]?"
            "\\s+(?:halbjahr|jahreshälfte)|h[12])(?:\\s+des\\s+jahres)?\\s+(?<hy>%5)"
            // 5.12.2014, 05.12.2014
            "|(?<d1>%1)\\.\\s?(?<n1>%3)\\.\\s?(?<y1>%5)"
            // 5. Dezember 2014, 5. Dez. 2014, 5 December 2014
            "|(?<d2>%1)(?:\\.\\s*|\\s+)(?<m2>%2)\\s*,?\\s*(?<y2>%5)"
            // December 5, 2014
            "|(?<m3>%2)\\s+(?<d3>%1)(?:st|nd|rd|th)?,?\\s+(?<y3>%5)"
            // am 5.12., am 5. Dezember: the year from context
            "|(?:am|vom|zum|bis\\s+zum|ab\\s+dem|ab)\\s+(?<d4>%1)\\.\\s?(?:(?<n4>%3)\\.|(?<m4>%2))"
            "(?![.\\s]*,?\\s*[0-9])"
            // Oktober 2019, Okt. 2019, 10/2019, 10.2019
            "|(?<m5>%2)\\s*,?\\s*(?<y5>%5)"
            "|(?<n6>%3)\\s*/\\s*(?<y6>%5)"
            "|(?<n7>0[1-9]|1[0-2])\\.(?<y7>%5)"
            // im Jahr 2005, seit 2019, bis 2020, für 2024
            "|(?:im\\s+jahre?|seit|bis|für|ab\\s+dem\\s+jahr)\\s+(?<by>%5)"
            // a year alone: only where the caller allows it
            "|(?<bare>%6)"
            ")")
            .arg(day, month, monthDigits, until, year, usualYear),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return pattern;
}

// A preposition before the expression belongs to it when a title leaves the date out ("am", "im", "seit").
const RE &prepositionBefore()
{
    static const RE pattern(QStringLiteral("(?<!\\p{L})(seit(?:\\s+dem)?|am|im|vom|von|ab|bis|zum|für|in|um|"
                                           "noch|bereits|schon|erst|on|in|since|from|by|until)\\s+$"),
                            RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return pattern;
}

int number(const QRegularExpressionMatch &match, QStringView name)
{
    return match.capturedView(name).toInt();
}

bool has(const QRegularExpressionMatch &match, QStringView name)
{
    return match.hasCaptured(name);
}

// The dates of one match; false when it is no real date (31.2.2014) or a year alone where none may stand.
bool read(const QRegularExpressionMatch &m, int contextYear, bool bareYearAllowed, DateExpression &out)
{
    const auto monthOf = [&](QStringView words, QStringView digits) {
        return has(m, words) ? monthNumber(m.capturedView(words)) : number(m, digits);
    };
    if (has(m, u"rd1")) {
        const int endYear = number(m, u"ry2");
        const int endMonth = monthOf(u"rm2", u"rn2");
        const int startMonth = (has(m, u"rm1") || has(m, u"rn1")) ? monthOf(u"rm1", u"rn1") : endMonth;
        out.start = PartialDate::fromYmd(endYear, startMonth, number(m, u"rd1"));
        out.end = PartialDate::fromYmd(endYear, endMonth, number(m, u"rd2"));
    } else if (has(m, u"mm1")) {
        const int endYear = number(m, u"my2");
        out.start = PartialDate::fromYearMonth(has(m, u"my1") ? number(m, u"my1") : endYear,
                                               monthNumber(m.capturedView(u"mm1")));
        out.end = PartialDate::fromYearMonth(endYear, monthNumber(m.capturedView(u"mm2")));
    } else if (has(m, u"iy")) {
        out.start = PartialDate::fromYmd(number(m, u"iy"), number(m, u"im"), number(m, u"id"));
    } else if (has(m, u"za") || has(m, u"ya")) {
        const bool between = has(m, u"za");
        out.start = PartialDate::fromYear(number(m, between ? u"za" : u"ya"));
        out.end = PartialDate::fromYear(number(m, between ? u"zb" : u"yb"));
    } else if (has(m, u"dec")) {
        const int decade = number(m, u"dec");
        out.start = PartialDate::fromYear(decade);
        out.end = PartialDate::fromYear(decade + 9);
        out.approximate = true;
    } else if (has(m, u"qa")) {
        out.start = PartialDate::fromYearMonth(number(m, u"qmy"), monthNumber(m.capturedView(u"qm")));
        out.approximate = true;
    } else if (has(m, u"qb") || has(m, u"sy") || has(m, u"quy") || has(m, u"hy")) {
        for (const QStringView name : {u"qy", u"sy", u"quy", u"hy"}) {
            if (has(m, name))
                out.start = PartialDate::fromYear(number(m, name));
        }
        out.approximate = true;
    } else if (has(m, u"d1")) {
        out.start = PartialDate::fromYmd(number(m, u"y1"), number(m, u"n1"), number(m, u"d1"));
    } else if (has(m, u"d2")) {
        out.start =
            PartialDate::fromYmd(number(m, u"y2"), monthNumber(m.capturedView(u"m2")), number(m, u"d2"));
    } else if (has(m, u"d3")) {
        out.start =
            PartialDate::fromYmd(number(m, u"y3"), monthNumber(m.capturedView(u"m3")), number(m, u"d3"));
    } else if (has(m, u"d4")) {
        if (contextYear <= 0)
            return false;
        out.start = PartialDate::fromYmd(contextYear, monthOf(u"m4", u"n4"), number(m, u"d4"));
        out.yearFromContext = true;
    } else if (has(m, u"m5")) {
        out.start = PartialDate::fromYearMonth(number(m, u"y5"), monthNumber(m.capturedView(u"m5")));
    } else if (has(m, u"n6")) {
        out.start = PartialDate::fromYearMonth(number(m, u"y6"), number(m, u"n6"));
    } else if (has(m, u"n7")) {
        out.start = PartialDate::fromYearMonth(number(m, u"y7"), number(m, u"n7"));
    } else if (has(m, u"by")) {
        out.start = PartialDate::fromYear(number(m, u"by"));
    } else if (has(m, u"bare")) {
        if (!bareYearAllowed)
            return false;
        out.start = PartialDate::fromYear(number(m, u"bare"));
    }
    if (!out.start.isValid())
        return false;
    if (out.end.isValid() && !(out.start < out.end))
        out.end = PartialDate(); // "2020–2016" or "4. bis 4." say one date
    return true;
}

} // namespace

namespace {

// The expression of one match with its preposition, or none when it is no date here.
std::optional<DateExpression> accepted(const QRegularExpressionMatch &match, QStringView text,
                                       int contextYear, int bareYearAt)
{
    DateExpression date;
    date.from = int(match.capturedStart());
    date.to = int(match.capturedEnd());
    if (!read(match, contextYear, date.from == bareYearAt, date))
        return std::nullopt;
    if (match.capturedView().startsWith(QLatin1String("seit"), Qt::CaseInsensitive))
        date.openEnded = true;
    const int lookBack = std::min(16, date.from);
    const QRegularExpressionMatch before =
        prepositionBefore().match(text.mid(date.from - lookBack, lookBack));
    if (before.hasMatch()) {
        date.from -= int(before.capturedLength());
        if (before.capturedView(1).startsWith(QLatin1String("seit"), Qt::CaseInsensitive))
            date.openEnded = true;
    }
    return date;
}

} // namespace

QList<DateExpression> GermanDates::findAll(QStringView text, int contextYear, int bareYearAt)
{
    QList<DateExpression> found;
    QRegularExpressionMatchIterator matches = expression().globalMatch(text);
    while (matches.hasNext()) {
        if (const std::optional<DateExpression> date =
                accepted(matches.next(), text, contextYear, bareYearAt))
            found.append(*date);
    }
    return found;
}

std::optional<DateExpression> GermanDates::first(QStringView text, int contextYear, int bareYearAt)
{
    // Matches are read one by one so that a long text stops at its first date.
    QRegularExpressionMatchIterator matches = expression().globalMatch(text);
    while (matches.hasNext()) {
        if (std::optional<DateExpression> date = accepted(matches.next(), text, contextYear, bareYearAt))
            return date;
    }
    return std::nullopt;
}

bool GermanDates::soundsPlanned(QStringView sentence)
{
    static const RE pattern(QStringLiteral("(?<!\\p{L})(?:geplant|plant|planen|planmäßig|voraussichtlich|"
                                           "vorgesehen|soll|sollen|künftig)(?!\\p{L})"),
                            RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    return pattern.match(sentence).hasMatch();
}

} // namespace pressdesk
