#pragma once

#include "core/milestone.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

class CategoryRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(CategoryRepository)
public:
    CategoryRepository(Database &database, ChangeSink *sink);

    Result<QList<Category>> all() const; // in the user's order
    Result<Category> find(RecordId id) const;
    Result<Category> findByName(const QString &name) const;
    Result<Category> insert(const Category &category);
    Result<Category> update(const Category &category);
    Result<void> remove(RecordId id, int expectedRevision);
    // Puts a removed category back with its id (undo); milestones that lost it are not re-linked here.
    Result<Category> restore(const Category &category);
    // Sets every category's position to its index in order.
    Result<void> reorder(const QList<RecordId> &order);
};

} // namespace pressdesk
