#include "hyphenationpatterns.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <hyphen.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

// libhyphen turns all 78,000 lines of hyph_de_DE.dic into one state machine when it loads the file: two to
// three seconds and about 25 MiB. Each batch of new words gets a dictionary of just the patterns that
// matter to it (a few hundred lines), which libhyphen reads in well under a millisecond. What matters is
// more than the patterns found in a word: libhyphen reports only the pattern of the state it is in, so a
// longer pattern that merely starts like a piece of the word changes which shorter ones are seen. Every
// state the whole machine would pass through is therefore kept too, and the breaks are exactly those of
// the whole file, whatever else is in the batch (tst_releasepages compares them over the German spelling
// dictionary).

namespace pressdesk {

namespace {
struct DictionaryDeleter
{
    void operator()(HyphenDict *dictionary) const { hnj_hyphen_free(dictionary); }
};
using Dictionary = std::unique_ptr<HyphenDict, DictionaryDeleter>;

// Two letters at least on each side of a break, three at the end of a word so that no "-te" or "-en"
// starts a line.
constexpr int leftMinimum = 2;
constexpr int rightMinimum = 3;

// The cache file: this header, then the dictionary's path (UTF-8), the keys, the lines and the two sorted
// levels, each padded to 8 bytes. Written and read on the same machine, so in its own byte order.
struct CacheHeader
{
    char magic[8];
    uint32_t version;
    uint32_t lineSize;
    uint32_t byteOrder;
    uint32_t hasNextLevel;
    uint64_t pathBytes;
    uint64_t dictionarySize;
    int64_t dictionaryModified;
    uint64_t keyBytes;
    uint64_t lineCount;
    uint64_t byKeyCount[2];
    uint64_t firstNextLevelLine;
    uint64_t checksum; // of the header (with this field 0) and everything after it
};
constexpr char cacheMagic[8] = {'P', 'D', 'H', 'Y', 'P', 'H', 'E', 'N'};
constexpr uint32_t cacheVersion = 1;
constexpr uint32_t byteOrderMark = 0x01020304;

constexpr uint64_t padded(uint64_t bytes)
{
    return (bytes + 7) & ~uint64_t(7);
}

// Enough to tell a damaged cache from a good one (it is no defence against tampering, nor needs to be:
// the file is the user's own, and every offset in it is checked before use).
uint64_t checksumOf(const char *data, size_t size, uint64_t hash = 0xcbf29ce484222325ull)
{
    for (size_t i = 0; i + 8 <= size; i += 8) {
        uint64_t word = 0;
        std::memcpy(&word, data + i, 8);
        hash = (hash ^ word) * 0x100000001b3ull;
        hash ^= hash >> 31;
    }
    return hash;
}
uint64_t headerChecksum(CacheHeader header)
{
    header.checksum = 0;
    return checksumOf(reinterpret_cast<const char *>(&header), sizeof header);
}
} // namespace

HyphenationPatterns::~HyphenationPatterns() = default;

QString HyphenationPatterns::defaultCacheFolder()
{
    const QString caches = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return caches.isEmpty() ? QString() : QDir(caches).filePath(QStringLiteral("pressdesk"));
}

std::unique_ptr<HyphenationPatterns> HyphenationPatterns::open(const QString &dictionaryPath,
                                                               const QString &cacheFolder)
{
    std::unique_ptr<HyphenationPatterns> patterns(new HyphenationPatterns);
    if (!patterns->mapDictionary(dictionaryPath))
        return nullptr;
    const QString cachePath =
        cacheFolder.isEmpty()
            ? QString()
            : QDir(cacheFolder).filePath(QFileInfo(dictionaryPath).fileName() + QStringLiteral(".index"));
    if (!cachePath.isEmpty() && patterns->readCache(cachePath)) {
        patterns->m_source = Source::Cache;
        return patterns;
    }
    if (!patterns->build())
        return nullptr;
    if (!cachePath.isEmpty())
        patterns->writeCache(cachePath);
    return patterns;
}

bool HyphenationPatterns::mapDictionary(const QString &path)
{
    m_dictionaryFile.setFileName(path);
    if (!m_dictionaryFile.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = m_dictionaryFile.size();
    if (size <= 0 || size > std::numeric_limits<uint32_t>::max())
        return false;
    const QFileInfo info(path);
    m_dictionaryPath = info.absoluteFilePath();
    m_dictionarySize = size;
    m_dictionaryModified = info.lastModified().toMSecsSinceEpoch();
    // Mapped, the text costs no memory of its own; read when the file system cannot map it.
    if (const uchar *mapped = m_dictionaryFile.map(0, size)) {
        m_text = std::string_view(reinterpret_cast<const char *>(mapped), size_t(size));
    } else {
        m_dictionaryCopy.resize(size);
        if (m_dictionaryFile.read(m_dictionaryCopy.data(), size) != size)
            return false;
        m_text = std::string_view(m_dictionaryCopy.constData(), size_t(size));
    }
    const size_t firstBreak = m_text.find('\n');
    if (firstBreak == std::string_view::npos)
        return false;
    m_header = m_text.substr(0, firstBreak + 1); // the character set
    return true;
}

bool HyphenationPatterns::build()
{
    const std::string_view bytes = m_text;
    m_builtKeys.reserve(qsizetype(bytes.size()));
    m_builtLines.reserve(size_t(std::count(bytes.begin(), bytes.end(), '\n')));
    m_firstNextLevelLine = size_t(-1);
    m_hasNextLevel = false; // nothing of a rejected cache stays
    size_t position = m_header.size();
    while (position < bytes.size()) {
        size_t end = bytes.find('\n', position);
        if (end == std::string_view::npos)
            end = bytes.size();
        std::string_view text = bytes.substr(position, end - position);
        const size_t start = position;
        position = end + 1;
        while (!text.empty() && (text.back() == '\r' || text.back() == ' '))
            text.remove_suffix(1);
        if (text.empty() || text.size() > 0xffff || text.front() == '%' || text.front() == '#')
            continue;
        if (text.substr(0, 9) == "NEXTLEVEL") {
            m_hasNextLevel = true;
            m_firstNextLevelLine = m_builtLines.size();
            continue;
        }
        const bool directive = !(text.front() == '.' || (text.front() >= '0' && text.front() <= '9') ||
                                 std::islower(static_cast<unsigned char>(text.front())) ||
                                 static_cast<unsigned char>(text.front()) >= 0xc0);
        Line line;
        line.textStart = uint32_t(start);
        line.textLength = uint16_t(text.size());
        line.keyStart = uint32_t(m_builtKeys.size());
        if (!directive) {
            for (char c : text.substr(0, text.find('/'))) {
                if (c < '0' || c > '9')
                    m_builtKeys.append(c);
            }
        }
        line.keyLength = uint16_t(uint32_t(m_builtKeys.size()) - line.keyStart);
        m_builtLines.push_back(line);
    }
    m_builtKeys.squeeze();
    if (m_firstNextLevelLine == size_t(-1))
        m_firstNextLevelLine = m_builtLines.size();
    m_keys = std::string_view(m_builtKeys.constData(), size_t(m_builtKeys.size()));
    m_lines = m_builtLines.data();
    m_lineCount = m_builtLines.size();
    for (size_t i = 0; i < m_lineCount; ++i) {
        if (m_lines[i].keyLength > 0)
            m_builtByKey[i < m_firstNextLevelLine ? 0 : 1].push_back(uint32_t(i));
    }
    for (int level = 0; level < 2; ++level) {
        std::vector<uint32_t> &sorted = m_builtByKey[level];
        sorted.shrink_to_fit();
        std::sort(sorted.begin(), sorted.end(),
                  [this](uint32_t a, uint32_t b) { return keyOf(a) < keyOf(b); });
        m_byKey[level] = sorted.data();
        m_byKeyCount[level] = sorted.size();
    }
    m_source = Source::Dictionary;
    return m_lineCount > 0;
}

QByteArray HyphenationPatterns::cacheHeader() const
{
    CacheHeader header;
    std::memset(&header, 0, sizeof header);
    std::memcpy(header.magic, cacheMagic, sizeof header.magic);
    header.version = cacheVersion;
    header.lineSize = sizeof(Line);
    header.byteOrder = byteOrderMark;
    header.hasNextLevel = m_hasNextLevel ? 1 : 0;
    header.pathBytes = uint64_t(m_dictionaryPath.toUtf8().size());
    header.dictionarySize = uint64_t(m_dictionarySize);
    header.dictionaryModified = m_dictionaryModified;
    header.keyBytes = m_keys.size();
    header.lineCount = m_lineCount;
    header.byKeyCount[0] = m_byKeyCount[0];
    header.byKeyCount[1] = m_byKeyCount[1];
    header.firstNextLevelLine = m_firstNextLevelLine;
    return QByteArray(reinterpret_cast<const char *>(&header), sizeof header);
}

void HyphenationPatterns::writeCache(const QString &cachePath) const
{
    QByteArray payload;
    const auto append = [&payload](const void *data, size_t size) {
        payload.append(static_cast<const char *>(data), qsizetype(size));
        payload.append(qsizetype(padded(size) - size), '\0');
    };
    const QByteArray path = m_dictionaryPath.toUtf8();
    append(path.constData(), size_t(path.size()));
    append(m_keys.data(), m_keys.size());
    append(m_lines, m_lineCount * sizeof(Line));
    append(m_byKey[0], m_byKeyCount[0] * sizeof(uint32_t));
    append(m_byKey[1], m_byKeyCount[1] * sizeof(uint32_t));
    QByteArray header = cacheHeader();
    const uint64_t checksum = checksumOf(payload.constData(), size_t(payload.size()),
                                         checksumOf(header.constData(), size_t(header.size())));
    std::memcpy(header.data() + offsetof(CacheHeader, checksum), &checksum, sizeof checksum);

    // A cache that cannot be written is no failure: the index stays in memory, and the next process
    // builds it again. Written beside its name and renamed over it, so that a reader never maps a
    // half-written cache; not synced to disk (QSaveFile would, at 20-30 ms on the first export): after a
    // crash a damaged cache fails its checksum and is built anew.
    if (!QDir().mkpath(QFileInfo(cachePath).absolutePath()))
        return;
    QTemporaryFile file(cachePath + QStringLiteral(".XXXXXX"));
    if (!file.open() || file.write(header) != header.size() || file.write(payload) != payload.size() ||
        !file.flush())
        return;
    file.close();
    if (std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(cachePath).constData()) == 0)
        file.setAutoRemove(false); // it is the cache now
}

bool HyphenationPatterns::readCache(const QString &cachePath)
{
    m_cacheFile.setFileName(cachePath);
    if (!m_cacheFile.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = m_cacheFile.size();
    const uchar *mapped = size >= qint64(sizeof(CacheHeader)) ? m_cacheFile.map(0, size) : nullptr;
    const auto reject = [this] {
        m_cacheFile.close(); // unmaps
        m_keys = {};
        m_lines = nullptr;
        m_lineCount = 0;
        m_byKey[0] = m_byKey[1] = nullptr;
        m_byKeyCount[0] = m_byKeyCount[1] = 0;
        m_firstNextLevelLine = 0;
        m_hasNextLevel = false;
        return false;
    };
    if (!mapped)
        return reject();
    CacheHeader header;
    std::memcpy(&header, mapped, sizeof header);
    const QByteArray path = m_dictionaryPath.toUtf8();
    if (std::memcmp(header.magic, cacheMagic, sizeof header.magic) != 0 || header.version != cacheVersion ||
        header.lineSize != sizeof(Line) || header.byteOrder != byteOrderMark ||
        header.dictionarySize != uint64_t(m_dictionarySize) ||
        header.dictionaryModified != m_dictionaryModified || header.pathBytes != uint64_t(path.size()))
        return reject();
    // Each count is checked against the file's size before anything is added up, so nothing overflows.
    const uint64_t available = uint64_t(size) - sizeof header;
    if (header.keyBytes > available || header.lineCount > available / sizeof(Line) ||
        header.byKeyCount[0] > available / 4 || header.byKeyCount[1] > available / 4)
        return reject();
    const uint64_t pathAt = sizeof header;
    const uint64_t keysAt = pathAt + padded(header.pathBytes);
    const uint64_t linesAt = keysAt + padded(header.keyBytes);
    const uint64_t firstLevelAt = linesAt + padded(header.lineCount * sizeof(Line));
    const uint64_t secondLevelAt = firstLevelAt + padded(header.byKeyCount[0] * 4);
    const uint64_t end = secondLevelAt + padded(header.byKeyCount[1] * 4);
    if (end != uint64_t(size))
        return reject();
    const char *bytes = reinterpret_cast<const char *>(mapped);
    if (std::memcmp(bytes + pathAt, path.constData(), size_t(path.size())) != 0 ||
        checksumOf(bytes + pathAt, size_t(end - pathAt), headerChecksum(header)) != header.checksum)
        return reject();

    m_keys = std::string_view(bytes + keysAt, size_t(header.keyBytes));
    m_lines = reinterpret_cast<const Line *>(bytes + linesAt);
    m_lineCount = size_t(header.lineCount);
    m_byKey[0] = reinterpret_cast<const uint32_t *>(bytes + firstLevelAt);
    m_byKey[1] = reinterpret_cast<const uint32_t *>(bytes + secondLevelAt);
    m_byKeyCount[0] = size_t(header.byKeyCount[0]);
    m_byKeyCount[1] = size_t(header.byKeyCount[1]);
    m_firstNextLevelLine = size_t(header.firstNextLevelLine);
    m_hasNextLevel = header.hasNextLevel != 0;
    return isConsistent() ? true : reject();
}

// Every offset within what it points into: however the cache came to be, reading it stays in bounds.
bool HyphenationPatterns::isConsistent() const
{
    if (m_lineCount == 0 || m_firstNextLevelLine > m_lineCount)
        return false;
    for (size_t i = 0; i < m_lineCount; ++i) {
        const Line &line = m_lines[i];
        if (uint64_t(line.textStart) + line.textLength > m_text.size() ||
            uint64_t(line.keyStart) + line.keyLength > m_keys.size())
            return false;
    }
    for (int level = 0; level < 2; ++level) {
        for (size_t i = 0; i < m_byKeyCount[level]; ++i) {
            if (m_byKey[level][i] >= m_lineCount)
                return false;
        }
    }
    return true;
}

std::vector<QByteArray> HyphenationPatterns::breaks(const std::vector<QByteArray> &words) const
{
    // The dictionary of the patterns that may apply to these words.
    std::vector<bool> wanted(m_lineCount, false);
    for (const QByteArray &word : words) {
        // libhyphen reads ".word." and, for the parts of a compound, ".part.": any piece of the word,
        // with or without a boundary dot on either side.
        const std::string_view letters(word.constData(), size_t(word.size()));
        for (int level = 0; level < 2; ++level) {
            for (size_t start = 0; start <= letters.size(); ++start) {
                markStatesAlong(level, {}, letters.substr(start), wanted);
                markStatesAlong(level, ".", letters.substr(start), wanted);
            }
        }
    }
    QByteArray file(m_header.data(), qsizetype(m_header.size()));
    for (size_t i = 0; i < m_lineCount; ++i) {
        if (i == m_firstNextLevelLine)
            file += "NEXTLEVEL\n";
        if (wanted[i] || m_lines[i].keyLength == 0)
            file.append(textOf(uint32_t(i)).data(), qsizetype(m_lines[i].textLength)).append('\n');
    }
    if (m_firstNextLevelLine == m_lineCount && m_hasNextLevel)
        file += "NEXTLEVEL\n";
    FILE *stream = fmemopen(file.data(), size_t(file.size()), "r");
    if (!stream)
        return {};
    const Dictionary dictionary(hnj_hyphen_load_file(stream));
    fclose(stream);
    if (!dictionary)
        return {};

    std::vector<QByteArray> all;
    all.reserve(words.size());
    for (const QByteArray &word : words) {
        QByteArray hyphens(word.size() + 5, '\0');
        char **replacements = nullptr;
        int *positions = nullptr;
        int *cuts = nullptr;
        const int failed = hnj_hyphen_hyphenate3(dictionary.get(), word.constData(), int(word.size()),
                                                 hyphens.data(), nullptr, &replacements, &positions, &cuts,
                                                 leftMinimum, rightMinimum, leftMinimum, rightMinimum);
        if (replacements) {
            for (int i = 0; i < word.size(); ++i)
                free(replacements[i]);
            free(replacements);
            free(positions);
            free(cuts);
        }
        hyphens.truncate(word.size());
        if (failed)
            hyphens.fill('\0');
        all.push_back(hyphens);
    }
    return all;
}

// Walks lead + text one letter at a time (and each step with a closing dot) as libhyphen's machine would:
// every pattern equal to what has been read is kept, and where what has been read only starts some
// patterns, one of them is kept so that the state exists. Stops as soon as no pattern starts so.
void HyphenationPatterns::markStatesAlong(int level, std::string_view lead, std::string_view text,
                                          std::vector<bool> &wanted) const
{
    std::string read(lead);
    const uint32_t *first = m_byKey[level];
    const uint32_t *last = first + m_byKeyCount[level];
    if (!read.empty() && !markRange(read, first, last, wanted))
        return;
    for (char letter : text) {
        read += letter;
        if (!markRange(read, first, last, wanted))
            return;
        const uint32_t *closedFirst = first;
        const uint32_t *closedLast = last;
        markRange(read + '.', closedFirst, closedLast, wanted);
    }
}

// Narrows [first, last) (patterns sorted by key, all starting with read minus its last letter) to those
// starting with read and marks them as described above; false when none starts so.
bool HyphenationPatterns::markRange(const std::string &read, const uint32_t *&first, const uint32_t *&last,
                                    std::vector<bool> &wanted) const
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
    for (const uint32_t *it = first; it != last && keyOf(*it).size() == prefix.size(); ++it)
        wanted[*it] = true;
    return true;
}

} // namespace pressdesk
