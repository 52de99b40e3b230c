#pragma once

#include "core/milestone.h"
#include "storage/milestonerepository.h"
#include "storecommand.h"

#include <QCoreApplication>

namespace pressdesk {

class AddMilestoneCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMilestoneCommand)
public:
    AddMilestoneCommand(Store &store, Milestone milestone, QUndoCommand *parent = nullptr);
    RecordId milestoneId() const { return m_milestone.meta.id; }

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    Milestone m_milestone;
};

// Changes the fields of one milestone from `before` to `after` (the editor, a category change, a move).
class EditMilestoneCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMilestoneCommand)
public:
    enum class Kind
    {
        Edit,
        Move,
        Nudge
    };

    EditMilestoneCommand(Store &store, Milestone before, Milestone after, Kind kind = Kind::Edit,
                         QUndoCommand *parent = nullptr);

    // Successive keyboard nudges of the same milestone are one undo step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> applyRedo() override { return applyFields(m_after); }
    Result<void> applyUndo() override { return applyFields(m_before); }

private:
    Result<void> applyFields(const Milestone &fields);

    Milestone m_before;
    Milestone m_after;
    Kind m_kind;
};

struct RemovedMilestone
{
    Milestone milestone;
    MilestoneLinks links;
};

class DeleteMilestonesCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteMilestonesCommand)
public:
    DeleteMilestonesCommand(Store &store, QList<RecordId> ids, QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    QList<RecordId> m_ids;
    QList<RemovedMilestone> m_removed;
};

// Many new milestones in one transaction and one undo step (the text import).
class ImportMilestonesCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportMilestonesCommand)
public:
    ImportMilestonesCommand(Store &store, QList<Milestone> milestones, QUndoCommand *parent = nullptr);
    QList<RecordId> importedIds() const;

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    QList<Milestone> m_milestones;
};

} // namespace pressdesk
