// The index of the German hyphenation patterns and its cache: a cached index breaks every word as one
// built from the dictionary does; a cache that is damaged, made from another dictionary or cannot be
// written never changes a break, it only costs the time to index again.

#include "render/hyphenationpatterns.h"
#include "render/hyphenator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

namespace {
// The long words of the Bochum release, spelled as the patterns read them.
std::vector<QByteArray> releaseWords()
{
    QFile file(QStringLiteral(PRESSDESK_TEST_FIXTURES "/bochum-2020-pressemitteilung.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    std::vector<QByteArray> words;
    static const QRegularExpression letters(QStringLiteral("\\p{L}{6,}"));
    for (const QRegularExpressionMatch &match : letters.globalMatch(text)) {
        const QString word = match.captured().toLower();
        if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() <= 0xff; }))
            words.push_back(word.toLatin1());
    }
    return words;
}

int breakCount(const std::vector<QByteArray> &breaks)
{
    int count = 0;
    for (const QByteArray &word : breaks)
        count += int(std::count_if(word.begin(), word.end(), [](char c) { return c & 1; }));
    return count;
}

QString cacheFileIn(const QString &folder)
{
    const QStringList files = QDir(folder).entryList(QDir::Files);
    return files.size() == 1 ? QDir(folder).filePath(files.first()) : QString();
}
} // namespace

class TestHyphenationPatterns : public QObject
{
    Q_OBJECT

private:
    std::vector<QByteArray> m_words;
    std::vector<QByteArray> m_expected; // the breaks of an index built from the dictionary, without a cache

private Q_SLOTS:
    void initTestCase()
    {
        // hyphen-de is a dependency (packaging/debian-packages.txt): without it this is a broken setup,
        // not a case to pass over.
        QVERIFY2(QFile::exists(Hyphenator::dictionaryPath()),
                 qPrintable(Hyphenator::dictionaryPath() + QStringLiteral(" is missing: install hyphen-de")));
        m_words = releaseWords();
        QVERIFY(m_words.size() > 100);
        const std::unique_ptr<HyphenationPatterns> built =
            HyphenationPatterns::open(Hyphenator::dictionaryPath(), QString());
        QVERIFY(built);
        QCOMPARE(built->source(), HyphenationPatterns::Source::Dictionary);
        m_expected = built->breaks(m_words);
        QCOMPARE(m_expected.size(), m_words.size());
        QVERIFY2(breakCount(m_expected) > int(m_words.size()), "long German words have breaks");
    }

    void theCachedIndexBreaksLikeTheBuiltOne()
    {
        QTemporaryDir cache;
        const std::unique_ptr<HyphenationPatterns> first =
            HyphenationPatterns::open(Hyphenator::dictionaryPath(), cache.path());
        QVERIFY(first);
        QCOMPARE(first->source(), HyphenationPatterns::Source::Dictionary);
        QVERIFY2(!cacheFileIn(cache.path()).isEmpty(), "the first process leaves the index behind");

        const std::unique_ptr<HyphenationPatterns> second =
            HyphenationPatterns::open(Hyphenator::dictionaryPath(), cache.path());
        QVERIFY(second);
        QCOMPARE(second->source(), HyphenationPatterns::Source::Cache);
        QVERIFY(second->breaks(m_words) == m_expected);
        QVERIFY(first->breaks(m_words) == m_expected);
    }

