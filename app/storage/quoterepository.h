#pragma once

#include "core/pressrelease.h"
#include "core/quote.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Where a quote is used; kept by undo so that deleting and restoring a quote loses no link.
struct QuoteLinks
{
    QList<QPair<RecordId, int>> releasePositions; // release id, position in that release
    QList<RecordId> revisionIds;                  // the quotes that supersede it
};

// One row of the quote register: the quote without its milestone links, and its speaker's name.
struct QuoteListEntry
{
    Quote quote;
    QString speakerName; // given and family name
};

// A release that uses a quote, as the register names it.
struct QuoteReleaseReference
{
    RecordId id = 0;
    QString headline;
    QDate releaseDate;
    ReleaseState state = ReleaseState::Draft;
};

// A contact who is the speaker of at least one quote.
struct QuoteSpeaker
{
    RecordId id = 0;
    QString name;
    int quoteCount = 0;
};

// Quotes with their links to milestones.
class QuoteRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(QuoteRepository)
public:
    QuoteRepository(Database &database, ChangeSink *sink);

    Result<QList<Quote>> all() const; // newest first
    Result<Quote> find(RecordId id) const;
    Result<Quote> insert(const Quote &quote);
    Result<Quote> update(const Quote &quote);
    // Refused (Error::Kind::InUse) while a release uses the quote, naming the releases.
    Result<void> remove(RecordId id, int expectedRevision);
    // The releases that use a quote, so that the register can show where it appears.
    Result<QList<RecordId>> releasesUsing(RecordId quoteId) const;
    // The same with headline, date and state, by release date.
    Result<QList<QuoteReleaseReference>> releaseReferencesUsing(RecordId quoteId) const;

    // Every quote with its speaker's name in one query (no milestone links), newest first: the register
    // stays quick with thousands of quotes.
    Result<QList<QuoteListEntry>> list() const;
    // The contacts who have quotes, by family and given name (the register's speaker filter).
    Result<QList<QuoteSpeaker>> speakers() const;
    // The quotes that revise (supersede) a quote, oldest first.
    Result<QList<RecordId>> revisionsOf(RecordId quoteId) const;

    Result<QuoteLinks> links(RecordId id) const;
    // Puts a removed quote back with its id, fields, milestone links, the releases that used it and the
    // revisions that pointed to it (undo of a delete, redo of an insert). The revision moves on, so that an
    // older copy cannot overwrite it.
    Result<Quote> restore(const Quote &quote, const QuoteLinks &links = {});

private:
    Result<void> writeMilestoneLinks(RecordId quoteId, const QList<RecordId> &milestoneIds);
    Result<QList<RecordId>> readMilestoneLinks(RecordId quoteId) const;
    Result<QList<Quote>> select(const QString &where, std::initializer_list<QVariant> values) const;
};

} // namespace pressdesk
