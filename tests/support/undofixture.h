#pragma once

#include "storage/store.h"
#include "undo/storecommand.h"

#include <QSignalSpy>
#include <QStringList>
#include <QUndoStack>

#include <memory>

namespace testsupport {

// What the undo suites share: the Bochum demo material in a Store in memory, an undo stack with its
// EditController, and a record of every failure the controller reports, so that a test fails on a
// failure it did not expect.
class UndoFixture
{
public:
    // Builds the store, stack and controller; an error message when the demo could not be built.
    QString setUp();
    // Failures reported and not taken by the test; empties the fixture.
    QStringList tearDown();

    pressdesk::Store &store() { return *m_store; }
    QUndoStack &stack() { return *m_stack; }
    pressdesk::EditController &controller() { return *m_controller; }
    bool run(std::unique_ptr<pressdesk::StoreCommand> command)
    {
        return m_controller->run(std::move(command));
    }
    // The oldest failure not yet taken; empty when there is none.
    QString takeFailure();
    int failureCount() const { return m_failed ? int(m_failed->size()) : 0; }
    void clearFailures()
    {
        if (m_failed)
            m_failed->clear();
    }
    // The page that ran the edits is closed: its controller goes, the stack lives on.
    void dropController()
    {
        m_failed.reset();
        m_controller.reset();
    }

private:
    std::unique_ptr<pressdesk::Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<pressdesk::EditController> m_controller;
    std::unique_ptr<QSignalSpy> m_failed;
};

} // namespace testsupport
