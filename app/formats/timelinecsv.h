#pragma once

#include "core/milestone.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

struct TimelineCsvOptions
{
    // As for the JSON export: drafts only on request.
    bool includeDrafts = false;
    // ',' (RFC 4180) or ';' (what German Excel expects).
    QChar separator = QLatin1Char(',');
};

// The timeline as a spreadsheet: UTF-8 with a byte order mark (so that Excel shows umlauts), CRLF line
// ends, RFC 4180 quoting (see CsvWriter), one header row and one row per milestone in chronological
// order. A cell that starts like a formula ("=…", "-…") gets a single quote in front (see CsvWriter). Columns
// (header names are fixed and not translated, for scripts):
//
//   start            ISO as PartialDate::toIsoString(): "2016", "2014-12", "2014-12-05"
//   start_precision  year | month | day
//   end, end_precision   the same for the end of a range; empty for a single date
//   title, description   as entered; line breaks kept inside the quoted field
//   category         the category name; empty when uncategorised
//   status           approved | draft (drafts only with includeDrafts)
//   source_url
//
// Internal notes are never written.
class TimelineCsv
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCsv)
public:
    static QStringList header();
    // Returns false and sets *error (when given) if the device cannot be written or the separator is
    // unusable.
    static Result<void> write(QIODevice *device, const QList<Milestone> &milestones,
                              const QList<Category> &categories, const TimelineCsvOptions &options);
};

} // namespace pressdesk
