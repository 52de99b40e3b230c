#pragma once

#include <QString>

// What pressdesk_releasetyper types and tst_releasetyping expects: "Wort1 Wort2 Wort3 …", one character
// after the other, so that any stored body can be checked to be exactly a prefix of it.
namespace releasetyping {

inline QString typingText(int length)
{
    QString text;
    for (int word = 1; text.size() < length; ++word)
        text += QStringLiteral("Wort%1 ").arg(word);
    return text.left(length);
}

} // namespace releasetyping
