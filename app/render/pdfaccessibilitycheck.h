#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pressdesk {

// What a screen reader and a PDF/UA checker need of a PDF, checked on the file's structure (libqpdf). No
// PDF/UA validator runs here; this is the part of PDF/UA-1 and BITV 2.0 that PressDesk's exports can get
// wrong, checked on every PDF a test produces:
//
// 1. qpdf reads the file and decodes every stream without a warning; it is not encrypted.
// 2. The catalog has /MarkInfo << /Marked true >> (and no /Suspects true), a /StructTreeRoot, a non-empty
//    /Lang that looks like a language tag, /ViewerPreferences << /DisplayDocTitle true >>; the document
//    information has a non-empty /Title; XMP metadata, where present, has dc:title and pdfuaid:part.
// 3. On every page, every operator that paints (text, paths, images and XObjects, shadings, inline images)
//    lies inside marked content that is either an /Artifact or carries an /MCID (given directly or through
//    /Resources /Properties); BMC/BDC and EMC balance; no MCID is used twice on a page, none is nested in
//    another or in an artifact, and no artifact lies inside tagged content. Form XObjects drawn inside such
//    content are not descended into.
// 4. Every MCID of a page's content belongs to exactly the structure element that the ParentTree (via the
//    page's /StructParents) names for it, and every MCID a structure element claims exists on its page.
// 5. The structure tree, depth-first: every type is standard or role-mapped to one; no /Artifact element; no
//    element of kPrivateArtifactTag (pdfartifacts.h: content drawn as a private artifact that
//    convertPrivateArtifacts() has not converted); every Figure has a non-empty /Alt; headings H1..H6 start
//    at H1 and never skip a level downwards.
// 6. Every annotation but popups lies in the structure tree (/StructParent to a structure element in the
//    ParentTree); a link lies in a Link element and has /Contents; a page with annotations has /Tabs /S.
// 7. Every font reachable from a page (its resources, form XObjects', tiling patterns' and Type 3 fonts'
//    resources, Type 0 descendants) is embedded (Type 3 counts as embedded) and has a /ToUnicode map.
class PdfAccessibilityCheck
{
public:
    struct Report
    {
        // One English line per failure, e.g. "page 2: 3 painting operators (TJ) outside any structure
        // element or artifact". Empty: the PDF passes.
        QStringList problems;
        QString language; // the catalog's /Lang
        QString title;    // the document information's /Title
        int pages = 0;
        // Every structure element's type in reading order (depth-first), after /RoleMap, e.g. Document, H1,
        // P.
        QStringList structureTypes;
        QStringList headings;   // "H1", "H2", … in reading order
        QStringList figureAlts; // one per Figure in reading order; empty where a Figure has no /Alt

        bool passes() const { return problems.isEmpty(); }
    };

    // Never throws: a damaged file or one that is no PDF at all is a problem line.
    static Report check(const QByteArray &pdf);
};

} // namespace pressdesk
