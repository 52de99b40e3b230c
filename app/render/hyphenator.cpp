#include "hyphenator.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>

#include <hyphen.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
using Dictionary = std::unique_ptr<HyphenDict, DictionaryDeleter>;

// The German patterns, indexed by their letters. libhyphen turns all 78,000 lines of hyph_de_DE.dic into
// one state machine when it loads the file: two to three seconds and about 25 MiB. Each batch of new words
// gets a dictionary of just the patterns that matter to it (a few hundred lines), which libhyphen reads in
// well under a millisecond. What matters is more than the patterns found in a word: libhyphen reports only
// the pattern of the state it is in, so a longer pattern that merely starts like a piece of the word changes
// which shorter ones are seen. Every state the whole machine would pass through is therefore kept too, and
// the breaks are exactly those of the whole file, whatever else is in the batch (tst_releasepages
// compares them over the German spelling dictionary).
class PatternIndex
{
public:
    static const PatternIndex *instance()
    {
        static const std::unique_ptr<PatternIndex> index = load(Hyphenator::dictionaryPath());
        return index.get();
    }

    // A dictionary holding the patterns that may apply to these lower-case ISO 8859-1 words.
    Dictionary dictionaryFor(const std::vector<QByteArray> &words) const
    {
        std::vector<bool> wanted(m_lines.size(), false);
        for (const QByteArray &word : words) {
            // libhyphen reads ".word." and, for the parts of a compound, ".part.": any piece of the word,
            // with or without a boundary dot on either side.
            const std::string_view letters(word.constData(), size_t(word.size()));
            for (const std::vector<uint32_t> &level : m_byKey) {
                for (size_t start = 0; start <= letters.size(); ++start) {
                    markStatesAlong(level, {}, letters.substr(start), wanted);
                    markStatesAlong(level, ".", letters.substr(start), wanted);
                }
            }
        }
        QByteArray file = m_header;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            if (i == m_firstNextLevelLine)
                file += "NEXTLEVEL\n";
            if (wanted[i] || m_lines[i].keyLength == 0)
                file.append(textOf(uint32_t(i)).data(), qsizetype(m_lines[i].textLength)).append('\n');
        }
        if (m_firstNextLevelLine == m_lines.size() && m_hasNextLevel)
            file += "NEXTLEVEL\n";
        FILE *stream = fmemopen(file.data(), size_t(file.size()), "r");
        if (!stream)
            return nullptr;
        Dictionary dictionary(hnj_hyphen_load_file(stream));
        fclose(stream);
        return dictionary;
    }

