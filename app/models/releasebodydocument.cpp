#include "releasebodydocument.h"

#include "formats/releaseplaintext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

#include <variant>

namespace pressdesk {

namespace {

enum Property
{
    BlockJsonProperty = QTextFormat::UserProperty + 1,
    LabelProperty,
    RenderedTextProperty,
    ImageProperty,
    KindProperty,
    SubheadingProperty, // on a block format: the paragraph is a subheading
};

constexpr double ObjectPadding = 8;
constexpr double ObjectBar = 4;
constexpr int PhotoWidth = 160;
constexpr int PhotoHeight = 110;

QString blockJson(const ReleaseBlock &block)
{
    ReleaseContent single;
    single.blocks = {block};
    return QString::fromUtf8(single.toJson());
}

// The block an object character carries; nullopt when it is not one of ours (an image pasted from a web
// page).
std::optional<ReleaseBlock> objectBlock(const QTextCharFormat &format)
{
    if (format.objectType() != ReleaseBodyDocument::ObjectType)
        return std::nullopt;
    Result<ReleaseContent> single =
        ReleaseContent::fromJson(format.stringProperty(BlockJsonProperty).toUtf8());
    if (!single || single->blocks.size() != 1)
        return std::nullopt;
    return single->blocks.first();
}

QTextCharFormat runFormat(const TextRun &run)
{
    QTextCharFormat format;
    format.setFontWeight(run.bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(run.italic);
    if (!run.link.isEmpty()) {
        format.setAnchor(true);
        format.setAnchorHref(run.link);
        format.setFontUnderline(true);
        format.setForeground(QColor(0x1a, 0x5f, 0xb4));
    }
    return format;
}

void insertRuns(QTextCursor &cursor, const TextRuns &runs)
{
    for (const TextRun &run : runs) {
        QString text = run.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        cursor.insertText(text, runFormat(run));
    }
}

// The runs of a paragraph: neighbouring fragments of one look merged, object characters dropped, the
// paragraph's leading and trailing blanks trimmed.
void trimRuns(TextRuns &runs)
{
    while (!runs.isEmpty()) {
        QString &first = runs.first().text;
        while (!first.isEmpty() && first.front().isSpace())
            first.remove(0, 1);
        if (!first.isEmpty())
            break;
        runs.removeFirst();
    }
    while (!runs.isEmpty()) {
        QString &last = runs.last().text;
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
        if (!last.isEmpty())
            break;
        runs.removeLast();
    }
}

// The pieces of a paragraph in order: its text as runs (neighbouring fragments of one look merged, each
// piece's blanks at both ends trimmed), and — when objects are kept — the object blocks standing in it.
// Text typed beside a quote in its paragraph thus stays text, and the quote stays a quote.
QList<std::variant<TextRuns, ReleaseBlock>> piecesOf(const QTextBlock &block, bool keepLinks,
                                                     bool keepObjects)
{
    QList<std::variant<TextRuns, ReleaseBlock>> pieces;
    TextRuns runs;
    const auto flush = [&] {
        trimRuns(runs);
        if (!runs.isEmpty())
            pieces.append(runs);
        runs.clear();
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (keepObjects) {
            if (const auto object = objectBlock(format)) {
                flush();
                for (int i = 0; i < fragment.text().count(QChar::ObjectReplacementCharacter); ++i)
                    pieces.append(*object);
                continue;
            }
        }
        QString text = fragment.text();
        text.remove(QChar::ObjectReplacementCharacter);
        text.replace(QChar::LineSeparator, QLatin1Char(' '));
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (text.isEmpty())
            continue;
        TextRun run{text, format.fontWeight() >= QFont::DemiBold, format.fontItalic(), QString()};
        if (keepLinks && format.isAnchor() && isAllowedLink(format.anchorHref().trimmed()))
            run.link = format.anchorHref().trimmed();
        if (!runs.isEmpty() && runs.last().bold == run.bold && runs.last().italic == run.italic &&
            runs.last().link == run.link)
            runs.last().text += run.text;
        else
            runs.append(run);
    }
    flush();
    return pieces;
}

// A paragraph's text alone, objects left out.
TextRuns runsOf(const QTextBlock &block, bool keepLinks)
{
    TextRuns runs;
    for (const auto &piece : piecesOf(block, keepLinks, false))
        runs += std::get<TextRuns>(piece);
    return runs;
}

QString kindLabel(ReleaseBlock::Kind kind)
{
    switch (kind) {
    case ReleaseBlock::Kind::Quote:
        return ReleaseBodyDocument::tr("Quote");
    case ReleaseBlock::Kind::Timeline:
        return ReleaseBodyDocument::tr("Timeline");
    case ReleaseBlock::Kind::Photo:
        return ReleaseBodyDocument::tr("Photo");
    default:
        return {};
    }
}

enum class ReadMode
{
    Editor, // our own document: subheadings and object blocks count
    Paste,  // foreign text: paragraphs, bold, italic, links and lists only
};

ReleaseContent readDocument(const QTextDocument *document, QList<int> *blockOfParagraph, ReadMode mode)
{
    ReleaseContent content;
    if (blockOfParagraph)
        blockOfParagraph->clear();
    const QTextList *currentList = nullptr;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const auto note = [&](int index) {
            if (blockOfParagraph)
                blockOfParagraph->append(index);
        };
        if (mode == ReadMode::Editor && block.text() == QString(QChar::ObjectReplacementCharacter)) {
            const auto object = objectBlock(block.begin().fragment().charFormat());
            if (object) {
                currentList = nullptr;
                content.blocks.append(*object);
                note(int(content.blocks.size()) - 1);
                continue;
            }
        }
        if (const QTextList *list = block.textList()) {
            const TextRuns runs = runsOf(block, true);
            if (runs.isEmpty()) {
                note(currentList == list ? int(content.blocks.size()) - 1 : -1);
                continue;
            }
            if (currentList != list) {
                ReleaseBlock items;
                items.kind = ReleaseBlock::Kind::BulletList;
                content.blocks.append(items);
                currentList = list;
            }
            content.blocks.last().items.append(runs);
            note(int(content.blocks.size()) - 1);
            continue;
        }
        currentList = nullptr;
        const auto pieces = piecesOf(block, true, mode == ReadMode::Editor);
        if (pieces.isEmpty()) {
            note(-1);
            continue;
        }
        const bool subheading =
            mode == ReadMode::Editor && block.blockFormat().boolProperty(SubheadingProperty);
        for (const auto &piece : pieces) {
            if (const auto *object = std::get_if<ReleaseBlock>(&piece)) {
                content.blocks.append(*object);
                continue;
            }
            ReleaseBlock paragraph;
            paragraph.kind = subheading ? ReleaseBlock::Kind::Subheading : ReleaseBlock::Kind::Paragraph;
            paragraph.runs = std::get<TextRuns>(piece);
            if (subheading) // a subheading's look is its own: its text is stored plain
                paragraph.runs = {TextRun{plainText(paragraph.runs), false, false, QString()}};
            content.blocks.append(paragraph);
        }
        note(int(content.blocks.size()) - 1);
    }
    return content;
}

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat format;
    format.setBottomMargin(6);
    return format;
}

QTextBlockFormat subheadingFormat()
{
    QTextBlockFormat format;
    format.setProperty(SubheadingProperty, true);
    format.setTopMargin(8);
    format.setBottomMargin(4);
    return format;
}

QTextCharFormat subheadingCharFormat()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(QFont().pointSizeF() * 1.15);
    return format;
}

