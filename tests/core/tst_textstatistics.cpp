#include "core/textstatistics.h"

#include <QTest>

using namespace pressdesk;

// The counts a press officer checks, on texts whose figures are known by hand.
class TestTextStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syllablesOfGermanWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("one") << QStringLiteral("Hund") << 1;
        QTest::newRow("diphthong") << QStringLiteral("Haus") << 1;
        QTest::newRow("ie") << QStringLiteral("Bibliothek") << 3; // io is read as one group: a known limit
        QTest::newRow("umlaut") << QStringLiteral("Bürgermeister") << 4;
        QTest::newRow("capital and hyphen") << QStringLiteral("Max-Planck-Institut") << 5;
        QTest::newRow("number") << QStringLiteral("2014") << 0;
        QTest::newRow("no vowel letter") << QStringLiteral("Str") << 1;
    }

    void syllablesOfGermanWords()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(TextStatistics::syllablesOf(word), syllables);
    }

    void simpleTextByHand()
    {
        // 8 words, 2 sentences, 9 syllables (one word of two), one word of more than six letters ("schläft"),
        // none of three syllables.
        const TextStatistics s =
            TextStatistics::of(QStringLiteral("Der Hund bellt laut. Die Katze schläft gut."));
        QCOMPARE(s.words, 8);
        QCOMPARE(s.sentences, 2);
        QCOMPARE(s.syllables, 9);
        QCOMPARE(s.charactersWithSpaces, 43);
        QCOMPARE(s.lines60, 1);
        // 180 - 8/2 - 58.5 * 9/8
        QVERIFY(qAbs(s.fleschAmstad - (180.0 - 4.0 - 58.5 * 9.0 / 8.0)) < 1e-9);
        // 0.1935*0 + 0.1672*4 + 0.1297*(1/8*100) - 0.0327*(7/8*100) - 0.875
        QVERIFY(qAbs(s.wienerSachtextformel - (0.1672 * 4 + 0.1297 * 12.5 - 0.0327 * 87.5 - 0.875)) < 1e-9);
        QCOMPARE(s.readingSeconds, 2); // 8 words at 200 a minute
    }

    void abbreviationsAndDatesDoNotEndSentences()
    {
        const TextStatistics s = TextStatistics::of(QStringLiteral(
            "Am 5.12.2014 rollt der letzte Zafira vom Band. Dr. Eiskirch spricht z. B. am 2. Juni "
            "mit der Presse. Das war 2014. Danach kam alles anders!"));
        QCOMPARE(s.sentences, 4);
    }

    void linesOfSixtyCharactersWrapAtWords()
    {
        // 11 words of 9 characters: six fit a line of 60 (6 × 9 + 5 spaces = 59), the seventh wraps.
        const QString word = QStringLiteral("Abcdefghi");
        QStringList words;
        for (int i = 0; i < 11; ++i)
            words.append(word);
        QCOMPARE(TextStatistics::of(words.join(QLatin1Char(' '))).lines60, 2);
        // Each paragraph starts a line of its own.
        QCOMPARE(TextStatistics::of(QStringLiteral("Eins.\nZwei.\n\nDrei.")).lines60, 3);
        QCOMPARE(TextStatistics::of(QString()).lines60, 0);
    }

    void pressProseIsHarderThanAChildrensBook()
    {
        const TextStatistics easy =
            TextStatistics::of(QStringLiteral("Der Hund bellt. Die Katze schläft. Es ist Nacht."));
        const TextStatistics press =
            TextStatistics::of(QStringLiteral("Aus dem Amt für Wirtschaftsförderung wird die Bochum "
                                              "Wirtschaftsentwicklung (GmbH) mit neuer Führung "
                                              "und größerem Handlungsspielraum. Eine Gesellschaft zur "
                                              "Vermarktung des ehemaligen Opel Areals wird "
                                              "gegründet und es gibt bald die ersten positiven Meldungen."));
        QVERIFY(easy.fleschAmstad > 80);
        QVERIFY(press.fleschAmstad < 50);
        QVERIFY(easy.wienerSachtextformel < 4);
        QVERIFY(press.wienerSachtextformel > 10);
        QCOMPARE(press.sentences, 2);
        QCOMPARE(press.words, 34);
    }

    // An editor recounts only the paragraph typed in and sums the rest: the sum must be the count of the
    // whole text, readability figures included.
    void paragraphsSumToTheWholeText()
    {
        const QStringList paragraphs = {
            QStringLiteral("Vom letzten Zafira zum Haus des Wissens"),
            QStringLiteral(
                "Bochum, 7. Dezember 2020 – Am 5.12.2014 rollt der letzte Zafira vom Band. Das Image "
                "ist am Tiefpunkt."),
            QStringLiteral(
                "2016: DHL kommt, Vonovia Zentrale entsteht in Bochum\n2017: Bochum Strategie startet"),
            QString(),
            QStringLiteral(
                "„Wir sind natürlich auch ein bisschen stolz“, sagt Oberbürgermeister Thomas Eiskirch."),
        };
        QList<TextStatistics> parts;
        for (const QString &paragraph : paragraphs)
            parts.append(TextStatistics::of(paragraph));
        const TextStatistics summed = TextStatistics::sum(parts);
        const TextStatistics whole = TextStatistics::of(paragraphs.join(QLatin1Char('\n')));
        QCOMPARE(summed.charactersWithSpaces, whole.charactersWithSpaces);
        QCOMPARE(summed.words, whole.words);
        QCOMPARE(summed.sentences, whole.sentences);
        QCOMPARE(summed.syllables, whole.syllables);
        QCOMPARE(summed.lines60, whole.lines60);
        QCOMPARE(summed.readingSeconds, whole.readingSeconds);
        QVERIFY(whole.fleschAmstad != 0);
        QCOMPARE(summed.fleschAmstad, whole.fleschAmstad);
        QCOMPARE(summed.wienerSachtextformel, whole.wienerSachtextformel);
    }
};

QTEST_GUILESS_MAIN(TestTextStatistics)
#include "tst_textstatistics.moc"
