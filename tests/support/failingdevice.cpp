#include "failingdevice.h"

#include <algorithm>

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
    // Written where the device stands, as on a disk that holds acceptedBytes: going back to fix a header
    // works, growing beyond that is refused.
    const qint64 at = pos();
    const qint64 room = m_accepted - at;
    if (room <= 0) {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
    const qint64 taken = std::min(room, size);
    if (at + taken > m_written.size())
        m_written.resize(at + taken);
    std::copy_n(data, taken, m_written.data() + at);
    return taken;
}

} // namespace testsupport
