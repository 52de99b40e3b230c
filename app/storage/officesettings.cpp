#include "officesettings.h"

#include "core/timestamps.h"
#include "database.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pressdesk {

namespace {
const QString houseStyleKey = QStringLiteral("house_style");
}

OfficeSettings::OfficeSettings(Database &database)
    : m_database(database)
{
}

Result<HouseStyle> OfficeSettings::houseStyle() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT value FROM office_setting WHERE key = ?"),
                                     {houseStyleKey});
        !ran)
        return ran.error();
    if (!query.next())
        return HouseStyle();
    return HouseStyle::fromJson(query.value(0).toString().toUtf8());
}

Result<void> OfficeSettings::setHouseStyle(const HouseStyle &style, const QString &changedBy)
{
    if (Result<void> valid = style.validate(); !valid)
        return valid;
    QSqlQuery query(m_database.connection());
    return sql::exec(
        query,
        QStringLiteral("INSERT INTO office_setting (key, value, changed_at, changed_by) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "changed_at = excluded.changed_at, changed_by = excluded.changed_by"),
        {houseStyleKey, QString::fromUtf8(style.toJson()), toUtcIsoString(QDateTime::currentDateTimeUtc()),
         changedBy});
}

} // namespace pressdesk
