#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace pressdesk {

// Stored timestamps are UTC ISO-8601 with milliseconds and a 'Z', so they sort as text.
QString toUtcIsoString(const QDateTime &dateTime);
QDateTime fromUtcIsoString(const QString &text);
// The time every stored timestamp (created, updated, authorised) is taken from.
QDateTime currentUtc();

// Replaces the system clock, for tests that need timestamps to differ (or to be known) without
// waiting; an empty function restores the system clock.
void setUtcClock(std::function<QDateTime()> clock);

} // namespace pressdesk
