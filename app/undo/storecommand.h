#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace pressdesk {

class Store;

// The ids of commands that merge into the one before them (QUndoCommand::id()): one name per kind of
// merge, so that two kinds can never share a number by accident. -1 (no merging) is Qt's default.
enum class UndoMergeId
{
    MilestoneNudge = 1, // moving a milestone by dragging or the arrow keys: one step per drag
};

// An undoable edit that acts through the Store. Its first redo runs before it is pushed, so that an edit
// the store refuses never lands on the undo stack; a later undo or redo that fails is reported and the
// command is dropped (the stack cannot be trusted past it).
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(Store &store, QUndoCommand *parent = nullptr);

    Result<void> execute();
    void undo() final;
    void redo() final;

    void setFailureHandler(std::function<void(const QString &)> handler) { m_onFailure = std::move(handler); }

protected:
    virtual Result<void> firstRedo() { return applyRedo(); }
    virtual Result<void> applyRedo() = 0;
    virtual Result<void> applyUndo() = 0;

    Store &m_store;

private:
    void report(const Result<void> &result);

    bool m_executed = false;
    bool m_skipNextRedo = false;
    std::function<void(const QString &)> m_onFailure;
};

// Pushes commands onto one QUndoStack after running them, and announces what the store refused.
class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(QUndoStack *stack, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    // Runs the command; on success pushes it (one undo step) and returns true.
    bool run(std::unique_ptr<StoreCommand> command);

Q_SIGNALS:
    // An edit, an undo or a redo was refused; the message is for the user.
    void failed(const QString &message);

private:
    QPointer<QUndoStack> m_stack;
};

} // namespace pressdesk
