#pragma once

#include <QList>
#include <QString>

namespace pressdesk {

// A quotation found in a press text: its wording and, as the text attributes it, who said it.
struct FoundQuote
{
    QString text;                     // the wording, without the quotation marks
    QString speaker;                  // "Thomas Eiskirch"; empty when the text does not say
    QString role;                     // "Oberbürgermeister": the words before the name in the attribution
    bool speakerFromPrevious = false; // not attributed itself, but following one that is
};

// Finds the quotations of a German press text: „…“, "…" or “…” of at least a short sentence, with the
// attribution that follows ("…“, sagt Oberbürgermeister Thomas Eiskirch." / so / erklärt / betont …). A
// quotation that directly follows an attributed one without its own attribution is taken as the same
// speaker's continuation, as press texts write it. Short phrases in quotation marks ("Marke Bochum") are
// names, not quotations, and are skipped.
class QuoteTextFinder
{
public:
    static QList<FoundQuote> find(const QString &text);
};

} // namespace pressdesk
