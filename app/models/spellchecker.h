#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace pressdesk {

// German spelling with Hunspell and the system's dictionary (Debian: hunspell-de-de), plus the office's
// own words. Answers are cached: a word is looked up in Hunspell once per session.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)
public:
    ~SpellChecker();

    // The dictionary for a language ("de_DE") from PRESSDESK_DICTIONARY_DIR, else /usr/share/hunspell and
    // the other folders distributions use. Null, with the reason in *problem, when it is not installed.
    static std::unique_ptr<SpellChecker> open(const QString &language = QStringLiteral("de_DE"),
                                              QString *problem = nullptr);

    // Whether a word is spelt right. Numbers, addresses and single letters are not checked.
    bool isCorrect(const QString &word);
    // Whether the answer for a word is known without asking Hunspell (the highlighter checks the rest later).
    bool isCached(const QString &word) const { return m_cache.contains(word); }
    QStringList suggestions(const QString &word, int limit = 7);
    // Words the office added ("Eiskirch", "Vonovia"): right from now on, as written.
    void addOfficeWords(const QStringList &words);

    // Whether a token is a word to check at all (not a number, an address or a single letter).
    static bool shouldCheck(const QString &word);

private:
    explicit SpellChecker(std::unique_ptr<Hunspell> hunspell);

    std::unique_ptr<Hunspell> m_hunspell;
    QHash<QString, bool> m_cache;
};

} // namespace pressdesk
