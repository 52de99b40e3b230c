#pragma once

#include "models/releasebodydocument.h"
#include "models/spellhighlighter.h"

#include <QPointer>
#include <QTextEdit>

#include <functional>

namespace pressdesk {

class SpellChecker;

// The body of a release as it reads: paragraphs, subheadings, lists, and the quote, timeline and photo
// blocks painted in place (ReleaseBodyDocument). Pasting keeps only what a release can hold; misspelt words
// are underlined and the context menu offers suggestions and the office dictionary.
class BodyEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit BodyEdit(QWidget *parent = nullptr);

    // How pasted quote, timeline and photo blocks are shown (blocks copied within a release editor).
    using Renderer = std::function<QHash<int, BlockRendering>(const ReleaseContent &)>;
    void setRenderer(Renderer renderer) { m_renderer = std::move(renderer); }
    // Null: no spell checking (no dictionary installed).
    void setSpellChecker(SpellChecker *checker);
    SpellHighlighter *highlighter() const { return m_highlighter; }
    // The word at a position of the document and where it starts, when the checker finds it misspelt.
    QString misspeltWordAt(int position, int *start = nullptr) const;

    // The context menu, as built for a position (tests look at its actions).
    QMenu *createContextMenu(const QPoint &viewportPosition);

Q_SIGNALS:
    void addToDictionaryRequested(const QString &word);
    void focusLeft();
    // After a paste, with the text that came in (a pasted release may open with its dateline).
    void textPasted(const QString &text);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    QMimeData *createMimeDataFromSelection() const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    SpellChecker *m_checker = nullptr;
    Renderer m_renderer;
    QPointer<SpellHighlighter> m_highlighter;
};

} // namespace pressdesk
