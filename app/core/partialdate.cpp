#include "partialdate.h"

#include <QCoreApplication>

#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace pressdesk {

namespace {

constexpr int MinYear = 1;
constexpr int MaxYear = 9999;
// Longer user text is cut in error messages so that a pasted paragraph does not flood a status line.
constexpr int MaxQuotedLength = 40;

bool isYearInRange(qint64 year)
{
    return year >= MinYear && year <= MaxYear;
}

QLatin1String ordinalSuffix(int number)
{
    const int lastTwo = number % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return QLatin1String("th");
    switch (number % 10) {
    case 1:
        return QLatin1String("st");
    case 2:
        return QLatin1String("nd");
    case 3:
        return QLatin1String("rd");
    default:
        return QLatin1String("th");
    }
}

const QLocale &germanLocale()
{
    static const QLocale locale(QLocale::German);
    return locale;
}

const QLocale &englishLocale()
{
    static const QLocale locale(QLocale::English);
    return locale;
}

// Month names and abbreviations in German and English, lower case, without the abbreviation dot.
// Built from QLocale's own data for these two languages (independent of the system locale) plus the
// spellings it does not list: "Maerz" without umlaut, the DIN abbreviation "Mrz", Austrian "Jänner".
int monthFromName(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> names;
        const auto add = [&names](QString name, int month) {
            name = name.toLower().normalized(QString::NormalizationForm_C);
            name.remove(QLatin1Char('.'));
            if (!name.isEmpty())
                names.insert(name, month);
        };
        for (int month = 1; month <= 12; ++month) {
            for (const QLocale &locale : {germanLocale(), englishLocale()}) {
                add(locale.monthName(month, QLocale::LongFormat), month);
                add(locale.monthName(month, QLocale::ShortFormat), month);
            }
        }
        const std::pair<QString, int> extras[] = {
            {QStringLiteral("jän"), 1},   {QStringLiteral("jänner"), 1}, {QStringLiteral("jan"), 1},
            {QStringLiteral("feb"), 2},   {QStringLiteral("mär"), 3},    {QStringLiteral("mrz"), 3},
            {QStringLiteral("maerz"), 3}, {QStringLiteral("mar"), 3},    {QStringLiteral("apr"), 4},
            {QStringLiteral("jun"), 6},   {QStringLiteral("jul"), 7},    {QStringLiteral("aug"), 8},
            {QStringLiteral("sep"), 9},   {QStringLiteral("sept"), 9},   {QStringLiteral("okt"), 10},
            {QStringLiteral("oct"), 10},  {QStringLiteral("nov"), 11},   {QStringLiteral("dez"), 12},
            {QStringLiteral("dec"), 12},
        };
        for (const auto &extra : extras)
            add(extra.first, extra.second);
        return names;
    }();
    return months.value(word.toLower(), 0);
}

QString elided(const QString &text)
{
    if (text.size() <= MaxQuotedLength)
        return text;
    QString head = text.left(MaxQuotedLength - 1);
    if (head.back().isHighSurrogate())
        head.chop(1);
    return head + QChar(0x2026);
}

// All messages quote the user's text; multi-argument arg() so that a "%1" typed by the user stays as it is.
QString notADateMessage(const QString &text)
{
    if (text.isEmpty())
        return QCoreApplication::translate(
            "PartialDate", "No date given. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).");
    return QCoreApplication::translate(
               "PartialDate",
               "“%1” is not a date. Use a year (2016), a month (Dezember 2014) or a day (5.12.2014).")
        .arg(elided(text));
}

QString noFullYearMessage(const QString &text)
{
    return QCoreApplication::translate("PartialDate",
                                       "“%1” has no four-digit year. Write the year in full, e.g. 2014.")
        .arg(elided(text));
}

