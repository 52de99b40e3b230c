#include "contactdirectory.h"

#include "contactrepository.h"
#include "core/umlauts.h"
#include "database.h"
#include "searchfolding.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace pressdesk {

namespace {

// Case-insensitive for the umlauts too: SQLite's lower() folds only ASCII.
QString foldedInSql(const QString &expression)
{
    return QStringLiteral("lower(replace(replace(replace(%1, 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'))")
        .arg(expression);
}

// An FTS5 phrase that every contact with this topic matches in its details column (the topics are
// indexed there): narrows the candidates through the index before the exact comparison. Empty when the
// topic holds nothing the tokenizer would index.
QString topicPhrase(const QString &topic)
{
    QString words = topic;
    words.remove(QLatin1Char('"'));
    if (!std::any_of(words.cbegin(), words.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return {};
    return QStringLiteral("details : \"") + words + QLatin1Char('"');
}

Result<void> run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement))
        return sql::toError(query.lastError(), ContactDirectory::tr("read the contacts"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sql::toError(query.lastError(), ContactDirectory::tr("read the contacts"));
    return {};
}

// The name as the contact form shows it: the address book's own (FN) when there is one, else the parts
// joined, suffix included ("Prof. Dr. Hartmut Weiß, MdB"), never shortened.
QString displayNameOf(const QString &honorific, const QString &given, const QString &additional,
                      const QString &family, const QString &suffix, const QString &formatted)
{
    Contact contact;
    contact.honorific = honorific;
    contact.givenName = given;
    contact.additionalNames = additional;
    contact.familyName = family;
    contact.honorificSuffix = suffix;
    contact.formattedName = formatted;
    return contact.displayName();
}

} // namespace

bool ContactFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && organisationId == 0 && pressTopic.trimmed().isEmpty() &&
           !availableOnly && !consentOnly && !publicWithoutConsent;
}

bool operator==(const ContactFilter &a, const ContactFilter &b)
{
    return a.text == b.text && a.organisationId == b.organisationId && a.pressTopic == b.pressTopic &&
           a.availableOnly == b.availableOnly && a.consentOnly == b.consentOnly &&
           a.publicWithoutConsent == b.publicWithoutConsent;
}

// The statements of firstPage(), on SQLite directly (sql::Statement): reading ten thousand ids through Qt
// Sql costs a QVariant each, more than the search index spends on finding them.
struct ContactDirectory::Statements
{
    sqlite3 *connection = nullptr;
    bool unavailable = false;
    sql::Statement matches; // the ids of every match, ascending
    sql::Statement names;   // family and given name of one contact: its sort key, computed in C++
    sql::Statement walk;    // every id in name order, from the name index alone
    sql::Statement row;     // one contact as a ContactSummary
    // For a dense short word: the contacts in name order with their indexed text, the count up to a cap,
    // and one contact asked of the search index (text SearchFolding cannot read).
    sql::Statement walkText;
    sql::Statement countUpTo;
    sql::Statement probe;
    std::optional<SearchFolding> folding;
    bool foldingUnavailable = false;
};

namespace {

// Resets a statement that was stopped before its last row, so that it holds no read snapshot.
struct ResetAfter
{
    sql::Statement &statement;
    ~ResetAfter() { statement.reset(); }
};

} // namespace

ContactDirectory::ContactDirectory(Database &database)
    : m_database(database)
{
}

ContactDirectory::~ContactDirectory() = default;

