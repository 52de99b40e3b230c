#pragma once

#include "core/releasedocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pressdesk {

// A release as an OpenDocument text (ODF 1.2, a ZIP made with libzip): real headings (outline levels
// 1 and 2), lists, quotations in a "Quotations" paragraph style with the attribution below, the year list
// with bold years, photos embedded under Pictures/ with their caption as alternative text, and named
// styles (Heading 1, Text body, Quotations, Caption …) that a press officer can restyle in LibreOffice or
// Word. The document's language is set on the default style, so spelling and hyphenation follow it.
class ReleaseOdt
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseOdt)
public:
    // The .odt file to edit further or hand on; fails only when the archive cannot be put together.
    static Result<QByteArray> write(const ReleaseDocument &document);
};

} // namespace pressdesk
