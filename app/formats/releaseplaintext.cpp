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

namespace {
// Headline to the end of the body, one entry per paragraph.
QStringList releaseParts(const ReleaseDocument &document)
{
    const DocumentLanguage &language = document.language;
    QStringList parts;
    QString heading = document.headline;
    if (!document.subheadline.isEmpty())
        heading += QLatin1Char('\n') + document.subheadline;
    parts.append(heading);

    const QString dateline = language.dateline(document.place, document.releaseDate);
    const QString lead = QStringList{dateline, document.lead}.join(QLatin1Char(' ')).trimmed();
    if (!lead.isEmpty())
        parts.append(lead);

    for (const ReleaseDocument::Block &block : document.blocks) {
        switch (block.kind) {
        case ReleaseBlock::Kind::Paragraph:
        case ReleaseBlock::Kind::Subheading:
            parts.append(ReleasePlainText::runsText(block.runs));
            break;
        case ReleaseBlock::Kind::BulletList: {
            QStringList lines;
            for (const TextRuns &item : block.items)
                lines.append(QStringLiteral("– ") + ReleasePlainText::runsText(item));
            parts.append(lines.join(QLatin1Char('\n')));
            break;
        }
        case ReleaseBlock::Kind::Quote:
            if (!block.quoteMissing)
                parts.append(language.attributedQuote(block.quoteText, block.speakerRole, block.speaker));
            break;
        case ReleaseBlock::Kind::Timeline: {
            QStringList lines;
            for (const ReleaseDocument::YearEntry &year : block.years)
                lines.append(year.label + QStringLiteral(": ") + year.titles.join(QStringLiteral(", ")));
            if (!lines.isEmpty())
                parts.append(lines.join(QLatin1Char('\n')));
            break;
        }
        case ReleaseBlock::Kind::Photo:
            parts.append(language.photoLine(block.photo.caption, block.photo.credit, block.photo.licence));
            break;
        }
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
    const QString lead =
        QStringList{document.language.dateline(document.place, document.releaseDate), document.lead}
            .join(QLatin1Char(' '))
            .trimmed();
    return {TextStatistics::of(releaseParts(document).join(QLatin1Char('\n'))), TextStatistics::of(lead)};
}

} // namespace pressdesk
