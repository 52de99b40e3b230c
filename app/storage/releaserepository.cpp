#include "releaserepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace pressdesk {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, headline, subheadline, place, release_date, embargo_until, lead, content, "
    "boilerplate_organisation_id, state, created_at, updated_at, revision, correction, approved_by, "
    "approved_at, approval_note FROM press_release");

// The row, with its content read and validated: a damaged body is an error that names the release.
Result<PressRelease> readRelease(const QSqlQuery &query)
{
    PressRelease release;
    release.meta = RepositoryBase::readMeta(query, 0, 10);
    release.headline = query.value(1).toString();
    release.subheadline = query.value(2).toString();
    release.place = query.value(3).toString();
    release.releaseDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    release.embargoUntil = fromUtcIsoString(query.value(5).toString());
    release.lead = query.value(6).toString();
    Result<ReleaseContent> content = ReleaseContent::fromJson(query.value(7).toString().toUtf8());
    if (!content)
        return makeError(
            content.error().kind,
            ReleaseRepository::tr("Press release “%1”: %2").arg(release.headline, content.errorMessage()));
    release.content = *content;
    release.boilerplateOrganisationId = query.value(8).toLongLong();
    release.state = releaseStateFromString(query.value(9).toString());
    release.correction = query.value(13).toInt();
    release.approvedBy = query.value(14).toString();
    release.approvedAt = fromUtcIsoString(query.value(15).toString());
    release.approvalNote = query.value(16).toString();
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
        .add("content", QString::fromUtf8(release.content.toJson()))
        .add("boilerplate_organisation_id", RepositoryBase::idOrNull(release.boilerplateOrganisationId))
        .add("state", toStorageString(release.state))
        .add("correction", release.correction)
        .add("approved_by", release.approvedBy.trimmed())
        .add("approved_at", sql::nullIfEmpty(toUtcIsoString(release.approvedAt)))
        .add("approval_note", release.approvalNote.trimmed());
    return columns;
}

// Link tables and their id columns; fixed names, never user input.
const QString quoteLinks = QStringLiteral("release_quote");
const QString milestoneLinks = QStringLiteral("release_milestone");
const QString contactLinks = QStringLiteral("release_contact");
const QString assetLinks = QStringLiteral("release_asset");
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
    // The content is the truth; the link tables index what it uses, so that the schema can refuse to
    // delete a quote or a photo a release shows.
    if (Result<void> written =
            writeLinks(quoteLinks, QStringLiteral("quote_id"), id, release.content.quoteIds());
        !written)
        return written;
    if (Result<void> written = writeLinks(milestoneLinks, QStringLiteral("milestone_id"), id,
                                          release.content.chosenMilestoneIds());
        !written)
        return written;
    if (Result<void> written =
            writeLinks(assetLinks, QStringLiteral("asset_id"), id, release.content.assetIds());
        !written)
        return written;
    return writeLinks(contactLinks, QStringLiteral("contact_id"), id, release.contactIds);
}

Result<PressRelease> ReleaseRepository::withLinks(PressRelease release) const
{
    Result<QList<RecordId>> contacts = readLinks(contactLinks, QStringLiteral("contact_id"), release.meta.id);
    if (!contacts)
        return contacts.error();
    release.contactIds = *contacts;
    return release;
}

QString ReleaseRepository::currentUserName()
{
    // Who saved a version: the desktop's user name is what a colleague recognises in a shared office file.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // A session without those variables (a service, a container) still has an account.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return tr("unknown user");
}

Result<void> ReleaseRepository::keepVersion(RecordId releaseId, const PressRelease &release)
{
    // Inside the save's transaction; the save announces the change once.
    Result<ReleaseVersion> saved =
        insertVersion(releaseId, QString::fromUtf8(release.toSnapshot(currentUserName())));
    if (!saved)
        return saved.error();
    return {};
}

Result<QList<RecordId>> ReleaseRepository::milestonesShown(RecordId releaseId) const
{
    return readLinks(milestoneLinks, QStringLiteral("milestone_id"), releaseId);
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
        while (query.next()) {
            Result<PressRelease> release = readRelease(query);
            if (!release)
                return release.error();
            releases.append(*release);
        }
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
        Result<PressRelease> read = readRelease(query);
        if (!read)
            return read.error();
        release = *read;
    }
    return withLinks(release);
}

