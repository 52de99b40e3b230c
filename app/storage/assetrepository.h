#pragma once

#include "core/pressrelease.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Images and documents kept inside the database, with caption, credit and licence.
class AssetRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(AssetRepository)
public:
    AssetRepository(Database &database, ChangeSink *sink);

    Result<QList<Asset>> all() const;      // without loading the data blobs
    Result<Asset> find(RecordId id) const; // with its data
    Result<Asset> insert(const Asset &asset);
    Result<Asset> update(const Asset &asset);
    Result<void> remove(RecordId id, int expectedRevision);
};

} // namespace pressdesk
