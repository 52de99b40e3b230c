#pragma once

#include "core/quote.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Quotes with their links to milestones.
class QuoteRepository : public RepositoryBase
{
public:
    QuoteRepository(Database &database, ChangeSink *sink);

    Result<QList<Quote>> all() const; // newest first
    Result<Quote> find(RecordId id) const;
    Result<Quote> insert(const Quote &quote);
    Result<Quote> update(const Quote &quote);
    Result<void> remove(RecordId id, int expectedRevision);
    // The releases that use a quote, so that the register can show where it appears.
    Result<QList<RecordId>> releasesUsing(RecordId quoteId) const;

private:
    Result<void> writeMilestoneLinks(RecordId quoteId, const QList<RecordId> &milestoneIds);
    Result<QList<RecordId>> readMilestoneLinks(RecordId quoteId) const;
    Result<QList<Quote>> select(const QString &where, std::initializer_list<QVariant> values) const;
};

} // namespace pressdesk
