#pragma once

#include "core/milestone.h"
#include "storecommand.h"

#include <QCoreApplication>

namespace pressdesk {

class AddCategoryCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCategoryCommand)
public:
    AddCategoryCommand(Store &store, Category category, QUndoCommand *parent = nullptr);
    RecordId categoryId() const { return m_category.meta.id; }

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Category m_category;
};

// Renames or recolours a category.
class EditCategoryCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCategoryCommand)
public:
    EditCategoryCommand(Store &store, Category before, Category after, QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override { return applyFields(m_after); }
    Result<void> applyUndo() override { return applyFields(m_before); }

private:
    Result<void> applyFields(const Category &fields);

    Category m_before;
    Category m_after;
};

// Deletes a category; its milestones become uncategorised, and get it back on undo.
class DeleteCategoryCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCategoryCommand)
public:
    DeleteCategoryCommand(Store &store, RecordId categoryId, QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    RecordId m_categoryId;
    Category m_category;
    QList<RecordId> m_milestoneIds;
};

class ReorderCategoriesCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReorderCategoriesCommand)
public:
    ReorderCategoriesCommand(Store &store, QList<RecordId> before, QList<RecordId> after,
                             QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    QList<RecordId> m_before;
    QList<RecordId> m_after;
};

} // namespace pressdesk
