#include "core/partialdate.h"

#include <QList>
#include <QTest>
#include <QVariant>

#include <algorithm>

using pressdesk::PartialDate;
using Precision = pressdesk::PartialDate::Precision;

namespace pressdesk {

// Readable failure output for QCOMPARE; found by argument-dependent lookup.
char *toString(const PartialDate &date)
{
    if (!date.isValid())
        return qstrdup("PartialDate(invalid)");
    return QTest::toString(QStringLiteral("PartialDate(%1)").arg(date.toIsoString()));
}

char *toString(PartialDate::Precision precision)
{
    const QString name = precisionName(precision);
    return QTest::toString(name.isEmpty() ? QStringLiteral("none") : name);
}

} // namespace pressdesk

namespace {

PartialDate y(int year)
{
    return PartialDate::fromYear(year);
}

PartialDate ym(int year, int month)
{
    return PartialDate::fromYearMonth(year, month);
}

PartialDate ymd(int year, int month, int day)
{
    return PartialDate::fromYmd(year, month, day);
}

} // namespace

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsInvalid();
    void factories_data();
    void factories();
    void fromDate();

    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseErrorMessages_data();
    void parseErrorMessages();
    void parseClearsErrorAndAcceptsNullError();
    void parseIgnoresDefaultLocale();

    void isoString_data();
    void isoString();
    void fromIsoString_data();
    void fromIsoString();
    void isoRoundTrip_data();
    void isoRoundTrip();
    void parseReadsDisplayStrings_data();
    void parseReadsDisplayStrings();

    void fromStorage_data();
    void fromStorage();
    void storageRoundTrip_data();
    void storageRoundTrip();

    void displayString_data();
    void displayString();
    void displayStringUsesDefaultLocale();

    void firstAndLastDay_data();
    void firstAndLastDay();

    void equality();
    void ordering_data();
    void ordering();
    void sortedList();

    void addUnits_data();
    void addUnits();
    void snapped_data();
    void snapped();

    void precisionName_data();
    void precisionName();
    void variantRoundTrip();
};

void TestPartialDate::defaultIsInvalid()
{
    const PartialDate date;
    QVERIFY(!date.isValid());
    QCOMPARE(date.precision(), Precision::None);
    QCOMPARE(date.year(), 0);
    QCOMPARE(date.month(), 0);
    QCOMPARE(date.day(), 0);
    QCOMPARE(date.toIsoString(), QString());
    QCOMPARE(date.firstDay(), QDate());
    QCOMPARE(date.lastDay(), QDate());
}

void TestPartialDate::factories_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    QTest::newRow("year") << y(2016) << Precision::Year << 2016 << 0 << 0;
    QTest::newRow("year 1") << y(1) << Precision::Year << 1 << 0 << 0;
    QTest::newRow("year 9999") << y(9999) << Precision::Year << 9999 << 0 << 0;
    QTest::newRow("year 0") << y(0) << Precision::None << 0 << 0 << 0;
    QTest::newRow("year -1") << y(-1) << Precision::None << 0 << 0 << 0;
    QTest::newRow("year 10000") << y(10000) << Precision::None << 0 << 0 << 0;
    QTest::newRow("month") << ym(2014, 12) << Precision::Month << 2014 << 12 << 0;
    QTest::newRow("month 1") << ym(2014, 1) << Precision::Month << 2014 << 1 << 0;
    QTest::newRow("month 0") << ym(2014, 0) << Precision::None << 0 << 0 << 0;
    QTest::newRow("month 13") << ym(2014, 13) << Precision::None << 0 << 0 << 0;
    QTest::newRow("month in year 0") << ym(0, 5) << Precision::None << 0 << 0 << 0;
    QTest::newRow("day") << ymd(2014, 12, 5) << Precision::Day << 2014 << 12 << 5;
    QTest::newRow("29 Feb leap year") << ymd(2016, 2, 29) << Precision::Day << 2016 << 2 << 29;
    QTest::newRow("29 Feb 2000") << ymd(2000, 2, 29) << Precision::Day << 2000 << 2 << 29;
    QTest::newRow("29 Feb 2015") << ymd(2015, 2, 29) << Precision::None << 0 << 0 << 0;
    QTest::newRow("29 Feb 1900") << ymd(1900, 2, 29) << Precision::None << 0 << 0 << 0;
    QTest::newRow("31 Feb") << ymd(2014, 2, 31) << Precision::None << 0 << 0 << 0;
    QTest::newRow("31 April") << ymd(2014, 4, 31) << Precision::None << 0 << 0 << 0;
    QTest::newRow("day 0") << ymd(2014, 4, 0) << Precision::None << 0 << 0 << 0;
    QTest::newRow("day in month 13") << ymd(2014, 13, 1) << Precision::None << 0 << 0 << 0;
    QTest::newRow("day in year 0") << ymd(0, 1, 1) << Precision::None << 0 << 0 << 0;
    QTest::newRow("day in year 10000") << ymd(10000, 1, 1) << Precision::None << 0 << 0 << 0;
}

void TestPartialDate::factories()
{
    QFETCH(PartialDate, date);
    QFETCH(Precision, precision);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);

    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.isValid(), precision != Precision::None);
    QCOMPARE(date.year(), year);
    QCOMPARE(date.month(), month);
    QCOMPARE(date.day(), day);
}

void TestPartialDate::fromDate()
{
    QCOMPARE(PartialDate::fromDate(QDate(2014, 12, 5)), ymd(2014, 12, 5));
    QCOMPARE(PartialDate::fromDate(QDate(2014, 12, 5)).precision(), Precision::Day);
    QVERIFY(!PartialDate::fromDate(QDate()).isValid());
    QVERIFY(!PartialDate::fromDate(QDate(-5, 1, 1)).isValid());
    QVERIFY(!PartialDate::fromDate(QDate(12000, 1, 1)).isValid());
}

