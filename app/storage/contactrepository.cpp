#include "contactrepository.h"

#include "contactsearchrows.h"
#include "core/timestamps.h"
#include "core/umlauts.h"
#include "postaladdressrows.h"
#include "sqlsupport.h"

#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace pressdesk {

namespace {
const QString selectColumns =
    QStringLiteral("SELECT id, honorific, given_name, family_name, role, organisation_id, press_topics, "
                   "available_for_press, "
                   "consent_at, consent_note, internal_note, created_at, updated_at, revision, "
                   "additional_names, honorific_suffix, nickname, formatted_name, department, uid, "
                   "kept_properties, photo, photo_type FROM contact");

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
    contact.additionalNames = query.value(14).toString();
    contact.honorificSuffix = query.value(15).toString();
    contact.nickname = query.value(16).toString();
    contact.formattedName = query.value(17).toString();
    contact.department = query.value(18).toString();
    contact.uid = query.value(19).toString();
    contact.keptProperties = query.value(20).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    contact.photo = query.value(21).toByteArray();
    contact.photoType = query.value(22).toString();
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

// A channel row; channels have no bookkeeping columns of their own (the contact's revision covers them).
ColumnValues channelRow(RecordId contactId, const ContactChannel &channel, int position)
{
    ColumnValues columns;
    columns.add("contact_id", contactId)
        .add("kind", toStorageString(channel.kind))
        .add("value", channel.value.trimmed())
        .add("label", channel.label)
        .add("types", channel.types.join(QLatin1Char(',')))
        .add("preferred", channel.preferred ? 1 : 0)
        .add("is_public", channel.isPublic ? 1 : 0)
        .add("position", position);
    return columns;
}

const QString &insertChannelStatement()
{
    static const QString statement = [] {
        const QStringList columns = channelRow(0, {}, 0).columns();
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), columns.size());
        return QStringLiteral("INSERT INTO contact_channel (%1) VALUES (%2)")
            .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    }();
    return statement;
}

ColumnValues contactColumns(const Contact &contact)
{
    ColumnValues columns;
    columns.add("honorific", contact.honorific.trimmed())
        .add("given_name", contact.givenName.trimmed())
        .add("family_name", contact.familyName.trimmed())
        .add("role", contact.role.trimmed())
        .add("organisation_id", RepositoryBase::idOrNull(contact.organisationId))
        .add("press_topics", joinTopics(contact.pressTopics))
        .add("available_for_press", contact.availableForPress ? 1 : 0)
        .add("consent_at", sql::nullIfEmpty(contact.consentOn.toString(Qt::ISODate)))
        .add("consent_note", contact.consentNote)
        .add("internal_note", contact.internalNote)
        .add("additional_names", contact.additionalNames.trimmed())
        .add("honorific_suffix", contact.honorificSuffix.trimmed())
        .add("nickname", contact.nickname.trimmed())
        .add("formatted_name", contact.formattedName.trimmed())
        .add("department", contact.department.trimmed())
        .add("uid", contact.uid.trimmed())
        // Kept lines are unfolded and escaped: one per line, never a line break inside one.
        .add("kept_properties", contact.keptProperties.join(QLatin1Char('\n')))
        .add("photo",
             contact.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(contact.photo))
        .add("photo_type", contact.photo.isEmpty() ? QString() : contact.photoType);
    return columns;
}
} // namespace

ContactRepository::ContactRepository(Database &database, ChangeSink *sink)
    : RepositoryBase(database, sink, EntityKind::Contact, QStringLiteral("contact"))
{
}

