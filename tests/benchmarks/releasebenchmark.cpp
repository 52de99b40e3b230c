// Release composer benchmark: a program that prints figures, not a test (issue #11, point 9). Generates a
// 50-page release (about 150,000 characters of prose, 40 quote blocks, 10 timeline blocks, 10 photos) in a
// fresh file and measures, in the real ReleasesPage on an offscreen display:
//   - opening it in the editor (read, render the quote, timeline and photo blocks, lay out, first paint);
//   - keystroke to repaint, counts and spell check included (a key typed into the body, events processed
//     until the counts are updated, the body repainted), at 300 places spread over the text;
//   - an autosave of a changed release (saveNow after a typed change; a version is kept each time).
//
//   release_benchmark [--chars N] [--keys K] [--keep FILE]
//   QT_QPA_PLATFORM=offscreen is set by the program itself.

#include "models/releasebodydocument.h"
#include "models/spellhighlighter.h"
#include "releasegenerator.h"
#include "storage/store.h"
#include "ui/bodyedit.h"
#include "ui/releaseeditor.h"
#include "ui/releasepreview.h"
#include "ui/releasespage.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace pressdesk;

namespace {

QTextStream out(stdout);

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.empty())
        return {};
    return {values[values.size() / 2], values[std::min(values.size() - 1, values.size() * 95 / 100)],
            values.back()};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("chars"), QStringLiteral("Characters of prose (default 150000)."),
                      QStringLiteral("N"), QStringLiteral("150000")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Keystrokes to time (default 300)."),
                      QStringLiteral("K"), QStringLiteral("300")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Write the file here and keep it."), QStringLiteral("FILE")});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep"))
                             ? parser.value(QStringLiteral("keep"))
                             : dir.filePath(QStringLiteral("release.pressdesk"));
    QFile::remove(path);
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::OpenMode::CreateNew);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return 1;
    }
    Store &store = **opened;
    QElapsedTimer clock;
    clock.start();
    Result<RecordId> generated = generateLongRelease(store, parser.value(QStringLiteral("chars")).toInt());
    if (!generated) {
        out << generated.errorMessage() << Qt::endl;
        return 1;
    }
    const RecordId id = *generated;
    const PressRelease release = *store.releases().find(id);
    int quotes = 0, timelines = 0, photos = 0, prose = 0;
    for (const ReleaseBlock &block : release.content.blocks) {
        quotes += block.kind == ReleaseBlock::Kind::Quote;
        timelines += block.kind == ReleaseBlock::Kind::Timeline;
        photos += block.kind == ReleaseBlock::Kind::Photo;
        prose += int(plainText(block.runs).size());
    }
    out << "Release composer benchmark (" << QThread::idealThreadCount() << " cores, offscreen, Qt "
        << qVersion() << ")\n";
    out << "release: " << release.content.blocks.size() << " blocks, " << prose << " characters of prose, "
        << quotes << " quotes, " << timelines << " timelines, " << photos << " photos (generated in "
        << clock.elapsed() << " ms)\n\n";

    QUndoStack stack;
    ReleasesPage page(&stack);
    page.resize(1600, 1000);
    page.show();
    page.setStore(&store);
    QApplication::processEvents();
    RecordId other = 0;
    for (const PressRelease &each : *store.releases().all()) {
        if (each.meta.id != id)
            other = each.meta.id;
    }

    // The first opening: no word of the release is known to the spell checker yet; it looks them up in
    // the background afterwards.
    page.selectRelease(other);
    QApplication::processEvents();
    clock.restart();
    page.selectRelease(id);
    page.repaint();
    const double firstOpen = clock.nsecsElapsed() / 1e6;
    SpellHighlighter *highlighter = page.editor()->body()->highlighter();
    clock.restart();
    while (highlighter && highlighter->hasPendingWords())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const double spellCatchUp = clock.nsecsElapsed() / 1e6;

    // Opening again: switch from the short release to the long one, until the page is painted.
    std::vector<double> opens;
    for (int round = 0; round < 7; ++round) {
        page.selectRelease(other);
        QApplication::processEvents();
        clock.restart();
        page.selectRelease(id);
        page.repaint();
        opens.push_back(clock.nsecsElapsed() / 1e6);
    }
    if (page.editor()->body()->document()->characterCount() < prose) {
        out << "the release did not open in the editor\n";
        return 1;
    }
    // Keystrokes at places spread over the text.
    BodyEdit *body = page.editor()->body();
    body->setFocus();
    std::vector<double> keys;
    const int keyCount = parser.value(QStringLiteral("keys")).toInt();
    QRandomGenerator random(7);
    std::vector<double> autosavesDuringKeys;
    for (int i = 0; i < keyCount; ++i) {
        if (i % 20 == 0) { // a new place every 20 keys, as an editor moves through a text
            QTextBlock block =
                body->document()->findBlockByNumber(random.bounded(body->document()->blockCount()));
            while (ReleaseBodyDocument::isObjectParagraph(block) && block.next().isValid())
                block = block.next();
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock);
            body->setTextCursor(cursor);
            body->ensureCursorVisible();
            QApplication::processEvents();
        }
        clock.restart();
        QTest::keyClick(body, i % 7 == 6 ? ' ' : char('a' + i % 26));
        QApplication::processEvents(); // the counts (a zero timer), the spell checker's slice
        body->viewport()->repaint();
        keys.push_back(clock.nsecsElapsed() / 1e6);
        if (i % 15 == 14) { // a typist's pause: the autosave comes, outside the keystroke
            clock.restart();
            page.saveNow();
            autosavesDuringKeys.push_back(clock.nsecsElapsed() / 1e6);
        }
    }

    // The page preview after a pause in typing: from a keystroke to the preview's new pages, the 250 ms
    // pause included, for the long release and for the short one (with the Page Preview tab shown).
    if (auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("sideTabs")))
        tabs->setCurrentIndex(1);
    const auto previewAfterPause = [&](RecordId shown, int times) {
        page.selectRelease(shown);
        ReleasePreview *preview = page.preview();
        QElapsedTimer waited;
        waited.start();
        while ((preview->isRendering() || preview->pageCount() == 0 || waited.elapsed() < 400) &&
               waited.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        BodyEdit *edit = page.editor()->body();
        edit->setFocus();
        std::vector<double> values;
        for (int i = 0; i < times; ++i) {
            QSignalSpy rendered(preview, &ReleasePreview::rendered);
            clock.restart();
            QTest::keyClick(edit, 'x');
            while (rendered.isEmpty() && clock.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            values.push_back(clock.nsecsElapsed() / 1e6);
        }
        return std::make_pair(figuresOf(values), preview->pageCount());
    };
    const auto [shortPreview, shortPages] = previewAfterPause(other, 9);
    const auto [longPreview, longPages] = previewAfterPause(id, 5);

    const Figures open = figuresOf(opens);
    const Figures key = figuresOf(keys);
    const Figures save = figuresOf(autosavesDuringKeys);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("measure"), -44)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("p95"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("target"), 9);
    const auto row = [](const QString &name, const Figures &f, const QString &target) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -44)
                   .arg(QStringLiteral("%1 ms").arg(f.median, 0, 'f', 1), 9)
                   .arg(QStringLiteral("%1 ms").arg(f.p95, 0, 'f', 1), 9)
                   .arg(QStringLiteral("%1 ms").arg(f.max, 0, 'f', 1), 9)
                   .arg(target, 9);
    };
    row(QStringLiteral("open in the editor (%1 times)").arg(opens.size()), open, QStringLiteral("< 300 ms"));
    row(QStringLiteral("keystroke to repaint, counts and spelling (%1)").arg(keys.size()), key,
        QStringLiteral("p95 < 16"));
    row(QStringLiteral("autosave of a changed release (%1)").arg(autosavesDuringKeys.size()), save,
        QStringLiteral("< 50 ms"));
    row(QStringLiteral("preview after a pause, %1-page release (9)").arg(shortPages), shortPreview,
        QStringLiteral("< 300 ms"));
    row(QStringLiteral("preview after a pause, %1-page release (5)").arg(longPages), longPreview,
        QStringLiteral("-"));
    out << QStringLiteral("first opening, no word known to the spell checker yet: %1 ms; its background "
                          "spell check of the whole release: %2 ms\n")
               .arg(firstOpen, 0, 'f', 1)
               .arg(spellCatchUp, 0, 'f', 0);
    out << QStringLiteral("peak memory: %1 MiB; file: %2 KiB with %3 versions\n")
               .arg(peakRssMiB(), 0, 'f', 0)
               .arg(QFileInfo(path).size() / 1024)
               .arg(store.releases().versions(id)->size());
    return 0;
}
