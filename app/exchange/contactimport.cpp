#include "contactimport.h"

#include "storage/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pressdesk {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= 0x09 && c <= 0x0d); // what QChar::isSpace() says below 0x80
}

// Appends text.simplified().toCaseFolded(): for ASCII text (most names and addresses) in one pass
// without the two copies, otherwise through Qt.
void appendFolded(QString &out, const QString &text)
{
    if (!isAscii(text)) {
        out += text.simplified().toCaseFolded();
        return;
    }
    const qsizetype start = out.size();
    bool blank = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isAsciiSpace(u)) {
            blank = out.size() > start;
            continue;
        }
        if (blank)
            out += QLatin1Char(' ');
        blank = false;
        out += QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
}

QString folded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    appendFolded(out, text);
    return out;
}

QStringList emailKeys(const Contact &contact)
{
    QStringList keys;
    for (const ContactChannel &channel : contact.channels) {
        if (channel.kind != ChannelKind::Email)
            continue;
        const QStringView value = QStringView(channel.value).trimmed();
        if (value.isEmpty())
            continue;
        if (isAscii(value)) {
            QString key = value.toString();
            for (QChar &c : key) {
                if (c.unicode() >= u'A' && c.unicode() <= u'Z')
                    c = QChar(char16_t(c.unicode() + 32));
            }
            keys.append(key);
        } else {
            keys.append(value.toString().toCaseFolded());
        }
    }
    return keys;
}

// Same given and family name (case and spacing ignored) at the same organisation (none is one too).
QString nameKey(const Contact &contact, const QString &organisationName)
{
    if (QStringView(contact.givenName).trimmed().isEmpty() &&
        QStringView(contact.familyName).trimmed().isEmpty())
        return {};
    QString key;
    key.reserve(contact.givenName.size() + contact.familyName.size() + organisationName.size() + 2);
    appendFolded(key, contact.givenName);
    key += QChar(0x1f);
    appendFolded(key, contact.familyName);
    key += QChar(0x1f);
    appendFolded(key, organisationName);
    return key;
}

// Numbers compare by their digits ("0234 910-1001" is "0234/9101001"), addresses without case.
QString channelKey(const ContactChannel &channel)
{
    QString value = channel.value.trimmed();
    if (channel.kind == ChannelKind::Phone || channel.kind == ChannelKind::Mobile ||
        channel.kind == ChannelKind::Fax) {
        QString digits;
        for (const QChar c : value) {
            if (c.isDigit() || c == QLatin1Char('+'))
                digits.append(c);
        }
        value = digits;
    } else {
        value = value.toCaseFolded();
        if (channel.kind == ChannelKind::Web && value.endsWith(QLatin1Char('/')))
            value.chop(1);
    }
    return toStorageString(channel.kind) + QLatin1Char(':') + value;
}

void fill(QString &target, const QString &value)
{
    if (target.trimmed().isEmpty() && !value.trimmed().isEmpty())
        target = value.trimmed();
}

