// Text import benchmark: a program that prints figures, not a test (issue #16, point 8). Builds texts of
// about 1 MB from the chronicle corpus (tests/fixtures/chronicles: every layout a press office writes) and
// times TimelineTextParser::parse on them, as *Import Text…* and `pressdesk import timeline-text` run it:
//   - the corpus texts one after another (lines, bullets, tables, year lists, prose);
//   - the same text with its line breaks removed (one glued line, the hardest case for the year lists);
//   - the same text as HTML (htmlToText, then parse), as a web page is read.
// Each is parsed five times; the table shows the median.
//
//   text_import_benchmark [--kib N]

#include "formats/timelinetextparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace pressdesk;

namespace {

QTextStream out(stdout);

QString corpusText(qsizetype size)
{
    const QDir corpus(QStringLiteral(PRESSDESK_TEST_FIXTURES "/chronicles"));
    QStringList texts;
    for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(corpus.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()));
    }
    QString text;
    for (qsizetype i = 0; !texts.isEmpty() && text.size() < size; ++i)
        text += texts.at(i % texts.size()) + QStringLiteral("\n\n");
    return text;
}

QString asHtml(const QString &text)
{
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"de\"><body>\n");
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1Char('\t')))
            html += QStringLiteral("<table><tr><td>") +
                    line.toHtmlEscaped().replace(QLatin1Char('\t'), QStringLiteral("</td><td>")) +
                    QStringLiteral("</td></tr></table>\n");
        else if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>\n");
    }
    return html + QStringLiteral("</body></html>\n");
}

struct Figures
{
    double milliseconds = 0;
    qsizetype found = 0;
};

template<typename Work>
Figures timed(Work work)
{
    std::vector<double> times;
    qsizetype found = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        found = work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], found};
}

void row(const QString &what, qsizetype bytes, const Figures &figures)
{
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(what, -42)
               .arg(QString::number(double(bytes) / 1024.0 / 1024.0, 'f', 2) + QStringLiteral(" MB"), 8)
               .arg(QString::number(figures.milliseconds, 'f', 1) + QStringLiteral(" ms"), 10)
               .arg(figures.found, 10)
               .arg(QString::number(double(bytes) / 1024.0 / 1024.0 / (figures.milliseconds / 1000.0), 'f',
                                    1) +
                        QStringLiteral(" MB/s"),
                    11);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("kib"), QStringLiteral("Size of each text in KiB (default 1024)."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.process(app);
    const qsizetype size = std::max(1, parser.value(QStringLiteral("kib")).toInt()) * qsizetype(1024);

    const QString lines = corpusText(size);
    QString glued = lines;
    glued.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString html = asHtml(lines);
    const auto bytes = [](const QString &text) { return text.toUtf8().size(); };

    out << "Text import benchmark: TimelineTextParser on texts built from the 30 chronicles of "
           "tests/fixtures/chronicles; median of 5 runs\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("text"), -42)
               .arg(QStringLiteral("size"), 8)
               .arg(QStringLiteral("parse"), 10)
               .arg(QStringLiteral("milestones"), 10)
               .arg(QStringLiteral("speed"), 11);
    row(QStringLiteral("corpus, every layout, line breaks kept"), bytes(lines),
        timed([&] { return TimelineTextParser::parse(lines).size(); }));
    row(QStringLiteral("the same glued into one line"), bytes(glued),
        timed([&] { return TimelineTextParser::parse(glued).size(); }));
    row(QStringLiteral("the same as HTML (htmlToText + parse)"), bytes(html),
        timed([&] { return TimelineTextParser::parse(TimelineTextParser::htmlToText(html)).size(); }));
    out << "\nTarget (issue #16): 1 MB of text parsed in under 200 ms.\n";
    return 0;
}
