#include "timestamps.h"

#include <QTimeZone>

namespace pressdesk {

QString toUtcIsoString(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcIsoString(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

namespace {
std::function<QDateTime()> &clock()
{
    static std::function<QDateTime()> installed;
    return installed;
}
} // namespace

QDateTime currentUtc()
{
    const std::function<QDateTime()> &installed = clock();
    return installed ? installed() : QDateTime::currentDateTimeUtc();
}

void setUtcClock(std::function<QDateTime()> replacement)
{
    clock() = std::move(replacement);
}

} // namespace pressdesk
