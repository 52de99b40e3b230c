#pragma once

#include "core/record.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QComboBox;

namespace pressdesk {

class Store;

// The choices a release's boilerplate and Pressekontakt are made from, for the release editor and for
// the office's defaults in Settings: the same lists, worded the same.
class ReleaseChoices
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseChoices)
public:
    // "No boilerplate" (id 0), then every organisation that has a boilerplate.
    static void fillBoilerplates(QComboBox *combo, Store *store);
    // Every contact, "Name (role)"; returns the names by id, for the list of chosen contacts.
    static QHash<RecordId, QString> fillContacts(QComboBox *combo, Store *store);
};

} // namespace pressdesk
