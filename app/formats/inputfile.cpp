#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace pressdesk {

Result<QByteArray> InputFile::read(const QString &path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path); // follows symbolic links: what counts is what they point to
    if (info.isSymLink() && !info.exists())
        return makeError(Error::Kind::FileMissing,
                         tr("“%1” is a symbolic link to “%2”, which does not exist.")
                             .arg(shown, QDir::toNativeSeparators(info.symLinkTarget())));
    if (!info.exists())
        return makeError(Error::Kind::FileMissing, tr("“%1” does not exist.").arg(shown));
    if (info.isDir())
        return makeError(Error::Kind::Invalid, tr("“%1” is a folder, not a file.").arg(shown));
    if (!info.isFile())
        return makeError(Error::Kind::Invalid,
                         tr("“%1” is not a regular file (a device, a pipe or a socket); PressDesk "
                            "imports only from files.")
                             .arg(shown));
    const auto tooLarge = [&] {
        return makeError(Error::Kind::Invalid, tr("“%1” is larger than %2; PressDesk does not import it.")
                                                   .arg(shown, QLocale().formattedDataSize(maxBytes)));
    };
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    // In pieces, counting: a file that grows while it is read is stopped at the limit all the same.
    constexpr qint64 Piece = 1 << 20;
    QByteArray bytes;
    bytes.reserve(qsizetype(info.size()));
    for (;;) {
        const QByteArray piece = file.read(Piece);
        if (file.error() != QFileDevice::NoError)
            return makeError(Error::Kind::Io, tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (bytes.size() > maxBytes)
            return tooLarge();
    }
    return bytes;
}

} // namespace pressdesk
