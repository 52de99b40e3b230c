#pragma once

#include <QList>
#include <QString>

namespace pressdesk {

// The figures a press officer checks before a release goes out, for German text: length in characters
// with spaces, words, manuscript lines of 60 characters (each paragraph wrapped at word boundaries, as a
// Normzeile counts), reading time, and two readability figures made for German.
struct TextStatistics
{
    int charactersWithSpaces = 0; // every character but line breaks
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int lines60 = 0;
    int readingSeconds = 0; // at 200 words a minute, a common figure for German newspaper prose

    // Flesch-Amstad (Flesch's reading ease fitted to German): 0 very hard … 100 very easy; press prose
    // lands around 30–50. Undefined (0) for a text without sentences.
    double fleschAmstad = 0;
    // First Wiener Sachtextformel (Bamberger/Vanecek): roughly the school year a reader needs, 4 … 15.
    double wienerSachtextformel = 0;

    // The tallies the two figures are made of. Paragraphs count independently, so the figures of a long
    // text can be summed from its paragraphs' (an editor recounts only the paragraph typed in).
    int readableWords = 0; // words with letters
    int longWords = 0;     // more than six letters
    int polysyllables = 0; // three syllables or more
    int monosyllables = 0; // one syllable

    TextStatistics &operator+=(const TextStatistics &other);
    // The reading time and the readability figures from the tallies (of() and sum() call it).
    void finish();
    static TextStatistics sum(const QList<TextStatistics> &parts);

    // Paragraphs are separated by line breaks; abbreviations ("z. B.", "Dr.") and dates ("5.12.2014") do not
    // end a sentence.
    static TextStatistics of(const QString &text);

    // Syllables of one German word, counted by its vowel groups (a diphthong or "ie" is one).
    static int syllablesOf(const QString &word);
};

} // namespace pressdesk
