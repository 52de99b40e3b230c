#pragma once

#include "core/milestone.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

class MilestoneRepository : public RepositoryBase
{
public:
    MilestoneRepository(Database &database, ChangeSink *sink);

    Result<QList<Milestone>> all() const; // chronological
    Result<Milestone> find(RecordId id) const;
    Result<Milestone> insert(const Milestone &milestone);
    // Refused with Error::Kind::Conflict when the stored revision is not milestone.meta.revision.
    Result<Milestone> update(const Milestone &milestone);
    Result<void> remove(RecordId id, int expectedRevision);
    Result<int> count() const;
};

} // namespace pressdesk