void TestPartialDate::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<Precision>("precision");

    // ISO
    QTest::newRow("iso year") << QStringLiteral("2016") << QStringLiteral("2016") << Precision::Year;
    QTest::newRow("iso month") << QStringLiteral("2014-12") << QStringLiteral("2014-12") << Precision::Month;
    QTest::newRow("iso day") << QStringLiteral("2014-12-05") << QStringLiteral("2014-12-05")
                             << Precision::Day;
    QTest::newRow("iso day unpadded")
        << QStringLiteral("2014-1-5") << QStringLiteral("2014-01-05") << Precision::Day;
    QTest::newRow("year 0800") << QStringLiteral("0800") << QStringLiteral("0800") << Precision::Year;
    QTest::newRow("year 9999") << QStringLiteral("9999") << QStringLiteral("9999") << Precision::Year;
    QTest::newRow("year 0001") << QStringLiteral("0001") << QStringLiteral("0001") << Precision::Year;
    // Whitespace and trailing punctuation
    QTest::newRow("spaces") << QStringLiteral("  2016 \t") << QStringLiteral("2016") << Precision::Year;
    QTest::newRow("year comma") << QStringLiteral("2016,") << QStringLiteral("2016") << Precision::Year;
    QTest::newRow("year dot") << QStringLiteral("2016.") << QStringLiteral("2016") << Precision::Year;
    QTest::newRow("year semicolon") << QStringLiteral("2016;") << QStringLiteral("2016") << Precision::Year;
    QTest::newRow("year colon") << QStringLiteral("2016:") << QStringLiteral("2016") << Precision::Year;
    QTest::newRow("iso day dot") << QStringLiteral("2014-12-05.") << QStringLiteral("2014-12-05")
                                 << Precision::Day;
    QTest::newRow("german day dot") << QStringLiteral("5.12.2014.") << QStringLiteral("2014-12-05")
                                    << Precision::Day;
    QTest::newRow("month name comma")
        << QStringLiteral("Dezember 2014, ") << QStringLiteral("2014-12") << Precision::Month;
    // German numeric
    QTest::newRow("german day") << QStringLiteral("5.12.2014") << QStringLiteral("2014-12-05")
                                << Precision::Day;
    QTest::newRow("german day padded")
        << QStringLiteral("05.12.2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("german day spaced")
        << QStringLiteral("5. 12. 2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("german month") << QStringLiteral("12.2014") << QStringLiteral("2014-12")
                                  << Precision::Month;
    QTest::newRow("german month unpadded")
        << QStringLiteral("3.2014") << QStringLiteral("2014-03") << Precision::Month;
    QTest::newRow("29.2.2016 leap") << QStringLiteral("29.2.2016") << QStringLiteral("2016-02-29")
                                    << Precision::Day;
    QTest::newRow("29.2.2000 leap") << QStringLiteral("29.2.2000") << QStringLiteral("2000-02-29")
                                    << Precision::Day;
    // German month names
    QTest::newRow("Dezember 2014") << QStringLiteral("Dezember 2014") << QStringLiteral("2014-12")
                                   << Precision::Month;
    QTest::newRow("5. Dezember 2014")
        << QStringLiteral("5. Dezember 2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("5.Dezember 2014") << QStringLiteral("5.Dezember 2014") << QStringLiteral("2014-12-05")
                                     << Precision::Day;
    QTest::newRow("5 Dezember 2014") << QStringLiteral("5 Dezember 2014") << QStringLiteral("2014-12-05")
                                     << Precision::Day;
    QTest::newRow("05. Dezember 2014")
        << QStringLiteral("05. Dezember 2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("Dez. 2014") << QStringLiteral("Dez. 2014") << QStringLiteral("2014-12")
                               << Precision::Month;
    QTest::newRow("Dez 2014") << QStringLiteral("Dez 2014") << QStringLiteral("2014-12") << Precision::Month;
    QTest::newRow("Dez.2014") << QStringLiteral("Dez.2014") << QStringLiteral("2014-12") << Precision::Month;
    QTest::newRow("5. Dez. 2014") << QStringLiteral("5. Dez. 2014") << QStringLiteral("2014-12-05")
                                  << Precision::Day;
    QTest::newRow("Sept. 2019") << QStringLiteral("Sept. 2019") << QStringLiteral("2019-09")
                                << Precision::Month;
    QTest::newRow("Sept 2019") << QStringLiteral("Sept 2019") << QStringLiteral("2019-09")
                               << Precision::Month;
    QTest::newRow("Okt. 2019") << QStringLiteral("Okt. 2019") << QStringLiteral("2019-10")
                               << Precision::Month;
    QTest::newRow("März 2018") << QStringLiteral("März 2018") << QStringLiteral("2018-03")
                               << Precision::Month;
    QTest::newRow("MÄRZ 2018") << QStringLiteral("MÄRZ 2018") << QStringLiteral("2018-03")
                               << Precision::Month;
    QTest::newRow("märz 2018") << QStringLiteral("märz 2018") << QStringLiteral("2018-03")
                               << Precision::Month;
    QTest::newRow("März decomposed") << QStringLiteral("Ma\u0308rz 2018") << QStringLiteral("2018-03")
                                     << Precision::Month;
    QTest::newRow("Maerz 2018") << QStringLiteral("Maerz 2018") << QStringLiteral("2018-03")
                                << Precision::Month;
    QTest::newRow("Mrz. 2018") << QStringLiteral("Mrz. 2018") << QStringLiteral("2018-03")
                               << Precision::Month;
    QTest::newRow("Mai 2018") << QStringLiteral("Mai 2018") << QStringLiteral("2018-05") << Precision::Month;
    QTest::newRow("Jänner 2018") << QStringLiteral("Jänner 2018") << QStringLiteral("2018-01")
                                 << Precision::Month;
    QTest::newRow("1. Januar 2000") << QStringLiteral("1. Januar 2000") << QStringLiteral("2000-01-01")
                                    << Precision::Day;
    QTest::newRow("31. Oktober 2017")
        << QStringLiteral("31. Oktober 2017") << QStringLiteral("2017-10-31") << Precision::Day;
    QTest::newRow("non-breaking space")
        << QStringLiteral("5.\u00a0Dezember\u00a02014") << QStringLiteral("2014-12-05") << Precision::Day;
    // English
    QTest::newRow("December 2014") << QStringLiteral("December 2014") << QStringLiteral("2014-12")
                                   << Precision::Month;
    QTest::newRow("december 2014") << QStringLiteral("december 2014") << QStringLiteral("2014-12")
                                   << Precision::Month;
    QTest::newRow("Dec 2014") << QStringLiteral("Dec 2014") << QStringLiteral("2014-12") << Precision::Month;
    QTest::newRow("Dec. 2014") << QStringLiteral("Dec. 2014") << QStringLiteral("2014-12")
                               << Precision::Month;
    QTest::newRow("May 2018") << QStringLiteral("May 2018") << QStringLiteral("2018-05") << Precision::Month;
    QTest::newRow("Sep 2019") << QStringLiteral("Sep 2019") << QStringLiteral("2019-09") << Precision::Month;
    QTest::newRow("December, 2014") << QStringLiteral("December, 2014") << QStringLiteral("2014-12")
                                    << Precision::Month;
    QTest::newRow("5 December 2014") << QStringLiteral("5 December 2014") << QStringLiteral("2014-12-05")
                                     << Precision::Day;
    QTest::newRow("5th December 2014")
        << QStringLiteral("5th December 2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("1st March 2014") << QStringLiteral("1st March 2014") << QStringLiteral("2014-03-01")
                                    << Precision::Day;
    QTest::newRow("22nd March 2014") << QStringLiteral("22nd March 2014") << QStringLiteral("2014-03-22")
                                     << Precision::Day;
    QTest::newRow("23rd March 2014") << QStringLiteral("23rd March 2014") << QStringLiteral("2014-03-23")
                                     << Precision::Day;
    QTest::newRow("11th March 2014") << QStringLiteral("11th March 2014") << QStringLiteral("2014-03-11")
                                     << Precision::Day;
    QTest::newRow("13th March 2014") << QStringLiteral("13th March 2014") << QStringLiteral("2014-03-13")
                                     << Precision::Day;
    QTest::newRow("2ND MARCH 2014") << QStringLiteral("2ND MARCH 2014") << QStringLiteral("2014-03-02")
                                    << Precision::Day;
    QTest::newRow("December 5, 2014")
        << QStringLiteral("December 5, 2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("December 5 2014") << QStringLiteral("December 5 2014") << QStringLiteral("2014-12-05")
                                     << Precision::Day;
    QTest::newRow("December 5th, 2014")
        << QStringLiteral("December 5th, 2014") << QStringLiteral("2014-12-05") << Precision::Day;
    QTest::newRow("Dec. 5, 2014") << QStringLiteral("Dec. 5, 2014") << QStringLiteral("2014-12-05")
                                  << Precision::Day;
    QTest::newRow("February 29, 2016")
        << QStringLiteral("February 29, 2016") << QStringLiteral("2016-02-29") << Precision::Day;
    QTest::newRow("December 5, 2014.")
        << QStringLiteral("December 5, 2014.") << QStringLiteral("2014-12-05") << Precision::Day;
}

void TestPartialDate::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(Precision, precision);

    QString error = QStringLiteral("left over");
    const PartialDate date = PartialDate::parse(text, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QCOMPARE(date.toIsoString(), iso);
    QCOMPARE(date.precision(), precision);
    QCOMPARE(error, QString());
}

void TestPartialDate::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    // A part of the message that says what is wrong with this input in particular.
    QTest::addColumn<QString>("reason");

    const QString notADate = QStringLiteral("is not a date. Use a year (2016)");
    const QString noYear = QStringLiteral("has no four-digit year");

    QTest::newRow("empty") << QString() << QStringLiteral("No date given.");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("No date given.");
    QTest::newRow("abc") << QStringLiteral("abc") << notADate;
    QTest::newRow("punctuation only") << QStringLiteral(".,") << notADate;
    QTest::newRow("31.2.2014") << QStringLiteral("31.2.2014")
                               << QStringLiteral("February 2014 has only 28 days");
    QTest::newRow("29.2.2015") << QStringLiteral("29.2.2015")
                               << QStringLiteral("February 2015 has only 28 days");
    QTest::newRow("29.2.1900") << QStringLiteral("29.2.1900")
                               << QStringLiteral("February 1900 has only 28 days");
    QTest::newRow("31.4.2014") << QStringLiteral("31.4.2014")
                               << QStringLiteral("April 2014 has only 30 days");
    QTest::newRow("32.1.2014") << QStringLiteral("32.1.2014")
                               << QStringLiteral("January 2014 has only 31 days");
    QTest::newRow("0.1.2014") << QStringLiteral("0.1.2014") << QStringLiteral("there is no day 0");
    QTest::newRow("February 30, 2014")
        << QStringLiteral("February 30, 2014") << QStringLiteral("February 2014 has only 28 days");
    QTest::newRow("30. Februar 2014")
        << QStringLiteral("30. Februar 2014") << QStringLiteral("February 2014 has only 28 days");
    QTest::newRow("2014-02-30") << QStringLiteral("2014-02-30")
                                << QStringLiteral("February 2014 has only 28 days");
    QTest::newRow("2014-13") << QStringLiteral("2014-13") << QStringLiteral("there is no month 13");
    QTest::newRow("2014-00") << QStringLiteral("2014-00") << QStringLiteral("there is no month 0");
    QTest::newRow("2014-13-01") << QStringLiteral("2014-13-01") << QStringLiteral("there is no month 13");
    QTest::newRow("13.2014") << QStringLiteral("13.2014") << QStringLiteral("there is no month 13");
    QTest::newRow("5.13.2014") << QStringLiteral("5.13.2014") << QStringLiteral("there is no month 13");
    QTest::newRow("0000") << QStringLiteral("0000") << QStringLiteral("the year must be between 1 and 9999");
    QTest::newRow("five-digit year") << QStringLiteral("20160")
                                     << QStringLiteral("the year must be between 1 and 9999");
    QTest::newRow("0") << QStringLiteral("0") << noYear;
    QTest::newRow("14") << QStringLiteral("14") << noYear;
    QTest::newRow("201") << QStringLiteral("201") << noYear;
    QTest::newRow("5.12.14") << QStringLiteral("5.12.14") << noYear;
    QTest::newRow("12.14") << QStringLiteral("12.14") << noYear;
    QTest::newRow("Dez. 14") << QStringLiteral("Dez. 14") << noYear;
    QTest::newRow("14-12-05") << QStringLiteral("14-12-05") << noYear;
    QTest::newRow("December 5, 14") << QStringLiteral("December 5, 14") << noYear;
    QTest::newRow("Dezember") << QStringLiteral("Dezember") << noYear;
    QTest::newRow("Dez.") << QStringLiteral("Dez.") << noYear;
    QTest::newRow("5.12.") << QStringLiteral("5.12.") << noYear;
    QTest::newRow("5. Dezember") << QStringLiteral("5. Dezember") << noYear;
    QTest::newRow("December 5th") << QStringLiteral("December 5th") << noYear;
    QTest::newRow("5.") << QStringLiteral("5.") << notADate;
    QTest::newRow("14.") << QStringLiteral("14.") << notADate;
    QTest::newRow("unknown month") << QStringLiteral("Sommer 2014")
                                   << QStringLiteral("“Sommer” is not a month name");
    QTest::newRow("misspelt month") << QStringLiteral("5. Dezmber 2014")
                                    << QStringLiteral("“Dezmber” is not a month name");
    QTest::newRow("wrong ordinal") << QStringLiteral("1th December 2014") << notADate;
    QTest::newRow("13rd") << QStringLiteral("13rd March 2014") << notADate;
    QTest::newRow("wrong ordinal after month") << QStringLiteral("December 2st, 2014") << notADate;
    QTest::newRow("slashes") << QStringLiteral("12/5/2014") << notADate;
    QTest::newRow("time") << QStringLiteral("2014-12-05T10:00") << notADate;
    QTest::newRow("trailing text") << QStringLiteral("2014 oder 2015") << notADate;
    QTest::newRow("leading sign") << QStringLiteral("-2014") << notADate;
    QTest::newRow("trailing dash") << QStringLiteral("2014-") << notADate;
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff12\uff10\uff11\uff16") << notADate;
}

void TestPartialDate::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    const PartialDate date = PartialDate::parse(text, &error);
    QVERIFY2(!date.isValid(), qPrintable(date.toIsoString()));
    QCOMPARE(date, PartialDate());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    if (!text.trimmed().isEmpty())
        QVERIFY2(error.contains(QChar(0x201c) + text.trimmed() + QChar(0x201d)), qPrintable(error));
}

void TestPartialDate::parseErrorMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("impossible day") << QStringLiteral("31.2.2014")
                                    << QStringLiteral(
                                           "“31.2.2014” is not a valid date: February 2014 has only "
                                           "28 days.");
    QTest::newRow("not a date") << QStringLiteral("foo")
                                << QStringLiteral("“foo” is not a date. Use a year (2016), a month (Dezember "
                                                  "2014) or a day (5.12.2014).");
    QTest::newRow("trimmed in message") << QStringLiteral("  foo  ")
                                        << QStringLiteral("“foo” is not a date. Use a year (2016), a month "
                                                          "(Dezember 2014) or a day (5.12.2014).");
    QTest::newRow("month") << QStringLiteral("2014-13")
                           << QStringLiteral("“2014-13” is not a valid date: there is no month 13.");
    QTest::newRow("two-digit year") << QStringLiteral("5.12.14")
                                    << QStringLiteral(
                                           "“5.12.14” has no four-digit year. Write the year in full, "
                                           "e.g. 2014.");
    QTest::newRow("year range") << QStringLiteral("0000")
                                << QStringLiteral(
                                       "“0000” is not a valid date: the year must be between 1 and "
                                       "9999.");
    QTest::newRow("month name") << QStringLiteral("Sommer 2014")
                                << QStringLiteral(
                                       "“Sommer 2014” is not a date: “Sommer” is not a month name.");
    QTest::newRow("percent signs kept") << QStringLiteral("%1 %2 2014")
                                        << QStringLiteral("“%1 %2 2014” is not a date. Use a year (2016), a "
                                                          "month (Dezember 2014) or a day (5.12.2014).");
    QTest::newRow("long text elided")
        << QStringLiteral("Der Tag, an dem das neue Gebäude eröffnet wurde")
        << QStringLiteral("“Der Tag, an dem das neue Gebäude eröffn…” is not a "
                          "date. Use a year (2016), a month (Dezember 2014) or a "
                          "day (5.12.2014).");
}

void TestPartialDate::parseErrorMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!PartialDate::parse(text, &error).isValid());
    QCOMPARE(error, message);
}

