#pragma once

#include "core/contact.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

class OrganisationRepository : public RepositoryBase
{
public:
    OrganisationRepository(Database &database, ChangeSink *sink);

    Result<QList<Organisation>> all() const; // by name
    Result<Organisation> find(RecordId id) const;
    Result<Organisation> insert(const Organisation &organisation);
    Result<Organisation> update(const Organisation &organisation);
    Result<void> remove(RecordId id, int expectedRevision);
};

} // namespace pressdesk
