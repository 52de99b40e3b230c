#include "imageheader.h"

namespace pressdesk {

namespace {
quint32 bigEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

ImageHeader png(const QByteArray &data)
{
    // Signature (8), then the IHDR chunk: length (4), "IHDR", width (4), height (4).
    ImageHeader header{QStringLiteral("image/png"), QSize()};
    if (data.size() >= 24 && data.mid(12, 4) == "IHDR") {
        const quint32 width = bigEndian(data, 16, 4);
        const quint32 height = bigEndian(data, 20, 4);
        if (width > 0 && height > 0 && width <= 0x7fffffff && height <= 0x7fffffff)
            header.size = QSize(int(width), int(height));
    }
    return header;
}

ImageHeader jpeg(const QByteArray &data)
{
    ImageHeader header{QStringLiteral("image/jpeg"), QSize()};
    qsizetype at = 2; // behind SOI
    while (at + 4 <= data.size()) {
        if (quint8(data.at(at)) != 0xff)
            return header; // not a marker where one must be: damaged
        const quint8 marker = quint8(data.at(at + 1));
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8)) { // no length: TEM, RSTn, SOI
            at += 2;
            continue;
        }
        if (marker == 0xd9 || marker == 0xda) // EOI, or the scan begins without a frame header
            return header;
        const qsizetype length = qsizetype(bigEndian(data, at + 2, 2));
        if (length < 2)
            return header;
        // SOF0 … SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
        const bool frame =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (frame) {
            if (at + 9 > data.size() || length < 7)
                return header;
            const int height = int(bigEndian(data, at + 5, 2));
            const int width = int(bigEndian(data, at + 7, 2));
            if (width > 0 && height > 0)
                header.size = QSize(width, height);
            return header;
        }
        at += 2 + length;
    }
    return header;
}

ImageHeader gif(const QByteArray &data)
{
    ImageHeader header{QStringLiteral("image/gif"), QSize()};
    if (data.size() >= 10) {
        const int width = quint8(data.at(6)) | (quint8(data.at(7)) << 8);
        const int height = quint8(data.at(8)) | (quint8(data.at(9)) << 8);
        if (width > 0 && height > 0)
            header.size = QSize(width, height);
    }
    return header;
}
} // namespace

ImageHeader ImageHeader::read(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return png(data);
    if (data.startsWith("\xff\xd8\xff"))
        return jpeg(data);
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return gif(data);
    return {};
}

QString ImageHeader::suffixFor(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    if (type == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (type == QLatin1String("image/jpeg") || type == QLatin1String("image/jpg"))
        return QStringLiteral("jpg");
    if (type == QLatin1String("image/gif"))
        return QStringLiteral("gif");
    if (type == QLatin1String("image/svg+xml"))
        return QStringLiteral("svg");
    if (type == QLatin1String("image/webp"))
        return QStringLiteral("webp");
    return QStringLiteral("bin");
}

} // namespace pressdesk
