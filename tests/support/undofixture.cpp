#include "undofixture.h"

#include "exchange/demodatabase.h"

namespace testsupport {

QString UndoFixture::setUp()
{
    pressdesk::Result<std::unique_ptr<pressdesk::Store>> store = pressdesk::Store::openInMemory();
    if (!store)
        return store.errorMessage();
    m_store = std::move(*store);
    if (const pressdesk::Result<void> populated = pressdesk::DemoDatabase::populate(*m_store); !populated)
        return populated.errorMessage();
    m_stack = std::make_unique<QUndoStack>();
    m_controller = std::make_unique<pressdesk::EditController>(m_stack.get());
    m_failed = std::make_unique<QSignalSpy>(m_controller.get(), &pressdesk::EditController::failed);
    return {};
}

QStringList UndoFixture::tearDown()
{
    QStringList messages;
    if (m_failed) {
        for (const QList<QVariant> &arguments : std::as_const(*m_failed))
            messages.append(arguments.at(0).toString());
    }
    m_failed.reset();
    m_controller.reset();
    m_stack.reset();
    m_store.reset();
    return messages;
}

QString UndoFixture::takeFailure()
{
    if (!m_failed || m_failed->isEmpty())
        return {};
    return m_failed->takeFirst().at(0).toString();
}

} // namespace testsupport