void TestPartialDate::parseClearsErrorAndAcceptsNullError()
{
    QString error;
    QVERIFY(!PartialDate::parse(QStringLiteral("foo"), &error).isValid());
    QVERIFY(!error.isEmpty());
    QCOMPARE(PartialDate::parse(QStringLiteral("2016"), &error), y(2016));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(PartialDate::parse(QStringLiteral("5.12.2014")), ymd(2014, 12, 5));
    QCOMPARE(PartialDate::parse(QStringLiteral("31.2.2014")), PartialDate());
}

void TestPartialDate::parseIgnoresDefaultLocale()
{
    const QLocale previous;
    for (const QLocale::Language language : {QLocale::French, QLocale::Turkish, QLocale::English}) {
        QLocale::setDefault(QLocale(language));
        QCOMPARE(PartialDate::parse(QStringLiteral("März 2018")), ym(2018, 3));
        QCOMPARE(PartialDate::parse(QStringLiteral("DEZEMBER 2014")), ym(2014, 12));
        QCOMPARE(PartialDate::parse(QStringLiteral("5 December 2014")), ymd(2014, 12, 5));
        QCOMPARE(PartialDate::parse(QStringLiteral("5.12.2014")), ymd(2014, 12, 5));
        QCOMPARE(PartialDate::parse(QStringLiteral("avril 2014")), PartialDate());
    }
    QLocale::setDefault(previous);
}

