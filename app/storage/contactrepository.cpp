#include "contactrepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

#include <QRegularExpression>

#include <algorithm>

namespace pressdesk {

namespace {
const QString selectColumns =
    QStringLiteral("SELECT id, honorific, given_name, family_name, role, organisation_id, press_topics, "
                   "available_for_press, "
                   "consent_at, consent_note, internal_note, created_at, updated_at, revision FROM contact");

Contact readContact(const QSqlQuery &query)
{
    Contact contact;
    contact.meta = RepositoryBase::readMeta(query, 0, 11);
    contact.honorific = query.value(1).toString();
    contact.givenName = query.value(2).toString();
    contact.familyName = query.value(3).toString();
    contact.role = query.value(4).toString();
    contact.organisationId = query.value(5).toLongLong();
    contact.pressTopics = query.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    contact.availableForPress = query.value(7).toBool();
    contact.consentOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    contact.consentNote = query.value(9).toString();
    contact.internalNote = query.value(10).toString();
    return contact;
}

QString joinTopics(const QStringList &topics)
{
    QStringList cleaned;
    for (const QString &topic : topics) {
        if (!topic.trimmed().isEmpty())
            cleaned.append(topic.trimmed());
    }
    return cleaned.join(QLatin1Char('\n'));
}
} // namespace

ContactRepository::ContactRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Contact, QStringLiteral("contact"))
{
}

Result<QList<ContactChannel>> ContactRepository::readChannels(RecordId contactId) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("SELECT id, kind, value, label, is_public FROM contact_channel "
                                     "WHERE contact_id = ? ORDER BY position, id"),
                      {contactId});
        !ran)
        return ran.error();
    QList<ContactChannel> channels;
    while (query.next()) {
        ContactChannel channel;
        channel.id = query.value(0).toLongLong();
        channel.kind = channelKindFromString(query.value(1).toString());
        channel.value = query.value(2).toString();
        channel.label = query.value(3).toString();
        channel.isPublic = query.value(4).toBool();
        channels.append(channel);
    }
    return channels;
}

Result<QList<Contact>> ContactRepository::all() const
{
    QList<Contact> contacts;
    {
        QSqlQuery query = newQuery();
        if (Result<void> ran = sql::exec(
                query, selectColumns +
                           QStringLiteral(" ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE"));
            !ran)
            return ran.error();
        while (query.next())
            contacts.append(readContact(query));
    }
    for (Contact &contact : contacts) {
        Result<QList<ContactChannel>> channels = readChannels(contact.meta.id);
        if (!channels)
            return channels.error();
        contact.channels = *channels;
    }
    return contacts;
}

Result<Contact> ContactRepository::find(RecordId id) const
{
    Contact contact;
    {
        QSqlQuery query = newQuery();
        if (Result<void> ran = sql::exec(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}); !ran)
            return ran.error();
        if (!query.next())
            return makeError(Error::Kind::NotFound, tr("The contact no longer exists."));
        contact = readContact(query);
    }
    Result<QList<ContactChannel>> channels = readChannels(id);
    if (!channels)
        return channels.error();
    contact.channels = *channels;
    return contact;
}

Result<void> ContactRepository::writeChannels(RecordId contactId, const QList<ContactChannel> &channels)
{
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("DELETE FROM contact_channel WHERE contact_id = ?"), {contactId});
        !ran)
        return ran;
    int position = 0;
    for (const ContactChannel &channel : channels) {
        if (Result<void> ran =
                sql::exec(query,
                          QStringLiteral("INSERT INTO contact_channel (contact_id, kind, value, label, "
                                         "is_public, position) VALUES (?, ?, ?, ?, ?, ?)"),
                          {contactId, toStorageString(channel.kind), channel.value.trimmed(), channel.label,
                           channel.isPublic ? 1 : 0, position++});
            !ran)
            return ran;
    }
    return {};
}

Result<Contact> ContactRepository::insert(const Contact &contact)
{
    if (const ValidationResult validation = contact.validate(); !validation.isValid())
        return invalid(validation);
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    const QString now = toUtcIsoString(currentUtc());
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral(
                "INSERT INTO contact (honorific, given_name, family_name, role, organisation_id, "
                "press_topics, available_for_press, consent_at, consent_note, internal_note, "
                "created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {contact.honorific.trimmed(), contact.givenName.trimmed(), contact.familyName.trimmed(),
             contact.role.trimmed(), idOrNull(contact.organisationId), joinTopics(contact.pressTopics),
             contact.availableForPress ? 1 : 0, sql::nullIfEmpty(contact.consentOn.toString(Qt::ISODate)),
             contact.consentNote, contact.internalNote, now, now});
        !ran)
        return ran.error();
    const RecordId id = query.lastInsertId().toLongLong();
    if (Result<void> written = writeChannels(id, contact.channels); !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notify(id);
    return find(id);
}

