#include "milestonecommands.h"

#include "storage/store.h"

namespace pressdesk {

namespace {

Result<void> removeCurrent(Store &store, RecordId id)
{
    Result<Milestone> current = store.milestones().find(id);
    if (!current)
        return current.error();
    return store.milestones().remove(id, current->meta.revision);
}

} // namespace

AddMilestoneCommand::AddMilestoneCommand(Store &store, Milestone milestone, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_milestone(std::move(milestone))
{
    setText(tr("Add “%1”").arg(m_milestone.title.trimmed()));
}

Result<void> AddMilestoneCommand::firstRedo()
{
    Result<Milestone> inserted = m_store.milestones().insert(m_milestone);
    if (!inserted)
        return inserted.error();
    m_milestone = *inserted;
    return {};
}

Result<void> AddMilestoneCommand::applyRedo()
{
    Result<Milestone> restored = m_store.milestones().restore(m_milestone);
    if (!restored)
        return restored.error();
    m_milestone = *restored;
    return {};
}

Result<void> AddMilestoneCommand::applyUndo()
{
    return removeCurrent(m_store, m_milestone.meta.id);
}

EditMilestoneCommand::EditMilestoneCommand(Store &store, Milestone before, Milestone after, Kind kind,
                                           QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_kind(kind)
{
    const QString title = m_before.title.trimmed();
    if (kind != Kind::Edit)
        setText(tr("Move “%1”").arg(title));
    else if (m_before.categoryId != m_after.categoryId && m_before.title == m_after.title &&
             m_before.start == m_after.start && m_before.end == m_after.end &&
             m_before.description == m_after.description && m_before.status == m_after.status)
        setText(tr("Change category of “%1”").arg(title));
    else
        setText(tr("Edit “%1”").arg(title));
}

int EditMilestoneCommand::id() const
{
    return m_kind == Kind::Nudge ? int(UndoMergeId::MilestoneNudge) : -1;
}

bool EditMilestoneCommand::mergeWith(const QUndoCommand *other)
{
    const auto *nudge = dynamic_cast<const EditMilestoneCommand *>(other);
    if (!nudge || nudge->m_kind != Kind::Nudge || nudge->m_before.meta.id != m_before.meta.id)
        return false;
    m_after = nudge->m_after;
    return true;
}

Result<void> EditMilestoneCommand::applyFields(const Milestone &fields)
{
    Result<Milestone> current = m_store.milestones().find(fields.meta.id);
    if (!current)
        return current.error();
    Milestone changed = fields;
    changed.meta = current->meta; // the revision we just read: the update is checked against it
    Result<Milestone> updated = m_store.milestones().update(changed);
    if (!updated)
        return updated.error();
    return {};
}

DeleteMilestonesCommand::DeleteMilestonesCommand(Store &store, QList<RecordId> ids, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_ids(std::move(ids))
{
    setText(tr("Delete %n milestone(s)", nullptr, int(m_ids.size())));
}

Result<void> DeleteMilestonesCommand::firstRedo()
{
    m_removed.clear();
    for (RecordId id : std::as_const(m_ids)) {
        Result<Milestone> milestone = m_store.milestones().find(id);
        if (!milestone)
            return milestone.error();
        Result<MilestoneLinks> links = m_store.milestones().links(id);
        if (!links)
            return links.error();
        m_removed.append({*milestone, *links});
    }
    if (m_removed.size() == 1)
        setText(tr("Delete “%1”").arg(m_removed.first().milestone.title));
    return applyRedo();
}

Result<void> DeleteMilestonesCommand::applyRedo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const RemovedMilestone &removed : std::as_const(m_removed)) {
            if (Result<void> done = removeCurrent(m_store, removed.milestone.meta.id); !done)
                return done;
        }
        return {};
    });
}

Result<void> DeleteMilestonesCommand::applyUndo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const RemovedMilestone &removed : std::as_const(m_removed)) {
            if (Result<Milestone> restored = m_store.milestones().restore(removed.milestone, removed.links);
                !restored)
                return restored.error();
        }
        return {};
    });
}

ImportMilestonesCommand::ImportMilestonesCommand(Store &store, QList<Milestone> milestones,
                                                 QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_milestones(std::move(milestones))
{
    setText(tr("Import %n milestone(s)", nullptr, int(m_milestones.size())));
}

QList<RecordId> ImportMilestonesCommand::importedIds() const
{
    QList<RecordId> ids;
    for (const Milestone &milestone : m_milestones)
        ids.append(milestone.meta.id);
    return ids;
}

Result<void> ImportMilestonesCommand::firstRedo()
{
    QList<Milestone> inserted;
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        for (const Milestone &milestone : std::as_const(m_milestones)) {
            Result<Milestone> stored = m_store.milestones().insert(milestone);
            if (!stored)
                return makeError(stored.error().kind,
                                 tr("“%1”: %2").arg(milestone.title, stored.errorMessage()));
            inserted.append(*stored);
        }
        return {};
    });
    if (done)
        m_milestones = inserted;
    return done;
}

Result<void> ImportMilestonesCommand::applyRedo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (Milestone &milestone : m_milestones) {
            Result<Milestone> restored = m_store.milestones().restore(milestone);
            if (!restored)
                return restored.error();
            milestone = *restored;
        }
        return {};
    });
}

Result<void> ImportMilestonesCommand::applyUndo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const Milestone &milestone : std::as_const(m_milestones)) {
            if (Result<void> done = removeCurrent(m_store, milestone.meta.id); !done)
                return done;
        }
        return {};
    });
}

} // namespace pressdesk