// A date in one of the accepted shapes: checks the parts and builds the date or explains what is wrong.
PartialDate checkedDate(const QString &text, const QString &yearDigits, int month, int day,
                        PartialDate::Precision precision, QString *error)
{
    QString message;
    const int year = yearDigits.size() == 4 ? yearDigits.toInt() : 0;
    if (yearDigits.size() < 4) {
        message = noFullYearMessage(text);
    } else if (!isYearInRange(year)) {
        message = QCoreApplication::translate("PartialDate",
                                              "“%1” is not a valid date: the year must be between %2 and %3.")
                      .arg(elided(text), QString::number(MinYear), QString::number(MaxYear));
    } else if (precision != PartialDate::Precision::Year && (month < 1 || month > 12)) {
        message =
            QCoreApplication::translate("PartialDate", "“%1” is not a valid date: there is no month %2.")
                .arg(elided(text), QString::number(month));
    } else if (precision == PartialDate::Precision::Day && day < 1) {
        message = QCoreApplication::translate("PartialDate", "“%1” is not a valid date: there is no day %2.")
                      .arg(elided(text), QString::number(day));
    } else if (precision == PartialDate::Precision::Day && day > QDate(year, month, 1).daysInMonth()) {
        const bool german = QLocale().language() == QLocale::German;
        const QString monthName =
            (german ? germanLocale() : englishLocale()).monthName(month, QLocale::LongFormat);
        message =
            QCoreApplication::translate("PartialDate", "“%1” is not a valid date: %2 %3 has only %4 days.")
                .arg(elided(text), monthName, QString::number(year),
                     QString::number(QDate(year, month, 1).daysInMonth()));
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    if (error)
        error->clear();
    switch (precision) {
    case PartialDate::Precision::Year:
        return PartialDate::fromYear(year);
    case PartialDate::Precision::Month:
        return PartialDate::fromYearMonth(year, month);
    case PartialDate::Precision::Day:
        return PartialDate::fromYmd(year, month, day);
    case PartialDate::Precision::None:
        break;
    }
    return {};
}

PartialDate failed(const QString &message, QString *error)
{
    if (error)
        *error = message;
    return {};
}

// Removes trailing '.', ',', ';' and ':' where that cannot change the meaning: after a four-digit year,
// after an ISO date, after a word. A dot after a one- or two-digit number is kept, because "5." and
// "5.12." are a day and a day-month in German, not a year or a month.
QString withoutTrailingPunctuation(const QString &text)
{
    static const QRegularExpression trailing(QStringLiteral("^(.*?)\\s?([.,;:]+)$"));
    static const QRegularExpression shortNumberAtEnd(QStringLiteral("(?<!\\d)\\d{1,2}$"));
    static const QRegularExpression isoShape(QStringLiteral("^\\d{4}-\\d{1,2}(?:-\\d{1,2})?$"));
    const QRegularExpressionMatch match = trailing.match(text);
    if (!match.hasMatch())
        return text;
    const QString core = match.captured(1);
    const bool dotAfterShortNumber = match.captured(2).startsWith(QLatin1Char('.')) &&
                                     shortNumberAtEnd.match(core).hasMatch() &&
                                     !isoShape.match(core).hasMatch();
    return dotAfterShortNumber ? text : core;
}

bool hasOrdinalSuffixOf(const QString &suffix, int day)
{
    return suffix.isEmpty() || suffix.compare(ordinalSuffix(day), Qt::CaseInsensitive) == 0;
}

} // namespace

PartialDate PartialDate::fromYear(int year)
{
    if (!isYearInRange(year))
        return {};
    PartialDate date;
    date.m_year = year;
    date.m_precision = Precision::Year;
    return date;
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    if (!isYearInRange(year) || month < 1 || month > 12)
        return {};
    PartialDate date;
    date.m_year = year;
    date.m_month = month;
    date.m_precision = Precision::Month;
    return date;
}

PartialDate PartialDate::fromDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return fromYmd(date.year(), date.month(), date.day());
}

PartialDate PartialDate::fromYmd(int year, int month, int day)
{
    if (!isYearInRange(year) || !QDate::isValid(year, month, day))
        return {};
    PartialDate date;
    date.m_year = year;
    date.m_month = month;
    date.m_day = day;
    date.m_precision = Precision::Day;
    return date;
}

