#include "releaseoutput.h"

#include "formats/releasehtml.h"
#include "formats/releasemarkdown.h"
#include "formats/releaseodt.h"
#include "formats/releaseplaintext.h"
#include "releasepages.h"

#include <QFileInfo>

namespace pressdesk {

std::optional<ReleaseOutput::Format> ReleaseOutput::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("txt"))
        return Format::Text;
    return std::nullopt;
}

QString ReleaseOutput::supportedExtensions()
{
    return QStringLiteral(".pdf, .odt, .html, .md, .txt");
}

Result<QByteArray> ReleaseOutput::render(const ReleaseDocument &document, const HouseStyle &style,
                                         Format format, const Options &options)
{
    switch (format) {
    case Format::Pdf: {
        ReleasePages::Options layoutOptions;
        layoutOptions.now = options.now;
        Result<ReleasePages> pages = ReleasePages::layOut(document, style, layoutOptions);
        if (!pages)
            return pages.error();
        ReleasePages::PdfOptions pdfOptions;
        pdfOptions.pdfa = options.pdfa;
        pdfOptions.producer =
            QStringLiteral("PressDesk %1").arg(QCoreApplication::applicationVersion()).trimmed();
        return std::move(*pages).pdf(pdfOptions);
    }
    case Format::Text:
        return ReleasePlainText::writeEmail(document).toUtf8();
    case Format::Odt:
        return ReleaseOdt::write(document);
    case Format::Html:
        return ReleaseHtml::write(document);
    case Format::Markdown:
        return ReleaseMarkdown::write(document);
    }
    return makeError(Error::Kind::Internal, tr("Unknown export format."));
}

} // namespace pressdesk