namespace {
// The columns readChannel() reads, after any the query puts first.
const QString channelColumns = QStringLiteral("id, kind, value, label, is_public, types, preferred");

ContactChannel readChannel(const QSqlQuery &query, int first)
{
    ContactChannel channel;
    channel.id = query.value(first).toLongLong();
    channel.kind = channelKindFromString(query.value(first + 1).toString());
    channel.value = query.value(first + 2).toString();
    channel.label = query.value(first + 3).toString();
    channel.isPublic = query.value(first + 4).toBool();
    channel.types = query.value(first + 5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    channel.preferred = query.value(first + 6).toBool();
    return channel;
}
} // namespace

Result<QList<ContactChannel>> ContactRepository::readChannels(RecordId contactId) const
{
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query,
                                     QStringLiteral("SELECT ") + channelColumns +
                                         QStringLiteral(" FROM contact_channel WHERE contact_id = ? "
                                                        "ORDER BY position, id"),
                                     {contactId});
        !ran)
        return ran.error();
    QList<ContactChannel> channels;
    while (query.next())
        channels.append(readChannel(query, 0));
    return channels;
}

Result<QList<Contact>> ContactRepository::all() const
{
    ReadSnapshot snapshot(m_database);
    if (!snapshot.started())
        return snapshot.started().error();
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
    // Every channel in one read, in the contact index's order (no sort), handed to its contact: one
    // query per contact cost 100,000 statements for an export. Both reads see one state of the file
    // (the snapshot), also while another process writes.
    QHash<RecordId, qsizetype> indexOf;
    indexOf.reserve(contacts.size());
    for (qsizetype i = 0; i < contacts.size(); ++i)
        indexOf.insert(contacts.at(i).meta.id, i);
    QSqlQuery query = newQuery();
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT contact_id, ") + channelColumns +
                                                QStringLiteral(" FROM contact_channel INDEXED BY "
                                                               "contact_channel_contact ORDER BY contact_id, "
                                                               "position, id"));
        !ran)
        return ran.error();
    while (query.next()) {
        if (const auto found = indexOf.constFind(query.value(0).toLongLong()); found != indexOf.cend())
            contacts[found.value()].channels.append(readChannel(query, 1));
    }
    Result<QHash<RecordId, QList<PostalAddress>>> addresses =
        PostalAddressRows::readAll(query, PostalAddressRows::Owner::Contact);
    if (!addresses)
        return addresses.error();
    for (auto it = addresses->cbegin(); it != addresses->cend(); ++it) {
        if (const auto found = indexOf.constFind(it.key()); found != indexOf.cend())
            contacts[found.value()].addresses = it.value();
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
    QSqlQuery query = newQuery();
    Result<QList<PostalAddress>> addresses =
        PostalAddressRows::read(query, PostalAddressRows::Owner::Contact, id);
    if (!addresses)
        return addresses.error();
    contact.addresses = *addresses;
    return contact;
}

Result<void> ContactRepository::writeChildren(const Contact &contact, RecordId contactId)
{
    if (Result<void> written = writeChannels(contactId, contact.channels); !written)
        return written;
    QSqlQuery query = newQuery();
    return PostalAddressRows::write(query, PostalAddressRows::Owner::Contact, contactId, contact.addresses);
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
        if (Result<void> ran = sql::exec(query, insertChannelStatement(),
                                         channelRow(contactId, channel, position++).values());
            !ran)
            return ran;
    }
    return {};
}

Result<Contact> ContactRepository::insert(const Contact &contact)
{
    return readBack(*this, write(Write::Insert, contact.meta, contact.validate(), contactColumns(contact),
                                 [this, &contact](RecordId id) { return writeChildren(contact, id); }));
}

