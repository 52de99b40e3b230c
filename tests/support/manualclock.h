#pragma once

#include "core/timestamps.h"

#include <QDateTime>

namespace testsupport {

// While it lives, every timestamp PressDesk stores comes from this clock, which stands still until a
// test moves it: timestamps differ (or are equal) because the test says so, not because it waited.
class ManualClock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2024, 6, 11), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
        pressdesk::setUtcClock([this] { return m_now; });
    }
    ~ManualClock() { pressdesk::setUtcClock({}); }
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    QDateTime now() const { return m_now; }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace testsupport
