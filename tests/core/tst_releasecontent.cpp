#include "core/pressrelease.h"
#include "core/releasecontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pressdesk;

// A release's body as data: every kind of block survives the stored form, and a damaged or foreign
// stored form is refused with a reason instead of being half read.
class TestReleaseContent : public QObject
{
    Q_OBJECT

private:
    static ReleaseContent everyKind()
    {
        ReleaseContent content;
        ReleaseBlock paragraph;
        paragraph.runs = {
            TextRun{QStringLiteral("Am 5.12.2014 rollt der "), false, false, QString()},
            TextRun{QStringLiteral("letzte Zafira"), true, false, QString()},
            TextRun{QStringLiteral(" vom Band – "), false, true, QString()},
            TextRun{QStringLiteral("bochum.de"), false, false, QStringLiteral("https://www.bochum.de")}};
        content.blocks.append(paragraph);
        content.blocks.append(ReleaseBlock::subheading(QStringLiteral("Ansiedlungen seit 2016")));
        ReleaseBlock list;
        list.kind = ReleaseBlock::Kind::BulletList;
        list.items = {
            {TextRun{QStringLiteral("DHL"), false, false, QString()}},
            {TextRun{QStringLiteral("Presse"), false, false, QStringLiteral("mailto:presse@example.org")}}};
        content.blocks.append(list);
        content.blocks.append(ReleaseBlock::quote(12));
        content.blocks.append(ReleaseBlock::milestones({7, 3, 9}));
        ReleaseBlock filter;
        filter.kind = ReleaseBlock::Kind::Timeline;
        filter.timeline.from = PartialDate::fromYear(2016);
        filter.timeline.to = PartialDate::fromYearMonth(2020, 6);
        filter.timeline.categoryIds = {2, 5};
        content.blocks.append(filter);
        content.blocks.append(ReleaseBlock::photo(4));
        content.blocks.append(ReleaseBlock::quote(12)); // used twice: one link
        return content;
    }

    static QString refusal(const QByteArray &json)
    {
        const Result<ReleaseContent> read = ReleaseContent::fromJson(json);
        return read ? QString() : read.errorMessage();
    }

private Q_SLOTS:
    void everyKindOfBlockRoundTrips()
    {
        const ReleaseContent content = everyKind();
        QVERIFY(content.validate().isValid());
        const Result<ReleaseContent> read = ReleaseContent::fromJson(content.toJson());
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read->blocks.size(), content.blocks.size());
        for (int i = 0; i < content.blocks.size(); ++i)
            QVERIFY2(read->blocks.at(i) == content.blocks.at(i), qPrintable(QString::number(i)));
        QCOMPARE(read->toJson(), content.toJson());
    }

    void referencesAreListedOnceInReadingOrder()
    {
        const ReleaseContent content = everyKind();
        QCOMPARE(content.quoteIds(), QList<RecordId>{12});
        QCOMPARE(content.chosenMilestoneIds(), (QList<RecordId>{7, 3, 9}));
        QCOMPARE(content.assetIds(), QList<RecordId>{4});
        QCOMPARE(plainText(content.blocks.first().runs),
                 QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band – bochum.de"));
    }

    void storedFormIsVersionedJson()
    {
        const QJsonObject root = QJsonDocument::fromJson(everyKind().toJson()).object();
        QCOMPARE(root.value(QLatin1String("format")).toInt(), ReleaseContent::FormatVersion);
        QCOMPARE(root.value(QLatin1String("blocks")).toArray().size(), 8);
    }

    void damagedOrForeignContentIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("<p>Hallo</p>") << QStringLiteral("damaged");
        QTest::newRow("no blocks") << QByteArray(R"({"format":1})") << QStringLiteral("no blocks");
        QTest::newRow("newer format")
            << QByteArray(R"({"format":2,"blocks":[]})") << QStringLiteral("newer PressDesk");
        QTest::newRow("unknown kind") << QByteArray(R"({"format":1,"blocks":[{"type":"table"}]})")
                                      << QStringLiteral("Block 1: unknown kind of block “table”");
        QTest::newRow("quote without id")
            << QByteArray(R"({"format":1,"blocks":[{"type":"quote","quote":"x"}]})")
            << QStringLiteral("“quote” is not a record number");
        QTest::newRow("run without text")
            << QByteArray(R"({"format":1,"blocks":[{"type":"paragraph","runs":[{"bold":true}]}]})")
            << QStringLiteral("has no text");
        QTest::newRow("bad date") << QByteArray(
                                         R"({"format":1,"blocks":[{"type":"timeline","from":"Frühling"}]})")
                                  << QStringLiteral("“from” is not a date");
        QTest::newRow("script link")
            << QByteArray(
                   R"json({"format":1,"blocks":[{"type":"paragraph","runs":[{"text":"x","link":"javascript:alert(1)"}]}]})json")
            << QStringLiteral("not a web or e-mail address");
        QTest::newRow("range backwards")
            << QByteArray(R"({"format":1,"blocks":[{"type":"timeline","from":"2020","to":"2016"}]})")
            << QStringLiteral("ends (2016) before it starts (2020)");
    }

    void damagedOrForeignContentIsRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QString message = refusal(json);
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void validationNamesTheBlock()
    {
        ReleaseContent content;
        content.blocks = {ReleaseBlock::paragraph(QStringLiteral("eins")),
                          ReleaseBlock::paragraph(QStringLiteral("zwei\ndrei")),
                          ReleaseBlock::subheading(QString()), ReleaseBlock::quote(0),
                          ReleaseBlock::photo(0)};
        ReleaseBlock emptyList;
        emptyList.kind = ReleaseBlock::Kind::BulletList;
        content.blocks.append(emptyList);
        const QString summary = content.validate().summary();
        QVERIFY2(summary.contains(QStringLiteral("Block 2: a line break")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Block 3: a subheading without text")));
        QVERIFY(summary.contains(QStringLiteral("Block 4: the quote block names no quote")));
        QVERIFY(summary.contains(QStringLiteral("Block 5: the photo block names no image")));
        QVERIFY(summary.contains(QStringLiteral("Block 6: a list without items")));
        QVERIFY(!summary.contains(QStringLiteral("Block 1")));

        // The release refuses to be saved with such a body.
        PressRelease release;
        release.headline = QStringLiteral("Bilanz");
        release.content = content;
        QVERIFY(!release.validate().isValid());
        release.content.blocks = {ReleaseBlock::paragraph(QStringLiteral("eins"))};
        QVERIFY(release.validate().isValid());
    }
};

QTEST_GUILESS_MAIN(TestReleaseContent)
#include "tst_releasecontent.moc"