// Fills what existing leaves empty; never overwrites. Returns whether anything changed.
// Merges what the file says into a stored contact. By default only empty fields are filled; with
// `fromSameAddressBook` (the file's UID is the contact's) the file's values win, since the address book
// is where that contact is kept. Channels, addresses, topics and kept properties are added when new.
bool mergeInto(Contact &existing, const Contact &incoming, bool fromSameAddressBook)
{
    const Contact before = existing;
    const auto take = [fromSameAddressBook](QString &field, const QString &value) {
        if (fromSameAddressBook && !value.trimmed().isEmpty())
            field = value.trimmed();
        else
            fill(field, value);
    };
    take(existing.honorific, incoming.honorific);
    take(existing.givenName, incoming.givenName);
    take(existing.additionalNames, incoming.additionalNames);
    take(existing.familyName, incoming.familyName);
    take(existing.honorificSuffix, incoming.honorificSuffix);
    take(existing.nickname, incoming.nickname);
    take(existing.formattedName, incoming.formattedName);
    take(existing.role, incoming.role);
    take(existing.department, incoming.department);
    fill(existing.uid, incoming.uid);
    fill(existing.consentNote, incoming.consentNote);
    fill(existing.internalNote, incoming.internalNote);
    if (existing.organisationId == 0)
        existing.organisationId = incoming.organisationId;
    if (!existing.consentOn.isValid())
        existing.consentOn = incoming.consentOn;
    if (!incoming.photo.isEmpty() && (existing.photo.isEmpty() || fromSameAddressBook)) {
        existing.photo = incoming.photo;
        existing.photoType = incoming.photoType;
    }
    existing.availableForPress = existing.availableForPress || incoming.availableForPress;
    for (const QString &topic : incoming.pressTopics) {
        if (!topic.trimmed().isEmpty() &&
            !existing.pressTopics.contains(topic.trimmed(), Qt::CaseInsensitive))
            existing.pressTopics.append(topic.trimmed());
    }
    QSet<QString> present;
    for (const ContactChannel &channel : std::as_const(existing.channels))
        present.insert(channelKey(channel));
    for (const ContactChannel &channel : incoming.channels) {
        const QString key = channelKey(channel);
        if (present.contains(key))
            continue;
        ContactChannel added = channel;
        added.id = 0;
        existing.channels.append(added);
        present.insert(key);
    }
    for (const PostalAddress &address : incoming.addresses) {
        const bool known = std::any_of(
            existing.addresses.cbegin(), existing.addresses.cend(),
            [&address](const PostalAddress &stored) { return stored.lines() == address.lines(); });
        if (!known) {
            PostalAddress added = address;
            added.id = 0;
            existing.addresses.append(added);
        }
    }
    for (const QString &line : incoming.keptProperties) {
        if (!existing.keptProperties.contains(line))
            existing.keptProperties.append(line);
    }
    return !ContactImporter::changes(before, existing).isEmpty();
}

} // namespace

QStringList ContactImporter::changes(const Contact &before, const Contact &after)
{
    QStringList lines;
    const auto field = [&lines](const QString &name, const QString &was, const QString &now) {
        if (was.trimmed() == now.trimmed())
            return;
        if (was.trimmed().isEmpty())
            lines.append(tr("%1: “%2” (new)").arg(name, now.trimmed()));
        else
            lines.append(tr("%1: “%2” → “%3”").arg(name, was.trimmed(), now.trimmed()));
    };
    field(tr("Honorific"), before.honorific, after.honorific);
    field(tr("Given name"), before.givenName, after.givenName);
    field(tr("Additional names"), before.additionalNames, after.additionalNames);
    field(tr("Family name"), before.familyName, after.familyName);
    field(tr("Suffix"), before.honorificSuffix, after.honorificSuffix);
    field(tr("Nickname"), before.nickname, after.nickname);
    field(tr("Display name"), before.formattedName, after.formattedName);
    field(tr("Role"), before.role, after.role);
    field(tr("Department"), before.department, after.department);
    field(tr("Address-book id"), before.uid, after.uid);
    field(tr("Consent note"), before.consentNote, after.consentNote);
    field(tr("Internal note"), before.internalNote, after.internalNote);
    if (before.organisationId != after.organisationId)
        lines.append(tr("Organisation: set"));
    if (before.consentOn != after.consentOn)
        lines.append(tr("Consent date: %1").arg(after.consentOn.toString(Qt::ISODate)));
    if (before.availableForPress != after.availableForPress)
        lines.append(tr("Available for press: yes"));
    if (before.photo != after.photo)
        lines.append(before.photo.isEmpty() ? tr("Photo: added") : tr("Photo: replaced"));
    for (const QString &topic : after.pressTopics) {
        if (!before.pressTopics.contains(topic))
            lines.append(tr("Topic: “%1” (new)").arg(topic));
    }
    for (qsizetype i = before.channels.size(); i < after.channels.size(); ++i)
        lines.append(
            tr("%1: “%2” (new)").arg(displayName(after.channels.at(i).kind), after.channels.at(i).value));
    for (qsizetype i = before.addresses.size(); i < after.addresses.size(); ++i)
        lines.append(tr("Address: “%1” (new)").arg(after.addresses.at(i).lines().join(QStringLiteral(", "))));
    const qsizetype keptAdded = after.keptProperties.size() - before.keptProperties.size();
    if (keptAdded > 0)
        lines.append(tr("Other vCard properties kept: %1 (new)").arg(keptAdded));
    return lines;
}

