#pragma once

#include "core/presskit.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Press kits with their parts (stored as JSON in the kit's row, like a release's content).
class PressKitRepository : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(PressKitRepository)
public:
    PressKitRepository(Database &database, ChangeSink *sink);

    Result<QList<PressKit>> all() const; // newest date first
    Result<PressKit> find(RecordId id) const;
    Result<PressKit> insert(const PressKit &kit);
    Result<PressKit> update(const PressKit &kit);
    Result<void> remove(RecordId id, int expectedRevision);
    // A deleted kit back under its old id (undo of a delete, redo of a creation).
    Result<PressKit> restore(const PressKit &kit);
};

} // namespace pressdesk
