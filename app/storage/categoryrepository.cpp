#include "categoryrepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

namespace pressdesk {

namespace {
const QString selectColumns =
    QStringLiteral("SELECT id, name, colour, position, created_at, updated_at, revision FROM category");

Category readCategory(const QSqlQuery &query)
{
    Category category;
    category.meta = RepositoryBase::readMeta(query, 0, 4);
    category.name = query.value(1).toString();
    category.colour = query.value(2).toString();
    category.position = query.value(3).toInt();
    return category;
}

ColumnValues categoryColumns(const Category &category)
{
    ColumnValues columns;
    columns.add("name", category.name.trimmed())
        .add("colour", category.colour)
        .add("position", category.position);
    return columns;
}
} // namespace

CategoryRepository::CategoryRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Category, QStringLiteral("category"))
{
}

Result<QList<Category>> CategoryRepository::all() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" ORDER BY position, name")); !ran)
        return ran.error();
    QList<Category> categories;
    while (query.next())
        categories.append(readCategory(query));
    return categories;
}

Result<Category> CategoryRepository::find(RecordId id) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}); !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("The category no longer exists."));
    return readCategory(query);
}

Result<Category> CategoryRepository::findByName(const QString &name) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE name = ?"), {name}); !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("There is no category “%1”.").arg(name));
    return readCategory(query);
}

Result<Category> CategoryRepository::insert(const Category &category)
{
    return readBack(*this,
                    write(Write::Insert, category.meta, category.validate(), categoryColumns(category)));
}

Result<Category> CategoryRepository::update(const Category &category)
{
    return readBack(*this,
                    write(Write::Update, category.meta, category.validate(), categoryColumns(category)));
}

Result<void> CategoryRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

Result<Category> CategoryRepository::restore(const Category &category)
{
    return readBack(*this,
                    write(Write::Restore, category.meta, category.validate(), categoryColumns(category)));
}

Result<void> CategoryRepository::reorder(const QList<RecordId> &order)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query = newQuery();
    for (int position = 0; position < order.size(); ++position) {
        if (Result<void> ran = sql::exec(query,
                                         QStringLiteral("UPDATE category SET position = ?, updated_at = ?, "
                                                        "revision = revision + 1 WHERE id = ?"),
                                         {position, toUtcIsoString(currentUtc()), order.at(position)});
            !ran)
            return ran;
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed;
    for (RecordId id : order)
        notify(id);
    return {};
}

} // namespace pressdesk
