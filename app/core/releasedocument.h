#pragma once

#include "contact.h"
#include "documentlanguage.h"
#include "releasecontent.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pressdesk {

// A release with everything it refers to looked up: the quotes' wording and speakers (with the role they
// held then), the milestones of each timeline block grouped by year, the photos, the boilerplate and the
// Pressekontakt's public channels. Every output (plain text, PDF, print, ODT) renders this; none of them
// reads the database or knows an id.
struct ReleaseDocument
{
    struct YearEntry
    {
        QString label;      // "2016", "2016–2020", "März 2021" for a month of its own
        QStringList titles; // the milestones of that year, in date order
    };
    struct Photo
    {
        QString fileName;
        QString mimeType;
        QByteArray data;
        QString caption;
        QString credit;
        QString licence;
    };
    struct Block
    {
        ReleaseBlock::Kind kind = ReleaseBlock::Kind::Paragraph;
        TextRuns runs;             // paragraph, subheading
        QList<TextRuns> items;     // bullet list
        QString quoteText;         // quote: the wording as the register has it now
        QString speaker;           // quote: "Thomas Eiskirch"; empty when the attribution is left out
        QString speakerRole;       // quote: the role held when it was said
        bool quoteMissing = false; // quote: deleted from the register since
        QList<YearEntry> years;    // timeline
        Photo photo;               // photo
        int sourceIndex = -1;      // the index of the release's block it was made from
    };
    struct PressContact
    {
        QString name;
        QString role;
        QString organisation;
        QList<ContactChannel> channels; // public ones only
        QStringList address;            // the public postal address (the preferred one), line by line
    };

    DocumentLanguage language;
    QString headline;
    QString subheadline;
    QString place;
    QDate releaseDate;
    QDateTime embargoUntil; // UTC; invalid without an embargo
    bool corrected = false; // a correction of a release published before
    QString lead;
    QList<Block> blocks;
    QString boilerplateTitle; // "Über die Stadt Bochum"; empty without boilerplate
    QString boilerplate;
    QList<PressContact> contacts;
    // What the release is about, for a PDF's keywords: the press topics of its Pressekontakt, each once.
    QStringList keywords;
};

} // namespace pressdesk