Result<Contact> ContactRepository::update(const Contact &contact)
{
    if (const ValidationResult validation = contact.validate(); !validation.isValid())
        return invalid(validation);
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral("UPDATE contact SET honorific = ?, given_name = ?, family_name = ?, role = ?, "
                           "organisation_id = ?, press_topics = ?, available_for_press = ?, consent_at = ?, "
                           "consent_note = ?, internal_note = ?, updated_at = ?, revision = revision + 1 "
                           "WHERE id = ? AND revision = ?"),
            {contact.honorific.trimmed(), contact.givenName.trimmed(), contact.familyName.trimmed(),
             contact.role.trimmed(), idOrNull(contact.organisationId), joinTopics(contact.pressTopics),
             contact.availableForPress ? 1 : 0, sql::nullIfEmpty(contact.consentOn.toString(Qt::ISODate)),
             contact.consentNote, contact.internalNote, toUtcIsoString(currentUtc()), contact.meta.id,
             contact.meta.revision});
        !ran)
        return ran.error();
    if (Result<void> checked = checkUpdated(query, contact.meta.id, contact.meta.revision); !checked)
        return checked.error();
    if (Result<void> written = writeChannels(contact.meta.id, contact.channels); !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notify(contact.meta.id);
    return find(contact.meta.id);
}

Result<void> ContactRepository::remove(RecordId id, int expectedRevision)
{
    return removeRow(id, expectedRevision);
}

QString ContactRepository::foldUmlauts(const QString &text)
{
    QString folded;
    folded.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00E4:
            folded += QLatin1String("ae");
            break;
        case 0x00F6:
            folded += QLatin1String("oe");
            break;
        case 0x00FC:
            folded += QLatin1String("ue");
            break;
        case 0x00C4:
            folded += QLatin1String("Ae");
            break;
        case 0x00D6:
            folded += QLatin1String("Oe");
            break;
        case 0x00DC:
            folded += QLatin1String("Ue");
            break;
        case 0x00DF:
            folded += QLatin1String("ss");
            break;
        case 0x1E9E:
            folded += QLatin1String("SS");
            break;
        default:
            folded += c;
            break;
        }
    }
    return folded;
}

QString ContactRepository::searchExpression(const QString &query)
{
    // Inside a double-quoted FTS5 string only '"' is special; it is dropped, so no typed text can become
    // an operator, a column filter or a syntax error. The tokenizer splits the rest ("krüger-h" becomes
    // the phrase "kruger h*", which finds "Krüger-Hoffmann").
    const auto quoted = [](const QString &word) -> QString {
        return QLatin1Char('"') + word + QStringLiteral("\"*");
    };
    QStringList terms;
    const QStringList words = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        const bool searchable =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        const QString folded = foldUmlauts(word);
        if (folded == word)
            terms.append(quoted(word));
        else
            terms.append(QLatin1Char('(') + quoted(word) + QStringLiteral(" OR ") + quoted(folded) +
                         QLatin1Char(')'));
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<QList<RecordId>> ContactRepository::searchIds(const QString &query, int limit) const
{
    const QString expression = searchExpression(query);
    if (expression.isEmpty())
        return QList<RecordId>();
    // Columns: name, details, name_folded, details_folded; a hit in a name counts more.
    return selectIds(QStringLiteral("SELECT rowid FROM contact_search WHERE contact_search "
                                    "MATCH ? ORDER BY bm25(contact_search, 10.0, 2.0, 10.0, "
                                    "2.0), rowid LIMIT ?"),
                     {expression, limit > 0 ? limit : -1});
}

Result<QList<Contact>> ContactRepository::search(const QString &query, int limit) const
{
    Result<QList<RecordId>> ids = searchIds(query, limit);
    if (!ids)
        return ids.error();
    QList<Contact> contacts;
    contacts.reserve(ids->size());
    for (const RecordId id : std::as_const(*ids)) {
        Result<Contact> contact = find(id);
        if (!contact)
            return contact.error();
        contacts.append(std::move(contact).value());
    }
    return contacts;
}

} // namespace pressdesk
