#pragma once

#include "core/releasedocument.h"
#include "core/textstatistics.h"

namespace pressdesk {

// A release as plain text, the way a newsroom reads it in an e-mail: label and embargo, headline,
// subheadline, the dateline running into the lead, the body (quotes with their attribution, the year
// list one year per line, links written out), the boilerplate and the Pressekontakt.
class ReleasePlainText
{
public:
    static QString write(const ReleaseDocument &document);
    // write()'s text for the body of an e-mail: lines of at most 72 characters (a longer word, say an
    // address, on a line of its own), list items and years with a hanging indent, the contact block last.
    static QString writeEmail(const ReleaseDocument &document);
    // A line wrapped to width characters: the first line starts with prefix ("– ", "2016: "), the others
    // are indented by as many spaces (the hanging indent). Words are never split.
    static QStringList wrapped(const QString &prefix, const QString &text, int width = 72);

    // The figures of the text a newsroom counts (headline to the end of the body: without the label,
    // boilerplate and Pressekontakt), and of the lead with its dateline alone.
    struct Counts
    {
        TextStatistics release;
        TextStatistics lead;
    };
    static Counts counts(const ReleaseDocument &document);
    // A paragraph's runs as text; a link whose text is not the address itself gets it in brackets.
    static QString runsText(const TextRuns &runs);
    static QString listItemText(const TextRuns &item); // "– item"

    // The parts the counts are made of, each as write() prints it; an editor counts them one by one.
    static QString headingText(const QString &headline, const QString &subheadline);
    // The dateline running into the lead: "Bochum, 7. Dezember 2020 – Die Stadt …"
    static QString leadText(const DocumentLanguage &language, const QString &place, const QDate &date,
                            const QString &lead);
    // One body block; empty when it prints nothing (an empty paragraph, a deleted quote).
    static QString blockText(const ReleaseDocument::Block &block, const DocumentLanguage &language);
};

} // namespace pressdesk
