// QuoteTextFinder::find on any text, as the text import offers a release's quotations for the register;
// then what the finder promises: each wording, speaker and role is text the input holds (whitespace runs
// read as one space), a wording is never empty, and a quotation taken as the previous speaker's
// continuation has that speaker.
#include "formats/quotetextfinder.h"

#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace pressdesk;

namespace {

QString describe(const FoundQuote &quote)
{
    return QStringLiteral("“%1” by “%2” (“%3”)").arg(quote.text, quote.speaker, quote.role);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString simplified = text.simplified();
    const QList<FoundQuote> quotes = QuoteTextFinder::find(text);
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const FoundQuote &quote = quotes.at(i);
        FUZZ_CHECK(!quote.text.isEmpty() && quote.text == quote.text.simplified(), describe(quote));
        FUZZ_CHECK(simplified.contains(quote.text), describe(quote));
        FUZZ_CHECK(quote.speaker.isEmpty() || simplified.contains(quote.speaker), describe(quote));
        FUZZ_CHECK(quote.role.isEmpty() || simplified.contains(quote.role), describe(quote));
        FUZZ_CHECK(quote.role.isEmpty() || !quote.speaker.isEmpty(), describe(quote));
        if (quote.speakerFromPrevious)
            FUZZ_CHECK(i > 0 && !quote.speaker.isEmpty() && quote.speaker == quotes.at(i - 1).speaker,
                       describe(quote));
    }
    return 0;
}
