#pragma once

#include "core/milestone.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QString>

namespace pressdesk {

struct TimelineJsonOptions
{
    // A public export must not leak what is not approved yet: drafts only on request.
    bool includeDrafts = false;
    // German gives "5. Dezember 2014" in display_date, any other language "5 December 2014".
    QLocale locale;
    // With a headline, the file starts with a TimelineJS title slide.
    QString titleHeadline;
    QString titleText;
};

// The milestones an export writes, in the order it writes them: drafts left out unless includeDrafts,
// sorted chronologically by start (stable, so milestones on the same date keep the order given).
// Shared by the timeline exporters.
QList<Milestone> milestonesForExport(const QList<Milestone> &milestones, bool includeDrafts);

// What a TimelineJS file holds, as TimelineJson::read() gives it.
struct TimelineJsonContent
{
    QList<Milestone> milestones;
    QList<QString> categoryNames; // per milestone, "" for none
};

// The timeline in the JSON format of TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html):
//
//   { "title": {"text": {"headline", "text"}}   (only with options.titleHeadline)
//     "events": [ { "unique_id": "milestone-7",
//                   "start_date": {"year": 2014, "month": 12, "day": 5},   month/day as the precision says
//                   "end_date": {"year": 2020},                            ranges only
//                   "display_date": "5. Dezember 2014",                    "2016 – 2020" for a range
//                   "text": {"headline": "…", "text": "…"},
//                   "group": "Strukturwandel" }, … ],                     absent when uncategorised
//     "eras": [ { "start_date": {…}, "end_date": {…}, "text": {"headline": "…"} }, … ] }
//
// TimelineJS shows headline, text, group and era headlines as HTML, so all user text is HTML-escaped
// (& < > ") and line breaks in a description become <br>. A range (milestone with an end) is written
// twice: as an event, which the reader can click and which carries the description, and as an era, the
// band along the time axis a press officer expects for a programme. Never written: internal notes,
// status, source links, ids other than unique_id. Events and eras are in chronological order.
class TimelineJson
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJson)
public:
    // Fails when the device cannot be written or a milestone has no date.
    static Result<void> write(QIODevice *device, const QList<Milestone> &milestones,
                              const QList<Category> &categories, const TimelineJsonOptions &options);

    // Reads TimelineJS JSON (ours or another tool's) back into milestones: start_date and end_date with
    // the precision their fields give, headline and text HTML-unescaped (<br> becomes a line break; other
    // markup is kept as it is; the headline trimmed), status Draft, no id; with each milestone's group,
    // trimmed, "" for none, in the same order. An era that repeats a range event (same dates and headline)
    // is skipped; any other era is read as a range milestone without a group, after the events. Fails with
    // one sentence that names the event ("Event 3" counts from 1) or era.
    static Result<TimelineJsonContent> read(QIODevice *device);

    // The HTML TimelineJS gets for user text, and back.
    static QString toHtml(const QString &plainText);
    static QString fromHtml(const QString &html);
};

} // namespace pressdesk
