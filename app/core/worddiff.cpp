#include "worddiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace pressdesk {

namespace {

// Words (letters, digits, and the hyphens and apostrophes inside them), runs of white space, and every
// other character on its own.
std::vector<QString> tokens(const QString &text)
{
    std::vector<QString> result;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype end = i + 1;
        if (c.isLetterOrNumber()) {
            while (end < text.size() &&
                   (text.at(end).isLetterOrNumber() ||
                    ((text.at(end) == QLatin1Char('-') || text.at(end) == QLatin1Char('\'')) &&
                     end + 1 < text.size() && text.at(end + 1).isLetterOrNumber())))
                ++end;
        } else if (c.isSpace()) {
            while (end < text.size() && text.at(end).isSpace())
                ++end;
        }
        result.push_back(text.mid(i, end - i));
        i = end;
    }
    return result;
}

} // namespace

QList<DiffPiece> wordDiff(const QString &before, const QString &after)
{
    const std::vector<QString> a = tokens(before);
    const std::vector<QString> b = tokens(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();
    QList<DiffPiece> pieces;
    // dtl lists a replacement as insertion and deletion interleaved; deletions first reads better.
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        if (!deleted.isEmpty())
            pieces.append({DiffPiece::Kind::Deleted, std::exchange(deleted, {})});
        if (!inserted.isEmpty())
            pieces.append({DiffPiece::Kind::Inserted, std::exchange(inserted, {})});
    };
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_DELETE) {
            deleted += token;
        } else if (info.type == dtl::SES_ADD) {
            inserted += token;
        } else {
            flush();
            if (!pieces.isEmpty() && pieces.last().kind == DiffPiece::Kind::Same)
                pieces.last().text += token;
            else
                pieces.append({DiffPiece::Kind::Same, token});
        }
    }
    flush();
    return pieces;
}

} // namespace pressdesk