Result<PressRelease> ReleaseRepository::insert(const PressRelease &release)
{
    // The first version is the release as first saved.
    return readBack(*this, write(Write::Insert, release.meta, release.validate(), releaseColumns(release),
                                 [this, &release](RecordId id) -> Result<void> {
                                     if (Result<void> linked = writeAllLinks(release, id); !linked)
                                         return linked;
                                     return keepVersion(id, release);
                                 }));
}

Result<PressRelease> ReleaseRepository::update(const PressRelease &release)
{
    // The workflow is checked against the state stored now, inside the write's transaction, so that
    // another window cannot have published the release in between.
    bool changesHowItReads = true;
    const auto followsWorkflow = [this, &release, &changesHowItReads]() -> Result<void> {
        Result<PressRelease> stored = find(release.meta.id);
        if (!stored)
            return stored.error();
        changesHowItReads = release.readsDifferentlyFrom(*stored);
        if (stored->meta.revision != release.meta.revision)
            return {}; // the write reports the conflict
        if (!canChangeState(stored->state, release.state)) {
            if (stored->state == ReleaseState::Published)
                return makeError(
                    Error::Kind::Invalid,
                    tr("“%1” is published and therefore locked; start a correction to change it.")
                        .arg(stored->headline));
            return makeError(Error::Kind::Invalid,
                             tr("A release cannot go from “%1” to “%2”.")
                                 .arg(displayName(stored->state), displayName(release.state)));
        }
        if (stored->correction != release.correction)
            return makeError(Error::Kind::Invalid,
                             tr("Only starting a correction changes a release's correction number."));
        return {};
    };
    // Every save that changes how the release reads keeps a version of it, in the same transaction.
    return readBack(*this, write(
                               Write::Update, release.meta, release.validate(), releaseColumns(release),
                               [this, &release, &changesHowItReads](RecordId id) -> Result<void> {
                                   if (Result<void> linked = writeAllLinks(release, id); !linked)
                                       return linked;
                                   return changesHowItReads ? keepVersion(id, release) : Result<void>();
                               },
                               followsWorkflow));
}

Result<PressRelease> ReleaseRepository::startCorrection(RecordId id, int expectedRevision)
{
    Result<PressRelease> stored = find(id);
    if (!stored)
        return stored.error();
    if (stored->state != ReleaseState::Published)
        return makeError(
            Error::Kind::Invalid,
            tr("Only a published release is corrected; “%1” can be edited as it is.").arg(stored->headline));
    PressRelease correction = *stored;
    correction.meta.revision = expectedRevision; // the write refuses it if the release changed since
    correction.state = ReleaseState::Draft;
    correction.correction = stored->correction + 1;
    correction.approvedBy.clear();
    correction.approvedAt = QDateTime();
    correction.approvalNote.clear();
    const auto stillPublished = [this, id]() -> Result<void> {
        Result<PressRelease> now = find(id);
        if (now && now->state != ReleaseState::Published)
            return makeError(Error::Kind::Conflict,
                             tr("The release was changed elsewhere in the meantime. Reload "
                                "it and start the correction again."));
        return {};
    };
    return readBack(*this,
                    write(
                        Write::Update, correction.meta, correction.validate(), releaseColumns(correction),
                        [this, &correction](RecordId releaseId) -> Result<void> {
                            if (Result<void> linked = writeAllLinks(correction, releaseId); !linked)
                                return linked;
                            return keepVersion(releaseId, correction);
                        },
                        stillPublished));
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
    Result<ReleaseVersion> version = insertVersion(releaseId, snapshot);
    if (!version)
        return version;
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notify(releaseId);
    return version;
}

Result<ReleaseVersion> ReleaseRepository::insertVersion(RecordId releaseId, const QString &snapshot)
{
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
    version.savedAt = fromUtcIsoString(toUtcIsoString(version.savedAt)); // as stored: millisecond precision
    if (Result<PressRelease> read = PressRelease::fromSnapshot(snapshot.toUtf8(), &version.savedBy); read)
        version.state = read->state;
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
        if (Result<PressRelease> snapshot =
                PressRelease::fromSnapshot(version.snapshot.toUtf8(), &version.savedBy);
            snapshot)
            version.state = snapshot->state;
        versions.append(version);
    }
    return versions;
}

} // namespace pressdesk