Result<Contact> ContactRepository::update(const Contact &contact)
{
    return readBack(*this, write(Write::Update, contact.meta, contact.validate(), contactColumns(contact),
                                 [this, &contact](RecordId id) { return writeChildren(contact, id); }));
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
    const auto restoreChildren = [this, &contact, &releaseIds](RecordId id) -> Result<void> {
        if (Result<void> written = writeChildren(contact, id); !written)
            return written;
        QSqlQuery query = newQuery();
        for (const RecordId releaseId : releaseIds) {
            // The old position is unknown here; the contact goes to the end of the release's list.
            if (Result<void> ran = sql::exec(
                    query,
                    QStringLiteral("INSERT OR IGNORE INTO release_contact (release_id, contact_id, position) "
                                   "SELECT ?, ?, coalesce(max(position) + 1, 0) FROM release_contact "
                                   "WHERE release_id = ?"),
                    {releaseId, id, releaseId});
                !ran)
                return ran;
        }
        return {};
    };
    return readBack(*this, write(Write::Restore, contact.meta, contact.validate(), contactColumns(contact),
                                 restoreChildren));
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

// The batch's statements run on SQLite directly (sql::Statement): through Qt Sql every bound value costs
// a formatted placeholder name and a hash insert, more than SQLite spends on writing the row.
struct ContactRepository::Batch::Statements
{
    sqlite3 *connection = nullptr;
    sql::Statement emailLookup;
    sql::Statement nameLookup;
    sql::Statement uidLookup;
    sql::Statement anyContact;
    sql::Statement insertContact;
    sql::Statement insertChannel;
    sql::Statement insertAddress;
    sql::Statement insertOrganisation;
    sql::Statement dropSearchRow;
    sql::Statement indexRange;
    sql::Statement indexOne;
};

qint64 ContactRepository::Batch::s_bulkAdd = ContactRepository::Batch::DefaultBulkAdd;

void ContactRepository::Batch::setBulkAdd(qint64 contacts)
{
    s_bulkAdd = contacts > 0 ? contacts : DefaultBulkAdd;
}

ContactRepository::Batch::Batch(ContactRepository &repository)
    : m_repository(repository)
    , m_statements(std::make_unique<Statements>())
{
}

ContactRepository::Batch::~Batch()
{
    // Never leave the search index paused, even when the caller forgot finish() (after an error the
    // transaction rolls all of it back anyway).
    if (m_searchPaused)
        (void)finish();
}

Result<sql::Statement *> ContactRepository::Batch::statement(sql::Statement Statements::*member,
                                                             const QString &text)
{
    Statements &s = *m_statements;
    if (!s.connection) {
        s.connection = sql::nativeHandle(m_repository.m_database.connection());
        if (!s.connection)
            return makeError(Error::Kind::Internal,
                             tr("This PressDesk was built with another SQLite library than its database "
                                "driver uses; it cannot import many contacts at once."));
    }
    sql::Statement &statement = s.*member;
    if (!statement.isPrepared()) {
        if (Result<void> prepared = statement.prepare(s.connection, text); !prepared)
            return prepared.error();
    }
    return &statement;
}

namespace {
// Reads Match rows: id, honorific, given, family, organisation[, e-mail or UID].
Result<void> readMatches(sql::Statement &statement, bool withEmail, QList<ContactRepository::Match> &matches)
{
    while (true) {
        Result<bool> row = statement.step(ContactRepository::tr("read the contacts"));
        if (!row)
            return row.error();
        if (!*row)
            return {};
        ContactRepository::Match match;
        match.id = statement.columnInt(0);
        match.honorific = statement.columnText(1);
        match.givenName = statement.columnText(2);
        match.familyName = statement.columnText(3);
        match.organisationId = statement.columnInt(4);
        if (withEmail)
            match.email = statement.columnText(5);
        matches.append(match);
    }
}
} // namespace

Result<bool> ContactRepository::Batch::storeHasContacts()
{
    Result<sql::Statement *> any =
        statement(&Statements::anyContact, "SELECT EXISTS (SELECT 1 FROM contact)");
    if (!any)
        return any.error();
    Result<bool> row = (*any)->step(tr("read the contacts"));
    if (!row)
        return row.error();
    const bool found = *row && (*any)->columnInt(0) != 0;
    (*any)->reset();
    return found;
}

Result<QList<ContactRepository::Match>> ContactRepository::Batch::withEmails(const QStringList &addresses)
{
    QList<Match> matches;
    // An empty file (the first big import) has nothing to find.
    if (Result<bool> any = addresses.isEmpty() ? Result<bool>(false) : storeHasContacts(); !any || !*any)
        return any ? matches : Result<QList<Match>>(any.error());
    Result<sql::Statement *> lookup =
        statement(&Statements::emailLookup,
                  "SELECT c.id, c.honorific, c.given_name, c.family_name, c.organisation_id, ch.value "
                  "FROM contact_channel ch JOIN contact c ON c.id = ch.contact_id "
                  "WHERE ch.kind = 'email' AND lower(ch.value) = lower(?1) ORDER BY c.id");
    if (!lookup)
        return lookup.error();
    for (const QString &address : addresses) {
        (*lookup)->bind(1, address.trimmed());
        if (Result<void> read = readMatches(**lookup, true, matches); !read)
            return read.error();
    }
    return matches;
}

Result<QList<ContactRepository::Match>> ContactRepository::Batch::withUids(const QStringList &uids)
{
    QList<Match> matches;
    if (Result<bool> any = uids.isEmpty() ? Result<bool>(false) : storeHasContacts(); !any || !*any)
        return any ? matches : Result<QList<Match>>(any.error());
    Result<sql::Statement *> lookup = statement(
        &Statements::uidLookup,
        "SELECT id, honorific, given_name, family_name, organisation_id, uid FROM contact WHERE uid = ?1 "
        "AND uid <> '' ORDER BY id");
    if (!lookup)
        return lookup.error();
    for (const QString &uid : uids) {
        (*lookup)->bind(1, uid.trimmed());
        if (Result<void> read = readMatches(**lookup, true, matches); !read)
            return read.error();
    }
    return matches;
}

Result<QList<ContactRepository::Match>>
ContactRepository::Batch::withNames(const QList<QPair<QString, QString>> &givenAndFamilyNames)
{
    QList<Match> matches;
    if (Result<bool> any = givenAndFamilyNames.isEmpty() ? Result<bool>(false) : storeHasContacts();
        !any || !*any)
        return any ? matches : Result<QList<Match>>(any.error());
    Result<sql::Statement *> lookup = statement(
        &Statements::nameLookup,
        "SELECT id, honorific, given_name, family_name, organisation_id FROM contact WHERE sort_key = ?1 "
        "ORDER BY id");
    if (!lookup)
        return lookup.error();
    for (const auto &[given, family] : givenAndFamilyNames) {
        (*lookup)->bind(1, sortKey(family.trimmed(), given.trimmed()));
        if (Result<void> read = readMatches(**lookup, false, matches); !read)
            return read.error();
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
    // The same columns as every other write, bound by the same function; the statement is prepared once.
    const ColumnValues columns = contactColumns(contact);
    // The statement's text only for preparing it: written out for every row it cost a tenth of the apply.
    Result<sql::Statement *> prepared = statement(
        &Statements::insertContact,
        m_statements->insertContact.isPrepared() ? QString() : m_repository.insertStatement(columns, false));
    if (!prepared)
        return prepared.error();
    sql::Statement &insertContact = **prepared;
    int position = 1;
    for (const QVariant &value : columns.values())
        insertContact.bind(position++, value);
    insertContact.bind(position++, m_stamp); // created_at
    insertContact.bind(position++, m_stamp); // updated_at
    insertContact.bind(position, qint64(1)); // revision
    if (Result<void> ran = insertContact.run(tr("save to the database")); !ran)
        return ran.error();
    const RecordId id = sqlite3_last_insert_rowid(m_statements->connection);
    if (m_firstAdded == 0)
        m_firstAdded = id;
    m_lastAdded = id;
    if (!contact.channels.isEmpty()) {
        Result<sql::Statement *> channels = statement(&Statements::insertChannel, insertChannelStatement());
        if (!channels)
            return channels.error();
        sql::Statement &insertChannel = **channels;
        int channelPosition = 0;
        for (const ContactChannel &channel : contact.channels) {
            int parameter = 1;
            const ColumnValues row = channelRow(id, channel, channelPosition++);
            for (const QVariant &value : row.values())
                insertChannel.bind(parameter++, value);
            if (Result<void> ran = insertChannel.run(tr("save to the database")); !ran)
                return ran.error();
        }
    }
    // A new contact has no addresses to replace: each is added with the statement prepared once.
    int addressPosition = 0;
    for (const PostalAddress &address : contact.addresses) {
        if (address.isEmpty())
            continue;
        Result<sql::Statement *> insertAddress =
            statement(&Statements::insertAddress,
                      m_statements->insertAddress.isPrepared()
                          ? QString()
                          : PostalAddressRows::insertStatement(PostalAddressRows::Owner::Contact));
        if (!insertAddress)
            return insertAddress.error();
        int parameter = 1;
        for (const QVariant &value : PostalAddressRows::insertValues(id, address, addressPosition++))
            (*insertAddress)->bind(parameter++, value);
        if (Result<void> ran = (*insertAddress)->run(tr("save to the database")); !ran)
            return ran.error();
    }
    m_repository.notify(id);
    return id;
}

Result<Contact> ContactRepository::Batch::find(RecordId id)
{
    // Merges are few beside the additions: the repository's own read (channels, addresses, photo).
    return m_repository.find(id);
}

Result<Contact> ContactRepository::Batch::update(const Contact &contact)
{
    // Through the repository (revision check, channels rewritten); the search row follows in finish().
    if (Result<void> paused = pauseSearch(); !paused)
        return paused.error();
    Result<Contact> updated = m_repository.update(contact);
    if (updated)
        m_reindex.insert(contact.meta.id);
    return updated;
}

Result<void> ContactRepository::Batch::finish(const Progress &progress)
{
    if (!m_searchPaused)
        return {};
    QList<RecordId> reindex(m_reindex.cbegin(), m_reindex.cend());
    std::sort(reindex.begin(), reindex.end());
    const bool added = m_firstAdded != 0;
    const qint64 toAdd = added ? m_lastAdded - m_firstAdded + 1 : 0;
    // Progress: the indexes left out (each worth its share of the added contacts), the contacts merged,
    // the contacts added.
    const qint64 indexes = m_droppedIndexes.size();
    const qint64 total = (indexes > 0 ? toAdd : 0) + reindex.size() + toAdd;
    qint64 done = 0;
    const Error cancelled{Error::Kind::Cancelled, tr("The import was cancelled.")};
    // The triggers work again from here on, and the indexes are back; what was written meanwhile is
    // indexed for the search below.
    qint64 indexesMade = 0;
    if (Result<void> resumed = resumeSearch([&]() {
            done = indexes > 0 ? toAdd * indexesMade++ / indexes : 0;
            return !progress || progress(done, total);
        });
        !resumed)
        return resumed;
    done = indexes > 0 ? toAdd : 0;
    QSqlQuery query = m_repository.newQuery();
    // Contacts changed while paused (merges) get their search rows again, from the view the triggers use;
    // a row the channel triggers wrote meanwhile goes first.
    if (!reindex.isEmpty()) {
        Result<sql::Statement *> drop =
            statement(&Statements::dropSearchRow, "DELETE FROM contact_search WHERE rowid = ?1");
        if (!drop)
            return drop.error();
        Result<sql::Statement *> one = statement(
            &Statements::indexOne,
            "INSERT INTO contact_search (rowid, name, details, name_folded, details_folded) "
            "SELECT id, name, details, name_folded, details_folded FROM contact_search_source WHERE id = ?1");
        if (!one)
            return one.error();
        for (const RecordId id : std::as_const(reindex)) {
            if ((done & 255) == 0 && progress && !progress(done, total))
                return cancelled;
            ++done;
            (*drop)->bind(1, qint64(id));
            if (Result<void> ran = (*drop)->run(tr("save to the database")); !ran)
                return ran;
            if (added && id >= m_firstAdded && id <= m_lastAdded)
                continue; // indexed with the added ones below
            (*one)->bind(1, qint64(id));
            if (Result<void> ran = (*one)->run(tr("save to the database")); !ran)
                return ran;
        }
    }
    if (added) {
        // The added contacts' rows come from ContactSearchRows (the view's texts, built in C++) in a few
        // long statements: FTS5 writes its pending index at the start of every statement and whenever it
        // outgrows its hash, so the hash is made big for them (a million contacts: a few segments to
        // merge rather than hundreds). Between statements the caller hears how far it got.
        if (Result<void> registered = ContactSearchRows::registerOn(m_statements->connection); !registered)
            return registered;
        Result<sql::Statement *> range =
            statement(&Statements::indexRange,
                      "INSERT INTO contact_search (rowid, name, details, name_folded, details_folded) "
                      "SELECT id, name, details, name_folded, details_folded "
                      "FROM pressdesk_contact_search_rows(?1, ?2)");
        if (!range)
            return range.error();
        QString hashSize;
        if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT v FROM contact_search_config "
                                                               "WHERE k = 'hashsize'"));
            !ran)
            return ran;
        hashSize = query.next() ? query.value(0).toString() : QString::number(DefaultSearchHashSize);
        query.finish();
        const auto setHashSize = [&query](const QVariant &size) {
            return sql::exec(query,
                             QStringLiteral("INSERT INTO contact_search (contact_search, rank) "
                                            "VALUES ('hashsize', ?)"),
                             {size});
        };
        if (Result<void> set = setHashSize(qint64(BulkSearchHashSize)); !set)
            return set;
        const qint64 run = std::max<qint64>(IndexRun, (toAdd + 15) / 16);
        for (qint64 first = m_firstAdded; first <= m_lastAdded; first += run) {
            if (progress && !progress(done + (first - m_firstAdded), total))
                return cancelled;
            (*range)->bind(1, first);
            (*range)->bind(2, std::min<qint64>(first + run - 1, m_lastAdded));
            if (Result<void> ran = (*range)->run(tr("save to the database")); !ran)
                return ran;
        }
        if (Result<void> set = setHashSize(hashSize); !set)
            return set;
        if (Result<void> merged = mergeSearchIndexAfterBulkAdd(query); !merged)
            return merged;
    }
    if (progress && !progress(total, total))
        return cancelled;
    m_firstAdded = 0;
    m_lastAdded = 0;
    m_reindex.clear();
    return {};
}

