// The text import measured on a corpus of German chronicles (tests/fixtures/chronicles, see its README):
// every text is parsed as the import reads it, and what is found is compared with the milestones a press
// officer expects. Prints precision and recall per text and overall; fails under 95% for either.

#include "formats/timelinetextparser.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace pressdesk;

namespace {

struct Expected
{
    QString start;
    QString end;
    QStringList flags;
    QString fragment;
};

QList<Expected> readExpected(const QString &path)
{
    QList<Expected> expected;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return expected;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line names the columns
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        expected.append({fields.value(0).trimmed(), fields.value(1).trimmed(),
                         fields.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts),
                         fields.value(3).trimmed()});
    }
    return expected;
}

// Same start and end with the same precision, and the title holds the fragment.
bool matches(const FoundMilestone &found, const Expected &expected)
{
    return found.start.toIsoString() == expected.start &&
           (found.end.isValid() ? found.end.toIsoString() : QString()) == expected.end &&
           found.title.contains(expected.fragment, Qt::CaseInsensitive);
}

QStringList flagsOf(const FoundMilestone &found)
{
    QStringList flags;
    if (found.approximate)
        flags.append(QStringLiteral("approx"));
    if (found.openEnded)
        flags.append(QStringLiteral("open"));
    if (found.planned)
        flags.append(QStringLiteral("planned"));
    return flags;
}

QString describe(const FoundMilestone &found)
{
    return QStringLiteral("%1%2 [%3] %4")
        .arg(found.start.toIsoString(), found.end.isValid() ? u'/' + found.end.toIsoString() : QString(),
             flagsOf(found).join(u','), found.title);
}

} // namespace

class TestChronicleCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionAndRecall()
    {
        const QDir corpus(QStringLiteral(PRESSDESK_TEST_FIXTURES "/chronicles"));
        const QStringList texts = corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(texts.size() >= 30, qPrintable(QStringLiteral("%1 texts in the corpus").arg(texts.size())));

        QTextStream out(stdout);
        out << QStringLiteral("\n%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("text"), -46)
                   .arg(QStringLiteral("expected"), 8)
                   .arg(QStringLiteral("found"), 6)
                   .arg(QStringLiteral("right"), 6)
                   .arg(QStringLiteral("precision"), 9)
                   .arg(QStringLiteral("recall"), 7);
        int allExpected = 0;
        int allFound = 0;
        int allRight = 0;
        int flagsRight = 0;
        const bool verbose = qEnvironmentVariableIsSet("PRESSDESK_CORPUS_VERBOSE");
        for (const QString &name : texts) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QList<Expected> expected = readExpected(
                corpus.filePath(QString(name).replace(QLatin1String(".txt"), QLatin1String(".tsv"))));
            QVERIFY2(!expected.isEmpty(), qPrintable(name));
            const QList<FoundMilestone> found = TimelineTextParser::parse(text);

            // Each expected milestone is matched by one found milestone at most, in text order.
            QList<bool> used(found.size(), false);
            int right = 0;
            QStringList missed;
            for (const Expected &wanted : expected) {
                bool hit = false;
                for (qsizetype f = 0; f < found.size() && !hit; ++f) {
                    if (!used.at(f) && matches(found.at(f), wanted)) {
                        used[f] = true;
                        hit = true;
                        ++right;
                        QStringList wantedFlags = wanted.flags;
                        QStringList foundFlags = flagsOf(found.at(f));
                        wantedFlags.sort();
                        foundFlags.sort();
                        flagsRight += wantedFlags == foundFlags ? 1 : 0;
                        if (verbose && wantedFlags != foundFlags)
                            out << "    flags " << foundFlags.join(u',') << " expected "
                                << wantedFlags.join(u',') << ": " << describe(found.at(f)) << "\n";
                    }
                }
                if (!hit)
                    missed.append(QStringLiteral("%1%2 %3").arg(
                        wanted.start, wanted.end.isEmpty() ? QString() : u'/' + wanted.end, wanted.fragment));
            }
            allExpected += int(expected.size());
            allFound += int(found.size());
            allRight += right;
            const double precision = found.isEmpty() ? 1.0 : double(right) / double(found.size());
            const double recall = double(right) / double(expected.size());
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(name, -46)
                       .arg(expected.size(), 8)
                       .arg(found.size(), 6)
                       .arg(right, 6)
                       .arg(QString::number(precision * 100, 'f', 1) + u'%', 9)
                       .arg(QString::number(recall * 100, 'f', 1) + u'%', 7);
            if (verbose) {
                for (const QString &miss : std::as_const(missed))
                    out << "    missed   " << miss << "\n";
                for (qsizetype f = 0; f < found.size(); ++f) {
                    if (!used.at(f))
                        out << "    surplus  " << describe(found.at(f)) << "\n";
                }
            }
        }
        const double precision = double(allRight) / double(std::max(1, allFound));
        const double recall = double(allRight) / double(std::max(1, allExpected));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("all %1 texts").arg(texts.size()), -46)
                   .arg(allExpected, 8)
                   .arg(allFound, 6)
                   .arg(allRight, 6)
                   .arg(QString::number(precision * 100, 'f', 1) + u'%', 9)
                   .arg(QString::number(recall * 100, 'f', 1) + u'%', 7);
        out << QStringLiteral("dates marked as the corpus expects (approximate, open, planned): %1 of %2\n")
                   .arg(flagsRight)
                   .arg(allRight);
        out.flush();
        QVERIFY2(precision >= 0.95, qPrintable(QStringLiteral("precision %1").arg(precision)));
        QVERIFY2(recall >= 0.95, qPrintable(QStringLiteral("recall %1").arg(recall)));
        QVERIFY2(flagsRight >= allRight * 95 / 100, qPrintable(QStringLiteral("flags %1").arg(flagsRight)));
    }
};

QTEST_GUILESS_MAIN(TestChronicleCorpus)
#include "tst_chroniclecorpus.moc"
