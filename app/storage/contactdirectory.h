#pragma once

#include "core/record.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace pressdesk {

class Database;

// What the contacts table shows: all fields must match (an empty field matches everything).
struct ContactFilter
{
    QString text;                // as typed: FTS5 prefix search (ContactRepository::searchExpression rules:
                                 // "mull"/"müll"/"muell" find Müller; names, org, role, topics, e-mail)
    RecordId organisationId = 0; // 0: any organisation
    QString pressTopic;          // empty: any; else contacts having this press topic (case-insensitive)
    bool availableOnly = false;  // only "available for press enquiries"
    bool consentOnly = false;    // only contacts with a GDPR consent date
    bool publicWithoutConsent = false; // only contacts with a public channel but no consent date

    bool isEmpty() const;
    friend bool operator==(const ContactFilter &a, const ContactFilter &b);
    friend bool operator!=(const ContactFilter &a, const ContactFilter &b) { return !(a == b); }
};

// One row of the contacts table; cheap to read (no channels, notes or bookkeeping).
struct ContactSummary
{
    RecordId id = 0;
    QString displayName; // "Dr. Julia Sommerfeld"
    QString familyName;
    QString givenName;
    QString role;
    RecordId organisationId = 0;
    QString organisationName;
    QStringList pressTopics;
    QString email; // first e-mail (public preferred), may be empty
    bool availableForPress = false;
    bool hasConsent = false;
};

// The read side of contacts for lists, built to stay fast at a million contacts: filters run in SQL with
// bound values, pages come in name order from the index on contact.sort_key (schema version 3), and the
// text search goes through the FTS5 index. It never writes.
class ContactDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ContactDirectory)
public:
    explicit ContactDirectory(Database &database);
    ~ContactDirectory();
    ContactDirectory(const ContactDirectory &) = delete;
    ContactDirectory &operator=(const ContactDirectory &) = delete;

    // page() sorts at most this many search matches itself (fewer in smaller files, see sortLimit()).
    static constexpr int MaxSortLimit = 5000;

    // Contacts matching the filter.
    Result<int> count(const ContactFilter &filter) const;
    // The same, but stops counting once more than `cap` match: the result is then cap + 1. For live
    // feedback while typing, where "more than 10,000" is as useful as the exact number and far cheaper.
    Result<int> countUpTo(const ContactFilter &filter, int cap) const;
    // Sorted by family name, given name (case- and umlaut-insensitive), id; offset/limit paging.
    // `matches` may pass on what countUpTo() just said for the same filter with a cap of at least
    // MaxSortLimit, so that the page need not count again to choose its way.
    Result<QList<ContactSummary>> page(const ContactFilter &filter, int offset, int limit,
                                       std::optional<int> matches = std::nullopt) const;

    // What a list shows first: countUpTo(filter, cap) and page(filter, 0, limit) together. For a search
    // (text only) the search index is asked once for both: every match's id is read (a few hundred
    // instructions each, far less than a row of SQL) and then either the matches are sorted by their
    // sort key, or the name index is walked and each contact looked up among them, whichever is cheaper;
    // only the dense short words keep to page()'s probing walk. Same rows, same order as page().
    struct FirstPage
    {
        int counted = 0; // as countUpTo(): cap + 1 when there are more
        QList<ContactSummary> rows;
    };
    Result<FirstPage> firstPage(const ContactFilter &filter, int cap, int limit) const;
    // firstPage() sorts up to this many matches itself and walks the name index for more: sorting costs
    // a row read per match (~3.5 µs), the walk an index step (~0.4 µs) per contact until `limit` are found.
    static int firstPageSortLimit(int limit, qint64 contacts);

    // How page() finds a page of search results in name order, by what each costs:
    enum class PagePlan
    {
        SortMatches,     // few matches: read them all and sort them
        WalkMatchSet,    // many: collect the matches once, walk the name index and keep those in the set
        WalkProbingEach, // many and dense, for a word of up to three letters ("m"): walk the name index
                         // and ask the search index about each contact (one seek in the prefix index)
    };
    Result<PagePlan> pagePlan(const ContactFilter &filter, int rowsNeeded,
                              std::optional<int> matches = std::nullopt) const;
    // The distinct press topics in use, sorted without regard to case (first spelling wins).
    Result<QStringList> pressTopics() const;
    // Rows written through this connection so far (SQLite total_changes()). While it stays the same,
    // nothing a list shows can have changed: models use it to skip redundant reloads when an import
    // announces thousands of changes at once.
    qint64 writeCounter() const;

private:
    struct Condition
    {
        QString where; // "" or " WHERE …"
        QVariantList values;
        bool matchesNothing = false; // typed text without anything searchable
        bool usesSearch = false;     // goes through the FTS5 index
        bool searchOnly = false;     // … and nothing else filters
    };
    // Up to this many search matches are sorted by name; more are found by walking the name index.
    int sortLimit(qint64 contacts) const;
    qint64 idSpan() const;
    // The share of contacts the search matches, estimated from a window of ids in the search index.
    Result<double> matchDensity(const QString &matchExpression, qint64 idSpan) const;
    enum class SearchJoin
    {
        MatchSet,
        ProbeEach
    };
    Condition condition(const ContactFilter &filter, SearchJoin join = SearchJoin::MatchSet) const;
    // firstPage() for a text-only search, on SQLite's own statements; nullopt when they are not available.
    std::optional<Result<FirstPage>> searchFirstPage(const ContactFilter &filter, int cap, int limit) const;
    // firstPage() for a word most contacts match: the name index walked, each contact's indexed text
    // tested in C++ (SearchFolding); nullopt when that cannot answer for this word.
    std::optional<Result<FirstPage>> walkTestingEach(const QString &word, const QString &expression, int cap,
                                                     int limit) const;
    Result<QList<ContactSummary>> summariesOf(const std::vector<qint64> &ids) const;
    // The page with the rows of these ids, in this order.
    Result<FirstPage> completed(FirstPage first, const std::vector<qint64> &ids) const;

    Database &m_database;
    struct Statements;
    mutable std::unique_ptr<Statements> m_statements; // prepared on first use
};

} // namespace pressdesk
