// Release export benchmark: a program that prints figures, not a test (issue #12, point 10). Generates the
// 50-page release (about 150,000 characters, 40 quotes, 10 photos, 10 timelines) and exports it to PDF:
//   - PressDesk: ReleaseOutput (Pango layout with German hyphenation, own pagination, tagged cairo PDF,
//     qpdf finishing), in a process of its own like `pressdesk export release`; the time includes
//     indexing the hyphenation patterns, which a process does once (timed alone as well);
//   - the floor: the same text and photos laid out by Pango in one column and written by cairo, with no
//     pagination rules, tags, hyphenation or post-processing, photos embedded undecoded as PressDesk
//     does, in a process of its own;
//   - LibreOffice, when installed: the same content as HTML converted by
//     soffice --headless --convert-to pdf (what users would otherwise do), second run of a fresh profile.
// Each is run three times; the table shows the median time and the largest peak resident memory.
//
//   release_export_benchmark [--chars N] [--runs R] [--keep FILE]

#include "exchange/releaseassembler.h"
#include "formats/releaseplaintext.h"
#include "releasegenerator.h"
#include "render/hyphenationpatterns.h"
#include "render/hyphenator.h"
#include "render/releaseoutput.h"
#include "storage/store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace pressdesk;

namespace {

QTextStream out(stdout);

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

Result<ReleaseDocument> documentOf(const QString &databasePath, RecordId id, HouseStyle *style)
{
    Result<std::unique_ptr<Store>> store = Store::open(databasePath, Database::OpenMode::OpenExisting);
    if (!store)
        return store.error();
    *style = *(*store)->officeSettings().houseStyle();
    return ReleaseAssembler::assemble(**store, id);
}

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

// The floor: one column, lines placed until the page is full, photos scaled to the column; nothing else.
QByteArray floorPdf(const ReleaseDocument &document)
{
    constexpr double width = 595.2756, height = 841.8898, margin = 60, column = width - 2 * margin;
    QByteArray bytes;
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, &bytes, width, height);
    cairo_t *cr = cairo_create(surface);
    PangoLayout *layout = pango_cairo_create_layout(cr);
    PangoFontDescription *font = pango_font_description_from_string("Liberation Sans 10.5");
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, int(column * PANGO_SCALE));
    double y = margin;
    const auto showText = [&](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        pango_layout_set_text(layout, utf8.constData(), int(utf8.size()));
        PangoLayoutIter *iter = pango_layout_get_iter(layout);
        do {
            int top = 0;
            int bottom = 0;
            pango_layout_iter_get_line_yrange(iter, &top, &bottom);
            const double lineHeight = double(bottom - top) / PANGO_SCALE;
            if (y + lineHeight > height - margin) {
                cairo_show_page(cr);
                y = margin;
            }
            cairo_move_to(cr, margin, y + double(pango_layout_iter_get_baseline(iter) - top) / PANGO_SCALE);
            pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter));
            y += lineHeight;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        y += 6;
    };
    showText(document.headline);
    showText(document.lead);
    for (const ReleaseDocument::Block &block : document.blocks) {
        if (block.kind == ReleaseBlock::Kind::Photo) {
            // The cheapest way cairo embeds a JPEG: the file itself as the surface's data, behind a
            // one-bit surface of the photo's size that is never decoded.
            QBuffer buffer(const_cast<QByteArray *>(&block.photo.data));
            const QSize size = QImageReader(&buffer).size();
            const double scale = column / size.width();
            if (y + size.height() * scale > height - margin) {
                cairo_show_page(cr);
                y = margin;
            }
            cairo_surface_t *picture =
                cairo_image_surface_create(CAIRO_FORMAT_A1, size.width(), size.height());
            cairo_surface_set_mime_data(picture, CAIRO_MIME_TYPE_JPEG,
                                        reinterpret_cast<const unsigned char *>(block.photo.data.constData()),
                                        static_cast<unsigned long>(block.photo.data.size()), nullptr,
                                        nullptr);
            cairo_save(cr);
            cairo_translate(cr, margin, y);
            cairo_scale(cr, scale, scale);
            cairo_set_source_surface(cr, picture, 0, 0);
            cairo_paint(cr);
            cairo_restore(cr);
            cairo_surface_destroy(picture);
            y += size.height() * scale + 6;
        }
        const QString text = ReleasePlainText::blockText(block, document.language);
        if (!text.isEmpty())
            showText(text);
    }
    showText(document.boilerplate);
    cairo_show_page(cr);
    g_object_unref(layout);
    pango_font_description_free(font);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return bytes;
}

