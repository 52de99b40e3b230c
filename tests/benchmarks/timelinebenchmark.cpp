// Timeline benchmark: a program that prints figures, not a test. Generates N milestones over 50 years
// in 20 categories (deterministic), loads them into the timeline view and measures: load time, time per
// frame for a 1600×900 viewport at three zooms (all, one decade, one year), 100 hit tests, peak memory.
//
//   timeline_benchmark [--count N] [--frames F]     (defaults: 10000 and 100000, 30 frames)
//   QT_QPA_PLATFORM=offscreen is set by the program itself.

#include "models/milestonelistmodel.h"
#include "models/timelinefiltermodel.h"
#include "storage/store.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>
#include <QThread>

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
    return usage.ru_maxrss / 1024.0; // Linux reports KiB
}

// The same data for the same count: 50 years from 1975, a mix of day, month and year precision, a few ranges.
Result<void> generate(Store &store, int count)
{
    QRandomGenerator random(4711);
    QList<RecordId> categories;
    for (int c = 0; c < 20; ++c) {
        Category category;
        category.name = QStringLiteral("Kategorie %1").arg(c + 1, 2, 10, QLatin1Char('0'));
        category.colour = QColor::fromHsv((c * 37) % 360, 160, 200).name();
        category.position = c;
        Result<Category> stored = store.categories().insert(category);
        if (!stored)
            return stored.error();
        categories.append(stored->meta.id);
    }
    const QStringList words = {
        QStringLiteral("Ansiedlung"), QStringLiteral("Eröffnung"),   QStringLiteral("Beschluss"),
        QStringLiteral("Förderung"),  QStringLiteral("Spatenstich"), QStringLiteral("Richtfest"),
        QStringLiteral("Vertrag"),    QStringLiteral("Umzug"),       QStringLiteral("Gründung")};
    return store.transaction([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            Milestone milestone;
            const QDate day = QDate(1975, 1, 1).addDays(random.bounded(50 * 365));
            const int precision = random.bounded(10);
            milestone.start = precision < 5   ? PartialDate::fromDate(day)
                              : precision < 8 ? PartialDate::fromYearMonth(day.year(), day.month())
                                              : PartialDate::fromYear(day.year());
            if (random.bounded(1000) < 2) // programmes are rare: 0.2 %
                milestone.end = PartialDate::fromYear(day.year() + 1 + random.bounded(6));
            milestone.title = QStringLiteral("%1 %2 Nr. %3")
                                  .arg(words.at(random.bounded(int(words.size()))),
                                       QString::number(day.year()), QString::number(i));
            milestone.categoryId = categories.at(random.bounded(int(categories.size())));
            milestone.status = random.bounded(4) == 0 ? MilestoneStatus::Draft : MilestoneStatus::Approved;
            if (Result<Milestone> stored = store.milestones().insert(milestone); !stored)
                return stored.error();
        }
        return {};
    });
}

struct FrameFigures
{
    double firstMs = 0;
    double medianMs = 0;
    double maxMs = 0;
    QString detail;
};

FrameFigures measureFrames(TimelineView &view, int frames)
{
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    FrameFigures figures;
    for (int frame = 0; frame <= frames; ++frame) {
        image.fill(Qt::white);
        QElapsedTimer timer;
        timer.start();
        {
            QPainter painter(&image);
            view.renderViewport(painter);
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        if (frame == 0)
            figures.firstMs = ms;
        else
            times.push_back(ms);
        // Pan a little between frames, as a user scrolling would.
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (frame % 2 ? 7 : -5));
    }
    std::sort(times.begin(), times.end());
    figures.medianMs = times.empty() ? 0 : times[times.size() / 2];
    figures.maxMs = times.empty() ? 0 : times.back();
    switch (view.scene().detail()) {
    case TimelineScene::Detail::Cards:
        figures.detail = QStringLiteral("cards");
        break;
    case TimelineScene::Detail::Chips:
        figures.detail = QStringLiteral("chips");
        break;
    case TimelineScene::Detail::Density:
        figures.detail = QStringLiteral("density");
        break;
    }
    return figures;
}

