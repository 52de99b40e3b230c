#pragma once

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTimer>

namespace pressdesk {

class SpellChecker;

// Underlines misspelt words with a red wave. Typing never waits for Hunspell: a paragraph is highlighted
// from the checker's cache at once, and words not looked up yet are checked in slices of a few
// milliseconds on the event loop, after which the paragraphs that contain them are highlighted again.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // The checker may be null (no dictionary): then nothing is underlined.
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    // The words of a paragraph as the checker sees them, with their positions.
    struct Word
    {
        int start;
        QString text;
    };
    static QList<Word> wordsOf(const QString &text);

    // The misspelt word at a position of the document, if any (for the context menu).
    static bool isMisspeltFormat(const QTextCharFormat &format);
    bool hasPendingWords() const { return !m_pending.isEmpty(); }
    // After the office dictionary changed: every paragraph anew.
    void recheckAll();

Q_SIGNALS:
    // The pending words were all looked up and shown (for tests and the benchmark).
    void caughtUp();

protected:
    void highlightBlock(const QString &text) override;

private:
    void checkPendingSlice();

    SpellChecker *m_checker;
    QSet<QString> m_pending;
    QTimer m_slice;
    enum BlockState
    {
        Checked = 0,
        WaitingForWords = 1,
    };
};

} // namespace pressdesk