// A child run: prints "milliseconds peakKiB patternMilliseconds cachedPatternMilliseconds".
int child(const QString &mode, const QString &databasePath, RecordId id, const QString &outputPath)
{
    // PressDesk's finisher has cairo leave page content raw (it deflates it itself); the floor is cairo
    // as it comes, deflating its own content.
    if (mode == QLatin1String("floor"))
        qunsetenv("CAIRO_DEBUG_PDF");
    HouseStyle style;
    Result<ReleaseDocument> document = documentOf(databasePath, id, &style);
    if (!document) {
        out << document.errorMessage() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    double patterns = 0;
    QByteArray bytes;
    double cachedPatterns = 0;
    if (mode == QLatin1String("patterns")) {
        // The hyphenation patterns indexed from the dictionary alone, and read from the index cache that
        // the exports use (XDG_CACHE_HOME, set by the parent).
        timer.start();
        const bool built = HyphenationPatterns::open(Hyphenator::dictionaryPath(), QString()) != nullptr;
        patterns = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const std::unique_ptr<HyphenationPatterns> cached = HyphenationPatterns::open(
            Hyphenator::dictionaryPath(), HyphenationPatterns::defaultCacheFolder());
        cachedPatterns = timer.nsecsElapsed() / 1e6;
        if (!built || !cached || cached->source() != HyphenationPatterns::Source::Cache)
            cachedPatterns = -1;
    } else if (mode == QLatin1String("pressdesk")) {
        timer.start();
        bytes = *ReleaseOutput::render(*document, style, ReleaseOutput::Format::Pdf, {});
    } else {
        timer.start();
        bytes = floorPdf(*document);
    }
    const double milliseconds = timer.nsecsElapsed() / 1e6;
    QFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 1;
    out << milliseconds << ' ' << peakKiB() << ' ' << patterns << ' ' << cachedPatterns << Qt::endl;
    return 0;
}

struct Run
{
    double milliseconds = 0;
    long peak = 0;
    double patterns = 0;
    double cachedPatterns = 0;
};

// Children keep the hyphenation index cache in cacheHome (XDG_CACHE_HOME): the benchmark neither reads nor
// leaves one among the user's caches, and knows whether it is there.
Run runChild(const QString &mode, const QString &databasePath, RecordId id, const QString &outputPath,
             const QString &cacheHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), mode, databasePath, QString::number(id), outputPath});
    process.waitForFinished(-1);
    const QStringList figures = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char(' '));
    return {figures.value(0).toDouble(), figures.value(1).toLong(), figures.value(2).toDouble(),
            figures.value(3).toDouble()};
}

QString pagesOf(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished();
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed();
    }
    return QStringLiteral("?");
}

long childrenPeakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    // A child measures one export in a process like the command-line export: no GUI, no display.
    if (argc == 6 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationVersion(QStringLiteral("benchmark"));
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                     QByteArray(argv[4]).toLongLong(), QString::fromLocal8Bit(argv[5]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the photo generator paints text
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("benchmark"));
    const QStringList arguments = app.arguments();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("chars"), QStringLiteral("Characters of prose (default 150000)."),
                      QStringLiteral("N"), QStringLiteral("150000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3)."),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Also keep the generated file here."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("long.pressdesk"));
    RecordId id = 0;
    {
        Result<std::unique_ptr<Store>> store = Store::open(databasePath, Database::OpenMode::CreateNew);
        if (!store) {
            out << store.errorMessage() << Qt::endl;
            return 1;
        }
        Result<RecordId> generated =
            generateLongRelease(**store, parser.value(QStringLiteral("chars")).toInt());
        if (!generated) {
            out << generated.errorMessage() << Qt::endl;
            return 1;
        }
        id = *generated;
    }
    if (parser.isSet(QStringLiteral("keep")))
        QFile::copy(databasePath, parser.value(QStringLiteral("keep")));

    // Floor and PressDesk take turns, so that a busy spell of the (shared) machine slows both alike; the
    // ratio is the median of each pair's ratio.
    const QString pressdeskPdf = dir.filePath(QStringLiteral("pressdesk.pdf"));
    const QString floorPdfPath = dir.filePath(QStringLiteral("floor.pdf"));
    std::vector<double> floorTimes;
    std::vector<double> pressdeskTimes;
    std::vector<double> ratios;
    Run floor;
    Run pressdesk;
    // The first export on a machine builds the hyphenation index and leaves it in the cache; the runs
    // below read it, as every later export does.
    const QString cacheHome = dir.filePath(QStringLiteral("cache"));
    const Run first = runChild(QStringLiteral("pressdesk"), databasePath, id, pressdeskPdf, cacheHome);
    // Two more first exports, each with a cache folder of its own, for a median of three.
    std::vector<double> firstTimes = {first.milliseconds};
    for (int i = 1; i < 3; ++i)
        firstTimes.push_back(runChild(QStringLiteral("pressdesk"), databasePath, id, pressdeskPdf,
                                      dir.filePath(QStringLiteral("cache-%1").arg(i)))
                                 .milliseconds);
    for (int i = 0; i < runs; ++i) {
        const Run floorRun = runChild(QStringLiteral("floor"), databasePath, id, floorPdfPath, cacheHome);
        const Run pressdeskRun =
            runChild(QStringLiteral("pressdesk"), databasePath, id, pressdeskPdf, cacheHome);
        floorTimes.push_back(floorRun.milliseconds);
        pressdeskTimes.push_back(pressdeskRun.milliseconds);
        ratios.push_back(pressdeskRun.milliseconds / std::max(floorRun.milliseconds, 1.0));
        floor.peak = std::max(floor.peak, floorRun.peak);
        pressdesk.peak = std::max(pressdesk.peak, pressdeskRun.peak);
    }
    const Run patterns = runChild(QStringLiteral("patterns"), databasePath, id,
                                  dir.filePath(QStringLiteral("none")), cacheHome);
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    floor.milliseconds = median(floorTimes);
    pressdesk.milliseconds = median(pressdeskTimes);
    const double floorRatio = median(ratios);

    out << "Release export benchmark: " << parser.value(QStringLiteral("chars"))
        << " characters, 40 quotes, 10 timelines, 10 JPEG photos; median of " << runs << " runs\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("export to PDF"), -44)
               .arg(QStringLiteral("time"), 10)
               .arg(QStringLiteral("peak RSS"), 10)
               .arg(QStringLiteral("pages"), 6);
    const auto row = [](const QString &name, double milliseconds, double peakMiB, const QString &pages) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -44)
                   .arg(QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', 0), 10)
                   .arg(QStringLiteral("%1 MiB").arg(peakMiB, 0, 'f', 0), 10)
                   .arg(pages, 6);
    };
    row(QStringLiteral("PressDesk (tagged, hyphenated, finished)"), pressdesk.milliseconds,
        pressdesk.peak / 1024.0, pagesOf(pressdeskPdf));
    row(QStringLiteral("PressDesk, first export (no index cache yet)"), median(firstTimes),
        first.peak / 1024.0, pagesOf(pressdeskPdf));
    row(QStringLiteral("floor: Pango one column + cairo"), floor.milliseconds, floor.peak / 1024.0,
        pagesOf(floorPdfPath));

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    double office = 0;
    long officePeak = 0;
    if (soffice.isEmpty()) {
        out << "LibreOffice: not installed here (soffice not found); comparison skipped\n";
    } else {
        HouseStyle style;
        Result<ReleaseDocument> document = documentOf(databasePath, id, &style);
        Result<QByteArray> html = ReleaseOutput::render(*document, style, ReleaseOutput::Format::Html, {});
        const QString htmlPath = dir.filePath(QStringLiteral("release.html"));
        QFile file(htmlPath);
        if (html && file.open(QIODevice::WriteOnly)) {
            file.write(*html);
            file.close();
            const QString profile = QStringLiteral("-env:UserInstallation=file://%1").arg(dir.filePath("lo"));
            const QStringList officeArguments = {profile,
                                                 QStringLiteral("--headless"),
                                                 QStringLiteral("--convert-to"),
                                                 QStringLiteral("pdf"),
                                                 QStringLiteral("--outdir"),
                                                 dir.filePath(QStringLiteral("lo-out")),
                                                 htmlPath};
            QProcess::execute(soffice, officeArguments); // first run: creates the profile
            std::vector<double> times;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                QProcess::execute(soffice, officeArguments);
                times.push_back(timer.nsecsElapsed() / 1e6);
            }
            std::sort(times.begin(), times.end());
            office = times[times.size() / 2];
            officePeak = childrenPeakKiB(); // the largest child: LibreOffice, run last
            row(QStringLiteral("LibreOffice: soffice --convert-to pdf (HTML)"), office, officePeak / 1024.0,
                pagesOf(dir.filePath(QStringLiteral("lo-out/release.pdf"))));
        }
    }
    out << "\nThe hyphenation patterns (hyph_de_DE), once per process: indexed from the dictionary "
        << patterns.patterns << " ms, read from the index cache " << patterns.cachedPatterns
        << " ms (on the helper thread while the first finds the font and builds the items). The first export "
           "on a "
           "machine indexes them and writes the cache; the PressDesk runs above read it.\n";
    out << "PressDesk / floor: " << QString::number(floorRatio, 'f', 2)
        << "x time, median of the runs' ratios (target at most 1.5x)\n";
    if (office > 0)
        out << "LibreOffice / PressDesk: " << QString::number(office / pressdesk.milliseconds, 'f', 1)
            << "x time (target at least 3x), memory PressDesk / LibreOffice: "
            << QString::number(double(pressdesk.peak) / officePeak, 'f', 2) << " (target at most 0.2)\n";
    out << "\nCommands: floor and PressDesk as child processes of this program (" << arguments.value(0)
        << " --child floor|pressdesk DB ID OUT.pdf);\nLibreOffice: soffice "
           "-env:UserInstallation=file://PROFILE "
           "--headless --convert-to pdf --outdir OUT release.html\n"
        << Qt::flush;
    return 0;
}
