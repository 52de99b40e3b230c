#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pressdesk {

// Dates as the user reads them everywhere on screen: the locale's short format, but always with the
// century ("07.12.2020" in German, "12/7/2020" in English; never "07.12.20" beside "01.12.2020").
QString shortDateFormat(const QLocale &locale = QLocale());
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
// The same date with the locale's short time ("07.12.2020 14:30"); the caller converts to local time.
QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace pressdesk