void TestPartialDate::isoString_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QString>("iso");

    QTest::newRow("year") << y(2016) << QStringLiteral("2016");
    QTest::newRow("month") << ym(2014, 12) << QStringLiteral("2014-12");
    QTest::newRow("padded month") << ym(2014, 3) << QStringLiteral("2014-03");
    QTest::newRow("day") << ymd(2014, 12, 5) << QStringLiteral("2014-12-05");
    QTest::newRow("padded year") << y(800) << QStringLiteral("0800");
    QTest::newRow("year 1 day") << ymd(1, 1, 1) << QStringLiteral("0001-01-01");
    QTest::newRow("invalid") << PartialDate() << QString();
}

void TestPartialDate::isoString()
{
    QFETCH(PartialDate, date);
    QFETCH(QString, iso);
    QCOMPARE(date.toIsoString(), iso);
}

void TestPartialDate::fromIsoString_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<PartialDate>("expected");

    QTest::newRow("year") << QStringLiteral("2016") << y(2016);
    QTest::newRow("month") << QStringLiteral("2014-12") << ym(2014, 12);
    QTest::newRow("day") << QStringLiteral("2014-12-05") << ymd(2014, 12, 5);
    QTest::newRow("leap day") << QStringLiteral("2016-02-29") << ymd(2016, 2, 29);
    QTest::newRow("padded year") << QStringLiteral("0800") << y(800);
    // Strict: only what toIsoString() writes.
    QTest::newRow("empty") << QString() << PartialDate();
    QTest::newRow("leading space") << QStringLiteral(" 2016") << PartialDate();
    QTest::newRow("trailing space") << QStringLiteral("2016 ") << PartialDate();
    QTest::newRow("trailing comma") << QStringLiteral("2016,") << PartialDate();
    QTest::newRow("unpadded month") << QStringLiteral("2014-1") << PartialDate();
    QTest::newRow("unpadded day") << QStringLiteral("2014-01-5") << PartialDate();
    QTest::newRow("unpadded year") << QStringLiteral("800") << PartialDate();
    QTest::newRow("german") << QStringLiteral("5.12.2014") << PartialDate();
    QTest::newRow("month name") << QStringLiteral("Dezember 2014") << PartialDate();
    QTest::newRow("with time") << QStringLiteral("2014-12-05T00:00:00") << PartialDate();
    QTest::newRow("year 0") << QStringLiteral("0000") << PartialDate();
    QTest::newRow("month 13") << QStringLiteral("2014-13") << PartialDate();
    QTest::newRow("29 Feb 2015") << QStringLiteral("2015-02-29") << PartialDate();
    QTest::newRow("plus sign") << QStringLiteral("+2016") << PartialDate();
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff12\uff10\uff11\uff16") << PartialDate();
}