// Writes one block; `first` says whether the cursor's current (empty) paragraph is to be used.
void writeBlock(QTextCursor &cursor, const ReleaseBlock &block, const BlockRendering &rendering, bool &first)
{
    const auto startParagraph = [&](const QTextBlockFormat &format, const QTextCharFormat &charFormat) {
        if (first) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(charFormat);
            cursor.setCharFormat(charFormat);
            first = false;
        } else {
            cursor.insertBlock(format, charFormat);
        }
    };
    switch (block.kind) {
    case ReleaseBlock::Kind::Paragraph:
        startParagraph(paragraphFormat(), QTextCharFormat());
        insertRuns(cursor, block.runs);
        break;
    case ReleaseBlock::Kind::Subheading: {
        startParagraph(subheadingFormat(), subheadingCharFormat());
        QTextCharFormat format = subheadingCharFormat();
        cursor.insertText(plainText(block.runs).replace(QLatin1Char('\n'), QLatin1Char(' ')), format);
        break;
    }
    case ReleaseBlock::Kind::BulletList: {
        QTextList *list = nullptr;
        for (const TextRuns &item : block.items) {
            startParagraph(paragraphFormat(), QTextCharFormat());
            if (!list) {
                QTextListFormat listFormat;
                listFormat.setStyle(QTextListFormat::ListDisc);
                list = cursor.createList(listFormat);
            } else {
                list->add(cursor.block());
            }
            insertRuns(cursor, item);
        }
        break;
    }
    case ReleaseBlock::Kind::Quote:
    case ReleaseBlock::Kind::Timeline:
    case ReleaseBlock::Kind::Photo:
        startParagraph(paragraphFormat(), QTextCharFormat());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                          ReleaseBodyDocument::objectFormat(block, rendering));
        break;
    }
}

} // namespace

