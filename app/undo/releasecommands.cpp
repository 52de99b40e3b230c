#include "releasecommands.h"

#include "storage/store.h"

#include <algorithm>
#include <cstdlib>

namespace pressdesk {

namespace {
// The current release with the wording of another state of it.
PressRelease withWordingOf(PressRelease release, const PressRelease &wording)
{
    release.headline = wording.headline;
    release.subheadline = wording.subheadline;
    release.place = wording.place;
    release.releaseDate = wording.releaseDate;
    release.embargoUntil = wording.embargoUntil;
    release.lead = wording.lead;
    release.content = wording.content;
    release.boilerplateOrganisationId = wording.boilerplateOrganisationId;
    release.contactIds = wording.contactIds;
    return release;
}
} // namespace

RestoreReleaseVersionCommand::RestoreReleaseVersionCommand(Store &store, RecordId releaseId,
                                                           int versionNumber, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_releaseId(releaseId)
    , m_versionNumber(versionNumber)
{
    setText(tr("Restore version %1").arg(versionNumber));
}

Result<void> RestoreReleaseVersionCommand::firstRedo()
{
    Result<PressRelease> current = m_store.releases().find(m_releaseId);
    if (!current)
        return current.error();
    Result<QList<ReleaseVersion>> versions = m_store.releases().versions(m_releaseId);
    if (!versions)
        return versions.error();
    const auto version = std::find_if(versions->cbegin(), versions->cend(), [this](const ReleaseVersion &v) {
        return v.number == m_versionNumber;
    });
    if (version == versions->cend())
        return makeError(
            Error::Kind::NotFound,
            tr("Version %1 of “%2” does not exist.").arg(m_versionNumber).arg(current->headline));
    Result<PressRelease> wording = PressRelease::fromSnapshot(version->snapshot.toUtf8());
    if (!wording)
        return wording.error();
    m_before = *current;
    m_restored = withWordingOf(*current, *wording);
    setText(tr("Restore version %1 of “%2”").arg(m_versionNumber).arg(wording->headline));
    return applyRedo();
}

Result<void> RestoreReleaseVersionCommand::applyWording(const PressRelease &wording)
{
    Result<PressRelease> current = m_store.releases().find(m_releaseId);
    if (!current)
        return current.error();
    // Against the revision just read, with the state the release has now.
    Result<PressRelease> updated = m_store.releases().update(withWordingOf(*current, wording));
    if (!updated)
        return updated.error();
    return {};
}

ChangeReleaseCommand::ChangeReleaseCommand(Store &store, const PressRelease &before,
                                           const PressRelease &after, const QString &text,
                                           QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

namespace {

// The index of the block in `blocks` equal to `block` nearest to `near`; -1 when there is none.
int nearestEqual(const QList<ReleaseBlock> &blocks, const ReleaseBlock &block, int near)
{
    int found = -1;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i) == block && (found < 0 || std::abs(i - near) < std::abs(found - near)))
            found = i;
    }
    return found;
}

// Where a block that followed `previous` (index `index` in the list it came from) goes in `blocks`.
int placeAfter(const QList<ReleaseBlock> &blocks, const QList<ReleaseBlock> &from, int index)
{
    if (index == 0)
        return 0;
    const int previous = nearestEqual(blocks, from.at(index - 1), index - 1);
    return previous >= 0 ? previous + 1 : std::min(index, int(blocks.size()));
}

QList<ReleaseBlock> without(QList<ReleaseBlock> blocks, int index)
{
    blocks.removeAt(index);
    return blocks;
}

// The change from → to (one block inserted, removed, replaced or moved) made to `current`, which may
// hold typing saved since: undo and redo move a block, not the text around it.
QList<ReleaseBlock> replayed(const QList<ReleaseBlock> &from, const QList<ReleaseBlock> &to,
                             QList<ReleaseBlock> current)
{
    if (from == to)
        return current;
    if (current == from)
        return to;
    if (to.size() == from.size() + 1) {
        for (int k = 0; k < to.size(); ++k) {
            if (without(to, k) == from) {
                current.insert(placeAfter(current, to, k), to.at(k));
                return current;
            }
        }
    } else if (to.size() + 1 == from.size()) {
        for (int k = 0; k < from.size(); ++k) {
            if (without(from, k) == to) {
                if (const int at = nearestEqual(current, from.at(k), k); at >= 0)
                    current.removeAt(at);
                return current;
            }
        }
    } else if (to.size() == from.size()) {
        QList<int> differing;
        for (int i = 0; i < from.size(); ++i) {
            if (from.at(i) != to.at(i))
                differing.append(i);
        }
        if (differing.size() == 1) { // one block replaced (a quote by its new wording)
            const int k = differing.first();
            if (const int at = nearestEqual(current, from.at(k), k); at >= 0)
                current[at] = to.at(k);
            return current;
        }
        for (int i = 0; i < from.size(); ++i) { // one block moved
            for (int j = 0; j < to.size(); ++j) {
                if (i == j || from.at(i) != to.at(j) || without(from, i) != without(to, j))
                    continue;
                const int at = nearestEqual(current, from.at(i), i);
                if (at < 0)
                    return current;
                const ReleaseBlock moved = current.takeAt(at);
                current.insert(placeAfter(current, to, j), moved);
                return current;
            }
        }
    }
    return current; // not a change of one block: the typing is kept as it is
}

} // namespace

PressRelease ChangeReleaseCommand::replay(const PressRelease &from, const PressRelease &to,
                                          const PressRelease &current)
{
    PressRelease result = current;
    const auto take = [&](auto member) {
        if (from.*member != to.*member)
            result.*member = to.*member;
    };
    take(&PressRelease::headline);
    take(&PressRelease::subheadline);
    take(&PressRelease::place);
    take(&PressRelease::releaseDate);
    take(&PressRelease::embargoUntil);
    take(&PressRelease::lead);
    take(&PressRelease::boilerplateOrganisationId);
    take(&PressRelease::contactIds);
    take(&PressRelease::state);
    take(&PressRelease::approvedBy);
    take(&PressRelease::approvedAt);
    take(&PressRelease::approvalNote);
    result.content.blocks = replayed(from.content.blocks, to.content.blocks, current.content.blocks);
    return result;
}

Result<void> ChangeReleaseCommand::write(const PressRelease &from, const PressRelease &to)
{
    Result<PressRelease> current = m_store.releases().find(to.meta.id);
    if (!current)
        return current.error();
    Result<PressRelease> updated = m_store.releases().update(replay(from, to, *current));
    if (!updated)
        return updated.error();
    return {};
}

} // namespace pressdesk
