#include "formats/imageheader.h"

#include <QTest>

using namespace pressdesk;

namespace {
// A real 64 × 48 PNG (two colours in squares), small enough to keep here.
const QByteArray &png()
{
    static const char bytes[] =
        "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x40\x00\x00\x00\x30"
        "\x08\x02\x00\x00\x00\x2e\x29\xeb\x48\x00\x00\x00\x59\x49\x44\x41\x54\x78\xda\xed\xd7\x41\x09\x00"
        "\x20\x10\x04\xc0\x8b\x62\x04\x23\x19\xcd\x28\x46\x32\x82\x19\xee\x40\x10\x1c\xd8\xf7\xb2\xf3\xdc"
        "\x68\x63\xa6\xb2\x57\x4f\xe5\x76\x7f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x94\x01\xaf\x0d"
        "\xca\xf6\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd4\x01\x1e\x19\x00\x00\x00\x00\x00\x00\x00"
        "\x00\x00\xc0\xb7\x80\x03\xb8\x90\x01\x0f\x0c\x8f\x9a\x04\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42"
        "\x60\x82";
    static const QByteArray data(bytes, sizeof bytes - 1);
    return data;
}
} // namespace

// The exports of a release: each carries the whole release in the document's language, and each is
// checked the way its reader reads it.
class TestReleaseExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageHeaders()
    {
        QCOMPARE(ImageHeader::read(png()).mimeType, QStringLiteral("image/png"));
        QCOMPARE(ImageHeader::read(png()).size, QSize(64, 48));
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000"
                                                    "ffc00011080030004003012200021101031101ffd9");
        QCOMPARE(ImageHeader::read(jpeg).mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(ImageHeader::read(jpeg).size, QSize(64, 48));
        QCOMPARE(ImageHeader::read(QByteArray::fromHex("4749463839610a000500")).size, QSize(10, 5));
        // Damaged or cut short: the type when known, never a size read beyond the bytes.
        QVERIFY(!ImageHeader::read(jpeg.left(12)).size.isValid());
        QVERIFY(!ImageHeader::read(png().left(20)).size.isValid());
        QVERIFY(ImageHeader::read(QByteArrayLiteral("hello")).mimeType.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseExports)
#include "tst_releaseexports.moc"