ContactDirectory::Condition ContactDirectory::condition(const ContactFilter &filter, SearchJoin join) const
{
    Condition condition;
    QStringList clauses;
    QStringList match;
    if (!filter.text.trimmed().isEmpty()) {
        const QString expression = ContactRepository::filterExpression(filter.text);
        if (expression.isEmpty()) {
            condition.matchesNothing = true;
            return condition;
        }
        match.append(QLatin1Char('(') + expression + QLatin1Char(')'));
    }
    const QString topic = filter.pressTopic.trimmed();
    if (!topic.isEmpty()) {
        if (const QString phrase = topicPhrase(topic); !phrase.isEmpty())
            match.append(phrase);
        clauses.append(
            QStringLiteral("instr(char(10) || %1 || char(10), char(10) || %2 || char(10)) > 0")
                .arg(foldedInSql(QStringLiteral("c.press_topics")), foldedInSql(QStringLiteral("?"))));
        condition.values.append(topic);
    }
    if (!match.isEmpty()) {
        condition.usesSearch = true;
        // One MATCH for text and topic together: FTS5 intersects the doclists itself. Either all matches
        // are collected once into a set, or the search index is asked about each contact in turn.
        clauses.prepend(join == SearchJoin::MatchSet
                            ? QStringLiteral("c.id IN (SELECT rowid FROM contact_search WHERE "
                                             "contact_search MATCH ?)")
                            : QStringLiteral("EXISTS (SELECT 1 FROM contact_search s WHERE "
                                             "s.contact_search MATCH ? AND s.rowid = c.id)"));
        condition.values.prepend(match.join(QStringLiteral(" AND ")));
    }
    if (filter.organisationId != 0) {
        clauses.append(QStringLiteral("c.organisation_id = ?"));
        condition.values.append(filter.organisationId);
    }
    if (filter.availableOnly)
        clauses.append(QStringLiteral("c.available_for_press = 1"));
    if (filter.consentOnly)
        clauses.append(QStringLiteral("c.consent_at IS NOT NULL"));
    if (filter.publicWithoutConsent)
        clauses.append(QStringLiteral("c.consent_at IS NULL AND EXISTS (SELECT 1 FROM contact_channel ch "
                                      "WHERE ch.contact_id = c.id AND ch.is_public = 1)"));
    condition.searchOnly = condition.usesSearch && clauses.size() == 1;
    if (!clauses.isEmpty())
        condition.where = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return condition;
}

