#include "exchange/demodatabase.h"
#include "formats/csvreader.h"
#include "formats/csvwriter.h"
#include "formats/timelinecsv.h"
#include "formats/timelinejson.h"
#include "storage/store.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pressdesk;

// The timeline exports, on QBuffer: TimelineJS JSON (written and read back) and CSV.
class TestTimelineExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    QList<Milestone> m_milestones;
    QList<Category> m_categories;

    static QByteArray writeJson(const QList<Milestone> &milestones, const QList<Category> &categories,
                                const TimelineJsonOptions &options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Result<void> written = TimelineJson::write(&buffer, milestones, categories, options);
            !written) {
            qWarning("%s", qPrintable(written.errorMessage()));
            return {};
        }
        return buffer.data();
    }

    static QJsonObject parse(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            qWarning("%s", qPrintable(parseError.errorString()));
        return document.object();
    }

    static QByteArray writeCsv(const QList<Milestone> &milestones, const QList<Category> &categories,
                               const TimelineCsvOptions &options)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (const Result<void> written = TimelineCsv::write(&buffer, milestones, categories, options);
            !written) {
            qWarning("%s", qPrintable(written.errorMessage()));
            return {};
        }
        return buffer.data();
    }

    static QJsonObject eventTitled(const QJsonArray &events, const QString &headline)
    {
        for (const QJsonValue &event : events) {
            if (event[QLatin1String("text")][QLatin1String("headline")].toString() == headline)
                return event.toObject();
        }
        return {};
    }

    static Milestone milestone(const PartialDate &start, const QString &title, RecordId categoryId = 0,
                               MilestoneStatus status = MilestoneStatus::Approved)
    {
        Milestone m;
        m.start = start;
        m.title = title;
        m.categoryId = categoryId;
        m.status = status;
        return m;
    }

    static Category category(RecordId id, const QString &name)
    {
        Category c;
        c.meta.id = id;
        c.name = name;
        return c;
    }

    QString categoryName(RecordId id) const
    {
        for (const Category &c : m_categories) {
            if (c.meta.id == id)
                return c.name;
        }
        return {};
    }

    // start|end|title|description|group of one milestone, to compare what was written with what is read.
    static QString summary(const Milestone &m, const QString &group)
    {
        return QStringList{m.start.toIsoString() + QLatin1Char('/') + precisionName(m.start.precision()),
                           m.end.toIsoString() + QLatin1Char('/') + precisionName(m.end.precision()), m.title,
                           m.description, group}
            .join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        const Result<void> populated = DemoDatabase::populate(*m_store);
        QVERIFY2(populated, qPrintable(populated.errorMessage()));
        m_milestones = *m_store->milestones().all();
        m_categories = *m_store->categories().all();
        QCOMPARE(m_milestones.size(), 21);
    }

    void cleanup() { m_store.reset(); }

    void demoBecomesTimelineJs()
    {
        TimelineJsonOptions options;
        options.locale = QLocale(QLocale::German, QLocale::Germany);
        const QByteArray json = writeJson(m_milestones, m_categories, options);
        const QJsonObject root = parse(json);
        QVERIFY(!root.contains(QLatin1String("title"))); // no title slide unless asked for
        const QJsonArray events = root[QLatin1String("events")].toArray();
        const QJsonArray eras = root[QLatin1String("eras")].toArray();
        // 20 single dates and the Bochum Strategie as a clickable event; the Strategie also as the one era.
        QCOMPARE(events.size(), 21);
        QCOMPARE(eras.size(), 1);

        const QJsonObject zafira = eventTitled(events, QStringLiteral("Der letzte Zafira rollt vom Band"));
        const QJsonObject zafiraStart{
            {QStringLiteral("year"), 2014}, {QStringLiteral("month"), 12}, {QStringLiteral("day"), 5}};
        QCOMPARE(zafira[QLatin1String("start_date")].toObject(), zafiraStart);
        QVERIFY(zafira[QLatin1String("start_date")][QLatin1String("year")].isDouble()); // a number
        QVERIFY(!zafira.contains(QLatin1String("end_date")));
        QCOMPARE(zafira[QLatin1String("display_date")].toString(), QStringLiteral("5. Dezember 2014"));
        QCOMPARE(zafira[QLatin1String("group")].toString(), QStringLiteral("Strukturwandel"));
        QVERIFY(zafira[QLatin1String("text")][QLatin1String("text")].toString().startsWith(
            QStringLiteral("Ende der Autoproduktion im Opel-Werk Bochum.")));

        const QJsonObject dhl = eventTitled(events, QStringLiteral("DHL kommt"));
        QCOMPARE(dhl[QLatin1String("start_date")].toObject(), (QJsonObject{{QStringLiteral("year"), 2016}}));
        QCOMPARE(dhl[QLatin1String("display_date")].toString(), QStringLiteral("2016"));
        QCOMPARE(dhl[QLatin1String("group")].toString(), QStringLiteral("Ansiedlung"));

        const QJsonObject strategy = eventTitled(events, QStringLiteral("Bochum Strategie"));
        QCOMPARE(strategy[QLatin1String("start_date")].toObject(),
                 (QJsonObject{{QStringLiteral("year"), 2016}}));
        QCOMPARE(strategy[QLatin1String("end_date")].toObject(),
                 (QJsonObject{{QStringLiteral("year"), 2020}}));
        QCOMPARE(strategy[QLatin1String("display_date")].toString(), QStringLiteral("2016 – 2020"));
        const QJsonObject era = eras.first().toObject();
        QCOMPARE(era[QLatin1String("start_date")].toObject(), (QJsonObject{{QStringLiteral("year"), 2016}}));
        QCOMPARE(era[QLatin1String("end_date")].toObject(), (QJsonObject{{QStringLiteral("year"), 2020}}));
        QCOMPARE(era[QLatin1String("text")][QLatin1String("headline")].toString(),
                 QStringLiteral("Bochum Strategie"));

        // Every event: its milestone's id, its category's name, chronological order.
        QStringList ids;
        int previousYear = 0;
        for (const Milestone &m : m_milestones)
            ids.append(QStringLiteral("milestone-") + QString::number(m.meta.id));
        for (const QJsonValue &event : events) {
            const QString headline = event[QLatin1String("text")][QLatin1String("headline")].toString();
            const auto found = std::find_if(m_milestones.cbegin(), m_milestones.cend(),
                                            [&](const Milestone &m) { return m.title == headline; });
            QVERIFY2(found != m_milestones.cend(), qPrintable(headline));
            QCOMPARE(event[QLatin1String("unique_id")].toString(),
                     QString(QStringLiteral("milestone-") + QString::number(found->meta.id)));
            QCOMPARE(event[QLatin1String("group")].toString(), categoryName(found->categoryId));
            const int year = event[QLatin1String("start_date")][QLatin1String("year")].toInt();
            QVERIFY2(year >= previousYear, qPrintable(headline));
            previousYear = year;
        }
        QCOMPARE(events.first()[QLatin1String("text")][QLatin1String("headline")].toString(),
                 QStringLiteral("Der letzte Zafira rollt vom Band"));

        // Indented, so that a diff of two exports is readable.
        QVERIFY(json.contains("\n    \"events\": [\n"));
    }

    void internalNotesNeverLeave()
    {
        const auto withNote =
            std::find_if(m_milestones.cbegin(), m_milestones.cend(), [](const Milestone &m) {
                return m.title.startsWith(QStringLiteral("Opel-Werk wird"));
            });
        QVERIFY(withNote != m_milestones.cend());
        QVERIFY(withNote->internalNote.contains(QStringLiteral("Amt für Stadtplanung")));
        const QByteArray json = writeJson(m_milestones, m_categories);
        QVERIFY(json.contains(withNote->title.toUtf8()));
        QVERIFY(!json.contains(withNote->internalNote.toUtf8()));
        QVERIFY(!json.contains("Stadtplanung"));
        TimelineCsvOptions csvOptions;
        csvOptions.includeDrafts = true;
        const QByteArray csv = writeCsv(m_milestones, m_categories, csvOptions);
        QVERIFY(csv.contains(withNote->title.toUtf8()));
        QVERIFY(!csv.contains("Stadtplanung"));
    }

    void englishDisplayDate()
    {
        TimelineJsonOptions options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        options.titleHeadline = QStringLiteral("Bochum 2014 – 2020");
        options.titleText = QStringLiteral("Vom Werk zum Wissen");
        const QJsonObject root = parse(writeJson(m_milestones, m_categories, options));
        const QJsonObject zafira = eventTitled(root[QLatin1String("events")].toArray(),
                                               QStringLiteral("Der letzte Zafira rollt vom Band"));
        QCOMPARE(zafira[QLatin1String("display_date")].toString(), QStringLiteral("5 December 2014"));
        QCOMPARE(root[QLatin1String("title")][QLatin1String("text")][QLatin1String("headline")].toString(),
                 QStringLiteral("Bochum 2014 – 2020"));
        QCOMPARE(root[QLatin1String("title")][QLatin1String("text")][QLatin1String("text")].toString(),
                 QStringLiteral("Vom Werk zum Wissen"));
    }

    void userTextIsEscapedForHtml()
    {
        Milestone m = milestone(PartialDate::fromYearMonth(2018, 5), QStringLiteral("Tom & Jerry <b>"), 3);
        m.description = QStringLiteral("Zeile 1\nZeile <2> & \"3\"\r\nZeile 4");
        const QByteArray json = writeJson({m}, {category(3, QStringLiteral("Kultur & <i>Sport</i>"))});
        const QJsonObject event = parse(json)[QLatin1String("events")].toArray().first().toObject();
        QCOMPARE(event[QLatin1String("text")][QLatin1String("headline")].toString(),
                 QStringLiteral("Tom &amp; Jerry &lt;b&gt;"));
        QCOMPARE(event[QLatin1String("text")][QLatin1String("text")].toString(),
                 QStringLiteral("Zeile 1<br>Zeile &lt;2&gt; &amp; &quot;3&quot;<br>Zeile 4"));
        QCOMPARE(event[QLatin1String("group")].toString(),
                 QStringLiteral("Kultur &amp; &lt;i&gt;Sport&lt;/i&gt;"));
        QCOMPARE(event[QLatin1String("start_date")].toObject(),
                 (QJsonObject{{QStringLiteral("year"), 2018}, {QStringLiteral("month"), 5}}));
        QVERIFY(!json.contains("<b>"));
        QVERIFY(!json.contains("<i>"));
    }

    void draftsOnlyOnRequest()
    {
        QList<Milestone> list = {
            milestone(PartialDate::fromYear(2016), QStringLiteral("Freigegeben")),
            milestone(PartialDate::fromYear(2017), QStringLiteral("Entwurf"), 0, MilestoneStatus::Draft),
        };
        Milestone draftRange = milestone(PartialDate::fromYear(2018), QStringLiteral("Entwurf-Programm"), 0,
                                         MilestoneStatus::Draft);
        draftRange.end = PartialDate::fromYear(2019);
        list.append(draftRange);

        const QJsonObject publicExport = parse(writeJson(list, {}));
        QCOMPARE(publicExport[QLatin1String("events")].toArray().size(), 1);
        QCOMPARE(publicExport[QLatin1String("eras")].toArray().size(), 0);
        QVERIFY(!publicExport[QLatin1String("events")].toArray().first().toObject().contains(
            QLatin1String("group"))); // uncategorised: no group

        TimelineJsonOptions options;
        options.includeDrafts = true;
        const QJsonObject internalExport = parse(writeJson(list, {}, options));
        QCOMPARE(internalExport[QLatin1String("events")].toArray().size(), 3);
        QCOMPARE(internalExport[QLatin1String("eras")].toArray().size(), 1);
    }

    void roundTrip()
    {
        QList<Milestone> list = m_milestones;
        Milestone month =
            milestone(PartialDate::fromYearMonth(2021, 3), QStringLiteral("Tom & Jerry <b>"), 0);
        month.description = QStringLiteral("Erste Zeile\nZweite <Zeile> & \"mehr\"\n\nDritte 'Zeile' &amp;");
        Milestone dayRange = milestone(PartialDate::fromYmd(2021, 5, 3), QStringLiteral("Festwoche"),
                                       m_categories.first().meta.id);
        dayRange.end = PartialDate::fromYmd(2021, 5, 9);
        Milestone monthToYear = milestone(PartialDate::fromYearMonth(2013, 11), QStringLiteral("Vorlauf"),
                                          m_categories.last().meta.id);
        monthToYear.end = PartialDate::fromYear(2014);
        list << month << dayRange << monthToYear;

        QStringList written;
        for (const Milestone &m : list)
            written.append(summary(m, categoryName(m.categoryId)));

        QBuffer buffer;
        buffer.setData(writeJson(list, m_categories));
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<TimelineJsonContent> content = TimelineJson::read(&buffer);
        QVERIFY2(content.ok(), qPrintable(content.errorMessage()));
        const QList<Milestone> &read = content->milestones;
        const QList<QString> &groups = content->categoryNames;
        QCOMPARE(read.size(), list.size()); // the era repeats an event and is not read twice
        QCOMPARE(groups.size(), read.size());
        QStringList readBack;
        for (qsizetype i = 0; i < read.size(); ++i) {
            readBack.append(summary(read.at(i), groups.at(i)));
            QCOMPARE(read.at(i).status, MilestoneStatus::Draft); // an import is reviewed first
            QVERIFY(read.at(i).internalNote.isEmpty());
        }
        QCOMPARE(read.first().title, QStringLiteral("Vorlauf")); // chronological
        QCOMPARE(read.at(1).title, QStringLiteral("Der letzte Zafira rollt vom Band"));
        written.sort();
        readBack.sort();
        QCOMPARE(readBack, written);
    }

    void readAcceptsStringsAndSeparateEras()
    {
        const QByteArray json = R"({
            "events": [
                {"start_date": {"year": "2014", "month": "12", "day": "5"}, "text": {"headline": "A"}},
                {"start_date": {"year": 2015, "month": "", "day": null}, "text": {"headline": " B "},
                 "group": "G &amp; H"}
            ],
            "eras": [
                {"start_date": {"year": 2016}, "end_date": {"year": 2020, "month": 6},
                 "text": {"headline": "Nur Ära"}}
            ]})";
        QBuffer buffer;
        buffer.setData(json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<TimelineJsonContent> content = TimelineJson::read(&buffer);
        QVERIFY2(content.ok(), qPrintable(content.errorMessage()));
        const QList<Milestone> &read = content->milestones;
        const QList<QString> &groups = content->categoryNames;
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).start, PartialDate::fromYmd(2014, 12, 5));
        QCOMPARE(read.at(1).start, PartialDate::fromYear(2015));
        QCOMPARE(read.at(1).title, QStringLiteral("B"));
        QCOMPARE(read.at(1).description, QString());
        QCOMPARE(groups, (QList<QString>{QString(), QStringLiteral("G & H"), QString()}));
        QCOMPARE(read.at(2).title, QStringLiteral("Nur Ära"));
        QCOMPARE(read.at(2).start, PartialDate::fromYear(2016));
        QCOMPARE(read.at(2).end, PartialDate::fromYearMonth(2020, 6));
    }

    // What entities leave blank is trimmed, as plain blanks are: a headline of "&nbsp;" is none, a group
    // of "&#32;" is no group (fuzz_timelinejson's check that every milestone read passes the rules).
    void readTrimsWhatEntitiesLeaveBlank()
    {
        const QByteArray json = R"({"events": [
            {"start_date": {"year": 2015}, "text": {"headline": "&#32;B&nbsp;<br>"}, "group": "&nbsp;"},
            {"start_date": {"year": 2016}, "text": {"headline": "C"}, "group": " G&#9;"}]})";
        QBuffer buffer;
        buffer.setData(json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<TimelineJsonContent> content = TimelineJson::read(&buffer);
        QVERIFY2(content.ok(), qPrintable(content.errorMessage()));
        const QList<Milestone> &read = content->milestones;
        const QList<QString> &groups = content->categoryNames;
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).title, QStringLiteral("B"));
        QVERIFY(read.at(0).validate().isValid());
        QCOMPARE(groups, (QList<QString>{QString(), QStringLiteral("G")}));
    }

    // Each era was compared with every event to see whether it repeats one; a file of 20,000 ranges
    // (written as 20,000 events and 20,000 eras) took 28 s to read back in the fuzz build (found by timing
    // fuzz_timelinejson's harness on large files). 20,000 ranges of the same years here.
    void readManyRangesQuickly()
    {
        QList<Milestone> ranges;
        for (int i = 0; i < 20000; ++i) {
            Milestone range;
            range.meta.id = i + 1;
            range.start = PartialDate::fromYear(2016);
            range.end = PartialDate::fromYear(2030);
            range.title = QStringLiteral("Programm %1").arg(i);
            range.status = MilestoneStatus::Approved;
            ranges.append(range);
        }
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(TimelineJson::write(&buffer, ranges, {}, TimelineJsonOptions()));
        buffer.close();
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        const Result<TimelineJsonContent> content = TimelineJson::read(&buffer);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(content.ok(), qPrintable(content.errorMessage()));
        QCOMPARE(content->milestones.size(), ranges.size()); // every era repeats its event
    }

    void readRefusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        const QByteArray good = R"({"start_date": {"year": 2014}, "text": {"headline": "Gut"}})";
        const auto second = [&good](const QByteArray &event) -> QByteArray {
            return QByteArray(R"({"events": [)") + good + ", " + event + "]}";
        };
        QTest::newRow("not JSON") << QByteArray("{\"events\": [")
                                  << QStringList{QStringLiteral("not valid JSON")};
        QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("not valid JSON")};
        QTest::newRow("a list") << QByteArray("[]") << QStringList{QStringLiteral("no JSON object")};
        QTest::newRow("no events") << QByteArray(R"({"title": {}})")
                                   << QStringList{QStringLiteral("no list of events")};
        QTest::newRow("events not a list")
            << QByteArray(R"({"events": {}})") << QStringList{QStringLiteral("no list of events")};
        QTest::newRow("eras not a list")
            << QByteArray(R"({"events": [], "eras": 3})") << QStringList{QStringLiteral("eras")};
        QTest::newRow("event not an object") << second("7") << QStringList{QStringLiteral("Event 2 is not")};
        QTest::newRow("no start_date")
            << second(R"({"text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2 (“X”)"), QStringLiteral("start_date is not a date")};
        QTest::newRow("no year") << second(R"({"start_date": {"month": 5}, "text": {"headline": "X"}})")
                                 << QStringList{QStringLiteral("Event 2"),
                                                QStringLiteral("start_date has no year")};
        QTest::newRow("year not a number")
            << second(R"({"start_date": {"year": "zwanzig"}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("year of start_date")};
        QTest::newRow("fractional year")
            << second(R"({"start_date": {"year": 2014.5}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("whole number")};
        QTest::newRow("year 0") << second(R"({"start_date": {"year": 0}, "text": {"headline": "X"}})")
                                << QStringList{QStringLiteral("Event 2"), QStringLiteral("1 and 9999")};
        QTest::newRow("month 13")
            << second(R"({"start_date": {"year": 2014, "month": 13}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("month 13")};
        QTest::newRow("31 February")
            << second(R"({"start_date": {"year": 2015, "month": 2, "day": 31}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("day 31"), QStringLiteral("2015-02")};
        QTest::newRow("day without month")
            << second(R"({"start_date": {"year": 2015, "day": 3}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("no month")};
        QTest::newRow("bad end_date")
            << second(
                   R"({"start_date": {"year": 2015}, "end_date": {"year": 2016, "month": 0}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("end_date has month 0")};
        QTest::newRow("end before start")
            << second(
                   R"({"start_date": {"year": 2015}, "end_date": {"year": 2014}, "text": {"headline": "X"}})")
            << QStringList{QStringLiteral("Event 2"), QStringLiteral("before")};
        QTest::newRow("no headline") << second(
                                            R"({"start_date": {"year": 2015}, "text": {"text": "nur Text"}})")
                                     << QStringList{QStringLiteral("Event 2 has no headline")};
        QTest::newRow("headline only a no-break space")
            << second(R"({"start_date": {"year": 2015}, "text": {"headline": " &nbsp;<br>"}})")
            << QStringList{QStringLiteral("Event 2 has no headline")};
        QTest::newRow("era without end")
            << QByteArray(
                   R"({"events": [], "eras": [{"start_date": {"year": 2015}, "text": {"headline": "E"}}]})")
            << QStringList{QStringLiteral("Era 1 (“E”)"), QStringLiteral("end_date")};
    }

    void readRefusesMalformedInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        QBuffer buffer;
        buffer.setData(json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<TimelineJsonContent> content = TimelineJson::read(&buffer);
        QVERIFY(!content);
        QCOMPARE(int(content.error().kind), int(Error::Kind::Invalid));
        const QString error = content.errorMessage();
        for (const QString &mention : mentions)
            QVERIFY2(error.contains(mention), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    void htmlIsReadBack_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("entities") << QStringLiteral("&lt;b&gt; &amp; &quot;x&quot; &#39;y&apos;")
                                  << QStringLiteral("<b> & \"x\" 'y'");
        QTest::newRow("escaped twice") << QStringLiteral("&amp;lt;") << QStringLiteral("&lt;");
        QTest::newRow("numeric") << QStringLiteral("&#228;&#xF6;&#X1F600;") << QStringLiteral("äö\U0001F600");
        QTest::newRow("line breaks") << QStringLiteral("a<br>b<BR/>c<br />d") << QStringLiteral("a\nb\nc\nd");
        QTest::newRow("other markup stays") << QStringLiteral("<p>x</p>") << QStringLiteral("<p>x</p>");
        QTest::newRow("unknown entity stays")
            << QStringLiteral("&bogus; & &#0; &#xD800;") << QStringLiteral("&bogus; & &#0; &#xD800;");
    }

    void htmlIsReadBack()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(TimelineJson::fromHtml(html), text);
    }

    void writeReportsAnUnwritableDevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Result<void> json = TimelineJson::write(&buffer, m_milestones, m_categories, {});
        QVERIFY(!json);
        QVERIFY(!json.errorMessage().isEmpty());
        const Result<void> csv = TimelineCsv::write(&buffer, m_milestones, m_categories, {});
        QVERIFY(!csv);
        QVERIFY(!csv.errorMessage().isEmpty());
        QVERIFY(buffer.data().isEmpty());
    }

    void csvHasExactBytes()
    {
        Milestone zafira =
            milestone(PartialDate::fromYmd(2014, 12, 5), QStringLiteral("Zafira, \"der letzte\"\nrollt"), 1);
        zafira.description = QStringLiteral("Ende");
        zafira.sourceUrl = QStringLiteral("https://example.org/a");
        zafira.internalNote = QStringLiteral("GEHEIM");
        Milestone strategy = milestone(PartialDate::fromYear(2016), QStringLiteral("Bochum Strategie"));
        strategy.end = PartialDate::fromYear(2020);
        strategy.description = QStringLiteral("Programm, fünf Jahre");
        Milestone draft = milestone(PartialDate::fromYearMonth(2018, 5), QStringLiteral("Größe;Umlaut"), 2,
                                    MilestoneStatus::Draft);
        const QList<Milestone> list = {strategy, draft, zafira};
        const QList<Category> categories = {category(1, QStringLiteral("Strukturwandel")),
                                            category(2, QStringLiteral("Haushalt und Arbeitsmarkt"))};

        TimelineCsvOptions comma;
        const QByteArray expectedComma =
            "\xEF\xBB\xBF"
            "start,start_precision,end,end_precision,title,description,category,status,source_url\r\n"
            "2014-12-05,day,,,\"Zafira, \"\"der letzte\"\"\nrollt\",Ende,Strukturwandel,approved,"
            "https://example.org/a\r\n"
            "2016,year,2020,year,Bochum Strategie,\"Programm, f\xC3\xBC"
            "nf Jahre\",,approved,\r\n";
        QCOMPARE(writeCsv(list, categories, comma), expectedComma);

        TimelineCsvOptions semicolon;
        semicolon.separator = QLatin1Char(';');
        semicolon.includeDrafts = true;
        const QByteArray expectedSemicolon =
            "\xEF\xBB\xBF"
            "start;start_precision;end;end_precision;title;description;category;status;source_url\r\n"
            "2014-12-05;day;;;\"Zafira, \"\"der letzte\"\"\nrollt\";Ende;Strukturwandel;approved;"
            "https://example.org/a\r\n"
            "2016;year;2020;year;Bochum Strategie;Programm, f\xC3\xBC"
            "nf Jahre;;approved;\r\n"
            "2018-05;month;;;\"Gr\xC3\xB6\xC3\x9F"
            "e;Umlaut\";;Haushalt und Arbeitsmarkt;draft;\r\n";
        QCOMPARE(writeCsv(list, categories, semicolon), expectedSemicolon);
    }

    void csvOfTheDemo()
    {
        TimelineCsvOptions options;
        options.separator = QLatin1Char(';');
        const QByteArray csv = writeCsv(m_milestones, m_categories, options);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFstart;"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 1 + 21 + 1); // header, milestones, nothing after the last CRLF
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
        // The description holds a ';', so with ';' as separator it is quoted.
        QCOMPARE(lines.at(1),
                 QByteArray("2014-12-05;day;;;Der letzte Zafira rollt vom Band;\"Ende der "
                            "Autoproduktion im Opel-Werk Bochum. Die deutsche Medienlandschaft "
                            "begleitet das Ereignis fl\xC3\xA4"
                            "chendeckend; das Image der Stadt ist am Tiefpunkt.\";Strukturwandel;"
                            "approved;\r"));
        QCOMPARE(lines.at(6), QByteArray("2016;year;2020;year;Bochum Strategie;Ein gro\xC3\x9F"
                                         "es projektorientiertes Konzept f\xC3\xBC"
                                         "r die Entwicklung der Stadt, das seitdem umgesetzt wird.;"
                                         "Programme;approved;\r"));
    }

    void csvWriterQuotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("row");
        const QString comma = QStringLiteral(",");
        const QString semicolon = QStringLiteral(";");
        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b c")} << comma
                               << QStringLiteral("a,b c\r\n");
        QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QString()} << comma
                               << QStringLiteral("\"a,b\",\r\n");
        QTest::newRow("comma, ; separator") << QStringList{QStringLiteral("a,b"), QStringLiteral("c;d")}
                                            << semicolon << QStringLiteral("a,b;\"c;d\"\r\n");
        QTest::newRow("quote") << QStringList{QStringLiteral("sagt \"ja\"")} << comma
                               << QStringLiteral("\"sagt \"\"ja\"\"\"\r\n");
        QTest::newRow("LF") << QStringList{QStringLiteral("a\nb")} << comma << QStringLiteral("\"a\nb\"\r\n");
        QTest::newRow("CR") << QStringList{QStringLiteral("a\rb")} << comma << QStringLiteral("\"a\rb\"\r\n");
        QTest::newRow("leading space kept")
            << QStringList{QStringLiteral(" a ")} << comma << QStringLiteral(" a \r\n");
        QTest::newRow("one empty field") << QStringList{QString()} << comma << QStringLiteral("\"\"\r\n");
        QTest::newRow("two empty fields")
            << QStringList{QString(), QString()} << comma << QStringLiteral(",\r\n");
    }

    void csvWriterQuotesOnlyWhatNeedsIt()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, separator);
        QFETCH(QString, row);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, separator.at(0));
        QVERIFY(writer.writeRow(fields).ok());
        QCOMPARE(QString::fromUtf8(buffer.data()), row);
        QCOMPARE(CsvWriter::formatRow(fields, separator.at(0)), row);
    }

    void csvWriterNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        // OWASP: a cell that starts with = + - @ tab or CR gets a ' in front and is quoted.
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                           << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("+ (a phone number)")
            << QStringLiteral("+49 234 910-0") << QStringLiteral("\"'+49 234 910-0\"");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("LF (a CR reads back as LF)") << QStringLiteral("\n=1") << QStringLiteral("\"'\n=1\"");
        // A ' before one of them gets one more, so that reading takes off exactly the one added.
        QTest::newRow("' before =") << QStringLiteral("'=1") << QStringLiteral("\"''=1\"");
        QTest::newRow("two ' before +") << QStringLiteral("''+1") << QStringLiteral("\"'''+1\"");
        QTest::newRow("' before text") << QStringLiteral("'s Hotel") << QStringLiteral("'s Hotel");
        QTest::newRow("inside the text") << QStringLiteral("a=b, c-d") << QStringLiteral("\"a=b, c-d\"");
        QTest::newRow("leading blank") << QStringLiteral(" =1") << QStringLiteral(" =1");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvWriterNeutralisesFormulas()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::formatField(field), written);
        // It reads back as it was (a CR in a field reads as LF).
        const CsvTable table = CsvReader::parse(CsvWriter::formatRow({QStringLiteral("x"), field}));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first().fields.value(1),
                 QString(field).replace(QLatin1Char('\r'), QLatin1Char('\n')));
    }

    void csvExportIsSafeToOpen()
    {
        Milestone attack = milestone(PartialDate::fromYear(2016), QStringLiteral("=cmd|' /C calc'!A0"), 1);
        attack.description = QStringLiteral("-1+1");
        attack.sourceUrl = QStringLiteral("@example");
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "start;start_precision;end;end_precision;title;description;category;status;source_url\r\n"
            "2016;year;;;\"'=cmd|' /C calc'!A0\";\"'-1+1\";\"'+Kultur\";approved;\"'@example\"\r\n";
        TimelineCsvOptions options;
        options.separator = QLatin1Char(';');
        QCOMPARE(writeCsv({attack}, {category(1, QStringLiteral("+Kultur"))}, options), expected);
    }

    void csvWriterRefusesWhatItCannotWrite()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter quoteSeparated(&buffer, QLatin1Char('"'));
        const Result<void> quoted = quoteSeparated.writeRow({QStringLiteral("a")});
        QVERIFY(!quoted);
        QCOMPARE(int(quoted.error().kind), int(Error::Kind::Invalid));
        QVERIFY(buffer.data().isEmpty());

        TimelineCsvOptions options;
        options.separator = QLatin1Char('\n');
        const Result<void> refused = TimelineCsv::write(&buffer, m_milestones, m_categories, options);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Invalid));
        QVERIFY(buffer.data().isEmpty());

        QBuffer closed;
        CsvWriter writer(&closed);
        const Result<void> closedWrite = writer.writeByteOrderMark();
        QVERIFY(!closedWrite);
        QCOMPARE(int(closedWrite.error().kind), int(Error::Kind::Io));
        QVERIFY(!closedWrite.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
