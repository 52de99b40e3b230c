#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pressdesk {

// Reads a file the user named for an import. Only a regular file is read (a device such as /dev/zero, a
// pipe without a writer or a folder would fill the memory or wait forever), and at most maxBytes of it:
// the size a folder listing shows is not trusted, the read itself stops. One clear message otherwise.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    // Far above any real address book or release text (a million contacts as CSV are ~150 MiB).
    static constexpr qint64 DefaultLimit = qint64(1) << 30;

    static Result<QByteArray> read(const QString &path, qint64 maxBytes = DefaultLimit);
};

} // namespace pressdesk
