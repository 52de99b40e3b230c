#include "hyphenator.h"

#include "hyphenationpatterns.h"

#include <QByteArray>
#include <QDir>
#include <QHash>

#include <memory>
#include <vector>

namespace pressdesk {

namespace {
// Shorter words are not worth a break (how many letters stay on either side: see HyphenationPatterns).
constexpr int minimumWordLength = 6;

// The patterns, once per process: from the cache of their index, or indexed from the dictionary.
const HyphenationPatterns *patterns()
{
    static const std::unique_ptr<HyphenationPatterns> loaded =
        HyphenationPatterns::open(Hyphenator::dictionaryPath(), HyphenationPatterns::defaultCacheFolder());
    return loaded.get();
}

// The word in lower-case ISO 8859-1, one byte per letter, or empty when it holds a letter the German
// patterns cannot spell (Greek, Cyrillic, ...).
QByteArray patternSpelling(const QString &word)
{
    const QString lower = word.toLower();
    for (QChar c : lower) {
        if (c.unicode() > 0xff)
            return {};
    }
    return lower.toLatin1();
}

// The word with a soft hyphen wherever its breaks allow one (positions in the ISO 8859-1 spelling map
// straight onto the QString).
QString withSoftHyphens(const QString &word, const QByteArray &breaks)
{
    QString marked;
    marked.reserve(word.size() + word.size() / 3);
    for (qsizetype i = 0; i < word.size(); ++i) {
        marked += word.at(i);
        if (i < breaks.size() && (breaks.at(i) & 1) && i + 1 < word.size())
            marked += QChar(0x00ad);
    }
    return marked;
}

// A stretch of text between blanks and the word inside it, without punctuation at either end
// ("„Wirtschaft," holds "Wirtschaft"); the word is empty when the stretch is not worth breaking.
struct Stretch
{
    qsizetype start = 0;
    qsizetype wordStart = 0;
    qsizetype wordEnd = 0;
    qsizetype end = 0;
    bool isWord() const { return wordEnd > wordStart; }
};

// Stretches of letters between blanks; "B-Plan", "2016er", "www.bochum.de" and e-mail addresses hold
// other characters inside and are left alone.
std::vector<Stretch> stretchesOf(const QString &text)
{
    std::vector<Stretch> stretches;
    const qsizetype size = text.size();
    qsizetype position = 0;
    while (position < size) {
        if (text.at(position).isSpace()) {
            ++position;
            continue;
        }
        Stretch stretch;
        stretch.start = position;
        qsizetype end = position;
        while (end < size && !text.at(end).isSpace())
            ++end;
        qsizetype first = position;
        while (first < end && text.at(first).isPunct())
            ++first;
        qsizetype last = end;
        while (last > first && text.at(last - 1).isPunct())
            --last;
        bool letters = last - first >= minimumWordLength;
        for (qsizetype i = first; letters && i < last; ++i)
            letters = text.at(i).isLetter();
        stretch.end = end;
        stretch.wordStart = letters ? first : position;
        stretch.wordEnd = letters ? last : position;
        stretches.push_back(stretch);
        position = end;
    }
    return stretches;
}
} // namespace

QString Hyphenator::dictionaryPath()
{
    QString directory = qEnvironmentVariable("PRESSDESK_HYPHEN_DIR");
    if (directory.isEmpty())
        directory = QStringLiteral("/usr/share/hyphen");
    return QDir(directory).filePath(QStringLiteral("hyph_de_DE.dic"));
}

bool Hyphenator::isAvailable()
{
    return patterns() != nullptr;
}

QString Hyphenator::hyphenate(const QString &text)
{
    const HyphenationPatterns *index = patterns();
    if (!index)
        return text;
    // Each word is hyphenated once per thread: press prose repeats its words.
    thread_local QHash<QString, QString> known;
    if (known.size() > 50000)
        known.clear();
    const std::vector<Stretch> stretches = stretchesOf(text);

    // The words not met before, hyphenated together with one small dictionary made for them.
    std::vector<QString> newWords;
    std::vector<QByteArray> spellings;
    for (const Stretch &stretch : stretches) {
        if (!stretch.isWord())
            continue;
        const QString word = text.mid(stretch.wordStart, stretch.wordEnd - stretch.wordStart);
        if (known.contains(word))
            continue;
        QByteArray spelling = patternSpelling(word);
        if (spelling.isEmpty()) {
            known.insert(word, word);
            continue;
        }
        known.insert(word, word); // also keeps a word repeated in this text from being added twice
        newWords.push_back(word);
        spellings.push_back(std::move(spelling));
    }
    if (!newWords.empty()) {
        const std::vector<QByteArray> breaks = index->breaks(spellings);
        if (breaks.size() == newWords.size()) {
            for (size_t i = 0; i < newWords.size(); ++i)
                known.insert(newWords[i], withSoftHyphens(newWords[i], breaks[i]));
        }
    }

    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype copied = 0;
    for (const Stretch &stretch : stretches) {
        if (!stretch.isWord())
            continue;
        result += QStringView(text).mid(copied, stretch.wordStart - copied);
        result += known.value(text.mid(stretch.wordStart, stretch.wordEnd - stretch.wordStart));
        copied = stretch.wordEnd;
    }
    result += QStringView(text).mid(copied);
    return result;
}

} // namespace pressdesk
