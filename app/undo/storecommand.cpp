#include "storecommand.h"

namespace pressdesk {

StoreCommand::StoreCommand(Store &store, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
{
}

Result<void> StoreCommand::execute()
{
    Result<void> result = firstRedo();
    m_executed = result.ok();
    m_skipNextRedo = m_executed; // QUndoStack::push() calls redo() at once; the work is already done
    return result;
}

void StoreCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    report(applyRedo());
}

void StoreCommand::undo()
{
    report(applyUndo());
}

void StoreCommand::report(const Result<void> &result)
{
    if (result)
        return;
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(result.errorMessage());
}

EditController::EditController(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
}

bool EditController::run(std::unique_ptr<StoreCommand> command)
{
    QPointer<EditController> self(this);
    command->setFailureHandler([self](const QString &message) {
        if (self)
            Q_EMIT self->failed(message);
    });
    if (Result<void> done = command->execute(); !done) {
        Q_EMIT failed(done.errorMessage());
        return false;
    }
    if (m_stack)
        m_stack->push(command.release());
    return true;
}

} // namespace pressdesk
