#include "failingdevice.h"

namespace testsupport {

FailingDevice::FailingDevice(qint64 acceptedBytes, QObject *parent)
    : QIODevice(parent)
    , m_accepted(acceptedBytes)
{
}

qint64 FailingDevice::readData(char *, qint64)
{
    return -1;
}

qint64 FailingDevice::writeData(const char *data, qint64 size)
{
    const qint64 room = m_accepted - m_written.size();
    if (room <= 0) {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
    const qint64 taken = std::min(room, size);
    m_written.append(data, taken);
    return taken;
}

} // namespace testsupport
