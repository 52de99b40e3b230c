#include "quotetextfinder.h"

#include <QRegularExpression>

namespace pressdesk {

namespace {

// Shorter text in quotation marks is a name or a phrase ("Perle im Ruhrgebiet"), not a quotation.
constexpr int minimumQuoteLength = 40;

bool isCapitalised(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

// "Oberbürgermeister Thomas Eiskirch" → role "Oberbürgermeister", speaker "Thomas Eiskirch": the name is
// the last two capitalised words (or the last one), the rest is the role.
void splitAttribution(const QString &attribution, FoundQuote &quote)
{
    const QStringList words = attribution.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype nameWords = words.size();
    if (words.size() > 2)
        nameWords = isCapitalised(words.at(words.size() - 2)) ? 2 : 1;
    quote.speaker = words.mid(words.size() - nameWords).join(QLatin1Char(' '));
    quote.role = words.mid(0, words.size() - nameWords).join(QLatin1Char(' '));
}

} // namespace

QList<FoundQuote> QuoteTextFinder::find(const QString &text)
{
    static const QRegularExpression quotation(QStringLiteral("[„\"“]([^„\"“”]+)[“\"”]"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression attribution(
        QStringLiteral("^\\s*,?\\s*(?:sagt|sagte|so|erklärt|erklärte|betont|betonte|meint|meinte|ergänzt|"
                       "ergänzte|sagt\\s+die|sagt\\s+der)\\s+([^.!?\\n„\"“]+)"),
        QRegularExpression::UseUnicodePropertiesOption);

    QList<FoundQuote> found;
    qsizetype previousEnd = -1;
    QRegularExpressionMatchIterator matches = quotation.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        FoundQuote quote;
        quote.text = match.captured(1).simplified();
        if (quote.text.endsWith(QLatin1Char(',')))
            quote.text = quote.text.chopped(1).trimmed(); // "… Innenstadt ,“: no space left at the end
        if (quote.text.size() < minimumQuoteLength)
            continue;
        const QRegularExpressionMatch said =
            attribution.match(text.mid(match.capturedEnd(), 200), 0, QRegularExpression::NormalMatch);
        if (said.hasMatch()) {
            splitAttribution(said.captured(1), quote);
        } else if (!found.isEmpty() && !found.last().speaker.isEmpty() &&
                   text.mid(previousEnd, match.capturedStart() - previousEnd).trimmed().size() <= 2) {
            // Right after an attributed quotation: the same speaker goes on.
            quote.speaker = found.last().speaker;
            quote.role = found.last().role;
            quote.speakerFromPrevious = true;
        }
        found.append(quote);
        previousEnd = match.capturedEnd() + (said.hasMatch() ? said.capturedEnd() : 0);
        // The attribution's sentence ends with a full stop: count it as part of the quotation's end.
        if (said.hasMatch() && previousEnd < text.size() && text.at(previousEnd) == QLatin1Char('.'))
            ++previousEnd;
    }
    return found;
}

} // namespace pressdesk