PartialDate PartialDate::parse(const QString &text, QString *error)
{
    using RE = QRegularExpression;
    const auto options = RE::CaseInsensitiveOption;
    // The year is read as any run of digits so that "5.12.14" can be told apart from nonsense.
    static const RE iso(QStringLiteral("^(\\d+)(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    static const RE numericDay(QStringLiteral("^(\\d{1,2})\\. ?(\\d{1,2})\\. ?(\\d+)$"));
    static const RE numericMonth(QStringLiteral("^(\\d{1,2})\\. ?(\\d+)$"));
    static const RE numericDayNoYear(QStringLiteral("^(\\d{1,2})\\. ?(\\d{1,2})\\.$"));
    // "5. Dezember 2014", "5 Dez. 2014", "5th December 2014", "5.Dez.2014"
    static const RE dayMonthYear(
        QStringLiteral("^(\\d{1,2})(?:\\. ?| |(st|nd|rd|th) )(\\p{L}+)(?:\\. ?| |, ?)(\\d+)$"), options);
    // "Dezember 2014", "Dez. 2014", "Sept 2019", "December, 2014"
    static const RE monthYear(QStringLiteral("^(\\p{L}+)(?:\\. ?| |, ?)(\\d+)$"), options);
    // "December 5, 2014", "Dec. 5th 2014"
    static const RE monthDayYear(
        QStringLiteral("^(\\p{L}+)(?:\\. ?| )(\\d{1,2})(st|nd|rd|th)?(?:, ?| )(\\d+)$"), options);
    static const RE dayMonthNoYear(QStringLiteral("^(\\d{1,2})(?:\\. ?| |(st|nd|rd|th) )(\\p{L}+)$"),
                                   options);
    static const RE monthDayNoYear(QStringLiteral("^(\\p{L}+)(?:\\. ?| )(\\d{1,2})(st|nd|rd|th)?$"), options);
    static const RE monthOnly(QStringLiteral("^(\\p{L}+)$"));

    const QString input = text.trimmed();
    const QString s = withoutTrailingPunctuation(input.normalized(QString::NormalizationForm_C).simplified());
    if (s.isEmpty())
        return failed(notADateMessage(input), error);

    const auto notAMonth = [&](const QString &word) {
        return failed(
            QCoreApplication::translate("PartialDate", "“%1” is not a date: “%2” is not a month name.")
                .arg(elided(input), word),
            error);
    };

    QRegularExpressionMatch m = iso.match(s);
    if (m.hasMatch()) {
        if (m.hasCaptured(3))
            return checkedDate(input, m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(),
                               Precision::Day, error);
        if (m.hasCaptured(2))
            return checkedDate(input, m.captured(1), m.captured(2).toInt(), 0, Precision::Month, error);
        return checkedDate(input, m.captured(1), 0, 0, Precision::Year, error);
    }
    m = numericDay.match(s);
    if (m.hasMatch())
        return checkedDate(input, m.captured(3), m.captured(2).toInt(), m.captured(1).toInt(), Precision::Day,
                           error);
    m = numericMonth.match(s);
    if (m.hasMatch())
        return checkedDate(input, m.captured(2), m.captured(1).toInt(), 0, Precision::Month, error);
    m = dayMonthYear.match(s);
    if (m.hasMatch()) {
        const int day = m.captured(1).toInt();
        const int month = monthFromName(m.captured(3));
        if (month == 0)
            return notAMonth(m.captured(3));
        if (hasOrdinalSuffixOf(m.captured(2), day))
            return checkedDate(input, m.captured(4), month, day, Precision::Day, error);
    }
    m = monthYear.match(s);
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return notAMonth(m.captured(1));
        return checkedDate(input, m.captured(2), month, 0, Precision::Month, error);
    }
    m = monthDayYear.match(s);
    if (m.hasMatch()) {
        const int day = m.captured(2).toInt();
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return notAMonth(m.captured(1));
        if (hasOrdinalSuffixOf(m.captured(3), day))
            return checkedDate(input, m.captured(4), month, day, Precision::Day, error);
    }

    // Shapes of a date without its year ("5.12.", "5. Dezember", "December 5th", "Dezember"):
    // say what is missing instead of "not a date".
    if (numericDayNoYear.match(s).hasMatch())
        return failed(noFullYearMessage(input), error);
    for (const RE *shape : {&dayMonthNoYear, &monthDayNoYear, &monthOnly}) {
        m = shape->match(s);
        if (m.hasMatch()) {
            const int wordGroup = shape == &dayMonthNoYear ? 3 : 1;
            if (monthFromName(m.captured(wordGroup)) != 0)
                return failed(noFullYearMessage(input), error);
        }
    }
    return failed(notADateMessage(input), error);
}

PartialDate PartialDate::fromIsoString(const QString &iso)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(iso);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    if (m.hasCaptured(3))
        return fromYmd(year, m.captured(2).toInt(), m.captured(3).toInt());
    if (m.hasCaptured(2))
        return fromYearMonth(year, m.captured(2).toInt());
    return fromYear(year);
}

