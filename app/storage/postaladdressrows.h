#pragma once

#include "core/contact.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

namespace pressdesk::PostalAddressRows {

// Whose addresses: the column of postal_address that names the owner.
enum class Owner
{
    Contact,
    Organisation
};

// Replaces the owner's addresses by `addresses`, in their order (schema version 11).
Result<void> write(QSqlQuery &query, Owner owner, RecordId ownerId, const QList<PostalAddress> &addresses);
// The statement write() adds one address with, and the values it binds (an address at `position` of its
// owner's list; empty addresses are not written): for a caller that prepares it once for many owners
// (ContactRepository::Batch).
QString insertStatement(Owner owner);
QVariantList insertValues(RecordId ownerId, const PostalAddress &address, int position);
// The owner's addresses, in their order.
Result<QList<PostalAddress>> read(QSqlQuery &query, Owner owner, RecordId ownerId);
// Every owner's addresses in one read, by owner id.
Result<QHash<RecordId, QList<PostalAddress>>> readAll(QSqlQuery &query, Owner owner);

} // namespace pressdesk::PostalAddressRows
