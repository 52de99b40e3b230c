#include "hyphenator.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

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
    // Letters only: "B-Plan", "2016er", "www.bochum.de" and e-mail addresses are left alone by taking the
    // whole stretch of non-blank characters and hyphenating it only when it is letters throughout.
    static const QRegularExpression token(QStringLiteral("\\S+"));
    static const QRegularExpression word(QStringLiteral("^([\\p{P}]*)(\\p{L}+)([\\p{P}]*)$"));
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype last = 0;
    QRegularExpressionMatchIterator tokens = token.globalMatch(text);
    while (tokens.hasNext()) {
        const QRegularExpressionMatch match = tokens.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString piece = match.captured();
        const QRegularExpressionMatch parts = word.match(piece);
        if (!parts.hasMatch() || parts.capturedLength(2) < minimumWordLength) {
            result += piece;
            continue;
        }
        result += parts.captured(1) + hyphenateWord(patterns, parts.captured(2)) + parts.captured(3);
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace pressdesk
