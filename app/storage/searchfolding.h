#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pressdesk {

// How the contact search index (FTS5, unicode61 with remove_diacritics 2) splits text into words and
// folds them, learnt from SQLite itself for the characters European names, roles and addresses are
// written in (Latin, Latin extended, general punctuation, currency). With it a walk through the
// contacts in name order can test each against a short typed word in C++ (a microsecond) instead of a
// search-index probe (some 30 µs); the answers are the index's own, and text with any other character
// is left to the index.
class SearchFolding
{
public:
    enum class Match
    {
        No,
        Yes,
        Unknown // the text holds a character outside the learnt blocks: ask the search index
    };

    // Learns the folding from an in-memory SQLite database of its own (a few milliseconds).
    static Result<SearchFolding> learn();

    // The word as the index folds it, when it is one word of learnt characters; nullopt otherwise.
    std::optional<QString> foldWord(const QString &word) const;
    // Whether a word of the text starts with one of the folded prefixes (as foldWord() gives them).
    Match anyWordStartsWith(const QString &text, const QStringList &foldedPrefixes) const;

private:
    SearchFolding() = default;

    // A character's fold, or Separator, or Unlearnt.
    static constexpr char16_t Separator = 0xFFFF;
    static constexpr char16_t Unlearnt = 0xFFFE;
    char16_t fold(char16_t c) const;

    std::array<char16_t, 0x2100> m_fold{}; // U+0000–U+20FF, Unlearnt outside the learnt blocks
};

} // namespace pressdesk
