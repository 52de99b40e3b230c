#include "releaseplaintext.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace pressdesk {

QString ReleasePlainText::runsText(const TextRuns &runs)
{
    QString text;
    for (const TextRun &run : runs) {
        text += run.text;
        QString address = run.link;
        if (address.startsWith(QLatin1String("mailto:")))
            address = address.mid(7);
        if (!run.link.isEmpty() && run.text.trimmed() != address && run.text.trimmed() != run.link)
            text += QStringLiteral(" (%1)").arg(address);
    }
    return text.trimmed();
}

QString ReleasePlainText::headingText(const QString &headline, const QString &subheadline)
{
    QString heading = headline.trimmed();
    if (!subheadline.trimmed().isEmpty())
        heading += QLatin1Char('\n') + subheadline.trimmed();
    return heading;
}

QString ReleasePlainText::leadText(const DocumentLanguage &language, const QString &place, const QDate &date,
                                   const QString &lead)
{
    return QStringList{language.dateline(place.trimmed(), date), lead.trimmed()}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString ReleasePlainText::blockText(const ReleaseDocument::Block &block, const DocumentLanguage &language)
{
    switch (block.kind) {
    case ReleaseBlock::Kind::Paragraph:
    case ReleaseBlock::Kind::Subheading:
        return runsText(block.runs);
    case ReleaseBlock::Kind::BulletList: {
        QStringList lines;
        for (const TextRuns &item : block.items)
            lines.append(listItemText(item));
        return lines.join(QLatin1Char('\n'));
    }
    case ReleaseBlock::Kind::Quote:
        return block.quoteMissing
                   ? QString()
                   : language.attributedQuote(block.quoteText, block.speakerRole, block.speaker);
    case ReleaseBlock::Kind::Timeline: {
        QStringList lines;
        for (const ReleaseDocument::YearEntry &year : block.years)
            lines.append(year.label + QStringLiteral(": ") + year.titles.join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    case ReleaseBlock::Kind::Photo:
        return language.photoLine(block.photo.caption, block.photo.credit, block.photo.licence);
    }
    return {};
}

QString ReleasePlainText::listItemText(const TextRuns &item)
{
    return QStringLiteral("– ") + runsText(item);
}

namespace {
// A line of the text: a prefix ("– ", "2016: ", "Telefon: ") that a wrapped line hangs under, and the
// text after it. write() prints them as they are, writeEmail() wraps them.
struct Line
{
    QString prefix;
    QString text;
};
using Part = QList<Line>; // a paragraph: the parts are separated by a blank line

Part linesOf(const QString &text)
{
    Part part;
    if (!text.isEmpty()) {
        for (const QString &line : text.split(QLatin1Char('\n')))
            part.append(Line{QString(), line});
    }
    return part;
}

QString joined(const Part &part)
{
    QStringList lines;
    for (const Line &line : part)
        lines.append(line.prefix + line.text);
    return lines.join(QLatin1Char('\n'));
}

Part blockPart(const ReleaseDocument::Block &block, const DocumentLanguage &language)
{
    Part part;
    switch (block.kind) {
    case ReleaseBlock::Kind::BulletList:
        for (const TextRuns &item : block.items)
            part.append(Line{QStringLiteral("– "), ReleasePlainText::runsText(item)});
        return part;
    case ReleaseBlock::Kind::Timeline:
        for (const ReleaseDocument::YearEntry &year : block.years)
            part.append(Line{year.label + QStringLiteral(": "), year.titles.join(QStringLiteral(", "))});
        return part;
    default:
        return linesOf(ReleasePlainText::blockText(block, language));
    }
}

// Headline to the end of the body, one entry per paragraph (the heading even when it is empty).
QList<Part> releaseLayout(const ReleaseDocument &document)
{
    QList<Part> parts = {linesOf(ReleasePlainText::headingText(document.headline, document.subheadline))};
    parts.append(linesOf(
        ReleasePlainText::leadText(document.language, document.place, document.releaseDate, document.lead)));
    for (const ReleaseDocument::Block &block : document.blocks)
        parts.append(blockPart(block, document.language));
    return parts;
}

// What counts() measures: releaseLayout() as text, without the empty paragraphs after the heading.
QStringList releaseParts(const ReleaseDocument &document)
{
    const QList<Part> layout = releaseLayout(document);
    QStringList parts = {joined(layout.first())};
    for (qsizetype i = 1; i < layout.size(); ++i) {
        const QString text = joined(layout.at(i));
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts;
}

// The whole release: label and embargo, releaseLayout(), the boilerplate and the Pressekontakt.
QList<Part> layout(const ReleaseDocument &document)
{
    const DocumentLanguage &language = document.language;
    QString label = language.pressRelease();
    if (document.corrected)
        label += QStringLiteral(" – ") + language.correctedVersion();
    Part top = {Line{QString(), label}};
    if (document.embargoUntil.isValid())
        top.append(Line{QString(), language.embargo(document.embargoUntil)});
    QList<Part> parts = {top};
    parts += releaseLayout(document);

    if (!document.boilerplate.isEmpty())
        parts.append(linesOf(document.boilerplateTitle + QLatin1Char('\n') + document.boilerplate));

    if (!document.contacts.isEmpty()) {
        Part lines = {Line{QString(), language.pressContact()}};
        for (const ReleaseDocument::PressContact &contact : document.contacts) {
            if (lines.size() > 1)
                lines.append(Line{});
            lines.append(Line{QString(), QStringList{contact.name, contact.role, contact.organisation}
                                             .filter(QRegularExpression(QStringLiteral("\\S")))
                                             .join(QStringLiteral(", "))});
            for (const QString &line : contact.address)
                lines.append(Line{QString(), line});
            for (const ContactChannel &channel : contact.channels)
                lines.append(Line{language.channel(channel.kind) + QStringLiteral(": "), channel.value});
        }
        parts.append(lines);
    }
    return parts;
}

// Characters as a reader counts them: one outside the BMP is one, not two UTF-16 units.
int characters(QStringView text)
{
    int count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}
} // namespace

QString ReleasePlainText::write(const ReleaseDocument &document)
{
    QStringList parts;
    for (const Part &part : layout(document))
        parts.append(joined(part));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QStringList ReleasePlainText::wrapped(const QString &prefix, const QString &text, int width)
{
    // A prefix too long to hang under (a month and a year range) would leave no room: indent less.
    const QString indent(std::min(characters(prefix), width / 3), QLatin1Char(' '));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QStringList words;
    for (const QString &word : text.split(blanks, Qt::SkipEmptyParts)) {
        // A dash standing alone stays with the word before it: "2020 –" never starts a line with "–".
        const bool dash =
            word == QStringLiteral("–") || word == QStringLiteral("—") || word == QStringLiteral("-");
        if (dash && !words.isEmpty())
            words.last() += QLatin1Char(' ') + word;
        else
            words.append(word);
    }
    QStringList lines;
    QString line = prefix;
    bool bare = true; // nothing but the prefix or the indent yet
    for (const QString &word : std::as_const(words)) {
        if (!bare && characters(line) + 1 + characters(word) > width) {
            lines.append(line);
            line = indent;
            bare = true;
        }
        if (!bare)
            line += QLatin1Char(' ');
        line += word;
        bare = false;
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    lines.append(line);
    return lines;
}

QString ReleasePlainText::writeEmail(const ReleaseDocument &document)
{
    QStringList parts;
    for (const Part &part : layout(document)) {
        QStringList lines;
        for (const Line &line : part)
            lines += wrapped(line.prefix, line.text);
        parts.append(lines.join(QLatin1Char('\n')));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

ReleasePlainText::Counts ReleasePlainText::counts(const ReleaseDocument &document)
{
    const QString lead = leadText(document.language, document.place, document.releaseDate, document.lead);
    return {TextStatistics::of(releaseParts(document).join(QLatin1Char('\n'))), TextStatistics::of(lead)};
}

} // namespace pressdesk
