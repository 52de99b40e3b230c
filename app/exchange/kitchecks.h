#pragma once

#include "core/presskit.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace pressdesk {

class Store;

// What to look at before a kit is handed out, in words a press officer acts on: the release's own
// checks (unauthorised quotes, photos without credit, an embargo past, draft milestones), a release not
// approved yet, chosen quotes that are not authorised (they stay out), contacts without a public
// channel, photos deleted since they were chosen.
class KitChecks
{
    Q_DECLARE_TR_FUNCTIONS(KitChecks)
public:
    static Result<QStringList> of(Store &store, const PressKit &kit,
                                  const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace pressdesk
