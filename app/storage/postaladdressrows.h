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
// The owner's addresses, in their order.
Result<QList<PostalAddress>> read(QSqlQuery &query, Owner owner, RecordId ownerId);
// Every owner's addresses in one read, by owner id.
Result<QHash<RecordId, QList<PostalAddress>>> readAll(QSqlQuery &query, Owner owner);

} // namespace pressdesk::PostalAddressRows
