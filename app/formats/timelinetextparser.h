#pragma once

#include "core/milestone.h"
#include "core/partialdate.h"
#include "core/result.h"
#include "problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// One milestone found in a release text, before the user has looked at it.
struct FoundMilestone
{
    PartialDate start;
    PartialDate end; // invalid unless the text gave a range ("2017 – 2020: …")
    QString title;
    int offset = 0;   // where its item (list item, sentence, line, table cell) starts (0-based, in QChars)
    int line = 0;     // the line of offset, 1-based
    QString context;  // where it came from: the year's list ("2016: A, B"), the sentence, the table row
    QString source;   // the whole line it stands on, for the preview
    QString dateText; // the date as the text writes it ("im Frühjahr 2018", "2016:")
    bool approximate = false;     // a season, quarter, half year, "Anfang/Mitte/Ende", a decade
    bool openEnded = false;       // "seit 2019": a range without end (the milestone gets the start)
    bool yearFromContext = false; // "am 5.12.": the year is the one the text mentioned last before it
    bool planned = false;         // "für 2024 geplant", "soll … fertig sein"

    // Worth a look before importing: the date was read from a vague or incomplete expression.
    bool needsCheck() const { return approximate || openEnded || yearFromContext; }
};

// Finds milestones in a press release as it arrives, e.g.
// shared/sample-data/bochum-2020-pressemitteilung.txt.
//
// Year lists: "2016: A, B" (also glued to the word before, "…in Bochum2017: C"; ranges "2017 – 2020: D" with
// hyphen, en or em dash, or "2017 bis 2020: D") give one year milestone per item. A list runs until the next
// year prefix, a quotation mark that opens a quote, a line break followed by text that does not continue the
// list (a bullet "- …" or a line after a trailing comma continue it; under a year alone on its line, bullets
// may follow a blank line), or the end. Items are split at commas, semicolons and line breaks outside
// parentheses and quotation marks; a comma between two digits is a German decimal comma and stays with its
// number ("Quote sinkt auf 6,4%, 2.500 neue Jobs" is two items). Whitespace and trailing . , ; : are trimmed
// and empty items dropped.
//
// Dates in prose: a sentence with a day ("5.12.2014", "05.12.2014", "5. Dezember 2014", "December 5, 2014",
// "2014-12-05") or a month ("im Mai 2018", "Dezember 2014", "Maerz 2016", "May 2018") gives one milestone at
// its first such date; a bullet line is a sentence of its own. Its title is the whole sentence without the
// trailing period ("Am 5.12.2014 rollt der letzte Zafira vom Band"): cutting the date phrase out of a German
// sentence leaves the verb first ("Rollt der letzte …"), and reordering it needs more grammar than a parser
// should guess; the user edits the title in the preview. Bare years and other numbers in prose ("vor 5
// Jahren", "9%") are not dates.
// The dateline that opens a press text: "Herne, 14. März 2023 –", "Bochum, 07.12.2020:". It is the
// text's own date, not a milestone.
struct Dateline
{
    QString place;
    PartialDate date;
    int offset = 0; // where it starts in the text (0-based, in QChars)
    int length = 0; // up to and with the dash or colon after the date
};

class TimelineTextParser
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTextParser)
public:
    // The dateline at the start of a line within the text's first five lines, if there is one.
    static std::optional<Dateline> dateline(const QString &text);

    // Everything found, in text order; the dateline is not among it. A year outside 1800–2200 (a year list's,
    // a range's end, a date's in prose) is taken as written, and warned about in warnings (when given) with
    // its line: it is more likely a number or a typing error than a milestone, but a city's history may start
    // earlier.
    static QList<FoundMilestone> parse(const QString &text, QList<Problem> *warnings = nullptr);

    // True when found is very likely existing: the same start year, and the same words in the titles
    // after case folding, ignoring punctuation, word order and a date phrase in the title ("Am 5.12.2014
    // rollt der letzte Zafira vom Band" is "Der letzte Zafira rollt vom Band" of 2014).
    static bool isDuplicate(const FoundMilestone &found, const Milestone &existing);

    // The milestone a found one becomes when imported: draft, no category, context as description
    // (unless it only repeats the title).
    static Milestone toMilestone(const FoundMilestone &found);

    // A release text from a file: UTF-8, or UTF-16 with a byte order mark or recognisable by its NUL bytes
    // (a byte order mark is dropped). A web page (.html or .htm, or a text that starts with an HTML doctype
    // or <html>) comes back as htmlToText() of it, so lines then count in that text. A missing, unreadable,
    // empty, binary (NUL bytes that are not UTF-16) or non-UTF-8 file is refused with one sentence for the
    // user.
    static Result<QString> readTextFile(const QString &path);

    // The text of an HTML document as a reader sees it: tags stripped, entities decoded (named ones of
    // German text, and numeric ones), whitespace collapsed; paragraphs, headings, lists and tables set off
    // by a blank line, <br>, <div>, table rows and list items start a line (a list item with a bullet "• "),
    // table cells are separated by a blank. Head, script and style content and comments are left out;
    // <pre> keeps its lines.
    static QString htmlToText(const QString &html);
};

} // namespace pressdesk
