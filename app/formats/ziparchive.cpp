#include "ziparchive.h"

#include <QBuffer>
#include <QIODevice>
#include <QRegularExpression>
#include <QScopeGuard>

#include <zip.h>

namespace pressdesk {

namespace {
Error zipFailure(const QString &detail, Error::Kind kind = Error::Kind::Internal)
{
    return makeError(kind, ZipArchive::tr("The ZIP file could not be put together: %1").arg(detail));
}

// libzip writes the archive straight into the caller's device (a QSaveFile, a QBuffer) through this
// source: no temporary file and no second copy of the photos. (libzip's own file output would also name its
// temporary file with OpenSSL's random generator, whose per-thread state a worker thread leaves behind.)
// The archive is new: to libzip the device reads as empty, and what it writes goes where it seeks.
struct DeviceOutput
{
    QIODevice *device = nullptr;
    zip_error_t error;
    QString deviceError; // the device's own words (e.g. a full disk), better than libzip's "Write error"

    zip_int64_t fail(int zipError)
    {
        zip_error_set(&error, zipError, 0);
        return -1;
    }
    zip_int64_t failOnDevice(int zipError)
    {
        deviceError = device->errorString();
        return fail(zipError);
    }
};

zip_int64_t deviceOutputCommand(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *output = static_cast<DeviceOutput *>(userdata);
    QIODevice *device = output->device;
    switch (command) {
    case ZIP_SOURCE_SUPPORTS:
        return ZIP_SOURCE_SUPPORTS_WRITABLE;
    case ZIP_SOURCE_STAT: {
        auto *info = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &output->error);
        if (!info)
            return -1;
        zip_stat_init(info);
        info->valid |= ZIP_STAT_SIZE;
        info->size = 0; // a new archive: nothing to read
        return zip_int64_t(sizeof(*info));
    }
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_READ:
    case ZIP_SOURCE_SEEK:
    case ZIP_SOURCE_TELL:
        return 0;
    case ZIP_SOURCE_BEGIN_WRITE:
    case ZIP_SOURCE_COMMIT_WRITE: // the device is committed (or not) by its owner
    case ZIP_SOURCE_ROLLBACK_WRITE:
    case ZIP_SOURCE_REMOVE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_WRITE: {
        // A device may take fewer bytes than offered; only a refusal is a failure.
        const char *bytes = static_cast<const char *>(data);
        for (qint64 left = qint64(length); left > 0;) {
            const qint64 written = device->write(bytes + (qint64(length) - left), left);
            if (written <= 0)
                return output->failOnDevice(ZIP_ER_WRITE);
            left -= written;
        }
        return zip_int64_t(length);
    }
    case ZIP_SOURCE_SEEK_WRITE: {
        const zip_int64_t position = zip_source_seek_compute_offset(
            zip_uint64_t(device->pos()), zip_uint64_t(device->size()), data, length, &output->error);
        if (position < 0)
            return -1;
        if (!device->seek(position))
            return output->failOnDevice(ZIP_ER_SEEK);
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE:
        return device->pos();
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&output->error, data, length);
    default:
        return output->fail(ZIP_ER_OPNOTSUPP);
    }
}
} // namespace

Result<QByteArray> ZipArchive::write(const QList<Entry> &entries, const QDateTime &stamp)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written = write(entries, stamp, &buffer);
    if (!written)
        return written.error();
    buffer.close();
    return bytes;
}

Result<void> ZipArchive::write(const QList<Entry> &entries, const QDateTime &stamp, QIODevice *device)
{
    if (device->isSequential())
        return zipFailure(tr("the output cannot be written out of order"));
    DeviceOutput output;
    output.device = device;
    zip_error_init(&output.error);
    const auto cleanUp = qScopeGuard([&output] { zip_error_fini(&output.error); });

    zip_error_t error;
    zip_error_init(&error);
    const auto cleanUpError = qScopeGuard([&error] { zip_error_fini(&error); });
    zip_source_t *source = zip_source_function_create(deviceOutputCommand, &output, &error);
    if (!source)
        return zipFailure(QString::fromUtf8(zip_error_strerror(&error)));
    zip_t *archive = zip_open_from_source(source, ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(source); // the archive owns its source only once it is open
        return zipFailure(QString::fromUtf8(zip_error_strerror(&error)));
    }
    const auto fail = [&]() -> Result<void> {
        const Error failure = output.deviceError.isEmpty()
                                  ? zipFailure(QString::fromUtf8(zip_strerror(archive)))
                                  : zipFailure(output.deviceError, Error::Kind::Io);
        zip_discard(archive);
        return failure;
    };

    const time_t time = time_t(
        (stamp.isValid() ? stamp : QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC)).toSecsSinceEpoch());
    for (const Entry &entry : entries) {
        // The data stays alive until zip_close(): entries is the caller's.
        zip_source_t *data =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!data)
            return fail();
        const zip_int64_t index =
            zip_file_add(archive, entry.path.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(data);
            return fail();
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index),
                                     entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0 ||
            zip_file_set_mtime(archive, zip_uint64_t(index), time, 0) < 0)
            return fail();
    }
    if (zip_close(archive) < 0)
        return fail();
    return {};
}

QString ZipArchive::safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            safe += QLatin1Char('-');
        else
            safe += c;
    }
    safe = safe.simplified();
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')) || device.match(safe).hasMatch())
        return fallback;
    return safe.left(120);
}

} // namespace pressdesk
