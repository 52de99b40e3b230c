#pragma once

#include "core/presskit.h"
#include "storecommand.h"

#include <QCoreApplication>

namespace pressdesk {

// A new press kit; undo deletes it, redo brings it back under the same id.
class AddKitCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddKitCommand)
public:
    AddKitCommand(Store &store, PressKit kit, QUndoCommand *parent = nullptr);
    RecordId kitId() const { return m_kit.meta.id; }

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    PressKit m_kit;
};

// An edit of a kit: its title, date, release, cover or parts (added, removed, moved, set up). Undo and
// redo write the fields the edit changed onto the kit as it is stored then.
class ChangeKitCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeKitCommand)
public:
    ChangeKitCommand(Store &store, const PressKit &before, const PressKit &after, const QString &text,
                     QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override { return write(m_before, m_after); }
    Result<void> applyUndo() override { return write(m_after, m_before); }

private:
    Result<void> write(const PressKit &from, const PressKit &to);

    PressKit m_before;
    PressKit m_after;
};

// A kit deleted; undo stores it again under its id with everything it held.
class DeleteKitCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteKitCommand)
public:
    DeleteKitCommand(Store &store, PressKit kit, QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    PressKit m_kit;
};

} // namespace pressdesk
