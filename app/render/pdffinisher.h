#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace pressdesk {

// What cairo 1.16 cannot write into a tagged PDF, added with libqpdf: the document language, the title
// shown in the window, alternative texts on figures, the document information and its XMP twin naming
// PDF/UA-1 (and PDF/A-2a with an sRGB output intent), and artifacts (running header, footer, rules) as
// /Artifact marked content instead of structure elements.
class PdfFinisher
{
    Q_DECLARE_TR_FUNCTIONS(PdfFinisher)
public:
    struct Description
    {
        QString title;
        QString author;
        QString subject;
        QStringList keywords;
        QString language; // "de-DE"
        QString producer; // "PressDesk 0.12"
        QDateTime created;
        QStringList figureAlternatives; // one per Figure, in reading order
        QStringList linkDescriptions;   // one per link annotation, in the order they were drawn
        QByteArray privateArtifactTag;  // the structure type artifacts were drawn under
        QByteArray continuationTag; // the type of a paragraph's part on a later page (joined to the first)
        bool pdfa = false;
    };
    static Result<QByteArray> finish(const QByteArray &cairoPdf, const Description &description);
};

} // namespace pressdesk
