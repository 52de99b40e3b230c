#include "releasechecks.h"
#include "core/displaydates.h"

#include "storage/store.h"

#include <QLocale>

#include <algorithm>

namespace pressdesk {

namespace {

// The newest wording that replaces a quote: the end of its chain of revisions.
Result<RecordId> newestRevision(Store &store, RecordId quoteId)
{
    RecordId newest = 0;
    RecordId current = quoteId;
    for (int step = 0; step < 100; ++step) { // a chain is short; a loop in damaged data must not hang
        Result<QList<RecordId>> revisions = store.quotes().revisionsOf(current);
        if (!revisions)
            return revisions.error();
        if (revisions->isEmpty())
            break;
        current = revisions->last();
        newest = current;
    }
    return newest;
}

} // namespace

Result<QList<ReleaseCheck>> ReleaseChecks::of(Store &store, const PressRelease &release,
                                              const QDateTime &nowUtc)
{
    QList<ReleaseCheck> checks;
    const auto add = [&checks](ReleaseCheck::Kind kind, const QString &message, int block = -1,
                               RecordId id = 0, RecordId replacement = 0) {
        checks.append({kind, message, block, id, replacement});
    };
    if (release.headline.trimmed().isEmpty())
        add(ReleaseCheck::Kind::EmptyHeadline, tr("The release has no headline."));
    if (release.lead.trimmed().isEmpty())
        add(ReleaseCheck::Kind::EmptyLead,
            tr("The release has no lead: the first paragraph that says what happened."));
    if (release.embargoUntil.isValid() && release.embargoUntil <= nowUtc)
        add(ReleaseCheck::Kind::EmbargoPast,
            tr("The embargo (%1) has already passed; remove it or set a new one.")
                .arg(shortDateTime(release.embargoUntil.toLocalTime())));

    for (int index = 0; index < release.content.blocks.size(); ++index) {
        const ReleaseBlock &block = release.content.blocks.at(index);
        if (block.kind == ReleaseBlock::Kind::Quote) {
            Result<Quote> quote = store.quotes().find(block.quoteId);
            if (!quote) {
                if (quote.error().kind != Error::Kind::NotFound)
                    return quote.error();
                add(ReleaseCheck::Kind::QuoteMissing,
                    tr("Block %1: the quote is no longer in the register.").arg(index + 1), index,
                    block.quoteId);
                continue;
            }
            const QString start = quote->text.simplified().left(40);
            if (quote->state == AuthorisationState::Withdrawn)
                add(ReleaseCheck::Kind::QuoteWithdrawn,
                    tr("Block %1: the quote “%2…” was withdrawn and must not be used.")
                        .arg(index + 1)
                        .arg(start),
                    index, block.quoteId);
            else if (quote->state != AuthorisationState::Authorised)
                add(ReleaseCheck::Kind::QuoteNotAuthorised,
                    tr("Block %1: the quote “%2…” is not authorised yet.").arg(index + 1).arg(start), index,
                    block.quoteId);
            Result<RecordId> newest = newestRevision(store, block.quoteId);
            if (!newest)
                return newest.error();
            if (*newest != 0)
                add(ReleaseCheck::Kind::QuoteRevised,
                    tr("Block %1: the quote “%2…” has been revised in the register since; use the new "
                       "wording?")
                        .arg(index + 1)
                        .arg(start),
                    index, block.quoteId, *newest);
        } else if (block.kind == ReleaseBlock::Kind::Photo) {
            Result<Asset> asset = store.assets().find(block.assetId);
            if (asset && asset->credit.trimmed().isEmpty())
                add(ReleaseCheck::Kind::PhotoWithoutCredit,
                    tr("Block %1: the photo “%2” has no credit.").arg(index + 1).arg(asset->fileName), index,
                    block.assetId);
        } else if (block.kind == ReleaseBlock::Kind::Timeline && !block.timeline.isFilter()) {
            // A filter takes approved milestones only; chosen ones are shown whatever their status.
            for (RecordId id : block.timeline.milestoneIds) {
                Result<Milestone> milestone = store.milestones().find(id);
                if (!milestone && milestone.error().kind == Error::Kind::NotFound)
                    add(ReleaseCheck::Kind::MilestoneMissing,
                        tr("Block %1: a milestone of the timeline was deleted from the timeline since; the "
                           "release no longer shows it.")
                            .arg(index + 1),
                        index, id);
                else if (!milestone)
                    return milestone.error();
                else if (milestone->status != MilestoneStatus::Approved)
                    add(ReleaseCheck::Kind::DraftMilestone,
                        tr("Block %1: the milestone “%2” is still a draft.")
                            .arg(index + 1)
                            .arg(milestone->title),
                        index, id);
            }
        }
    }

    for (RecordId id : release.contactIds) {
        Result<Contact> contact = store.contacts().find(id);
        if (!contact)
            continue;
        const bool hasPublic = std::any_of(contact->channels.begin(), contact->channels.end(),
                                           [](const ContactChannel &channel) { return channel.isPublic; });
        if (!hasPublic)
            add(ReleaseCheck::Kind::ContactWithoutPublicChannel,
                tr("%1 is in the Pressekontakt but has no public phone number or e-mail address.")
                    .arg(contact->displayName()),
                -1, id);
    }
    return checks;
}

} // namespace pressdesk