void ContactRepository::Batch::discard()
{
    if (!m_searchPaused)
        return;
    (void)resumeSearch({});
    m_firstAdded = 0;
    m_lastAdded = 0;
    m_reindex.clear();
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
    // A paused trigger still runs for every row: SQLite sets up its program (and the ephemeral table its
    // DELETE from the search index needs) before it looks at the WHEN clause, which cost more than the
    // insert itself. The two triggers that fire on the rows a batch adds are dropped for the batch and
    // created again, from their own SQL, by finish() or discard(): within the transaction, so that no
    // other connection ever sees them missing.
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                            "'trigger' AND name IN ('contact_search_after_insert', "
                                            "'contact_search_channel_insert', "
                                            "'contact_search_address_insert') ORDER BY name"));
        !ran)
        return ran;
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_droppedTriggers.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        // The names are our own constants, read back from the schema.
        if (Result<void> ran =
                sql::exec(query, QStringLiteral("DROP TRIGGER ") + sql::quotedIdentifier(name));
            !ran)
            return ran;
    }
    // A big batch into a smaller file leaves the secondary indexes out while it adds (expectAdditions());
    // contact_channel_contact stays: the added channels append to it in order, and merges and the
    // search rows read through it.
    if (m_expectedAdditions >= s_bulkAdd) {
        if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT count(*) FROM contact")); !ran)
            return ran;
        const qint64 stored = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (m_expectedAdditions > stored) {
            if (Result<void> ran = sql::exec(
                    query, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                          "name IN ('contact_organisation', 'contact_name', "
                                          "'contact_sort', 'contact_press_topics', "
                                          "'contact_channel_email') ORDER BY name"));
                !ran)
                return ran;
            QStringList indexes;
            while (query.next()) {
                indexes.append(query.value(0).toString());
                m_droppedIndexes.append(query.value(1).toString());
            }
            query.finish();
            for (const QString &name : std::as_const(indexes)) {
                if (Result<void> ran =
                        sql::exec(query, QStringLiteral("DROP INDEX ") + sql::quotedIdentifier(name));
                    !ran)
                    return ran;
            }
        }
    }
    // Every added contact otherwise goes into five indexes at random places (name, topics, organisation,
    // e-mail …); with SQLite's default 2 MiB page cache their pages are evicted and read back again and
    // again. A bigger cache while the batch runs roughly halves an import of 100,000 contacts;
    // resumeSearch() gives the memory back.
    QSqlQuery(m_repository.m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    m_searchPaused = true;
    return {};
}