namespace {
} // namespace

Result<ContactImportPlan> ContactImporter::plan(Store &store, QList<ParsedContact> parsed,
                                                QList<Problem> problems)
{
    // Organisations are few; contacts may be a million: those are looked up through indexes, one
    // e-mail address or name at a time, never all read.
    Result<QHash<RecordId, QString>> storedNames = store.organisations().names();
    if (!storedNames)
        return storedNames.error();
    const QHash<RecordId, QString> &organisationNames = *storedNames;

    // The duplicate keys of every record, computed once.
    QList<QStringList> emailsOf;
    QStringList nameOf;
    emailsOf.reserve(parsed.size());
    nameOf.reserve(parsed.size());
    for (const ParsedContact &candidate : parsed) {
        emailsOf.append(emailKeys(candidate.contact));
        nameOf.append(nameKey(candidate.contact, candidate.organisationName));
    }

    // Every address and name of the file looked up first, one index lookup each.
    struct StoredMatch
    {
        RecordId id = 0;
        QString displayName;
    };
    QHash<QString, StoredMatch> storedByEmail; // e-mail key → the stored contact with the lowest id
    QHash<QString, StoredMatch> storedByName;  // name key → the same
    QHash<QString, StoredMatch> storedByUid;   // vCard UID → the same
    ContactRepository::Batch lookup(store.contacts());
    Result<bool> storeHasContacts = lookup.hasContacts();
    if (!storeHasContacts)
        return storeHasContacts.error();
    if (*storeHasContacts) { // a file without contacts has nothing to find (the first big import)
        QSet<QString> emailSet;
        QSet<QString> nameSet;
        QStringList emails;
        QList<QPair<QString, QString>> names;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            for (const QString &email : emailsOf.at(i)) {
                if (!emailSet.contains(email)) {
                    emailSet.insert(email);
                    emails.append(email);
                }
            }
            const Contact &contact = parsed.at(i).contact;
            const QString given = contact.givenName.simplified();
            const QString family = contact.familyName.simplified();
            const QString pair = given + QChar(0x1f) + family;
            if ((!given.isEmpty() || !family.isEmpty()) && !nameSet.contains(pair)) {
                nameSet.insert(pair);
                names.append({given, family});
            }
        }
        const auto keep = [](QHash<QString, StoredMatch> &byKey, const QString &key,
                             const ContactRepository::Match &match) {
            auto found = byKey.find(key);
            if (found == byKey.end())
                byKey.insert(key, {match.id, match.displayName()});
            else if (match.id < found->id)
                *found = {match.id, match.displayName()};
        };
        Result<QList<ContactRepository::Match>> byEmail = lookup.withEmails(emails);
        if (!byEmail)
            return byEmail.error();
        for (const ContactRepository::Match &match : std::as_const(*byEmail)) {
            // The index ignores the case of ASCII letters only; the rule ignores all case.
            const QString key = match.email.trimmed().toCaseFolded();
            if (emailSet.contains(key))
                keep(storedByEmail, key, match);
        }
        QStringList uids;
        for (const ParsedContact &candidate : parsed) {
            if (!candidate.contact.uid.trimmed().isEmpty())
                uids.append(candidate.contact.uid.trimmed());
        }
        Result<QList<ContactRepository::Match>> byUid = lookup.withUids(uids);
        if (!byUid)
            return byUid.error();
        for (const ContactRepository::Match &match : std::as_const(*byUid))
            keep(storedByUid, match.email, match);
        Result<QList<ContactRepository::Match>> byName = lookup.withNames(names);
        if (!byName)
            return byName.error();
        for (const ContactRepository::Match &match : std::as_const(*byName)) {
            Contact stored;
            stored.givenName = match.givenName;
            stored.familyName = match.familyName;
            keep(storedByName, nameKey(stored, organisationNames.value(match.organisationId)), match);
        }
    }

    ContactImportPlan plan;
    plan.items.reserve(parsed.size());
    QHash<QString, qsizetype> listedByEmail; // index into plan.items
    QHash<QString, qsizetype> listedByName;
    listedByEmail.reserve(parsed.size());
    listedByName.reserve(parsed.size());
    for (qsizetype candidateIndex = 0; candidateIndex < parsed.size(); ++candidateIndex) {
        const ParsedContact &candidate = parsed.at(candidateIndex);
        // A record the store would refuse is a problem now, so that the good ones can still be imported.
        if (const ValidationResult validation = candidate.contact.validate(); !validation.isValid()) {
            problems.append(
                Problem{candidate.line, validation.summary().replace(QLatin1Char('\n'), QLatin1Char(' '))});
            continue;
        }
        ContactImportItem item;
        const QStringList &emails = emailsOf.at(candidateIndex);
        const QString &name = nameOf.at(candidateIndex);

        StoredMatch stored;
        if (const auto found = storedByUid.constFind(candidate.contact.uid.trimmed());
            !candidate.contact.uid.trimmed().isEmpty() && found != storedByUid.cend()) {
            stored = found.value();
            item.reason = tr("same address-book id as %1").arg(stored.displayName);
        }
        for (const QString &email : emails) {
            if (stored.id != 0)
                break;
            if (const auto found = storedByEmail.constFind(email); found != storedByEmail.cend()) {
                stored = found.value();
                item.reason = tr("same e-mail as %1").arg(stored.displayName);
                break;
            }
        }
        if (stored.id == 0 && !name.isEmpty()) {
            if (const auto found = storedByName.constFind(name); found != storedByName.cend()) {
                stored = found.value();
                item.reason = tr("same name and organisation as %1").arg(stored.displayName);
            }
        }
        qsizetype listedIndex = -1;
        if (stored.id == 0) {
            for (const QString &email : emails) {
                if (const auto listed = listedByEmail.constFind(email); listed != listedByEmail.cend()) {
                    listedIndex = listed.value();
                    item.reason = tr("same e-mail as %1 on line %2")
                                      .arg(plan.items.at(listedIndex).parsed.contact.displayName())
                                      .arg(plan.items.at(listedIndex).parsed.line);
                    break;
                }
            }
            if (listedIndex < 0 && !name.isEmpty()) {
                if (const auto listed = listedByName.constFind(name); listed != listedByName.cend()) {
                    listedIndex = listed.value();
                    item.reason = tr("same name and organisation as %1 on line %2")
                                      .arg(plan.items.at(listedIndex).parsed.contact.displayName())
                                      .arg(plan.items.at(listedIndex).parsed.line);
                }
            }
        }
        if (stored.id != 0) {
            item.action = ContactImportItem::Action::Merge;
            item.existingId = stored.id;
            // What the merge would do, field by field, for the preview.
            if (Result<Contact> existing = lookup.find(stored.id); existing) {
                Contact merged = *existing;
                mergeInto(merged, candidate.contact,
                          !merged.uid.isEmpty() && merged.uid == candidate.contact.uid.trimmed());
                item.changes = changes(*existing, merged);
            }
        } else if (listedIndex >= 0) {
            item.action = ContactImportItem::Action::Merge;
            item.existingId = plan.items.at(listedIndex).existingId; // 0: into the one added before
            item.earlierItem = int(listedIndex);
        }
        const qsizetype index = plan.items.size();
        for (const QString &email : emails)
            listedByEmail.insert(email, listedByEmail.value(email, index)); // the first one stays
        if (!name.isEmpty() && !listedByName.contains(name))
            listedByName.insert(name, index);
        // Moved, not copied (a hundred thousand contacts): `candidate` is not read after this.
        item.parsed = std::move(parsed[candidateIndex]);
        plan.items.append(std::move(item));
    }
    plan.problems = problems;
    return plan;
}

