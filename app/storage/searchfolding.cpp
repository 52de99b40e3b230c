#include "searchfolding.h"

#include "sqlsupport.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <memory>

namespace pressdesk {

namespace {

struct Block
{
    char16_t first;
    char16_t last;
};

// Basic Latin to Latin Extended-B, Latin Extended Additional, General Punctuation, Currency Symbols.
constexpr Block LearntBlocks[] = {{0x0001, 0x024F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}};

struct CloseConnection
{
    void operator()(sqlite3 *connection) const { sqlite3_close_v2(connection); }
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchFolding", text);
}

} // namespace

Result<SearchFolding> SearchFolding::learn()
{
    const QString what = tr("learn how the search index reads text");
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, CloseConnection> connection(raw);
    if (opened != SQLITE_OK)
        return sql::toError(opened, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : ""), what);
    // The same tokenizer options as contact_search (resources/sql); each character is a document of its
    // own, and the vocabulary table says which word, if any, the index made of it.
    const char *setUp =
        "CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');"
        "CREATE VIRTUAL TABLE words USING fts5vocab(probe, instance);";
    if (const int made = sqlite3_exec(connection.get(), setUp, nullptr, nullptr, nullptr); made != SQLITE_OK)
        return sql::toError(made, QString::fromUtf8(sqlite3_errmsg(connection.get())), what);

    sql::Statement insert;
    if (Result<void> prepared =
            insert.prepare(connection.get(), QStringLiteral("INSERT INTO probe (rowid, x) VALUES (?1, ?2)"));
        !prepared)
        return prepared.error();
    if (const int began = sqlite3_exec(connection.get(), "BEGIN", nullptr, nullptr, nullptr);
        began != SQLITE_OK)
        return sql::toError(began, QString::fromUtf8(sqlite3_errmsg(connection.get())), what);
    for (const Block &block : LearntBlocks) {
        for (char32_t c = block.first; c <= block.last; ++c) {
            insert.bind(1, qint64(c));
            insert.bind(2, QString(QChar(char16_t(c))));
            if (Result<void> ran = insert.run(what); !ran)
                return ran.error();
        }
    }
    if (const int done = sqlite3_exec(connection.get(), "COMMIT", nullptr, nullptr, nullptr);
        done != SQLITE_OK)
        return sql::toError(done, QString::fromUtf8(sqlite3_errmsg(connection.get())), what);

    SearchFolding folding;
    folding.m_fold.fill(Unlearnt);
    for (const Block &block : LearntBlocks) {
        for (char32_t c = block.first; c <= block.last; ++c)
            folding.m_fold[c] = Separator; // unless the index made a word of it
    }
    sql::Statement words;
    if (Result<void> prepared =
            words.prepare(connection.get(), QStringLiteral("SELECT doc, term FROM words"));
        !prepared)
        return prepared.error();
    while (true) {
        Result<bool> row = words.step(what);
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 c = words.columnInt(0);
        const QString term = words.columnText(1);
        // One character makes one word of one character; anything else is not for a table of characters.
        folding.m_fold[size_t(c)] =
            term.size() == 1 && term.at(0).unicode() < Unlearnt ? term.at(0).unicode() : Unlearnt;
    }
    return folding;
}

char16_t SearchFolding::fold(char16_t c) const
{
    return c < m_fold.size() ? m_fold[c] : Unlearnt;
}

std::optional<QString> SearchFolding::foldWord(const QString &word) const
{
    QString folded;
    folded.reserve(word.size());
    for (const QChar c : word) {
        const char16_t f = fold(c.unicode());
        if (f == Separator || f == Unlearnt)
            return std::nullopt;
        folded.append(QChar(f));
    }
    if (folded.isEmpty())
        return std::nullopt;
    return folded;
}

SearchFolding::Match SearchFolding::anyWordStartsWith(const QString &text,
                                                      const QStringList &foldedPrefixes) const
{
    // At the start of each word, its first characters are compared with every prefix. A No needs every
    // character learnt: one the index might read as a separator could start a word of its own.
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    bool atWordStart = true;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t f = fold(chars[i]);
        if (f == Unlearnt)
            return Match::Unknown;
        if (f == Separator) {
            atWordStart = true;
            continue;
        }
        if (atWordStart) {
            for (const QString &prefix : foldedPrefixes) {
                qsizetype k = 0;
                while (k < prefix.size() && i + k < size && fold(chars[i + k]) == prefix.at(k).unicode())
                    ++k;
                // The word's first characters are learnt and fold to the prefix: whatever follows, the
                // index finds this word under it.
                if (k == prefix.size())
                    return Match::Yes;
            }
        }
        atWordStart = false;
    }
    return Match::No;
}

} // namespace pressdesk
