#include "bodyedit.h"

#include "models/releasebodydocument.h"
#include "models/spellchecker.h"
#include "models/spellhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>

#include <memory>

namespace pressdesk {

BodyEdit::BodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    document()->documentLayout()->registerHandler(ReleaseBodyDocument::ObjectType,
                                                  new BodyObjectPainter(this));
}

void BodyEdit::setSpellChecker(SpellChecker *checker)
{
    m_checker = checker;
    delete m_highlighter;
    m_highlighter = checker ? new SpellHighlighter(checker, document()) : nullptr;
}

QString BodyEdit::misspeltWordAt(int position, int *start) const
{
    if (!m_checker)
        return {};
    const QTextBlock block = document()->findBlock(position);
    const int offset = position - block.position();
    for (const SpellHighlighter::Word &word : SpellHighlighter::wordsOf(block.text())) {
        if (offset < word.start || offset > word.start + word.text.size())
            continue;
        if (m_checker->isCorrect(word.text))
            return {};
        if (start)
            *start = block.position() + word.start;
        return word.text;
    }
    return {};
}

QMenu *BodyEdit::createContextMenu(const QPoint &viewportPosition)
{
    QMenu *menu = createStandardContextMenu(viewportPosition);
    int start = 0;
    const QString word = misspeltWordAt(cursorForPosition(viewportPosition).position(), &start);
    if (word.isEmpty() || isReadOnly())
        return menu;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(word);
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    for (const QString &suggestion : suggestions) {
        QAction *replace = new QAction(suggestion, menu);
        QFont bold = replace->font();
        bold.setBold(true);
        replace->setFont(bold);
        connect(replace, &QAction::triggered, this, [this, start, word, suggestion] {
            QTextCursor cursor(document());
            cursor.setPosition(start);
            cursor.setPosition(start + int(word.size()), QTextCursor::KeepAnchor);
            cursor.insertText(suggestion);
        });
        menu->insertAction(first, replace);
    }
    QAction *add = new QAction(tr("Add “%1” to the Office Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("addToDictionaryAction"));
    connect(add, &QAction::triggered, this, [this, word] { Q_EMIT addToDictionaryRequested(word); });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
    return menu;
}

void BodyEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(ReleaseBodyDocument::mimeType()) || source->hasHtml() || source->hasText();
}

QMimeData *BodyEdit::createMimeDataFromSelection() const
{
    // Text and HTML for other programs, the blocks themselves for a release editor.
    // QTextEdit's own mime data lists a fixed set of formats; a plain copy lists ours too.
    const std::unique_ptr<QMimeData> text(QTextEdit::createMimeDataFromSelection());
    auto *copied = new QMimeData;
    for (const QString &format : text->formats())
        copied->setData(format, text->data(format));
    copied->setData(ReleaseBodyDocument::mimeType(), ReleaseBodyDocument::selected(textCursor()).toJson());
    return copied;
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    QTextCursor cursor = textCursor();
    const ReleaseContent content = ReleaseBodyDocument::pasted(source);
    ReleaseBodyDocument::insert(cursor, content,
                                m_renderer ? m_renderer(content) : QHash<int, BlockRendering>());
    setTextCursor(cursor);
    ensureCursorVisible();
    if (source->hasText())
        Q_EMIT textPasted(source->text());
}

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    // Typing on a quote, year list or photo writes a new paragraph beside it (before it when the cursor
    // stands in front of it), not into the block's own line.
    QTextCursor cursor = textCursor();
    const QString typed = event->text();
    if (!isReadOnly() && !typed.isEmpty() && typed.front().isPrint() && !cursor.hasSelection() &&
        ReleaseBodyDocument::isObjectParagraph(cursor.block())) {
        const bool before = cursor.positionInBlock() == 0;
        cursor.beginEditBlock();
        if (before) {
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
            cursor.movePosition(QTextCursor::PreviousBlock);
        } else {
            cursor.movePosition(QTextCursor::EndOfBlock);
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        }
        cursor.endEditBlock();
        setTextCursor(cursor);
    }
    QTextEdit::keyPressEvent(event);
}

void BodyEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    Q_EMIT focusLeft();
}

} // namespace pressdesk
