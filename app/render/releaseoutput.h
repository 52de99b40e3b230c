#pragma once

#include "core/housestyle.h"
#include "core/releasedocument.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace pressdesk {

// A release in each format that leaves the office, as bytes for a file: the PDF (tagged, accessible),
// ODT for LibreOffice, HTML for the website, Markdown, and plain text for an e-mail body.
class ReleaseOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseOutput)
public:
    enum class Format
    {
        Pdf,
        Odt,
        Html,
        Markdown,
        Text,
    };
    // The format a file name asks for by its extension (.pdf .odt .html/.htm .md .txt).
    static std::optional<Format> formatOf(const QString &path);
    static QString supportedExtensions(); // ".pdf, .odt, .html, .md, .txt": for messages

    struct Options
    {
        bool pdfa = false;
        QDateTime now = QDateTime::currentDateTimeUtc(); // the Sperrfrist banner shows before its end
    };
    static Result<QByteArray> render(const ReleaseDocument &document, const HouseStyle &style, Format format,
                                     const Options &options);
};

} // namespace pressdesk
