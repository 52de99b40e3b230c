#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace pressdesk {

class Store;

// Fills an empty store with the Bochum 2014–2020 demo material from the readable JSON and text files in
// resources/demo (compiled in as :/demo), in one transaction.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    static QString builtinSourceDir() { return QStringLiteral(":/demo"); }

    static Result<void> populate(Store &store, const QString &sourceDir = builtinSourceDir());
    // Creates a new file at path with the demo content; refuses to overwrite, removes a half-made file.
    static Result<void> create(const QString &path, const QString &sourceDir = builtinSourceDir());
};

} // namespace pressdesk