    void aDamagedCacheIsBuiltAnew_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("cut short") << QStringLiteral("cut");
        QTest::newRow("a byte changed in the middle") << QStringLiteral("flip");
        QTest::newRow("a byte changed in the last table") << QStringLiteral("flip end");
        QTest::newRow("another file's header") << QStringLiteral("magic");
        QTest::newRow("a count changed") << QStringLiteral("count");
        QTest::newRow("where the second level starts") << QStringLiteral("level");
    }

    void aDamagedCacheIsBuiltAnew()
    {
        QFETCH(QString, damage);
        QTemporaryDir cache;
        QVERIFY(HyphenationPatterns::open(Hyphenator::dictionaryPath(), cache.path()));
        const QString path = cacheFileIn(cache.path());
        QByteArray bytes = testsupport::readBytes(path);
        QVERIFY(bytes.size() > 100);
        if (damage == QLatin1String("empty"))
            bytes.clear();
        else if (damage == QLatin1String("cut"))
            bytes.chop(100);
        else if (damage == QLatin1String("flip"))
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        else if (damage == QLatin1String("flip end"))
            bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x01);
        else if (damage == QLatin1String("magic"))
            bytes[0] = 'X';
        else if (damage == QLatin1String("count"))
            bytes[72] = char(bytes[72] + 1); // the second level's size: the tables no longer fill the file
        else
            bytes[80] = char(bytes[80] - 1); // the line the second level starts at: only the checksum tells
        QVERIFY(testsupport::writeBytes(path, bytes));

        const std::unique_ptr<HyphenationPatterns> reopened =
            HyphenationPatterns::open(Hyphenator::dictionaryPath(), cache.path());
        QVERIFY(reopened);
        QCOMPARE(reopened->source(), HyphenationPatterns::Source::Dictionary);
        QVERIFY(reopened->breaks(m_words) == m_expected);
        // ... and the damaged cache was replaced by a good one.
        const std::unique_ptr<HyphenationPatterns> again =
            HyphenationPatterns::open(Hyphenator::dictionaryPath(), cache.path());
        QCOMPARE(again->source(), HyphenationPatterns::Source::Cache);
        QVERIFY(again->breaks(m_words) == m_expected);
    }

    // An updated hyphen-de is indexed anew: the cache names the dictionary's size and time.
    void aChangedDictionaryIsIndexedAnew()
    {
        QTemporaryDir folder;
        const QString dictionary = folder.filePath(QStringLiteral("hyph_de_DE.dic"));
        QVERIFY(QFile::copy(Hyphenator::dictionaryPath(), dictionary));
        const QString cache = folder.filePath(QStringLiteral("cache"));
        QVERIFY(HyphenationPatterns::open(dictionary, cache));
        QCOMPARE(HyphenationPatterns::open(dictionary, cache)->source(), HyphenationPatterns::Source::Cache);

        QFile file(dictionary);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("% a comment added by an update\n") > 0);
        file.close();
        const std::unique_ptr<HyphenationPatterns> updated = HyphenationPatterns::open(dictionary, cache);
        QCOMPARE(updated->source(), HyphenationPatterns::Source::Dictionary);
        QVERIFY(updated->breaks(m_words) == m_expected);

        // The same size, another time: indexed anew as well.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(HyphenationPatterns::open(dictionary, cache)->source(),
                 HyphenationPatterns::Source::Dictionary);
        QCOMPARE(HyphenationPatterns::open(dictionary, cache)->source(), HyphenationPatterns::Source::Cache);
    }

    void aCacheThatCannotBeWrittenStillHyphenates()
    {
        QTemporaryDir folder;
        const QString notAFolder = folder.filePath(QStringLiteral("cache"));
        QVERIFY(testsupport::writeBytes(notAFolder, QByteArray()));
        for (int run = 0; run < 2; ++run) {
            const std::unique_ptr<HyphenationPatterns> patterns =
                HyphenationPatterns::open(Hyphenator::dictionaryPath(), notAFolder);
            QVERIFY(patterns);
            QCOMPARE(patterns->source(), HyphenationPatterns::Source::Dictionary);
            QVERIFY(patterns->breaks(m_words) == m_expected);
        }
    }

    void noDictionaryNoPatterns()
    {
        QTemporaryDir folder;
        QVERIFY(!HyphenationPatterns::open(folder.filePath(QStringLiteral("missing.dic")), folder.path()));
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHyphenationPatterns)
#include "tst_hyphenationpatterns.moc"
