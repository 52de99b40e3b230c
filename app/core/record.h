#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace pressdesk {

using RecordId = qint64;

// Bookkeeping every stored row carries. `revision` is the one the caller read: an update that finds
// another revision in the database is refused as a conflict (optimistic concurrency).
struct RecordMeta
{
    RecordId id = 0;
    int revision = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    bool isNew() const { return id == 0; }
};

} // namespace pressdesk
