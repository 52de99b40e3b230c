#pragma once

#include "core/milestone.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Where a milestone is used; kept by undo so that deleting and restoring a milestone loses no link.
struct MilestoneLinks
{
    QList<RecordId> quoteIds;
    QList<QPair<RecordId, int>> releasePositions; // release id, position in that release
};

class MilestoneRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(MilestoneRepository)
public:
    MilestoneRepository(Database &database, ChangeSink *sink);

    Result<QList<Milestone>> all() const; // chronological
    Result<Milestone> find(RecordId id) const;
    Result<Milestone> insert(const Milestone &milestone);
    // Refused with Error::Kind::Conflict when the stored revision is not milestone.meta.revision.
    Result<Milestone> update(const Milestone &milestone);
    Result<void> remove(RecordId id, int expectedRevision);
    Result<int> count() const;

    Result<MilestoneLinks> links(RecordId id) const;
    // Puts a removed milestone back with its id, fields and links (undo of a delete, redo of an insert).
    Result<Milestone> restore(const Milestone &milestone, const MilestoneLinks &links = {});
};

} // namespace pressdesk
