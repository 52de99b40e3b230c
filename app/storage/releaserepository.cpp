#include "releaserepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

namespace pressdesk {

namespace {
const QString selectColumns =
    QStringLiteral("SELECT id, headline, subheadline, place, release_date, embargo_until, lead, body, "
                   "boilerplate_organisation_id, state, created_at, updated_at, revision FROM press_release");

PressRelease readRelease(const QSqlQuery &query)
{
    PressRelease release;
    release.meta = RepositoryBase::readMeta(query, 0, 10);
    release.headline = query.value(1).toString();
    release.subheadline = query.value(2).toString();
    release.place = query.value(3).toString();
    release.releaseDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    release.embargoUntil = fromUtcIsoString(query.value(5).toString());
    release.lead = query.value(6).toString();
    release.body = query.value(7).toString();
    release.boilerplateOrganisationId = query.value(8).toLongLong();
    release.state = releaseStateFromString(query.value(9).toString());
    return release;
}

ColumnValues releaseColumns(const PressRelease &release)
{
    ColumnValues columns;
    columns.add("headline", release.headline.trimmed())
        .add("subheadline", release.subheadline)
        .add("place", release.place.trimmed())
        .add("release_date", sql::nullIfEmpty(release.releaseDate.toString(Qt::ISODate)))
        .add("embargo_until", sql::nullIfEmpty(toUtcIsoString(release.embargoUntil)))
        .add("lead", release.lead)
        .add("body", release.body)
        .add("boilerplate_organisation_id", RepositoryBase::idOrNull(release.boilerplateOrganisationId))
        .add("state", toStorageString(release.state));
    return columns;
}

// Link tables and their id columns; fixed names, never user input.
const QString quoteLinks = QStringLiteral("release_quote");
const QString milestoneLinks = QStringLiteral("release_milestone");
const QString contactLinks = QStringLiteral("release_contact");
} // namespace

ReleaseRepository::ReleaseRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Release, QStringLiteral("press_release"))
{
}

Result<QList<RecordId>> ReleaseRepository::readLinks(const QString &table, const QString &column,
                                                     RecordId releaseId) const
{
    // Table and column are our own constants, never user input.
    return selectIds(
        QStringLiteral("SELECT %1 FROM %2 WHERE release_id = ? ORDER BY position").arg(column, table),
        {releaseId});
}

Result<void> ReleaseRepository::writeLinks(const QString &table, const QString &column, RecordId releaseId,
                                           const QList<RecordId> &ids)
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("DELETE FROM %1 WHERE release_id = ?").arg(table), {releaseId});
        !ran)
        return ran;
    int position = 0;
    for (RecordId id : ids) {
        if (Result<void> ran = sql::exec(
                query,
                QStringLiteral("INSERT OR IGNORE INTO %1 (release_id, %2, position) VALUES (?, ?, ?)")
                    .arg(table, column),
                {releaseId, id, position++});
            !ran)
            return ran;
    }
    return {};
}

Result<void> ReleaseRepository::writeAllLinks(const PressRelease &release, RecordId id)
{
    if (Result<void> written = writeLinks(quoteLinks, QStringLiteral("quote_id"), id, release.quoteIds);
        !written)
        return written;
    if (Result<void> written =
            writeLinks(milestoneLinks, QStringLiteral("milestone_id"), id, release.milestoneIds);
        !written)
        return written;
    return writeLinks(contactLinks, QStringLiteral("contact_id"), id, release.contactIds);
}

Result<PressRelease> ReleaseRepository::withLinks(PressRelease release) const
{
    Result<QList<RecordId>> quotes = readLinks(quoteLinks, QStringLiteral("quote_id"), release.meta.id);
    Result<QList<RecordId>> milestones =
        readLinks(milestoneLinks, QStringLiteral("milestone_id"), release.meta.id);
    Result<QList<RecordId>> contacts = readLinks(contactLinks, QStringLiteral("contact_id"), release.meta.id);
    for (const auto *links : {&quotes, &milestones, &contacts}) {
        if (!*links)
            return links->error();
    }
    release.quoteIds = *quotes;
    release.milestoneIds = *milestones;
    release.contactIds = *contacts;
    return release;
}

Result<QList<PressRelease>> ReleaseRepository::all() const
{
    QList<PressRelease> releases;
    {
        QSqlQuery query = newQuery();
        if (Result<void> ran =
                sql::exec(query, selectColumns + QStringLiteral(" ORDER BY release_date DESC, id DESC"));
            !ran)
            return ran.error();
        while (query.next())
            releases.append(readRelease(query));
    }
    for (PressRelease &release : releases) {
        Result<PressRelease> linked = withLinks(release);
        if (!linked)
            return linked.error();
        release = *linked;
    }
    return releases;
}

Result<PressRelease> ReleaseRepository::find(RecordId id) const
{
    PressRelease release;
    {
        QSqlQuery query = newQuery();
        if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}); !ran)
            return ran.error();
        if (!query.next())
            return makeError(Error::Kind::NotFound, tr("The press release no longer exists."));
        release = readRelease(query);
    }
    return withLinks(release);
}

Result<PressRelease> ReleaseRepository::insert(const PressRelease &release)
{
    return readBack(*this, write(Write::Insert, release.meta, release.validate(), releaseColumns(release),
                                 [this, &release](RecordId id) { return writeAllLinks(release, id); }));
}

Result<PressRelease> ReleaseRepository::update(const PressRelease &release)
{
    return readBack(*this, write(Write::Update, release.meta, release.validate(), releaseColumns(release),
                                 [this, &release](RecordId id) { return writeAllLinks(release, id); }));
}

Result<void> ReleaseRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

Result<ReleaseVersion> ReleaseRepository::saveVersion(RecordId releaseId, const QString &snapshot)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    ReleaseVersion version;
    version.releaseId = releaseId;
    version.savedAt = currentUtc();
    version.snapshot = snapshot;
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query, QStringLiteral("SELECT coalesce(max(n), 0) + 1 FROM release_version WHERE release_id = ?"),
            {releaseId});
        !ran)
        return ran.error();
    query.next();
    version.number = query.value(0).toInt();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral(
                "INSERT INTO release_version (release_id, n, saved_at, snapshot) VALUES (?, ?, ?, ?)"),
            {releaseId, version.number, toUtcIsoString(version.savedAt), snapshot});
        !ran)
        return ran.error();
    version.id = query.lastInsertId().toLongLong();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    version.savedAt = fromUtcIsoString(toUtcIsoString(version.savedAt)); // as stored: millisecond precision
    notify(releaseId);
    return version;
}

Result<QList<ReleaseVersion>> ReleaseRepository::versions(RecordId releaseId) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("SELECT id, release_id, n, saved_at, snapshot FROM release_version "
                                     "WHERE release_id = ? ORDER BY n"),
                      {releaseId});
        !ran)
        return ran.error();
    QList<ReleaseVersion> versions;
    while (query.next()) {
        ReleaseVersion version;
        version.id = query.value(0).toLongLong();
        version.releaseId = query.value(1).toLongLong();
        version.number = query.value(2).toInt();
        version.savedAt = fromUtcIsoString(query.value(3).toString());
        version.snapshot = query.value(4).toString();
        versions.append(version);
    }
    return versions;
}

} // namespace pressdesk
