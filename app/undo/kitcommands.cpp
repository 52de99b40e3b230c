#include "kitcommands.h"

#include "storage/store.h"

namespace pressdesk {

AddKitCommand::AddKitCommand(Store &store, PressKit kit, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_kit(std::move(kit))
{
    setText(tr("Create press kit “%1”").arg(m_kit.title.trimmed()));
}

Result<void> AddKitCommand::applyRedo()
{
    // The first time a new row; after an undo the same row again, so that later edits still find it.
    Result<PressKit> stored =
        m_kit.meta.isNew() ? m_store.pressKits().insert(m_kit) : m_store.pressKits().restore(m_kit);
    if (!stored)
        return stored.error();
    m_kit = *stored;
    return {};
}

Result<void> AddKitCommand::applyUndo()
{
    Result<PressKit> current = m_store.pressKits().find(m_kit.meta.id);
    if (!current)
        return current.error();
    return m_store.pressKits().remove(current->meta.id, current->meta.revision);
}

ChangeKitCommand::ChangeKitCommand(Store &store, const PressKit &before, const PressKit &after,
                                   const QString &text, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

Result<void> ChangeKitCommand::write(const PressKit &from, const PressKit &to)
{
    Result<PressKit> current = m_store.pressKits().find(to.meta.id);
    if (!current)
        return current.error();
    PressKit result = *current;
    const auto take = [&](auto member) {
        if (from.*member != to.*member)
            result.*member = to.*member;
    };
    take(&PressKit::title);
    take(&PressKit::date);
    take(&PressKit::releaseId);
    take(&PressKit::coverAssetId);
    take(&PressKit::parts);
    Result<PressKit> updated = m_store.pressKits().update(result);
    if (!updated)
        return updated.error();
    return {};
}

DeleteKitCommand::DeleteKitCommand(Store &store, PressKit kit, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_kit(std::move(kit))
{
    setText(tr("Delete press kit “%1”").arg(m_kit.title.trimmed()));
}

Result<void> DeleteKitCommand::applyRedo()
{
    Result<PressKit> current = m_store.pressKits().find(m_kit.meta.id);
    if (!current)
        return current.error();
    m_kit = *current;
    return m_store.pressKits().remove(current->meta.id, current->meta.revision);
}

Result<void> DeleteKitCommand::applyUndo()
{
    Result<PressKit> stored = m_store.pressKits().restore(m_kit);
    if (!stored)
        return stored.error();
    m_kit = *stored;
    return {};
}

} // namespace pressdesk
