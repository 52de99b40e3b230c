#include "kitchecks.h"

#include "releasechecks.h"
#include "storage/store.h"

namespace pressdesk {

Result<QStringList> KitChecks::of(Store &store, const PressKit &kit, const QDateTime &nowUtc)
{
    QStringList problems;
    PressRelease release;
    if (kit.releaseId != 0) {
        Result<PressRelease> found = store.releases().find(kit.releaseId);
        if (!found)
            return found.error();
        release = *found;
        if (release.state == ReleaseState::Draft || release.state == ReleaseState::InReview)
            problems.append(tr("The press release “%1” is not approved yet.").arg(release.headline));
        Result<QList<ReleaseCheck>> checks = ReleaseChecks::of(store, release, nowUtc);
        if (!checks)
            return checks.error();
        for (const ReleaseCheck &check : std::as_const(*checks))
            problems.append(tr("Press release: %1").arg(check.message));
    }
    for (const KitPart &part : kit.parts) {
        switch (part.kind) {
        case KitPart::Kind::Statements:
            for (RecordId id : part.ids) {
                Result<Quote> quote = store.quotes().find(id);
                if (!quote)
                    problems.append(tr("A quote chosen for the statements was deleted since."));
                else if (quote->state != AuthorisationState::Authorised)
                    problems.append(
                        tr("“%1” is not authorised: it stays out of the kit.").arg(quote->shortText()));
            }
            break;
        case KitPart::Kind::Contacts: {
            const QList<RecordId> ids = part.ids.isEmpty() ? release.contactIds : part.ids;
            for (RecordId id : ids) {
                Result<Contact> contact = store.contacts().find(id);
                if (!contact)
                    continue;
                const bool reachable =
                    std::any_of(contact->channels.cbegin(), contact->channels.cend(),
                                [](const ContactChannel &channel) { return channel.isPublic; });
                if (!reachable)
                    problems.append(tr("%1 has no public channel: journalists cannot reach them.")
                                        .arg(contact->displayName()));
            }
            break;
        }
        case KitPart::Kind::Photos:
            if (part.ids.isEmpty())
                problems.append(tr("The photos part holds no photo yet."));
            for (RecordId id : part.ids) {
                Result<Asset> asset = store.assets().find(id);
                if (!asset)
                    problems.append(tr("A photo chosen for the kit was deleted since."));
                else if (asset->credit.trimmed().isEmpty())
                    problems.append(tr("“%1” has no credit: it stays out of the kit.").arg(asset->fileName));
            }
            break;
        default:
            break;
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace pressdesk
