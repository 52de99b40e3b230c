#include "formats/timelinetextparser.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

namespace {

// "2016 year|DHL kommt", "2014-12-05 day|Am …", "2017/2020 year|…": what a reader checks, in one string.
QString describe(const FoundMilestone &found)
{
    QString date = found.start.toIsoString();
    if (found.end.isValid())
        date += QLatin1Char('/') + found.end.toIsoString();
    return date + QLatin1Char(' ') + precisionName(found.start.precision()) + QLatin1Char('|') + found.title;
}

QStringList describeAll(const QList<FoundMilestone> &found)
{
    QStringList lines;
    for (const FoundMilestone &milestone : found)
        lines.append(describe(milestone));
    return lines;
}

QString sampleText()
{
    QFile file(QStringLiteral(PRESSDESK_SAMPLE_DATA "/bochum-2020-pressemitteilung.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The sample's year list with each year on its own line instead of glued to the item before it.
const char *const lineBrokenRelease =
    "Eine Gesellschaft zur Vermarktung des ehemaligen Opel Areals wird gegründet.\n"
    "2016: DHL kommt, Vonovia Zentrale entsteht in Bochum\n"
    "2017: Bochum Strategie startet\n"
    "2018: Viktoria Karree kommt, Bosch Etas Escrypt kommt, Babymarkt kommt\n"
    "2019: Max-Planck-Institut für Cybersecurity kommt, Worldfactory Startup Center wird gefördert,\n"
    "2020: VW Infotainment baut aus, Haus des Wissens ist beschlossen\n"
    "Es scheint nun klar, wohin die Reise geht, sagt der Oberbürgermeister.\n";

} // namespace

class TestTimelineTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datelineIsTheTextsDateNotAMilestone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("milestones");
        QTest::newRow("dash, month written out")
            << QStringLiteral("Herne, 14. März 2023 – Die Stadt zieht Bilanz. Im Mai 2018 begann der Bau.")
            << QStringLiteral("Herne") << QDate(2023, 3, 14) << QStringList{QStringLiteral("Bau begann")};
        QTest::newRow("under a headline, colon, digits")
            << QStringLiteral(
                   "Strukturwandel in Bochum\n\nBochum, 07.12.2020: Am 5.12.2014 schloss das Werk.")
            << QStringLiteral("Bochum") << QDate(2020, 12, 7) << QStringList{QStringLiteral("Werk schloss")};
        QTest::newRow("place of several words, den, agency mark")
            << QStringLiteral("Frankfurt am Main, den 3. Mai 2021 (ots) — Der Neubau ist fertig.")
            << QStringLiteral("Frankfurt am Main") << QDate(2021, 5, 3) << QStringList();
    }

    void datelineIsTheTextsDateNotAMilestone()
    {
        QFETCH(QString, text);
        QFETCH(QString, place);
        QFETCH(QDate, date);
        QFETCH(QStringList, milestones);
        const std::optional<Dateline> dateline = TimelineTextParser::dateline(text);
        QVERIFY(dateline);
        QCOMPARE(dateline->place, place);
        QCOMPARE(dateline->date, PartialDate::fromYmd(date.year(), date.month(), date.day()));
        QStringList titles;
        for (const FoundMilestone &found : TimelineTextParser::parse(text))
            titles.append(found.title);
        QCOMPARE(titles, milestones);
    }

    void notEveryOpeningIsADateline()
    {
        // A dated sentence, a year list and a dateline far down the text are what they were.
        QVERIFY(!TimelineTextParser::dateline(QStringLiteral("Am 5.12.2014 schloss das Werk.")));
        QVERIFY(!TimelineTextParser::dateline(QStringLiteral("Bochum, 2016: DHL kommt.")));
        QVERIFY(!TimelineTextParser::dateline(
            QStringLiteral("a\nb\nc\nd\ne\nf\nHerne, 14. März 2023 – Spät im Text.")));
        QCOMPARE(TimelineTextParser::parse(QStringLiteral("Bochum, 2016: DHL kommt.")).size(), 1);
    }

    void sampleRelease()
    {
        const QString text = sampleText();
        QVERIFY(!text.isEmpty());
        const QList<FoundMilestone> found = TimelineTextParser::parse(text);
        const QStringList expected = {
            QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band"),
            QStringLiteral("2016 year|DHL kommt"),
            QStringLiteral("2016 year|Vonovia Zentrale entsteht in Bochum"),
            QStringLiteral("2017 year|Bochum Strategie startet"),
            QStringLiteral("2018 year|Viktoria Karree kommt"),
            QStringLiteral("2018 year|Bosch Etas Escrypt kommt"),
            QStringLiteral("2018 year|Babymarkt kommt"),
            QStringLiteral("2019 year|Max-Planck-Institut für Cybersecurity kommt"),
            QStringLiteral("2019 year|Worldfactory Startup Center wird gefördert"),
            QStringLiteral("2019 year|Städtischer Haushalt ausgeglichen"),
            QStringLiteral("2020 year|VW Infotainment baut aus"),
            QStringLiteral("2020 year|Gigabit Ausbau ist top"),
            QStringLiteral("2020 year|Rethink Robotics kommt"),
            QStringLiteral("2020 year|Citytower Vertrag unterschrieben"),
            QStringLiteral("2020 year|Arbeitslosigkeit unter 9%"),
            QStringLiteral("2020 year|Haus des Wissens ist beschlossen"),
        };
        QCOMPARE(describeAll(found), expected);

        // Where each came from: the offset points at the list item or the sentence, the context is the
        // sentence or the list, the source the line.
        for (const FoundMilestone &milestone : found) {
            QVERIFY(text.mid(milestone.offset).startsWith(milestone.title) ||
                    text.mid(milestone.offset).startsWith(milestone.context));
            QCOMPARE(milestone.line, 1);
            // The sample is one long line: the preview gets the part around the item.
            QString source = milestone.source;
            source.remove(QStringLiteral("… ")).remove(QStringLiteral(" …"));
            QVERIFY2(text.simplified().contains(source) && source.size() <= 300, qPrintable(source));
        }
        QCOMPARE(found.at(0).context, QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band."));
        QCOMPARE(found.at(0).offset, 0);
        QCOMPARE(found.at(1).context, QStringLiteral("2016: DHL kommt, Vonovia Zentrale entsteht in Bochum"));
        QCOMPARE(found.at(9).context,
                 QStringLiteral("2019: Max-Planck-Institut für Cybersecurity kommt, Worldfactory Startup "
                                "Center wird gefördert, Städtischer Haushalt ausgeglichen"));
        QVERIFY(found.last().context.startsWith(QStringLiteral("2020: VW Infotainment baut aus")));
        QVERIFY(found.last().context.endsWith(QStringLiteral("Haus des Wissens ist beschlossen")));
    }

    void variants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty text") << QString() << QStringList();
        QTest::newRow("only whitespace") << QStringLiteral(" \n\t\n") << QStringList();
        QTest::newRow("line breaks instead of gluing")
            << QString::fromUtf8(lineBrokenRelease)
            << QStringList{QStringLiteral("2016 year|DHL kommt"),
                           QStringLiteral("2016 year|Vonovia Zentrale entsteht in Bochum"),
                           QStringLiteral("2017 year|Bochum Strategie startet"),
                           QStringLiteral("2018 year|Viktoria Karree kommt"),
                           QStringLiteral("2018 year|Bosch Etas Escrypt kommt"),
                           QStringLiteral("2018 year|Babymarkt kommt"),
                           QStringLiteral("2019 year|Max-Planck-Institut für Cybersecurity kommt"),
                           QStringLiteral("2019 year|Worldfactory Startup Center wird gefördert"),
                           QStringLiteral("2020 year|VW Infotainment baut aus"),
                           QStringLiteral("2020 year|Haus des Wissens ist beschlossen")};
        QTest::newRow("glued to the word before")
            << QStringLiteral("Meldungen.2016: DHL kommt, Vonovia kommt in Bochum2017: Strategie startet")
            << QStringList{QStringLiteral("2016 year|DHL kommt"),
                           QStringLiteral("2016 year|Vonovia kommt in Bochum"),
                           QStringLiteral("2017 year|Strategie startet")};
        QTest::newRow("range, en dash")
            << QStringLiteral("2017 – 2020: Bochum Strategie wird umgesetzt")
            << QStringList{QStringLiteral("2017/2020 year|Bochum Strategie wird umgesetzt")};
        QTest::newRow("range, en dash, no spaces") << QStringLiteral("2017–2020: Strategie")
                                                   << QStringList{QStringLiteral("2017/2020 year|Strategie")};
        QTest::newRow("range, em dash") << QStringLiteral("2017 — 2020: Strategie, DHL kommt")
                                        << QStringList{QStringLiteral("2017/2020 year|Strategie"),
                                                       QStringLiteral("2017/2020 year|DHL kommt")};
        QTest::newRow("range, em dash, no spaces") << QStringLiteral("2017—2020: Strategie")
                                                   << QStringList{QStringLiteral("2017/2020 year|Strategie")};
        QTest::newRow("range, hyphen") << QStringLiteral("2017-2020: Strategie")
                                       << QStringList{QStringLiteral("2017/2020 year|Strategie")};
        QTest::newRow("range, hyphen with spaces, glued")
            << QStringLiteral("Das Programm Bochum2017 - 2020: Strategie")
            << QStringList{QStringLiteral("2017/2020 year|Strategie")};
        QTest::newRow("range, bis") << QStringLiteral("2017 bis 2020: Strategie")
                                    << QStringList{QStringLiteral("2017/2020 year|Strategie")};
        QTest::newRow("backwards range is one year")
            << QStringLiteral("2020-2017: Strategie") << QStringList{QStringLiteral("2020 year|Strategie")};
        QTest::newRow("month in words") << QStringLiteral("Im Mai 2018 eröffnet das Zentrum.")
                                        << QStringList{QStringLiteral("2018-05 month|Zentrum eröffnet")};
        QTest::newRow("month in words, no preposition")
            << QStringLiteral("Dezember 2014 war der Tiefpunkt.")
            << QStringList{QStringLiteral("2014-12 month|Dezember 2014 war der Tiefpunkt")};
        QTest::newRow("März and Maerz, any case")
            << QStringLiteral("Seit MÄRZ 2016 läuft es. Im maerz 2017 endet es.")
            << QStringList{QStringLiteral("2016-03 month|Seit MÄRZ 2016 läuft es"),
                           QStringLiteral("2017-03 month|Im maerz 2017 endet es")};
        QTest::newRow("abbreviated month") << QStringLiteral("Im Dez. 2014 schließt das Werk.")
                                           << QStringList{QStringLiteral("2014-12 month|Werk schließt")};
        QTest::newRow("day with month word")
            << QStringLiteral("Am 5. Dezember 2014 rollt der letzte Zafira vom Band.")
            << QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band")};
        QTest::newRow("day with leading zero")
            << QStringLiteral("Am 05.12.2014 rollt der letzte Zafira vom Band!")
            << QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band")};
        QTest::newRow("English months")
            << QStringLiteral("In May 2018 the centre opened. On December 5, 2014 the plant closed.")
            << QStringList{QStringLiteral("2018-05 month|The centre opened"),
                           QStringLiteral("2014-12-05 day|The plant closed")};
        QTest::newRow("sentences glued together")
            << QStringLiteral(
                   "Das Werk schließt.Am 5.12.2014 rollt der letzte Zafira vom Band.Danach kommt der "
                   "Abriss.")
            << QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band")};
        QTest::newRow("date with a colon is prose, not a year list")
            << QStringLiteral("Am 5.12.2014: Der letzte Zafira rollt vom Band.")
            << QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band")};
        QTest::newRow("only the first date of a sentence")
            << QStringLiteral("Zwischen Mai 2018 und Juni 2019 wird gebaut.")
            << QStringList{
                   QStringLiteral("2018-05/2019-06 month|Zwischen Mai 2018 und Juni 2019 wird gebaut")};
        QTest::newRow("impossible date is skipped")
            << QStringLiteral("Am 31.2.2014 geschah nichts.") << QStringList();
        QTest::newRow("trailing punctuation")
            << QStringLiteral("2018: Viktoria Karree kommt.\n2019: Babymarkt kommt;\n2020: Citytower kommt:")
            << QStringList{QStringLiteral("2018 year|Viktoria Karree kommt"),
                           QStringLiteral("2019 year|Babymarkt kommt"),
                           QStringLiteral("2020 year|Citytower kommt")};
        QTest::newRow("empty items") << QStringLiteral("2018: A,, B, ,\n2019: ,\n2020: C")
                                     << QStringList{QStringLiteral("2018 year|A"),
                                                    QStringLiteral("2018 year|B"),
                                                    QStringLiteral("2020 year|C")};
        QTest::newRow("commas in parentheses")
            << QStringLiteral("2019: Max-Planck-Institut (Cybersecurity, Privacy) kommt, Babymarkt kommt")
            << QStringList{QStringLiteral("2019 year|Max-Planck-Institut (Cybersecurity, Privacy) kommt"),
                           QStringLiteral("2019 year|Babymarkt kommt")};
        QTest::newRow("decimal comma and thousands dot")
            << QStringLiteral("2020: Quote sinkt auf 6,4%, 2.500 neue Jobs")
            << QStringList{QStringLiteral("2020 year|Quote sinkt auf 6,4%"),
                           QStringLiteral("2020 year|2.500 neue Jobs")};
        QTest::newRow("amounts with decimals and currency")
            << QStringLiteral("2019: Umsatz 1.234,56 Mio. Euro, Zuschuss 3,5 Mio. €; Miete 12,50 € je m²")
            << QStringList{QStringLiteral("2019 year|Umsatz 1.234,56 Mio. Euro"),
                           QStringLiteral("2019 year|Zuschuss 3,5 Mio. €"),
                           QStringLiteral("2019 year|Miete 12,50 € je m²")};
        QTest::newRow("ranges in an item")
            << QStringLiteral("2018: Förderung 2016–2020, Sprechstunde 10 bis 12 Uhr, Quote 2,5–3,0 %")
            << QStringList{QStringLiteral("2018 year|Förderung 2016–2020"),
                           QStringLiteral("2018 year|Sprechstunde 10 bis 12 Uhr"),
                           QStringLiteral("2018 year|Quote 2,5–3,0 %")};
        QTest::newRow("a comma before a number still separates")
            << QStringLiteral("2017: 3 Firmen kommen,2 gehen, 1,5 Hektar frei")
            << QStringList{QStringLiteral("2017 year|3 Firmen kommen"), QStringLiteral("2017 year|2 gehen"),
                           QStringLiteral("2017 year|1,5 Hektar frei")};
        QTest::newRow("decimal comma inside quotation marks")
            << QStringLiteral("2020: Die „Quote von 6,4 %“ sinkt, DHL kommt")
            << QStringList{QStringLiteral("2020 year|Die „Quote von 6,4 %“ sinkt"),
                           QStringLiteral("2020 year|DHL kommt")};
        QTest::newRow("quotation marks inside an item")
            << QStringLiteral("2015: Die „Marke Bochum“ wird eingeführt, DHL kommt")
            << QStringList{QStringLiteral("2015 year|Die „Marke Bochum“ wird eingeführt"),
                           QStringLiteral("2015 year|DHL kommt")};
        QTest::newRow("a glued quote ends the list")
            << QStringLiteral("2020: Haus des Wissens ist beschlossen\"Wir sind stolz auf Bochum.\"")
            << QStringList{QStringLiteral("2020 year|Haus des Wissens ist beschlossen")};
        QTest::newRow("a quote after a space ends the list")
            << QStringLiteral("2020: Haus des Wissens ist beschlossen \"Es scheint, wir sind stolz.\"")
            << QStringList{QStringLiteral("2020 year|Haus des Wissens ist beschlossen")};
        QTest::newRow("a line of prose ends the list")
            << QStringLiteral("2020: A, B\nEs scheint nun klar, wohin die Reise geht.")
            << QStringList{QStringLiteral("2020 year|A"), QStringLiteral("2020 year|B")};
        QTest::newRow("a trailing comma continues the list")
            << QStringLiteral("2019: A,\nB\nDas war 2019.")
            << QStringList{QStringLiteral("2019 year|A"), QStringLiteral("2019 year|B")};
        QTest::newRow("items on the line after the year")
            << QStringLiteral("2018:\nViktoria Karree kommt, Babymarkt kommt\nDas war ein gutes Jahr.")
            << QStringList{QStringLiteral("2018 year|Viktoria Karree kommt"),
                           QStringLiteral("2018 year|Babymarkt kommt")};
        QTest::newRow("bullets under a year")
            << QStringLiteral("2018:\n- Viktoria Karree kommt\n• Babymarkt kommt\nDas war ein gutes Jahr.")
            << QStringList{QStringLiteral("2018 year|Viktoria Karree kommt"),
                           QStringLiteral("2018 year|Babymarkt kommt")};
        QTest::newRow("bullets after a blank line under a year")
            << QStringLiteral(
                   "2018:\n\n- Viktoria Karree kommt\n- Babymarkt kommt\n\nDas war ein gutes Jahr.")
            << QStringList{QStringLiteral("2018 year|Viktoria Karree kommt"),
                           QStringLiteral("2018 year|Babymarkt kommt")};
        QTest::newRow("a blank line after items ends the list")
            << QStringLiteral("2018: Viktoria Karree kommt\n\n- Im Mai 2019 eröffnet das Zentrum")
            << QStringList{QStringLiteral("2018 year|Viktoria Karree kommt"),
                           QStringLiteral("2019-05 month|Zentrum eröffnet")};
        QTest::newRow("each bullet line is a sentence")
            << QStringLiteral("Die Stationen:\n• Am 5.12.2014 rollt der letzte Zafira vom Band\n"
                              "• Im Mai 2018 eröffnet das Zentrum")
            << QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band"),
                           QStringLiteral("2018-05 month|Zentrum eröffnet")};
        QTest::newRow("numbers and bare years are not dates")
            << QStringLiteral("Die Arbeitslosigkeit liegt unter 9%. Anders als noch vor 5 Jahren ist alles "
                              "gut. Dann kam 2016 DHL. Um 10:30 Uhr beginnt es. Es kamen 2.000 Menschen.")
            << QStringList();
        QTest::newRow("prose and a list in text order")
            << QStringLiteral(
                   "Am 5.12.2014 rollt der letzte Zafira vom Band.\n2016: DHL kommt\n\nIm Mai 2018 "
                   "eröffnet das Zentrum.")
            << QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band"),
                           QStringLiteral("2016 year|DHL kommt"),
                           QStringLiteral("2018-05 month|Zentrum eröffnet")};
    }

    void variants()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<FoundMilestone> found = TimelineTextParser::parse(text);
        QCOMPARE(describeAll(found), expected);
        for (const FoundMilestone &milestone : found) {
            const QString from = text.mid(milestone.offset).simplified();
            QVERIFY2(from.startsWith(milestone.title) || from.startsWith(milestone.context),
                     qPrintable(milestone.title));
            QCOMPARE(milestone.line, int(text.left(milestone.offset).count(QLatin1Char('\n'))) + 1);
            QVERIFY(!milestone.context.isEmpty());
        }
    }

    void yearsOutsideTheUsualRangeAreReported_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("warnings"); // "line: message"

        const auto outside = [](int line, int year) {
            return QStringLiteral("%1: the year %2 lies outside 1800–2200; check that it is meant as a year")
                .arg(line)
                .arg(year);
        };
        QTest::newRow("the sample has none") << sampleText() << QStringList() << QStringList();
        QTest::newRow("bounds are inside")
            << QStringLiteral("1800: Zeche gegründet\n2200: Ziel erreicht") << QStringList() << QStringList();
        QTest::newRow("a year list before 1800")
            << QStringLiteral("2016: DHL kommt\n1321: Bochum erhält Stadtrechte, Markt entsteht")
            << QStringList{QStringLiteral("2016 year|DHL kommt"),
                           QStringLiteral("1321 year|Bochum erhält Stadtrechte"),
                           QStringLiteral("1321 year|Markt entsteht")}
            << QStringList{outside(2, 1321)};
        QTest::newRow("a range that ends after 2200")
            << QStringLiteral("Plan:\n2150 – 2500: Kohle wird abgebaut")
            << QStringList{QStringLiteral("2150/2500 year|Kohle wird abgebaut")}
            << QStringList{outside(2, 2500)};
        QTest::newRow("a date in prose")
            << QStringLiteral("Im Mai 2018 eröffnet das Zentrum.\nAm 1.9.1750 eröffnet die Zeche.")
            << QStringList{QStringLiteral("2018-05 month|Zentrum eröffnet"),
                           QStringLiteral("1750-09-01 day|Zeche eröffnet")}
            << QStringList{outside(2, 1750)};
    }

    void yearsOutsideTheUsualRangeAreReported()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, warnings);
        QList<Problem> reported;
        const QList<FoundMilestone> found = TimelineTextParser::parse(text, &reported);
        if (!expected.isEmpty())
            QCOMPARE(describeAll(found), expected);
        QStringList actual;
        for (const Problem &warning : std::as_const(reported))
            actual.append(QStringLiteral("%1: %2").arg(warning.line).arg(warning.message));
        QCOMPARE(actual, warnings);
    }

    // The chronicles of issue #16 as a new user pasted them: every item once, with the date the text means,
    // a concise title, the full sentence as context, vague dates marked, numbers whole.
    void chroniclesInTheCommonStyles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bulleted, qualifiers, seit, range, planned")
            << QStringLiteral(
                   "Herne, 14. März 2023 – Die Stadt zieht Bilanz.\n\nChronik\n"
                   "– 2013: Gründung des Fördervereins, erste Spenden\n"
                   "– Mitte 2016: Machbarkeitsstudie liegt vor\n"
                   "– Im Frühjahr 2018 beginnt der Bau des Quartiersparks\n"
                   "– Seit Oktober 2019 ist das Quartier ans Fernwärmenetz angeschlossen\n"
                   "– Vom 2. bis 4. September 2021 feiert die Stadt das Parkfest\n"
                   "– Ende 2022: Die Quote sinkt auf 6,4 %, 2.500 neue Jobs, Kosten 12,5 Mio. Euro\n"
                   "– Die Eröffnung des Besucherzentrums ist für 2024 geplant\n")
            << QStringList{
                   QStringLiteral("2013 year|Gründung des Fördervereins"),
                   QStringLiteral("2016 year approximate|Machbarkeitsstudie liegt vor"),
                   QStringLiteral("2018 year approximate|Bau des Quartiersparks beginnt"),
                   QStringLiteral("2019-10 month open|Quartier ans Fernwärmenetz angeschlossen"),
                   QStringLiteral("2021-09-02/2021-09-04 day|Stadt feiert das Parkfest"),
                   QStringLiteral("2022 year approximate|Quote sinkt auf 6,4 %"),
                   QStringLiteral("2024 year planned|Die Eröffnung des Besucherzentrums ist geplant"),
               };
        QTest::newRow("one dated item per line, decade, am 5.12.")
            << QStringLiteral("12.05.1995 Eröffnung des Hallenbads\n"
                              "1998 Erster Bauabschnitt des Gewerbeparks mit 150 kW Solaranlage\n"
                              "Q3 2012 Umzug der Verwaltung\n"
                              "März 2015 bis Juni 2016: Sanierung des Rathauses, täglich 10 bis 12 Uhr zu\n"
                              "10/2019 Start des Bürgerbusses\n"
                              "In den 1990er Jahren wuchs die Bevölkerung um 3,5 Prozent.\n"
                              "Am 5.12. eröffnete der Weihnachtsmarkt.\n")
            << QStringList{
                   QStringLiteral("1995-05-12 day|Eröffnung des Hallenbads"),
                   QStringLiteral("1998 year|Erster Bauabschnitt des Gewerbeparks mit 150 kW Solaranlage"),
                   QStringLiteral("2012 year approximate|Umzug der Verwaltung"),
                   QStringLiteral("2015-03/2016-06 month|Sanierung des Rathauses"),
                   QStringLiteral("2019-10 month|Start des Bürgerbusses"),
                   QStringLiteral("1990/1999 year approximate|Bevölkerung wuchs um 3,5 Prozent"),
                   QStringLiteral("2019-12-05 day from context|Weihnachtsmarkt eröffnete"),
               };
        QTest::newRow("table pasted from a spreadsheet")
            << QStringLiteral("Datum\tEreignis\tOrt\n05.12.2014\tLetzter Zafira\tWerk I\n"
                              "2016\tDHL kommt, 600 Jobs\tMark 51°7\n")
            << QStringList{QStringLiteral("2014-12-05 day|Letzter Zafira"),
                           QStringLiteral("2016 year|DHL kommt, 600 Jobs")};
    }

    void chroniclesInTheCommonStyles()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList described;
        const QList<FoundMilestone> found = TimelineTextParser::parse(text);
        for (const FoundMilestone &milestone : found) {
            QString line = describe(milestone);
            QString marks;
            if (milestone.approximate)
                marks += QStringLiteral(" approximate");
            if (milestone.openEnded)
                marks += QStringLiteral(" open");
            if (milestone.yearFromContext)
                marks += QStringLiteral(" from context");
            if (milestone.planned)
                marks += QStringLiteral(" planned");
            line.insert(line.indexOf(u'|'), marks);
            described.append(line);
            // The whole item stays: as the description and in the line shown in the preview.
            QVERIFY(text.contains(milestone.context.left(20)) || milestone.context.contains(u'–'));
            QVERIFY(!milestone.source.isEmpty() && text.simplified().contains(milestone.source.left(10)));
            QVERIFY(!milestone.dateText.isEmpty());
        }
        QCOMPARE(described, expected);
    }

    void linesAndContextOfALineBrokenList()
    {
        const QString text = QString::fromUtf8(lineBrokenRelease);
        const QList<FoundMilestone> found = TimelineTextParser::parse(text);
        QCOMPARE(found.size(), 10);
        QCOMPARE(found.at(0).line, 2);
        QCOMPARE(found.at(0).context, QStringLiteral("2016: DHL kommt, Vonovia Zentrale entsteht in Bochum"));
        QCOMPARE(found.last().line, 6);
        QCOMPARE(found.last().context,
                 QStringLiteral("2020: VW Infotainment baut aus, Haus des Wissens ist beschlossen"));
    }

    void readTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(path, "\xEF\xBB\xBF"
                                              "2016: DHL kommt,\r\n  Vonovia kommt\r\n"));
        const Result<QString> text = TimelineTextParser::readTextFile(path);
        QVERIFY2(text, qPrintable(text.errorMessage()));
        QVERIFY(text->startsWith(QStringLiteral("2016:"))); // no byte order mark
        QCOMPARE(
            describeAll(TimelineTextParser::parse(*text)),
            (QStringList{QStringLiteral("2016 year|DHL kommt"), QStringLiteral("2016 year|Vonovia kommt")}));

        QVERIFY(testsupport::writeBytes(path, "2016: Vonovia f\xfcr Bochum"));
        QCOMPARE(TimelineTextParser::readTextFile(path).error().kind, Error::Kind::Invalid);
        QVERIFY(testsupport::writeBytes(path, QByteArray("2016\0", 5)));
        QCOMPARE(TimelineTextParser::readTextFile(path).error().kind, Error::Kind::Invalid);
        QVERIFY(testsupport::writeBytes(path, QByteArray()));
        QCOMPARE(TimelineTextParser::readTextFile(path).errorMessage(),
                 QStringLiteral("“%1” is empty.").arg(QDir::toNativeSeparators(path)));
        QCOMPARE(TimelineTextParser::readTextFile(dir.filePath(QStringLiteral("gone.txt"))).error().kind,
                 Error::Kind::FileMissing);
        QCOMPARE(TimelineTextParser::readTextFile(dir.path()).error().kind, Error::Kind::Invalid);
    }

    void readTextFileDecodesUtf16_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text =
            QStringLiteral("2016: DHL kommt, Vonovia für Bochum\r\n„Wir sind stolz“ – 2017: €\n");
        const auto utf16 = [&text](QSysInfo::Endian order) {
            QByteArray bytes;
            for (const QChar c : text) {
                const char high = char(c.unicode() >> 8);
                const char low = char(c.unicode() & 0xFF);
                bytes.append(order == QSysInfo::LittleEndian ? low : high);
                bytes.append(order == QSysInfo::LittleEndian ? high : low);
            }
            return bytes;
        };
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE") + utf16(QSysInfo::LittleEndian);
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + utf16(QSysInfo::BigEndian);
        QTest::newRow("UTF-16LE without BOM") << utf16(QSysInfo::LittleEndian);
        QTest::newRow("UTF-16BE without BOM") << utf16(QSysInfo::BigEndian);
    }

    void readTextFileDecodesUtf16()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(path, bytes));
        const Result<QString> text = TimelineTextParser::readTextFile(path);
        QVERIFY2(text, qPrintable(text.errorMessage()));
        QCOMPARE(*text,
                 QStringLiteral("2016: DHL kommt, Vonovia für Bochum\r\n„Wir sind stolz“ – 2017: €\n"));
    }

    void readTextFileRefusesBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("NUL in UTF-8 text") << QByteArray("2016: DHL\0 kommt", 16);
        QTest::newRow("odd length") << QByteArray("2\0000\0001\0", 5);
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0\0\0!\0\xB4\x12", 16);
        QTest::newRow("UTF-16 with a NUL character") << QByteArray("\xFF\xFE"
                                                                   "2\0\0\0"
                                                                   "1\0",
                                                                   8);
        QTest::newRow("UTF-16 with a lone surrogate") << QByteArray("\xFF\xFE"
                                                                    "2\0\x00\xD8"
                                                                    "1\0",
                                                                    8);
    }

    void readTextFileRefusesBinary()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(path, bytes));
        const Result<QString> text = TimelineTextParser::readTextFile(path);
        QVERIFY(!text);
        QCOMPARE(text.error().kind, Error::Kind::Invalid);
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("<p>Erster Absatz.</p><P class=\"x\">Zweiter</P>")
                                    << QStringLiteral("Erster Absatz.\n\nZweiter");
        QTest::newRow("line breaks") << QStringLiteral("Zeile 1<br>Zeile 2<BR/>Zeile 3<br />")
                                     << QStringLiteral("Zeile 1\nZeile 2\nZeile 3");
        QTest::newRow("whitespace collapses")
            << QStringLiteral("<p>\n   Am 5.12.2014\n\t rollt  der Zafira   </p>\n\n")
            << QStringLiteral("Am 5.12.2014 rollt der Zafira");
        QTest::newRow("inline elements join words")
            << QStringLiteral("Bo<b>chum</b> <span class=\"a\">kommt</span><em> voran</em>")
            << QStringLiteral("Bochum kommt voran");
        QTest::newRow("entities")
            << QStringLiteral("Stra&szlig;e &amp; M&uuml;ller &#8211; &#x201E;Zitat&#x201c; &lt;b&gt; "
                              "5&nbsp;% Aus&shy;bau &euro; &unknown; & x")
            << QStringLiteral("Straße & Müller – „Zitat“ <b> 5\u00A0% Ausbau € &unknown; & x");
        QTest::newRow("list items are bullet lines")
            << QStringLiteral("<p>2018:</p><ul><li>Viktoria Karree kommt</li>\n<li>Babymarkt kommt</ul>")
            << QStringLiteral("2018:\n\n• Viktoria Karree kommt\n• Babymarkt kommt");
        QTest::newRow("table rows are lines, cells are separated")
            << QStringLiteral("<table><tr><td>2016:</td><td>DHL kommt</td></tr><tr><th>2017:</th>"
                              "<td>Strategie</td></tr></table>")
            << QStringLiteral("2016:\tDHL kommt\n2017:\tStrategie");
        QTest::newRow("head, scripts, styles and comments are left out")
            << QStringLiteral("<html><head><title>PM vom 5. Mai 2020</title><style>p { x: 1 }</style></head>"
                              "<body><!-- 2016: intern --><script>var s = '<p>2016: x</p>';</script>"
                              "<p>Text</p></body></html>")
            << QStringLiteral("Text");
        QTest::newRow("a > inside an attribute value")
            << QStringLiteral("<a title=\"a > b\" href='x>y'>Link</a> folgt") << QStringLiteral("Link folgt");
        QTest::newRow("a < that opens no tag") << QStringLiteral("<p>3 < 5</p>") << QStringLiteral("3 < 5");
        QTest::newRow("preformatted text keeps its lines")
            << QStringLiteral("<pre>2016: DHL kommt\n  2017: Strategie</pre>")
            << QStringLiteral("2016: DHL kommt\n  2017: Strategie");
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(TimelineTextParser::htmlToText(html), text);
    }

    // Linear in the page: each '&' looked for its ';' in the whole rest of a text without one, and each
    // "<script>" of a page without "</script>" searched the rest again. A hostile file within the 8 MiB
    // limit took hours; found while reading htmlToText for fuzz_timelinetext.
    void htmlToTextOfHostilePagesIsQuick_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("a million ampersands without a semicolon")
            << QStringLiteral("<p>") + QString(QStringLiteral("a&")).repeated(500000) + QStringLiteral("</p>")
            << QString(QStringLiteral("a&")).repeated(500000);
        QTest::newRow("100,000 unclosed scripts")
            << QStringLiteral("<p>Text</p>") + QString(QStringLiteral("<script>")).repeated(100000)
            << QStringLiteral("Text");
    }

    void htmlToTextOfHostilePagesIsQuick()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QString result = TimelineTextParser::htmlToText(html);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result, text);
    }

    // toMilestone() copied the whole list's text for every item of it (to compare it with the title), so a
    // list of 40,000 items took 30 s in the fuzz build (found by timing fuzz_timelinetext's harness on
    // large texts).
    void toMilestoneOfALongListIsQuick()
    {
        const QString text =
            QStringLiteral("2016: ") + QString(QStringLiteral("Werk kommt, ")).repeated(50000);
        const QList<FoundMilestone> found = TimelineTextParser::parse(text);
        QCOMPARE(found.size(), 50000);
        QElapsedTimer timer;
        timer.start();
        for (const FoundMilestone &item : found) {
            const Milestone milestone = TimelineTextParser::toMilestone(item);
            QCOMPARE(milestone.title, QStringLiteral("Werk kommt"));
            QCOMPARE(milestone.description, item.context);
        }
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void readTextFileReducesHtml_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray release =
            "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Pressemitteilung vom "
            "5. Mai 2020</title></head>\n<body><h1>Bochum im Wandel</h1>\n"
            "<p>Am 5.12.2014 rollt der letzte Zafira vom&nbsp;Band.</p>\n"
            "<p>2016: DHL kommt, Vonovia Zentrale entsteht in Bochum<br>2017: Bochum Strategie startet</p>\n"
            "<p><strong>2020:</strong></p>\n<ul>\n<li>Arbeitslosigkeit unter 9&nbsp;%</li>\n"
            "<li>Quote sinkt auf 6,4&nbsp;%, 2.500 neue Jobs</li>\n</ul>\n"
            "<p>&bdquo;Wir sind stolz&ldquo;, sagt Oberb&uuml;rgermeister Thomas "
            "Eiskirch.</p></body></html>\n";
        QTest::newRow(".html") << "release.html" << release;
        QTest::newRow(".HTM") << "RELEASE.HTM" << release;
        QTest::newRow("doctype in a .txt file") << "release.txt" << release;
        QTest::newRow("<html> after a byte order mark and blanks")
            << "release.txt" << QByteArray("\xEF\xBB\xBF\r\n  ") + release.mid(release.indexOf("<html"));
    }

    void readTextFileReducesHtml()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QVERIFY(testsupport::writeBytes(path, bytes));
        const Result<QString> text = TimelineTextParser::readTextFile(path);
        QVERIFY2(text, qPrintable(text.errorMessage()));
        QVERIFY2(!text->contains(u'<') && !text->contains(QStringLiteral("&nbsp;")), qPrintable(*text));
        QCOMPARE(describeAll(TimelineTextParser::parse(*text)),
                 (QStringList{QStringLiteral("2014-12-05 day|Der letzte Zafira rollt vom Band"),
                              QStringLiteral("2016 year|DHL kommt"),
                              QStringLiteral("2016 year|Vonovia Zentrale entsteht in Bochum"),
                              QStringLiteral("2017 year|Bochum Strategie startet"),
                              QStringLiteral("2020 year|Arbeitslosigkeit unter 9 %"),
                              QStringLiteral("2020 year|Quote sinkt auf 6,4 %"),
                              QStringLiteral("2020 year|2.500 neue Jobs")}));
    }

    void readTextFileKeepsTextWithTags()
    {
        // Only an HTML file is reduced: a release text that mentions a tag keeps it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("release.txt"));
        QVERIFY(testsupport::writeBytes(path, "2016: <b>DHL</b> kommt &amp; bleibt"));
        const Result<QString> text = TimelineTextParser::readTextFile(path);
        QVERIFY2(text, qPrintable(text.errorMessage()));
        QCOMPARE(*text, QStringLiteral("2016: <b>DHL</b> kommt &amp; bleibt"));
    }

    void isDuplicate_data()
    {
        QTest::addColumn<QString>("foundDate");
        QTest::addColumn<QString>("foundTitle");
        QTest::addColumn<QString>("existingDate");
        QTest::addColumn<QString>("existingTitle");
        QTest::addColumn<bool>("duplicate");

        QTest::newRow("same year and title") << "2016"
                                             << "DHL kommt"
                                             << "2016"
                                             << "DHL kommt" << true;
        QTest::newRow("case, spaces and punctuation") << "2016"
                                                      << "Vonovia  Zentrale entsteht in Bochum."
                                                      << "2016"
                                                      << "vonovia zentrale entsteht in bochum" << true;
        QTest::newRow("hyphen and quotation marks") << "2015"
                                                    << "Die „Marke Bochum“ wird eingeführt, Opel-Areal"
                                                    << "2015"
                                                    << "Die Marke Bochum wird eingeführt Opel Areal" << true;
        QTest::newRow("same year, existing has a day") << "2016"
                                                       << "DHL kommt"
                                                       << "2016-03-01"
                                                       << "DHL kommt" << true;
        QTest::newRow("another year") << "2017"
                                      << "DHL kommt"
                                      << "2016"
                                      << "DHL kommt" << false;
        QTest::newRow("another title") << "2016"
                                       << "DHL kommt"
                                       << "2016"
                                       << "DHL geht" << false;
        QTest::newRow("one more word") << "2016"
                                       << "DHL kommt"
                                       << "2016"
                                       << "DHL kommt nicht" << false;
        QTest::newRow("another number") << "2020"
                                        << "Arbeitslosigkeit unter 9%"
                                        << "2020"
                                        << "Arbeitslosigkeit unter 8%" << false;
        QTest::newRow("sentence with its date, reordered") << "2014-12-05"
                                                           << "Am 5.12.2014 rollt der letzte Zafira vom Band"
                                                           << "2014-12-05"
                                                           << "Der letzte Zafira rollt vom Band" << true;
        QTest::newRow("sentence with a month phrase") << "2018-05"
                                                      << "Im Mai 2018 eröffnet das Zentrum"
                                                      << "2018"
                                                      << "Das Zentrum eröffnet" << true;
        QTest::newRow("sentence in another year") << "2015-12-05"
                                                  << "Am 5.12.2015 rollt der letzte Zafira vom Band"
                                                  << "2014-12-05"
                                                  << "Der letzte Zafira rollt vom Band" << false;
        QTest::newRow("existing without a date") << "2016"
                                                 << "DHL kommt"
                                                 << ""
                                                 << "DHL kommt" << false;
        QTest::newRow("no words") << "2016"
                                  << "…"
                                  << "2016"
                                  << "-" << false;
    }

    void isDuplicate()
    {
        QFETCH(QString, foundDate);
        QFETCH(QString, foundTitle);
        QFETCH(QString, existingDate);
        QFETCH(QString, existingTitle);
        QFETCH(bool, duplicate);
        FoundMilestone found;
        found.start = PartialDate::fromIsoString(foundDate);
        found.title = foundTitle;
        QVERIFY(found.start.isValid());
        Milestone existing;
        existing.start = PartialDate::fromIsoString(existingDate);
        existing.title = existingTitle;
        QCOMPARE(TimelineTextParser::isDuplicate(found, existing), duplicate);
    }

    void sampleListIsDuplicateOfItself()
    {
        const QList<FoundMilestone> found = TimelineTextParser::parse(sampleText());
        QCOMPARE(found.size(), 16);
        for (const FoundMilestone &milestone : found) {
            QVERIFY(TimelineTextParser::isDuplicate(milestone, TimelineTextParser::toMilestone(milestone)));
            QCOMPARE(TimelineTextParser::isDuplicate(milestone, TimelineTextParser::toMilestone(found.at(1))),
                     &milestone == &found.at(1));
        }
    }

    void toMilestone()
    {
        const QList<FoundMilestone> found = TimelineTextParser::parse(QStringLiteral(
            "Am 5.12.2014 rollt der letzte Zafira vom Band. 2016 – 2020: Bochum Strategie, DHL"));
        QCOMPARE(found.size(), 3);
        const Milestone zafira = TimelineTextParser::toMilestone(found.at(0));
        QCOMPARE(zafira.start, PartialDate::fromYmd(2014, 12, 5));
        QVERIFY(!zafira.isRange());
        QCOMPARE(zafira.title, QStringLiteral("Der letzte Zafira rollt vom Band"));
        QCOMPARE(zafira.description, QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band."));
        QCOMPARE(zafira.status, MilestoneStatus::Draft);
        QCOMPARE(zafira.categoryId, RecordId(0));
        const Milestone strategy = TimelineTextParser::toMilestone(found.at(1));
        QCOMPARE(strategy.start, PartialDate::fromYear(2016));
        QCOMPARE(strategy.end, PartialDate::fromYear(2020));
        QCOMPARE(strategy.title, QStringLiteral("Bochum Strategie"));
        QCOMPARE(strategy.description, QStringLiteral("2016 – 2020: Bochum Strategie, DHL"));
        QVERIFY(strategy.validate().isValid());
    }
};

QTEST_GUILESS_MAIN(TestTimelineTextParser)
#include "tst_timelinetextparser.moc"
