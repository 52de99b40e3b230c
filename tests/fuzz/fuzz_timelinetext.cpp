// TimelineTextParser::parse on any text, as the import reads a release (UTF-8, the text a user pastes
// or a file holds), and on what htmlToText makes of it when it holds markup, as for a web page; then what
// the parser promises: milestones in text order, each with a start, a title that is found at its offset
// and line, an end only after the start, a milestone the timeline accepts, and warnings with their lines.
#include "formats/timelinetextparser.h"

#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace pressdesk;

namespace {

QString describe(const FoundMilestone &found)
{
    return QStringLiteral("%1–%2 @%3 line %4: “%5” from “%6”")
        .arg(found.start.toIsoString(), found.end.toIsoString())
        .arg(found.offset)
        .arg(found.line)
        .arg(found.title, found.context);
}

Milestone existing(int year, const char *title)
{
    Milestone milestone;
    milestone.start = PartialDate::fromYear(year);
    milestone.title = QString::fromUtf8(title);
    return milestone;
}

// True when text, read with runs of whitespace as one space and leading whitespace skipped, starts with
// title (which is simplified): the title is found at its offset. Linear, unlike simplified() of the rest.
bool startsWithSimplified(QStringView text, QStringView title)
{
    qsizetype at = 0;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    for (const QChar c : title) {
        if (c == QLatin1Char(' ')) {
            if (at >= text.size() || !text.at(at).isSpace())
                return false;
            while (at < text.size() && text.at(at).isSpace())
                ++at;
        } else if (at >= text.size() || text.at(at++) != c) {
            return false;
        }
    }
    return true;
}

void check(const QString &text)
{
    QList<Problem> warnings;
    const QList<FoundMilestone> found = TimelineTextParser::parse(text, &warnings);

    static const QList<Milestone> timeline = {existing(2014, "Der letzte Zafira rollt vom Band"),
                                              existing(2016, "DHL"), existing(2018, "Mark 51°7")};
    int previousOffset = 0;
    int line = 1; // the line of previousOffset
    const int lineCount = int(text.count(QLatin1Char('\n'))) + 1;
    for (const FoundMilestone &item : found) {
        FUZZ_CHECK(item.start.isValid(), describe(item));
        FUZZ_CHECK(!item.end.isValid() || item.start < item.end, describe(item));
        FUZZ_CHECK(!item.title.trimmed().isEmpty(), describe(item));
        FUZZ_CHECK(item.offset >= previousOffset && item.offset < text.size(), describe(item));
        // The offset is where the item stands: a list item or table cell starts with its title, a sentence
        // or a line (whose title is made concise) with its context.
        FUZZ_CHECK(startsWithSimplified(QStringView(text).mid(item.offset), item.title) ||
                       startsWithSimplified(QStringView(text).mid(item.offset), item.context),
                   describe(item));
        FUZZ_CHECK(!item.source.isEmpty() && !item.dateText.isEmpty(), describe(item));
        line += int(QStringView(text).mid(previousOffset, item.offset - previousOffset).count(u'\n'));
        FUZZ_CHECK(item.line == line, describe(item));
        previousOffset = item.offset;

        const Milestone milestone = TimelineTextParser::toMilestone(item);
        FUZZ_CHECK(milestone.validate().isValid(), describe(item) + milestone.validate().summary());
        (void)TimelineTextParser::isDuplicate(item, milestone);
        for (const Milestone &other : timeline)
            (void)TimelineTextParser::isDuplicate(item, other);
    }
    for (const Problem &warning : warnings)
        FUZZ_CHECK(warning.line >= 1 && warning.line <= lineCount && !warning.message.isEmpty(),
                   QString::number(warning.line) + QStringLiteral(": ") + warning.message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(text);
    if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('&')))
        check(TimelineTextParser::htmlToText(text));
    return 0;
}
