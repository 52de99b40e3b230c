#pragma once

#include "core/releasedocument.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// A release as CommonMark: # headline, ## subheadings, - lists, > quotes with an attribution line, the
// year list as "- **2016:** …" (a list right after another list takes "*", or the two would merge), links as
// [text](address), every text escaped so that nothing of the release turns into markup. Photos are referenced
// by file name, not embedded: Markdown has no place for the bytes, so whoever publishes the file puts the
// image files beside it.
class ReleaseMarkdown
{
public:
    // The release for a Markdown-based website or a Git repository, UTF-8.
    static QByteArray write(const ReleaseDocument &document);
    // Text with every character escaped that CommonMark would read as markup (* _ [ ] ` < \ and & of an
    // entity anywhere, # - + > = and "1." at the start of a line).
    static QString escaped(const QString &text);
};

} // namespace pressdesk