void ReleaseBodyDocument::setSubheading(QTextCursor &cursor, bool subheading)
{
    cursor.beginEditBlock();
    if (QTextList *list = cursor.block().textList())
        list->remove(cursor.block());
    QTextBlockFormat format = subheading ? subheadingFormat() : paragraphFormat();
    format.setIndent(0);
    cursor.setBlockFormat(format);
    QTextCursor whole(cursor.block());
    whole.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat look;
    look.setFontWeight(subheading ? QFont::Bold : QFont::Normal);
    look.setFontPointSize(subheading ? subheadingCharFormat().fontPointSize() : QFont().pointSizeF());
    whole.mergeCharFormat(look);
    cursor.setBlockCharFormat(subheading ? subheadingCharFormat() : QTextCharFormat());
    cursor.endEditBlock();
}

bool ReleaseBodyDocument::isSubheading(const QTextBlock &paragraph)
{
    return paragraph.blockFormat().boolProperty(SubheadingProperty);
}

bool ReleaseBodyDocument::isObjectParagraph(const QTextBlock &paragraph)
{
    return paragraph.text() == QString(QChar::ObjectReplacementCharacter) &&
           paragraph.begin().fragment().charFormat().objectType() == ObjectType;
}

QString ReleaseBodyDocument::renderedText(const QTextBlock &paragraph)
{
    if (!isObjectParagraph(paragraph))
        return {};
    return paragraph.begin().fragment().charFormat().stringProperty(RenderedTextProperty);
}

QString ReleaseBodyDocument::printedText(const QTextBlock &paragraph)
{
    if (isObjectParagraph(paragraph))
        return renderedText(paragraph);
    const TextRuns runs = runsOf(paragraph, true);
    if (runs.isEmpty())
        return {};
    if (isSubheading(paragraph))
        return plainText(runs);
    return paragraph.textList() ? ReleasePlainText::listItemText(runs) : ReleasePlainText::runsText(runs);
}

bool ReleaseBodyDocument::isObjectBlock(const ReleaseBlock &block)
{
    return block.kind == ReleaseBlock::Kind::Quote || block.kind == ReleaseBlock::Kind::Timeline ||
           block.kind == ReleaseBlock::Kind::Photo;
}

QTextCharFormat ReleaseBodyDocument::objectFormat(const ReleaseBlock &block, const BlockRendering &rendering)
{
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(BlockJsonProperty, blockJson(block));
    format.setProperty(KindProperty, int(block.kind));
    format.setProperty(LabelProperty, rendering.label.isEmpty() ? kindLabel(block.kind) : rendering.label);
    format.setProperty(RenderedTextProperty, rendering.text);
    if (!rendering.image.isNull())
        format.setProperty(ImageProperty, rendering.image);
    return format;
}

void ReleaseBodyDocument::write(QTextDocument *document, const ReleaseContent &content,
                                const QHash<int, BlockRendering> &renderings)
{
    document->clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    for (int index = 0; index < content.blocks.size(); ++index)
        writeBlock(cursor, content.blocks.at(index), renderings.value(index), first);
    if (first)
        cursor.setBlockFormat(paragraphFormat());
    cursor.endEditBlock();
    document->setModified(false);
}

ReleaseContent ReleaseBodyDocument::read(const QTextDocument *document, QList<int> *blockOfParagraph)
{
    return readDocument(document, blockOfParagraph, ReadMode::Editor);
}

ReleaseContent ReleaseBodyDocument::selected(const QTextCursor &selection)
{
    QTextDocument copy;
    QTextCursor(&copy).insertFragment(selection.selection());
    return read(&copy);
}

