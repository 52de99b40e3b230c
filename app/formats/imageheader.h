#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace pressdesk {

// What the first bytes of an image say about it: its type and its size in pixels. The formats layer has
// no QImage (that is Qt Gui), yet an ODT frame needs a size and an HTML page a trustworthy MIME type.
struct ImageHeader
{
    QString mimeType; // "image/png", "image/jpeg", "image/gif"; empty when not recognised
    QSize size;       // invalid when the header does not say (or is damaged)

    // Reads PNG (IHDR), JPEG (the first SOF marker) and GIF (the logical screen); never reads past data.
    static ImageHeader read(const QByteArray &data);
    // The file name extension for a MIME type: "png", "jpg", "gif", "svg", "webp"; "bin" otherwise.
    static QString suffixFor(const QString &mimeType);
};

} // namespace pressdesk
