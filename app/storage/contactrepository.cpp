#include "contactrepository.h"

#include "core/timestamps.h"
#include "sqlsupport.h"

#include <QRegularExpression>
#include <QSqlError>

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
    // Quotes keep their speaker (ON DELETE RESTRICT); say so in words instead of SQLite's constraint text.
    QSqlQuery query = newQuery();
    if (Result<void> ran =
            sql::exec(query,
                      QStringLiteral("SELECT c.given_name, c.family_name, "
                                     "(SELECT count(*) FROM quote q WHERE q.speaker_id = c.id) "
                                     "FROM contact c WHERE c.id = ?"),
                      {id});
        !ran)
        return ran;
    if (query.next()) {
        const int quotes = query.value(2).toInt();
        if (quotes > 0) {
            const QString name =
                QString(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()).trimmed();
            return makeError(Error::Kind::InUse,
                             tr("%1 is the speaker of %n quote(s); delete those quotes or give them "
                                "another speaker first.",
                                nullptr, quotes)
                                 .arg(name));
        }
    }
    query.finish();
    return removeRow(id, expectedRevision);
}

Result<Contact> ContactRepository::restore(const Contact &contact, const QList<RecordId> &releaseIds)
{
    if (const ValidationResult validation = contact.validate(); !validation.isValid())
        return invalid(validation);
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    const QString now = toUtcIsoString(currentUtc());
    const QString created = contact.meta.createdAt.isValid() ? toUtcIsoString(contact.meta.createdAt) : now;
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(
            query,
            QStringLiteral(
                "INSERT INTO contact (id, honorific, given_name, family_name, role, organisation_id, "
                "press_topics, available_for_press, consent_at, consent_note, internal_note, "
                "created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {contact.meta.id, contact.honorific.trimmed(), contact.givenName.trimmed(),
             contact.familyName.trimmed(), contact.role.trimmed(), idOrNull(contact.organisationId),
             joinTopics(contact.pressTopics), contact.availableForPress ? 1 : 0,
             sql::nullIfEmpty(contact.consentOn.toString(Qt::ISODate)), contact.consentNote,
             contact.internalNote, created, now, std::max(1, contact.meta.revision + 1)});
        !ran)
        return ran.error();
    const RecordId id = contact.meta.id > 0 ? contact.meta.id : query.lastInsertId().toLongLong();
    if (Result<void> written = writeChannels(id, contact.channels); !written)
        return written.error();
    for (const RecordId releaseId : releaseIds) {
        // The old position is unknown here; the contact goes to the end of the release's list.
        if (Result<void> ran = sql::exec(
                query,
                QStringLiteral("INSERT OR IGNORE INTO release_contact (release_id, contact_id, position) "
                               "SELECT ?, ?, coalesce(max(position) + 1, 0) FROM release_contact "
                               "WHERE release_id = ?"),
                {releaseId, id, releaseId});
            !ran)
            return ran.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    notify(id);
    return find(id);
}

Result<QList<RecordId>> ContactRepository::releasesListing(RecordId contactId) const
{
    return selectIds(
        QStringLiteral("SELECT release_id FROM release_contact WHERE contact_id = ? ORDER BY release_id"),
        {contactId});
}

