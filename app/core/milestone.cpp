#include "milestone.h"

#include <QRegularExpression>
#include <QUrl>

namespace pressdesk {

ValidationResult Category::validate() const
{
    ValidationResult result;
    if (name.trimmed().isEmpty())
        result.add(QStringLiteral("name"), tr("A category needs a name."));
    static const QRegularExpression hexColour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hexColour.match(colour).hasMatch())
        result.add(QStringLiteral("colour"), tr("The category colour must look like #1f77b4."));
    return result;
}

QString toStorageString(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Approved:
        return QStringLiteral("approved");
    case MilestoneStatus::Planned:
        return QStringLiteral("planned");
    case MilestoneStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

MilestoneStatus milestoneStatusFromString(const QString &text, bool *ok)
{
    const bool known = text == QLatin1String("draft") || text == QLatin1String("approved") ||
                       text == QLatin1String("planned");
    if (ok)
        *ok = known;
    if (text == QLatin1String("approved"))
        return MilestoneStatus::Approved;
    return text == QLatin1String("planned") ? MilestoneStatus::Planned : MilestoneStatus::Draft;
}

QString displayName(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Approved:
        return Milestone::tr("Approved");
    case MilestoneStatus::Planned:
        return Milestone::tr("Planned");
    case MilestoneStatus::Draft:
        break;
    }
    return Milestone::tr("Draft");
}

ValidationResult Milestone::validate() const
{
    ValidationResult result;
    if (title.trimmed().isEmpty())
        result.add(QStringLiteral("title"), tr("A milestone needs a title."));
    if (!start.isValid())
        result.add(QStringLiteral("start"), tr("A milestone needs a date: a year, a month or a day."));
    if (end.isValid() && start.isValid() && end.lastDay() < start.firstDay())
        result.add(QStringLiteral("end"), tr("The end (%1) lies before the start (%2).")
                                              .arg(end.toDisplayString(), start.toDisplayString()));
    if (!sourceUrl.trimmed().isEmpty()) {
        const QUrl url(sourceUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            result.add(QStringLiteral("sourceUrl"),
                       tr("The source link is not a web address (it should start with https://)."));
    }
    return result;
}

} // namespace pressdesk
