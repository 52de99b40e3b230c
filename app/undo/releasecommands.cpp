#include "releasecommands.h"

#include "storage/store.h"

#include <algorithm>

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

Result<void> ChangeReleaseCommand::write(const PressRelease &release)
{
    Result<PressRelease> current = m_store.releases().find(release.meta.id);
    if (!current)
        return current.error();
    PressRelease next = release;
    next.meta = current->meta;
    next.correction = current->correction;
    Result<PressRelease> updated = m_store.releases().update(next);
    if (!updated)
        return updated.error();
    return {};
}

} // namespace pressdesk