// Strict: the day must be the first day of the year or month the precision names, so that a damaged row
// ("2016-03-05" stored as a year) shows up as invalid instead of silently becoming 2016.
PartialDate PartialDate::fromStorage(const QString &firstDayIso, int precision)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(firstDayIso);
    if (!m.hasMatch())
        return {};
    const PartialDate day = fromYmd(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid())
        return {};
    switch (precision) {
    case int(Precision::Year):
        return day.m_month == 1 && day.m_day == 1 ? fromYear(day.m_year) : PartialDate();
    case int(Precision::Month):
        return day.m_day == 1 ? fromYearMonth(day.m_year, day.m_month) : PartialDate();
    case int(Precision::Day):
        return day;
    default:
        return {};
    }
}

QDate PartialDate::firstDay() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    case Precision::None:
        break;
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    case Precision::None:
        break;
    }
    return {};
}

QString PartialDate::toIsoString() const
{
    const QChar zero = QLatin1Char('0');
    switch (m_precision) {
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, zero);
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, zero).arg(m_month, 2, 10, zero);
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, zero)
            .arg(m_month, 2, 10, zero)
            .arg(m_day, 2, 10, zero);
    case Precision::None:
        break;
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    // Not locale.toString(): that would group the digits ("2.016" in German).
    const QString year = QString::number(m_year);
    if (m_precision == Precision::Year)
        return year;
    const bool german = locale.language() == QLocale::German;
    const QString month = (german ? germanLocale() : englishLocale()).monthName(m_month, QLocale::LongFormat);
    if (m_precision == Precision::Month)
        return month + QLatin1Char(' ') + year;
    const QString day = QString::number(m_day) + (german ? QLatin1String(". ") : QLatin1String(" "));
    return day + month + QLatin1Char(' ') + year;
}

PartialDate PartialDate::addUnits(int units) const
{
    switch (m_precision) {
    case Precision::Year: {
        const qint64 year = qint64(m_year) + units;
        return isYearInRange(year) ? fromYear(int(year)) : PartialDate();
    }
    case Precision::Month: {
        const qint64 months = qint64(m_year) * 12 + (m_month - 1) + units;
        if (months < 0)
            return {};
        const qint64 year = months / 12;
        return isYearInRange(year) ? fromYearMonth(int(year), int(months % 12) + 1) : PartialDate();
    }
    case Precision::Day:
        return fromDate(firstDay().addDays(units));
    case Precision::None:
        break;
    }
    return {};
}

// Year and month snap to the nearest first day of a year or month, not to the period containing the day:
// a card dropped on 2016-12-20 becomes 2017, one on 2016-03-01 stays 2016, one on 2016-03-20 becomes
// April 2016. A tie (2016-07-02, 183 days from either 1 January) goes to the earlier period. Past the
// last representable period (after 1 July 9999) the date stays in that period; a day outside the years
// 1 to 9999 gives an invalid date.
PartialDate PartialDate::snapped(const QDate &day, Precision precision)
{
    if (!day.isValid())
        return {};
    PartialDate here;
    switch (precision) {
    case Precision::Day:
        return fromDate(day);
    case Precision::Year:
        here = fromYear(day.year());
        break;
    case Precision::Month:
        here = fromYearMonth(day.year(), day.month());
        break;
    case Precision::None:
        return {};
    }
    if (!here.isValid())
        return {};
    const PartialDate next = here.addUnits(1);
    if (next.isValid() && day.daysTo(next.firstDay()) < here.firstDay().daysTo(day))
        return next;
    return here;
}

bool operator==(const PartialDate &a, const PartialDate &b)
{
    return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month &&
           a.m_day == b.m_day;
}

bool operator<(const PartialDate &a, const PartialDate &b)
{
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    const QDate aFirst = a.firstDay();
    const QDate bFirst = b.firstDay();
    if (aFirst != bFirst)
        return aFirst < bFirst;
    return int(a.m_precision) < int(b.m_precision);
}

QString precisionName(PartialDate::Precision precision)
{
    switch (precision) {
    case PartialDate::Precision::Year:
        return QStringLiteral("year");
    case PartialDate::Precision::Month:
        return QStringLiteral("month");
    case PartialDate::Precision::Day:
        return QStringLiteral("day");
    case PartialDate::Precision::None:
        break;
    }
    return {};
}

} // namespace pressdesk
