#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QTextDocument>

namespace pressdesk {

namespace {
// A property on the underline format, so that the context menu can tell it from a link's underline.
constexpr int MisspeltProperty = QTextFormat::UserProperty + 100;
constexpr int SliceMilliseconds = 4;
} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    m_slice.setInterval(0);
    m_slice.setSingleShot(true);
    connect(&m_slice, &QTimer::timeout, this, &SpellHighlighter::checkPendingSlice);
}

QList<SpellHighlighter::Word> SpellHighlighter::wordsOf(const QString &text)
{
    // Letters with inner hyphens or apostrophes ("Opel-Areal", "geht’s"); digits make a token that is
    // not checked (SpellChecker::shouldCheck).
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\d]+(?:[-’'][\\p{L}\\p{M}\\d]+)*"));
    QList<Word> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append({int(match.capturedStart()), match.captured()});
    }
    return words;
}

bool SpellHighlighter::isMisspeltFormat(const QTextCharFormat &format)
{
    return format.boolProperty(MisspeltProperty);
}

void SpellHighlighter::recheckAll()
{
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Checked);
    if (!m_checker)
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    misspelt.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    misspelt.setProperty(MisspeltProperty, true);
    bool waiting = false;
    for (const Word &word : wordsOf(text)) {
        if (!SpellChecker::shouldCheck(word.text))
            continue;
        if (!m_checker->isCached(word.text)) {
            m_pending.insert(word.text);
            waiting = true;
            continue;
        }
        if (!m_checker->isCorrect(word.text))
            setFormat(word.start, int(word.text.size()), misspelt);
    }
    if (waiting) {
        setCurrentBlockState(WaitingForWords);
        m_slice.start();
    }
}

void SpellHighlighter::checkPendingSlice()
{
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.isEmpty() && clock.elapsed() < SliceMilliseconds) {
        const QString word = *m_pending.cbegin();
        m_pending.erase(m_pending.cbegin());
        m_checker->isCorrect(word);
    }
    if (!m_pending.isEmpty()) {
        m_slice.start();
        return;
    }
    // Every word is known now: show the paragraphs that waited for some.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.userState() == WaitingForWords)
            rehighlightBlock(block);
    }
    if (m_pending.isEmpty())
        Q_EMIT caughtUp();
}

} // namespace pressdesk
