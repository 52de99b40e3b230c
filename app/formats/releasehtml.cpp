#include "releasehtml.h"

#include "imageheader.h"

#include <QRegularExpression>

namespace pressdesk {

namespace {
// Readable on a phone and in print without any external file; the page's owner may restyle it.
const char *const styleSheet = R"(body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a;
  background: #fff; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
.label { text-transform: uppercase; letter-spacing: .05em; font-size: .875rem; color: #555; margin: 0; }
.embargo { color: #a00; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
.subheadline { font-size: 1.125rem; color: #444; margin-top: 0; }
.lead { font-weight: bold; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: .25rem solid #ccc; font-style: italic; }
blockquote footer { font-style: normal; }
dl.timeline dt { font-weight: bold; }
dl.timeline dd { margin-left: 1.5rem; }
figure { margin: 1.5rem 0; }
img { max-width: 100%; height: auto; }
figcaption { font-size: .875rem; color: #444; }
a { color: #0645ad; })";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with the line breaks a press officer typed kept.
QString escapedLines(const QString &text)
{
    return escaped(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}

QString runsHtml(const TextRuns &runs)
{
    QString html;
    for (const TextRun &run : runs) {
        QString part = escaped(run.text);
        if (run.italic)
            part = QStringLiteral("<em>") + part + QStringLiteral("</em>");
        if (run.bold)
            part = QStringLiteral("<strong>") + part + QStringLiteral("</strong>");
        if (!run.link.isEmpty() && isAllowedLink(run.link))
            part = QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(run.link), part);
        html += part;
    }
    return html.trimmed();
}

// The MIME type a data: URL may carry: what the bytes say, else the stored type when it is a plain
// image type. Anything else is not embedded.
QString imageType(const ReleaseDocument::Photo &photo, const ImageHeader &header)
{
    if (!header.mimeType.isEmpty())
        return header.mimeType;
    static const QRegularExpression plainImageType(QStringLiteral("^image/[a-z0-9.+-]+$"));
    const QString stored = photo.mimeType.trimmed().toLower();
    return plainImageType.match(stored).hasMatch() ? stored : QString();
}

QString photoHtml(const ReleaseDocument::Photo &photo, const DocumentLanguage &language)
{
    const QString line = language.photoLine(photo.caption, photo.credit, photo.licence);
    const ImageHeader header = ImageHeader::read(photo.data);
    const QString type = photo.data.isEmpty() ? QString() : imageType(photo, header);
    if (type.isEmpty())
        return QStringLiteral("<p class=\"photo\">%1</p>").arg(escaped(line));
    // The alt text is the caption; a photo without one is described by its credit line, never left empty.
    const QString alt = photo.caption.trimmed().isEmpty() ? line : photo.caption.trimmed();
    QString size;
    if (header.size.isValid())
        size =
            QStringLiteral(" width=\"%1\" height=\"%2\"").arg(header.size.width()).arg(header.size.height());
    return QStringLiteral("<figure>\n<img src=\"data:%1;base64,%2\" alt=\"%3\"%4>\n"
                          "<figcaption>%5</figcaption>\n</figure>")
        .arg(type, QString::fromLatin1(photo.data.toBase64()), escaped(alt), size, escaped(line));
}

QString quoteHtml(const ReleaseDocument::Block &block, const DocumentLanguage &language)
{
    QString html =
        QStringLiteral("<blockquote>\n<p>%1</p>\n").arg(escaped(language.quoted(block.quoteText.trimmed())));
    if (!block.speaker.trimmed().isEmpty()) {
        html += QStringLiteral("<footer><cite>%1</cite>").arg(escaped(block.speaker.trimmed()));
        if (!block.speakerRole.trimmed().isEmpty())
            html += QStringLiteral(", ") + escaped(block.speakerRole.trimmed());
        html += QStringLiteral("</footer>\n");
    }
    return html + QStringLiteral("</blockquote>");
}

QString blockHtml(const ReleaseDocument::Block &block, const DocumentLanguage &language)
{
    switch (block.kind) {
    case ReleaseBlock::Kind::Paragraph: {
        const QString text = runsHtml(block.runs);
        return text.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(text);
    }
    case ReleaseBlock::Kind::Subheading: {
        const QString text = runsHtml(block.runs);
        return text.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(text);
    }
    case ReleaseBlock::Kind::BulletList: {
        if (block.items.isEmpty())
            return {};
        QString html = QStringLiteral("<ul>\n");
        for (const TextRuns &item : block.items)
            html += QStringLiteral("<li>%1</li>\n").arg(runsHtml(item));
        return html + QStringLiteral("</ul>");
    }
    case ReleaseBlock::Kind::Quote:
        return block.quoteMissing ? QString() : quoteHtml(block, language);
    case ReleaseBlock::Kind::Timeline: {
        if (block.years.isEmpty())
            return {};
        QString html = QStringLiteral("<dl class=\"timeline\">\n");
        for (const ReleaseDocument::YearEntry &year : block.years) {
            html += QStringLiteral("<dt>%1</dt>\n").arg(escaped(year.label));
            for (const QString &title : year.titles)
                html += QStringLiteral("<dd>%1</dd>\n").arg(escaped(title));
        }
        return html + QStringLiteral("</dl>");
    }
    case ReleaseBlock::Kind::Photo:
        return photoHtml(block.photo, language);
    }
    return {};
}

QString channelHtml(const ContactChannel &channel, const DocumentLanguage &language)
{
    const QString value = channel.value.trimmed();
    QString shown = escaped(value);
    switch (channel.kind) {
    case ChannelKind::Email:
        if (isAllowedLink(QStringLiteral("mailto:") + value) && !value.contains(QLatin1Char(' ')))
            shown = QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(escaped(value));
        break;
    case ChannelKind::Phone:
    case ChannelKind::Mobile: {
        // tel: wants the digits alone ("0234 555-1001" → tel:02345551001), a leading + kept.
        QString digits = value.startsWith(QLatin1Char('+')) ? QStringLiteral("+") : QString();
        for (const QChar c : value) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                digits += c;
        }
        if (digits.size() >= 3)
            shown = QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(digits, escaped(value));
        break;
    }
    case ChannelKind::Web:
        if (isAllowedLink(value))
            shown = QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(value));
        break;
    case ChannelKind::Fax:
    case ChannelKind::Other:
        break;
    }
    return escaped(language.channel(channel.kind)) + QStringLiteral(": ") + shown;
}

QString contactsHtml(const ReleaseDocument &document)
{
    QString html = QStringLiteral("<section class=\"contact\">\n<h2>%1</h2>\n")
                       .arg(escaped(document.language.pressContact()));
    for (const ReleaseDocument::PressContact &contact : document.contacts) {
        QStringList lines;
        QStringList who;
        if (!contact.name.trimmed().isEmpty())
            who.append(QStringLiteral("<strong>%1</strong>").arg(escaped(contact.name.trimmed())));
        for (const QString &part : {contact.role, contact.organisation}) {
            if (!part.trimmed().isEmpty())
                who.append(escaped(part.trimmed()));
        }
        if (!who.isEmpty())
            lines.append(who.join(QStringLiteral(", ")));
        for (const QString &line : contact.address)
            lines.append(escaped(line));
        for (const ContactChannel &channel : contact.channels)
            lines.append(channelHtml(channel, document.language));
        html += QStringLiteral("<address>\n%1\n</address>\n").arg(lines.join(QStringLiteral("<br>\n")));
    }
    return html + QStringLiteral("</section>");
}
} // namespace

QByteArray ReleaseHtml::write(const ReleaseDocument &document)
{
    const DocumentLanguage &language = document.language;
    QStringList header;
    QString label = language.pressRelease();
    if (document.corrected)
        label += QStringLiteral(" – ") + language.correctedVersion();
    header.append(QStringLiteral("<p class=\"label\">%1</p>").arg(escaped(label)));
    if (document.embargoUntil.isValid())
        header.append(QStringLiteral("<p class=\"embargo\"><strong>%1</strong></p>")
                          .arg(escaped(language.embargo(document.embargoUntil))));
    header.append(QStringLiteral("<h1>%1</h1>").arg(escaped(document.headline.trimmed())));
    if (!document.subheadline.trimmed().isEmpty())
        header.append(
            QStringLiteral("<p class=\"subheadline\">%1</p>").arg(escaped(document.subheadline.trimmed())));
    QStringList body = {QStringLiteral("<header>\n%1\n</header>").arg(header.join(QLatin1Char('\n')))};

    // The Spitzmarke runs into the lead, as in print.
    const QString dateline = language.dateline(document.place, document.releaseDate);
    QStringList lead;
    if (!dateline.isEmpty())
        lead.append(QStringLiteral("<span class=\"dateline\">%1</span>").arg(escaped(dateline)));
    if (!document.lead.trimmed().isEmpty())
        lead.append(escapedLines(document.lead));
    if (!lead.isEmpty())
        body.append(QStringLiteral("<p class=\"lead\">%1</p>").arg(lead.join(QLatin1Char(' '))));

    for (const ReleaseDocument::Block &block : document.blocks) {
        const QString html = blockHtml(block, language);
        if (!html.isEmpty())
            body.append(html);
    }

    if (!document.boilerplate.trimmed().isEmpty()) {
        QString html = QStringLiteral("<section class=\"boilerplate\">\n");
        if (!document.boilerplateTitle.trimmed().isEmpty())
            html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(document.boilerplateTitle.trimmed()));
        static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
        for (const QString &paragraph : document.boilerplate.trimmed().split(blankLine, Qt::SkipEmptyParts))
            html += QStringLiteral("<p>%1</p>\n").arg(escapedLines(paragraph));
        body.append(html + QStringLiteral("</section>"));
    }
    if (!document.contacts.isEmpty())
        body.append(contactsHtml(document));

    const QString page =
        QStringLiteral("<!DOCTYPE html>\n"
                       "<html lang=\"%1\">\n"
                       "<head>\n"
                       "<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"PressDesk\">\n"
                       "<title>%2</title>\n"
                       "<style>\n%3\n</style>\n"
                       "</head>\n"
                       "<body>\n"
                       "<article>\n%4\n</article>\n"
                       "</body>\n"
                       "</html>\n")
            .arg(language.code(), escaped(document.headline.trimmed()), QString::fromUtf8(styleSheet),
                 body.join(QLatin1Char('\n')));
    return page.toUtf8();
}

} // namespace pressdesk