void run(int count, int frames)
{
    out << "== " << count << " milestones, 50 years, 20 categories ==\n" << Qt::flush;
    auto opened = Store::openInMemory();
    if (!opened) {
        out << "cannot open a database: " << opened.errorMessage() << '\n';
        return;
    }
    Store &store = **opened;
    QElapsedTimer timer;
    timer.start();
    if (Result<void> generated = generate(store, count); !generated) {
        out << "cannot generate: " << generated.errorMessage() << '\n';
        return;
    }
    out << QStringLiteral("generate + insert (one transaction): %1 ms\n").arg(timer.elapsed());

    timer.restart();
    MilestoneListModel model(&store);
    const qint64 modelMs = timer.elapsed();
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    TimelineView view;
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    view.resize(1600 + view.verticalScrollBar()->sizeHint().width(),
                900 + view.horizontalScrollBar()->sizeHint().height());
    view.show();
    QApplication::processEvents();
    timer.restart();
    view.setModel(&filter);
    const qint64 viewMs = timer.elapsed();
    out << QStringLiteral("load into the view: %1 ms (read from SQLite into the model %2 ms, model into the "
                          "view %3 ms)\n")
               .arg(modelMs + viewMs)
               .arg(modelMs)
               .arg(viewMs);
    out << QStringLiteral("viewport: %1×%2\n").arg(view.viewport()->width()).arg(view.viewport()->height());

    struct Zoom
    {
        const char *name;
        double days;
    };
    const Zoom zooms[] = {{"all (fit)", 0}, {"one decade", 3652.5}, {"one year", 365.25}};
    for (const Zoom &zoom : zooms) {
        QElapsedTimer zoomTimer;
        zoomTimer.start();
        if (zoom.days == 0) {
            view.fitAll();
        } else {
            view.setPixelsPerDay(view.viewport()->width() / zoom.days);
            // The middle of the 50 years.
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() / 2);
        }
        const double zoomMs = zoomTimer.nsecsElapsed() / 1e6; // the zoom change, with its lane layout
        const FrameFigures figures = measureFrames(view, frames);
        out << QStringLiteral(
                   "frame, %1: median %2 ms, max %3 ms, first %4 ms; zoom change %5 ms  [%6, %7 lanes]\n")
                   .arg(QLatin1String(zoom.name), -11)
                   .arg(figures.medianMs, 0, 'f', 2)
                   .arg(figures.maxMs, 0, 'f', 2)
                   .arg(figures.firstMs, 0, 'f', 2)
                   .arg(zoomMs, 0, 'f', 2)
                   .arg(figures.detail)
                   .arg(view.scene().laneCount());
    }

    // 100 hit tests at the year zoom (the last one measured).
    QRandomGenerator random(99);
    int hits = 0;
    timer.restart();
    for (int i = 0; i < 100; ++i) {
        const QPoint point(random.bounded(view.viewport()->width()),
                           random.bounded(view.viewport()->height()));
        hits += view.rowAt(point) >= 0 ? 1 : 0;
    }
    out << QStringLiteral("100 hit tests: %1 ms (%2 on a milestone)\n")
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 3)
               .arg(hits);
    out << QStringLiteral("peak memory (RSS) so far: %1 MiB\n\n").arg(peakRssMiB(), 0, 'f', 1) << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Milestones to generate (repeatable)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames per zoom."), QStringLiteral("F"),
                      QStringLiteral("30")});
    parser.process(app);
    QList<int> counts;
    for (const QString &value : parser.values(QStringLiteral("count")))
        counts.append(value.toInt());
    if (counts.isEmpty())
        counts = {10000, 100000};
    out << "PressDesk timeline benchmark (" << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ")\n\n";
    for (int count : counts)
        run(count, parser.value(QStringLiteral("frames")).toInt());
    return 0;
}
