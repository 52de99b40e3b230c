#pragma once

#include "presskit.h"
#include "releasedocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pressdesk {

// A press kit with everything its parts refer to looked up, in the document's language: what the kit's
// PDF, its ZIP and its printed handouts render. Like ReleaseDocument it holds no ids and no internal data.
struct KitDocument
{
    struct Fact
    {
        QString date;  // "5. Dezember 2014", "März 2016", "2018"
        QString title; // the milestone's title
        QString category;
    };
    struct FactYear
    {
        QString label; // "2016"
        QList<Fact> facts;
    };
    struct Statement
    {
        QString text;     // the authorised wording
        QString speaker;  // "Thomas Eiskirch"
        QString role;     // the role held when it was said
        QString saidOn;   // "5. Dezember 2014"
        QString occasion; // "Pressekonferenz zur Schließung des Werks"
    };
    struct Part
    {
        KitPart::Kind kind = KitPart::Kind::Release;
        QString title;                                 // the part's heading in the contents and its pages
        ReleaseDocument release;                       // Release
        QStringList keyFigures;                        // FactSheet: "16 Meilensteine von 2014 bis 2020", …
        QList<FactYear> years;                         // FactSheet
        QList<Statement> statements;                   // Statements
        QList<ReleaseDocument::PressContact> contacts; // Contacts (public channels only)
        QList<ReleaseDocument::Photo> photos;          // Photos (each with a credit)
        QString text;                                  // Text: paragraphs separated by blank lines
    };

    DocumentLanguage language;
    QString title;
    QDate date;
    ReleaseDocument::Photo cover; // empty data: no cover photo
    QList<Part> parts;
    QStringList keywords; // for the PDF: the release's
    // The whole kit opens with a cover and the contents; a single sheet of it (fakten.pdf in the ZIP)
    // starts with its part under the letterhead.
    bool withCover = true;
};

} // namespace pressdesk
