#pragma once

#include "partialdate.h"
#include "record.h"
#include "validation.h"

#include <QCoreApplication>
#include <QString>

namespace pressdesk {

struct Category
{
    Q_DECLARE_TR_FUNCTIONS(Category)
public:
    RecordMeta meta;
    QString name;
    QString colour = QStringLiteral("#6b7280"); // "#rrggbb"
    int position = 0;                           // user-defined order in legends and filters

    ValidationResult validate() const;
};

enum class MilestoneStatus
{
    Draft,
    Approved,
    Planned // an event still ahead ("für 2024 geplant"); like a draft, not published until approved
};
QString toStorageString(MilestoneStatus status);
MilestoneStatus milestoneStatusFromString(const QString &text, bool *ok = nullptr);
QString displayName(MilestoneStatus status);

// One event of the long story. With an end date it is a range ("era"), e.g. a programme from 2017.
struct Milestone
{
    Q_DECLARE_TR_FUNCTIONS(Milestone)
public:
    RecordMeta meta;
    PartialDate start;
    PartialDate end; // invalid when the milestone is a single point
    QString title;
    QString description;
    RecordId categoryId = 0; // 0: uncategorised
    QString sourceUrl;
    MilestoneStatus status = MilestoneStatus::Draft;
    QString internalNote; // never exported

    bool isRange() const { return end.isValid(); }
    ValidationResult validate() const;
};

} // namespace pressdesk
