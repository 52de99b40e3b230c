#include "assetrepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

namespace pressdesk {

namespace {
Asset readAsset(const QSqlQuery &query, bool withData)
{
    Asset asset;
    asset.meta = RepositoryBase::readMeta(query, 0, 6);
    asset.fileName = query.value(1).toString();
    asset.mimeType = query.value(2).toString();
    asset.caption = query.value(3).toString();
    asset.credit = query.value(4).toString();
    asset.licence = query.value(5).toString();
    if (withData)
        asset.data = query.value(9).toByteArray();
    return asset;
}
const QString selectColumns =
    QStringLiteral("SELECT id, file_name, mime, caption, credit, licence, created_at, updated_at, revision");

ColumnValues assetColumns(const Asset &asset)
{
    ColumnValues columns;
    columns.add("file_name", asset.fileName)
        .add("mime", asset.mimeType)
        .add("data", asset.data)
        .add("caption", asset.caption)
        .add("credit", asset.credit)
        .add("licence", asset.licence);
    return columns;
}
} // namespace

AssetRepository::AssetRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Asset, QStringLiteral("asset"))
{
}

Result<QList<Asset>> AssetRepository::all() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" FROM asset ORDER BY file_name"));
        !ran)
        return ran.error();
    QList<Asset> assets;
    while (query.next())
        assets.append(readAsset(query, false));
    return assets;
}

Result<Asset> AssetRepository::find(RecordId id) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, selectColumns + QStringLiteral(", data FROM asset WHERE id = ?"), {id});
        !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("The file no longer exists."));
    return readAsset(query, true);
}

Result<Asset> AssetRepository::insert(const Asset &asset)
{
    return readBack(*this, write(Write::Insert, asset.meta, asset.validate(), assetColumns(asset)));
}

Result<Asset> AssetRepository::update(const Asset &asset)
{
    return readBack(*this, write(Write::Update, asset.meta, asset.validate(), assetColumns(asset)));
}

Result<void> AssetRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

} // namespace pressdesk