Result<void> ContactRepository::Batch::resumeSearch(const std::function<bool()> &goOn)
{
    QSqlQuery query = m_repository.newQuery();
    Result<void> result;
    for (const QString &trigger : std::as_const(m_droppedTriggers)) {
        if (Result<void> ran = sql::exec(query, trigger); !ran && result)
            result = ran;
    }
    m_droppedTriggers.clear();
    // The indexes left out are sorted in one go each (a discarded batch rolls back: nothing to sort).
    for (const QString &index : std::as_const(m_droppedIndexes)) {
        if (!goOn || !result)
            break;
        if (!goOn())
            result = makeError(Error::Kind::Cancelled, tr("The import was cancelled."));
        else if (Result<void> ran = sql::exec(query, index); !ran)
            result = ran;
    }
    m_droppedIndexes.clear();
    if (Result<void> ran = sql::exec(query, QStringLiteral("DELETE FROM contact_search_pause"));
        !ran && result)
        result = ran;
    QSqlQuery(m_repository.m_database.connection()).exec(QStringLiteral("PRAGMA cache_size = -2000"));
    m_searchPaused = false;
    return result;
}

Result<RecordId> ContactRepository::Batch::insertOrganisation(const QString &name)
{
    Organisation organisation;
    organisation.name = name.simplified();
    if (const ValidationResult validation = organisation.validate(); !validation.isValid())
        return invalid(validation);
    if (m_stamp.isEmpty())
        m_stamp = toUtcIsoString(currentUtc());
    Result<sql::Statement *> prepared =
        statement(&Statements::insertOrganisation,
                  "INSERT INTO organisation (name, created_at, updated_at, revision) VALUES (?1, ?2, ?2, 1)");
    if (!prepared)
        return prepared.error();
    (*prepared)->bind(1, organisation.name);
    (*prepared)->bind(2, m_stamp);
    if (Result<void> ran = (*prepared)->run(tr("save to the database")); !ran)
        return ran.error();
    const RecordId id = sqlite3_last_insert_rowid(m_statements->connection);
    if (m_repository.m_sink)
        m_repository.m_sink->recordChanged(EntityKind::Organisation, id);
    return id;
}

