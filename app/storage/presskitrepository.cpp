#include "presskitrepository.h"

#include "sqlsupport.h"

namespace pressdesk {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, title, kit_date, release_id, cover_asset_id, content, created_at, updated_at, revision "
    "FROM press_kit");

// The row with its parts read: damaged parts are an error that names the kit.
Result<PressKit> readKit(const QSqlQuery &query)
{
    PressKit kit;
    kit.meta = RepositoryBase::readMeta(query, 0, 6);
    kit.title = query.value(1).toString();
    kit.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    kit.releaseId = query.value(3).toLongLong();
    kit.coverAssetId = query.value(4).toLongLong();
    Result<QList<KitPart>> parts = PressKit::partsFromJson(query.value(5).toString().toUtf8());
    if (!parts)
        return makeError(parts.error().kind,
                         PressKitRepository::tr("Press kit “%1”: %2").arg(kit.title, parts.errorMessage()));
    kit.parts = *parts;
    return kit;
}

ColumnValues kitColumns(const PressKit &kit)
{
    ColumnValues columns;
    columns.add("title", kit.title.trimmed())
        .add("kit_date", sql::nullIfEmpty(kit.date.toString(Qt::ISODate)))
        .add("release_id", RepositoryBase::idOrNull(kit.releaseId))
        .add("cover_asset_id", RepositoryBase::idOrNull(kit.coverAssetId))
        .add("content", QString::fromUtf8(kit.partsJson()));
    return columns;
}
} // namespace

PressKitRepository::PressKitRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::PressKit, QStringLiteral("press_kit"))
{
}

Result<QList<PressKit>> PressKitRepository::all() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, selectColumns + QStringLiteral(" ORDER BY kit_date DESC, id DESC"));
        !ran)
        return ran.error();
    QList<PressKit> kits;
    while (query.next()) {
        Result<PressKit> kit = readKit(query);
        if (!kit)
            return kit.error();
        kits.append(*kit);
    }
    return kits;
}

Result<PressKit> PressKitRepository::find(RecordId id) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}); !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("The press kit no longer exists."));
    return readKit(query);
}

Result<PressKit> PressKitRepository::insert(const PressKit &kit)
{
    return readBack(*this, write(Write::Insert, kit.meta, kit.validate(), kitColumns(kit)));
}

Result<PressKit> PressKitRepository::update(const PressKit &kit)
{
    return readBack(*this, write(Write::Update, kit.meta, kit.validate(), kitColumns(kit)));
}

Result<PressKit> PressKitRepository::restore(const PressKit &kit)
{
    return readBack(*this, write(Write::Restore, kit.meta, kit.validate(), kitColumns(kit)));
}

Result<void> PressKitRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

} // namespace pressdesk