private:
    // Offsets rather than views keep the 78,000 lines at 12 bytes each.
    struct Line
    {
        uint32_t textStart = 0; // the line as libhyphen reads it, in m_file
        uint32_t keyStart = 0;  // its letters and word-boundary dots without the digits, in m_keys
        uint16_t textLength = 0;
        uint16_t keyLength = 0; // 0 for directives (COMPOUNDLEFTHYPHENMIN 2, NOHYPHEN …): always kept
    };
    std::string_view textOf(uint32_t line) const
    {
        return {m_file.constData() + m_lines[line].textStart, m_lines[line].textLength};
    }
    std::string_view keyOf(uint32_t line) const
    {
        return {m_keys.constData() + m_lines[line].keyStart, m_lines[line].keyLength};
    }

    static std::unique_ptr<PatternIndex> load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > std::numeric_limits<uint32_t>::max())
            return nullptr;
        auto index = std::make_unique<PatternIndex>();
        index->m_file.resize(file.size()); // exactly: readAll() would hold twice the file while growing
        if (file.read(index->m_file.data(), file.size()) != file.size())
            return nullptr;
        const QByteArray &bytes = index->m_file;
        const qsizetype firstBreak = bytes.indexOf('\n');
        if (firstBreak < 0)
            return nullptr;
        index->m_header = bytes.left(firstBreak + 1); // the character set
        index->m_keys.reserve(bytes.size());
        index->m_lines.reserve(size_t(bytes.count('\n')));
        index->m_firstNextLevelLine = size_t(-1);
        qsizetype position = firstBreak + 1;
        while (position < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', position);
            if (end < 0)
                end = bytes.size();
            std::string_view text(bytes.constData() + position, size_t(end - position));
            const qsizetype start = position;
            position = end + 1;
            while (!text.empty() && (text.back() == '\r' || text.back() == ' '))
                text.remove_suffix(1);
            if (text.empty() || text.size() > 0xffff || text.front() == '%' || text.front() == '#')
                continue;
            if (text.substr(0, 9) == "NEXTLEVEL") {
                index->m_hasNextLevel = true;
                index->m_firstNextLevelLine = index->m_lines.size();
                continue;
            }
            const bool directive = !(text.front() == '.' || (text.front() >= '0' && text.front() <= '9') ||
                                     std::islower(static_cast<unsigned char>(text.front())) ||
                                     static_cast<unsigned char>(text.front()) >= 0xc0);
            Line line;
            line.textStart = uint32_t(start);
            line.textLength = uint16_t(text.size());
            line.keyStart = uint32_t(index->m_keys.size());
            if (!directive) {
                for (char c : text.substr(0, text.find('/'))) {
                    if (c < '0' || c > '9')
                        index->m_keys.append(c);
                }
            }
            line.keyLength = uint16_t(index->m_keys.size() - line.keyStart);
            index->m_lines.push_back(line);
        }
        index->m_keys.squeeze();
        if (index->m_firstNextLevelLine == size_t(-1))
            index->m_firstNextLevelLine = index->m_lines.size();
        for (size_t i = 0; i < index->m_lines.size(); ++i) {
            if (index->m_lines[i].keyLength > 0)
                index->m_byKey[i < index->m_firstNextLevelLine ? 0 : 1].push_back(uint32_t(i));
        }
        for (std::vector<uint32_t> &level : index->m_byKey) {
            level.shrink_to_fit();
            std::sort(level.begin(), level.end(),
                      [&index = *index](uint32_t a, uint32_t b) { return index.keyOf(a) < index.keyOf(b); });
        }
        return index;
    }

    // Walks lead + text one letter at a time (and each step with a closing dot) as libhyphen's machine
    // would: every pattern equal to what has been read is kept, and where what has been read only starts
    // some patterns, one of them is kept so that the state exists. Stops as soon as no pattern starts so.
    void markStatesAlong(const std::vector<uint32_t> &level, std::string_view lead, std::string_view text,
                         std::vector<bool> &wanted) const
    {
        std::string read(lead);
        auto first = level.begin();
        auto last = level.end();
        if (!read.empty() && !markRange(read, first, last, wanted))
            return;
        for (char letter : text) {
            read += letter;
            if (!markRange(read, first, last, wanted))
                return;
            auto closedFirst = first;
            auto closedLast = last;
            markRange(read + '.', closedFirst, closedLast, wanted);
        }
    }

    // Narrows [first, last) (patterns sorted by key, all starting with read minus its last letter) to
    // those starting with read and marks them as described above; false when none starts so.
    bool markRange(const std::string &read, std::vector<uint32_t>::const_iterator &first,
                   std::vector<uint32_t>::const_iterator &last, std::vector<bool> &wanted) const
    {
        const std::string_view prefix(read);
        first = std::lower_bound(first, last, prefix,
                                 [&](uint32_t line, std::string_view value) { return keyOf(line) < value; });
        last = std::upper_bound(first, last, prefix, [&](std::string_view value, uint32_t line) {
            return value < keyOf(line).substr(0, value.size());
        });
        if (first == last)
            return false;
        wanted[*first] = true; // equal to read, or the first pattern that makes read a state
        for (auto it = first; it != last && keyOf(*it).size() == prefix.size(); ++it)
            wanted[*it] = true;
        return true;
    }

    QByteArray m_file;
    QByteArray m_header;
    QByteArray m_keys;
    std::vector<Line> m_lines;
    std::vector<uint32_t> m_byKey[2]; // line numbers sorted by key, for each of the two levels
    size_t m_firstNextLevelLine = 0;
    bool m_hasNextLevel = false;
};

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

QString hyphenateWord(HyphenDict *patterns, const QString &word, const QByteArray &latin1)
{
    // Positions in the ISO 8859-1 spelling map straight onto the QString.
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
    return PatternIndex::instance() != nullptr;
}

QString Hyphenator::hyphenate(const QString &text)
{
    const PatternIndex *index = PatternIndex::instance();
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
        if (const Dictionary patterns = index->dictionaryFor(spellings)) {
            for (size_t i = 0; i < newWords.size(); ++i)
                known.insert(newWords[i], hyphenateWord(patterns.get(), newWords[i], spellings[i]));
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
