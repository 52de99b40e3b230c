#include "categorycommands.h"

#include "storage/store.h"

namespace pressdesk {

AddCategoryCommand::AddCategoryCommand(Store &store, Category category, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_category(std::move(category))
{
    setText(tr("Add category “%1”").arg(m_category.name.trimmed()));
}

Result<void> AddCategoryCommand::firstRedo()
{
    Result<Category> inserted = m_store.categories().insert(m_category);
    if (!inserted)
        return inserted.error();
    m_category = *inserted;
    return {};
}

Result<void> AddCategoryCommand::applyRedo()
{
    Result<Category> restored = m_store.categories().restore(m_category);
    if (!restored)
        return restored.error();
    m_category = *restored;
    return {};
}

Result<void> AddCategoryCommand::applyUndo()
{
    Result<Category> current = m_store.categories().find(m_category.meta.id);
    if (!current)
        return current.error();
    return m_store.categories().remove(current->meta.id, current->meta.revision);
}

EditCategoryCommand::EditCategoryCommand(Store &store, Category before, Category after, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit category “%1”").arg(m_before.name));
}

Result<void> EditCategoryCommand::applyFields(const Category &fields)
{
    Result<Category> current = m_store.categories().find(fields.meta.id);
    if (!current)
        return current.error();
    Category changed = fields;
    changed.meta = current->meta;
    changed.position = current->position; // the order has its own command
    Result<Category> updated = m_store.categories().update(changed);
    if (!updated)
        return updated.error();
    return {};
}

DeleteCategoryCommand::DeleteCategoryCommand(Store &store, RecordId categoryId, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_categoryId(categoryId)
{
    setText(tr("Delete category"));
}

Result<void> DeleteCategoryCommand::firstRedo()
{
    Result<Category> category = m_store.categories().find(m_categoryId);
    if (!category)
        return category.error();
    m_category = *category;
    setText(tr("Delete category “%1”").arg(m_category.name));
    Result<QList<Milestone>> milestones = m_store.milestones().all();
    if (!milestones)
        return milestones.error();
    m_milestoneIds.clear();
    for (const Milestone &milestone : *milestones) {
        if (milestone.categoryId == m_categoryId)
            m_milestoneIds.append(milestone.meta.id);
    }
    return applyRedo();
}

Result<void> DeleteCategoryCommand::applyRedo()
{
    Result<Category> current = m_store.categories().find(m_categoryId);
    if (!current)
        return current.error();
    return m_store.categories().remove(m_categoryId, current->meta.revision);
}

Result<void> DeleteCategoryCommand::applyUndo()
{
    return m_store.transaction([this]() -> Result<void> {
        if (Result<Category> restored = m_store.categories().restore(m_category); !restored)
            return restored.error();
        for (RecordId id : std::as_const(m_milestoneIds)) {
            Result<Milestone> milestone = m_store.milestones().find(id);
            if (!milestone)
                continue; // deleted since; nothing to re-link
            Milestone relinked = *milestone;
            relinked.categoryId = m_categoryId;
            if (Result<Milestone> updated = m_store.milestones().update(relinked); !updated)
                return updated.error();
        }
        return {};
    });
}

ReorderCategoriesCommand::ReorderCategoriesCommand(Store &store, QList<RecordId> before,
                                                   QList<RecordId> after, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Reorder categories"));
}

Result<void> ReorderCategoriesCommand::applyRedo()
{
    return m_store.categories().reorder(m_after);
}

Result<void> ReorderCategoriesCommand::applyUndo()
{
    return m_store.categories().reorder(m_before);
}

} // namespace pressdesk
