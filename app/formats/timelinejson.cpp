#include "timelinejson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pressdesk {

namespace {

const QLatin1String StartDateKey("start_date");
const QLatin1String EndDateKey("end_date");
const QLatin1String TextKey("text");
const QLatin1String HeadlineKey("headline");
const QLatin1String GroupKey("group");

QJsonObject dateObject(const PartialDate &date)
{
    QJsonObject object;
    object.insert(QLatin1String("year"), date.year());
    if (date.precision() >= PartialDate::Precision::Month)
        object.insert(QLatin1String("month"), date.month());
    if (date.precision() == PartialDate::Precision::Day)
        object.insert(QLatin1String("day"), date.day());
    return object;
}

QString displayDate(const Milestone &milestone, const QLocale &locale)
{
    QString text = milestone.start.toDisplayString(locale);
    if (milestone.isRange())
        text += QStringLiteral(" – ") + milestone.end.toDisplayString(locale);
    return text;
}

// A whole number, as TimelineJS accepts it: a JSON number or a string of digits. Absent, null and ""
// are "not given" (*given false).
bool readNumber(const QJsonValue &value, bool *given, int *number)
{
    *given = false;
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        *number = text.toInt(&ok);
        *given = true;
        return ok;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) != d || d < -1e9 || d > 1e9)
            return false;
        *number = int(d);
        *given = true;
        return true;
    }
    return false;
}

// Reads a TimelineJS date object; on failure returns an invalid date and sets *why to the end of a
// sentence that starts with the owner ("Event 3: …").
PartialDate readDate(const QJsonValue &value, const QString &key, QString *why)
{
    const auto fail = [why](const QString &message) {
        *why = message;
        return PartialDate();
    };
    if (!value.isObject())
        return fail(TimelineJson::tr("%1 is not a date object.").arg(key));
    const QJsonObject object = value.toObject();
    bool hasYear = false;
    bool hasMonth = false;
    bool hasDay = false;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readNumber(object.value(QLatin1String("year")), &hasYear, &year))
        return fail(TimelineJson::tr("the year of %1 is not a whole number.").arg(key));
    if (!hasYear)
        return fail(TimelineJson::tr("%1 has no year.").arg(key));
    if (!readNumber(object.value(QLatin1String("month")), &hasMonth, &month))
        return fail(TimelineJson::tr("the month of %1 is not a whole number.").arg(key));
    if (!readNumber(object.value(QLatin1String("day")), &hasDay, &day))
        return fail(TimelineJson::tr("the day of %1 is not a whole number.").arg(key));
    if (year < 1 || year > 9999)
        return fail(TimelineJson::tr("the year %1 of %2 is not between 1 and 9999.").arg(year).arg(key));
    if (hasMonth && (month < 1 || month > 12))
        return fail(TimelineJson::tr("%1 has month %2; there is no such month.").arg(key).arg(month));
    if (hasDay && !hasMonth)
        return fail(TimelineJson::tr("%1 has a day but no month.").arg(key));
    if (hasDay && !QDate::isValid(year, month, day))
        return fail(TimelineJson::tr("%1 has day %2; %3-%4 has no such day.")
                        .arg(key)
                        .arg(day)
                        .arg(year, 4, 10, QLatin1Char('0'))
                        .arg(month, 2, 10, QLatin1Char('0')));
    if (hasDay)
        return PartialDate::fromYmd(year, month, day);
    if (hasMonth)
        return PartialDate::fromYearMonth(year, month);
    return PartialDate::fromYear(year);
}

// Trimmed after unescaping: "&nbsp;" or "<br>" alone is no headline.
QString headlineOf(const QJsonObject &slide)
{
    return TimelineJson::fromHtml(slide.value(TextKey).toObject().value(HeadlineKey).toString()).trimmed();
}

QString itemLabel(const QString &kindWithNumber, const QString &headline)
{
    if (headline.isEmpty())
        return kindWithNumber;
    return TimelineJson::tr("%1 (“%2”)").arg(kindWithNumber, headline);
}

