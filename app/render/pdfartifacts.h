#pragma once

#include "core/result.h"

#include <QByteArray>

class QPDF;

namespace pressdesk {

// The structure type under which PressDesk draws artifacts (page furniture: rules, running heads, page
// numbers) with cairo. cairo 1.16 refuses every tag name that is not a standard PDF 1.7 structure type (the
// surface goes into CAIRO_STATUS_TAG_ERROR and the file it writes is damaged), so neither "Artifact" nor a
// made-up name such as "PdArtifact" can be drawn; "Private" is standard, means "content private to the
// application that wrote it", and is used for nothing else. PdfAccessibilityCheck reports any element of this
// type that is left in a file.
inline constexpr char kPrivateArtifactTag[] = "Private";
// The structure type under which the part of a paragraph that runs on to the next page is drawn: cairo 1.16
// records one page per structure element, so each page's part is drawn as an element of its own, and
// PdfFinisher joins every NonStruct into the element before it (one P with marked content on two pages). A
// standard type, unused otherwise, for the same reason as above.
inline constexpr char kContinuationTag[] = "NonStruct";

// Turns what cairo drew under `privateTag` into real artifacts, with libqpdf:
// - every structure element whose /S is /<privateTag> is taken out of its parent's /K, and every reference
//   to it or to an element below it in the ParentTree becomes null;
// - on every page, the marked content `/<privateTag> <</MCID n>> BDC` (or BMC), and any marked content whose
//   MCID belonged to a removed element, becomes `/Artifact BMC`.
// The file is rewritten with QPDFWriter (object streams kept as they were, streams compressed). A file
// without such elements and marked content is returned unchanged. Fails (Error::Corrupt) on a file qpdf
// cannot read or reads only with warnings, and (Error::Invalid) on an encrypted one. Form XObjects' content
// is not rewritten.
Result<QByteArray> convertPrivateArtifacts(const QByteArray &pdf,
                                           const QByteArray &privateTag = kPrivateArtifactTag);
// The same on a document already read, before it is written with more changes (PdfFinisher): true when
// anything was converted. source: the bytes the document was read from, if it was read from memory that
// lives on meanwhile; the pages' content is then read there instead of being copied out. libqpdf may throw;
// the caller catches.
Result<bool> convertPrivateArtifacts(QPDF &document, const QByteArray &privateTag = kPrivateArtifactTag,
                                     const QByteArray &source = {});

} // namespace pressdesk
