#include "quoterepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

namespace pressdesk {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, text, speaker_id, speaker_role, said_on, said_on_precision, context, source, topics, state, "
    "requested_at, requested_from, authorised_at, authorised_by, supersedes_id, created_at, updated_at, "
    "revision "
    "FROM quote");

Quote readQuote(const QSqlQuery &query)
{
    Quote quote;
    quote.meta = RepositoryBase::readMeta(query, 0, 15);
    quote.text = query.value(1).toString();
    quote.speakerId = query.value(2).toLongLong();
    quote.speakerRole = query.value(3).toString();
    if (!query.value(4).isNull())
        quote.saidOn = PartialDate::fromStorage(query.value(4).toString(), query.value(5).toInt());
    quote.context = query.value(6).toString();
    quote.source = query.value(7).toString();
    quote.topics = query.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    quote.state = authorisationStateFromString(query.value(9).toString());
    quote.requestedAt = fromUtcIsoString(query.value(10).toString());
    quote.requestedFrom = query.value(11).toString();
    quote.authorisedAt = fromUtcIsoString(query.value(12).toString());
    quote.authorisedBy = query.value(13).toString();
    quote.supersedesId = query.value(14).toLongLong();
    return quote;
}

ColumnValues quoteColumns(const Quote &quote)
{
    ColumnValues columns;
    columns.add("text", quote.text)
        .add("speaker_id", quote.speakerId)
        .add("speaker_role", quote.speakerRole.trimmed())
        .add("said_on", RepositoryBase::dateValue(quote.saidOn))
        .add("said_on_precision", RepositoryBase::precisionValue(quote.saidOn))
        .add("context", quote.context)
        .add("source", quote.source)
        .add("topics", quote.topics.join(QLatin1Char('\n')))
        .add("state", toStorageString(quote.state))
        .add("requested_at", sql::nullIfEmpty(toUtcIsoString(quote.requestedAt)))
        .add("requested_from", quote.requestedFrom)
        .add("authorised_at", sql::nullIfEmpty(toUtcIsoString(quote.authorisedAt)))
        .add("authorised_by", quote.authorisedBy)
        .add("supersedes_id", RepositoryBase::idOrNull(quote.supersedesId));
    return columns;
}
} // namespace

QuoteRepository::QuoteRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Quote, QStringLiteral("quote"))
{
}

Result<QList<RecordId>> QuoteRepository::readMilestoneLinks(RecordId quoteId) const
{
    return selectIds(
        QStringLiteral("SELECT milestone_id FROM quote_milestone WHERE quote_id = ? ORDER BY milestone_id"),
        {quoteId});
}

Result<void> QuoteRepository::writeMilestoneLinks(RecordId quoteId, const QList<RecordId> &milestoneIds)
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("DELETE FROM quote_milestone WHERE quote_id = ?"), {quoteId});
        !ran)
        return ran;
    for (RecordId milestoneId : milestoneIds) {
        if (Result<void> ran =
                sql::exec(query,
                          QStringLiteral(
                              "INSERT OR IGNORE INTO quote_milestone (quote_id, milestone_id) VALUES (?, ?)"),
                          {quoteId, milestoneId});
            !ran)
            return ran;
    }
    return {};
}

Result<QList<Quote>> QuoteRepository::select(const QString &where,
                                             std::initializer_list<QVariant> values) const
{
    QList<Quote> quotes;
    {
        QSqlQuery query = newQuery();
        if (Result<void> ran = sql::exec(query, selectColumns + where, values); !ran)
            return ran.error();
        while (query.next())
            quotes.append(readQuote(query));
    }
    for (Quote &quote : quotes) {
        Result<QList<RecordId>> links = readMilestoneLinks(quote.meta.id);
        if (!links)
            return links.error();
        quote.milestoneIds = *links;
    }
    return quotes;
}

Result<QList<Quote>> QuoteRepository::all() const
{
    return select(QStringLiteral(" ORDER BY said_on DESC, id DESC"), {});
}

Result<Quote> QuoteRepository::find(RecordId id) const
{
    Result<QList<Quote>> found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Kind::NotFound, tr("The quote no longer exists."));
    return found->first();
}

Result<Quote> QuoteRepository::insert(const Quote &quote)
{
    return readBack(
        *this, write(Write::Insert, quote.meta, quote.validate(), quoteColumns(quote),
                     [this, &quote](RecordId id) { return writeMilestoneLinks(id, quote.milestoneIds); }));
}

Result<Quote> QuoteRepository::update(const Quote &quote)
{
    return readBack(
        *this, write(Write::Update, quote.meta, quote.validate(), quoteColumns(quote),
                     [this, &quote](RecordId id) { return writeMilestoneLinks(id, quote.milestoneIds); }));
}