void TestPartialDate::fromIsoString()
{
    QFETCH(QString, iso);
    QFETCH(PartialDate, expected);
    QCOMPARE(PartialDate::fromIsoString(iso), expected);
}

void TestPartialDate::isoRoundTrip_data()
{
    QTest::addColumn<PartialDate>("date");

    QTest::newRow("year") << y(2016);
    QTest::newRow("year 1") << y(1);
    QTest::newRow("year 9999") << y(9999);
    QTest::newRow("month") << ym(2014, 12);
    QTest::newRow("january") << ym(2014, 1);
    QTest::newRow("day") << ymd(2014, 12, 5);
    QTest::newRow("leap day") << ymd(2016, 2, 29);
    QTest::newRow("last day") << ymd(9999, 12, 31);
}

void TestPartialDate::isoRoundTrip()
{
    QFETCH(PartialDate, date);
    QVERIFY(date.isValid());
    const PartialDate read = PartialDate::fromIsoString(date.toIsoString());
    QCOMPARE(read, date);
    QCOMPARE(read.precision(), date.precision());
    QCOMPARE(PartialDate::parse(date.toIsoString()), date);
}

void TestPartialDate::parseReadsDisplayStrings_data()
{
    QTest::addColumn<PartialDate>("date");

    // Four-digit years only: parse() wants the year in full, the display writes "800", not "0800".
    QTest::newRow("year") << y(2016);
    QTest::newRow("year 9999") << y(9999);
    QTest::newRow("january") << ym(2014, 1);
    QTest::newRow("march") << ym(2018, 3);
    QTest::newRow("may") << ym(2018, 5);
    QTest::newRow("september") << ym(2019, 9);
    QTest::newRow("day") << ymd(2014, 12, 5);
    QTest::newRow("leap day") << ymd(2016, 2, 29);
    QTest::newRow("first day") << ymd(1000, 1, 1);
}

