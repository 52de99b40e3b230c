// The ZIP writer behind the ODT and the press kit: what it writes reads back as written (names with
// umlauts, stored and compressed entries, time stamps), the same input gives the same bytes, it needs no
// temporary folder, and a device that refuses bytes (a full disk) is reported with the device's words.

#include "failingdevice.h"
#include "formats/ziparchive.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace pressdesk;

namespace {
struct ReadBack
{
    QString path;
    QByteArray data;
    zip_uint16_t method = 0;
    time_t modified = 0;
};

// The archive as another reader sees it, checked for consistency on the way (ZIP_CHECKCONS).
QList<ReadBack> readBack(zip_t *archive)
{
    QList<ReadBack> all;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            return {};
        ReadBack entry;
        entry.path = QString::fromUtf8(stat.name);
        entry.method = stat.comp_method;
        entry.modified = stat.mtime;
        entry.data.resize(qsizetype(stat.size));
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        const bool complete = file && zip_fread(file, entry.data.data(), stat.size) == zip_int64_t(stat.size);
        if (file)
            zip_fclose(file);
        if (!complete)
            return {};
        all.append(entry);
    }
    zip_close(archive);
    return all;
}

QList<ReadBack> readBackFile(const QString &path)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    return archive ? readBack(archive) : QList<ReadBack>{};
}

QList<ReadBack> readBackBytes(const QByteArray &bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (source && !archive)
        zip_source_free(source);
    zip_error_fini(&error);
    return archive ? readBack(archive) : QList<ReadBack>{};
}

QList<ZipArchive::Entry> kitEntries()
{
    // A photo is incompressible and stored; text is compressed. 3 MB make libzip write in many pieces.
    QByteArray photo(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20201207);
    random.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
    const QByteArray credits = QByteArray("Foto: Stadt Bochum, Lothar Müller\n").repeated(200);
    return {{QStringLiteral("pressemitteilung.pdf"), QByteArray("%PDF-1.7\n%…\n"), true},
            {QStringLiteral("bilder/Mark 51°7 – Luftbild Köln.jpg"), photo, true},
            {QStringLiteral("bildnachweise.txt"), credits, false}};
}

const QDateTime stamp(QDate(2020, 12, 7), QTime(12, 0), Qt::UTC);
} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedArchiveReadsBackAsWritten()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("Pressemappe Mark 51°7.zip"));
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const Result<void> written = ZipArchive::write(kitEntries(), stamp, &file);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorMessage()));
        QVERIFY(file.commit());

        const QList<ReadBack> entries = readBackFile(path);
        const QList<ZipArchive::Entry> expected = kitEntries();
        QCOMPARE(entries.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(entries[i].path, expected[i].path);
            QVERIFY2(entries[i].data == expected[i].data, qPrintable(expected[i].path));
            QCOMPARE(entries[i].method,
                     expected[i].store ? zip_uint16_t(ZIP_CM_STORE) : zip_uint16_t(ZIP_CM_DEFLATE));
            QCOMPARE(QDateTime::fromSecsSinceEpoch(entries[i].modified).date(), stamp.date());
        }
        const QFileInfo saved(path);
        QVERIFY2(saved.size() < expected[1].data.size() + expected[2].data.size(), "the text is compressed");
    }

    void inMemoryTheSameBytes()
    {
        const Result<QByteArray> first = ZipArchive::write(kitEntries(), stamp);
        const Result<QByteArray> second = ZipArchive::write(kitEntries(), stamp);
        QVERIFY(first && second);
        QVERIFY2(*first == *second, "the same input gives the same bytes");
        QCOMPARE(readBackBytes(*first).size(), kitEntries().size());

        QTemporaryDir folder;
        QSaveFile file(folder.filePath(QStringLiteral("kit.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(ZipArchive::write(kitEntries(), stamp, &file));
        QVERIFY(file.commit());
        QFile saved(file.fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY2(saved.readAll() == *first, "a file and memory get the same archive");
    }

    // A kit is exported where the user says, even when the temporary folder is unusable (full, or, as
    // here, TMPDIR naming a file: a missing folder would make Qt fall back to the working directory).
    void needsNoTemporaryFolder()
    {
        QTemporaryDir folder;
        const QString notAFolder = folder.filePath(QStringLiteral("tmp"));
        QVERIFY(testsupport::writeBytes(notAFolder, QByteArray()));
        const QByteArray oldTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(notAFolder));
        const auto restore = qScopeGuard([&] { qputenv("TMPDIR", oldTemp); });
        QSaveFile file(folder.filePath(QStringLiteral("kit.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const Result<void> written = ZipArchive::write(kitEntries(), stamp, &file);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorMessage()));
        QVERIFY(file.commit());
        QCOMPARE(readBackFile(file.fileName()).size(), kitEntries().size());
    }

    void aRefusedWriteIsReported_data()
    {
        QTest::addColumn<int>("acceptedBytes");
        QTest::newRow("nothing accepted") << 0;
        QTest::newRow("cut in the first entry") << 20;
        QTest::newRow("cut in the photo") << 1024 * 1024;
        QTest::newRow("cut in the directory") << 3 * 1024 * 1024 + 200;
    }

    void aRefusedWriteIsReported()
    {
        QFETCH(int, acceptedBytes);
        testsupport::FailingDevice device(acceptedBytes);
        QVERIFY(device.open(QIODevice::WriteOnly));
        const Result<void> written = ZipArchive::write(kitEntries(), stamp, &device);
        QVERIFY2(!written, "a refused write must not be reported as success");
        QCOMPARE(int(written.error().kind), int(Error::Kind::Io));
        QVERIFY2(written.errorMessage().contains(QLatin1String("No space left on device")),
                 qPrintable(written.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