namespace {
// Tells the caller how far the import got, at most every ProgressInterval (and once at the start and the
// end), and carries its answer: false stops the import.
class ProgressReport
{
public:
    static constexpr qint64 ProgressIntervalMs = 50;

    ProgressReport(const ContactImporter::Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(std::max<qint64>(1, total))
    {
        m_clock.start();
    }

    bool operator()(qint64 done, bool always = false)
    {
        if (!m_progress)
            return true;
        if (!always && m_reported >= 0 && m_clock.elapsed() - m_reported < ProgressIntervalMs)
            return true;
        m_reported = m_clock.elapsed();
        return m_progress(std::min(done, m_total), m_total);
    }

private:
    const ContactImporter::Progress &m_progress;
    qint64 m_total;
    QElapsedTimer m_clock;
    qint64 m_reported = -1;
};
} // namespace

Result<ContactImportOutcome> ContactImporter::apply(Store &store, const ContactImportPlan &plan,
                                                    const Progress &progress)
{
    ContactImportOutcome outcome;
    ContactImportCounts &counts = outcome.counts;
    counts.errors = int(plan.problems.size());

    // Progress counts the records written, then the contacts indexed for the search (as many as are
    // added or merged).
    qint64 toIndex = 0;
    qint64 toAdd = 0;                 // at most: a merge into an earlier record that was skipped adds
    bool mergesWithinTheList = false; // a duplicate of an earlier record of the same file
    for (const ContactImportItem &item : plan.items) {
        toIndex += item.action == ContactImportItem::Action::Skip ? 0 : 1;
        toAdd += item.action == ContactImportItem::Action::Add ||
                         (item.action == ContactImportItem::Action::Merge && item.existingId == 0)
                     ? 1
                     : 0;
        mergesWithinTheList =
            mergesWithinTheList || (item.action == ContactImportItem::Action::Merge && item.existingId == 0);
    }
    const qint64 records = plan.items.size();
    ProgressReport report(progress, records + toIndex);
    const Error cancelled{Error::Kind::Cancelled, tr("The import was cancelled; nothing was imported.")};
    if (!report(0, true))
        return cancelled;

    // Everything the import writes, inside the transaction below.
    const auto write = [&](ContactRepository::Batch &batch) -> Result<void> {
        batch.expectAdditions(toAdd);
        Result<QHash<RecordId, QString>> storedNames = store.organisations().names();
        if (!storedNames)
            return storedNames.error();
        // Two organisations spelled alike ("Stadt Bochum", "stadt bochum"): the older one, every time.
        QHash<QString, RecordId> organisationIds;
        for (auto name = storedNames->cbegin(); name != storedNames->cend(); ++name) {
            RecordId &id = organisationIds[folded(name.value())];
            if (id == 0 || name.key() < id)
                id = name.key();
        }
        // The names as the file spells them: most records repeat a few thousand organisations.
        QHash<QString, RecordId> organisationsAsSpelled;
        // Finds the organisation by name, or creates it.
        const auto organisationFor = [&](const ParsedContact &parsed) -> Result<RecordId> {
            if (const auto known = organisationsAsSpelled.constFind(parsed.organisationName);
                known != organisationsAsSpelled.cend())
                return known.value();
            const QString name = parsed.organisationName.simplified();
            RecordId id = 0;
            if (name.isEmpty()) {
                id = 0;
            } else if (const auto found = organisationIds.constFind(folded(name));
                       found != organisationIds.cend()) {
                id = found.value();
            } else {
                Result<RecordId> created = batch.insertOrganisation(name);
                if (!created)
                    return created.error();
                id = *created;
                organisationIds.insert(folded(name), id);
                outcome.addedOrganisationIds.append(id);
            }
            organisationsAsSpelled.insert(parsed.organisationName, id);
            return id;
        };
        const auto failed = [](const ParsedContact &parsed, const Error &error) {
            return makeError(
                error.kind,
                tr("line %1 (%2): %3").arg(parsed.line).arg(parsed.contact.displayName(), error.message));
        };

        // The contacts this import wrote so far, by e-mail and by name (first one wins): a duplicate within
        // the list merges into the earliest record it repeats. Only needed when the plan has such merges.
        QHash<QString, QPair<qsizetype, RecordId>> writtenByEmail;
        QHash<QString, QPair<qsizetype, RecordId>> writtenByName;
        const auto remember = [&](qsizetype index, const ContactImportItem &item, RecordId id) {
            if (!mergesWithinTheList)
                return;
            for (const QString &email : emailKeys(item.parsed.contact)) {
                if (!writtenByEmail.contains(email))
                    writtenByEmail.insert(email, {index, id});
            }
            const QString name = nameKey(item.parsed.contact, item.parsed.organisationName);
            if (!name.isEmpty() && !writtenByName.contains(name))
                writtenByName.insert(name, {index, id});
        };
        QSet<RecordId> mergedStored; // stored contacts whose "before" is already kept
        RecordId firstAdded = 0;     // the contacts this import adds have this id and higher ones
        const auto addedHere = [&firstAdded](RecordId id) { return firstAdded != 0 && id >= firstAdded; };

        for (qsizetype i = 0; i < plan.items.size(); ++i) {
            if ((i & 63) == 0 && !report(i))
                return cancelled;
            const ContactImportItem &item = plan.items.at(i);
            if (item.action == ContactImportItem::Action::Skip) {
                ++counts.skipped;
                continue;
            }
            RecordId target = 0;
            if (item.action == ContactImportItem::Action::Merge) {
                target = item.existingId;
                if (target == 0) {
                    QPair<qsizetype, RecordId> earliest{i, 0};
                    for (const QString &email : emailKeys(item.parsed.contact)) {
                        const auto found = writtenByEmail.constFind(email);
                        if (found != writtenByEmail.cend() && found->first < earliest.first)
                            earliest = found.value();
                    }
                    const QString name = nameKey(item.parsed.contact, item.parsed.organisationName);
                    if (const auto found = writtenByName.constFind(name);
                        !name.isEmpty() && found != writtenByName.cend() && found->first < earliest.first)
                        earliest = found.value();
                    target = earliest.second;
                }
            }
            if (target == 0) {
                Result<RecordId> organisationId = organisationFor(item.parsed);
                if (!organisationId)
                    return failed(item.parsed, organisationId.error());
                // The batch reads neither the meta data nor the channel ids of what it adds.
                Contact contact = item.parsed.contact;
                contact.organisationId = *organisationId;
                Result<RecordId> inserted = batch.insert(contact);
                if (!inserted)
                    return failed(item.parsed, inserted.error());
                if (firstAdded == 0)
                    firstAdded = *inserted;
                remember(i, item, *inserted);
                outcome.addedContactIds.append(*inserted);
                ++counts.added;
                continue;
            }
            Result<Contact> existing = batch.find(target);
            if (!existing)
                return failed(item.parsed, existing.error());
            Contact merged = *existing;
            Contact withOrganisation = item.parsed.contact;
            if (merged.organisationId == 0) {
                Result<RecordId> organisationId = organisationFor(item.parsed);
                if (!organisationId)
                    return failed(item.parsed, organisationId.error());
                withOrganisation.organisationId = *organisationId;
            }
            const bool sameAddressBook =
                !merged.uid.isEmpty() && merged.uid == withOrganisation.uid.trimmed();
            if (mergeInto(merged, withOrganisation, sameAddressBook)) {
                // Only stored contacts have a "before"; one added by this import goes with its removal.
                if (!addedHere(target) && !mergedStored.contains(target)) {
                    outcome.mergedBefore.append(*existing);
                    mergedStored.insert(target);
                }
                Result<Contact> updated = batch.update(merged);
                if (!updated)
                    return failed(item.parsed, updated.error());
            }
            remember(i, item, target);
            ++counts.merged;
        }
        if (!report(records, true))
            return cancelled;
        // The search index for everything added and merged, in runs that report and may be stopped.
        Result<void> indexed = batch.finish([&](qint64 indexedSoFar, qint64 total) {
            return report(records + (total > 0 ? indexedSoFar * toIndex / total : toIndex));
        });
        if (!indexed)
            return indexed.error().kind == Error::Kind::Cancelled ? cancelled : indexed.error();
        return report(records + toIndex, true) ? Result<void>() : Result<void>(cancelled);
    };

    const Result<void> done = store.transaction([&]() -> Result<void> {
        ContactRepository::Batch batch(store.contacts());
        Result<void> written = write(batch);
        if (!written)
            batch.discard(); // the transaction rolls it all back: no search rows to write first
        return written;
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace pressdesk
