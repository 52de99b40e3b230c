#include "postaladdressrows.h"

#include "sqlsupport.h"

namespace pressdesk::PostalAddressRows {

namespace {

QString ownerColumn(Owner owner)
{
    return owner == Owner::Contact ? QStringLiteral("contact_id") : QStringLiteral("organisation_id");
}

const QString addressColumns = QStringLiteral(
    "id, kind, po_box, extended, street, postcode, city, region, country, label, preferred, is_public");

PostalAddress readAddress(const QSqlQuery &query, int first)
{
    PostalAddress address;
    address.id = query.value(first).toLongLong();
    address.kind = query.value(first + 1).toString();
    address.poBox = query.value(first + 2).toString();
    address.extended = query.value(first + 3).toString();
    address.street = query.value(first + 4).toString();
    address.postcode = query.value(first + 5).toString();
    address.city = query.value(first + 6).toString();
    address.region = query.value(first + 7).toString();
    address.country = query.value(first + 8).toString();
    address.label = query.value(first + 9).toString();
    address.preferred = query.value(first + 10).toBool();
    address.isPublic = query.value(first + 11).toBool();
    return address;
}

// What the schema accepts as a kind; anything else (a hand-edited file) is kept as no kind.
QString storedKind(const QString &kind)
{
    const QString lower = kind.trimmed().toLower();
    return lower == QLatin1String("work") || lower == QLatin1String("home") ? lower : QString();
}

} // namespace

Result<void> write(QSqlQuery &query, Owner owner, RecordId ownerId, const QList<PostalAddress> &addresses)
{
    const QString column = ownerColumn(owner);
    if (Result<void> ran = sql::exec(
            query, QStringLiteral("DELETE FROM postal_address WHERE %1 = ?").arg(column), {ownerId});
        !ran)
        return ran;
    int position = 0;
    const QString insert = insertStatement(owner);
    for (const PostalAddress &address : addresses) {
        if (address.isEmpty())
            continue;
        if (Result<void> ran = sql::exec(query, insert, insertValues(ownerId, address, position++)); !ran)
            return ran;
    }
    return {};
}

QString insertStatement(Owner owner)
{
    return QStringLiteral("INSERT INTO postal_address (%1, kind, po_box, extended, street, postcode, city, "
                          "region, country, label, preferred, is_public, position) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(ownerColumn(owner));
}

QVariantList insertValues(RecordId ownerId, const PostalAddress &address, int position)
{
    return {ownerId,
            storedKind(address.kind),
            address.poBox.trimmed(),
            address.extended.trimmed(),
            address.street.trimmed(),
            address.postcode.trimmed(),
            address.city.trimmed(),
            address.region.trimmed(),
            address.country.trimmed(),
            address.label.trimmed(),
            address.preferred ? 1 : 0,
            address.isPublic ? 1 : 0,
            position};
}

Result<QList<PostalAddress>> read(QSqlQuery &query, Owner owner, RecordId ownerId)
{
    if (Result<void> ran = sql::exec(query,
                                     QStringLiteral("SELECT %1 FROM postal_address WHERE %2 = ? "
                                                    "ORDER BY position, id")
                                         .arg(addressColumns, ownerColumn(owner)),
                                     {ownerId});
        !ran)
        return ran.error();
    QList<PostalAddress> addresses;
    while (query.next())
        addresses.append(readAddress(query, 0));
    return addresses;
}

Result<QHash<RecordId, QList<PostalAddress>>> readAll(QSqlQuery &query, Owner owner)
{
    const QString column = ownerColumn(owner);
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("SELECT %1, %2 FROM postal_address WHERE %1 IS NOT "
                                            "NULL ORDER BY %1, position, id")
                                 .arg(column, addressColumns));
        !ran)
        return ran.error();
    QHash<RecordId, QList<PostalAddress>> addresses;
    while (query.next())
        addresses[query.value(0).toLongLong()].append(readAddress(query, 1));
    return addresses;
}

} // namespace pressdesk::PostalAddressRows