Result<void> QuoteRepository::remove(RecordId id, int expectedRevision)
{
    // The schema refuses it too (ON DELETE RESTRICT); asking first lets the message name the releases.
    Result<QList<QuoteReleaseReference>> releases = releaseReferencesUsing(id);
    if (!releases)
        return releases.error();
    if (!releases->isEmpty()) {
        QStringList headlines;
        for (const QuoteReleaseReference &release : std::as_const(*releases))
            headlines.append(tr("“%1”").arg(release.headline));
        if (headlines.size() == 1)
            return makeError(Error::Kind::InUse,
                             tr("The quote is used in the press release %1; remove it from there first.")
                                 .arg(headlines.first()));
        return makeError(Error::Kind::InUse,
                         tr("The quote is used in the press releases %1; remove it from there first.")
                             .arg(headlines.join(QStringLiteral(", "))));
    }
    return removeRow(id, expectedRevision);
}

Result<QList<QuoteReleaseReference>> QuoteRepository::releaseReferencesUsing(RecordId quoteId) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("SELECT r.id, r.headline, r.release_date, r.state FROM release_quote rq "
                                     "JOIN press_release r ON r.id = rq.release_id WHERE rq.quote_id = ? "
                                     "ORDER BY r.release_date IS NULL, r.release_date, r.id"),
                      {quoteId});
        !ran)
        return ran.error();
    QList<QuoteReleaseReference> references;
    while (query.next()) {
        QuoteReleaseReference reference;
        reference.id = query.value(0).toLongLong();
        reference.headline = query.value(1).toString();
        reference.releaseDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        reference.state = releaseStateFromString(query.value(3).toString());
        references.append(reference);
    }
    return references;
}

Result<QList<QuoteListEntry>> QuoteRepository::list() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral("SELECT q.id, q.text, q.speaker_id, q.speaker_role, q.said_on, "
                           "q.said_on_precision, q.context, "
                           "q.source, q.topics, q.state, q.requested_at, q.requested_from, q.authorised_at, "
                           "q.authorised_by, q.supersedes_id, q.created_at, q.updated_at, q.revision, "
                           "trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')) "
                           "FROM quote q LEFT JOIN contact c ON c.id = q.speaker_id "
                           "ORDER BY q.said_on DESC, q.id DESC"));
        !ran)
        return ran.error();
    QList<QuoteListEntry> entries;
    while (query.next())
        entries.append({readQuote(query), query.value(18).toString()});
    return entries;
}

Result<QList<QuoteSpeaker>> QuoteRepository::speakers() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral("SELECT c.id, trim(c.given_name || ' ' || c.family_name), count(*) FROM quote q "
                           "JOIN contact c ON c.id = q.speaker_id GROUP BY c.id "
                           "ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id"));
        !ran)
        return ran.error();
    QList<QuoteSpeaker> speakers;
    while (query.next())
        speakers.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return speakers;
}

Result<QList<RecordId>> QuoteRepository::revisionsOf(RecordId quoteId) const
{
    return selectIds(QStringLiteral("SELECT id FROM quote WHERE supersedes_id = ? ORDER BY id"), {quoteId});
}

Result<QuoteLinks> QuoteRepository::links(RecordId id) const
{
    QuoteLinks links;
    Result<QList<RecordId>> revisions = revisionsOf(id);
    if (!revisions)
        return revisions.error();
    links.revisionIds = *revisions;
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query,
                                     QStringLiteral("SELECT release_id, position FROM release_quote "
                                                    "WHERE quote_id = ? ORDER BY release_id"),
                                     {id});
        !ran)
        return ran.error();
    while (query.next())
        links.releasePositions.append({query.value(0).toLongLong(), query.value(1).toInt()});
    return links;
}

Result<Quote> QuoteRepository::restore(const Quote &quote, const QuoteLinks &links)
{
    const auto restoreLinks = [this, &quote, &links](RecordId id) -> Result<void> {
        if (Result<void> linked = writeMilestoneLinks(id, quote.milestoneIds); !linked)
            return linked;
        QSqlQuery query = newQuery();
        for (const auto &[releaseId, position] : links.releasePositions) {
            if (Result<void> ran =
                    sql::exec(query,
                              QStringLiteral("INSERT OR IGNORE INTO release_quote (release_id, "
                                             "quote_id, position) VALUES (?, ?, ?)"),
                              {releaseId, id, position});
                !ran)
                return ran;
        }
        // Deleting the quote cleared the revisions' pointer to it (ON DELETE SET NULL); put it back.
        for (RecordId revisionId : links.revisionIds) {
            if (Result<void> ran = sql::exec(
                    query,
                    QStringLiteral(
                        "UPDATE quote SET supersedes_id = ? WHERE id = ? AND supersedes_id IS NULL"),
                    {id, revisionId});
                !ran)
                return ran;
            if (query.numRowsAffected() > 0)
                notify(revisionId);
        }
        return {};
    };
    return readBack(*this,
                    write(Write::Restore, quote.meta, quote.validate(), quoteColumns(quote), restoreLinks));
}

Result<QList<RecordId>> QuoteRepository::releasesUsing(RecordId quoteId) const
{
    return selectIds(
        QStringLiteral("SELECT release_id FROM release_quote WHERE quote_id = ? ORDER BY release_id"),
        {quoteId});
}

} // namespace pressdesk
