#pragma once

#include "core/housestyle.h"
#include "core/releasedefaults.h"
#include "core/result.h"

#include <QCoreApplication>

namespace pressdesk {

class Database;

// The office's settings kept in the file (table office_setting): the house style every export uses and
// what a new release starts with. Personal choices (language, folders) are not here but in QSettings.
class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)
public:
    explicit OfficeSettings(Database &database);

    // The stored house style, or the defaults when none was set.
    Result<HouseStyle> houseStyle() const;
    Result<void> setHouseStyle(const HouseStyle &style, const QString &changedBy);

    // The stored defaults for new releases, or none.
    Result<ReleaseDefaults> releaseDefaults() const;
    Result<void> setReleaseDefaults(const ReleaseDefaults &defaults, const QString &changedBy);

    // Both at once, in one transaction: the settings dialog's OK.
    Result<void> save(const HouseStyle &style, const ReleaseDefaults &defaults, const QString &changedBy);

private:
    Result<QString> value(const QString &key) const; // empty when not set
    Result<void> setValue(const QString &key, const QByteArray &json, const QString &changedBy);

    Database &m_database;
};

} // namespace pressdesk
