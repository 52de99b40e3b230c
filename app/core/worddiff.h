#pragma once

#include <QList>
#include <QString>

namespace pressdesk {

// Two wordings of a text compared word by word, as an editor shows versions: what stayed, what was
// inserted, what was deleted. Spaces and punctuation are pieces of their own, so a changed comma does not
// mark the whole word before it.
struct DiffPiece
{
    enum class Kind
    {
        Same,
        Inserted,
        Deleted,
    };
    Kind kind;
    QString text;

    friend bool operator==(const DiffPiece &a, const DiffPiece &b)
    {
        return a.kind == b.kind && a.text == b.text;
    }
};

// Neighbouring pieces of one kind are merged; a replaced word comes as its deletion, then its insertion.
QList<DiffPiece> wordDiff(const QString &before, const QString &after);

} // namespace pressdesk
