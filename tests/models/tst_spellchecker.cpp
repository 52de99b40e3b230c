#include "models/spellchecker.h"
#include "models/spellhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace pressdesk;

// German spelling with the Debian dictionary (hunspell-de-de) and the office's own words.
class TestSpellChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SpellChecker> m_checker;

    // The words of the paragraph the highlighter underlined.
    static QStringList underlined(const QTextDocument &document, int paragraph)
    {
        const QTextBlock block = document.findBlockByNumber(paragraph);
        QStringList words;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (SpellHighlighter::isMisspeltFormat(range.format))
                words.append(block.text().mid(range.start, range.length));
        }
        return words;
    }

private Q_SLOTS:
    void init()
    {
        QString problem;
        m_checker = SpellChecker::open(QStringLiteral("de_DE"), &problem);
        QVERIFY2(m_checker, qPrintable(problem)); // the package is a build dependency
    }

    void germanWordsAndTheirMistakes()
    {
        for (const char *word : {"Wirtschaftsförderung", "Strukturwandel", "Oberbürgermeister", "Stadt",
                                 "gefährdet", "Großprojekte"})
            QVERIFY2(m_checker->isCorrect(QString::fromUtf8(word)), word);
        for (const char *word : {"Zukunfft", "Stadtverwalltung", "gefärdet"})
            QVERIFY2(!m_checker->isCorrect(QString::fromUtf8(word)), word);
        QVERIFY(m_checker->suggestions(QStringLiteral("Zukunfft")).contains(QStringLiteral("Zukunft")));
        // Numbers, addresses and single letters are not words to check.
        for (const char *token : {"2016", "5.12.2014", "presse@bochum.de", "x", "A40"})
            QVERIFY2(m_checker->isCorrect(QString::fromUtf8(token)), token);
    }

    void officeWordsAreRightFromThenOn()
    {
        QVERIFY(!m_checker->isCorrect(QStringLiteral("Eiskirch")));
        QVERIFY(!m_checker->isCorrect(QStringLiteral("Vonovia")));
        m_checker->addOfficeWords({QStringLiteral("Eiskirch"), QStringLiteral("Vonovia")});
        QVERIFY(m_checker->isCorrect(QStringLiteral("Eiskirch")));
        QVERIFY(m_checker->isCorrect(QStringLiteral("Vonovia")));
    }

    void aMissingDictionaryIsSaidAndNotFatal()
    {
        qputenv("PRESSDESK_DICTIONARY_DIR",
                QFile::encodeName(QDir::tempPath() + QStringLiteral("/no-such-dir")));
        QString problem;
        const std::unique_ptr<SpellChecker> missing = SpellChecker::open(QStringLiteral("de_DE"), &problem);
        qunsetenv("PRESSDESK_DICTIONARY_DIR");
        QVERIFY(!missing);
        QVERIFY2(problem.contains(QStringLiteral("hunspell-de-de")), qPrintable(problem));
        // The highlighter without a checker underlines nothing and does not crash.
        QTextDocument document(QStringLiteral("Zukunfft"));
        SpellHighlighter highlighter(nullptr, &document);
        highlighter.rehighlight();
        QVERIFY(underlined(document, 0).isEmpty());
    }

    // The highlighter never waits for Hunspell while a paragraph is shown: unknown words are looked up
    // afterwards, in slices on the event loop, and then underlined.
    void misspeltWordsAreUnderlinedAfterwards()
    {
        QTextDocument document(
            QStringLiteral("Die Zukunfft hat längst begonnen.\nDer Opel-Areal wird bebaut."));
        document.documentLayout(); // as in an editor: a document tells of changes only once it is laid out
        SpellHighlighter highlighter(m_checker.get(), &document);
        QSignalSpy caughtUp(&highlighter, &SpellHighlighter::caughtUp);
        highlighter.rehighlight(); // what the highlighter does for a new document, here without waiting
        QVERIFY(highlighter.hasPendingWords());
        QVERIFY(underlined(document, 0).isEmpty()); // not looked up yet
        QVERIFY(caughtUp.wait(5000));
        QCOMPARE(underlined(document, 0), QStringList{QStringLiteral("Zukunfft")});
        QCOMPARE(underlined(document, 1), QStringList());
        // Known words are underlined at once from then on.
        QTextCursor cursor(document.findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(" Zukunfft"));
        QCOMPARE(underlined(document, 1), QStringList{QStringLiteral("Zukunfft")});
        // An office word is no mistake after a recheck.
        m_checker->addOfficeWords({QStringLiteral("Zukunfft")});
        highlighter.recheckAll();
        QVERIFY(underlined(document, 0).isEmpty());
    }

    void wordsOfAParagraph()
    {
        const QList<SpellHighlighter::Word> words =
            SpellHighlighter::wordsOf(QStringLiteral("„Opel-Areal“, geht’s 2016 weiter"));
        QStringList texts;
        for (const SpellHighlighter::Word &word : words)
            texts.append(word.text);
        QCOMPARE(texts, (QStringList{QStringLiteral("Opel-Areal"), QStringLiteral("geht’s"),
                                     QStringLiteral("2016"), QStringLiteral("weiter")}));
        QCOMPARE(words.first().start, 1);
    }
};

QTEST_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
