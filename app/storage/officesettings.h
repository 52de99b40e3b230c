#pragma once

#include "core/housestyle.h"
#include "core/result.h"

#include <QCoreApplication>

namespace pressdesk {

class Database;

// The office's settings kept in the file (table office_setting): the house style every export uses.
class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)
public:
    explicit OfficeSettings(Database &database);

    // The stored house style, or the defaults when none was set.
    Result<HouseStyle> houseStyle() const;
    Result<void> setHouseStyle(const HouseStyle &style, const QString &changedBy);

private:
    Database &m_database;
};

} // namespace pressdesk
