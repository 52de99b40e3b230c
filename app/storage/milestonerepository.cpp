#include "milestonerepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

namespace pressdesk {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, start_date, start_precision, end_date, end_precision, title, description, category_id, "
    "source_url, status, internal_note, created_at, updated_at, revision FROM milestone");

Milestone readMilestone(const QSqlQuery &query)
{
    Milestone milestone;
    milestone.meta = RepositoryBase::readMeta(query, 0, 11);
    milestone.start = PartialDate::fromStorage(query.value(1).toString(), query.value(2).toInt());
    if (!query.value(3).isNull())
        milestone.end = PartialDate::fromStorage(query.value(3).toString(), query.value(4).toInt());
    milestone.title = query.value(5).toString();
    milestone.description = query.value(6).toString();
    milestone.categoryId = query.value(7).toLongLong();
    milestone.sourceUrl = query.value(8).toString();
    milestone.status = milestoneStatusFromString(query.value(9).toString());
    milestone.internalNote = query.value(10).toString();
    return milestone;
}
} // namespace

MilestoneRepository::MilestoneRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Milestone, QStringLiteral("milestone"))
{
}

Result<QList<Milestone>> MilestoneRepository::all() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, selectColumns + QStringLiteral(" ORDER BY start_date, start_precision, id"));
        !ran)
        return ran.error();
    QList<Milestone> milestones;
    while (query.next())
        milestones.append(readMilestone(query));
    return milestones;
}

Result<Milestone> MilestoneRepository::find(RecordId id) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}); !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("The milestone no longer exists."));
    return readMilestone(query);
}

Result<Milestone> MilestoneRepository::insert(const Milestone &milestone)
{
    if (const ValidationResult validation = milestone.validate(); !validation.isValid())
        return invalid(validation);
    const QString now = toUtcIsoString(currentUtc());
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral(
                "INSERT INTO milestone (start_date, start_precision, end_date, end_precision, title, "
                "description, category_id, source_url, status, internal_note, created_at, updated_at, "
                "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {dateValue(milestone.start), precisionValue(milestone.start), dateValue(milestone.end),
             precisionValue(milestone.end), milestone.title.trimmed(), milestone.description,
             idOrNull(milestone.categoryId), milestone.sourceUrl.trimmed(), toStorageString(milestone.status),
             milestone.internalNote, now, now});
        !ran)
        return ran.error();
    const RecordId id = query.lastInsertId().toLongLong();
    notify(id);
    return find(id);
}

Result<Milestone> MilestoneRepository::update(const Milestone &milestone)
{
    if (const ValidationResult validation = milestone.validate(); !validation.isValid())
        return invalid(validation);
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral(
                "UPDATE milestone SET start_date = ?, start_precision = ?, end_date = ?, end_precision = ?, "
                "title = ?, description = ?, category_id = ?, source_url = ?, status = ?, "
                "internal_note = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?"),
            {dateValue(milestone.start), precisionValue(milestone.start), dateValue(milestone.end),
             precisionValue(milestone.end), milestone.title.trimmed(), milestone.description,
             idOrNull(milestone.categoryId), milestone.sourceUrl.trimmed(), toStorageString(milestone.status),
             milestone.internalNote, toUtcIsoString(currentUtc()), milestone.meta.id,
             milestone.meta.revision});
        !ran)
        return ran.error();
    if (Result<void> checked = checkUpdated(query, milestone.meta.id, milestone.meta.revision); !checked)
        return checked.error();
    notify(milestone.meta.id);
    return find(milestone.meta.id);
}

Result<void> MilestoneRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

Result<int> MilestoneRepository::count() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT count(*) FROM milestone")); !ran)
        return ran.error();
    query.next();
    return query.value(0).toInt();
}

Result<MilestoneLinks> MilestoneRepository::links(RecordId id) const
{
    MilestoneLinks links;
    Result<QList<RecordId>> quotes = selectIds(
        QStringLiteral("SELECT quote_id FROM quote_milestone WHERE milestone_id = ? ORDER BY quote_id"),
        {id});
    if (!quotes)
        return quotes.error();
    links.quoteIds = *quotes;
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query,
                                     QStringLiteral("SELECT release_id, position FROM release_milestone "
                                                    "WHERE milestone_id = ? ORDER BY release_id"),
                                     {id});
        !ran)
        return ran.error();
    while (query.next())
        links.releasePositions.append({query.value(0).toLongLong(), query.value(1).toInt()});
    return links;
}

Result<Milestone> MilestoneRepository::restore(const Milestone &milestone, const MilestoneLinks &links)
{
    if (const ValidationResult validation = milestone.validate(); !validation.isValid())
        return invalid(validation);
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    const QString now = toUtcIsoString(currentUtc());
    const QString created =
        milestone.meta.createdAt.isValid() ? toUtcIsoString(milestone.meta.createdAt) : now;
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral(
                "INSERT INTO milestone (id, start_date, start_precision, end_date, end_precision, title, "
                "description, category_id, source_url, status, internal_note, created_at, updated_at, "
                "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {milestone.meta.id, dateValue(milestone.start), precisionValue(milestone.start),
             dateValue(milestone.end), precisionValue(milestone.end), milestone.title.trimmed(),
             milestone.description, idOrNull(milestone.categoryId), milestone.sourceUrl.trimmed(),
             toStorageString(milestone.status), milestone.internalNote, created, now,
             std::max(1, milestone.meta.revision + 1)});
        !ran)
        return ran.error();
    for (RecordId quoteId : links.quoteIds) {
        if (Result<void> ran =
                sql::exec(query,
                          QStringLiteral(
                              "INSERT OR IGNORE INTO quote_milestone (quote_id, milestone_id) VALUES (?, ?)"),
                          {quoteId, milestone.meta.id});
            !ran)
            return ran.error();
    }
    for (const auto &[releaseId, position] : links.releasePositions) {
        // Make room at the old position only if it has been taken since; after a delete it is usually free.
        if (Result<void> ran = sql::exec(
                query,
                QStringLiteral("SELECT 1 FROM release_milestone WHERE release_id = ? AND position = ?"),
                {releaseId, position});
            !ran)
            return ran.error();
        if (query.next()) {
            if (Result<void> ran =
                    sql::exec(query,
                              QStringLiteral("UPDATE release_milestone SET position = position + 1 "
                                             "WHERE release_id = ? AND position >= ?"),
                              {releaseId, position});
                !ran)
                return ran.error();
        }
        if (Result<void> ran =
                sql::exec(query,
                          QStringLiteral("INSERT OR IGNORE INTO release_milestone (release_id, "
                                         "milestone_id, position) VALUES (?, ?, ?)"),
                          {releaseId, milestone.meta.id, position});
            !ran)
            return ran.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notify(milestone.meta.id);
    return find(milestone.meta.id);
}

} // namespace pressdesk
