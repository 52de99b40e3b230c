#pragma once

#include "core/contact.h"
#include "repositorybase.h"

#include <QList>
#include <QSet>
#include <QVariantList>

#include <functional>
#include <memory>

namespace pressdesk {

namespace sql {
class Statement;
}

// Contacts with their channels: one aggregate, always written together in one transaction.
class ContactRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
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
        QString email; // the stored address that matched (e-mail lookups), or the UID (UID lookups)
        QString displayName() const;
    };

    // For imports of many rows: lookups, inserts and reads with statements prepared once and reused for
    // every row, on SQLite directly (sql::Statement), instead of one prepare (and for insert() one
    // savepoint and one read-back) per row. The search index is written once at the end (finish()) for
    // everything the batch added or changed. Use it inside Store::transaction(), on one thread, and drop
    // it before the Store.
    class Batch
    {
        Q_DECLARE_TR_FUNCTIONS(ContactRepository)
    public:
        explicit Batch(ContactRepository &repository);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

        // Stored contacts with these e-mail addresses (ignoring the case of ASCII letters), or whose
        // sortKey() is that of these names (so "Müller" also finds "Mueller" and "MÜLLER"; the caller
        // compares as strictly as it needs); by id within each address or name. One indexed lookup each,
        // none at all in a file without contacts.
        Result<QList<Match>> withEmails(const QStringList &addresses);
        // Whether the file holds any contact at all.
        Result<bool> hasContacts() { return storeHasContacts(); }
        // Stored contacts with these address-book ids (vCard UID, schema version 11); one indexed lookup
        // each.
        Result<QList<Match>> withUids(const QStringList &uids);
        Result<QList<Match>> withNames(const QList<QPair<QString, QString>> &givenAndFamilyNames);
        // How many contacts the caller is about to add (at most). A batch that adds at least bulkAdd()
        // contacts, and more than the file holds, drops the contacts' secondary indexes (name, sort key,
        // organisation, topics, e-mail) for its inserts and creates them again in finish(): sorting once
        // is cheaper than a million inserts at random places of five indexes that outgrow the cache.
        void expectAdditions(qint64 contacts) { m_expectedAdditions = contacts; }
        static constexpr qint64 DefaultBulkAdd = 50000;
        static qint64 bulkAdd() { return s_bulkAdd; }
        static void setBulkAdd(qint64 contacts); // for tests; 0 puts back the default
        // Validates and adds the contact with its channels; returns the new id. Announced as insert() is.
        // Its search row is written by finish(), with those of all contacts added before it.
        Result<RecordId> insert(const Contact &contact);
        // The stored contact with its channels (as ContactRepository::find()), for a merge.
        Result<Contact> find(RecordId id);
        // ContactRepository::update(); the contact's search row is written again by finish().
        Result<Contact> update(const Contact &contact);
        // Writes the search rows of the contacts added and updated so far, in runs of contacts. Between
        // runs `progress` (if any) hears how many of how many are indexed; when it returns false, finish()
        // stops with an Error of kind Cancelled (the caller's transaction then rolls everything back).
        // Call it before the transaction commits.
        using Progress = std::function<bool(qint64 done, qint64 total)>;
        Result<void> finish(const Progress &progress = {});
        static constexpr qint64 IndexRun = 25000; // contacts indexed per statement, at least
        // FTS5's pending index while the batch indexes (it writes a segment whenever it outgrows it), and
        // FTS5's default that is put back afterwards.
        static constexpr qint64 BulkSearchHashSize = 64 * 1024 * 1024;
        static constexpr qint64 DefaultSearchHashSize = 1024 * 1024;
        // Stops without writing the search rows, for a caller whose transaction is about to roll back
        // (a failed or cancelled import): finish() would index what is thrown away anyway.
        void discard();
        // Adds an organisation with only a name (an import knows no more); returns the new id.
        Result<RecordId> insertOrganisation(const QString &name);

    private:
        struct Statements;
        Result<sql::Statement *> statement(sql::Statement Statements::*member, const QString &text);
        Result<bool> storeHasContacts();
        Result<void> mergeSearchIndexAfterBulkAdd(QSqlQuery &query);
        Result<void> pauseSearch();
        // Creates the dropped triggers and indexes again; the indexes only while goOn() (asked before each)
        // says so, none without it (a discarded batch).
        Result<void> resumeSearch(const std::function<bool()> &goOn);
        ContactRepository &m_repository;
        std::unique_ptr<Statements> m_statements;
        QString m_stamp; // created_at and updated_at of everything the batch adds
        bool m_searchPaused = false;
        RecordId m_firstAdded = 0; // the ids this batch added since the pause (they ascend)
        RecordId m_lastAdded = 0;
        QSet<RecordId> m_reindex;      // contacts updated since the pause
        QStringList m_droppedTriggers; // their SQL, to create them again
        QStringList m_droppedIndexes;  // the same for indexes (expectAdditions())
        qint64 m_expectedAdditions = 0;
        static qint64 s_bulkAdd;
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
    // The same expression for filtering, where only which contacts match counts (not the bm25 rank):
    // without an alternative the other already covers. A word whose only umlaut is its last letter
    // ("mü", "schä", "ö") is one prefix, "mu"*, which finds "mue…" too: half the work for the index.
    static QString filterExpression(const QString &query);

private:
    Result<void> writeChildren(const Contact &contact, RecordId contactId); // channels and addresses
    Result<void> writeChannels(RecordId contactId, const QList<ContactChannel> &channels);
    Result<QList<ContactChannel>> readChannels(RecordId contactId) const;
};

} // namespace pressdesk
