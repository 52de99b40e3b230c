#include "officesettings.h"

#include "core/timestamps.h"
#include "database.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pressdesk {

namespace {
const QString houseStyleKey = QStringLiteral("house_style");
const QString releaseDefaultsKey = QStringLiteral("release_defaults");
} // namespace

OfficeSettings::OfficeSettings(Database &database)
    : m_database(database)
{
}

Result<QString> OfficeSettings::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Result<void> ran =
            sql::exec(query, QStringLiteral("SELECT value FROM office_setting WHERE key = ?"), {key});
        !ran)
        return ran.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> OfficeSettings::setValue(const QString &key, const QByteArray &json, const QString &changedBy)
{
    QSqlQuery query(m_database.connection());
    return sql::exec(
        query,
        QStringLiteral("INSERT INTO office_setting (key, value, changed_at, changed_by) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "changed_at = excluded.changed_at, changed_by = excluded.changed_by"),
        {key, QString::fromUtf8(json), toUtcIsoString(QDateTime::currentDateTimeUtc()), changedBy});
}

Result<HouseStyle> OfficeSettings::houseStyle() const
{
    Result<QString> stored = value(houseStyleKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return HouseStyle();
    return HouseStyle::fromJson(stored->toUtf8());
}

Result<void> OfficeSettings::setHouseStyle(const HouseStyle &style, const QString &changedBy)
{
    if (Result<void> valid = style.validate(); !valid)
        return valid;
    return setValue(houseStyleKey, style.toJson(), changedBy);
}

Result<ReleaseDefaults> OfficeSettings::releaseDefaults() const
{
    Result<QString> stored = value(releaseDefaultsKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return ReleaseDefaults();
    return ReleaseDefaults::fromJson(stored->toUtf8());
}

Result<void> OfficeSettings::setReleaseDefaults(const ReleaseDefaults &defaults, const QString &changedBy)
{
    return setValue(releaseDefaultsKey, defaults.toJson(), changedBy);
}

Result<void> OfficeSettings::save(const HouseStyle &style, const ReleaseDefaults &defaults,
                                  const QString &changedBy)
{
    if (Result<void> valid = style.validate(); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Result<void> saved = setValue(houseStyleKey, style.toJson(), changedBy); !saved)
        return saved;
    if (Result<void> saved = setValue(releaseDefaultsKey, defaults.toJson(), changedBy); !saved)
        return saved;
    return transaction.commit();
}

} // namespace pressdesk