QString ContactRepository::Match::displayName() const
{
    QStringList parts;
    for (const QString &part : {honorific, givenName, familyName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

QString ContactRepository::sortKey(const QString &familyName, const QString &givenName)
{
    // Mirrors the generated column in resources/sql/003_contact_list.sql; tst_contactdirectory compares
    // both on tricky names.
    const auto fold = [](const QString &text) {
        QString folded = foldUmlauts(text);
        for (QChar &c : folded) {
            switch (c.unicode()) {
            case 0x00C9: // É
            case 0x00E9: // é
                c = QLatin1Char('e');
                break;
            case 0x015E: // Ş
            case 0x015F: // ş
                c = QLatin1Char('s');
                break;
            default:
                // SQLite's lower() changes ASCII letters only.
                if (c.unicode() >= 'A' && c.unicode() <= 'Z')
                    c = QChar(c.unicode() + 32);
            }
        }
        return folded;
    };
    const auto sqlTrim = [](const QString &text) {
        qsizetype first = 0;
        qsizetype last = text.size();
        while (first < last && text.at(first) == QLatin1Char(' '))
            ++first;
        while (last > first && text.at(last - 1) == QLatin1Char(' '))
            --last;
        return text.mid(first, last - first);
    };
    const QString family = sqlTrim(familyName);
    const QString given = sqlTrim(givenName);
    return fold(family.isEmpty() ? given : family) + QChar(0x1f) + fold(given);
}

struct ContactRepository::Batch::Statements
{
    explicit Statements(const QSqlDatabase &connection)
        : emailLookup(connection)
        , nameLookup(connection)
        , insertContact(connection)
        , insertChannel(connection)
        , insertOrganisation(connection)
    {
    }
    QSqlQuery emailLookup;
    QSqlQuery nameLookup;
    QSqlQuery insertContact;
    QSqlQuery insertChannel;
    QSqlQuery insertOrganisation;
    bool prepared = false;
};

ContactRepository::Batch::Batch(ContactRepository &repository)
    : m_repository(repository)
    , m_statements(std::make_unique<Statements>(repository.m_database.connection()))
{
}

ContactRepository::Batch::~Batch()
{
    // Never leave the search index paused, even when the caller forgot finish() (after an error the
    // transaction rolls all of it back anyway).
    if (m_searchPaused)
        (void)finish();
}

Result<void> ContactRepository::Batch::run(QSqlQuery &query, const QVariantList &values)
{
    if (!m_statements->prepared) {
        Statements &s = *m_statements;
        const bool ok =
            s.emailLookup.prepare(QStringLiteral(
                "SELECT c.id, c.honorific, c.given_name, c.family_name, c.organisation_id, ch.value "
                "FROM contact_channel ch JOIN contact c ON c.id = ch.contact_id "
                "WHERE ch.kind = 'email' AND lower(ch.value) = lower(?) ORDER BY c.id")) &&
            s.nameLookup.prepare(
                QStringLiteral("SELECT id, honorific, given_name, family_name, organisation_id FROM contact "
                               "WHERE sort_key = ? ORDER BY id")) &&
            s.insertContact.prepare(QStringLiteral(
                "INSERT INTO contact (honorific, given_name, family_name, role, organisation_id, "
                "press_topics, available_for_press, consent_at, consent_note, internal_note, "
                "created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) &&
            s.insertChannel.prepare(
                QStringLiteral("INSERT INTO contact_channel (contact_id, kind, value, label, is_public, "
                               "position) VALUES (?, ?, ?, ?, ?, ?)")) &&
            s.insertOrganisation.prepare(QStringLiteral(
                "INSERT INTO organisation (name, created_at, updated_at, revision) VALUES (?, ?, ?, 1)"));
        if (!ok) {
            for (const QSqlQuery *statement :
                 {&s.emailLookup, &s.nameLookup, &s.insertContact, &s.insertChannel, &s.insertOrganisation}) {
                if (statement->lastError().isValid())
                    return sql::toError(statement->lastError(), tr("prepare a database statement"));
            }
        }
        s.prepared = true;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // As in sql::exec: an empty text must stay '' and not become NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QString(QLatin1String("")));
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return sql::toError(query.lastError(), tr("save to the database"));
    return {};
}

Result<QList<ContactRepository::Match>> ContactRepository::Batch::withEmail(const QString &address)
{
    QSqlQuery &query = m_statements->emailLookup;
    if (Result<void> ran = run(query, {address.trimmed()}); !ran)
        return ran.error();
    QList<Match> matches;
    while (query.next()) {
        Match match;
        match.id = query.value(0).toLongLong();
        match.honorific = query.value(1).toString();
        match.givenName = query.value(2).toString();
        match.familyName = query.value(3).toString();
        match.organisationId = query.value(4).toLongLong();
        match.email = query.value(5).toString();
        matches.append(match);
    }
    query.finish();
    return matches;
}

Result<QList<ContactRepository::Match>> ContactRepository::Batch::withName(const QString &givenName,
                                                                           const QString &familyName)
{
    QSqlQuery &query = m_statements->nameLookup;
    if (Result<void> ran = run(query, {sortKey(familyName.trimmed(), givenName.trimmed())}); !ran)
        return ran.error();
    QList<Match> matches;
    while (query.next()) {
        Match match;
        match.id = query.value(0).toLongLong();
        match.honorific = query.value(1).toString();
        match.givenName = query.value(2).toString();
        match.familyName = query.value(3).toString();
        match.organisationId = query.value(4).toLongLong();
        matches.append(match);
    }
    query.finish();
    return matches;
}

namespace {
// Reads Match rows: id, honorific, given, family, organisation[, e-mail].
QList<ContactRepository::Match> readMatches(QSqlQuery &query, bool withEmail)
{
    QList<ContactRepository::Match> matches;
    while (query.next()) {
        ContactRepository::Match match;
        match.id = query.value(0).toLongLong();
        match.honorific = query.value(1).toString();
        match.givenName = query.value(2).toString();
        match.familyName = query.value(3).toString();
        match.organisationId = query.value(4).toLongLong();
        if (withEmail)
            match.email = query.value(5).toString();
        matches.append(match);
    }
    query.finish();
    return matches;
}

QString placeholders(qsizetype count, const QString &each)
{
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list.append(each);
    return list.join(QStringLiteral(", "));
}
} // namespace

Result<QList<ContactRepository::Match>> ContactRepository::Batch::withEmails(const QStringList &addresses)
{
    QList<Match> matches;
    QSqlQuery query = m_repository.newQuery();
    qsizetype preparedFor = 0;
    for (qsizetype start = 0; start < addresses.size(); start += LookupRun) {
        const qsizetype count = std::min<qsizetype>(LookupRun, addresses.size() - start);
        if (count != preparedFor) {
            // Built from our own text only: the addresses travel as bound values.
            if (!query.prepare(
                    QStringLiteral("SELECT c.id, c.honorific, c.given_name, c.family_name, "
                                   "c.organisation_id, ch.value FROM contact_channel ch "
                                   "JOIN contact c ON c.id = ch.contact_id WHERE ch.kind = 'email' "
                                   "AND lower(ch.value) IN (%1)")
                        .arg(placeholders(count, QStringLiteral("lower(?)")))))
                return sql::toError(query.lastError(), tr("prepare a database statement"));
            preparedFor = count;
        }
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(int(i), addresses.at(start + i).trimmed());
        if (!query.exec())
            return sql::toError(query.lastError(), tr("read the contacts"));
        matches += readMatches(query, true);
    }
    return matches;
}

Result<QList<ContactRepository::Match>>
ContactRepository::Batch::withNames(const QList<QPair<QString, QString>> &givenAndFamilyNames)
{
    QList<Match> matches;
    QSqlQuery query = m_repository.newQuery();
    qsizetype preparedFor = 0;
    for (qsizetype start = 0; start < givenAndFamilyNames.size(); start += LookupRun) {
        const qsizetype count = std::min<qsizetype>(LookupRun, givenAndFamilyNames.size() - start);
        if (count != preparedFor) {
            if (!query.prepare(
                    QStringLiteral("SELECT id, honorific, given_name, family_name, organisation_id "
                                   "FROM contact WHERE sort_key IN (%1)")
                        .arg(placeholders(count, QStringLiteral("?")))))
                return sql::toError(query.lastError(), tr("prepare a database statement"));
            preparedFor = count;
        }
        for (qsizetype i = 0; i < count; ++i) {
            const auto &[given, family] = givenAndFamilyNames.at(start + i);
            query.bindValue(int(i), sortKey(family.trimmed(), given.trimmed()));
        }
        if (!query.exec())
            return sql::toError(query.lastError(), tr("read the contacts"));
        matches += readMatches(query, false);
    }
    return matches;
}

Result<RecordId> ContactRepository::Batch::insert(const Contact &contact)
{
    if (const ValidationResult validation = contact.validate(); !validation.isValid())
        return invalid(validation);
    if (m_stamp.isEmpty())
        m_stamp = toUtcIsoString(currentUtc()); // one time stamp for the whole batch: it is one import
    if (Result<void> paused = pauseSearch(); !paused)
        return paused.error();
    QSqlQuery &query = m_statements->insertContact;
    if (Result<void> ran =
            run(query,
                {contact.honorific.trimmed(), contact.givenName.trimmed(), contact.familyName.trimmed(),
                 contact.role.trimmed(), idOrNull(contact.organisationId), joinTopics(contact.pressTopics),
                 contact.availableForPress ? 1 : 0, sql::nullIfEmpty(contact.consentOn.toString(Qt::ISODate)),
                 contact.consentNote, contact.internalNote, m_stamp, m_stamp});
        !ran)
        return ran.error();
    const RecordId id = query.lastInsertId().toLongLong();
    if (m_firstAdded == 0)
        m_firstAdded = id;
    m_lastAdded = id;
    QSqlQuery &channels = m_statements->insertChannel;
    int position = 0;
    for (const ContactChannel &channel : contact.channels) {
        if (Result<void> ran = run(channels, {id, toStorageString(channel.kind), channel.value.trimmed(),
                                              channel.label, channel.isPublic ? 1 : 0, position++});
            !ran)
            return ran.error();
    }
    m_repository.notify(id);
    return id;
}

Result<void> ContactRepository::Batch::finish()
{
    if (!m_searchPaused)
        return {};
    // The contacts added since the pause get their search rows in one statement, built by the same view
    // the triggers use.
    QSqlQuery query = m_repository.newQuery();
    if (Result<void> ran = sql::exec(query, QStringLiteral("DELETE FROM contact_search_pause")); !ran)
        return ran;
    if (m_firstAdded != 0) {
        if (Result<void> ran = sql::exec(
                query,
                QStringLiteral(
                    "INSERT INTO contact_search (rowid, name, details, name_folded, details_folded) "
                    "SELECT id, name, details, name_folded, details_folded FROM contact_search_source "
                    "WHERE id BETWEEN ? AND ?"),
                {m_firstAdded, m_lastAdded});
            !ran)
            return ran;
        if (Result<void> merged = mergeSearchIndexAfterBulkAdd(query); !merged)
            return merged;
    }
    QSqlQuery(m_repository.m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -2000"));
    m_searchPaused = false;
    m_firstAdded = 0;
    m_lastAdded = 0;
    return {};
}

Result<void> ContactRepository::Batch::mergeSearchIndexAfterBulkAdd(QSqlQuery &query)
{
    // A big import leaves the search index in many segments, and a search must look into each: a
    // short prefix probed per contact (ContactDirectory's name walk) costs several times more. When the
    // import is a large part of the file, merge the index into one segment (about 6 s for a million
    // contacts, within the import's transaction); smaller additions are left to FTS5's own merging.
    const qint64 added = m_lastAdded - m_firstAdded + 1;
    if (added < 10000)
        return {};
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT count(*) FROM contact")); !ran)
        return ran;
    const qint64 contacts = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (added * 4 < contacts)
        return {};
    return sql::exec(query,
                     QStringLiteral("INSERT INTO contact_search (contact_search) VALUES ('optimize')"));
}

Result<void> ContactRepository::Batch::pauseSearch()
{
    if (m_searchPaused)
        return {};
    // FTS5 writes its pending index to disk at the start of every statement in a transaction, so one
    // search-row rewrite per inserted row (the triggers) would cost one index segment per row. While
    // contact_search_pause has a row the triggers stand still (schema version 3); finish() catches up.
    // Inside the caller's transaction nobody else ever sees the pause.
    QSqlQuery query = m_repository.newQuery();
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("INSERT INTO contact_search_pause DEFAULT VALUES"));
        !ran)
        return ran;
    // Every added contact goes into five indexes at random places (name, topics, organisation, e-mail
    // …); with SQLite's default 2 MiB page cache their pages are evicted and read back again and again.
    // A bigger cache while the batch runs roughly halves an import of 100,000 contacts; finish() gives
    // the memory back.
    QSqlQuery(m_repository.m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    m_searchPaused = true;
    return {};
}

Result<RecordId> ContactRepository::Batch::insertOrganisation(const QString &name)
{
    Organisation organisation;
    organisation.name = name.simplified();
    if (const ValidationResult validation = organisation.validate(); !validation.isValid())
        return invalid(validation);
    if (m_stamp.isEmpty())
        m_stamp = toUtcIsoString(currentUtc());
    QSqlQuery &query = m_statements->insertOrganisation;
    if (Result<void> ran = run(query, {organisation.name, m_stamp, m_stamp}); !ran)
        return ran.error();
    const RecordId id = query.lastInsertId().toLongLong();
    if (m_repository.m_sink)
        m_repository.m_sink->recordChanged(EntityKind::Organisation, id);
    return id;
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
