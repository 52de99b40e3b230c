#pragma once

#include <QString>

namespace pressdesk {

// The versions of the document engines in use ("cairo 1.16.0 · Pango 1.50.12 · qpdf 11.3.0"), for the
// About box and bug reports: a layout problem is often one of theirs.
QString renderLibraryVersions();

} // namespace pressdesk
