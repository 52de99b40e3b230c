#pragma once

#include "core/releasecontent.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QTextCharFormat>
#include <QTextObjectInterface>

class QMimeData;
class QTextBlock;
class QTextCursor;
class QTextDocument;

namespace pressdesk {

// How the editor shows a block it does not let the user type in (a quote, a year list, a photo): the text
// as it will print, a label, and for a photo its picture.
struct BlockRendering
{
    QString label; // "Quote", "Timeline", "Photo"
    QString text;
    QImage image;
};

// A release body in a QTextDocument, for editing it as it reads. Paragraphs, subheadings and bullet lists
// are the document's own blocks (bold, italic and links as character formats); a quote, timeline or photo
// block is one object character in a paragraph of its own, which carries the block and paints its
// rendering. Converting back yields the same ReleaseContent: the editor never stores markup.
class ReleaseBodyDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseBodyDocument)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    // Replaces the document's text with the content. renderings are by block index.
    static void write(QTextDocument *document, const ReleaseContent &content,
                      const QHash<int, BlockRendering> &renderings);
    // The content of the document, and for every paragraph of the document the index of the block it
    // belongs to (-1 for an empty paragraph, which is not kept).
    static ReleaseContent read(const QTextDocument *document, QList<int> *blockOfParagraph = nullptr);

    // What pasting keeps of a clipboard's contents: paragraphs, bold, italic, links and lists (a heading
    // becomes a paragraph; tables, images, colours and fonts are dropped). Blocks copied in a release
    // editor come back whole, quotes, timelines and photos included (mimeType()).
    static ReleaseContent pasted(const QMimeData *source);
    // The blocks of a selection, for the clipboard under mimeType().
    static ReleaseContent selected(const QTextCursor &selection);
    static QString mimeType() { return QStringLiteral("application/x-pressdesk-release-blocks"); }
    // Inserts content at the cursor: a single paragraph runs into the current one, more start new ones.
    // renderings are by index in content.
    static void insert(QTextCursor &cursor, const ReleaseContent &content,
                       const QHash<int, BlockRendering> &renderings = {});

    // The format of an object block's character.
    static QTextCharFormat objectFormat(const ReleaseBlock &block, const BlockRendering &rendering);
    static bool isObjectBlock(const ReleaseBlock &block);

    // Paragraph-level edits and questions for the editor's toolbar and counts.
    static void setSubheading(QTextCursor &cursor, bool subheading);
    static bool isSubheading(const QTextBlock &paragraph);
    static bool isObjectParagraph(const QTextBlock &paragraph);
    // An object paragraph's text as it will print; empty for any other paragraph.
    static QString renderedText(const QTextBlock &paragraph);
    // A paragraph's text as the plain-text release prints it (links written out, list items with "– ").
    static QString printedText(const QTextBlock &paragraph);
};

// Paints the object blocks in the editor: a tinted box with a label and the block as it will print.
class BodyObjectPainter : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;
};

} // namespace pressdesk
