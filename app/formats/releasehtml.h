#pragma once

#include "core/releasedocument.h"

#include <QByteArray>

namespace pressdesk {

// A release as one self-contained HTML5 page for a website: semantic and accessible (one h1, h2 for
// subheadings, blockquote with cite, figure with alt text), the photos embedded as data: URLs, a small
// embedded style sheet and no external resource, every text HTML-escaped, only allowed links linked.
class ReleaseHtml
{
public:
    // The page a press officer uploads to the city website or pastes into its CMS, UTF-8.
    static QByteArray write(const ReleaseDocument &document);
};

} // namespace pressdesk
