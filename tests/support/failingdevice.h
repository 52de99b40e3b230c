#pragma once

#include <QIODevice>

namespace testsupport {

// A device that takes a number of bytes and then refuses every write, as a full disk or a pulled USB
// stick does: for testing that writers report the failure instead of claiming success. It allows seeking,
// as a file does (a ZIP writer goes back to fill in sizes).
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 acceptedBytes = 0, QObject *parent = nullptr);

    QByteArray written() const { return m_written; }
    qint64 size() const override { return m_written.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    qint64 m_accepted;
    QByteArray m_written;
};

} // namespace testsupport
