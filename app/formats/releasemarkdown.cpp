#include "releasemarkdown.h"

#include <QRegularExpression>

namespace pressdesk {

QString ReleaseMarkdown::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '_':
        case '[':
        case ']':
        case '`':
        case '<':
            out += QLatin1Char('\\');
            break;
        default:
            break;
        }
        out += c;
    }
    // "&amp;" would become "&": an entity needs its ampersand escaped; any other & is just text.
    static const QRegularExpression entity(QStringLiteral("&(?=#?[A-Za-z0-9]+;)"));
    out.replace(entity, QStringLiteral("\\&"));
    // What opens a block at the start of a line: a heading, a list, a quote, a setext underline, an
    // ordered list ("7. Dezember" → "7\. Dezember": a backslash before a digit would be no escape).
    static const QRegularExpression opener(QStringLiteral("^(\\s*)([#>+=-])"),
                                           QRegularExpression::MultilineOption);
    out.replace(opener, QStringLiteral("\\1\\\\2"));
    static const QRegularExpression ordinal(QStringLiteral("^(\\s*\\d+)([.)])"),
                                            QRegularExpression::MultilineOption);
    out.replace(ordinal, QStringLiteral("\\1\\\\2"));
    return out;
}

namespace {
// One paragraph's text on one line, escaped: a line break inside a run would end the paragraph's markup.
QString md(const QString &text)
{
    return ReleaseMarkdown::escaped(text.simplified());
}

// An ATX heading; a # sequence at its end would be read as the closing sequence, so it is escaped.
QString heading(int level, const QString &text)
{
    static const QRegularExpression closing(QStringLiteral("(^|\\s)(#+)$"));
    return QString(level, QLatin1Char('#')) + QLatin1Char(' ') +
           md(text).replace(closing, QStringLiteral("\\1\\\\2"));
}

// An address as a link destination: the characters that would end or break it escaped.
QString destination(const QString &address)
{
    QString out;
    for (const QChar c : address) {
        if (c == QLatin1Char(' ')) {
            out += QStringLiteral("%20");
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('\\') ||
            c == QLatin1Char('<') || c == QLatin1Char('>'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString runsMarkdown(const TextRuns &runs)
{
    QString out;
    for (const TextRun &run : runs) {
        const QString core = run.text.simplified();
        if (core.isEmpty()) {
            out += run.text.isEmpty() ? QString() : QStringLiteral(" ");
            continue;
        }
        // Emphasis must hug its text ("**bold** ", never "**bold **"): spaces go outside the markers.
        QString part = md(core);
        if (run.bold && run.italic)
            part = QStringLiteral("***") + part + QStringLiteral("***");
        else if (run.bold)
            part = QStringLiteral("**") + part + QStringLiteral("**");
        else if (run.italic)
            part = QStringLiteral("*") + part + QStringLiteral("*");
        if (!run.link.isEmpty() && isAllowedLink(run.link))
            part = QStringLiteral("[%1](%2)").arg(part, destination(run.link));
        if (run.text.front().isSpace())
            out += QLatin1Char(' ');
        out += part;
        if (run.text.back().isSpace())
            out += QLatin1Char(' ');
    }
    return out.simplified();
}

QString quoteMarkdown(const ReleaseDocument::Block &block, const DocumentLanguage &language)
{
    QString out = QStringLiteral("> ") + md(language.quoted(block.quoteText.trimmed()));
    if (!block.speaker.trimmed().isEmpty()) {
        QString who = md(block.speaker);
        if (!block.speakerRole.trimmed().isEmpty())
            who += QStringLiteral(", ") + md(block.speakerRole);
        out += QStringLiteral("\n>\n> — ") + who;
    }
    return out;
}

QString photoMarkdown(const ReleaseDocument::Photo &photo, const DocumentLanguage &language)
{
    // The image bytes are not embedded (Markdown has no place for them): the reference names the file,
    // which the publisher puts beside the page.
    const QString line =
        QStringLiteral("*%1*").arg(md(language.photoLine(photo.caption, photo.credit, photo.licence)));
    const QString fileName = photo.fileName.trimmed();
    if (fileName.isEmpty())
        return line;
    const QString alt = photo.caption.trimmed().isEmpty()
                            ? language.photoLine(QString(), photo.credit, photo.licence)
                            : photo.caption;
    return QStringLiteral("![%1](%2)\n\n%3").arg(md(alt), destination(fileName), line);
}

// marker: "-", or "*" for a list right after another one, which "-" would continue.
QString blockMarkdown(const ReleaseDocument::Block &block, const DocumentLanguage &language,
                      const QString &marker)
{
    switch (block.kind) {
    case ReleaseBlock::Kind::Paragraph:
        return runsMarkdown(block.runs);
    case ReleaseBlock::Kind::Subheading: {
        const QString text = plainText(block.runs).simplified();
        return text.isEmpty() ? QString() : heading(2, text);
    }
    case ReleaseBlock::Kind::BulletList: {
        QStringList lines;
        for (const TextRuns &item : block.items)
            lines.append(marker + QLatin1Char(' ') + runsMarkdown(item));
        return lines.join(QLatin1Char('\n'));
    }
    case ReleaseBlock::Kind::Quote:
        return block.quoteMissing ? QString() : quoteMarkdown(block, language);
    case ReleaseBlock::Kind::Timeline: {
        QStringList lines;
        for (const ReleaseDocument::YearEntry &year : block.years)
            lines.append(QStringLiteral("%1 **%2:** %3")
                             .arg(marker, md(year.label), md(year.titles.join(QStringLiteral(", ")))));
        return lines.join(QLatin1Char('\n'));
    }
    case ReleaseBlock::Kind::Photo:
        return photoMarkdown(block.photo, language);
    }
    return {};
}

QString contactMarkdown(const ReleaseDocument::PressContact &contact, const DocumentLanguage &language)
{
    QStringList who;
    if (!contact.name.trimmed().isEmpty())
        who.append(QStringLiteral("**%1**").arg(md(contact.name)));
    for (const QString &part : {contact.role, contact.organisation}) {
        if (!part.trimmed().isEmpty())
            who.append(md(part));
    }
    QStringList lines;
    if (!who.isEmpty())
        lines.append(who.join(QStringLiteral(", ")));
    for (const QString &line : contact.address)
        lines.append(md(line));
    for (const ContactChannel &channel : contact.channels) {
        const QString value = channel.value.simplified();
        QString shown = md(value);
        if (channel.kind == ChannelKind::Email && !value.contains(QLatin1Char(' ')) &&
            isAllowedLink(QStringLiteral("mailto:") + value))
            shown = QStringLiteral("[%1](mailto:%2)").arg(md(value), destination(value));
        else if (channel.kind == ChannelKind::Web && isAllowedLink(value))
            shown = QStringLiteral("[%1](%2)").arg(md(value), destination(value));
        lines.append(md(language.channel(channel.kind)) + QStringLiteral(": ") + shown);
    }
    // A backslash at the end of a line is CommonMark's hard line break: one paragraph, one line each.
    return lines.join(QStringLiteral("\\\n"));
}
} // namespace

QByteArray ReleaseMarkdown::write(const ReleaseDocument &document)
{
    const DocumentLanguage &language = document.language;
    QStringList parts;
    QString label = language.pressRelease();
    if (document.corrected)
        label += QStringLiteral(" – ") + language.correctedVersion();
    parts.append(md(label));
    if (document.embargoUntil.isValid())
        parts.append(QStringLiteral("**%1**").arg(md(language.embargo(document.embargoUntil))));
    parts.append(heading(1, document.headline));
    if (!document.subheadline.trimmed().isEmpty())
        parts.append(QStringLiteral("*%1*").arg(md(document.subheadline)));
    // The Spitzmarke runs into the lead, as in print.
    parts.append(
        md(QStringList{language.dateline(document.place, document.releaseDate), document.lead.trimmed()}.join(
            QLatin1Char(' '))));
    QString previousMarker; // the marker of the list just written; empty after anything else
    for (const ReleaseDocument::Block &block : document.blocks) {
        const QString marker =
            previousMarker == QLatin1String("-") ? QStringLiteral("*") : QStringLiteral("-");
        const QString markdown = blockMarkdown(block, language, marker);
        if (markdown.isEmpty())
            continue;
        parts.append(markdown);
        const bool list =
            block.kind == ReleaseBlock::Kind::BulletList || block.kind == ReleaseBlock::Kind::Timeline;
        previousMarker = list ? marker : QString();
    }
    if (!document.boilerplate.trimmed().isEmpty()) {
        if (!document.boilerplateTitle.trimmed().isEmpty())
            parts.append(heading(2, document.boilerplateTitle));
        static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
        for (const QString &paragraph : document.boilerplate.trimmed().split(blankLine, Qt::SkipEmptyParts)) {
            QStringList lines = paragraph.split(QLatin1Char('\n'));
            for (QString &line : lines)
                line = md(line);
            parts.append(lines.join(QStringLiteral("\\\n")));
        }
    }
    if (!document.contacts.isEmpty()) {
        parts.append(heading(2, language.pressContact()));
        for (const ReleaseDocument::PressContact &contact : document.contacts)
            parts.append(contactMarkdown(contact, language));
    }
    parts.removeAll(QString());
    return (parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n')).toUtf8();
}

} // namespace pressdesk
