#include "hyphenator.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>

#include <hyphen.h>

#include <memory>

namespace pressdesk {

namespace {
// Shorter words are not worth a break; two letters at least on each side, three at the end of a word so
// that no "-te" or "-en" starts a line.
constexpr int minimumWordLength = 6;
constexpr int leftMinimum = 2;
constexpr int rightMinimum = 3;

struct DictionaryDeleter
{
    void operator()(HyphenDict *dictionary) const { hnj_hyphen_free(dictionary); }
};

// Loaded once per process: the patterns take a few milliseconds to read and never change.
HyphenDict *dictionary()
{
    static const std::unique_ptr<HyphenDict, DictionaryDeleter> loaded(
        hnj_hyphen_load(QFile::encodeName(Hyphenator::dictionaryPath()).constData()));
    return loaded.get();
}

QString hyphenateWord(HyphenDict *patterns, const QString &word)
{
    // The German patterns are ISO 8859-1, one byte per letter: positions map straight onto the QString.
    const QString lower = word.toLower();
    for (QChar c : lower) {
        if (c.unicode() > 0xff)
            return word;
    }
    const QByteArray latin1 = lower.toLatin1();
    QByteArray hyphens(latin1.size() + 5, '\0');
    char **replacements = nullptr;
    int *positions = nullptr;
    int *cuts = nullptr;
    const int failed = hnj_hyphen_hyphenate3(patterns, latin1.constData(), int(latin1.size()), hyphens.data(),
                                             nullptr, &replacements, &positions, &cuts, leftMinimum,
                                             rightMinimum, leftMinimum, rightMinimum);
    if (replacements) {
        for (int i = 0; i < latin1.size(); ++i)
            free(replacements[i]);
        free(replacements);
        free(positions);
        free(cuts);
    }
    if (failed)
        return word;
    QString marked;
    marked.reserve(word.size() + word.size() / 3);
    for (int i = 0; i < word.size(); ++i) {
        marked += word.at(i);
        if ((hyphens.at(i) & 1) && i + 1 < word.size())
            marked += QChar(0x00ad);
    }
    return marked;
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
    return dictionary() != nullptr;
}

QString Hyphenator::hyphenate(const QString &text)
{
    HyphenDict *patterns = dictionary();
    if (!patterns)
        return text;
    // Each word is looked up once per thread: press prose repeats its words, and the patterns are slow.
    thread_local QHash<QString, QString> known;
    if (known.size() > 50000)
        known.clear();
    // Stretches of letters between blanks; "B-Plan", "2016er", "www.bochum.de" and e-mail addresses hold
    // other characters inside and are left alone. Punctuation at either end ("„Wirtschaft,") is not part
    // of the word.
    QString result;
    result.reserve(text.size() + text.size() / 8);
    const qsizetype size = text.size();
    qsizetype position = 0;
    while (position < size) {
        if (text.at(position).isSpace()) {
            result += text.at(position++);
            continue;
        }
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
        if (!letters) {
            result += QStringView(text).mid(position, end - position);
        } else {
            const QString word = text.mid(first, last - first);
            auto found = known.constFind(word);
            if (found == known.cend())
                found = known.insert(word, hyphenateWord(patterns, word));
            result += QStringView(text).mid(position, first - position);
            result += *found;
            result += QStringView(text).mid(last, end - last);
        }
        position = end;
    }
    return result;
}

} // namespace pressdesk
