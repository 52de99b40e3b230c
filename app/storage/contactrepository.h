#pragma once

#include "core/contact.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Contacts with their channels: one aggregate, always written together in one transaction.
class ContactRepository : public RepositoryBase
{
public:
    ContactRepository(Database &database, ChangeSink *sink);

    Result<QList<Contact>> all() const; // by family name, given name
    Result<Contact> find(RecordId id) const;
    Result<Contact> insert(const Contact &contact);
    Result<Contact> update(const Contact &contact);
    Result<void> remove(RecordId id, int expectedRevision);

    // Full-text search (FTS5 table contact_search, schema version 2) over names, honorific, role,
    // organisation, press topics and e-mail addresses. Every typed word is a prefix ("mull" finds
    // "Müller"); all words must match. Umlauts match with and without diacritics and spelled out
    // ("müll", "mull", "muell"). Best matches first (bm25, names weigh more); limit <= 0 means no limit.
    // A query without any letter or digit finds nothing.
    Result<QList<Contact>> search(const QString &query, int limit) const;
    Result<QList<RecordId>> searchIds(const QString &query, int limit) const;
    // The FTS5 MATCH expression for what the user typed: each word quoted as a prefix phrase, FTS5
    // syntax in the input neutralised. Empty when nothing searchable is left.
    static QString searchExpression(const QString &query);
    // ä→ae, ö→oe, ü→ue, ß→ss (and capitals), as the folded index columns spell them.
    static QString foldUmlauts(const QString &text);

private:
    Result<void> writeChannels(RecordId contactId, const QList<ContactChannel> &channels);
    Result<QList<ContactChannel>> readChannels(RecordId contactId) const;
};

} // namespace pressdesk