namespace {
// True when `folded` (foldUmlauts(word)) finds nothing as a prefix that `word` does not: the word's only
// umlaut is its last letter, whose base letter the tokenizer keeps ("mü" → "mu"*, which covers "mue"*).
bool foldedIsCovered(const QString &word, const QString &folded)
{
    if (word.isEmpty())
        return false;
    const char16_t last = word.back().unicode();
    const bool umlaut = last == 0x00E4 || last == 0x00F6 || last == 0x00FC || last == 0x00C4 ||
                        last == 0x00D6 || last == 0x00DC;
    return umlaut && folded.size() == word.size() + 1 &&
           QStringView(folded).chopped(2) == QStringView(word).chopped(1);
}

QString expressionFor(const QString &query, bool omitCovered)
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
        if (folded == word || (omitCovered && foldedIsCovered(word, folded)))
            terms.append(quoted(word));
        else
            terms.append(QLatin1Char('(') + quoted(word) + QStringLiteral(" OR ") + quoted(folded) +
                         QLatin1Char(')'));
    }
    return terms.join(QStringLiteral(" AND "));
}
} // namespace

QString ContactRepository::searchExpression(const QString &query)
{
    return expressionFor(query, false);
}

QString ContactRepository::filterExpression(const QString &query)
{
    return expressionFor(query, true);
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
