#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <zip.h>

#include <memory>

namespace pressdesk {

namespace {
struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

Error zipFailure(const char *detail)
{
    return makeError(
        Error::Kind::Internal,
        ZipArchive::tr("The ZIP file could not be put together: %1").arg(QString::fromUtf8(detail)));
}
} // namespace

Result<QByteArray> ZipArchive::write(const QList<Entry> &entries, const QDateTime &stamp)
{
    zip_error_t error;
    zip_error_init(&error);
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return zipFailure(zip_error_strerror(&error));
    zip_source_keep(buffer.get()); // the archive frees its source on close; the bytes are read from it after
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer.get()); // the reference zip_source_keep() added
        return zipFailure(zip_error_strerror(&error));
    }
    const time_t time = time_t(
        (stamp.isValid() ? stamp : QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC)).toSecsSinceEpoch());
    const auto fail = [&]() -> Result<QByteArray> {
        const Error failure = zipFailure(zip_strerror(archive));
        zip_discard(archive);
        return failure;
    };
    for (const Entry &entry : entries) {
        // The data stays alive until zip_close(): entries is the caller's.
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!source)
            return fail();
        const zip_int64_t index = zip_file_add(archive, entry.path.toUtf8().constData(), source,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return fail();
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index),
                                     entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0 ||
            zip_file_set_mtime(archive, zip_uint64_t(index), time, 0) < 0)
            return fail();
    }
    if (zip_close(archive) < 0)
        return fail();

    if (zip_source_open(buffer.get()) < 0)
        return zipFailure(zip_error_strerror(zip_source_error(buffer.get())));
    QByteArray bytes;
    char chunk[65536];
    zip_int64_t read = 0;
    while ((read = zip_source_read(buffer.get(), chunk, sizeof chunk)) > 0)
        bytes.append(chunk, qsizetype(read));
    const bool complete = read == 0;
    zip_source_close(buffer.get());
    if (!complete)
        return zipFailure(zip_error_strerror(zip_source_error(buffer.get())));
    return bytes;
}

Result<void> ZipArchive::write(const QList<Entry> &entries, const QDateTime &stamp, QIODevice *device)
{
    QTemporaryFile file(QDir(QDir::tempPath()).filePath(QStringLiteral("pressdesk-zip-XXXXXX")));
    if (!file.open())
        return makeError(Error::Kind::Io, tr("No temporary file for the ZIP: %1").arg(file.errorString()));
    file.close(); // libzip writes it under its name
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(file.fileName()).constData(), ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const Error failure = zipFailure(zip_error_strerror(&error));
        zip_error_fini(&error);
        return failure;
    }
    const time_t time = time_t(
        (stamp.isValid() ? stamp : QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC)).toSecsSinceEpoch());
    for (const Entry &entry : entries) {
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, entry.path.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0 ||
            zip_set_file_compression(archive, zip_uint64_t(index),
                                     entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0 ||
            zip_file_set_mtime(archive, zip_uint64_t(index), time, 0) < 0) {
            if (source && index < 0)
                zip_source_free(source);
            const Error failure = zipFailure(zip_strerror(archive));
            zip_discard(archive);
            return failure;
        }
    }
    if (zip_close(archive) < 0) {
        const Error failure = zipFailure(zip_strerror(archive));
        zip_discard(archive);
        return failure;
    }
    // libzip replaced the file under its name: read that one (the QTemporaryFile still removes it).
    QFile packed(file.fileName());
    if (!packed.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
                         tr("The ZIP file cannot be read back: %1").arg(packed.errorString()));
    QByteArray chunk;
    while (!(chunk = packed.read(1 << 20)).isEmpty()) {
        if (device->write(chunk) != chunk.size())
            return makeError(Error::Kind::Io, device->errorString());
    }
    if (packed.error() != QFileDevice::NoError)
        return makeError(Error::Kind::Io, packed.errorString());
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
