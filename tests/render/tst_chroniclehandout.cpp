#include "exchange/chronicleassembler.h"
#include "exchange/demodatabase.h"
#include "render/chroniclehandout.h"
#include "render/pdfaccessibilitycheck.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// The chronicle handout of the demo timeline, read back: one landscape page (A4 or A3), every milestone
// in it with its date, the legend, vectors only (no picture of the timeline), tagged like a release.
class TestChronicleHandout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    HouseStyle m_style;
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &arguments)
    {
        return testsupport::runProgram(program, arguments).out;
    }

    QString write(const ChronicleDocument &chronicle, ChronicleHandout::Paper paper, const QString &name)
    {
        ChronicleHandout::Options options;
        options.paper = paper;
        Result<QByteArray> pdf = ChronicleHandout::pdf(chronicle, m_style, options);
        if (!pdf)
            return QString();
        const PdfAccessibilityCheck::Report report = PdfAccessibilityCheck::check(*pdf);
        if (!report.problems.isEmpty()) {
            qWarning() << report.problems;
            return QString();
        }
        const QString path = m_dir.filePath(name);
        return testsupport::writeBytes(path, *pdf) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        m_style = *m_store->officeSettings().houseStyle();
    }

    void theWholeTimelineFitsOneLandscapePage_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(ChronicleHandout::Paper::A4)
                            << QStringLiteral("841.89 x 595.276 pts (A4)");
        QTest::newRow("A3") << int(ChronicleHandout::Paper::A3)
                            << QStringLiteral("1190.55 x 841.89 pts (A3)");
    }

    void theWholeTimelineFitsOneLandscapePage()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        Result<ChronicleDocument> chronicle = ChronicleAssembler::assemble(*m_store, {});
        QVERIFY(chronicle);
        QCOMPARE(chronicle->entries.size(), 21);
        QCOMPARE(chronicle->title, QStringLiteral("Chronik 2014–2020"));
        const QString path = write(*chronicle, ChronicleHandout::Paper(paper), QStringLiteral("chronik.pdf"));
        QVERIFY(!path.isEmpty());
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        QVERIFY2(info.contains(size), qPrintable(info));
        // Drawn as vectors: no image in the file at all.
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the header lines only
        // Every milestone is there, in the graphic and in the dated list, with the legend's categories.
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        for (const ChronicleDocument::Entry &entry : chronicle->entries)
            QVERIFY2(text.count(entry.title) >= 2, qPrintable(entry.title));
        // Each row of the list: the date, then the milestone (read with the page's layout kept).
        const QString rows =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY2(rows.contains(QRegularExpression(
                     QStringLiteral("5\\. Dezember 2014\\s+Der letzte Zafira rollt vom Band"))),
                 qPrintable(rows));
        for (const ChronicleDocument::Category &category : chronicle->categories)
            QVERIFY2(text.contains(category.name), qPrintable(category.name));
    }

    void oneCategoryAndItsYears()
    {
        Result<Category> settlement = m_store->categories().findByName(QStringLiteral("Ansiedlung"));
        QVERIFY(settlement);
        ChronicleAssembler::Selection selection;
        selection.categoryId = settlement->meta.id;
        selection.fromYear = 2018;
        selection.toYear = 2019;
        Result<ChronicleDocument> chronicle = ChronicleAssembler::assemble(*m_store, selection);
        QVERIFY(chronicle);
        QCOMPARE(chronicle->title, QStringLiteral("Chronik: Ansiedlung 2018–2019"));
        QCOMPARE(chronicle->categories.size(), 1);
        for (const ChronicleDocument::Entry &entry : chronicle->entries) {
            QCOMPARE(entry.category, QStringLiteral("Ansiedlung"));
            QVERIFY(entry.start >= 2018 && entry.start < 2020);
        }
        // The legend names the one category; the list does not repeat it after every milestone.
        const QString path = write(*chronicle, ChronicleHandout::Paper::A4, QStringLiteral("one.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        QVERIFY(text.contains(QStringLiteral("Bosch Etas Escrypt kommt")));
        QVERIFY2(!text.contains(QStringLiteral("(Ansiedlung)")), qPrintable(text));
        selection.fromYear = 1990;
        selection.toYear = 1991;
        Result<ChronicleDocument> empty = ChronicleAssembler::assemble(*m_store, selection);
        QVERIFY(!empty);
        QVERIFY(empty.errorMessage().contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestChronicleHandout)
#include "tst_chroniclehandout.moc"
