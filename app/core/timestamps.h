#pragma once

#include <QDateTime>
#include <QString>

namespace pressdesk {

// Stored timestamps are UTC ISO-8601 with milliseconds and a 'Z', so they sort as text.
QString toUtcIsoString(const QDateTime &dateTime);
QDateTime fromUtcIsoString(const QString &text);
QDateTime currentUtc();

} // namespace pressdesk
