#pragma once

#include "core/releasedocument.h"

namespace pressdesk {

// A release as plain text, the way a newsroom reads it in an e-mail: label and embargo, headline,
// subheadline, the dateline running into the lead, the body (quotes with their attribution, the year
// list one year per line, links written out), the boilerplate and the Pressekontakt.
class ReleasePlainText
{
public:
    static QString write(const ReleaseDocument &document);
    // A paragraph's runs as text; a link whose text is not the address itself gets it in brackets.
    static QString runsText(const TextRuns &runs);
};

} // namespace pressdesk
