#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace pressdesk {

// Writes an export (CSV, vCard, JSON, an image) to a path the user chose, atomically, and never where
// that would destroy something: the open database or its side files (also through a symbolic link or a
// second hard link), a device, a pipe, a socket or a folder. Symbolic links are followed, so the file
// they point to is replaced, not the link.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    // Fills the device; an error says why it could not.
    using Writer = std::function<Result<void>(QIODevice *device)>;

    // The file an export to path would really replace (symbolic links followed), or why it must not.
    // databasePath is the open PressDesk file; empty when none is open.
    static Result<QString> target(const QString &path, const QString &databasePath);

    // Checks the path as target() does, writes into a temporary file beside it and renames that into
    // place only when the writer and the disk both succeeded.
    static Result<void> write(const QString &path, const QString &databasePath, const Writer &writer);
    // The same for bytes made beforehand (a PDF, an ODT).
    static Result<void> write(const QString &path, const QString &databasePath, const QByteArray &bytes);
};

} // namespace pressdesk
