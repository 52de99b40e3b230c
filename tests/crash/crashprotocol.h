#pragma once

#include "core/partialdate.h"
#include "core/record.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The line protocol between crashwriter and tst_crashsafety. The writer announces every unit of work on
// stdout before it starts it, and acknowledges it once it has been committed:
//
//   begin insert 17                 (insert a milestone for edit 17)
//   ack insert 17>12:1              (it got id 12 and is at revision 1)
//   begin update 18>5               (write edit 18 into milestone 5)
//   ack update 18>5:3
//   begin batch 19 20 21 22>5       (one transaction: three inserts and an update)
//   ack batch 19>13:1 20>14:1 21>15:1 22>5:4
//
// Every change carries a number that is unique in the whole file and decides what is written: the title
// titleForEdit(n) and the start date dateForEdit(n). So the reader knows exactly what was committed (every
// acknowledged unit) and what may or may not have been (the one unit that began but was not acknowledged).
namespace pressdesk::crash {

struct Change
{
    qint64 number = 0;
    RecordId id = 0;  // the milestone written; 0 for an insert that has not happened yet
    int revision = 0; // the milestone's revision after the commit; only known in an ack
};

struct Unit
{
    QString kind; // "insert", "update" or "batch"; for the log only
    QList<Change> changes;
};

struct ProtocolLine
{
    bool acknowledged = false; // "ack" rather than "begin"
    Unit unit;
};

inline QString titleForEdit(qint64 number)
{
    return QStringLiteral("edit %1").arg(number);
}

// A spread of years, months and days, so that updates move milestones in the chronological index too.
inline PartialDate dateForEdit(qint64 number)
{
    const int year = 1950 + int(number % 70);
    const int month = 1 + int(number % 12);
    const int day = 1 + int(number % 28);
    switch (number % 3) {
    case 0:
        return PartialDate::fromYear(year);
    case 1:
        return PartialDate::fromYearMonth(year, month);
    default:
        return PartialDate::fromYmd(year, month, day);
    }
}

inline QString formatLine(bool acknowledged, const Unit &unit)
{
    QStringList words{acknowledged ? QStringLiteral("ack") : QStringLiteral("begin"), unit.kind};
    for (const Change &change : unit.changes) {
        QString word = QString::number(change.number);
        if (change.id != 0)
            word += QLatin1Char('>') + QString::number(change.id);
        if (acknowledged)
            word += QLatin1Char(':') + QString::number(change.revision);
        words.append(word);
    }
    return words.join(QLatin1Char(' '));
}

// Reads one line written by formatLine(); nullopt for anything else.
inline std::optional<ProtocolLine> parseLine(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 3)
        return std::nullopt;
    ProtocolLine line;
    if (words.at(0) == QLatin1String("ack"))
        line.acknowledged = true;
    else if (words.at(0) != QLatin1String("begin"))
        return std::nullopt;
    line.unit.kind = words.at(1);
    for (qsizetype i = 2; i < words.size(); ++i) {
        QString word = words.at(i);
        Change change;
        bool ok = true;
        if (line.acknowledged) {
            const qsizetype colon = word.indexOf(QLatin1Char(':'));
            if (colon < 0)
                return std::nullopt;
            change.revision = word.mid(colon + 1).toInt(&ok);
            if (!ok)
                return std::nullopt;
            word.truncate(colon);
        }
        const qsizetype arrow = word.indexOf(QLatin1Char('>'));
        if (arrow >= 0) {
            change.id = word.mid(arrow + 1).toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            word.truncate(arrow);
        } else if (line.acknowledged) {
            return std::nullopt; // an acknowledged change always names the milestone it wrote
        }
        change.number = word.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        line.unit.changes.append(change);
    }
    return line;
}

} // namespace pressdesk::crash
