#include "storage/searchfolding.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pressdesk;

// SearchFolding answers for the search index: every Yes and No it gives must be what an FTS5 table with
// the contact index's tokenizer finds, on texts mixing the learnt blocks with characters outside them.
class TestSearchFolding : public QObject
{
    Q_OBJECT

    std::optional<SearchFolding> m_folding;
    QSqlDatabase m_db;

    QSet<qint64> indexFinds(const QString &prefix)
    {
        QSet<qint64> ids;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT rowid FROM texts WHERE texts MATCH ?"));
        query.addBindValue(QString(QLatin1Char('"') + prefix + QStringLiteral("\"*")));
        if (!query.exec())
            qWarning() << query.lastError().text();
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<SearchFolding> learnt = SearchFolding::learn();
        QVERIFY2(learnt.ok(), qPrintable(learnt.errorMessage()));
        m_folding = std::move(learnt).value();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("folding"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE texts USING fts5(x, tokenize = 'unicode61 "
                                          "remove_diacritics 2')")));
    }

    void foldsWordsAsTheIndexDoes()
    {
        QCOMPARE(m_folding->foldWord(QStringLiteral("Müller")),
                 std::optional<QString>(QStringLiteral("muller")));
        QCOMPARE(m_folding->foldWord(QStringLiteral("ÖZ")), std::optional<QString>(QStringLiteral("oz")));
        QCOMPARE(m_folding->foldWord(QStringLiteral("Łódź")), std::optional<QString>(QStringLiteral("łodz")));
        QCOMPARE(m_folding->foldWord(QStringLiteral("Weiß")), std::optional<QString>(QStringLiteral("weiß")));
        QCOMPARE(m_folding->foldWord(QStringLiteral("ab-c")), std::nullopt); // two words for the index
        QCOMPARE(m_folding->foldWord(QStringLiteral("Σοφία")), std::nullopt);
        QCOMPARE(m_folding->foldWord(QString()), std::nullopt);
    }

    void answersAsTheIndexFinds()
    {
        // Letters with and without marks, digits, separators a press office types (en dash, typographic
        // quotes, no-break space, €), and characters outside the learnt blocks (Greek, Cyrillic, a
        // combining diaeresis, an emoji, CJK).
        const QString learnt = QStringLiteral("aAbBcCdDeEfFmMoOsSuUzZäÄöÖüÜßẞéÉèçÇñÑåÅæÆøØłŁđĐǅǆĳŉſ"
                                              "0123456789 -_.,;:@/'’„“\"–—\u00A0\u00AD€()&+");
        const QString unlearnt = QStringLiteral("σΣжЖ\u0308日") + QString::fromUcs4(U"\U0001F600");
        QRandomGenerator random(20261206);
        const auto pick = [&](const QString &from) {
            if (from == unlearnt && random.bounded(8) == 0)
                return QString::fromUcs4(U"\U0001F600");
            return QString(from.at(random.bounded(int(from.size()))));
        };
        QList<QString> texts;
        QSqlQuery insert(m_db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO texts (rowid, x) VALUES (?, ?)")));
        for (int i = 1; i <= 3000; ++i) {
            QString text;
            const int length = 1 + int(random.bounded(24));
            for (int k = 0; k < length; ++k)
                text += random.bounded(40) == 0 ? pick(unlearnt) : pick(learnt);
            texts.append(text);
            insert.addBindValue(i);
            insert.addBindValue(text);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        int answered = 0;
        int unknown = 0;
        const QString letters = QStringLiteral("aAbmoOsSuäÄöüßéçñøłĳ0");
        for (int round = 0; round < 120; ++round) {
            QString word;
            const int length = 1 + int(random.bounded(3));
            for (int k = 0; k < length; ++k)
                word += letters.at(random.bounded(int(letters.size())));
            const std::optional<QString> folded = m_folding->foldWord(word);
            QVERIFY2(folded, qPrintable(word));
            const QSet<qint64> found = indexFinds(word);
            for (int i = 0; i < texts.size(); ++i) {
                const SearchFolding::Match match = m_folding->anyWordStartsWith(texts.at(i), {*folded});
                if (match == SearchFolding::Match::Unknown) {
                    ++unknown;
                    continue;
                }
                ++answered;
                QVERIFY2((match == SearchFolding::Match::Yes) == found.contains(i + 1),
                         qPrintable(QStringLiteral("“%1” in “%2”: %3")
                                        .arg(word, texts.at(i),
                                             match == SearchFolding::Match::Yes ? QStringLiteral("yes")
                                                                                : QStringLiteral("no"))));
            }
        }
        // Most texts are answered in C++ (one in four here holds an unlearnt character, far more than
        // in a real address book).
        QVERIFY(answered > 2 * unknown);
        QVERIFY(unknown > 0);
    }

    void leavesUnlearntTextToTheIndex()
    {
        const QStringList prefix{QStringLiteral("mu")};
        QCOMPARE(m_folding->anyWordStartsWith(QStringLiteral("Anna Müller"), prefix),
                 SearchFolding::Match::Yes);
        QCOMPARE(m_folding->anyWordStartsWith(QStringLiteral("Anna Meier"), prefix),
                 SearchFolding::Match::No);
        // The combining diaeresis (a Mac's "Mü") and Greek could be read either way: the index decides.
        QCOMPARE(m_folding->anyWordStartsWith(QStringLiteral("Anna Mu\u0308ller"), {QStringLiteral("mul")}),
                 SearchFolding::Match::Unknown);
        QCOMPARE(m_folding->anyWordStartsWith(QStringLiteral("Σοφία Meier"), prefix),
                 SearchFolding::Match::Unknown);
        // A word already found is found, whatever follows it.
        QCOMPARE(m_folding->anyWordStartsWith(QStringLiteral("Müller Σοφία"), prefix),
                 SearchFolding::Match::Yes);
    }
};

QTEST_GUILESS_MAIN(TestSearchFolding)
#include "tst_searchfolding.moc"