Result<int> ContactDirectory::count(const ContactFilter &filter) const
{
    const Condition where = condition(filter);
    if (where.matchesNothing)
        return 0;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Every contact has one search row: with nothing but the search to filter by, count those alone
    // rather than look up a contact row per match.
    const QString statement =
        where.searchOnly ? QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH ?")
                         : QStringLiteral("SELECT count(*) FROM contact c") + where.where;
    if (Result<void> ran = run(query, statement, where.values); !ran)
        return ran.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> ContactDirectory::countUpTo(const ContactFilter &filter, int cap) const
{
    const Condition where = condition(filter);
    if (where.matchesNothing)
        return 0;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QVariantList values = where.values;
    values.append(std::max(0, cap) + 1);
    const QString statement =
        where.searchOnly
            ? QStringLiteral(
                  "SELECT count(*) FROM (SELECT 1 FROM contact_search WHERE contact_search MATCH ? "
                  "LIMIT ?)")
            : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contact c") + where.where +
                  QStringLiteral(" LIMIT ?)");
    if (Result<void> ran = run(query, statement, values); !ran)
        return ran.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<ContactDirectory::FirstPage> ContactDirectory::firstPage(const ContactFilter &filter, int cap,
                                                                int limit) const
{
    if (std::optional<Result<FirstPage>> searched = searchFirstPage(filter, cap, limit))
        return std::move(*searched);
    Result<int> counted = countUpTo(filter, cap);
    if (!counted)
        return counted.error();
    // A count capped below the sort limit cannot tell page() how to read the page.
    Result<QList<ContactSummary>> rows =
        page(filter, 0, limit, cap >= MaxSortLimit ? std::optional<int>(*counted) : std::nullopt);
    if (!rows)
        return rows.error();
    return FirstPage{*counted, std::move(rows).value()};
}

std::optional<Result<ContactDirectory::FirstPage>>
ContactDirectory::searchFirstPage(const ContactFilter &filter, int cap, int limit) const
{
    const Condition where = condition(filter);
    if (where.matchesNothing)
        return Result<FirstPage>(FirstPage{});
    if (!where.searchOnly || limit <= 0)
        return std::nullopt;
    if (!m_statements)
        m_statements = std::make_unique<Statements>();
    Statements &s = *m_statements;
    if (s.unavailable)
        return std::nullopt;
    if (!s.connection) {
        s.connection = sql::nativeHandle(m_database.connection());
        if (!s.connection ||
            !s.matches.prepare(s.connection, QStringLiteral("SELECT rowid FROM contact_search "
                                                            "WHERE contact_search MATCH ?1")) ||
            !s.names.prepare(s.connection,
                             QStringLiteral("SELECT family_name, given_name FROM contact WHERE id = ?1")) ||
            !s.walk.prepare(s.connection, QStringLiteral("SELECT id FROM contact INDEXED BY contact_sort "
                                                         "ORDER BY sort_key, id")) ||
            !s.row.prepare(
                s.connection,
                QStringLiteral("SELECT c.id, c.honorific, c.given_name, c.family_name, c.role, "
                               "c.organisation_id, o.name, c.press_topics, c.available_for_press, "
                               "c.consent_at IS NOT NULL, (SELECT ch.value FROM contact_channel ch "
                               "WHERE ch.contact_id = c.id AND ch.kind = 'email' ORDER BY "
                               "ch.is_public DESC, ch.position, ch.id LIMIT 1), c.additional_names, "
                               "c.honorific_suffix, c.formatted_name FROM contact c "
                               "LEFT JOIN organisation o ON o.id = c.organisation_id "
                               "WHERE c.id = ?1"))) {
            s.unavailable = true;
            return std::nullopt;
        }
    }
    const QString what = tr("read the contacts");
    const QString expression = where.values.first().toString();

    // A dense short word ("m" at a million contacts: a few hundred thousand matches) is cheaper to probe
    // for each contact of the name walk than to read in full: page() does that.
    const qint64 span = idSpan();
    const QString word = filter.text.trimmed();
    const bool prefixIndexed =
        !word.isEmpty() && foldUmlauts(word).size() <= 3 &&
        std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (prefixIndexed) {
        Result<double> density = matchDensity(expression, span);
        if (!density)
            return Result<FirstPage>(density.error());
        // Reading a match costs ~650 instructions, probing a contact ~80,000; they meet where the
        // matches number sqrt(ReadToProbe × rows × contacts). Testing a walked contact's text in C++
        // costs about what reading a few matches does, so above that point the walk tests each.
        constexpr double ReadToProbe = 120.0;
        if (*density * double(span) > std::sqrt(ReadToProbe * double(limit) * double(span)))
            return walkTestingEach(word, expression, cap, limit);
    }

    std::vector<qint64> ids; // ascending, as the search index gives them
    s.matches.bind(1, expression);
    {
        ResetAfter reset{s.matches};
        while (true) {
            Result<bool> row = s.matches.step(what);
            if (!row)
                return Result<FirstPage>(row.error());
            if (!*row)
                break;
            ids.push_back(s.matches.columnInt(0));
        }
    }
    FirstPage first;
    first.counted = int(std::min<qint64>(qint64(ids.size()), qint64(cap) + 1));
    if (ids.empty())
        return Result<FirstPage>(first);

    std::vector<qint64> pageIds;
    if (ids.size() <= size_t(firstPageSortLimit(limit, span))) {
        // Few: sorted by their keys, as SQLite orders sort_key (the same text, compared as UTF-8 bytes).
        std::vector<std::pair<QByteArray, qint64>> keyed;
        keyed.reserve(ids.size());
        for (const qint64 id : ids) {
            s.names.bind(1, id);
            ResetAfter reset{s.names};
            Result<bool> row = s.names.step(what);
            if (!row)
                return Result<FirstPage>(row.error());
            if (*row)
                keyed.emplace_back(
                    ContactRepository::sortKey(s.names.columnText(0), s.names.columnText(1)).toUtf8(), id);
        }
        const size_t shown = std::min(keyed.size(), size_t(limit));
        std::partial_sort(keyed.begin(), keyed.begin() + qsizetype(shown), keyed.end());
        for (size_t i = 0; i < shown; ++i)
            pageIds.push_back(keyed[i].second);
    } else {
        // Many: the name index in order, each contact looked up among the matches.
        ResetAfter reset{s.walk};
        while (pageIds.size() < size_t(limit)) {
            Result<bool> row = s.walk.step(what);
            if (!row)
                return Result<FirstPage>(row.error());
            if (!*row)
                break;
            const qint64 id = s.walk.columnInt(0);
            if (std::binary_search(ids.cbegin(), ids.cend(), id))
                pageIds.push_back(id);
        }
    }

    return completed(std::move(first), pageIds);
}

Result<ContactDirectory::FirstPage> ContactDirectory::completed(FirstPage first,
                                                                const std::vector<qint64> &ids) const
{
    Result<QList<ContactSummary>> rows = summariesOf(ids);
    if (!rows)
        return rows.error();
    first.rows = std::move(rows).value();
    return first;
}

Result<QList<ContactSummary>> ContactDirectory::summariesOf(const std::vector<qint64> &ids) const
{
    Statements &s = *m_statements;
    const QString what = tr("read the contacts");
    QList<ContactSummary> rows;
    rows.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids) {
        s.row.bind(1, id);
        ResetAfter reset{s.row};
        Result<bool> found = s.row.step(what);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        ContactSummary row;
        row.id = s.row.columnInt(0);
        row.givenName = s.row.columnText(2);
        row.familyName = s.row.columnText(3);
        row.displayName = displayNameOf(s.row.columnText(1), row.givenName, s.row.columnText(11),
                                        row.familyName, s.row.columnText(12), s.row.columnText(13));
        row.role = s.row.columnText(4);
        row.organisationId = s.row.columnInt(5);
        row.organisationName = s.row.columnText(6);
        row.pressTopics = s.row.columnText(7).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        row.availableForPress = s.row.columnInt(8) != 0;
        row.hasConsent = s.row.columnInt(9) != 0;
        row.email = s.row.columnText(10);
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<Result<ContactDirectory::FirstPage>>
ContactDirectory::walkTestingEach(const QString &word, const QString &expression, int cap, int limit) const
{
    Statements &s = *m_statements;
    if (s.foldingUnavailable)
        return std::nullopt;
    if (!s.folding) {
        Result<SearchFolding> learnt = SearchFolding::learn();
        if (!learnt ||
            !s.walkText.prepare(
                s.connection,
                QStringLiteral("SELECT c.id, s.name, s.details, s.name_folded, s.details_folded "
                               "FROM contact c INDEXED BY contact_sort "
                               "LEFT JOIN contact_search s ON s.rowid = c.id "
                               "ORDER BY c.sort_key, c.id")) ||
            !s.countUpTo.prepare(s.connection,
                                 QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contact_search "
                                                "WHERE contact_search MATCH ?1 LIMIT ?2)")) ||
            !s.probe.prepare(s.connection, QStringLiteral("SELECT 1 FROM contact_search WHERE rowid = ?1 "
                                                          "AND contact_search MATCH ?2"))) {
            s.foldingUnavailable = true;
            return std::nullopt;
        }
        s.folding = std::move(learnt).value();
    }
    // The typed word and its umlaut spelling, as the index folds them: the expression's alternatives.
    QStringList prefixes;
    for (const QString &spelling : {word, foldUmlauts(word)}) {
        const std::optional<QString> folded = s.folding->foldWord(spelling);
        if (!folded)
            return std::nullopt; // not one word the index would read as such: page() asks the index
        if (!prefixes.contains(*folded))
            prefixes.append(*folded);
    }

    const QString what = tr("read the contacts");
    FirstPage first;
    s.countUpTo.bind(1, expression);
    s.countUpTo.bind(2, qint64(cap) + 1);
    {
        ResetAfter reset{s.countUpTo};
        Result<bool> counted = s.countUpTo.step(what);
        if (!counted)
            return Result<FirstPage>(counted.error());
        first.counted = *counted ? int(s.countUpTo.columnInt(0)) : 0;
    }
    std::vector<qint64> pageIds;
    {
        ResetAfter reset{s.walkText};
        // An exact count (not capped) also says when every match has been found.
        const size_t findable = first.counted <= cap ? size_t(first.counted) : size_t(limit);
        while (pageIds.size() < size_t(limit) && pageIds.size() < findable) {
            Result<bool> row = s.walkText.step(what);
            if (!row)
                return Result<FirstPage>(row.error());
            if (!*row)
                break;
            const qint64 id = s.walkText.columnInt(0);
            SearchFolding::Match match = SearchFolding::Match::No;
            for (int column = 1; column <= 4 && match != SearchFolding::Match::Yes; ++column) {
                const SearchFolding::Match inColumn =
                    s.folding->anyWordStartsWith(s.walkText.columnText(column), prefixes);
                if (inColumn != SearchFolding::Match::No)
                    match = inColumn;
            }
            if (match == SearchFolding::Match::Unknown) {
                s.probe.bind(1, id);
                s.probe.bind(2, expression);
                ResetAfter resetProbe{s.probe};
                Result<bool> found = s.probe.step(what);
                if (!found)
                    return Result<FirstPage>(found.error());
                match = *found ? SearchFolding::Match::Yes : SearchFolding::Match::No;
            }
            if (match == SearchFolding::Match::Yes)
                pageIds.push_back(id);
        }
    }
    return completed(std::move(first), pageIds);
}

int ContactDirectory::firstPageSortLimit(int limit, qint64 contacts)
{
    // m matches sorted cost m row reads; walking costs limit × contacts / m steps, some nine times
    // cheaper each: they meet at m² = limit × contacts / 9 (about 800 matches for one screen at
    // 100,000 contacts, 2,600 at a million).
    return int(std::sqrt(double(std::max(1, limit)) * double(std::max<qint64>(1, contacts)) / 9.0));
}

Result<ContactDirectory::PagePlan> ContactDirectory::pagePlan(const ContactFilter &filter, int rowsNeeded,
                                                              std::optional<int> matches) const
{
    // Three ways to the first rows by name. Few matches: read them by rowid and sort them (SQLite's own
    // choice). Many matches ("mü" at a million contacts): sorting them all is what costs, so walk the
    // name index instead, stopping after the page, and keep the contacts found in the matches: either
    // collect the matches into a set first, or, when most contacts match a word short enough for the
    // prefix index, ask the search index about each walked contact (a seek each, and no set to build).
    // With an organisation the planner reads that organisation's few contacts through its index, which
    // beats all of them; a count that stops at the sort limit tells few from many.
    const Condition where = condition(filter);
    if (!where.usesSearch || filter.organisationId != 0)
        return PagePlan::SortMatches;
    const qint64 span = idSpan();
    const int sortLimit = this->sortLimit(span);
    if (!matches || *matches < 0) {
        Result<int> counted = countUpTo(filter, sortLimit);
        if (!counted)
            return counted.error();
        matches = *counted;
    }
    if (*matches <= sortLimit)
        return PagePlan::SortMatches;
    const QString word = filter.text.trimmed();
    const bool prefixIndexed =
        filter.pressTopic.trimmed().isEmpty() && !word.isEmpty() && foldUmlauts(word).size() <= 3 &&
        std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!prefixIndexed)
        return PagePlan::WalkMatchSet;
    Result<double> density = matchDensity(where.values.first().toString(), span);
    if (!density)
        return density.error();
    // Probing costs about rowsNeeded / density seeks; the set costs about density × contacts inserts,
    // each some ProbeCost times cheaper than a seek (measured at a million contacts with the search
    // index merged into one segment, as an import leaves it: ~6.5 µs per word against ~0.14 µs). They
    // meet where density² = rowsNeeded × ProbeCost × words / contacts.
    constexpr double ProbeCost = 45.0;
    // "müll" asks for "muell" too ("mü" does not: "mu"* covers "mue"*).
    const int words = ContactRepository::filterExpression(word).contains(QLatin1String(" OR ")) ? 2 : 1;
    const double meet = std::sqrt(double(std::max(1, rowsNeeded)) * ProbeCost * words / double(span));
    return *density >= meet ? PagePlan::WalkProbingEach : PagePlan::WalkMatchSet;
}

Result<QList<ContactSummary>> ContactDirectory::page(const ContactFilter &filter, int offset, int limit,
                                                     std::optional<int> matches) const
{
    QList<ContactSummary> rows;
    if (limit <= 0)
        return rows;
    Result<PagePlan> plan = pagePlan(filter, std::max(0, offset) + limit, matches);
    if (!plan)
        return plan.error();
    const Condition where =
        condition(filter, *plan == PagePlan::WalkProbingEach ? SearchJoin::ProbeEach : SearchJoin::MatchSet);
    if (where.matchesNothing)
        return rows;
    const QString from = *plan == PagePlan::SortMatches
                             ? QStringLiteral(" FROM contact c")
                             : QStringLiteral(" FROM contact c INDEXED BY contact_sort");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QVariantList values = where.values;
    values << limit << std::max(0, offset);
    // The e-mail column: a public address before an internal one, then in the contact's own order.
    if (Result<void> ran = run(
            query,
            QStringLiteral(
                "SELECT c.id, c.honorific, c.given_name, c.family_name, c.role, c.organisation_id, o.name, "
                "c.press_topics, c.available_for_press, c.consent_at IS NOT NULL, "
                "(SELECT ch.value FROM contact_channel ch WHERE ch.contact_id = c.id AND ch.kind = 'email' "
                "ORDER BY ch.is_public DESC, ch.position, ch.id LIMIT 1), c.additional_names, "
                "c.honorific_suffix, c.formatted_name") +
                from + QStringLiteral(" LEFT JOIN organisation o ON o.id = c.organisation_id") + where.where +
                QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ? OFFSET ?"),
            values);
        !ran)
        return ran.error();
    rows.reserve(limit);
    while (query.next()) {
        ContactSummary row;
        row.id = query.value(0).toLongLong();
        row.givenName = query.value(2).toString();
        row.familyName = query.value(3).toString();
        row.displayName =
            displayNameOf(query.value(1).toString(), row.givenName, query.value(11).toString(),
                          row.familyName, query.value(12).toString(), query.value(13).toString());
        row.role = query.value(4).toString();
        row.organisationId = query.value(5).toLongLong();
        row.organisationName = query.value(6).toString();
        row.pressTopics = query.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        row.availableForPress = query.value(8).toBool();
        row.hasConsent = query.value(9).toBool();
        row.email = query.value(10).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QStringList> ContactDirectory::pressTopics() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Many contacts share the same topic lines. A loose scan of the index on press_topics (schema
    // version 4) visits each distinct line once: one seek per line, not one step per contact.
    if (Result<void> ran = run(query,
                               QStringLiteral("WITH RECURSIVE line(value) AS ("
                                              " SELECT min(press_topics) FROM contact WHERE press_topics > ''"
                                              " UNION ALL SELECT (SELECT min(press_topics) FROM contact"
                                              " WHERE press_topics > line.value) FROM line"
                                              " WHERE line.value IS NOT NULL) "
                                              "SELECT value FROM line WHERE value IS NOT NULL"),
                               {});
        !ran)
        return ran.error();
    QHash<QString, QString> byKey; // folded → first spelling seen
    QSet<QString> seen;            // spellings already folded: a few dozen topics in 60,000 lines
    while (query.next()) {
        const QStringList topics = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &topic : topics) {
            if (seen.contains(topic))
                continue;
            seen.insert(topic);
            const QString trimmed = topic.trimmed();
            const QString key = foldUmlauts(trimmed).toCaseFolded();
            if (!trimmed.isEmpty() && !byKey.contains(key))
                byKey.insert(key, trimmed);
        }
    }
    QStringList keys = byKey.keys();
    std::sort(keys.begin(), keys.end());
    QStringList topics;
    topics.reserve(keys.size());
    for (const QString &key : std::as_const(keys))
        topics.append(byKey.value(key));
    return topics;
}

qint64 ContactDirectory::idSpan() const
{
    // max(id) stands in for the number of contacts (one index step; deleted ids make it a little high).
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT max(id) FROM contact")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

int ContactDirectory::sortLimit(qint64 contacts) const
{
    // Sorting m matches costs about m row reads; walking the name index to fill a page costs about
    // page × contacts / m index steps, each far cheaper. Measured at 100,000 contacts (850 matches:
    // sorted 10 ms, walked 14 ms; 1,800: 19 against 8 ms), a sorted row costs ~12 µs and a walked step
    // ~0.7 µs, so they meet near sqrt(9 × contacts): 950 at 100,000, 3,000 at a million.
    return std::clamp(int(std::sqrt(9.0 * double(contacts))), 200, MaxSortLimit);
}

Result<double> ContactDirectory::matchDensity(const QString &matchExpression, qint64 idSpan) const
{
    // A window of ids from the middle of the file: FTS5 seeks to its start in each doclist, so this
    // costs a few thousand steps however many contacts match overall.
    constexpr qint64 Window = 4096;
    const qint64 first = idSpan > 2 * Window ? idSpan / 2 - Window / 2 : 0;
    const qint64 last = idSpan > 2 * Window ? first + Window : idSpan;
    if (last <= first)
        return 0.0;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Result<void> ran = run(query,
                               QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search "
                                              "MATCH ? AND rowid > ? AND rowid <= ?"),
                               {matchExpression, first, last});
        !ran)
        return ran.error();
    return query.next() ? query.value(0).toDouble() / double(last - first) : 0.0;
}

qint64 ContactDirectory::writeCounter() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace pressdesk
