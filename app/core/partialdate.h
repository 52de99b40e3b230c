#pragma once

#include <QDate>
#include <QLocale>
#include <QMetaType>
#include <QString>

namespace pressdesk {

// A date known to a year, a month or a day: press material often says only "2016" or "im Mai 2018".
class PartialDate
{
public:
    enum class Precision
    {
        None = 0,
        Year = 1,
        Month = 2,
        Day = 3
    };

    PartialDate() = default;
    static PartialDate fromYear(int year);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromDate(const QDate &date);
    static PartialDate fromYmd(int year, int month, int day);

    // Reads ISO ("2016", "2014-12", "2014-12-05"), German ("5.12.2014", "12.2014", "Dezember 2014",
    // "5. Dezember 2014", "Dez. 2014") and English ("December 2014", "5 December 2014", "December 5, 2014").
    // Returns an invalid date and sets *error (when given) to a message a user understands.
    static PartialDate parse(const QString &text, QString *error = nullptr);
    // Reads what toIsoString() and storage write.
    static PartialDate fromIsoString(const QString &iso);
    // Storage form: the first day plus the precision; see fromStorage().
    static PartialDate fromStorage(const QString &firstDayIso, int precision);

    bool isValid() const { return m_precision != Precision::None; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when not known
    int day() const { return m_day; }     // 0 when not known

    QDate firstDay() const;
    QDate lastDay() const;

    // "2016", "2014-12", "2014-12-05".
    QString toIsoString() const;
    // German: "2016", "Dezember 2014", "5. Dezember 2014"; English: "2016", "December 2014", "5 December
    // 2014".
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    // The same date moved by whole units of its own precision (a year milestone moves by years).
    PartialDate addUnits(int units) const;
    // The nearest date of the given precision to a day, e.g. for snapping a dragged card.
    static PartialDate snapped(const QDate &day, Precision precision);

    friend bool operator==(const PartialDate &a, const PartialDate &b);
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }
    // Chronological by first day; on the same first day the coarser date sorts first ("2016" < "2016-01-01").
    friend bool operator<(const PartialDate &a, const PartialDate &b);
    friend bool operator>(const PartialDate &a, const PartialDate &b) { return b < a; }
    friend bool operator<=(const PartialDate &a, const PartialDate &b) { return !(b < a); }
    friend bool operator>=(const PartialDate &a, const PartialDate &b) { return !(a < b); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::None;
};

QString precisionName(PartialDate::Precision precision);

} // namespace pressdesk

Q_DECLARE_METATYPE(pressdesk::PartialDate)
