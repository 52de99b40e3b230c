#pragma once

#include <QString>

namespace pressdesk {

// German hyphenation with libhyphen and the Debian patterns (hyphen-de): marks every place a word of body
// text may break with a soft hyphen (U+00AD), which Pango breaks at and draws as "-" only at a line end.
class Hyphenator
{
public:
    // The patterns of the German dictionary; false when hyphen-de is not installed (text stays unbroken).
    static bool isAvailable();
    // text with soft hyphens in its long words ("Wirt\u00adschafts\u00adent\u00adwick\u00adlung");
    // words with digits, addresses and words already holding a hyphen's break stay as they are.
    static QString hyphenate(const QString &text);
    // Where the dictionary is looked for: PRESSDESK_HYPHEN_DIR or /usr/share/hyphen.
    static QString dictionaryPath();
};

} // namespace pressdesk
