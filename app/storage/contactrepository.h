#pragma once

#include "core/contact.h"
#include "repositorybase.h"

#include <QList>
#include <QVariantList>

#include <memory>

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
    // Refuses a contact who is the speaker of quotes, with a message naming how many.
    Result<void> remove(RecordId id, int expectedRevision);
    // Puts a deleted contact back with its id, channels and the releases that listed it (undo of a
    // delete). The revision moves on, so that an older copy of the contact cannot overwrite it.
    Result<Contact> restore(const Contact &contact, const QList<RecordId> &releaseIds = {});
    // The press releases (ids, ascending) that list the contact among their press contacts.
    Result<QList<RecordId>> releasesListing(RecordId contactId) const;

    // The key the contacts list is ordered by (column contact.sort_key, schema version 3), computed
    // exactly as SQLite computes it: family name (or the given name when there is none), U+001F, given
    // name; umlauts and ß spelled out, é and ş without their marks, ASCII letters in lower case.
    static QString sortKey(const QString &familyName, const QString &givenName);

    // A stored contact found by an import's duplicate lookup.
    struct Match
    {
        RecordId id = 0;
        QString honorific;
        QString givenName;
        QString familyName;
        RecordId organisationId = 0;
        QString email; // the stored address that matched (e-mail lookups only)
        QString displayName() const;
    };

    // For imports of many rows: lookups and inserts with statements prepared once and reused for every
    // row, instead of one prepare (and for insert() one savepoint and one read-back) per row. Use it
    // inside Store::transaction(), on one thread, and drop it before the Store.
    class Batch
    {
    public:
        explicit Batch(ContactRepository &repository);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

        // Stored contacts with this e-mail address, ignoring the case of ASCII letters; by id.
        Result<QList<Match>> withEmail(const QString &address);
        // Stored contacts whose sortKey() is that of these names (so "Müller" also finds "Mueller"
        // and "MÜLLER"; the caller compares as strictly as it needs); by id.
        Result<QList<Match>> withName(const QString &givenName, const QString &familyName);
        // The same for many addresses or names at once, in runs of LookupRun per statement: an import
        // asks for all of its rows before it plans them.
        Result<QList<Match>> withEmails(const QStringList &addresses);
        Result<QList<Match>> withNames(const QList<QPair<QString, QString>> &givenAndFamilyNames);
        static constexpr int LookupRun = 500;
        // Validates and adds the contact with its channels; returns the new id. Announced as insert() is.
        // Its search row is written by finish(), with those of all contacts added before it.
        Result<RecordId> insert(const Contact &contact);
        // Writes the search rows of the contacts added so far. Call it before the transaction commits and
        // before contacts are changed by other means (a merge), so that the search triggers run again.
        Result<void> finish();
        // Adds an organisation with only a name (an import knows no more); returns the new id.
        Result<RecordId> insertOrganisation(const QString &name);

    private:
        Result<void> mergeSearchIndexAfterBulkAdd(QSqlQuery &query);
        struct Statements;
        Result<void> run(QSqlQuery &query, const QVariantList &values);
        ContactRepository &m_repository;
        std::unique_ptr<Statements> m_statements;
        QString m_stamp; // created_at and updated_at of everything the batch adds
        Result<void> pauseSearch();
        bool m_searchPaused = false;
        RecordId m_firstAdded = 0; // the ids this batch added since the pause (they ascend)
        RecordId m_lastAdded = 0;
    };

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