ReleaseContent ReleaseBodyDocument::pasted(const QMimeData *source)
{
    if (source->hasFormat(mimeType())) {
        // Our own blocks, read as strictly as a stored body; anything else falls back to the text.
        if (Result<ReleaseContent> own = ReleaseContent::fromJson(source->data(mimeType()));
            own && own->validate().isValid())
            return *own;
    }
    QTextDocument foreign;
    if (source->hasHtml())
        foreign.setHtml(source->html());
    else
        foreign.setPlainText(source->text());
    return readDocument(&foreign, nullptr, ReadMode::Paste);
}

void ReleaseBodyDocument::insert(QTextCursor &cursor, const ReleaseContent &content,
                                 const QHash<int, BlockRendering> &renderings)
{
    if (content.blocks.isEmpty())
        return;
    cursor.beginEditBlock();
    if (content.blocks.size() == 1 && content.blocks.first().kind == ReleaseBlock::Kind::Paragraph) {
        insertRuns(cursor, content.blocks.first().runs);
    } else {
        bool first = cursor.block().text().trimmed().isEmpty() && !cursor.block().textList();
        for (int index = 0; index < content.blocks.size(); ++index)
            writeBlock(cursor, content.blocks.at(index), renderings.value(index), first);
    }
    cursor.endEditBlock();
}

QSizeF BodyObjectPainter::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    double width = document->textWidth() - 2 * document->documentMargin() - 2;
    if (width <= 0)
        width = 480;
    const QString label = format.stringProperty(LabelProperty);
    const QString text = format.stringProperty(RenderedTextProperty);
    const QImage image = format.property(ImageProperty).value<QImage>();
    QFont labelFont = document->defaultFont();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    const double textWidth = width - 2 * ObjectPadding - ObjectBar - (image.isNull() ? 0 : PhotoWidth + 8);
    const QRectF textRect = QFontMetricsF(document->defaultFont())
                                .boundingRect(QRectF(0, 0, std::max(40.0, textWidth), 1e6), Qt::TextWordWrap,
                                              text.isEmpty() ? QStringLiteral(" ") : text);
    const double content = std::max(textRect.height(), image.isNull() ? 0.0 : double(PhotoHeight));
    return {width, 2 * ObjectPadding + QFontMetricsF(labelFont).height() + 4 + content};
}

void BodyObjectPainter::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                                   const QTextFormat &format)
{
    const auto kind = ReleaseBlock::Kind(format.intProperty(KindProperty));
    QColor accent(0x8a, 0x6d, 0x3b); // quote: warm brown
    if (kind == ReleaseBlock::Kind::Timeline)
        accent = QColor(0x2f, 0x6f, 0x9f);
    else if (kind == ReleaseBlock::Kind::Photo)
        accent = QColor(0x4f, 0x7a, 0x3a);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xf6, 0xf3, 0xec));
    painter->drawRoundedRect(rect.adjusted(0, 1, 0, -1), 4, 4);
    painter->setBrush(accent);
    painter->drawRect(QRectF(rect.left(), rect.top() + 1, ObjectBar, rect.height() - 2));

    QFont labelFont = document->defaultFont();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    const double labelHeight = QFontMetricsF(labelFont).height();
    const double left = rect.left() + ObjectBar + ObjectPadding;
    double top = rect.top() + ObjectPadding;
    painter->setFont(labelFont);
    painter->setPen(accent);
    painter->drawText(QRectF(left, top, rect.width(), labelHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      format.stringProperty(LabelProperty).toUpper());
    top += labelHeight + 4;

    double textLeft = left;
    const QImage image = format.property(ImageProperty).value<QImage>();
    if (!image.isNull()) {
        const QImage shown =
            image.scaled(PhotoWidth, PhotoHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter->drawImage(QPointF(left, top), shown);
        textLeft += PhotoWidth + 8;
    }
    painter->setFont(document->defaultFont());
    painter->setPen(QColor(0x24, 0x24, 0x24));
    painter->drawText(QRectF(textLeft, top, rect.right() - textLeft - ObjectPadding, rect.bottom() - top),
                      Qt::TextWordWrap, format.stringProperty(RenderedTextProperty));
    painter->restore();
}

} // namespace pressdesk
