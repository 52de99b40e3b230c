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
#include "storage/store.h"
#include "ui/bodyedit.h"
#include "ui/releaseeditor.h"
#include "ui/releasespage.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
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

// German press prose from a fixed vocabulary (deterministic), so that the spell checker has real work:
// most words are in the dictionary, a few names are not.
QString sentence(QRandomGenerator &random)
{
    static const QStringList words = {
        QStringLiteral("die"),
        QStringLiteral("Stadt"),
        QStringLiteral("Bochum"),
        QStringLiteral("hat"),
        QStringLiteral("im"),
        QStringLiteral("vergangenen"),
        QStringLiteral("Jahr"),
        QStringLiteral("zahlreiche"),
        QStringLiteral("Unternehmen"),
        QStringLiteral("angesiedelt"),
        QStringLiteral("und"),
        QStringLiteral("damit"),
        QStringLiteral("neue"),
        QStringLiteral("Arbeitsplätze"),
        QStringLiteral("geschaffen"),
        QStringLiteral("der"),
        QStringLiteral("Strukturwandel"),
        QStringLiteral("zeigt"),
        QStringLiteral("Wirkung"),
        QStringLiteral("auf"),
        QStringLiteral("dem"),
        QStringLiteral("ehemaligen"),
        QStringLiteral("Werksgelände"),
        QStringLiteral("entstehen"),
        QStringLiteral("Büros"),
        QStringLiteral("Labore"),
        QStringLiteral("Wohnungen"),
        QStringLiteral("Oberbürgermeister"),
        QStringLiteral("Eiskirch"),
        QStringLiteral("betont"),
        QStringLiteral("Bedeutung"),
        QStringLiteral("Wirtschaftsförderung"),
        QStringLiteral("für"),
        QStringLiteral("Region"),
        QStringLiteral("Vonovia"),
        QStringLiteral("Hochschulen"),
        QStringLiteral("Forschung"),
        QStringLiteral("Zukunft"),
        QStringLiteral("gemeinsam"),
        QStringLiteral("mit"),
        QStringLiteral("Partnern"),
        QStringLiteral("weiter"),
    };
    QStringList chosen;
    const int length = random.bounded(8, 20);
    for (int i = 0; i < length; ++i)
        chosen.append(words.at(random.bounded(int(words.size()))));
    chosen.first()[0] = chosen.first().at(0).toUpper();
    return chosen.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QByteArray photoBytes(int index)
{
    QImage image(1200, 800, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 36) % 360, 120, 200));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 60));
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Foto %1").arg(index + 1));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

Result<RecordId> generate(Store &store, int characters)
{
    QRandomGenerator random(20201207);
    Contact mayor;
    mayor.givenName = QStringLiteral("Thomas");
    mayor.familyName = QStringLiteral("Eiskirch");
    mayor.role = QStringLiteral("Oberbürgermeister");
    Result<Contact> speaker = store.contacts().insert(mayor);
    if (!speaker)
        return speaker.error();
    QList<RecordId> quotes;
    for (int i = 0; i < 40; ++i) {
        Quote quote;
        quote.text = sentence(random) + QLatin1Char(' ') + sentence(random);
        quote.speakerId = speaker->meta.id;
        quote.speakerRole = QStringLiteral("Oberbürgermeister");
        quote.saidOn = PartialDate::fromYmd(2020, 1 + i % 12, 1 + i % 28);
        quote.state = AuthorisationState::Authorised;
        quote.authorisedBy = QStringLiteral("Büro des Oberbürgermeisters");
        quote.authorisedAt = QDateTime(QDate(2020, 12, 1), QTime(9, 0), Qt::UTC);
        Result<Quote> stored = store.quotes().insert(quote);
        if (!stored)
            return stored.error();
        quotes.append(stored->meta.id);
    }
    QList<RecordId> milestones;
    for (int i = 0; i < 60; ++i) {
        Milestone milestone;
        milestone.start = PartialDate::fromYear(2011 + i / 6);
        milestone.title = sentence(random).left(60);
        milestone.status = MilestoneStatus::Approved;
        Result<Milestone> stored = store.milestones().insert(milestone);
        if (!stored)
            return stored.error();
        milestones.append(stored->meta.id);
    }
    QList<RecordId> photos;
    for (int i = 0; i < 10; ++i) {
        Asset asset;
        asset.fileName = QStringLiteral("foto-%1.jpg").arg(i + 1);
        asset.mimeType = QStringLiteral("image/jpeg");
        asset.data = photoBytes(i);
        asset.caption = QStringLiteral("Das Opel-Areal, Ansicht %1").arg(i + 1);
        asset.credit = QStringLiteral("Stadt Bochum");
        asset.licence = QStringLiteral("CC BY 4.0");
        Result<Asset> stored = store.assets().insert(asset);
        if (!stored)
            return stored.error();
        photos.append(stored->meta.id);
    }

    PressRelease release;
    release.headline = QStringLiteral("Bochum zieht Bilanz: sechs Jahre Strukturwandel");
    release.place = QStringLiteral("Bochum");
    release.releaseDate = QDate(2020, 12, 7);
    release.lead = sentence(random) + QLatin1Char(' ') + sentence(random);
    int written = 0;
    int objects = 0;
    while (written < characters) {
        QString paragraph;
        while (paragraph.size() < 520)
            paragraph += sentence(random) + QLatin1Char(' ');
        ReleaseBlock block = ReleaseBlock::paragraph(paragraph.trimmed());
        block.runs.append(TextRun{QStringLiteral(" Mehr dazu"), true, false, QString()});
        block.runs.append(
            TextRun{QStringLiteral(" im Netz."), false, false, QStringLiteral("https://www.bochum.de")});
        written += int(plainText(block.runs).size());
        release.content.blocks.append(block);
        // 60 objects spread over the text: 40 quotes, 10 timelines, 10 photos.
        const int due = written * 60 / characters;
        while (objects < std::min(60, due)) {
            if (objects % 6 == 4) {
                release.content.blocks.append(ReleaseBlock::milestones(milestones.mid((objects / 6) * 6, 6)));
            } else if (objects % 6 == 5) {
                release.content.blocks.append(ReleaseBlock::photo(photos.at(objects / 6)));
            } else {
                release.content.blocks.append(
                    ReleaseBlock::quote(quotes.at((objects / 6) * 4 + objects % 6)));
            }
            ++objects;
        }
        if (release.content.blocks.size() % 25 == 0)
            release.content.blocks.append(ReleaseBlock::subheading(sentence(random).left(50)));
    }
    Result<PressRelease> stored = store.releases().insert(release);
    if (!stored)
        return stored.error();
    PressRelease small;
    small.headline = QStringLiteral("Eine kurze Meldung");
    small.releaseDate = QDate(2020, 12, 8); // newest: the page opens it first, so the long one opens cold
    small.content.blocks = {ReleaseBlock::paragraph(sentence(random))};
    if (Result<PressRelease> other = store.releases().insert(small); !other)
        return other.error();
    return stored->meta.id;
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
    Result<RecordId> generated = generate(store, parser.value(QStringLiteral("chars")).toInt());
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
