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

ColumnValues milestoneColumns(const Milestone &milestone)
{
    ColumnValues columns;
    columns.add("start_date", RepositoryBase::dateValue(milestone.start))
        .add("start_precision", RepositoryBase::precisionValue(milestone.start))
        .add("end_date", RepositoryBase::dateValue(milestone.end))
        .add("end_precision", RepositoryBase::precisionValue(milestone.end))
        .add("title", milestone.title.trimmed())
        .add("description", milestone.description)
        .add("category_id", RepositoryBase::idOrNull(milestone.categoryId))
        .add("source_url", milestone.sourceUrl.trimmed())
        .add("status", toStorageString(milestone.status))
        .add("internal_note", milestone.internalNote);
    return columns;
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
    return readBack(*this,
                    write(Write::Insert, milestone.meta, milestone.validate(), milestoneColumns(milestone)));
}

Result<Milestone> MilestoneRepository::update(const Milestone &milestone)
{
    return readBack(*this,
                    write(Write::Update, milestone.meta, milestone.validate(), milestoneColumns(milestone)));
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
    const auto restoreLinks = [this, &links](RecordId id) -> Result<void> {
        QSqlQuery query = newQuery();
        for (RecordId quoteId : links.quoteIds) {
            if (Result<void> ran = sql::exec(
                    query,
                    QStringLiteral(
                        "INSERT OR IGNORE INTO quote_milestone (quote_id, milestone_id) VALUES (?, ?)"),
                    {quoteId, id});
                !ran)
                return ran;
        }
        for (const auto &[releaseId, position] : links.releasePositions) {
            // Make room at the old position only if it has been taken since; after a delete it is usually
            // free.
            if (Result<void> ran = sql::exec(
                    query,
                    QStringLiteral("SELECT 1 FROM release_milestone WHERE release_id = ? AND position = ?"),
                    {releaseId, position});
                !ran)
                return ran;
            if (query.next()) {
                if (Result<void> ran =
                        sql::exec(query,
                                  QStringLiteral("UPDATE release_milestone SET position = position + 1 "
                                                 "WHERE release_id = ? AND position >= ?"),
                                  {releaseId, position});
                    !ran)
                    return ran;
            }
            if (Result<void> ran =
                    sql::exec(query,
                              QStringLiteral("INSERT OR IGNORE INTO release_milestone (release_id, "
                                             "milestone_id, position) VALUES (?, ?, ?)"),
                              {releaseId, id, position});
                !ran)
                return ran;
        }
        return {};
    };
    return readBack(*this, write(Write::Restore, milestone.meta, milestone.validate(),
                                 milestoneColumns(milestone), restoreLinks));
}

} // namespace pressdesk
