#include "releaseplaintext.h"

#include <QRegularExpression>

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
// Headline to the end of the body, one entry per paragraph.
QStringList releaseParts(const ReleaseDocument &document)
{
    QStringList parts = {ReleasePlainText::headingText(document.headline, document.subheadline)};
    const QString lead =
        ReleasePlainText::leadText(document.language, document.place, document.releaseDate, document.lead);
    if (!lead.isEmpty())
        parts.append(lead);
    for (const ReleaseDocument::Block &block : document.blocks) {
        const QString text = ReleasePlainText::blockText(block, document.language);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts;
}
} // namespace

QString ReleasePlainText::write(const ReleaseDocument &document)
{
    const DocumentLanguage &language = document.language;
    QString top = language.pressRelease();
    if (document.corrected)
        top += QStringLiteral(" – ") + language.correctedVersion();
    if (document.embargoUntil.isValid())
        top += QLatin1Char('\n') + language.embargo(document.embargoUntil);
    QStringList parts = {top};
    parts += releaseParts(document);

    if (!document.boilerplate.isEmpty())
        parts.append(document.boilerplateTitle + QLatin1Char('\n') + document.boilerplate);

    if (!document.contacts.isEmpty()) {
        QStringList lines = {language.pressContact()};
        for (const ReleaseDocument::PressContact &contact : document.contacts) {
            if (lines.size() > 1)
                lines.append(QString());
            lines.append(QStringList{contact.name, contact.role, contact.organisation}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QStringLiteral(", ")));
            for (const ContactChannel &channel : contact.channels)
                lines.append(language.channel(channel.kind) + QStringLiteral(": ") + channel.value);
        }
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
