#pragma once

#include "core/pressrelease.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Press releases with their ordered links to quotes, milestones and contacts, and their saved versions.
class ReleaseRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(ReleaseRepository)
public:
    ReleaseRepository(Database &database, ChangeSink *sink);

    Result<QList<PressRelease>> all() const; // newest first
    Result<PressRelease> find(RecordId id) const;
    Result<PressRelease> insert(const PressRelease &release);
    // Follows the workflow (canChangeState): a published release is refused, and so is a jump such as
    // draft → published.
    Result<PressRelease> update(const PressRelease &release);
    // Unlocks a published release for a correction: back to draft, correction number one higher, the
    // approval cleared. What was published stays readable in its saved versions.
    Result<PressRelease> startCorrection(RecordId id, int expectedRevision);
    Result<void> remove(RecordId id, int expectedRevision);

    // The milestones a release's timeline blocks chose that still exist, in the order the release shows them.
    Result<QList<RecordId>> milestonesShown(RecordId releaseId) const;

    // Stores a snapshot of the release as it is now, numbered 1, 2, 3, … per release. insert(), update()
    // (when the save changes how the release reads) and startCorrection() keep one themselves.
    Result<ReleaseVersion> saveVersion(RecordId releaseId, const QString &snapshot);
    Result<QList<ReleaseVersion>> versions(RecordId releaseId) const;

    // Who is saving, for versions and approvals: the login name.
    static QString currentUserName();

private:
    Result<void> writeLinks(const QString &table, const QString &column, RecordId releaseId,
                            const QList<RecordId> &ids);
    Result<QList<RecordId>> readLinks(const QString &table, const QString &column, RecordId releaseId) const;
    Result<PressRelease> withLinks(PressRelease release) const;
    Result<void> writeAllLinks(const PressRelease &release, RecordId id);
    Result<void> keepVersion(RecordId releaseId, const PressRelease &release);
    Result<ReleaseVersion> insertVersion(RecordId releaseId, const QString &snapshot);
};

} // namespace pressdesk
