#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace pressdesk {

// A ZIP archive put together in memory with libzip (for an ODT, a press kit), ready to be written
// atomically. Names are stored as UTF-8 with the UTF-8 flag, so "Bildnachweise für Köln.txt" keeps its
// umlauts on Windows, macOS and Linux alike.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    struct Entry
    {
        QString path; // "bilder/opel-areal.jpg"
        QByteArray data;
        bool store = false; // stored as it is: compressed already (JPEG, PNG, PDF) or first bytes read as-is
    };
    // The entries in this order, all with the time stamp given (the same input gives the same bytes).
    static Result<QByteArray> write(const QList<Entry> &entries, const QDateTime &stamp);
    // The same straight into a device (a QSaveFile) from its current position: an archive of large photos
    // is never held in memory a second time. The device must allow seeking (libzip goes back to fill in
    // each entry's sizes); an empty list writes nothing.
    static Result<void> write(const QList<Entry> &entries, const QDateTime &stamp, QIODevice *device);

    // A name that Windows, macOS and Linux all accept for a file: no / \ : * ? " < > | or control
    // characters, no trailing dot or space, not a device name (CON, NUL, COM1 …); umlauts stay.
    static QString safeFileName(const QString &name, const QString &fallback);
};

} // namespace pressdesk
