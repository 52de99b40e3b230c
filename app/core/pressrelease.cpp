#include "pressrelease.h"

namespace pressdesk {

QString toStorageString(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Draft:
        break;
    case ReleaseState::InReview:
        return QStringLiteral("in_review");
    case ReleaseState::Approved:
        return QStringLiteral("approved");
    case ReleaseState::Published:
        return QStringLiteral("published");
    }
    return QStringLiteral("draft");
}

ReleaseState releaseStateFromString(const QString &text, bool *ok)
{
    static const ReleaseState all[] = {ReleaseState::Draft, ReleaseState::InReview, ReleaseState::Approved,
                                       ReleaseState::Published};
    for (ReleaseState state : all) {
        if (toStorageString(state) == text) {
            if (ok)
                *ok = true;
            return state;
        }
    }
    if (ok)
        *ok = false;
    return ReleaseState::Draft;
}

QString displayName(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Draft:
        break;
    case ReleaseState::InReview:
        return PressRelease::tr("In Review");
    case ReleaseState::Approved:
        return PressRelease::tr("Approved");
    case ReleaseState::Published:
        return PressRelease::tr("Published");
    }
    return PressRelease::tr("Draft");
}

bool canChangeState(ReleaseState from, ReleaseState to)
{
    if (from == to)
        return from != ReleaseState::Published; // a published release is locked, even its wording
    switch (from) {
    case ReleaseState::Draft:
        return to == ReleaseState::InReview || to == ReleaseState::Approved;
    case ReleaseState::InReview:
        return to == ReleaseState::Draft || to == ReleaseState::Approved;
    case ReleaseState::Approved:
        return to == ReleaseState::Draft || to == ReleaseState::InReview || to == ReleaseState::Published;
    case ReleaseState::Published:
        break;
    }
    return false;
}

ValidationResult PressRelease::validate() const
{
    ValidationResult result;
    if (headline.trimmed().isEmpty())
        result.add(QStringLiteral("headline"), tr("A press release needs a headline."));
    if (embargoUntil.isValid() && releaseDate.isValid() && embargoUntil.date() > releaseDate)
        result.add(QStringLiteral("embargoUntil"), tr("The embargo ends after the release date."));
    if (correction < 0)
        result.add(QStringLiteral("correction"), tr("A correction number cannot be negative."));
    const ValidationResult body = content.validate();
    for (const ValidationResult::Problem &problem : body.problems())
        result.add(problem.field, problem.message);
    return result;
}

ValidationResult Asset::validate() const
{
    ValidationResult result;
    if (fileName.trimmed().isEmpty())
        result.add(QStringLiteral("fileName"), tr("An asset needs a file name."));
    if (data.isEmpty())
        result.add(QStringLiteral("data"), tr("The asset “%1” has no content.").arg(fileName));
    if (mimeType.startsWith(QLatin1String("image/")) && credit.trimmed().isEmpty())
        result.add(QStringLiteral("credit"), tr("A photo needs a credit line."));
    return result;
}

} // namespace pressdesk