void TestPartialDate::parseReadsDisplayStrings()
{
    QFETCH(PartialDate, date);
    for (const QLocale &locale : {QLocale(QLocale::German), QLocale(QLocale::English)}) {
        const QString shown = date.toDisplayString(locale);
        QString error;
        QCOMPARE(PartialDate::parse(shown, &error), date);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestPartialDate::fromStorage_data()
{
    QTest::addColumn<QString>("firstDay");
    QTest::addColumn<int>("precision");
    QTest::addColumn<PartialDate>("expected");

    QTest::newRow("year") << QStringLiteral("2016-01-01") << 1 << y(2016);
    QTest::newRow("month") << QStringLiteral("2014-12-01") << 2 << ym(2014, 12);
    QTest::newRow("day") << QStringLiteral("2014-12-05") << 3 << ymd(2014, 12, 5);
    QTest::newRow("day on first") << QStringLiteral("2016-01-01") << 3 << ymd(2016, 1, 1);
    QTest::newRow("month on first of year") << QStringLiteral("2016-01-01") << 2 << ym(2016, 1);
    QTest::newRow("leap day") << QStringLiteral("2016-02-29") << 3 << ymd(2016, 2, 29);
    // Bad input
    QTest::newRow("precision 0") << QStringLiteral("2016-01-01") << 0 << PartialDate();
    QTest::newRow("precision 4") << QStringLiteral("2016-01-01") << 4 << PartialDate();
    QTest::newRow("precision -1") << QStringLiteral("2016-01-01") << -1 << PartialDate();
    QTest::newRow("year not on 1 January") << QStringLiteral("2016-03-01") << 1 << PartialDate();
    QTest::newRow("month not on the 1st") << QStringLiteral("2016-03-05") << 2 << PartialDate();
    QTest::newRow("empty") << QString() << 1 << PartialDate();
    QTest::newRow("year only") << QStringLiteral("2016") << 1 << PartialDate();
    QTest::newRow("unpadded") << QStringLiteral("2016-1-1") << 1 << PartialDate();
    QTest::newRow("impossible day") << QStringLiteral("2015-02-29") << 3 << PartialDate();
    QTest::newRow("year 0") << QStringLiteral("0000-01-01") << 1 << PartialDate();
    QTest::newRow("with time") << QStringLiteral("2016-01-01T00:00:00") << 1 << PartialDate();
    QTest::newRow("german") << QStringLiteral("01.01.2016") << 1 << PartialDate();
}

void TestPartialDate::fromStorage()
{
    QFETCH(QString, firstDay);
    QFETCH(int, precision);
    QFETCH(PartialDate, expected);
    QCOMPARE(PartialDate::fromStorage(firstDay, precision), expected);
}

void TestPartialDate::storageRoundTrip_data()
{
    isoRoundTrip_data();
}

void TestPartialDate::storageRoundTrip()
{
    QFETCH(PartialDate, date);
    const QString firstDay = date.firstDay().toString(Qt::ISODate);
    QCOMPARE(firstDay.size(), 10);
    QCOMPARE(PartialDate::fromStorage(firstDay, int(date.precision())), date);
}

void TestPartialDate::displayString_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale at(QLocale::German, QLocale::Austria);
    const QLocale ch(QLocale::German, QLocale::Switzerland);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale fr(QLocale::French, QLocale::France);

    QTest::newRow("de year") << y(2016) << de << QStringLiteral("2016");
    QTest::newRow("de month") << ym(2014, 12) << de << QStringLiteral("Dezember 2014");
    QTest::newRow("de day") << ymd(2014, 12, 5) << de << QStringLiteral("5. Dezember 2014");
    QTest::newRow("de März") << ym(2018, 3) << de << QStringLiteral("März 2018");
    QTest::newRow("de 1. Januar") << ymd(2000, 1, 1) << de << QStringLiteral("1. Januar 2000");
    QTest::newRow("de 31. Oktober") << ymd(2017, 10, 31) << de << QStringLiteral("31. Oktober 2017");
    QTest::newRow("de small year") << ym(800, 5) << de << QStringLiteral("Mai 800");
    QTest::newRow("at month") << ym(2014, 1) << at << QStringLiteral("Januar 2014");
    QTest::newRow("ch day") << ymd(2014, 12, 5) << ch << QStringLiteral("5. Dezember 2014");
    QTest::newRow("de invalid") << PartialDate() << de << QString();
    QTest::newRow("en year") << y(2016) << en << QStringLiteral("2016");
    QTest::newRow("en month") << ym(2014, 12) << en << QStringLiteral("December 2014");
    QTest::newRow("en day") << ymd(2014, 12, 5) << en << QStringLiteral("5 December 2014");
    QTest::newRow("en March") << ym(2018, 3) << en << QStringLiteral("March 2018");
    QTest::newRow("gb day") << ymd(2014, 5, 21) << gb << QStringLiteral("21 May 2014");
    QTest::newRow("en invalid") << PartialDate() << en << QString();
    QTest::newRow("fr falls back to English") << ymd(2014, 12, 5) << fr << QStringLiteral("5 December 2014");
    QTest::newRow("C falls back to English")
        << ym(2014, 12) << QLocale::c() << QStringLiteral("December 2014");
}

void TestPartialDate::displayString()
{
    QFETCH(PartialDate, date);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(date.toDisplayString(locale), expected);
}

void TestPartialDate::displayStringUsesDefaultLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ymd(2014, 12, 5).toDisplayString(), QStringLiteral("5. Dezember 2014"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(ymd(2014, 12, 5).toDisplayString(), QStringLiteral("5 December 2014"));
    QLocale::setDefault(previous);
}

void TestPartialDate::firstAndLastDay_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("year") << y(2016) << QDate(2016, 1, 1) << QDate(2016, 12, 31);
    QTest::newRow("year 1") << y(1) << QDate(1, 1, 1) << QDate(1, 12, 31);
    QTest::newRow("year 9999") << y(9999) << QDate(9999, 1, 1) << QDate(9999, 12, 31);
    QTest::newRow("December") << ym(2014, 12) << QDate(2014, 12, 1) << QDate(2014, 12, 31);
    QTest::newRow("April") << ym(2014, 4) << QDate(2014, 4, 1) << QDate(2014, 4, 30);
    QTest::newRow("February leap") << ym(2016, 2) << QDate(2016, 2, 1) << QDate(2016, 2, 29);
    QTest::newRow("February common") << ym(2015, 2) << QDate(2015, 2, 1) << QDate(2015, 2, 28);
    QTest::newRow("February 1900") << ym(1900, 2) << QDate(1900, 2, 1) << QDate(1900, 2, 28);
    QTest::newRow("February 2000") << ym(2000, 2) << QDate(2000, 2, 1) << QDate(2000, 2, 29);
    QTest::newRow("day") << ymd(2014, 12, 5) << QDate(2014, 12, 5) << QDate(2014, 12, 5);
    QTest::newRow("leap day") << ymd(2016, 2, 29) << QDate(2016, 2, 29) << QDate(2016, 2, 29);
    QTest::newRow("invalid") << PartialDate() << QDate() << QDate();
}