Error failed(const QString &message)
{
    return makeError(Error::Kind::Invalid, message);
}

} // namespace

QList<Milestone> milestonesForExport(const QList<Milestone> &milestones, bool includeDrafts)
{
    QList<Milestone> result;
    for (const Milestone &milestone : milestones) {
        if (includeDrafts || milestone.status == MilestoneStatus::Approved)
            result.append(milestone);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Milestone &a, const Milestone &b) { return a.start < b.start; });
    return result;
}

QString TimelineJson::toHtml(const QString &plainText)
{
    QString text = plainText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text = text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return text;
}

QString TimelineJson::fromHtml(const QString &html)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\G<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression entity(
        QStringLiteral("\\G&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);"));
    static const QHash<QString, QChar> named = {
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0x00a0)},
    };
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const QRegularExpressionMatch m = lineBreak.match(html, i);
            if (m.hasMatch()) {
                text += QLatin1Char('\n');
                i += m.capturedLength();
                continue;
            }
        } else if (c == QLatin1Char('&')) {
            const QRegularExpressionMatch m = entity.match(html, i);
            if (m.hasMatch()) {
                const QString name = m.captured(1);
                char32_t code = 0;
                bool ok = false;
                if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
                    code = name.mid(2).toUInt(&ok, 16);
                } else if (name.startsWith(QLatin1Char('#'))) {
                    code = name.mid(1).toUInt(&ok, 10);
                } else if (const auto found = named.constFind(name); found != named.cend()) {
                    code = found->unicode();
                    ok = true;
                }
                if (ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
                    text += QString::fromUcs4(&code, 1);
                    i += m.capturedLength();
                    continue;
                }
            }
        }
        text += c;
        ++i;
    }
    return text;
}

Result<void> TimelineJson::write(QIODevice *device, const QList<Milestone> &milestones,
                                 const QList<Category> &categories, const TimelineJsonOptions &options)
{
    if (!device || !device->isWritable())
        return makeError(Error::Kind::Io, tr("The timeline output is not open for writing."));
    QHash<RecordId, QString> categoryNames;
    for (const Category &category : categories)
        categoryNames.insert(category.meta.id, category.name);

    QJsonArray events;
    QJsonArray eras;
    for (const Milestone &milestone : milestonesForExport(milestones, options.includeDrafts)) {
        if (!milestone.start.isValid())
            return makeError(Error::Kind::Invalid,
                             tr("The milestone “%1” has no date.").arg(milestone.title));
        QJsonObject text;
        text.insert(HeadlineKey, toHtml(milestone.title));
        text.insert(TextKey, toHtml(milestone.description));
        QJsonObject event;
        event.insert(QLatin1String("unique_id"),
                     QString(QStringLiteral("milestone-") + QString::number(milestone.meta.id)));
        event.insert(StartDateKey, dateObject(milestone.start));
        if (milestone.isRange())
            event.insert(EndDateKey, dateObject(milestone.end));
        event.insert(QLatin1String("display_date"), toHtml(displayDate(milestone, options.locale)));
        event.insert(TextKey, text);
        const auto category = categoryNames.constFind(milestone.categoryId);
        if (category != categoryNames.cend())
            event.insert(GroupKey, toHtml(*category));
        events.append(event);

        if (milestone.isRange()) {
            QJsonObject era;
            era.insert(StartDateKey, dateObject(milestone.start));
            era.insert(EndDateKey, dateObject(milestone.end));
            era.insert(TextKey, QJsonObject{{HeadlineKey, toHtml(milestone.title)}});
            eras.append(era);
        }
    }

    QJsonObject root;
    if (!options.titleHeadline.isEmpty()) {
        const QJsonObject text{{HeadlineKey, toHtml(options.titleHeadline)},
                               {TextKey, toHtml(options.titleText)}};
        root.insert(QLatin1String("title"), QJsonObject{{TextKey, text}});
    }
    root.insert(QLatin1String("events"), events);
    root.insert(QLatin1String("eras"), eras);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (device->write(bytes) != bytes.size())
        return makeError(Error::Kind::Io, device->errorString());
    return {};
}

