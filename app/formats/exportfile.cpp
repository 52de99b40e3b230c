#include "exportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <sys/stat.h>

namespace pressdesk {

namespace {

// Linux follows at most 40 links in a path; a longer chain is a loop for every practical purpose.
constexpr int MaxSymbolicLinks = 40;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The path with its folder resolved (symbolic links, "..") and the file name as given: comparable for
// files that do not exist yet, such as a database's -wal while nobody writes.
QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool sameInode(const QString &a, const QString &b)
{
    struct stat first = {};
    struct stat second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}

// True when writing to target would replace the database or one of the files SQLite keeps beside it.
bool isPartOfDatabase(const QString &target, const QString &databasePath)
{
    const QFileInfo database(databasePath);
    const QString real = database.exists() ? database.canonicalFilePath() : normalised(databasePath);
    const QString wanted = normalised(target);
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString candidate = real + suffix;
        if (wanted == normalised(candidate) || sameInode(target, candidate))
            return true;
    }
    return false;
}

} // namespace

Result<QString> ExportFile::target(const QString &path, const QString &databasePath)
{
    if (path.isEmpty())
        return makeError(Error::Kind::Io, tr("No file name was given for the export."));
    QString resolved = QFileInfo(path).absoluteFilePath();
    for (int links = 0; QFileInfo(resolved).isSymLink(); ++links) {
        if (links == MaxSymbolicLinks)
            return makeError(Error::Kind::Io,
                             tr("“%1” is a loop of symbolic links; nothing was written.").arg(shown(path)));
        resolved = QFileInfo(resolved).symLinkTarget();
    }
    const QFileInfo info(resolved);
    if (info.exists() && !info.isFile())
        return makeError(Error::Kind::Io,
                         tr("“%1” is not a regular file (it is a folder, a device or a pipe); PressDesk "
                            "writes exports only to regular files. Nothing was written.")
                             .arg(shown(path)));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(Error::Kind::FileMissing,
                         tr("“%1” cannot be written: the folder “%2” does not exist. Nothing was written.")
                             .arg(shown(path), shown(info.absolutePath())));
    if (!databasePath.isEmpty() && isPartOfDatabase(resolved, databasePath))
        return makeError(Error::Kind::Io,
                         tr("“%1” is the open PressDesk file (or a file SQLite keeps beside it); an export "
                            "must not replace it. Choose another file name. Nothing was written.")
                             .arg(shown(path)));
    return resolved;
}

Result<void> ExportFile::write(const QString &path, const QString &databasePath, const QByteArray &bytes)
{
    return write(path, databasePath, [&bytes](QIODevice *device) -> Result<void> {
        if (device->write(bytes) != bytes.size())
            return makeError(Error::Kind::Io, device->errorString());
        return {};
    });
}

Result<void> ExportFile::write(const QString &path, const QString &databasePath, const Writer &writer)
{
    const Result<QString> resolved = target(path, databasePath);
    if (!resolved)
        return resolved.error();
    const auto failed = [&](const QString &reason) {
        // A full disk is reported by some writes as nothing more than "Unknown error": say it plainly.
        const QStorageInfo storage(QFileInfo(*resolved).absolutePath());
        const QString cause =
            storage.isValid() && storage.bytesAvailable() == 0 ? tr("the disk is full") : reason;
        return makeError(Error::Kind::Io,
                         tr("“%1” cannot be written: %2. Nothing was written.").arg(shown(path), cause));
    };
    QSaveFile file(*resolved);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (const Result<void> written = writer(&file); !written) {
        const QString cause =
            file.error() != QFileDevice::NoError ? file.errorString() : written.errorMessage();
        file.cancelWriting();
        return failed(cause);
    }
    // commit() forgets an error of an earlier write; keep its text.
    const QString earlierError = file.error() != QFileDevice::NoError ? file.errorString() : QString();
    if (!file.commit())
        return failed(earlierError.isEmpty() ? file.errorString() : earlierError);
    return {};
}

} // namespace pressdesk
