#include "contactimport.h"

#include "storage/store.h"

#include <QHash>
#include <QSet>

namespace pressdesk {

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QStringList emailKeys(const Contact &contact)
{
    QStringList keys;
    for (const ContactChannel &channel : contact.channels) {
        if (channel.kind == ChannelKind::Email && !channel.value.trimmed().isEmpty())
            keys.append(channel.value.trimmed().toCaseFolded());
    }
    return keys;
}

// Same given and family name (case and spacing ignored) at the same organisation (none is one too).
QString nameKey(const Contact &contact, const QString &organisationName)
{
    if (contact.givenName.trimmed().isEmpty() && contact.familyName.trimmed().isEmpty())
        return {};
    return folded(contact.givenName) + QChar(0x1f) + folded(contact.familyName) + QChar(0x1f) +
           folded(organisationName);
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
bool mergeInto(Contact &existing, const Contact &incoming)
{
    const Contact before = existing;
    fill(existing.honorific, incoming.honorific);
    fill(existing.givenName, incoming.givenName);
    fill(existing.familyName, incoming.familyName);
    fill(existing.role, incoming.role);
    fill(existing.consentNote, incoming.consentNote);
    fill(existing.internalNote, incoming.internalNote);
    if (existing.organisationId == 0)
        existing.organisationId = incoming.organisationId;
    if (!existing.consentOn.isValid())
        existing.consentOn = incoming.consentOn;
    existing.availableForPress = existing.availableForPress || incoming.availableForPress;
    bool changed =
        existing.honorific != before.honorific || existing.givenName != before.givenName ||
        existing.familyName != before.familyName || existing.role != before.role ||
        existing.consentNote != before.consentNote || existing.internalNote != before.internalNote ||
        existing.organisationId != before.organisationId || existing.consentOn != before.consentOn ||
        existing.availableForPress != before.availableForPress;
    for (const QString &topic : incoming.pressTopics) {
        if (!topic.trimmed().isEmpty() &&
            !existing.pressTopics.contains(topic.trimmed(), Qt::CaseInsensitive)) {
            existing.pressTopics.append(topic.trimmed());
            changed = true;
        }
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
        changed = true;
    }
    return changed;
}

// The department has no field of its own: it goes with the role ("Pressesprecherin, Presseamt").
Contact withDepartment(Contact contact, const QString &department)
{
    const QString trimmed = department.trimmed();
    if (trimmed.isEmpty())
        return contact;
    if (contact.role.trimmed().isEmpty())
        contact.role = trimmed;
    else if (!contact.role.contains(trimmed, Qt::CaseInsensitive))
        contact.role = contact.role.trimmed() + QStringLiteral(", ") + trimmed;
    return contact;
}

} // namespace

Result<ContactImportPlan> ContactImporter::plan(Store &store, const QList<ParsedContact> &parsed,
                                                QList<ParseProblem> problems)
{
    Result<QList<Contact>> stored = store.contacts().all();
    if (!stored)
        return stored.error();
    Result<QList<Organisation>> organisations = store.organisations().all();
    if (!organisations)
        return organisations.error();
    QHash<RecordId, QString> organisationNames;
    for (const Organisation &organisation : std::as_const(*organisations))
        organisationNames.insert(organisation.meta.id, organisation.name);

    QHash<QString, qsizetype> storedByEmail;
    QHash<QString, qsizetype> storedByName;
    for (qsizetype i = 0; i < stored->size(); ++i) {
        const Contact &contact = stored->at(i);
        for (const QString &email : emailKeys(contact))
            storedByEmail.insert(email, i);
        if (const QString key = nameKey(contact, organisationNames.value(contact.organisationId));
            !key.isEmpty())
            storedByName.insert(key, i);
    }

    ContactImportPlan plan;
    QHash<QString, qsizetype> listedByEmail; // index into plan.items
    QHash<QString, qsizetype> listedByName;
    for (const ParsedContact &candidate : parsed) {
        // A record the store would refuse is a problem now, so that the good ones can still be imported.
        if (const ValidationResult validation = candidate.contact.validate(); !validation.isValid()) {
            problems.append(ParseProblem{candidate.line,
                                         validation.summary().replace(QLatin1Char('\n'), QLatin1Char(' '))});
            continue;
        }
        ContactImportItem item;
        item.parsed = candidate;
        const QStringList emails = emailKeys(candidate.contact);
        const QString name = nameKey(candidate.contact, candidate.organisationName);

        qsizetype storedIndex = -1;
        for (const QString &email : emails) {
            if (storedByEmail.contains(email)) {
                storedIndex = storedByEmail.value(email);
                item.reason = tr("same e-mail as %1").arg(stored->at(storedIndex).displayName());
                break;
            }
        }
        if (storedIndex < 0 && !name.isEmpty() && storedByName.contains(name)) {
            storedIndex = storedByName.value(name);
            item.reason = tr("same name and organisation as %1").arg(stored->at(storedIndex).displayName());
        }
        qsizetype listedIndex = -1;
        if (storedIndex < 0) {
            for (const QString &email : emails) {
                if (listedByEmail.contains(email)) {
                    listedIndex = listedByEmail.value(email);
                    item.reason = tr("same e-mail as %1 on line %2")
                                      .arg(plan.items.at(listedIndex).parsed.contact.displayName())
                                      .arg(plan.items.at(listedIndex).parsed.line);
                    break;
                }
            }
            if (listedIndex < 0 && !name.isEmpty() && listedByName.contains(name)) {
                listedIndex = listedByName.value(name);
                item.reason = tr("same name and organisation as %1 on line %2")
                                  .arg(plan.items.at(listedIndex).parsed.contact.displayName())
                                  .arg(plan.items.at(listedIndex).parsed.line);
            }
        }
        if (storedIndex >= 0) {
            item.action = ContactImportItem::Action::Merge;
            item.existingId = stored->at(storedIndex).meta.id;
        } else if (listedIndex >= 0) {
            item.action = ContactImportItem::Action::Merge;
            item.existingId = plan.items.at(listedIndex).existingId; // 0: into the one added before
        }
        const qsizetype index = plan.items.size();
        for (const QString &email : emails) {
            if (!listedByEmail.contains(email))
                listedByEmail.insert(email, index);
        }
        if (!name.isEmpty() && !listedByName.contains(name))
            listedByName.insert(name, index);
        plan.items.append(item);
    }
    plan.problems = problems;
    return plan;
}

Result<ContactImportCounts> ContactImporter::apply(Store &store, const ContactImportPlan &plan)
{
    ContactImportCounts counts;
    counts.errors = int(plan.problems.size());
    QList<RecordId> resultIds(plan.items.size(), 0);

    const Result<void> done = store.transaction([&]() -> Result<void> {
        Result<QList<Organisation>> organisations = store.organisations().all();
        if (!organisations)
            return organisations.error();
        QHash<QString, RecordId> organisationIds;
        for (const Organisation &organisation : std::as_const(*organisations))
            organisationIds.insert(folded(organisation.name), organisation.meta.id);
        // Finds the organisation by name, or creates it.
        const auto organisationFor = [&](const ParsedContact &parsed) -> Result<RecordId> {
            const QString name = parsed.organisationName.simplified();
            if (name.isEmpty())
                return RecordId(0);
            if (const auto found = organisationIds.constFind(folded(name)); found != organisationIds.cend())
                return found.value();
            Organisation organisation;
            organisation.name = name;
            Result<Organisation> created = store.organisations().insert(organisation);
            if (!created)
                return created.error();
            organisationIds.insert(folded(name), created->meta.id);
            return created->meta.id;
        };
        const auto failed = [](const ParsedContact &parsed, const Error &error) {
            return makeError(
                error.kind,
                tr("line %1 (%2): %3").arg(parsed.line).arg(parsed.contact.displayName(), error.message));
        };

        for (qsizetype i = 0; i < plan.items.size(); ++i) {
            const ContactImportItem &item = plan.items.at(i);
            if (item.action == ContactImportItem::Action::Skip) {
                ++counts.skipped;
                continue;
            }
            RecordId target = 0;
            if (item.action == ContactImportItem::Action::Merge) {
                target = item.existingId;
                if (target == 0) {
                    // A duplicate within the list: merge into the earlier record it repeats.
                    const QStringList emails = emailKeys(item.parsed.contact);
                    const QString name = nameKey(item.parsed.contact, item.parsed.organisationName);
                    for (qsizetype j = 0; j < i && target == 0; ++j) {
                        const ContactImportItem &earlier = plan.items.at(j);
                        if (resultIds.at(j) == 0)
                            continue;
                        const QStringList earlierEmails = emailKeys(earlier.parsed.contact);
                        const bool sameEmail =
                            std::any_of(emails.cbegin(), emails.cend(),
                                        [&](const QString &e) { return earlierEmails.contains(e); });
                        if (sameEmail ||
                            (!name.isEmpty() &&
                             name == nameKey(earlier.parsed.contact, earlier.parsed.organisationName)))
                            target = resultIds.at(j);
                    }
                }
            }
            const Contact incoming = withDepartment(item.parsed.contact, item.parsed.organisationDepartment);
            if (target == 0) {
                Result<RecordId> organisationId = organisationFor(item.parsed);
                if (!organisationId)
                    return failed(item.parsed, organisationId.error());
                Contact contact = incoming;
                contact.meta = RecordMeta{};
                contact.organisationId = *organisationId;
                for (ContactChannel &channel : contact.channels)
                    channel.id = 0;
                Result<Contact> inserted = store.contacts().insert(contact);
                if (!inserted)
                    return failed(item.parsed, inserted.error());
                resultIds[i] = inserted->meta.id;
                ++counts.added;
                continue;
            }
            Result<Contact> existing = store.contacts().find(target);
            if (!existing)
                return failed(item.parsed, existing.error());
            Contact merged = *existing;
            Contact withOrganisation = incoming;
            if (merged.organisationId == 0) {
                Result<RecordId> organisationId = organisationFor(item.parsed);
                if (!organisationId)
                    return failed(item.parsed, organisationId.error());
                withOrganisation.organisationId = *organisationId;
            }
            if (mergeInto(merged, withOrganisation)) {
                Result<Contact> updated = store.contacts().update(merged);
                if (!updated)
                    return failed(item.parsed, updated.error());
            }
            resultIds[i] = target;
            ++counts.merged;
        }
        return {};
    });
    if (!done)
        return done.error();
    return counts;
}

} // namespace pressdesk
