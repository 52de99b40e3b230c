#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace pressdesk {

// The German hyphenation patterns (hyph_de_DE.dic), indexed by their letters so that each batch of words
// is hyphenated with a libhyphen dictionary of just the patterns that matter to it (see the .cpp).
//
// Indexing the 78,000 lines takes 20-30 ms and 3 MiB of fresh memory. The index is therefore kept in a
// cache file beside the user's other caches and mapped on later runs (as fontconfig keeps its font
// caches): the first export on a machine builds it, every later process reads it in well under a
// millisecond. The cache names the dictionary it was made from (path, size, modification time) and holds a
// checksum; a cache that does not match, is damaged or cannot be read is built anew, and one that cannot
// be written leaves the index in memory only.
class HyphenationPatterns
{
public:
    enum class Source
    {
        Dictionary,
        Cache
    };

    // The patterns of dictionaryPath, by way of a cache in cacheFolder (none when it is empty); nullptr
    // when the dictionary cannot be read.
    static std::unique_ptr<HyphenationPatterns> open(const QString &dictionaryPath,
                                                     const QString &cacheFolder);
    // Where the cache is kept by default: PressDesk's folder in the user's cache location.
    static QString defaultCacheFolder();

    ~HyphenationPatterns();
    HyphenationPatterns(const HyphenationPatterns &) = delete;
    HyphenationPatterns &operator=(const HyphenationPatterns &) = delete;

    Source source() const { return m_source; }

    // The breaks of each word (lower-case ISO 8859-1 letters): one byte per letter, odd where the word
    // may break after that letter; empty when libhyphen could not read the batch's dictionary.
    std::vector<QByteArray> breaks(const std::vector<QByteArray> &words) const;

private:
    HyphenationPatterns() = default;

    // Offsets rather than views keep the 78,000 lines at 12 bytes each.
    struct Line
    {
        uint32_t textStart = 0; // the line as libhyphen reads it, in the dictionary's text
        uint32_t keyStart = 0;  // its letters and word-boundary dots without the digits, in the keys
        uint16_t textLength = 0;
        uint16_t keyLength = 0; // 0 for directives (COMPOUNDLEFTHYPHENMIN 2, NOHYPHEN …): always kept
    };
    static_assert(sizeof(Line) == 12, "the cache file holds Line as it is in memory");

    bool mapDictionary(const QString &path);
    bool build();
    bool readCache(const QString &cachePath);
    void writeCache(const QString &cachePath) const;
    QByteArray cacheHeader() const;
    bool isConsistent() const;

    std::string_view textOf(uint32_t line) const
    {
        return m_text.substr(m_lines[line].textStart, m_lines[line].textLength);
    }
    std::string_view keyOf(uint32_t line) const
    {
        return m_keys.substr(m_lines[line].keyStart, m_lines[line].keyLength);
    }
    void markStatesAlong(int level, std::string_view lead, std::string_view text,
                         std::vector<bool> &wanted) const;
    bool markRange(const std::string &read, const uint32_t *&first, const uint32_t *&last,
                   std::vector<bool> &wanted) const;

    Source m_source = Source::Dictionary;
    QString m_dictionaryPath;
    qint64 m_dictionarySize = 0;
    qint64 m_dictionaryModified = 0; // ms since the epoch

    // What the index is read from: the dictionary's text, mapped or read; built tables, or a mapped cache.
    QFile m_dictionaryFile;
    QByteArray m_dictionaryCopy; // when the dictionary could not be mapped
    QFile m_cacheFile;
    QByteArray m_builtKeys;
    std::vector<Line> m_builtLines;
    std::vector<uint32_t> m_builtByKey[2];

    // The index itself, pointing into one of the above.
    std::string_view m_text;
    std::string_view m_header; // the first line: the character set
    std::string_view m_keys;
    const Line *m_lines = nullptr;
    size_t m_lineCount = 0;
    const uint32_t *m_byKey[2] = {nullptr, nullptr}; // line numbers sorted by key, for each of the two levels
    size_t m_byKeyCount[2] = {0, 0};
    size_t m_firstNextLevelLine = 0;
    bool m_hasNextLevel = false;
};

} // namespace pressdesk