Result<TimelineJsonContent> TimelineJson::read(QIODevice *device)
{
    if (!device || !device->isReadable())
        return failed(tr("The timeline input is not open for reading."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(device->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(tr("The timeline is not valid JSON (at byte %1: %2).")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()));
    if (!document.isObject())
        return failed(tr("The file is not a TimelineJS timeline: it holds no JSON object."));
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("events")).isArray())
        return failed(tr("The file is not a TimelineJS timeline: it has no list of events."));
    const QJsonValue erasValue = root.value(QLatin1String("eras"));
    if (!erasValue.isUndefined() && !erasValue.isArray())
        return failed(tr("The eras of the timeline are not a list."));

    QList<Milestone> milestones;
    QList<QString> groups;
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString number = tr("Event %1").arg(i + 1);
        if (!events.at(i).isObject())
            return failed(tr("%1 is not a JSON object.").arg(number));
        const QJsonObject event = events.at(i).toObject();
        Milestone milestone;
        milestone.title = headlineOf(event);
        const QString label = itemLabel(number, milestone.title);
        QString why;
        milestone.start = readDate(event.value(StartDateKey), StartDateKey, &why);
        if (!milestone.start.isValid())
            return failed(tr("%1: %2").arg(label, why));
        if (event.contains(EndDateKey) && !event.value(EndDateKey).isNull()) {
            milestone.end = readDate(event.value(EndDateKey), EndDateKey, &why);
            if (!milestone.end.isValid())
                return failed(tr("%1: %2").arg(label, why));
            if (milestone.end.lastDay() < milestone.start.firstDay())
                return failed(tr("%1: the end_date lies before the start_date.").arg(label));
        }
        if (milestone.title.isEmpty())
            return failed(tr("%1 has no headline.").arg(number));
        milestone.description = fromHtml(event.value(TextKey).toObject().value(TextKey).toString());
        milestone.status = MilestoneStatus::Draft;
        milestones.append(milestone);
        groups.append(fromHtml(event.value(GroupKey).toString()).trimmed());
    }

    // The events an era may repeat, looked up instead of searched: a file of thousands of both stays linear.
    const auto rangeKey = [](const Milestone &m) -> QString { // a QString, not a builder of temporaries
        return m.start.toIsoString() + QLatin1Char('/') + m.end.toIsoString() + QLatin1Char('/') + m.title;
    };
    QSet<QString> rangeEvents;
    for (const Milestone &event : std::as_const(milestones)) {
        if (event.isRange())
            rangeEvents.insert(rangeKey(event));
    }
    const QJsonArray eras = erasValue.toArray();
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const QString number = tr("Era %1").arg(i + 1);
        if (!eras.at(i).isObject())
            return failed(tr("%1 is not a JSON object.").arg(number));
        const QJsonObject eraObject = eras.at(i).toObject();
        Milestone era;
        era.title = headlineOf(eraObject);
        const QString label = itemLabel(number, era.title);
        QString why;
        era.start = readDate(eraObject.value(StartDateKey), StartDateKey, &why);
        if (era.start.isValid())
            era.end = readDate(eraObject.value(EndDateKey), EndDateKey, &why);
        if (!era.start.isValid() || !era.end.isValid())
            return failed(tr("%1: %2").arg(label, why));
        if (era.end.lastDay() < era.start.firstDay())
            return failed(tr("%1: the end_date lies before the start_date.").arg(label));
        if (era.title.isEmpty())
            return failed(tr("%1 has no headline.").arg(number));
        if (rangeEvents.contains(rangeKey(era)))
            continue; // repeats an event
        era.status = MilestoneStatus::Draft;
        milestones.append(era);
        groups.append(QString());
    }

    return TimelineJsonContent{std::move(milestones), std::move(groups)};
}

} // namespace pressdesk
