#include "textstatistics.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pressdesk {

namespace {

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyäöüáàâéèêíìîóòôúùû");
    return vowels.contains(c.toLower());
}

// A word as readability counts it: letters only (numbers are read, but have no syllables to count).
QString lettersOf(const QString &token)
{
    QString letters;
    for (QChar c : token) {
        if (c.isLetter())
            letters.append(c);
    }
    return letters;
}

// Words that end with a full stop without ending the sentence.
bool isAbbreviation(const QString &token)
{
    static const QStringList known = {
        QStringLiteral("z.b."),  QStringLiteral("z."),   QStringLiteral("b."),    QStringLiteral("d.h."),
        QStringLiteral("d."),    QStringLiteral("h."),   QStringLiteral("u.a."),  QStringLiteral("u."),
        QStringLiteral("a."),    QStringLiteral("dr."),  QStringLiteral("prof."), QStringLiteral("nr."),
        QStringLiteral("ca."),   QStringLiteral("bzw."), QStringLiteral("usw."),  QStringLiteral("etc."),
        QStringLiteral("vgl."),  QStringLiteral("st."),  QStringLiteral("str."),  QStringLiteral("tel."),
        QStringLiteral("mio."),  QStringLiteral("mrd."), QStringLiteral("inkl."), QStringLiteral("ggf."),
        QStringLiteral("evtl."), QStringLiteral("s."),   QStringLiteral("o."),    QStringLiteral("jan."),
        QStringLiteral("feb."),  QStringLiteral("dez."), QStringLiteral("okt."),  QStringLiteral("nov."),
        QStringLiteral("sept."), QStringLiteral("aug."), QStringLiteral("abs."),  QStringLiteral("hr."),
    };
    return known.contains(token.toLower());
}

bool endsSentence(const QString &token, const QString &next)
{
    QString bare = token;
    while (!bare.isEmpty() && QStringLiteral("\"'“”„‚‘’»«)").contains(bare.back()))
        bare.chop(1);
    if (bare.isEmpty())
        return false;
    const QChar last = bare.back();
    if (last == QLatin1Char('!') || last == QLatin1Char('?'))
        return true;
    if (last != QLatin1Char('.') || bare.endsWith(QLatin1String("...")) || isAbbreviation(bare))
        return false;
    // "5.12.2014." ends a sentence only at the end of the text or before a capital; "2." (an ordinal) in
    // "am 2. Juni" does not.
    if (bare.size() > 1 && bare.at(bare.size() - 2).isDigit()) {
        static const QStringList months = {
            QStringLiteral("Januar"),  QStringLiteral("Februar"),  QStringLiteral("März"),
            QStringLiteral("April"),   QStringLiteral("Mai"),      QStringLiteral("Juni"),
            QStringLiteral("Juli"),    QStringLiteral("August"),   QStringLiteral("September"),
            QStringLiteral("Oktober"), QStringLiteral("November"), QStringLiteral("Dezember")};
        return next.isEmpty() || (next.front().isUpper() && !months.contains(lettersOf(next)));
    }
    return true;
}

int wrappedLines(const QString &paragraph, int width)
{
    int lines = 0;
    int used = -1; // characters on the current line; -1: none yet
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int length = int(word.size());
        if (used < 0 || used + 1 + length > width) {
            ++lines;
            used = length;
            while (used > width) { // a word longer than a line takes lines of its own
                ++lines;
                used -= width;
            }
        } else {
            used += 1 + length;
        }
    }
    return lines;
}

} // namespace

int TextStatistics::syllablesOf(const QString &word)
{
    const QString letters = lettersOf(word).toLower();
    int syllables = 0;
    bool inVowels = false;
    for (QChar c : letters) {
        const bool vowel = isVowel(c);
        if (vowel && !inVowels)
            ++syllables;
        inVowels = vowel;
    }
    return letters.isEmpty() ? 0 : std::max(1, syllables);
}

TextStatistics TextStatistics::of(const QString &text)
{
    TextStatistics statistics;
    int &longWords = statistics.longWords;
    int &polysyllables = statistics.polysyllables;
    int &monosyllables = statistics.monosyllables;
    int &readableWords = statistics.readableWords;
    const QStringList paragraphs =
        QString(text).replace(QLatin1Char('\r'), QString()).split(QLatin1Char('\n'));
    for (const QString &rawParagraph : paragraphs) {
        const QString paragraph = rawParagraph.simplified();
        statistics.charactersWithSpaces += int(rawParagraph.size());
        if (paragraph.isEmpty())
            continue;
        statistics.lines60 += wrappedLines(paragraph, 60);
        const QStringList tokens = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool openSentence = false;
        for (int i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens.at(i);
            const bool hasWord =
                std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); });
            if (!hasWord)
                continue;
            ++statistics.words;
            openSentence = true;
            const QString letters = lettersOf(token);
            if (!letters.isEmpty()) {
                ++readableWords;
                const int syllables = syllablesOf(letters);
                statistics.syllables += syllables;
                if (syllables >= 3)
                    ++polysyllables;
                if (syllables == 1)
                    ++monosyllables;
                if (letters.size() > 6)
                    ++longWords;
            }
            if (endsSentence(token, tokens.value(i + 1))) {
                ++statistics.sentences;
                openSentence = false;
            }
        }
        if (openSentence) // a heading or a list item without a full stop is a sentence of its own
            ++statistics.sentences;
    }
    statistics.finish();
    return statistics;
}

TextStatistics &TextStatistics::operator+=(const TextStatistics &other)
{
    charactersWithSpaces += other.charactersWithSpaces;
    words += other.words;
    sentences += other.sentences;
    syllables += other.syllables;
    lines60 += other.lines60;
    readableWords += other.readableWords;
    longWords += other.longWords;
    polysyllables += other.polysyllables;
    monosyllables += other.monosyllables;
    return *this;
}

void TextStatistics::finish()
{
    readingSeconds = int(std::lround(words * 60.0 / 200.0));
    fleschAmstad = 0;
    wienerSachtextformel = 0;
    if (sentences > 0 && readableWords > 0) {
        const double wordsPerSentence = double(words) / sentences;
        const double syllablesPerWord = double(syllables) / readableWords;
        fleschAmstad = 180.0 - wordsPerSentence - 58.5 * syllablesPerWord;
        const double percent = 100.0 / readableWords;
        wienerSachtextformel = 0.1935 * polysyllables * percent + 0.1672 * wordsPerSentence +
                               0.1297 * longWords * percent - 0.0327 * monosyllables * percent - 0.875;
    }
}

TextStatistics TextStatistics::sum(const QList<TextStatistics> &parts)
{
    TextStatistics total;
    for (const TextStatistics &part : parts)
        total += part;
    total.finish();
    return total;
}

} // namespace pressdesk
