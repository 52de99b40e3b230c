#include "organisationrepository.h"

#include "core/timestamps.h"
#include "postaladdressrows.h"
#include "sqlsupport.h"

#include <algorithm>

namespace pressdesk {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, name, kind, website, boilerplate, created_at, updated_at, revision FROM organisation");

Organisation readOrganisation(const QSqlQuery &query)
{
    Organisation organisation;
    organisation.meta = RepositoryBase::readMeta(query, 0, 5);
    organisation.name = query.value(1).toString();
    organisation.kind = query.value(2).toString();
    organisation.website = query.value(3).toString();
    organisation.boilerplate = query.value(4).toString();
    return organisation;
}

ColumnValues organisationColumns(const Organisation &organisation)
{
    ColumnValues columns;
    columns.add("name", organisation.name.trimmed())
        .add("kind", organisation.kind)
        .add("website", organisation.website.trimmed())
        .add("boilerplate", organisation.boilerplate);
    return columns;
}
} // namespace

RepositoryBase::WriteChildren OrganisationRepository::writeAddresses(const Organisation &organisation)
{
    return [this, &organisation](RecordId id) {
        QSqlQuery query = newQuery();
        return PostalAddressRows::write(query, PostalAddressRows::Owner::Organisation, id,
                                        organisation.addresses);
    };
}

OrganisationRepository::OrganisationRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Organisation, QStringLiteral("organisation"))
{
}

Result<QList<Organisation>> OrganisationRepository::all() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
        !ran)
        return ran.error();
    QList<Organisation> organisations;
    while (query.next())
        organisations.append(readOrganisation(query));
    Result<QHash<RecordId, QList<PostalAddress>>> addresses =
        PostalAddressRows::readAll(query, PostalAddressRows::Owner::Organisation);
    if (!addresses)
        return addresses.error();
    for (Organisation &organisation : organisations)
        organisation.addresses = addresses->value(organisation.meta.id);
    return organisations;
}

Result<QList<OrganisationChoice>> OrganisationRepository::choices() const
{
    QSqlQuery query = newQuery();
    query.setForwardOnly(true);
    if (Result<void> ran = sql::exec(
            query, QStringLiteral("SELECT id, name, kind FROM organisation ORDER BY name COLLATE NOCASE"));
        !ran)
        return ran.error();
    QList<OrganisationChoice> choices;
    while (query.next())
        choices.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return choices;
}

Result<QHash<RecordId, QString>> OrganisationRepository::names() const
{
    QSqlQuery query = newQuery();
    query.setForwardOnly(true);
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT id, name FROM organisation")); !ran)
        return ran.error();
    QHash<RecordId, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

Result<Organisation> OrganisationRepository::find(RecordId id) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}); !ran)
        return ran.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, tr("The organisation no longer exists."));
    Organisation organisation = readOrganisation(query);
    Result<QList<PostalAddress>> addresses =
        PostalAddressRows::read(query, PostalAddressRows::Owner::Organisation, id);
    if (!addresses)
        return addresses.error();
    organisation.addresses = *addresses;
    return organisation;
}

Result<Organisation> OrganisationRepository::insert(const Organisation &organisation)
{
    return readBack(*this, write(Write::Insert, organisation.meta, organisation.validate(),
                                 organisationColumns(organisation), writeAddresses(organisation)));
}

Result<Organisation> OrganisationRepository::update(const Organisation &organisation)
{
    return readBack(*this, write(Write::Update, organisation.meta, organisation.validate(),
                                 organisationColumns(organisation), writeAddresses(organisation)));
}

Result<void> OrganisationRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

Result<Organisation> OrganisationRepository::restore(const Organisation &organisation)
{
    return readBack(*this, write(Write::Restore, organisation.meta, organisation.validate(),
                                 organisationColumns(organisation), writeAddresses(organisation)));
}

Result<QHash<RecordId, int>> OrganisationRepository::contactCounts() const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT organisation_id, count(*) FROM contact "
                                                           "WHERE organisation_id IS NOT NULL "
                                                           "GROUP BY organisation_id"));
        !ran)
        return ran.error();
    QHash<RecordId, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Result<int> OrganisationRepository::contactCount(RecordId organisationId) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("SELECT count(*) FROM contact WHERE organisation_id = ?"),
                      {organisationId});
        !ran)
        return ran.error();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace pressdesk
