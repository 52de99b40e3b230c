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
    if (const ValidationResult validation = category.validate(); !validation.isValid())
        return invalid(validation);
    const QString now = toUtcIsoString(currentUtc());
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("INSERT INTO category (name, colour, position, created_at, "
                                     "updated_at, revision) VALUES (?, ?, ?, ?, ?, 1)"),
                      {category.name.trimmed(), category.colour, category.position, now, now});
        !ran)
        return ran.error();
    const RecordId id = query.lastInsertId().toLongLong();
    notify(id);
    return find(id);
}

Result<Category> CategoryRepository::update(const Category &category)
{
    if (const ValidationResult validation = category.validate(); !validation.isValid())
        return invalid(validation);
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("UPDATE category SET name = ?, colour = ?, position = ?, "
                                     "updated_at = ?, revision = revision + 1 "
                                     "WHERE id = ? AND revision = ?"),
                      {category.name.trimmed(), category.colour, category.position,
                       toUtcIsoString(currentUtc()), category.meta.id, category.meta.revision});
        !ran)
        return ran.error();
    if (Result<void> checked = checkUpdated(query, category.meta.id, category.meta.revision); !checked)
        return checked.error();
    notify(category.meta.id);
    return find(category.meta.id);
}

Result<void> CategoryRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

Result<Category> CategoryRepository::restore(const Category &category)
{
    if (const ValidationResult validation = category.validate(); !validation.isValid())
        return invalid(validation);
    const QString now = toUtcIsoString(currentUtc());
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("INSERT INTO category (id, name, colour, position, created_at, "
                                     "updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {category.meta.id, category.name.trimmed(), category.colour, category.position,
                       category.meta.createdAt.isValid() ? toUtcIsoString(category.meta.createdAt) : now, now,
                       std::max(1, category.meta.revision + 1)});
        !ran)
        return ran.error();
    notify(category.meta.id);
    return find(category.meta.id);
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