void TestPartialDate::firstAndLastDay()
{
    QFETCH(PartialDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(date.firstDay(), first);
    QCOMPARE(date.lastDay(), last);
}

void TestPartialDate::equality()
{
    QCOMPARE(y(2016), y(2016));
    QCOMPARE(PartialDate(), PartialDate());
    QVERIFY(y(2016) != y(2017));
    QVERIFY(y(2016) != ym(2016, 1));
    QVERIFY(ym(2016, 1) != ymd(2016, 1, 1));
    QVERIFY(ym(2016, 1) != ym(2016, 2));
    QVERIFY(ymd(2016, 1, 1) != ymd(2016, 1, 2));
    QVERIFY(y(2016) != PartialDate());
    QVERIFY(!(y(2016) == ym(2016, 1)));
    // Invalid factory results are all the same invalid date.
    QCOMPARE(ym(2014, 13), PartialDate());
    QCOMPARE(ymd(2014, 2, 31), ym(0, 1));
}

void TestPartialDate::ordering_data()
{
    QTest::addColumn<PartialDate>("a");
    QTest::addColumn<PartialDate>("b");

    // Each row: a sorts strictly before b.
    QTest::newRow("years") << y(2015) << y(2016);
    QTest::newRow("year before its month") << y(2016) << ym(2016, 1);
    QTest::newRow("month before its day") << ym(2016, 1) << ymd(2016, 1, 1);
    QTest::newRow("year before its first day") << y(2016) << ymd(2016, 1, 1);
    QTest::newRow("year before its second month") << y(2016) << ym(2016, 2);
    QTest::newRow("year before a later day") << y(2016) << ymd(2016, 12, 31);
    QTest::newRow("late day before next year") << ymd(2015, 12, 31) << y(2016);
    QTest::newRow("earlier month first") << ym(2016, 2) << ym(2016, 3);
    QTest::newRow("day before month starting later") << ymd(2016, 2, 2) << ym(2016, 3);
    QTest::newRow("month before a later day in it") << ym(2016, 2) << ymd(2016, 2, 2);
    QTest::newRow("days") << ymd(2016, 2, 28) << ymd(2016, 2, 29);
    QTest::newRow("invalid before valid") << PartialDate() << y(1);
    QTest::newRow("invalid before valid day") << PartialDate() << ymd(1, 1, 1);
    QTest::newRow("across decades") << ymd(1999, 12, 31) << y(2000);
}

void TestPartialDate::ordering()
{
    QFETCH(PartialDate, a);
    QFETCH(PartialDate, b);

    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(b > a);
    QVERIFY(!(a > b));
    QVERIFY(a <= b);
    QVERIFY(!(b <= a));
    QVERIFY(b >= a);
    QVERIFY(!(a >= b));
    QVERIFY(a != b);
    QVERIFY(!(a < a));
    QVERIFY(a <= a);
    QVERIFY(b >= b);
}

void TestPartialDate::sortedList()
{
    const QList<PartialDate> expected = {
        PartialDate(),   ymd(2014, 12, 5), y(2015),           ym(2015, 1),     ymd(2015, 1, 1),
        ymd(2015, 1, 2), ym(2015, 2),      ymd(2015, 12, 31), y(2016),         ym(2016, 1),
        ymd(2016, 1, 1), ym(2016, 2),      ymd(2016, 2, 29),  ymd(2016, 3, 1), y(2017),
    };
    for (int i = 0; i < expected.size(); ++i) {
        for (int j = 0; j < expected.size(); ++j) {
            const QByteArray where = QByteArray::number(i) + " vs " + QByteArray::number(j);
            QVERIFY2((expected.at(i) < expected.at(j)) == (i < j), where.constData());
            QVERIFY2((expected.at(i) == expected.at(j)) == (i == j), where.constData());
        }
    }

    QList<PartialDate> reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    std::sort(reversed.begin(), reversed.end());
    QCOMPARE(reversed, expected);

    QList<PartialDate> interleaved;
    for (int i = 0; i < expected.size(); i += 2)
        interleaved.append(expected.at(i));
    for (int i = 1; i < expected.size(); i += 2)
        interleaved.prepend(expected.at(i));
    QVERIFY(interleaved != expected);
    std::stable_sort(interleaved.begin(), interleaved.end());
    QCOMPARE(interleaved, expected);
}

void TestPartialDate::addUnits_data()
{
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<int>("units");
    QTest::addColumn<PartialDate>("expected");

    QTest::newRow("year +1") << y(2016) << 1 << y(2017);
    QTest::newRow("year -10") << y(2016) << -10 << y(2006);
    QTest::newRow("year 0") << y(2016) << 0 << y(2016);
    QTest::newRow("year past 9999") << y(9999) << 1 << PartialDate();
    QTest::newRow("year before 1") << y(1) << -1 << PartialDate();
    QTest::newRow("year huge") << y(2016) << 2000000000 << PartialDate();
    QTest::newRow("month +1") << ym(2014, 11) << 1 << ym(2014, 12);
    QTest::newRow("month over new year") << ym(2014, 12) << 1 << ym(2015, 1);
    QTest::newRow("month back over new year") << ym(2015, 1) << -1 << ym(2014, 12);
    QTest::newRow("month +12") << ym(2014, 5) << 12 << ym(2015, 5);
    QTest::newRow("month -13") << ym(2014, 5) << -13 << ym(2013, 4);
    QTest::newRow("month +25") << ym(2014, 12) << 25 << ym(2017, 1);
    QTest::newRow("month 0") << ym(2014, 5) << 0 << ym(2014, 5);
    QTest::newRow("month before year 1") << ym(1, 1) << -1 << PartialDate();
    QTest::newRow("month past 9999") << ym(9999, 12) << 1 << PartialDate();
    QTest::newRow("month huge negative") << ym(2014, 5) << -2000000000 << PartialDate();
    QTest::newRow("day +1") << ymd(2014, 12, 5) << 1 << ymd(2014, 12, 6);
    QTest::newRow("day into leap day") << ymd(2016, 2, 28) << 1 << ymd(2016, 2, 29);
    QTest::newRow("day over common February") << ymd(2015, 2, 28) << 1 << ymd(2015, 3, 1);
    QTest::newRow("day over new year") << ymd(2014, 12, 31) << 1 << ymd(2015, 1, 1);
    QTest::newRow("day -366") << ymd(2017, 1, 1) << -366 << ymd(2016, 1, 1);
    QTest::newRow("day 0") << ymd(2014, 12, 5) << 0 << ymd(2014, 12, 5);
    QTest::newRow("day past 9999") << ymd(9999, 12, 31) << 1 << PartialDate();
    QTest::newRow("day before year 1") << ymd(1, 1, 1) << -1 << PartialDate();
    QTest::newRow("invalid") << PartialDate() << 1 << PartialDate();
}

void TestPartialDate::addUnits()
{
    QFETCH(PartialDate, date);
    QFETCH(int, units);
    QFETCH(PartialDate, expected);

    const PartialDate moved = date.addUnits(units);
    QCOMPARE(moved, expected);
    if (expected.isValid())
        QCOMPARE(moved.precision(), date.precision());
}

void TestPartialDate::snapped_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<PartialDate>("expected");

    // Year and month round to the nearest first day of a year or month; a tie goes to the earlier one.
    QTest::newRow("year: late December rounds up") << QDate(2016, 12, 20) << Precision::Year << y(2017);
    QTest::newRow("year: March stays") << QDate(2016, 3, 1) << Precision::Year << y(2016);
    QTest::newRow("year: 1 January") << QDate(2016, 1, 1) << Precision::Year << y(2016);
    QTest::newRow("year: 31 December") << QDate(2016, 12, 31) << Precision::Year << y(2017);
    QTest::newRow("year: leap-year tie 2 July") << QDate(2016, 7, 2) << Precision::Year << y(2016);
    QTest::newRow("year: leap year 3 July") << QDate(2016, 7, 3) << Precision::Year << y(2017);
    QTest::newRow("year: common year 2 July") << QDate(2015, 7, 2) << Precision::Year << y(2015);
    QTest::newRow("year: common year 3 July") << QDate(2015, 7, 3) << Precision::Year << y(2016);
    QTest::newRow("year: stays in 9999") << QDate(9999, 12, 20) << Precision::Year << y(9999);
    QTest::newRow("month: 20 March rounds up") << QDate(2016, 3, 20) << Precision::Month << ym(2016, 4);
    QTest::newRow("month: 1 March") << QDate(2016, 3, 1) << Precision::Month << ym(2016, 3);
    QTest::newRow("month: 16 March stays") << QDate(2016, 3, 16) << Precision::Month << ym(2016, 3);
    QTest::newRow("month: 17 March rounds up") << QDate(2016, 3, 17) << Precision::Month << ym(2016, 4);
    QTest::newRow("month: December into next year") << QDate(2016, 12, 17) << Precision::Month << ym(2017, 1);
    QTest::newRow("month: February tie") << QDate(2015, 2, 15) << Precision::Month << ym(2015, 2);
    QTest::newRow("month: February leap 16th") << QDate(2016, 2, 16) << Precision::Month << ym(2016, 3);
    QTest::newRow("month: stays in 9999-12") << QDate(9999, 12, 30) << Precision::Month << ym(9999, 12);
    QTest::newRow("day") << QDate(2016, 12, 20) << Precision::Day << ymd(2016, 12, 20);
    QTest::newRow("day: leap day") << QDate(2016, 2, 29) << Precision::Day << ymd(2016, 2, 29);
    QTest::newRow("no precision") << QDate(2016, 12, 20) << Precision::None << PartialDate();
    QTest::newRow("invalid day") << QDate() << Precision::Year << PartialDate();
    QTest::newRow("day outside years") << QDate(10000, 1, 1) << Precision::Day << PartialDate();
}

void TestPartialDate::snapped()
{
    QFETCH(QDate, day);
    QFETCH(Precision, precision);
    QFETCH(PartialDate, expected);
    QCOMPARE(PartialDate::snapped(day, precision), expected);
}

void TestPartialDate::precisionName_data()
{
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << Precision::None << QString();
    QTest::newRow("year") << Precision::Year << QStringLiteral("year");
    QTest::newRow("month") << Precision::Month << QStringLiteral("month");
    QTest::newRow("day") << Precision::Day << QStringLiteral("day");
}

void TestPartialDate::precisionName()
{
    QFETCH(Precision, precision);
    QFETCH(QString, name);
    QCOMPARE(pressdesk::precisionName(precision), name);
}

void TestPartialDate::variantRoundTrip()
{
    const PartialDate date = ym(2014, 12);
    const QVariant variant = QVariant::fromValue(date);
    QVERIFY(variant.canConvert<PartialDate>());
    QCOMPARE(variant.value<PartialDate>(), date);
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
